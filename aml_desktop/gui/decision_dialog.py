"""Record what the clinician decided: accept, or another therapy with a coded reason and free text.

Reasons follow CDS Hooks' override idea (codes.DECISION_REASONS); an override cannot be
saved without a reason and its details. Saved with the clinician's name, the date, and the
ruleset version. A decision is corrected by superseding it (this dialog, with the reason the
earlier one is replaced) or voiding it (``VoidDecisionDialog``): the original stays, marked.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QBoxLayout,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from aml_desktop.engine import codes
from aml_desktop.engine.case import Decision
from aml_desktop.engine.result import Result
from aml_desktop.gui.form_support import EditDialog, ProblemMarker, fill_codes
from aml_desktop.gui.forms.ui_decision_dialog import Ui_DecisionDialog
from aml_desktop.gui.presenters import h
from aml_desktop.gui.words import label
from aml_desktop.present.formats import fmt_date


class DecisionDialog(EditDialog):
    """``decision`` and ``reason_code`` are set when saved."""

    def __init__(
        self,
        result: Result,
        *,
        today: date,
        clinician: str = "",
        parent: QWidget | None = None,
        supersedes: Any = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DecisionDialog()
        self.ui.setupUi(self)
        self.engine_result = result
        self.today = today
        self.decision: Decision | None = None
        self.reason_code: str | None = None
        self.supersede_reason: str | None = None
        ui = self.ui
        primary = result.recommendation.primary
        self.recommended = primary.category
        regs = ", ".join(label(r) for r in primary.regimens)
        recommended = f"<b>{h(label(primary.category))}</b>" + (f" ({h(regs)})" if regs else "")
        ruleset = h(self.tr("ruleset {version}").format(version=result.ruleset_version))
        ui.recommended_label.setText(
            self.tr("Recommended: {therapy}").format(therapy=recommended)
            + f"<br><span style='color:#555'>{ruleset}</span>"
        )
        fill_codes(ui.chosen_category_combo, [c for c in codes.CATEGORIES if c != "not_applicable"])
        fill_codes(ui.reason_combo, codes.DECISION_REASONS, none_text=self.tr("— choose a reason —"))
        ui.clinician_edit.setText(clinician)
        ui.decision_date_edit.set_range(date(1900, 1, 1), today)
        ui.decision_date_edit.required = True
        ui.decision_date_edit.set_date(today)
        ui.reason_text_edit.setPlaceholderText(self.tr("Why another therapy (required when overriding)"))
        # Superseding: which decision this replaces, and why (required; the original stays, marked).
        self.supersedes = supersedes
        self.supersede_reason_edit: QPlainTextEdit | None = None
        if supersedes is not None:
            self._add_supersede_fields(supersedes)
        if primary.category == "not_applicable":
            ui.accept_radio.setEnabled(False)
            ui.accept_radio.setText(self.tr("Accept (nothing is recommended now)"))
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
                "date": ui.decision_date_edit,
                **({"supersede_reason": self.supersede_reason_edit} if self.supersede_reason_edit else {}),
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
            problems.append(("clinician", self.tr("your name is required: the decision is signed")))
        chosen = ui.chosen_category_combo.currentData() if self.overriding() else self.recommended
        reason_code = ui.reason_combo.currentData() if self.overriding() else None
        details = ui.reason_text_edit.toPlainText().strip()
        if self.overriding():
            if chosen == self.recommended:
                problems.append(("chosen", self.tr("is the recommended therapy: choose “Accept” instead")))
            if reason_code is None:
                problems.append(("reason_code", self.tr("a reason is required when you choose another therapy")))
            if not details:
                why = self.tr("say why another therapy was chosen (the details are required)")
                problems.append(("override_reason", why))
        if self.supersede_reason_edit is not None and not self.supersede_reason_edit.toPlainText().strip():
            problems.append(("supersede_reason", self.tr("say why the earlier decision is replaced")))
        regimen = ui.regimen_combo.currentText().strip() or None
        day = ui.decision_date_edit.date()
        if problems or day is None:
            self.marker.show(problems)
            return
        # The coded reason is kept beside the decision; the text is the clinician's words only,
        # so a printed reason never repeats itself ("Patient preference: Patient preference").
        override_reason = details if self.overriding() else None
        self.decision = Decision(
            date=day,
            recommended=self.recommended,
            chosen=chosen,
            regimen=regimen,
            override_reason=override_reason,
            clinician=clinician,
        )
        self.reason_code = reason_code
        self.supersede_reason = (
            self.supersede_reason_edit.toPlainText().strip() if self.supersede_reason_edit is not None else None
        )
        if not self.commit(self.decision):
            return
        super().accept()

    def _add_supersede_fields(self, record: Any) -> None:
        d = record.decision
        self.setWindowTitle(self.tr("Replace a decision"))
        note = QLabel(
            h(
                self.tr(
                    "This replaces the decision of {date} ({therapy}). "
                    "The earlier decision stays in the record, marked as superseded."
                ).format(date=fmt_date(d.date), therapy=label(d.chosen))
            )
        )
        note.setWordWrap(True)
        note.setObjectName("supersede_note_label")
        self.supersede_reason_edit = QPlainTextEdit()
        self.supersede_reason_edit.setObjectName("supersede_reason_edit")
        self.supersede_reason_edit.setPlaceholderText(self.tr("Why the earlier decision is replaced (required)"))
        self.supersede_reason_edit.setMaximumHeight(70)
        caption = QLabel(self.tr("Why &replaced:"))
        caption.setBuddy(self.supersede_reason_edit)
        layout = self.layout()
        assert isinstance(layout, QBoxLayout)
        layout.insertWidget(0, note)
        row = QFormLayout()
        row.addRow(caption, self.supersede_reason_edit)
        layout.insertLayout(1, row)


class VoidDecisionDialog(EditDialog):
    """Void a decision entered in error: the reason is required; the decision stays, marked void."""

    def __init__(self, record: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        d = record.decision
        self.setWindowTitle(self.tr("Void a decision"))
        self.reason: str | None = None
        therapy = h(label(d.chosen)) + (f" ({h(label(d.regimen))})" if d.regimen else "")
        intro = QLabel(
            self.tr("Void the decision of {date}: {therapy}.").format(
                date=f"<b>{h(fmt_date(d.date))}</b>", therapy=therapy
            )
            + "<br>"
            + h(self.tr("It stays in the record and on the printed summary, marked as void."))
        )
        intro.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("void_reason_edit")
        self.reason_edit.setPlaceholderText(
            self.tr("Why is this decision void? (for example: entered for the wrong patient)")
        )
        caption = QLabel(self.tr("&Reason:"))
        caption.setBuddy(self.reason_edit)
        self.problems_label = QLabel()
        self.problems_label.setStyleSheet("color: #a40000;")
        self.problems_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Void decision"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(caption, self.reason_edit)
        layout.addLayout(form)
        layout.addWidget(self.problems_label)
        layout.addWidget(buttons)
        self.marker = ProblemMarker(self.problems_label, {"reason": self.reason_edit})
        self.setup_buttons(buttons)
        self.track_changes()

    def accept(self) -> None:
        reason = self.reason_edit.toPlainText().strip()
        if not reason:
            self.marker.show([("reason", self.tr("say why the decision is void"))])
            return
        self.reason = reason
        if not self.commit(reason):
            return
        super().accept()
