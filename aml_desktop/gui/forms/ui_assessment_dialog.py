# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assessment_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from aml_desktop.gui.date_field import DateField

class Ui_AssessmentDialog(object):
    def setupUi(self, AssessmentDialog):
        if not AssessmentDialog.objectName():
            AssessmentDialog.setObjectName(u"AssessmentDialog")
        AssessmentDialog.resize(960, 600)
        self.dialog_layout = QVBoxLayout(AssessmentDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.blood_group = QGroupBox(AssessmentDialog)
        self.blood_group.setObjectName(u"blood_group")
        self.blood_form = QFormLayout(self.blood_group)
        self.blood_form.setObjectName(u"blood_form")
        self.blood_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.assessment_date_label = QLabel(self.blood_group)
        self.assessment_date_label.setObjectName(u"assessment_date_label")

        self.blood_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.assessment_date_label)

        self.assessment_date_edit = DateField(self.blood_group)
        self.assessment_date_edit.setObjectName(u"assessment_date_edit")

        self.blood_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.assessment_date_edit)

        self.marrow_blasts_label = QLabel(self.blood_group)
        self.marrow_blasts_label.setObjectName(u"marrow_blasts_label")

        self.blood_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.marrow_blasts_label)

        self.marrow_blasts_edit = QLineEdit(self.blood_group)
        self.marrow_blasts_edit.setObjectName(u"marrow_blasts_edit")

        self.blood_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.marrow_blasts_edit)

        self.circulating_blasts_label = QLabel(self.blood_group)
        self.circulating_blasts_label.setObjectName(u"circulating_blasts_label")

        self.blood_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.circulating_blasts_label)

        self.circulating_blasts_combo = QComboBox(self.blood_group)
        self.circulating_blasts_combo.setObjectName(u"circulating_blasts_combo")

        self.blood_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.circulating_blasts_combo)

        self.extramedullary_label = QLabel(self.blood_group)
        self.extramedullary_label.setObjectName(u"extramedullary_label")

        self.blood_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.extramedullary_label)

        self.extramedullary_combo = QComboBox(self.blood_group)
        self.extramedullary_combo.setObjectName(u"extramedullary_combo")

        self.blood_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.extramedullary_combo)

        self.anc_label = QLabel(self.blood_group)
        self.anc_label.setObjectName(u"anc_label")

        self.blood_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.anc_label)

        self.anc_edit = QLineEdit(self.blood_group)
        self.anc_edit.setObjectName(u"anc_edit")

        self.blood_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.anc_edit)

        self.platelets_label = QLabel(self.blood_group)
        self.platelets_label.setObjectName(u"platelets_label")

        self.blood_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.platelets_label)

        self.platelets_edit = QLineEdit(self.blood_group)
        self.platelets_edit.setObjectName(u"platelets_edit")

        self.blood_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.platelets_edit)

        self.hemoglobin_label = QLabel(self.blood_group)
        self.hemoglobin_label.setObjectName(u"hemoglobin_label")

        self.blood_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.hemoglobin_label)

        self.hemoglobin_edit = QLineEdit(self.blood_group)
        self.hemoglobin_edit.setObjectName(u"hemoglobin_edit")

        self.blood_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.hemoglobin_edit)

        self.wbc_label = QLabel(self.blood_group)
        self.wbc_label.setObjectName(u"wbc_label")

        self.blood_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.wbc_label)

        self.wbc_edit = QLineEdit(self.blood_group)
        self.wbc_edit.setObjectName(u"wbc_edit")

        self.blood_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.wbc_edit)


        self.left_layout.addWidget(self.blood_group)

        self.mrd_group = QGroupBox(AssessmentDialog)
        self.mrd_group.setObjectName(u"mrd_group")
        self.mrd_form = QFormLayout(self.mrd_group)
        self.mrd_form.setObjectName(u"mrd_form")
        self.mrd_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.mrd_status_label = QLabel(self.mrd_group)
        self.mrd_status_label.setObjectName(u"mrd_status_label")

        self.mrd_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mrd_status_label)

        self.mrd_status_combo = QComboBox(self.mrd_group)
        self.mrd_status_combo.setObjectName(u"mrd_status_combo")

        self.mrd_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mrd_status_combo)

        self.mrd_method_label = QLabel(self.mrd_group)
        self.mrd_method_label.setObjectName(u"mrd_method_label")

        self.mrd_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mrd_method_label)

        self.mrd_method_combo = QComboBox(self.mrd_group)
        self.mrd_method_combo.setObjectName(u"mrd_method_combo")

        self.mrd_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mrd_method_combo)

        self.mrd_value_label = QLabel(self.mrd_group)
        self.mrd_value_label.setObjectName(u"mrd_value_label")

        self.mrd_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.mrd_value_label)

        self.mrd_value_edit = QLineEdit(self.mrd_group)
        self.mrd_value_edit.setObjectName(u"mrd_value_edit")

        self.mrd_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.mrd_value_edit)


        self.left_layout.addWidget(self.mrd_group)


        self.columns_layout.addLayout(self.left_layout)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.molecular_group = QGroupBox(AssessmentDialog)
        self.molecular_group.setObjectName(u"molecular_group")
        self.molecular_form = QFormLayout(self.molecular_group)
        self.molecular_form.setObjectName(u"molecular_form")
        self.molecular_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.molecular_tested_check = QCheckBox(self.molecular_group)
        self.molecular_tested_check.setObjectName(u"molecular_tested_check")

        self.molecular_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.molecular_tested_check)

        self.mutations_label = QLabel(self.molecular_group)
        self.mutations_label.setObjectName(u"mutations_label")

        self.molecular_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mutations_label)

        self.mutations_layout = QVBoxLayout()
        self.mutations_layout.setObjectName(u"mutations_layout")
        self.mutations_table = QTableWidget(self.molecular_group)
        self.mutations_table.setObjectName(u"mutations_table")
        self.mutations_table.setColumnCount(4)
        self.mutations_table.setMinimumSize(QSize(0, 90))
        self.mutations_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mutations_table.setAlternatingRowColors(True)

        self.mutations_layout.addWidget(self.mutations_table)

        self.mutation_buttons_layout = QHBoxLayout()
        self.mutation_buttons_layout.setObjectName(u"mutation_buttons_layout")
        self.add_mutation_button = QPushButton(self.molecular_group)
        self.add_mutation_button.setObjectName(u"add_mutation_button")

        self.mutation_buttons_layout.addWidget(self.add_mutation_button)

        self.remove_mutation_button = QPushButton(self.molecular_group)
        self.remove_mutation_button.setObjectName(u"remove_mutation_button")

        self.mutation_buttons_layout.addWidget(self.remove_mutation_button)

        self.spacer_4 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mutation_buttons_layout.addItem(self.spacer_4)


        self.mutations_layout.addLayout(self.mutation_buttons_layout)


        self.molecular_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.mutations_layout)

        self.tested_genes_label = QLabel(self.molecular_group)
        self.tested_genes_label.setObjectName(u"tested_genes_label")

        self.molecular_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tested_genes_label)

        self.tested_genes_edit = QLineEdit(self.molecular_group)
        self.tested_genes_edit.setObjectName(u"tested_genes_edit")

        self.molecular_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tested_genes_edit)

        self.karyotype_label = QLabel(self.molecular_group)
        self.karyotype_label.setObjectName(u"karyotype_label")

        self.molecular_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.karyotype_label)

        self.karyotype_edit = QLineEdit(self.molecular_group)
        self.karyotype_edit.setObjectName(u"karyotype_edit")

        self.molecular_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.karyotype_edit)

        self.karyotype_reading_caption_label = QLabel(self.molecular_group)
        self.karyotype_reading_caption_label.setObjectName(u"karyotype_reading_caption_label")

        self.molecular_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.karyotype_reading_caption_label)

        self.karyotype_reading_label = QLabel(self.molecular_group)
        self.karyotype_reading_label.setObjectName(u"karyotype_reading_label")
        self.karyotype_reading_label.setWordWrap(True)

        self.molecular_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.karyotype_reading_label)


        self.right_layout.addWidget(self.molecular_group)

        self.measurement_group = QGroupBox(AssessmentDialog)
        self.measurement_group.setObjectName(u"measurement_group")
        self.measurement_form = QFormLayout(self.measurement_group)
        self.measurement_form.setObjectName(u"measurement_form")
        self.measurement_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.height_label = QLabel(self.measurement_group)
        self.height_label.setObjectName(u"height_label")

        self.measurement_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.height_label)

        self.height_edit = QLineEdit(self.measurement_group)
        self.height_edit.setObjectName(u"height_edit")

        self.measurement_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.height_edit)

        self.weight_label = QLabel(self.measurement_group)
        self.weight_label.setObjectName(u"weight_label")

        self.measurement_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.weight_label)

        self.weight_edit = QLineEdit(self.measurement_group)
        self.weight_edit.setObjectName(u"weight_edit")

        self.measurement_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.weight_edit)


        self.right_layout.addWidget(self.measurement_group)


        self.columns_layout.addLayout(self.right_layout)

        self.columns_layout.setStretch(0, 1)
        self.columns_layout.setStretch(1, 1)

        self.dialog_layout.addLayout(self.columns_layout)

        self.response_label = QLabel(AssessmentDialog)
        self.response_label.setObjectName(u"response_label")
        self.response_label.setWordWrap(True)
        self.response_label.setTextFormat(Qt.TextFormat.RichText)

        self.dialog_layout.addWidget(self.response_label)

        self.problems_label = QLabel(AssessmentDialog)
        self.problems_label.setObjectName(u"problems_label")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.problems_label)

        self.button_box = QDialogButtonBox(AssessmentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.assessment_date_label.setBuddy(self.assessment_date_edit)
        self.marrow_blasts_label.setBuddy(self.marrow_blasts_edit)
        self.circulating_blasts_label.setBuddy(self.circulating_blasts_combo)
        self.extramedullary_label.setBuddy(self.extramedullary_combo)
        self.anc_label.setBuddy(self.anc_edit)
        self.platelets_label.setBuddy(self.platelets_edit)
        self.hemoglobin_label.setBuddy(self.hemoglobin_edit)
        self.wbc_label.setBuddy(self.wbc_edit)
        self.mrd_status_label.setBuddy(self.mrd_status_combo)
        self.mrd_method_label.setBuddy(self.mrd_method_combo)
        self.mrd_value_label.setBuddy(self.mrd_value_edit)
        self.mutations_label.setBuddy(self.mutations_table)
        self.tested_genes_label.setBuddy(self.tested_genes_edit)
        self.karyotype_label.setBuddy(self.karyotype_edit)
        self.karyotype_reading_caption_label.setBuddy(self.karyotype_reading_label)
        self.height_label.setBuddy(self.height_edit)
        self.weight_label.setBuddy(self.weight_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.assessment_date_edit, self.marrow_blasts_edit)
        QWidget.setTabOrder(self.marrow_blasts_edit, self.circulating_blasts_combo)
        QWidget.setTabOrder(self.circulating_blasts_combo, self.extramedullary_combo)
        QWidget.setTabOrder(self.extramedullary_combo, self.anc_edit)
        QWidget.setTabOrder(self.anc_edit, self.platelets_edit)
        QWidget.setTabOrder(self.platelets_edit, self.hemoglobin_edit)
        QWidget.setTabOrder(self.hemoglobin_edit, self.wbc_edit)
        QWidget.setTabOrder(self.wbc_edit, self.mrd_status_combo)
        QWidget.setTabOrder(self.mrd_status_combo, self.mrd_method_combo)
        QWidget.setTabOrder(self.mrd_method_combo, self.mrd_value_edit)
        QWidget.setTabOrder(self.mrd_value_edit, self.molecular_tested_check)
        QWidget.setTabOrder(self.molecular_tested_check, self.mutations_table)
        QWidget.setTabOrder(self.mutations_table, self.add_mutation_button)
        QWidget.setTabOrder(self.add_mutation_button, self.remove_mutation_button)
        QWidget.setTabOrder(self.remove_mutation_button, self.tested_genes_edit)
        QWidget.setTabOrder(self.tested_genes_edit, self.karyotype_edit)
        QWidget.setTabOrder(self.karyotype_edit, self.height_edit)
        QWidget.setTabOrder(self.height_edit, self.weight_edit)
        QWidget.setTabOrder(self.weight_edit, self.button_box)

        self.retranslateUi(AssessmentDialog)

        QMetaObject.connectSlotsByName(AssessmentDialog)
    # setupUi

    def retranslateUi(self, AssessmentDialog):
        AssessmentDialog.setWindowTitle(QCoreApplication.translate("AssessmentDialog", u"Assessment", None))
        self.blood_group.setTitle(QCoreApplication.translate("AssessmentDialog", u"Marrow and blood", None))
        self.assessment_date_label.setText(QCoreApplication.translate("AssessmentDialog", u"&Date:", None))
        self.marrow_blasts_label.setText(QCoreApplication.translate("AssessmentDialog", u"&Marrow blasts (%):", None))
        self.marrow_blasts_edit.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"not measured", None))
        self.circulating_blasts_label.setText(QCoreApplication.translate("AssessmentDialog", u"&Circulating blasts:", None))
        self.extramedullary_label.setText(QCoreApplication.translate("AssessmentDialog", u"E&xtramedullary disease:", None))
        self.anc_label.setText(QCoreApplication.translate("AssessmentDialog", u"&ANC (\u00d710\u2079/L):", None))
        self.anc_edit.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"not measured", None))
        self.platelets_label.setText(QCoreApplication.translate("AssessmentDialog", u"&Platelets (\u00d710\u2079/L):", None))
        self.platelets_edit.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"not measured", None))
        self.hemoglobin_label.setText(QCoreApplication.translate("AssessmentDialog", u"&Hemoglobin (g/dL):", None))
        self.hemoglobin_edit.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"not measured", None))
        self.wbc_label.setText(QCoreApplication.translate("AssessmentDialog", u"&WBC (\u00d710\u2079/L):", None))
        self.wbc_edit.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"not measured", None))
        self.mrd_group.setTitle(QCoreApplication.translate("AssessmentDialog", u"Measurable residual disease (MRD)", None))
        self.mrd_status_label.setText(QCoreApplication.translate("AssessmentDialog", u"MRD &result:", None))
        self.mrd_method_label.setText(QCoreApplication.translate("AssessmentDialog", u"Met&hod:", None))
        self.mrd_value_label.setText(QCoreApplication.translate("AssessmentDialog", u"&Value (%):", None))
        self.mrd_value_edit.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"optional", None))
        self.molecular_group.setTitle(QCoreApplication.translate("AssessmentDialog", u"Molecular and cytogenetics of this sample", None))
        self.molecular_tested_check.setText(QCoreApplication.translate("AssessmentDialog", u"A mutation test was done on this sample", None))
        self.mutations_label.setText(QCoreApplication.translate("AssessmentDialog", u"M&utations found:", None))
        self.add_mutation_button.setText(QCoreApplication.translate("AssessmentDialog", u"Add mutation", None))
        self.remove_mutation_button.setText(QCoreApplication.translate("AssessmentDialog", u"Remove mutation", None))
        self.tested_genes_label.setText(QCoreApplication.translate("AssessmentDialog", u"&Tested genes:", None))
        self.tested_genes_edit.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"comma separated, e.g. FLT3, IDH1, IDH2", None))
        self.karyotype_label.setText(QCoreApplication.translate("AssessmentDialog", u"&Karyotype:", None))
        self.karyotype_edit.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"only if repeated on this sample", None))
        self.karyotype_reading_caption_label.setText(QCoreApplication.translate("AssessmentDialog", u"Read as:", None))
        self.karyotype_reading_label.setText("")
        self.measurement_group.setTitle(QCoreApplication.translate("AssessmentDialog", u"Height and weight today (optional)", None))
        self.height_label.setText(QCoreApplication.translate("AssessmentDialog", u"H&eight (cm):", None))
        self.height_edit.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"optional", None))
        self.weight_label.setText(QCoreApplication.translate("AssessmentDialog", u"Wei&ght (kg):", None))
        self.weight_edit.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"optional", None))
        self.response_label.setText("")
        self.problems_label.setText("")
        self.problems_label.setStyleSheet(QCoreApplication.translate("AssessmentDialog", u"color: #a40000;", None))
    # retranslateUi

