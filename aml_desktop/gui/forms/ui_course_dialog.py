# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'course_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

from aml_desktop.gui.date_field import DateField

class Ui_CourseDialog(object):
    def setupUi(self, CourseDialog):
        if not CourseDialog.objectName():
            CourseDialog.setObjectName(u"CourseDialog")
        CourseDialog.resize(520, 330)
        self.dialog_layout = QVBoxLayout(CourseDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.course_form = QFormLayout()
        self.course_form.setObjectName(u"course_form")
        self.course_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.phase_label = QLabel(CourseDialog)
        self.phase_label.setObjectName(u"phase_label")

        self.course_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phase_label)

        self.phase_combo = QComboBox(CourseDialog)
        self.phase_combo.setObjectName(u"phase_combo")

        self.course_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.phase_combo)

        self.regimen_label = QLabel(CourseDialog)
        self.regimen_label.setObjectName(u"regimen_label")

        self.course_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.regimen_label)

        self.regimen_combo = QComboBox(CourseDialog)
        self.regimen_combo.setObjectName(u"regimen_combo")
        self.regimen_combo.setEditable(True)
        self.regimen_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.course_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.regimen_combo)

        self.regimen_info_caption_label = QLabel(CourseDialog)
        self.regimen_info_caption_label.setObjectName(u"regimen_info_caption_label")

        self.course_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.regimen_info_caption_label)

        self.regimen_info_label = QLabel(CourseDialog)
        self.regimen_info_label.setObjectName(u"regimen_info_label")
        self.regimen_info_label.setWordWrap(True)

        self.course_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.regimen_info_label)

        self.intensity_label = QLabel(CourseDialog)
        self.intensity_label.setObjectName(u"intensity_label")

        self.course_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.intensity_label)

        self.intensity_combo = QComboBox(CourseDialog)
        self.intensity_combo.setObjectName(u"intensity_combo")

        self.course_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.intensity_combo)

        self.start_date_label = QLabel(CourseDialog)
        self.start_date_label.setObjectName(u"start_date_label")

        self.course_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date_edit = DateField(CourseDialog)
        self.start_date_edit.setObjectName(u"start_date_edit")

        self.course_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.start_date_edit)

        self.end_label = QLabel(CourseDialog)
        self.end_label.setObjectName(u"end_label")

        self.course_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end_edit = DateField(CourseDialog)
        self.end_edit.setObjectName(u"end_edit")

        self.course_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.end_edit)

        self.cycle_label = QLabel(CourseDialog)
        self.cycle_label.setObjectName(u"cycle_label")

        self.course_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.cycle_label)

        self.cycle_spin = QSpinBox(CourseDialog)
        self.cycle_spin.setObjectName(u"cycle_spin")
        self.cycle_spin.setMinimum(0)
        self.cycle_spin.setMaximum(99)

        self.course_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.cycle_spin)


        self.dialog_layout.addLayout(self.course_form)

        self.spacer_3 = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.spacer_3)

        self.problems_label = QLabel(CourseDialog)
        self.problems_label.setObjectName(u"problems_label")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.problems_label)

        self.button_box = QDialogButtonBox(CourseDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.phase_label.setBuddy(self.phase_combo)
        self.regimen_label.setBuddy(self.regimen_combo)
        self.regimen_info_caption_label.setBuddy(self.regimen_info_label)
        self.intensity_label.setBuddy(self.intensity_combo)
        self.start_date_label.setBuddy(self.start_date_edit)
        self.end_label.setBuddy(self.end_edit)
        self.cycle_label.setBuddy(self.cycle_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.phase_combo, self.regimen_combo)
        QWidget.setTabOrder(self.regimen_combo, self.intensity_combo)
        QWidget.setTabOrder(self.intensity_combo, self.start_date_edit)
        QWidget.setTabOrder(self.start_date_edit, self.end_edit)
        QWidget.setTabOrder(self.end_edit, self.cycle_spin)
        QWidget.setTabOrder(self.cycle_spin, self.button_box)

        self.retranslateUi(CourseDialog)

        QMetaObject.connectSlotsByName(CourseDialog)
    # setupUi

    def retranslateUi(self, CourseDialog):
        CourseDialog.setWindowTitle(QCoreApplication.translate("CourseDialog", u"Treatment course", None))
        self.phase_label.setText(QCoreApplication.translate("CourseDialog", u"&Phase:", None))
        self.regimen_label.setText(QCoreApplication.translate("CourseDialog", u"&Regimen:", None))
        self.regimen_info_caption_label.setText("")
        self.regimen_info_label.setText("")
        self.intensity_label.setText(QCoreApplication.translate("CourseDialog", u"&Intensity:", None))
        self.start_date_label.setText(QCoreApplication.translate("CourseDialog", u"&Start:", None))
        self.end_label.setText(QCoreApplication.translate("CourseDialog", u"&End:", None))
        self.cycle_label.setText(QCoreApplication.translate("CourseDialog", u"C&ycle:", None))
        self.cycle_spin.setSpecialValueText(QCoreApplication.translate("CourseDialog", u"not recorded", None))
        self.problems_label.setText("")
        self.problems_label.setStyleSheet(QCoreApplication.translate("CourseDialog", u"color: #a40000;", None))
    # retranslateUi

