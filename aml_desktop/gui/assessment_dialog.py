"""Add or edit one assessment: marrow, counts, MRD, molecular results, and the ELN response it gives.

The response category is computed live by the engine from the whole course with this
assessment in it, so the clinician sees at once whether the entry reads as CR, CRi or
relapse before saving.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from aml_desktop.engine import codes
from aml_desktop.engine.app_data import app_block, updated_extensions
from aml_desktop.engine.case import Assessment, Case
from aml_desktop.engine.case_io import CaseError, case_to_dict, parse_case
from aml_desktop.gui.form_support import (
    EditDialog,
    ProblemMarker,
    date_text,
    fill_codes,
    fill_tristate,
    mutation_rows,
    number_text,
    parse_genes,
    parse_number,
    remove_selected_row,
    select_data,
    set_mutation_rows,
    setup_mutation_table,
)
from aml_desktop.gui.forms.ui_assessment_dialog import Ui_AssessmentDialog
from aml_desktop.gui.mutation_table import GeneListNotes, MutationTable
from aml_desktop.gui.patient_dialog import karyotype_summary, measurement_problems
from aml_desktop.gui.words import label
from aml_desktop.present.formats import not_recorded

NUMBER_FIELDS = ("marrow_blasts_percent", "anc", "platelets", "hemoglobin", "wbc")


class AssessmentDialog(EditDialog):
    """``index`` None adds an assessment; ``molecular=True`` opens with the molecular test ticked."""

    def __init__(
        self,
        case: Case,
        index: int | None,
        *,
        today: date,
        molecular: bool = False,
        parent: QWidget | None = None,
        saver: Callable[[Case], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.saver = saver
        self.ui = Ui_AssessmentDialog()
        self.ui.setupUi(self)
        self.case = case
        self.index = index
        self.today = today
        self.result_case: Case | None = None
        ui = self.ui
        self.setWindowTitle(self.tr("Edit assessment") if index is not None else self.tr("Add assessment"))
        fill_tristate(ui.circulating_blasts_combo, yes=self.tr("yes (blasts in the blood)"), no=self.tr("none"))
        fill_tristate(ui.extramedullary_combo, yes=self.tr("yes (extramedullary disease)"), no=self.tr("none"))
        fill_codes(ui.mrd_status_combo, codes.MRD_STATUSES, none_text=self.tr("not done"))
        fill_codes(ui.mrd_method_combo, codes.MRD_METHODS, none_text=not_recorded())
        setup_mutation_table(ui.mutations_table)
        self.mutation_table = MutationTable(ui.mutations_table)
        self.tested_notes = GeneListNotes(ui.tested_genes_edit)
        ui.assessment_date_edit.set_range(date(1900, 1, 1), today)
        ui.assessment_date_edit.required = True
        self.number_edits = {
            "marrow_blasts_percent": ui.marrow_blasts_edit,
            "anc": ui.anc_edit,
            "platelets": ui.platelets_edit,
            "hemoglobin": ui.hemoglobin_edit,
            "wbc": ui.wbc_edit,
        }
        ui.add_mutation_button.clicked.connect(self.mutation_table.add_row)
        ui.remove_mutation_button.clicked.connect(lambda: remove_selected_row(ui.mutations_table))
        ui.molecular_tested_check.toggled.connect(self._update_enabled)
        ui.mrd_status_combo.currentIndexChanged.connect(self._update_enabled)
        ui.karyotype_edit.textChanged.connect(
            lambda text: ui.karyotype_reading_label.setText(karyotype_summary(text) if text.strip() else "")
        )
        self.marker = ProblemMarker(ui.problems_label, {})
        self._fill(case.assessments[index] if index is not None else None, molecular)
        for edit in (*self.number_edits.values(), ui.mrd_value_edit):
            edit.textChanged.connect(self._update_response)
        for combo in (ui.circulating_blasts_combo, ui.extramedullary_combo, ui.mrd_status_combo):
            combo.currentIndexChanged.connect(self._update_response)
        ui.assessment_date_edit.changed.connect(self._update_response)
        self._update_enabled()
        self._update_response()
        self.setup_buttons(ui.button_box)
        self.track_changes()

    def _fill(self, a: Assessment | None, molecular: bool) -> None:
        ui = self.ui
        if a is None:
            ui.molecular_tested_check.setChecked(molecular)
            return
        ui.assessment_date_edit.set_date(a.date)
        for key, edit in self.number_edits.items():
            edit.setText(number_text(getattr(a, key)))
        select_data(ui.circulating_blasts_combo, a.circulating_blasts)
        select_data(ui.extramedullary_combo, a.extramedullary)
        if a.mrd is not None:
            select_data(ui.mrd_status_combo, a.mrd.status)
            select_data(ui.mrd_method_combo, a.mrd.method)
            ui.mrd_value_edit.setText(number_text(a.mrd.value))
        ui.molecular_tested_check.setChecked(molecular or a.has_molecular_result)
        set_mutation_rows(ui.mutations_table, a.mutations or ())
        ui.tested_genes_edit.setText(", ".join(a.tested_genes or ()))
        ui.karyotype_edit.setText(a.karyotype or "")

    def _update_enabled(self, *_: Any) -> None:
        ui = self.ui
        on = ui.molecular_tested_check.isChecked()
        for w in (ui.mutations_table, ui.add_mutation_button, ui.remove_mutation_button, ui.tested_genes_edit):
            w.setEnabled(on)
        mrd = ui.mrd_status_combo.currentData() is not None
        ui.mrd_method_combo.setEnabled(mrd)
        ui.mrd_value_edit.setEnabled(mrd)

    # ------------------------------------------------------------------ building

    def assessment_dict(self) -> dict[str, Any]:
        ui = self.ui
        out: dict[str, Any] = {"date": date_text(ui.assessment_date_edit)}
        for key, edit in self.number_edits.items():
            value = parse_number(edit.text())
            if value is not None:
                out[key] = value
        for key, combo in (
            ("circulating_blasts", ui.circulating_blasts_combo),
            ("extramedullary", ui.extramedullary_combo),
        ):
            if combo.currentData() is not None:
                out[key] = combo.currentData()
        if ui.mrd_status_combo.currentData() is not None:
            mrd: dict[str, Any] = {"status": ui.mrd_status_combo.currentData()}
            if ui.mrd_method_combo.currentData() is not None:
                mrd["method"] = ui.mrd_method_combo.currentData()
            value = parse_number(ui.mrd_value_edit.text())
            if value is not None:
                mrd["value"] = value
            out["mrd"] = mrd
        if ui.molecular_tested_check.isChecked():
            out["mutations"] = mutation_rows(ui.mutations_table)
            out["tested_genes"] = parse_genes(ui.tested_genes_edit.text())
        if ui.karyotype_edit.text().strip():
            out["karyotype"] = ui.karyotype_edit.text().strip()
        elif self.index is not None and self.case.assessments[self.index].cytogenetic_findings is not None:
            out["cytogenetic_findings"] = list(self.case.assessments[self.index].cytogenetic_findings or ())
        return out

    def _case_dict(self) -> tuple[dict[str, Any], int]:
        data = case_to_dict(self.case)
        items = data["assessments"]
        if self.index is None:
            items.append(self.assessment_dict())
            position = len(items) - 1
        else:
            items[self.index] = self.assessment_dict()
            position = self.index
        measurement = self._measurement()
        if measurement:
            earlier = list(app_block(data.get("extensions")).get("measurements") or [])
            data["extensions"] = updated_extensions(data.get("extensions"), measurements=[*earlier, measurement])
        return data, position

    def _measurement(self) -> dict[str, Any] | None:
        ui = self.ui
        height = parse_number(ui.height_edit.text())
        weight = parse_number(ui.weight_edit.text())
        if height is None and weight is None:
            return None
        out: dict[str, Any] = {"date": date_text(ui.assessment_date_edit)}
        if height is not None:
            out["height_cm"] = height
        if weight is not None:
            out["weight_kg"] = weight
        return out

    def _update_response(self, *_: Any) -> None:
        """Show the ELN response this assessment reads as, when the entry is valid so far."""
        data, position = self._case_dict()
        try:
            case = parse_case(data)
            from aml_desktop.engine.course import classify_assessments

            responses = classify_assessments(case)
        except (CaseError, ValueError, KeyError):
            self.ui.response_label.setText("")
            return
        for response in responses:
            if response.index == position:
                words = label(response.category)
                self.ui.response_label.setText(
                    self.tr("ELN response of this assessment: {response}").format(response=f"<b>{words}</b>")
                )
                return
        self.ui.response_label.setText("")

    def accept(self) -> None:
        data, position = self._case_dict()
        prefix = f"assessments[{position}]"
        ui = self.ui
        fields: dict[str, QWidget] = {f"{prefix}.{k}": w for k, w in self.number_edits.items()}
        fields.update(
            {
                f"{prefix}.date": ui.assessment_date_edit,
                f"{prefix}.circulating_blasts": ui.circulating_blasts_combo,
                f"{prefix}.extramedullary": ui.extramedullary_combo,
                f"{prefix}.mrd.status": ui.mrd_status_combo,
                f"{prefix}.mrd.method": ui.mrd_method_combo,
                f"{prefix}.mrd.value": ui.mrd_value_edit,
                f"{prefix}.mrd": ui.mrd_status_combo,
                f"{prefix}.mutations": ui.mutations_table,
                f"{prefix}.tested_genes": ui.tested_genes_edit,
                f"{prefix}.karyotype": ui.karyotype_edit,
                "measurement.height_cm": ui.height_edit,
                "measurement.weight_kg": ui.weight_edit,
                "measurement.date": ui.assessment_date_edit,
            }
        )
        self.marker.fields = fields
        problems: list[tuple[str, str]] = []
        measurement = self._measurement()
        if measurement is not None:
            for path, message in measurement_problems([measurement], self.today):
                problems.append(("measurement." + path.rsplit(".", 1)[1], message))
        try:
            parsed = parse_case(data)
        except CaseError as error:
            problems = [(p.path, p.message) for p in error.problems] + problems
            parsed = None
        if problems or parsed is None or self.marker.date_problems():
            self.marker.show(problems)
            return
        self.marker.clear()
        ordered = tuple(sorted(parsed.assessments, key=lambda a: a.date))
        result = replace(self.case, assessments=ordered, extensions=parsed.extensions)
        if not self.commit(result):
            return
        self.result_case = result
        super().accept()


def response_labels(case: Case) -> dict[int, str]:
    """Assessment index -> the ELN response category's words (empty when the engine cannot say)."""
    from aml_desktop.engine.course import classify_assessments

    try:
        return {r.index: label(r.category) for r in classify_assessments(case)}
    except (ValueError, KeyError):
        return {}
