"""Every screen opens with real data, and is photographed offscreen.

Set ``AML_DESKTOP_SCREENSHOTS=docs/screenshots`` to keep the pictures for the README.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from aml_desktop.engine.case import Decision
from aml_desktop.gui.assessment_dialog import AssessmentDialog
from aml_desktop.gui.course_dialog import CourseDialog
from aml_desktop.gui.decision_dialog import DecisionDialog
from aml_desktop.gui.fitness_dialog import FitnessDialog
from aml_desktop.gui.guide import GuideDialog
from aml_desktop.gui.patient_dialog import PatientDialog
from aml_desktop.gui.settings_dialog import SettingsDialog
from aml_desktop.gui.summary_dialog import SummaryDialog
from tests.gui.gui_helpers import TODAY, select_patient


@pytest.fixture
def demo_window(store: Any, controller: Any, window: Any, paper_ids: dict[str, str]) -> Any:
    """The demo clinic plus the paper's patient 1 with height and weight, selected."""
    from aml_desktop.services.demo import make_demo_clinic

    make_demo_clinic(store, today=TODAY)
    patient_id = paper_ids["patient1-early-relapse"]
    case = store.get_case(patient_id)
    extensions = dict(case.extensions or {})
    extensions["aml_desktop"] = {"measurements": [{"date": "2019-07-21", "height_cm": 168, "weight_kg": 62}]}
    store.save_case(replace(case, extensions=extensions), user="t")
    controller.patients_changed.emit()
    select_patient(window, patient_id)
    primary = window.result.recommendation.primary
    decision = Decision(
        date=TODAY,
        recommended=primary.category,
        chosen=primary.category,
        regimen=primary.regimens[0],
        clinician="Dr A. Osei",
    )
    controller.record_decision(patient_id, decision, reason_code=None, result=window.result)
    window.show_patient(patient_id)
    return window


def test_main_window_screens(demo_window: Any, screenshot: Any, qtbot: Any) -> None:
    w = demo_window
    assert "AML Desktop" in w.windowTitle()
    tabs = w.ui.patient_tabs
    for index, name in enumerate(("patient-standing", "patient-course", "patient-recommendation", "patient-decisions")):
        tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda i=index: tabs.currentIndex() == i)
        if name == "patient-course":  # the chart is created on first view: wait until it is laid out
            qtbot.waitUntil(lambda: w.course_panel.chart is not None and w.course_panel.chart.height() > 150)
            qtbot.waitUntil(lambda: w.course_panel.chart.plot_rect().width() > 100)
            assert w.course_panel.chart.isVisible()
        screenshot(w, f"main-{name}")
    assert w.course_panel.chart is not None  # created on first view of the Course tab
    assert len(w.course_panel.chart.data.blasts.points) == 3
    assert w.standing_panel.ui.standing_browser.toPlainText().startswith("Relapsed")
    assert w.decisions_panel.ui.decisions_table.rowCount() == 1
    index = w.ui.status_filter_combo.findData("relapsed")
    w.ui.status_filter_combo.setCurrentIndex(index)
    qtbot.waitUntil(lambda: not w.model.searching())
    assert all(w.model.summary_at(r).status == "relapsed" for r in range(w.model.rowCount()))
    screenshot(w, "main-patient-list")


def test_dialog_screens(demo_window: Any, controller: Any, screenshot: Any, qtbot: Any) -> None:
    case, result = demo_window.case, demo_window.result
    dialogs = {
        "dialog-patient": PatientDialog(case, today=TODAY),
        "dialog-course": CourseDialog(case, 0, today=TODAY),
        "dialog-assessment": AssessmentDialog(case, 2, today=TODAY),
        "dialog-fitness": FitnessDialog(case, today=TODAY, settings=controller.engine_settings()),
        "dialog-decision": DecisionDialog(result, today=TODAY, clinician="Dr Osei"),
        "dialog-settings": SettingsDialog(controller.clinic_settings(), today=TODAY),
        "dialog-summary": SummaryDialog(controller.snapshot(demo_window.patient_id), today=TODAY),
        "dialog-guide": GuideDialog(),
    }
    dialogs["dialog-settings"].ui.settings_tabs.setCurrentIndex(1)
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        screenshot(dialog, name)
    assert "Relapse" in dialogs["dialog-assessment"].ui.response_label.text()
    assert "Patient One" in dialogs["dialog-summary"].preview.toPlainText()


def test_screens_fit_1024x768(demo_window: Any, screenshot: Any) -> None:
    demo_window.resize(1024, 768)
    demo_window.ui.patient_tabs.setCurrentIndex(2)
    screenshot(demo_window, "main-1024x768")
    assert demo_window.width() <= 1024
