"""Record what the clinician decided: accept, or another therapy with a coded reason and free text.

Reasons follow CDS Hooks' override idea (codes.DECISION_REASONS); an override cannot be
saved without one. Saved with the clinician's name, the date, and the ruleset version.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from aml_desktop.engine import codes
from aml_desktop.engine.case import Decision
from aml_desktop.engine.result import Result
from aml_desktop.gui.form_support import EditDialog, ProblemMarker, fill_codes, from_qdate, to_qdate
from aml_desktop.gui.forms.ui_decision_dialog import Ui_DecisionDialog
from aml_desktop.gui.presenters import h
from aml_desktop.gui.words import label


class DecisionDialog(EditDialog):
    """``decision`` and ``reason_code`` are set when saved."""

    def __init__(self, result: Result, *, today: date, clinician: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DecisionDialog()
        self.ui.setupUi(self)
        self.engine_result = result
        self.today = today
        self.decision: Decision | None = None
        self.reason_code: str | None = None
        ui = self.ui
        primary = result.recommendation.primary
        self.recommended = primary.category
        regs = ", ".join(label(r) for r in primary.regimens)
        ui.recommended_label.setText(
            f"Recommended: <b>{h(label(primary.category))}</b>"
            + (f" ({h(regs)})" if regs else "")
            + f"<br><span style='color:#555'>ruleset {h(result.ruleset_version)}</span>"
        )
        fill_codes(ui.chosen_category_combo, [c for c in codes.CATEGORIES if c != "not_applicable"])
        fill_codes(ui.reason_combo, codes.DECISION_REASONS, none_text="— choose a reason —")
        ui.clinician_edit.setText(clinician)
        ui.decision_date_edit.setDate(to_qdate(today))
        ui.decision_date_edit.setMaximumDate(to_qdate(today))
        if primary.category == "not_applicable":
            ui.accept_radio.setEnabled(False)
            ui.accept_radio.setText("Accept (nothing is recommended now)")
            ui.override_radio.setChecked(True)
        ui.accept_radio.toggled.connect(self._update_mode)
        ui.chosen_category_combo.currentIndexChanged.connect(self._fill_regimens)
        self.marker = ProblemMarker(
            ui.problems_label,
            {
                "chosen": ui.chosen_category_combo,
                "regimen": ui.regimen_combo,
                "reason_code": ui.reason_combo,
                "override_reason": ui.reason_text_edit,
                "clinician": ui.clinician_edit,
            },
        )
        self._update_mode()
        self.setup_buttons(ui.button_box)
        self.track_changes()

    def overriding(self) -> bool:
        return self.ui.override_radio.isChecked()

    def _update_mode(self, *_: Any) -> None:
        ui = self.ui
        on = self.overriding()
        for w in (ui.chosen_category_combo, ui.reason_combo, ui.reason_text_edit):
            w.setEnabled(on)
        self._fill_regimens()

    def _fill_regimens(self, *_: Any) -> None:
        from aml_desktop.engine.catalog import load_catalog

        combo = self.ui.regimen_combo
        combo.clear()
        if self.overriding():
            category = self.ui.chosen_category_combo.currentData()
            regimens = [r.code for r in load_catalog().in_category(category)] if category else []
        else:
            regimens = list(self.engine_result.recommendation.primary.regimens)
        for code in regimens:
            combo.addItem(code, code)

    def accept(self) -> None:
        ui = self.ui
        problems = []
        clinician = ui.clinician_edit.text().strip()
        if not clinician:
            problems.append(("clinician", "your name is required: the decision is signed"))
        chosen = ui.chosen_category_combo.currentData() if self.overriding() else self.recommended
        reason_code = ui.reason_combo.currentData() if self.overriding() else None
        details = ui.reason_text_edit.toPlainText().strip()
        if self.overriding():
            if chosen == self.recommended:
                problems.append(("chosen", "is the recommended therapy: choose “Accept” instead"))
            if reason_code is None:
                problems.append(("reason_code", "a reason is required when you choose another therapy"))
            if reason_code == "other" and not details:
                problems.append(("override_reason", "describe the reason when it is “other”"))
        regimen = ui.regimen_combo.currentText().strip() or None
        if problems:
            self.marker.show(problems)
            return
        override_reason = None
        if self.overriding():
            override_reason = f"{label(reason_code)}: {details}" if details else label(reason_code)
        self.decision = Decision(
            date=from_qdate(ui.decision_date_edit.date()),
            recommended=self.recommended,
            chosen=chosen,
            regimen=regimen,
            override_reason=override_reason,
            clinician=clinician,
        )
        self.reason_code = reason_code
        super().accept()
