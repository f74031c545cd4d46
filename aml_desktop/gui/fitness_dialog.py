"""Fitness for intensive chemotherapy: ECOG, the clinician's judgement, and the Ferrara 2013 form.

The judgement stays the clinician's (clinical-spec.md §3); the ticked Ferrara criteria are
kept in ``extensions["aml_desktop"]["fitness_criteria"]`` and the dialog says what they
suggest and what the engine's default rule would conclude if no judgement is recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QWidget

from aml_desktop.engine.app_data import app_data, updated_extensions
from aml_desktop.engine.case import Case
from aml_desktop.engine.case_io import CaseError, case_to_dict, parse_case
from aml_desktop.engine.settings import EngineSettings
from aml_desktop.gui.form_support import EditDialog, ProblemMarker, date_text, select_data
from aml_desktop.gui.forms.ui_fitness_dialog import Ui_FitnessDialog
from aml_desktop.gui.presenters import h
from aml_desktop.gui.words import label
from aml_desktop.present.formats import age_on, not_recorded
from aml_desktop.present.vocabulary import FERRARA_CRITERIA

# Codes stored for the ticked criteria (the check box object names without "_check"); words from the vocabulary.
CRITERIA = FERRARA_CRITERIA


class FitnessDialog(EditDialog):
    def __init__(
        self,
        case: Case,
        *,
        today: date,
        settings: EngineSettings,
        parent: QWidget | None = None,
        saver: Callable[[Case], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.saver = saver
        self.ui = Ui_FitnessDialog()
        self.ui.setupUi(self)
        self.case = case
        self.today = today
        self.settings = settings
        self.result_case: Case | None = None
        ui = self.ui
        ui.ecog_combo.addItem(not_recorded(), None)
        ecog_words = (
            self.tr("fully active"),
            self.tr("restricted in strenuous activity"),
            self.tr("ambulatory, no work, up > 50 % of day"),
            self.tr("limited self-care, in bed > 50 % of day"),
            self.tr("completely disabled"),
            self.tr("dead"),
        )
        for score, words in enumerate(ecog_words):
            ui.ecog_combo.addItem(f"{score} — {words}", score)
        ui.fit_combo.addItem(self.tr("not judged (the default rule applies)"), None)
        ui.fit_combo.addItem(self.tr("yes — fit for intensive chemotherapy"), True)
        ui.fit_combo.addItem(self.tr("no — not fit for intensive chemotherapy"), False)
        self.checks: dict[str, QCheckBox] = {code: getattr(ui, f"{code}_check") for code in CRITERIA}
        f = case.fitness
        ui.fitness_date_edit.set_range(date(1900, 1, 1), today)
        ui.fitness_date_edit.set_date(f.date if f and f.date else today)
        if f is not None:
            select_data(ui.ecog_combo, f.ecog)
            select_data(ui.fit_combo, f.fit_for_intensive)
        ticked = set(app_data(case).fitness_criteria)
        for code, box in self.checks.items():
            box.setText(label(code))
            box.setChecked(code in ticked)
            box.toggled.connect(self._update_guidance)
        ui.ecog_combo.currentIndexChanged.connect(self._update_guidance)
        ui.fit_combo.currentIndexChanged.connect(self._update_guidance)
        self.marker = ProblemMarker(
            ui.problems_label,
            {
                "fitness.date": ui.fitness_date_edit,
                "fitness.ecog": ui.ecog_combo,
                "fitness.fit_for_intensive": ui.fit_combo,
            },
        )
        self._update_guidance()
        self.setup_buttons(ui.button_box)
        self.track_changes()

    def ticked(self) -> list[str]:
        return [code for code, box in self.checks.items() if box.isChecked()]

    def _update_guidance(self, *_: Any) -> None:
        from aml_desktop.engine.fitness import judge_fitness

        ui = self.ui
        lines = []
        ticked = self.ticked()
        if ticked:
            met = (
                self.tr("1 Ferrara criterion met")
                if len(ticked) == 1
                else self.tr("{count} Ferrara criteria met").format(count=len(ticked))
            )
            unfit = self.tr("by Ferrara 2013 the patient is unfit for intensive chemotherapy.")
            lines.append(f"<b>{h(met)}</b>: {h(unfit)}")
            if ui.fit_combo.currentData() is True:
                warning = self.tr(
                    "You judged the patient fit although a criterion is met: please make sure this is intended."
                )
                lines.append(f"<span style='color:#8a4b00'>{h(warning)}</span>")
        age = age_on(self.case.patient.birth_date, self.today)
        probe = replace(self.case, fitness=_fitness_obj(ui.ecog_combo.currentData(), None))
        default = judge_fitness(probe, age=age, as_of=self.today, settings=self.settings)
        lines.append(h(self.tr("Without a judgement, the engine concludes: {reason}.").format(reason=default.reason)))
        lines.append(h(self.tr("The treating clinician decides; the form helps.")))
        ui.guidance_label.setText("<br>".join(lines))

    def accept(self) -> None:
        ui = self.ui
        data = case_to_dict(self.case)
        fitness: dict[str, Any] = {}
        day = date_text(ui.fitness_date_edit)
        if day:
            fitness["date"] = day
        if ui.ecog_combo.currentData() is not None:
            fitness["ecog"] = ui.ecog_combo.currentData()
        if ui.fit_combo.currentData() is not None:
            fitness["fit_for_intensive"] = ui.fit_combo.currentData()
        data["fitness"] = fitness
        data["extensions"] = updated_extensions(data.get("extensions"), fitness_criteria=self.ticked())
        problems: list[tuple[str, str]] = []
        try:
            parsed = parse_case(data)
        except CaseError as error:
            problems = [(p.path, p.message) for p in error.problems] + problems
            parsed = None
        if problems or parsed is None or self.marker.date_problems():
            self.marker.show(problems)
            return
        result = replace(self.case, fitness=parsed.fitness, extensions=parsed.extensions)
        if not self.commit(result):
            return
        self.result_case = result
        super().accept()


def _fitness_obj(ecog: int | None, fit: bool | None) -> Any:
    from aml_desktop.engine.case import Fitness

    return Fitness(date=None, ecog=ecog, fit_for_intensive=fit)
