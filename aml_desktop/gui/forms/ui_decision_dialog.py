# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decision_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from aml_desktop.gui.date_field import DateField

class Ui_DecisionDialog(object):
    def setupUi(self, DecisionDialog):
        if not DecisionDialog.objectName():
            DecisionDialog.setObjectName(u"DecisionDialog")
        DecisionDialog.resize(620, 520)
        self.dialog_layout = QVBoxLayout(DecisionDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.recommended_label = QLabel(DecisionDialog)
        self.recommended_label.setObjectName(u"recommended_label")
        self.recommended_label.setWordWrap(True)
        self.recommended_label.setTextFormat(Qt.TextFormat.RichText)

        self.dialog_layout.addWidget(self.recommended_label)

        self.clinician_note_label = QLabel(DecisionDialog)
        self.clinician_note_label.setObjectName(u"clinician_note_label")
        self.clinician_note_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.clinician_note_label)

        self.accept_radio = QRadioButton(DecisionDialog)
        self.accept_radio.setObjectName(u"accept_radio")
        self.accept_radio.setChecked(True)

        self.dialog_layout.addWidget(self.accept_radio)

        self.override_radio = QRadioButton(DecisionDialog)
        self.override_radio.setObjectName(u"override_radio")

        self.dialog_layout.addWidget(self.override_radio)

        self.decision_form = QFormLayout()
        self.decision_form.setObjectName(u"decision_form")
        self.decision_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.chosen_category_label = QLabel(DecisionDialog)
        self.chosen_category_label.setObjectName(u"chosen_category_label")

        self.decision_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.chosen_category_label)

        self.chosen_category_combo = QComboBox(DecisionDialog)
        self.chosen_category_combo.setObjectName(u"chosen_category_combo")

        self.decision_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.chosen_category_combo)

        self.regimen_label = QLabel(DecisionDialog)
        self.regimen_label.setObjectName(u"regimen_label")

        self.decision_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.regimen_label)

        self.regimen_combo = QComboBox(DecisionDialog)
        self.regimen_combo.setObjectName(u"regimen_combo")
        self.regimen_combo.setEditable(True)
        self.regimen_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.decision_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.regimen_combo)

        self.reason_label = QLabel(DecisionDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.decision_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_combo = QComboBox(DecisionDialog)
        self.reason_combo.setObjectName(u"reason_combo")

        self.decision_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason_combo)

        self.reason_text_label = QLabel(DecisionDialog)
        self.reason_text_label.setObjectName(u"reason_text_label")

        self.decision_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reason_text_label)

        self.reason_text_edit = QPlainTextEdit(DecisionDialog)
        self.reason_text_edit.setObjectName(u"reason_text_edit")
        self.reason_text_edit.setMaximumSize(QSize(16777215, 90))

        self.decision_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reason_text_edit)

        self.clinician_label = QLabel(DecisionDialog)
        self.clinician_label.setObjectName(u"clinician_label")

        self.decision_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.clinician_label)

        self.clinician_edit = QLineEdit(DecisionDialog)
        self.clinician_edit.setObjectName(u"clinician_edit")

        self.decision_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.clinician_edit)

        self.decision_date_label = QLabel(DecisionDialog)
        self.decision_date_label.setObjectName(u"decision_date_label")

        self.decision_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.decision_date_label)

        self.decision_date_edit = DateField(DecisionDialog)
        self.decision_date_edit.setObjectName(u"decision_date_edit")

        self.decision_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.decision_date_edit)


        self.dialog_layout.addLayout(self.decision_form)

        self.spacer_6 = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.spacer_6)

        self.problems_label = QLabel(DecisionDialog)
        self.problems_label.setObjectName(u"problems_label")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.problems_label)

        self.button_box = QDialogButtonBox(DecisionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.chosen_category_label.setBuddy(self.chosen_category_combo)
        self.regimen_label.setBuddy(self.regimen_combo)
        self.reason_label.setBuddy(self.reason_combo)
        self.reason_text_label.setBuddy(self.reason_text_edit)
        self.clinician_label.setBuddy(self.clinician_edit)
        self.decision_date_label.setBuddy(self.decision_date_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.accept_radio, self.override_radio)
        QWidget.setTabOrder(self.override_radio, self.chosen_category_combo)
        QWidget.setTabOrder(self.chosen_category_combo, self.regimen_combo)
        QWidget.setTabOrder(self.regimen_combo, self.reason_combo)
        QWidget.setTabOrder(self.reason_combo, self.reason_text_edit)
        QWidget.setTabOrder(self.reason_text_edit, self.clinician_edit)
        QWidget.setTabOrder(self.clinician_edit, self.decision_date_edit)
        QWidget.setTabOrder(self.decision_date_edit, self.button_box)

        self.retranslateUi(DecisionDialog)

        QMetaObject.connectSlotsByName(DecisionDialog)
    # setupUi

    def retranslateUi(self, DecisionDialog):
        DecisionDialog.setWindowTitle(QCoreApplication.translate("DecisionDialog", u"Record the decision", None))
        self.recommended_label.setText("")
        self.clinician_note_label.setText(QCoreApplication.translate("DecisionDialog", u"Decision support only: the treating clinician decides. Record what you decided.", None))
        self.clinician_note_label.setStyleSheet(QCoreApplication.translate("DecisionDialog", u"font-weight: bold;", None))
        self.accept_radio.setText(QCoreApplication.translate("DecisionDialog", u"&Accept the recommended therapy", None))
        self.override_radio.setText(QCoreApplication.translate("DecisionDialog", u"&Choose another therapy", None))
        self.chosen_category_label.setText(QCoreApplication.translate("DecisionDialog", u"C&hosen therapy:", None))
        self.regimen_label.setText(QCoreApplication.translate("DecisionDialog", u"&Regimen:", None))
        self.reason_label.setText(QCoreApplication.translate("DecisionDialog", u"R&eason:", None))
        self.reason_text_label.setText(QCoreApplication.translate("DecisionDialog", u"&Details:", None))
        self.reason_text_edit.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"Why another therapy (required when overriding)", None))
        self.clinician_label.setText(QCoreApplication.translate("DecisionDialog", u"C&linician:", None))
        self.clinician_edit.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"Your name", None))
        self.decision_date_label.setText(QCoreApplication.translate("DecisionDialog", u"Da&te:", None))
        self.problems_label.setText("")
        self.problems_label.setStyleSheet(QCoreApplication.translate("DecisionDialog", u"color: #a40000;", None))
    # retranslateUi

