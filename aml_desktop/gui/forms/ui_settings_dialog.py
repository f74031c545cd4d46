# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(720, 560)
        self.dialog_layout = QVBoxLayout(SettingsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.settings_tabs = QTabWidget(SettingsDialog)
        self.settings_tabs.setObjectName(u"settings_tabs")
        self.general_tab = QWidget()
        self.general_tab.setObjectName(u"general_tab")
        self.general_layout = QVBoxLayout(self.general_tab)
        self.general_layout.setObjectName(u"general_layout")
        self.general_form = QFormLayout()
        self.general_form.setObjectName(u"general_form")
        self.general_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.clinic_name_label = QLabel(self.general_tab)
        self.clinic_name_label.setObjectName(u"clinic_name_label")

        self.general_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clinic_name_label)

        self.clinic_name_edit = QLineEdit(self.general_tab)
        self.clinic_name_edit.setObjectName(u"clinic_name_edit")

        self.general_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.clinic_name_edit)

        self.paper_size_label = QLabel(self.general_tab)
        self.paper_size_label.setObjectName(u"paper_size_label")

        self.general_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.paper_size_label)

        self.paper_size_combo = QComboBox(self.general_tab)
        self.paper_size_combo.setObjectName(u"paper_size_combo")

        self.general_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paper_size_combo)

        self.units_label = QLabel(self.general_tab)
        self.units_label.setObjectName(u"units_label")

        self.general_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.units_label)

        self.units_combo = QComboBox(self.general_tab)
        self.units_combo.setObjectName(u"units_combo")

        self.general_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.units_combo)

        self.fhir_identifier_system_label = QLabel(self.general_tab)
        self.fhir_identifier_system_label.setObjectName(u"fhir_identifier_system_label")

        self.general_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fhir_identifier_system_label)

        self.fhir_identifier_system_edit = QLineEdit(self.general_tab)
        self.fhir_identifier_system_edit.setObjectName(u"fhir_identifier_system_edit")

        self.general_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fhir_identifier_system_edit)

        self.date_order_label = QLabel(self.general_tab)
        self.date_order_label.setObjectName(u"date_order_label")

        self.general_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.date_order_label)

        self.date_order_combo = QComboBox(self.general_tab)
        self.date_order_combo.setObjectName(u"date_order_combo")

        self.general_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.date_order_combo)


        self.general_layout.addLayout(self.general_form)

        self.spacer_7 = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.general_layout.addItem(self.spacer_7)

        self.settings_tabs.addTab(self.general_tab, "")
        self.formulary_tab = QWidget()
        self.formulary_tab.setObjectName(u"formulary_tab")
        self.formulary_layout = QVBoxLayout(self.formulary_tab)
        self.formulary_layout.setObjectName(u"formulary_layout")
        self.formulary_help_label = QLabel(self.formulary_tab)
        self.formulary_help_label.setObjectName(u"formulary_help_label")
        self.formulary_help_label.setWordWrap(True)

        self.formulary_layout.addWidget(self.formulary_help_label)

        self.formulary_table = QTableWidget(self.formulary_tab)
        self.formulary_table.setObjectName(u"formulary_table")
        self.formulary_table.setColumnCount(3)
        self.formulary_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.formulary_table.setAlternatingRowColors(True)

        self.formulary_layout.addWidget(self.formulary_table)

        self.settings_tabs.addTab(self.formulary_tab, "")
        self.thresholds_tab = QWidget()
        self.thresholds_tab.setObjectName(u"thresholds_tab")
        self.thresholds_layout = QVBoxLayout(self.thresholds_tab)
        self.thresholds_layout.setObjectName(u"thresholds_layout")
        self.thresholds_form = QFormLayout()
        self.thresholds_form.setObjectName(u"thresholds_form")
        self.thresholds_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fit_age_below_label = QLabel(self.thresholds_tab)
        self.fit_age_below_label.setObjectName(u"fit_age_below_label")

        self.thresholds_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fit_age_below_label)

        self.fit_age_below_spin = QSpinBox(self.thresholds_tab)
        self.fit_age_below_spin.setObjectName(u"fit_age_below_spin")
        self.fit_age_below_spin.setMinimum(1)
        self.fit_age_below_spin.setMaximum(120)

        self.thresholds_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fit_age_below_spin)

        self.unfit_age_from_label = QLabel(self.thresholds_tab)
        self.unfit_age_from_label.setObjectName(u"unfit_age_from_label")

        self.thresholds_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unfit_age_from_label)

        self.unfit_age_from_spin = QSpinBox(self.thresholds_tab)
        self.unfit_age_from_spin.setObjectName(u"unfit_age_from_spin")
        self.unfit_age_from_spin.setMinimum(1)
        self.unfit_age_from_spin.setMaximum(120)

        self.thresholds_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unfit_age_from_spin)

        self.unfit_ecog_from_label = QLabel(self.thresholds_tab)
        self.unfit_ecog_from_label.setObjectName(u"unfit_ecog_from_label")

        self.thresholds_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unfit_ecog_from_label)

        self.unfit_ecog_from_spin = QSpinBox(self.thresholds_tab)
        self.unfit_ecog_from_spin.setObjectName(u"unfit_ecog_from_spin")
        self.unfit_ecog_from_spin.setMinimum(0)
        self.unfit_ecog_from_spin.setMaximum(5)

        self.thresholds_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unfit_ecog_from_spin)

        self.cytoreduction_wbc_label = QLabel(self.thresholds_tab)
        self.cytoreduction_wbc_label.setObjectName(u"cytoreduction_wbc_label")

        self.thresholds_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cytoreduction_wbc_label)

        self.cytoreduction_wbc_spin = QDoubleSpinBox(self.thresholds_tab)
        self.cytoreduction_wbc_spin.setObjectName(u"cytoreduction_wbc_spin")
        self.cytoreduction_wbc_spin.setMinimum(1.000000000000000)
        self.cytoreduction_wbc_spin.setMaximum(1000.000000000000000)
        self.cytoreduction_wbc_spin.setDecimals(1)

        self.thresholds_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cytoreduction_wbc_spin)

        self.cd33_positive_label = QLabel(self.thresholds_tab)
        self.cd33_positive_label.setObjectName(u"cd33_positive_label")

        self.thresholds_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cd33_positive_label)

        self.cd33_positive_spin = QDoubleSpinBox(self.thresholds_tab)
        self.cd33_positive_spin.setObjectName(u"cd33_positive_spin")
        self.cd33_positive_spin.setMinimum(0.000000000000000)
        self.cd33_positive_spin.setMaximum(100.000000000000000)
        self.cd33_positive_spin.setDecimals(1)

        self.thresholds_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cd33_positive_spin)


        self.thresholds_layout.addLayout(self.thresholds_form)

        self.thresholds_help_label = QLabel(self.thresholds_tab)
        self.thresholds_help_label.setObjectName(u"thresholds_help_label")
        self.thresholds_help_label.setWordWrap(True)

        self.thresholds_layout.addWidget(self.thresholds_help_label)

        self.spacer_8 = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.thresholds_layout.addItem(self.spacer_8)

        self.settings_tabs.addTab(self.thresholds_tab, "")
        self.backup_tab = QWidget()
        self.backup_tab.setObjectName(u"backup_tab")
        self.backup_layout = QVBoxLayout(self.backup_tab)
        self.backup_layout.setObjectName(u"backup_layout")
        self.backup_form = QFormLayout()
        self.backup_form.setObjectName(u"backup_form")
        self.backup_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.backup_folder_label = QLabel(self.backup_tab)
        self.backup_folder_label.setObjectName(u"backup_folder_label")

        self.backup_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.backup_folder_label)

        self.backup_folder_layout = QHBoxLayout()
        self.backup_folder_layout.setObjectName(u"backup_folder_layout")
        self.backup_folder_edit = QLineEdit(self.backup_tab)
        self.backup_folder_edit.setObjectName(u"backup_folder_edit")

        self.backup_folder_layout.addWidget(self.backup_folder_edit)

        self.browse_backup_button = QPushButton(self.backup_tab)
        self.browse_backup_button.setObjectName(u"browse_backup_button")

        self.backup_folder_layout.addWidget(self.browse_backup_button)

        self.backup_folder_layout.setStretch(0, 1)

        self.backup_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.backup_folder_layout)

        self.backup_keep_label = QLabel(self.backup_tab)
        self.backup_keep_label.setObjectName(u"backup_keep_label")

        self.backup_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.backup_keep_label)

        self.backup_keep_spin = QSpinBox(self.backup_tab)
        self.backup_keep_spin.setObjectName(u"backup_keep_spin")
        self.backup_keep_spin.setMinimum(1)
        self.backup_keep_spin.setMaximum(365)

        self.backup_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.backup_keep_spin)

        self.backup_interval_label = QLabel(self.backup_tab)
        self.backup_interval_label.setObjectName(u"backup_interval_label")

        self.backup_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.backup_interval_label)

        self.backup_interval_spin = QSpinBox(self.backup_tab)
        self.backup_interval_spin.setObjectName(u"backup_interval_spin")
        self.backup_interval_spin.setMinimum(1)
        self.backup_interval_spin.setMaximum(720)

        self.backup_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.backup_interval_spin)

        self.backup_warn_label = QLabel(self.backup_tab)
        self.backup_warn_label.setObjectName(u"backup_warn_label")

        self.backup_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.backup_warn_label)

        self.backup_warn_spin = QSpinBox(self.backup_tab)
        self.backup_warn_spin.setObjectName(u"backup_warn_spin")
        self.backup_warn_spin.setMinimum(1)
        self.backup_warn_spin.setMaximum(90)
        self.backup_warn_spin.setValue(2)

        self.backup_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.backup_warn_spin)

        self.last_backup_caption_label = QLabel(self.backup_tab)
        self.last_backup_caption_label.setObjectName(u"last_backup_caption_label")

        self.backup_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.last_backup_caption_label)

        self.last_backup_label = QLabel(self.backup_tab)
        self.last_backup_label.setObjectName(u"last_backup_label")

        self.backup_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.last_backup_label)


        self.backup_layout.addLayout(self.backup_form)

        self.backup_buttons_layout = QHBoxLayout()
        self.backup_buttons_layout.setObjectName(u"backup_buttons_layout")
        self.backup_now_button = QPushButton(self.backup_tab)
        self.backup_now_button.setObjectName(u"backup_now_button")

        self.backup_buttons_layout.addWidget(self.backup_now_button)

        self.restore_button = QPushButton(self.backup_tab)
        self.restore_button.setObjectName(u"restore_button")

        self.backup_buttons_layout.addWidget(self.restore_button)

        self.spacer_9 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backup_buttons_layout.addItem(self.spacer_9)


        self.backup_layout.addLayout(self.backup_buttons_layout)

        self.spacer_10 = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.backup_layout.addItem(self.spacer_10)

        self.settings_tabs.addTab(self.backup_tab, "")

        self.dialog_layout.addWidget(self.settings_tabs)

        self.problems_label = QLabel(SettingsDialog)
        self.problems_label.setObjectName(u"problems_label")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.problems_label)

        self.button_box = QDialogButtonBox(SettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.clinic_name_label.setBuddy(self.clinic_name_edit)
        self.paper_size_label.setBuddy(self.paper_size_combo)
        self.units_label.setBuddy(self.units_combo)
        self.fhir_identifier_system_label.setBuddy(self.fhir_identifier_system_edit)
        self.date_order_label.setBuddy(self.date_order_combo)
        self.fit_age_below_label.setBuddy(self.fit_age_below_spin)
        self.unfit_age_from_label.setBuddy(self.unfit_age_from_spin)
        self.unfit_ecog_from_label.setBuddy(self.unfit_ecog_from_spin)
        self.cytoreduction_wbc_label.setBuddy(self.cytoreduction_wbc_spin)
        self.cd33_positive_label.setBuddy(self.cd33_positive_spin)
        self.backup_keep_label.setBuddy(self.backup_keep_spin)
        self.backup_interval_label.setBuddy(self.backup_interval_spin)
        self.backup_warn_label.setBuddy(self.backup_warn_spin)
        self.last_backup_caption_label.setBuddy(self.last_backup_label)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.settings_tabs, self.clinic_name_edit)
        QWidget.setTabOrder(self.clinic_name_edit, self.paper_size_combo)
        QWidget.setTabOrder(self.paper_size_combo, self.units_combo)
        QWidget.setTabOrder(self.units_combo, self.fhir_identifier_system_edit)
        QWidget.setTabOrder(self.fhir_identifier_system_edit, self.date_order_combo)
        QWidget.setTabOrder(self.date_order_combo, self.formulary_table)
        QWidget.setTabOrder(self.formulary_table, self.fit_age_below_spin)
        QWidget.setTabOrder(self.fit_age_below_spin, self.unfit_age_from_spin)
        QWidget.setTabOrder(self.unfit_age_from_spin, self.unfit_ecog_from_spin)
        QWidget.setTabOrder(self.unfit_ecog_from_spin, self.cytoreduction_wbc_spin)
        QWidget.setTabOrder(self.cytoreduction_wbc_spin, self.cd33_positive_spin)
        QWidget.setTabOrder(self.cd33_positive_spin, self.backup_folder_edit)
        QWidget.setTabOrder(self.backup_folder_edit, self.browse_backup_button)
        QWidget.setTabOrder(self.browse_backup_button, self.backup_keep_spin)
        QWidget.setTabOrder(self.backup_keep_spin, self.backup_interval_spin)
        QWidget.setTabOrder(self.backup_interval_spin, self.backup_warn_spin)
        QWidget.setTabOrder(self.backup_warn_spin, self.backup_now_button)
        QWidget.setTabOrder(self.backup_now_button, self.restore_button)
        QWidget.setTabOrder(self.restore_button, self.button_box)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Clinic settings", None))
        self.clinic_name_label.setText(QCoreApplication.translate("SettingsDialog", u"Clinic &name:", None))
        self.clinic_name_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Printed on every summary", None))
        self.paper_size_label.setText(QCoreApplication.translate("SettingsDialog", u"&Paper size:", None))
        self.units_label.setText(QCoreApplication.translate("SettingsDialog", u"&Units shown for counts:", None))
        self.fhir_identifier_system_label.setText(QCoreApplication.translate("SettingsDialog", u"&Hospital number system (FHIR export):", None))
