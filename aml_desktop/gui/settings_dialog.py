"""Clinic settings: name, formulary (stocked, out of stock since), thresholds, units, backups.

Saved as one ``ClinicSettings`` through the controller; "Back up now" and "Restore" are
requests the main window carries out with progress (they need the database closed or
copied on a worker thread).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QTableWidgetItem, QWidget

from aml_desktop.engine import codes
from aml_desktop.engine.settings import EngineSettings, Formulary
from aml_desktop.exchange.fhir import identifier_system_problem
from aml_desktop.exchange.fhir_codes import DEFAULT_HOSPITAL_NUMBER_SYSTEM
from aml_desktop.gui.date_field import parse_date_text
from aml_desktop.gui.form_support import EditDialog, ProblemMarker, select_data
from aml_desktop.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from aml_desktop.gui.words import label
from aml_desktop.present.i18n import LANGUAGE_NAMES, LANGUAGES, current_language

UNIT_CHOICES = (("SI", str(QT_TRANSLATE_NOOP("SettingsDialog", "×10⁹/L (SI); hemoglobin g/dL"))),)


class SettingsDialog(EditDialog):
    backup_requested = Signal(str)  # folder
    restore_requested = Signal()

    def __init__(self, settings: Any, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.settings = settings
        self.today = today
        self.result_settings: Any = None
        ui = self.ui
        ui.clinic_name_edit.setText(settings.clinic_name)
        for size in ("A4", "letter"):
            ui.paper_size_combo.addItem(size, size)
        select_data(ui.paper_size_combo, settings.paper_size)
        for code, words in UNIT_CHOICES:
            ui.units_combo.addItem(self.tr(words), code)
        select_data(ui.units_combo, settings.units)
        # The clinic's language: the window (after a restart), new dialogs and printed summaries at once.
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language_combo")
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        select_data(self.language_combo, settings.language or current_language())
        ui.general_form.addRow(self.tr("Language:"), self.language_combo)
        ui.fhir_identifier_system_edit.setPlaceholderText(DEFAULT_HOSPITAL_NUMBER_SYSTEM)
        ui.fhir_identifier_system_edit.setText(settings.fhir_identifier_system or "")
        ui.date_order_combo.addItem(self.tr("YYYY-MM-DD only (1978-03-15)"), "iso")
        ui.date_order_combo.addItem(self.tr("YYYY-MM-DD or day first, DD/MM/YYYY (15/03/1978)"), "day_first")
        ui.date_order_combo.setToolTip(
            self.tr("How dates may be typed in every form; a date is always shown back in words")
        )
        select_data(ui.date_order_combo, settings.date_order)
        self._fill_formulary(settings)
        ui.fit_age_below_spin.setValue(settings.fit_age_below)
        ui.unfit_age_from_spin.setValue(settings.unfit_age_from)
        ui.unfit_ecog_from_spin.setValue(settings.unfit_ecog_from)
        ui.cytoreduction_wbc_spin.setValue(settings.cytoreduction_wbc)
        ui.cd33_positive_spin.setValue(settings.cd33_positive_percent)
        ui.backup_folder_edit.setText(settings.backup_folder or "")
        ui.backup_keep_spin.setValue(settings.backup_keep)
        ui.backup_interval_spin.setValue(settings.backup_interval_hours)
        ui.backup_warn_spin.setValue(settings.backup_warn_days)
        ui.last_backup_label.setText((settings.last_backup_at or self.tr("never")).replace("T", " "))
        ui.browse_backup_button.clicked.connect(self._browse)
        ui.backup_now_button.clicked.connect(self._backup_now)
        ui.restore_button.clicked.connect(self.restore_requested.emit)
        self.marker = ProblemMarker(
            ui.problems_label,
            {
                "clinic_name": ui.clinic_name_edit,
                "fhir_identifier_system": ui.fhir_identifier_system_edit,
                "formulary": ui.formulary_table,
                "fit_age_below": ui.fit_age_below_spin,
                "unfit_age_from": ui.unfit_age_from_spin,
                "backup_folder": ui.backup_folder_edit,
            },
        )
        self.setup_buttons(ui.button_box)
        self.track_changes()

    def _fill_formulary(self, settings: Any) -> None:
        table = self.ui.formulary_table
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(
            [self.tr("Drug or capability"), self.tr("In stock / available"), self.tr("Out of stock since (YYYY-MM-DD)")]
        )
        table.setRowCount(len(codes.FORMULARY_KEYS))
        table.verticalHeader().setVisible(False)
        for row, key in enumerate(codes.FORMULARY_KEYS):
            kind = self.tr("capability") if key in codes.CAPABILITIES else self.tr("drug")
            name = QTableWidgetItem(f"{label(key)} ({kind})")
            name.setData(Qt.ItemDataRole.UserRole, key)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, 0, name)
            stocked = QTableWidgetItem("")
            stocked.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            stocked.setCheckState(Qt.CheckState.Checked if settings.formulary.has(key) else Qt.CheckState.Unchecked)
            table.setItem(row, 1, stocked)
            since = settings.out_of_stock_since.get(key)
            table.setItem(row, 2, QTableWidgetItem(since.isoformat() if since else ""))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.ui.backup_folder_edit.text())
        if folder:
            self.ui.backup_folder_edit.setText(folder)

    def _backup_now(self) -> None:
        from aml_desktop.paths import default_backup_folder

        folder = self.ui.backup_folder_edit.text().strip() or str(default_backup_folder())
        self.backup_requested.emit(folder)

    def build(self) -> tuple[Any, list[tuple[str, str]]]:
        ui = self.ui
        problems: list[tuple[str, str]] = []
        name = ui.clinic_name_edit.text().strip()
        if not name:
            problems.append(("clinic_name", self.tr("the clinic name is required (it is printed on every summary)")))
        system = ui.fhir_identifier_system_edit.text().strip() or None
        system_problem = identifier_system_problem(system) if system is not None else None
        if system_problem is not None:
            problems.append(("fhir_identifier_system", system_problem))
        stocked: dict[str, bool] = {}
        since: dict[str, date] = {}
        table = ui.formulary_table
        for row, key in enumerate(codes.FORMULARY_KEYS):
            stocked_item, since_item = table.item(row, 1), table.item(row, 2)  # filled in __init__
            has = stocked_item is not None and stocked_item.checkState() == Qt.CheckState.Checked
            stocked[key] = has
            text = since_item.text().strip() if since_item is not None else ""
            if text and not has:
                day = parse_date_text(text, ui.date_order_combo.currentData())  # as every date field reads it
                if not isinstance(day, date):
                    text = self.tr("{drug}: out of stock since: {problem}").format(drug=label(key), problem=day)
                    problems.append(("formulary", text))
                    continue
                if day > self.today:
                    future = self.tr("{drug}: {date} is in the future").format(drug=label(key), date=text)
                    problems.append(("formulary", future))
                since[key] = day
        try:
            EngineSettings(
                fit_age_below=ui.fit_age_below_spin.value(),
                unfit_age_from=ui.unfit_age_from_spin.value(),
                unfit_ecog_from=ui.unfit_ecog_from_spin.value(),
                cytoreduction_wbc=ui.cytoreduction_wbc_spin.value(),
                cd33_positive_percent=ui.cd33_positive_spin.value(),
            )
        except ValueError as error:
            problems.append(("fit_age_below", str(error).replace("_", " ")))
        folder = ui.backup_folder_edit.text().strip() or None
        result = replace(
            self.settings,
            clinic_name=name,
            formulary=Formulary.from_mapping(stocked),
            out_of_stock_since=since,
            fit_age_below=ui.fit_age_below_spin.value(),
            unfit_age_from=ui.unfit_age_from_spin.value(),
            unfit_ecog_from=ui.unfit_ecog_from_spin.value(),
            cytoreduction_wbc=ui.cytoreduction_wbc_spin.value(),
            cd33_positive_percent=ui.cd33_positive_spin.value(),
            paper_size=ui.paper_size_combo.currentData(),
            units=ui.units_combo.currentData(),
            date_order=ui.date_order_combo.currentData(),
            backup_folder=folder,
            backup_keep=ui.backup_keep_spin.value(),
            backup_interval_hours=ui.backup_interval_spin.value(),
            backup_warn_days=ui.backup_warn_spin.value(),
            fhir_identifier_system=system,
            language=self.language_combo.currentData(),
        )
        return result, problems

    def accept(self) -> None:
        result, problems = self.build()
        if problems:
            self.marker.show(problems)
            return
        self.marker.clear()
        if not self.commit(result):
            return
        self.result_settings = result
        super().accept()
