# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'patient_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from aml_desktop.gui.date_field import DateField

class Ui_PatientDialog(object):
    def setupUi(self, PatientDialog):
        if not PatientDialog.objectName():
            PatientDialog.setObjectName(u"PatientDialog")
        PatientDialog.resize(980, 640)
        self.dialog_layout = QVBoxLayout(PatientDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.patient_group = QGroupBox(PatientDialog)
        self.patient_group.setObjectName(u"patient_group")
        self.patient_form = QFormLayout(self.patient_group)
        self.patient_form.setObjectName(u"patient_form")
        self.patient_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.hospital_number_label = QLabel(self.patient_group)
        self.hospital_number_label.setObjectName(u"hospital_number_label")

        self.patient_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hospital_number_label)

        self.hospital_number_edit = QLineEdit(self.patient_group)
        self.hospital_number_edit.setObjectName(u"hospital_number_edit")

        self.patient_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hospital_number_edit)

        self.name_label = QLabel(self.patient_group)
        self.name_label.setObjectName(u"name_label")

        self.patient_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.patient_group)
        self.name_edit.setObjectName(u"name_edit")

        self.patient_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.sex_label = QLabel(self.patient_group)
        self.sex_label.setObjectName(u"sex_label")

        self.patient_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sex_label)

        self.sex_combo = QComboBox(self.patient_group)
        self.sex_combo.setObjectName(u"sex_combo")

        self.patient_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sex_combo)

        self.birth_date_label = QLabel(self.patient_group)
        self.birth_date_label.setObjectName(u"birth_date_label")

        self.patient_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birth_date_label)

        self.birth_date_edit = DateField(self.patient_group)
        self.birth_date_edit.setObjectName(u"birth_date_edit")

        self.patient_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.birth_date_edit)


        self.left_layout.addWidget(self.patient_group)

        self.measurements_group = QGroupBox(PatientDialog)
        self.measurements_group.setObjectName(u"measurements_group")
        self.measurements_layout = QVBoxLayout(self.measurements_group)
        self.measurements_layout.setObjectName(u"measurements_layout")
        self.measurements_table = QTableWidget(self.measurements_group)
        self.measurements_table.setObjectName(u"measurements_table")
        self.measurements_table.setColumnCount(3)
        self.measurements_table.setMinimumSize(QSize(0, 80))
        self.measurements_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.measurements_table.setAlternatingRowColors(True)

        self.measurements_layout.addWidget(self.measurements_table)

        self.measurement_buttons_layout = QHBoxLayout()
        self.measurement_buttons_layout.setObjectName(u"measurement_buttons_layout")
        self.add_measurement_button = QPushButton(self.measurements_group)
        self.add_measurement_button.setObjectName(u"add_measurement_button")

        self.measurement_buttons_layout.addWidget(self.add_measurement_button)

        self.remove_measurement_button = QPushButton(self.measurements_group)
        self.remove_measurement_button.setObjectName(u"remove_measurement_button")

        self.measurement_buttons_layout.addWidget(self.remove_measurement_button)

        self.spacer_1 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.measurement_buttons_layout.addItem(self.spacer_1)


        self.measurements_layout.addLayout(self.measurement_buttons_layout)


        self.left_layout.addWidget(self.measurements_group)


        self.columns_layout.addLayout(self.left_layout)

        self.diagnosis_group = QGroupBox(PatientDialog)
        self.diagnosis_group.setObjectName(u"diagnosis_group")
        self.diagnosis_form = QFormLayout(self.diagnosis_group)
        self.diagnosis_form.setObjectName(u"diagnosis_form")
        self.diagnosis_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.diagnosis_date_label = QLabel(self.diagnosis_group)
        self.diagnosis_date_label.setObjectName(u"diagnosis_date_label")

        self.diagnosis_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.diagnosis_date_label)

        self.diagnosis_date_edit = DateField(self.diagnosis_group)
        self.diagnosis_date_edit.setObjectName(u"diagnosis_date_edit")

        self.diagnosis_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.diagnosis_date_edit)

        self.karyotype_label = QLabel(self.diagnosis_group)
        self.karyotype_label.setObjectName(u"karyotype_label")

        self.diagnosis_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.karyotype_label)

        self.karyotype_edit = QLineEdit(self.diagnosis_group)
        self.karyotype_edit.setObjectName(u"karyotype_edit")

        self.diagnosis_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.karyotype_edit)

        self.karyotype_reading_caption_label = QLabel(self.diagnosis_group)
        self.karyotype_reading_caption_label.setObjectName(u"karyotype_reading_caption_label")

        self.diagnosis_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.karyotype_reading_caption_label)

        self.karyotype_reading_label = QLabel(self.diagnosis_group)
        self.karyotype_reading_label.setObjectName(u"karyotype_reading_label")
        self.karyotype_reading_label.setWordWrap(True)
        self.karyotype_reading_label.setTextFormat(Qt.TextFormat.PlainText)

        self.diagnosis_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.karyotype_reading_label)

        self.findings_label = QLabel(self.diagnosis_group)
        self.findings_label.setObjectName(u"findings_label")

        self.diagnosis_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.findings_label)

        self.findings_list = QListWidget(self.diagnosis_group)
        self.findings_list.setObjectName(u"findings_list")
        self.findings_list.setMaximumSize(QSize(16777215, 96))

        self.diagnosis_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.findings_list)

        self.mutations_label = QLabel(self.diagnosis_group)
        self.mutations_label.setObjectName(u"mutations_label")

        self.diagnosis_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.mutations_label)

        self.mutations_layout = QVBoxLayout()
        self.mutations_layout.setObjectName(u"mutations_layout")
        self.mutations_table = QTableWidget(self.diagnosis_group)
        self.mutations_table.setObjectName(u"mutations_table")
        self.mutations_table.setColumnCount(4)
        self.mutations_table.setMinimumSize(QSize(0, 90))
        self.mutations_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mutations_table.setAlternatingRowColors(True)

        self.mutations_layout.addWidget(self.mutations_table)

        self.mutation_buttons_layout = QHBoxLayout()
        self.mutation_buttons_layout.setObjectName(u"mutation_buttons_layout")
        self.add_mutation_button = QPushButton(self.diagnosis_group)
        self.add_mutation_button.setObjectName(u"add_mutation_button")

        self.mutation_buttons_layout.addWidget(self.add_mutation_button)

        self.remove_mutation_button = QPushButton(self.diagnosis_group)
        self.remove_mutation_button.setObjectName(u"remove_mutation_button")

        self.mutation_buttons_layout.addWidget(self.remove_mutation_button)

        self.spacer_2 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mutation_buttons_layout.addItem(self.spacer_2)


        self.mutations_layout.addLayout(self.mutation_buttons_layout)


        self.diagnosis_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.mutations_layout)

        self.tested_genes_label = QLabel(self.diagnosis_group)
        self.tested_genes_label.setObjectName(u"tested_genes_label")

        self.diagnosis_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.tested_genes_label)

        self.tested_genes_edit = QLineEdit(self.diagnosis_group)
        self.tested_genes_edit.setObjectName(u"tested_genes_edit")

        self.diagnosis_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.tested_genes_edit)

        self.cd33_label = QLabel(self.diagnosis_group)
        self.cd33_label.setObjectName(u"cd33_label")

        self.diagnosis_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.cd33_label)

        self.cd33_edit = QLineEdit(self.diagnosis_group)
        self.cd33_edit.setObjectName(u"cd33_edit")

        self.diagnosis_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.cd33_edit)

        self.extramedullary_label = QLabel(self.diagnosis_group)
        self.extramedullary_label.setObjectName(u"extramedullary_label")

        self.diagnosis_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.extramedullary_label)

        self.extramedullary_combo = QComboBox(self.diagnosis_group)
        self.extramedullary_combo.setObjectName(u"extramedullary_combo")

        self.diagnosis_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.extramedullary_combo)

        self.wbc_label = QLabel(self.diagnosis_group)
        self.wbc_label.setObjectName(u"wbc_label")

        self.diagnosis_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.wbc_label)

        self.wbc_edit = QLineEdit(self.diagnosis_group)
        self.wbc_edit.setObjectName(u"wbc_edit")

        self.diagnosis_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.wbc_edit)


        self.columns_layout.addWidget(self.diagnosis_group)

        self.columns_layout.setStretch(0, 2)
        self.columns_layout.setStretch(1, 3)

        self.dialog_layout.addLayout(self.columns_layout)

        self.problems_label = QLabel(PatientDialog)
        self.problems_label.setObjectName(u"problems_label")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.problems_label)

        self.button_box = QDialogButtonBox(PatientDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.hospital_number_label.setBuddy(self.hospital_number_edit)
        self.name_label.setBuddy(self.name_edit)
        self.sex_label.setBuddy(self.sex_combo)
        self.birth_date_label.setBuddy(self.birth_date_edit)
        self.diagnosis_date_label.setBuddy(self.diagnosis_date_edit)
        self.karyotype_label.setBuddy(self.karyotype_edit)
        self.karyotype_reading_caption_label.setBuddy(self.karyotype_reading_label)
        self.findings_label.setBuddy(self.findings_list)
        self.mutations_label.setBuddy(self.mutations_table)
        self.tested_genes_label.setBuddy(self.tested_genes_edit)
        self.cd33_label.setBuddy(self.cd33_edit)
        self.extramedullary_label.setBuddy(self.extramedullary_combo)
        self.wbc_label.setBuddy(self.wbc_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hospital_number_edit, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.sex_combo)
        QWidget.setTabOrder(self.sex_combo, self.birth_date_edit)
        QWidget.setTabOrder(self.birth_date_edit, self.measurements_table)
        QWidget.setTabOrder(self.measurements_table, self.add_measurement_button)
        QWidget.setTabOrder(self.add_measurement_button, self.remove_measurement_button)
        QWidget.setTabOrder(self.remove_measurement_button, self.diagnosis_date_edit)
        QWidget.setTabOrder(self.diagnosis_date_edit, self.karyotype_edit)
        QWidget.setTabOrder(self.karyotype_edit, self.findings_list)
        QWidget.setTabOrder(self.findings_list, self.mutations_table)
        QWidget.setTabOrder(self.mutations_table, self.add_mutation_button)
        QWidget.setTabOrder(self.add_mutation_button, self.remove_mutation_button)
        QWidget.setTabOrder(self.remove_mutation_button, self.tested_genes_edit)
        QWidget.setTabOrder(self.tested_genes_edit, self.cd33_edit)
        QWidget.setTabOrder(self.cd33_edit, self.extramedullary_combo)
        QWidget.setTabOrder(self.extramedullary_combo, self.wbc_edit)
        QWidget.setTabOrder(self.wbc_edit, self.button_box)

        self.retranslateUi(PatientDialog)

        QMetaObject.connectSlotsByName(PatientDialog)
    # setupUi

    def retranslateUi(self, PatientDialog):
        PatientDialog.setWindowTitle(QCoreApplication.translate("PatientDialog", u"Patient", None))
        self.patient_group.setTitle(QCoreApplication.translate("PatientDialog", u"Patient", None))
        self.hospital_number_label.setText(QCoreApplication.translate("PatientDialog", u"&Hospital number:", None))
        self.hospital_number_edit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"e.g. H-0042", None))
        self.name_label.setText(QCoreApplication.translate("PatientDialog", u"&Name:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"Full name", None))
        self.sex_label.setText(QCoreApplication.translate("PatientDialog", u"Se&x:", None))
        self.birth_date_label.setText(QCoreApplication.translate("PatientDialog", u"&Birth date:", None))
        self.measurements_group.setTitle(QCoreApplication.translate("PatientDialog", u"Height and weight (for doses by body surface area)", None))
        self.add_measurement_button.setText(QCoreApplication.translate("PatientDialog", u"Add measurement", None))
        self.remove_measurement_button.setText(QCoreApplication.translate("PatientDialog", u"Remove measurement", None))
        self.diagnosis_group.setTitle(QCoreApplication.translate("PatientDialog", u"Diagnosis", None))
        self.diagnosis_date_label.setText(QCoreApplication.translate("PatientDialog", u"&Diagnosis date:", None))
        self.karyotype_label.setText(QCoreApplication.translate("PatientDialog", u"&Karyotype (ISCN):", None))
        self.karyotype_edit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"e.g. 46,XX,inv(3)(q21q26.2)[20]", None))
        self.karyotype_reading_caption_label.setText(QCoreApplication.translate("PatientDialog", u"Read as:", None))
        self.karyotype_reading_label.setText("")
        self.findings_label.setText(QCoreApplication.translate("PatientDialog", u"Other &findings:", None))
        self.mutations_label.setText(QCoreApplication.translate("PatientDialog", u"&Mutations:", None))
        self.add_mutation_button.setText(QCoreApplication.translate("PatientDialog", u"Add mutation", None))
        self.remove_mutation_button.setText(QCoreApplication.translate("PatientDialog", u"Remove mutation", None))
        self.tested_genes_label.setText(QCoreApplication.translate("PatientDialog", u"&Tested genes:", None))
        self.tested_genes_edit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"Genes tested (wild type unless listed above), comma separated", None))
        self.cd33_label.setText(QCoreApplication.translate("PatientDialog", u"CD&33 (% of blasts):", None))
        self.cd33_edit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"not recorded", None))
        self.extramedullary_label.setText(QCoreApplication.translate("PatientDialog", u"E&xtramedullary disease:", None))
        self.wbc_label.setText(QCoreApplication.translate("PatientDialog", u"&WBC (\u00d710\u2079/L):", None))
        self.wbc_edit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"not recorded", None))
        self.problems_label.setText("")
        self.problems_label.setStyleSheet(QCoreApplication.translate("PatientDialog", u"color: #a40000;", None))
    # retranslateUi