#if QT_CONFIG(tooltip)
        self.fhir_identifier_system_edit.setToolTip(QCoreApplication.translate("SettingsDialog", u"The URI your hospital numbers are issued under (e.g. urn:oid:... from your registry). Empty: a local name that only says the number is this clinic's.", None))
#endif // QT_CONFIG(tooltip)
        self.date_order_label.setText(QCoreApplication.translate("SettingsDialog", u"&Dates typed as:", None))
        self.settings_tabs.setTabText(self.settings_tabs.indexOf(self.general_tab), QCoreApplication.translate("SettingsDialog", u"&Clinic", None))
        self.formulary_help_label.setText(QCoreApplication.translate("SettingsDialog", u"Tick what the clinic stocks or can do today. For an item that ran out, untick it and give the date: the recommendation then uses the paper's fallbacks and says why.", None))
        self.settings_tabs.setTabText(self.settings_tabs.indexOf(self.formulary_tab), QCoreApplication.translate("SettingsDialog", u"&Formulary", None))
        self.fit_age_below_label.setText(QCoreApplication.translate("SettingsDialog", u"Counts as &fit below age:", None))
        self.fit_age_below_spin.setSuffix(QCoreApplication.translate("SettingsDialog", u" years", None))
        self.unfit_age_from_label.setText(QCoreApplication.translate("SettingsDialog", u"Counts as &unfit from age:", None))
        self.unfit_age_from_spin.setSuffix(QCoreApplication.translate("SettingsDialog", u" years", None))
        self.unfit_ecog_from_label.setText(QCoreApplication.translate("SettingsDialog", u"Counts as unfit from &ECOG:", None))
        self.cytoreduction_wbc_label.setText(QCoreApplication.translate("SettingsDialog", u"&Cytoreduction from WBC:", None))
        self.cytoreduction_wbc_spin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u00d710\u2079/L", None))
        self.cd33_positive_label.setText(QCoreApplication.translate("SettingsDialog", u"CD33 &positive from:", None))
        self.cd33_positive_spin.setSuffix(QCoreApplication.translate("SettingsDialog", u" %", None))
        self.thresholds_help_label.setText(QCoreApplication.translate("SettingsDialog", u"These apply when the clinician has not judged fitness, and to the cytoreduction and CD33 rules (clinical specification \u00a73-4). Case files exchanged between clinics use the specification's defaults.", None))
        self.settings_tabs.setTabText(self.settings_tabs.indexOf(self.thresholds_tab), QCoreApplication.translate("SettingsDialog", u"&Thresholds", None))
        self.backup_folder_label.setText(QCoreApplication.translate("SettingsDialog", u"Backup folder:", None))
        self.backup_folder_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"empty: the application-data folder (better: a USB stick or a second disk)", None))
        self.browse_backup_button.setText(QCoreApplication.translate("SettingsDialog", u"Browse\u2026", None))
        self.backup_keep_label.setText(QCoreApplication.translate("SettingsDialog", u"&Keep this many copies:", None))
        self.backup_interval_label.setText(QCoreApplication.translate("SettingsDialog", u"Back up &every:", None))
        self.backup_interval_spin.setSuffix(QCoreApplication.translate("SettingsDialog", u" hours", None))
        self.backup_warn_label.setText(QCoreApplication.translate("SettingsDialog", u"&Warn when the last backup is older than:", None))
        self.backup_warn_spin.setSuffix(QCoreApplication.translate("SettingsDialog", u" days", None))
        self.last_backup_caption_label.setText(QCoreApplication.translate("SettingsDialog", u"Last backup:", None))
        self.last_backup_label.setText(QCoreApplication.translate("SettingsDialog", u"never", None))
        self.backup_now_button.setText(QCoreApplication.translate("SettingsDialog", u"Back up &now", None))
        self.restore_button.setText(QCoreApplication.translate("SettingsDialog", u"&Restore from a backup\u2026", None))
        self.settings_tabs.setTabText(self.settings_tabs.indexOf(self.backup_tab), QCoreApplication.translate("SettingsDialog", u"&Backup", None))
        self.problems_label.setText("")
        self.problems_label.setStyleSheet(QCoreApplication.translate("SettingsDialog", u"color: #a40000;", None))
    # retranslateUi

