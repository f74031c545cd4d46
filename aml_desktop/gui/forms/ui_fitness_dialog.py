# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fitness_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from aml_desktop.gui.date_field import DateField

class Ui_FitnessDialog(object):
    def setupUi(self, FitnessDialog):
        if not FitnessDialog.objectName():
            FitnessDialog.setObjectName(u"FitnessDialog")
        FitnessDialog.resize(640, 560)
        self.dialog_layout = QVBoxLayout(FitnessDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.fitness_form = QFormLayout()
        self.fitness_form.setObjectName(u"fitness_form")
        self.fitness_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fitness_date_label = QLabel(FitnessDialog)
        self.fitness_date_label.setObjectName(u"fitness_date_label")

        self.fitness_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fitness_date_label)

        self.fitness_date_edit = DateField(FitnessDialog)
        self.fitness_date_edit.setObjectName(u"fitness_date_edit")

        self.fitness_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fitness_date_edit)

        self.ecog_label = QLabel(FitnessDialog)
        self.ecog_label.setObjectName(u"ecog_label")

        self.fitness_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ecog_label)

        self.ecog_combo = QComboBox(FitnessDialog)
        self.ecog_combo.setObjectName(u"ecog_combo")

        self.fitness_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ecog_combo)

        self.fit_label = QLabel(FitnessDialog)
        self.fit_label.setObjectName(u"fit_label")

        self.fitness_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fit_label)

        self.fit_combo = QComboBox(FitnessDialog)
        self.fit_combo.setObjectName(u"fit_combo")

        self.fitness_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fit_combo)


        self.dialog_layout.addLayout(self.fitness_form)

        self.criteria_group = QGroupBox(FitnessDialog)
        self.criteria_group.setObjectName(u"criteria_group")
        self.criteria_layout = QVBoxLayout(self.criteria_group)
        self.criteria_layout.setObjectName(u"criteria_layout")
        self.age_over_75_check = QCheckBox(self.criteria_group)
        self.age_over_75_check.setObjectName(u"age_over_75_check")

        self.criteria_layout.addWidget(self.age_over_75_check)

        self.cardiac_check = QCheckBox(self.criteria_group)
        self.cardiac_check.setObjectName(u"cardiac_check")

        self.criteria_layout.addWidget(self.cardiac_check)

        self.pulmonary_check = QCheckBox(self.criteria_group)
        self.pulmonary_check.setObjectName(u"pulmonary_check")

        self.criteria_layout.addWidget(self.pulmonary_check)

        self.renal_check = QCheckBox(self.criteria_group)
        self.renal_check.setObjectName(u"renal_check")

        self.criteria_layout.addWidget(self.renal_check)

        self.hepatic_check = QCheckBox(self.criteria_group)
        self.hepatic_check.setObjectName(u"hepatic_check")

        self.criteria_layout.addWidget(self.hepatic_check)

        self.infection_check = QCheckBox(self.criteria_group)
        self.infection_check.setObjectName(u"infection_check")

        self.criteria_layout.addWidget(self.infection_check)

        self.cognitive_check = QCheckBox(self.criteria_group)
        self.cognitive_check.setObjectName(u"cognitive_check")

        self.criteria_layout.addWidget(self.cognitive_check)

        self.ecog_over_2_check = QCheckBox(self.criteria_group)
        self.ecog_over_2_check.setObjectName(u"ecog_over_2_check")

        self.criteria_layout.addWidget(self.ecog_over_2_check)

        self.other_comorbidity_check = QCheckBox(self.criteria_group)
        self.other_comorbidity_check.setObjectName(u"other_comorbidity_check")

        self.criteria_layout.addWidget(self.other_comorbidity_check)


        self.dialog_layout.addWidget(self.criteria_group)

        self.guidance_label = QLabel(FitnessDialog)
        self.guidance_label.setObjectName(u"guidance_label")
        self.guidance_label.setWordWrap(True)
        self.guidance_label.setTextFormat(Qt.TextFormat.RichText)

        self.dialog_layout.addWidget(self.guidance_label)

        self.spacer_5 = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.spacer_5)

        self.problems_label = QLabel(FitnessDialog)
        self.problems_label.setObjectName(u"problems_label")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.problems_label)

        self.button_box = QDialogButtonBox(FitnessDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.fitness_date_label.setBuddy(self.fitness_date_edit)
        self.ecog_label.setBuddy(self.ecog_combo)
        self.fit_label.setBuddy(self.fit_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fitness_date_edit, self.ecog_combo)
        QWidget.setTabOrder(self.ecog_combo, self.fit_combo)
        QWidget.setTabOrder(self.fit_combo, self.age_over_75_check)
        QWidget.setTabOrder(self.age_over_75_check, self.cardiac_check)
        QWidget.setTabOrder(self.cardiac_check, self.pulmonary_check)
        QWidget.setTabOrder(self.pulmonary_check, self.renal_check)
        QWidget.setTabOrder(self.renal_check, self.hepatic_check)
        QWidget.setTabOrder(self.hepatic_check, self.infection_check)
        QWidget.setTabOrder(self.infection_check, self.cognitive_check)
        QWidget.setTabOrder(self.cognitive_check, self.ecog_over_2_check)
        QWidget.setTabOrder(self.ecog_over_2_check, self.other_comorbidity_check)
        QWidget.setTabOrder(self.other_comorbidity_check, self.button_box)

        self.retranslateUi(FitnessDialog)

        QMetaObject.connectSlotsByName(FitnessDialog)
    # setupUi

    def retranslateUi(self, FitnessDialog):
        FitnessDialog.setWindowTitle(QCoreApplication.translate("FitnessDialog", u"Fitness for intensive chemotherapy", None))
        self.fitness_date_label.setText(QCoreApplication.translate("FitnessDialog", u"&Date judged:", None))
        self.ecog_label.setText(QCoreApplication.translate("FitnessDialog", u"&ECOG performance status:", None))
        self.fit_label.setText(QCoreApplication.translate("FitnessDialog", u"&Fit for intensive chemotherapy?", None))
        self.criteria_group.setTitle(QCoreApplication.translate("FitnessDialog", u"Ferrara 2013 criteria of unfitness for intensive chemotherapy (any one)", None))
        self.age_over_75_check.setText(QCoreApplication.translate("FitnessDialog", u"Age over 75 years", None))
        self.cardiac_check.setText(QCoreApplication.translate("FitnessDialog", u"Heart failure or cardiomyopathy with ejection fraction \u2264 50 %", None))
        self.pulmonary_check.setText(QCoreApplication.translate("FitnessDialog", u"Lung disease with DLCO or FEV1 \u2264 65 %, dyspnea at rest or oxygen need", None))
        self.renal_check.setText(QCoreApplication.translate("FitnessDialog", u"On dialysis and over 60, or uncontrolled renal carcinoma", None))
        self.hepatic_check.setText(QCoreApplication.translate("FitnessDialog", u"Liver disease: transaminases > 3\u00d7 normal, cirrhosis Child-Pugh B/C, acute viral hepatitis", None))
        self.infection_check.setText(QCoreApplication.translate("FitnessDialog", u"Active infection resistant to anti-infective therapy", None))
        self.cognitive_check.setText(QCoreApplication.translate("FitnessDialog", u"Mental illness or cognitive dependence as defined by Ferrara", None))
        self.ecog_over_2_check.setText(QCoreApplication.translate("FitnessDialog", u"ECOG performance status above 2, not caused by the leukemia", None))
        self.other_comorbidity_check.setText(QCoreApplication.translate("FitnessDialog", u"Other comorbidity judged incompatible with intensive chemotherapy", None))
        self.guidance_label.setText("")
        self.problems_label.setText("")
        self.problems_label.setStyleSheet(QCoreApplication.translate("FitnessDialog", u"color: #a40000;", None))
    # retranslateUi

