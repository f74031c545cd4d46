"""New patient / edit patient: demographics, diagnosis and height/weight, validated by the engine.

The form is turned into the ``aml-case/1`` dict and checked with ``parse_case``; every
problem is shown next to its field and nothing is returned until the case is valid.
The karyotype is read live so the clinician sees which lesions the engine found.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidgetItem, QWidget

from aml_desktop.engine import codes
from aml_desktop.engine.app_data import app_block, updated_extensions
from aml_desktop.engine.case import Case
from aml_desktop.engine.case_io import CaseError, case_to_dict, parse_case
from aml_desktop.gui.date_field import DateField, parse_date_text
from aml_desktop.gui.date_field import words as date_words
from aml_desktop.gui.form_support import (
    EditDialog,
    ProblemMarker,
    append_row,
    date_text,
    fill_codes,
    fill_tristate,
    layout_holding,
    mutation_rows,
    number_text,
    parse_genes,
    parse_number,
    remove_selected_row,
    select_data,
    set_mutation_rows,
    set_table_rows,
    setup_mutation_table,
    table_rows,
)
from aml_desktop.gui.forms.ui_patient_dialog import Ui_PatientDialog
from aml_desktop.gui.mutation_table import GeneListNotes, MutationTable
from aml_desktop.gui.words import label
from aml_desktop.present.formats import not_recorded

MEASUREMENTS_PATH = "extensions.aml_desktop.measurements"


def karyotype_summary(text: str) -> str:
    """What the engine reads from a karyotype, in words (shown live under the field)."""
    from aml_desktop.engine.karyotype import read_karyotype

    if not text.strip():
        return QCoreApplication.translate("PatientDialog", "No karyotype recorded: ELN risk may be unknown.")
    reading = read_karyotype(text)
    parts = []
    if not reading.readable:
        parts.append(QCoreApplication.translate("PatientDialog", "Not read as a karyotype."))
    elif reading.normal:
        parts.append(QCoreApplication.translate("PatientDialog", "Normal karyotype."))
    else:
        lesions = sorted(x for x in reading.lesions if x != "other")
        if lesions:
            parts.append(
                QCoreApplication.translate("PatientDialog", "Lesions: {lesions}.").format(
                    lesions=", ".join(label(x) for x in lesions)
                )
            )
        count = reading.abnormality_count
        many = QCoreApplication.translate("PatientDialog", "{count} abnormalities.")
        parts.append(
            (QCoreApplication.translate("PatientDialog", "1 abnormality.") if count == 1 else many).format(count=count)
        )
        if reading.complex_2017:
            parts.append(QCoreApplication.translate("PatientDialog", "Complex (ELN 2017)."))
        if reading.monosomal_2017:
            parts.append(QCoreApplication.translate("PatientDialog", "Monosomal (ELN 2017)."))
    parts.extend(reading.warnings)
    return " ".join(parts)


class PatientDialog(EditDialog):
    """Edits ``Patient`` and ``Diagnosis`` (and measurements); ``case()`` is the validated result."""

    def __init__(
        self,
        case: Case | None,
        *,
        today: date,
        parent: QWidget | None = None,
        saver: Callable[[Case], Any] | None = None,
        number_owner: Callable[[str], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.saver = saver
        # Which other patient holds a hospital number ("Amina Diallo"), checked as it is typed; None: nobody.
        self.number_owner = number_owner
        self.ui = Ui_PatientDialog()
        self.ui.setupUi(self)
        self.today = today
        self.base = case
        self.result_case: Case | None = None
        ui = self.ui
        self.setWindowTitle(self.tr("Edit patient and diagnosis") if case else self.tr("New patient"))
        fill_codes(ui.sex_combo, codes.SEXES, none_text=not_recorded())
        fill_tristate(ui.extramedullary_combo, yes=self.tr("yes (extramedullary disease)"))
        for code in codes.CYTOGENETIC_FINDINGS:
            item = QListWidgetItem(label(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.findings_list.addItem(item)
        ui.findings_list.setToolTip(
            self.tr("Findings from other tests (FISH, RT-PCR) that the karyotype text does not show")
        )
        setup_mutation_table(ui.mutations_table)
        self.mutation_table = MutationTable(ui.mutations_table)
        self.tested_notes = GeneListNotes(ui.tested_genes_edit)
        ui.measurements_table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Height (cm)"), self.tr("Weight (kg)")]
        )
        ui.measurements_table.horizontalHeader().setStretchLastSection(True)
        ui.measurements_table.setColumnWidth(0, 110)
        date_header = ui.measurements_table.horizontalHeaderItem(0)
        if date_header is not None:
            date_header.setToolTip(self.tr("YYYY-MM-DD"))
        ui.measurements_table.verticalHeader().setVisible(False)
        ui.measurements_table.setProperty("caption", self.tr("Height and weight"))
        for edit in (ui.birth_date_edit, ui.diagnosis_date_edit):
            edit.set_range(date(1900, 1, 1), today)
            edit.required = True
        self.number_label = QLabel()
        self.number_label.setObjectName("hospital_number_check_label")
        self.number_label.setWordWrap(True)
        self.number_label.setStyleSheet("color: #a40000;")
        self.number_label.hide()
        form = layout_holding(ui.patient_group.layout(), ui.hospital_number_edit)
        position: Any = form.getWidgetPosition(ui.hospital_number_edit)
        form.insertRow(int(position[0]) + 1, "", self.number_label)
        ui.hospital_number_edit.textChanged.connect(self._check_number)
        ui.add_mutation_button.clicked.connect(self.mutation_table.add_row)
        ui.remove_mutation_button.clicked.connect(lambda: remove_selected_row(ui.mutations_table))
        ui.add_measurement_button.clicked.connect(
            lambda: append_row(ui.measurements_table, [today.isoformat(), "", ""])
        )
        ui.remove_measurement_button.clicked.connect(lambda: remove_selected_row(ui.measurements_table))
        ui.karyotype_edit.textChanged.connect(self._update_karyotype)
        self.marker = ProblemMarker(
            ui.problems_label,
            {
                "patient.hospital_number": ui.hospital_number_edit,
                "patient.name": ui.name_edit,
                "patient.sex": ui.sex_combo,
                "patient.birth_date": ui.birth_date_edit,
                "diagnosis.date": ui.diagnosis_date_edit,
                "diagnosis.karyotype": ui.karyotype_edit,
                "diagnosis.cytogenetic_findings": ui.findings_list,
                "diagnosis.mutations": ui.mutations_table,
                "diagnosis.tested_genes": ui.tested_genes_edit,
                "diagnosis.cd33_percent": ui.cd33_edit,
                "diagnosis.extramedullary": ui.extramedullary_combo,
                "diagnosis.wbc": ui.wbc_edit,
                MEASUREMENTS_PATH: ui.measurements_table,
            },
        )
        self._fill(case)
        self.setup_buttons(ui.button_box)
        self.track_changes()

    # ------------------------------------------------------------------ fill / read

    def _fill(self, case: Case | None) -> None:
        ui = self.ui
        if case is None:  # nothing pre-filled: a birth date must be one the user entered
            self._update_karyotype("")
            return
        p, d = case.patient, case.diagnosis
        ui.hospital_number_edit.setText(p.hospital_number or "")
        ui.name_edit.setText(p.name or "")
        select_data(ui.sex_combo, p.sex)
        ui.birth_date_edit.set_date(p.birth_date)
        ui.diagnosis_date_edit.set_date(d.date)
        ui.karyotype_edit.setText(d.karyotype or "")
        for i in range(ui.findings_list.count()):
            item = ui.findings_list.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in d.cytogenetic_findings
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        set_mutation_rows(ui.mutations_table, d.mutations)
        ui.tested_genes_edit.setText(", ".join(d.tested_genes))
        ui.cd33_edit.setText(number_text(d.cd33_percent))
        select_data(ui.extramedullary_combo, d.extramedullary)
        ui.wbc_edit.setText(number_text(d.wbc))
        rows = []
        for m in _raw_measurements(case):
            rows.append([str(m.get("date", "")), number_text(m.get("height_cm")), number_text(m.get("weight_kg"))])
        set_table_rows(ui.measurements_table, rows)
        self._update_karyotype(ui.karyotype_edit.text())

    def _update_karyotype(self, text: str) -> None:
        self.ui.karyotype_reading_label.setText(karyotype_summary(text))

    def form_dict(self) -> dict[str, Any]:
        """The whole case as ``aml-case/1`` with this form's sections replaced."""
        ui = self.ui
        if self.base is not None:
            data = case_to_dict(self.base)
        else:
            data = {"format": "aml-case/1", "courses": [], "assessments": [], "decisions": [], "extensions": {}}
        patient: dict[str, Any] = {"birth_date": date_text(ui.birth_date_edit)}
        if self.base is not None and self.base.patient.id:
            patient["id"] = self.base.patient.id
        for key, text in (("hospital_number", ui.hospital_number_edit.text()), ("name", ui.name_edit.text())):
            if text.strip():
                patient[key] = text.strip()
        if ui.sex_combo.currentData() is not None:
            patient["sex"] = ui.sex_combo.currentData()
        data["patient"] = patient
        diagnosis: dict[str, Any] = {"date": date_text(ui.diagnosis_date_edit)}
        if ui.karyotype_edit.text().strip():
            diagnosis["karyotype"] = ui.karyotype_edit.text().strip()
        findings = [
            ui.findings_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(ui.findings_list.count())
            if ui.findings_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        if findings:
            diagnosis["cytogenetic_findings"] = findings
        diagnosis["mutations"] = mutation_rows(ui.mutations_table)
        diagnosis["tested_genes"] = parse_genes(ui.tested_genes_edit.text())
        for key, text in (("cd33_percent", ui.cd33_edit.text()), ("wbc", ui.wbc_edit.text())):
            value = parse_number(text)
            if value is not None:
                diagnosis[key] = value
        if ui.extramedullary_combo.currentData() is not None:
            diagnosis["extramedullary"] = ui.extramedullary_combo.currentData()
        data["diagnosis"] = diagnosis
        rows = [
            {
                k: v
                for k, v in (
                    ("date", iso_or_typed(d)),
                    ("height_cm", parse_number(hgt)),
                    ("weight_kg", parse_number(wgt)),
                )
                if v is not None
            }
            for d, hgt, wgt in table_rows(ui.measurements_table)
        ]
        data["extensions"] = updated_extensions(data.get("extensions"), measurements=rows)
        return data

    # ------------------------------------------------------------------ validation

    def _check_number(self, text: str) -> str | None:
        """As the hospital number is typed: say at once when another patient already has it."""
        owner = None
        number = text.strip()
        if number and self.number_owner is not None:
            owner = self.number_owner(number)
        taken = self.tr("{number} is already the hospital number of {owner}").format(number=number, owner=owner)
        message = taken if owner else None
        self.number_label.setText(message or "")
        self.number_label.setVisible(bool(message))
        return message

    def validate(self) -> Case | None:
        data = self.form_dict()
        problems: list[tuple[str, str]] = []
        if not self.ui.name_edit.text().strip() and not self.ui.hospital_number_edit.text().strip():
            problems.append(("patient.name", self.tr("enter the patient's name or hospital number (or both)")))
        taken = self._check_number(self.ui.hospital_number_edit.text())
        if taken:
            problems.append(("patient.hospital_number", taken))
        problems += measurement_problems(list(app_block(data["extensions"]).get("measurements") or []), self.today)
        case = None
        try:
            case = parse_case(data)
        except CaseError as error:
            problems = [(p.path, p.message) for p in error.problems] + problems
        if problems or self.marker.date_problems():
            self.marker.show(problems)
            return None
        self.marker.clear()
        assert case is not None
        if self.base is not None:
            case = replace(case, as_of=self.base.as_of, formulary=self.base.formulary)
        return case

    def accept(self) -> None:
        case = self.validate()
        if case is None or not self.commit(case):
            return
        self.result_case = case
        super().accept()


def _raw_measurements(case: Case) -> list[dict[str, Any]]:
    """The rows as written (an entry the engine cannot read is shown as it is, to be corrected)."""
    items = app_block(case.extensions).get("measurements")
    return [m for m in items if isinstance(m, dict)] if isinstance(items, list) else []


def iso_or_typed(text: str) -> str:
    """A table cell's date as ISO when it reads as one (also day first, per the clinic), else as typed."""
    when = parse_date_text(text, DateField.order)
    return when.isoformat() if isinstance(when, date) else text


def measurement_problems(items: list[dict[str, Any]], today: date) -> list[tuple[str, str]]:
    """Height/weight rows checked with the engine's plausibility ranges (bsa.check_*)."""
    from aml_desktop.engine.bsa import check_height_cm, check_weight_kg

    problems = []
    for i, m in enumerate(items):
        path = f"{MEASUREMENTS_PATH}[{i}]"
        when = parse_date_text(str(m.get("date") or ""), DateField.order)  # the date fields' one reading
        if isinstance(when, date) and when > today:
            text = QCoreApplication.translate("PatientDialog", "row {row}: the date {date} is in the future").format(
                row=i + 1, date=date_words(when)
            )
            problems.append((f"{path}.date", text))
        elif not isinstance(when, date):
            why = when or QCoreApplication.translate("PatientDialog", "the date is required")
            problems.append(
                (
                    f"{path}.date",
                    QCoreApplication.translate("PatientDialog", "row {row}: {problem}").format(row=i + 1, problem=why),
                )
            )
        for key, check in (("height_cm", check_height_cm), ("weight_kg", check_weight_kg)):
            value = m.get(key)
            if value is None:
                if key == "weight_kg":
                    text = QCoreApplication.translate("PatientDialog", "row {row}: the weight is required").format(
                        row=i + 1
                    )
                    problems.append((f"{path}.{key}", text))
                continue
            try:
                check(value)
            except ValueError as error:
                name = (
                    QCoreApplication.translate("PatientDialog", "Height")
                    if key == "height_cm"
                    else QCoreApplication.translate("PatientDialog", "Weight")
                )
                words = str(error).replace(key, name, 1)
                problems.append(
                    (
                        f"{path}.{key}",
                        QCoreApplication.translate("PatientDialog", "row {row}: {problem}").format(
                            row=i + 1, problem=words
                        ),
                    )
                )
    return problems
