"""Planning and recording a chemotherapy cycle in the real window, typed key by key."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox

from aml_desktop.engine.cycles import read_cycles
from aml_desktop.engine.organ import read_organ_results
from aml_desktop.gui.cycle_panel import GiveDialog, ModifyDialog, OrganDialog, PlanCycleDialog

from .gui_helpers import TODAY, select_patient


def _type(widget: Any, text: str) -> None:
    widget.clear()
    QTest.keyClicks(widget, text)


def _type_date(field: Any, text: str) -> None:
    """Key by key into the date field's line, as a clinician types it."""
    _type(field.edit, text)


def test_plan_record_and_change_a_cycle(
    paper_ids: dict[str, str], window: Any, drive: Callable[..., list[Any]], controller: Any
) -> None:
    patient = paper_ids["patient2-primary-refractory"]
    select_patient(window, patient)
    start = TODAY - timedelta(days=8)  # today is day 9

    def organ(d: OrganDialog) -> None:
        _type_date(d.date_edit, (start - timedelta(days=1)).isoformat())
        _type(d.edits["creatinine_mg_dl"], "1,4")  # a comma decimal is read as 1.4
        _type(d.edits["lvef_percent"], "abc")
        d.accept()
        assert "LVEF (%)" in d.problems.text()  # named in words, nothing saved
        _type(d.edits["lvef_percent"], "55")
        d.accept()

    drive(OrganDialog, organ)
    window.cycle_panel.organ_button.click()
    (organ_result,) = read_organ_results(controller.get_case(patient).extensions)
    assert organ_result.creatinine_mg_dl == 1.4 and organ_result.date == start - timedelta(days=1)

    def plan(d: PlanCycleDialog) -> None:
        d.regimen_combo.setCurrentIndex(d.regimen_combo.findData("MEC"))
        _type_date(d.start_edit, start.isoformat())
        _type(d.height_edit, "180")
        _type(d.weight_edit, "8x")
        assert "Weight (kg)" in d.problems.text()
        _type(d.weight_edit, "84")
        _type_date(d.weight_date_edit, (start - timedelta(days=13)).isoformat())
        assert "13 days old" in d.preview.text()  # the stale weight is a warning on the plan
        assert "Mitoxantrone: 12.3 mg IV" in d.preview.text()  # 6 mg/m2 x 2.05 m2
        _type(d.by_edit, "")
        d.accept()
        assert "Planned by" in d.problems.text()
        _type(d.by_edit, "Dr DeWolf")
        d.accept()

    drive(PlanCycleDialog, plan)
    window.cycle_panel.plan_button.click()
    (cycle,) = read_cycles(controller.get_case(patient).extensions)
    assert (cycle.regimen, cycle.cycle, cycle.start, cycle.weight_kg) == ("MEC", 1, start, 84)
    assert "MEC cycle 1, day 9" in window.ui.patient_header_label.text()
    assert "overdue" in window.ui.patient_header_label.text()  # no counts since diagnosis work-up
    row = window.model.row_of(patient)
    cell = window.model.data(window.model.index(row, 6))
    assert cell == "MEC C1 day 9 · overdue: counts"  # flagged in the list too
    assert window.model.data(window.model.index(row, 6), Qt.ItemDataRole.ForegroundRole) is not None

    def give(d: GiveDialog) -> None:
        d.day_spin.setValue(1)
        d.agent_combo.setCurrentIndex(d.agent_combo.findData("mitoxantrone"))
        assert d.dose_edit.text() == "12.3"  # prefilled with the dose to give
        d.agent_combo.setCurrentIndex(d.agent_combo.findData("cytarabine"))
        assert d.dose_edit.text() == "2050"  # another agent: its own dose, never the previous number
        _type(d.dose_edit, "2100")
        _type(d.by_edit, "RN Ortiz")
        d.accept()
        assert "more than the dose to give" in d.problems.text()
        _type(d.dose_edit, "2000")
        d.accept()
        assert "record it as reduced" in d.problems.text()
        d.agent_combo.setCurrentIndex(d.agent_combo.findData("mitoxantrone"))
        d.accept()

    drive(GiveDialog, give)
    window.cycle_panel.give_button.click()

    def hold(d: GiveDialog) -> None:
        d.day_spin.setValue(2)
        d.agent_combo.setCurrentIndex(d.agent_combo.findData("cytarabine"))
        d.status_combo.setCurrentIndex(d.status_combo.findData("held"))
        _type(d.note_edit, "creatinine rising")
        _type(d.by_edit, "RN Ortiz")
        d.accept()

    drive(GiveDialog, hold)
    window.cycle_panel.give_button.click()

    def change(d: ModifyDialog) -> None:
        d.agent_combo.setCurrentIndex(d.agent_combo.findData("cytarabine"))
        _type(d.percent_edit, "75")
        d.reason_combo.setCurrentIndex(d.reason_combo.findData("other"))
        _type(d.by_edit, "Dr DeWolf")
        d.accept()
        assert "written out" in d.problems.text()
        d.reason_combo.setCurrentIndex(d.reason_combo.findData("renal"))
        d.accept()

    drive(ModifyDialog, change)
    window.cycle_panel.modify_button.click()
    (cycle,) = read_cycles(controller.get_case(patient).extensions)
    assert [(e.day, e.agent, e.status, e.dose_given) for e in cycle.administrations] == [
        (1, "mitoxantrone", "given", 12.3),
        (2, "cytarabine", "held", None),
    ]
    by_agent = {a.agent: a for a in cycle.agents}
    assert by_agent["cytarabine"].ordered == 1538  # 75 % of 2,050 mg
    assert by_agent["cytarabine"].modification is not None and by_agent["cytarabine"].modification.by == "Dr DeWolf"
    panel = window.cycle_panel
    window.ui.patient_tabs.setCurrentIndex(window.cycle_tab_index)
    assert "360" in panel.plan_label.toPlainText()  # mitoxantrone 36 mg/m2 x 10 doxorubicin equivalents
    days = [panel.day_table.item(r, 0).text() for r in range(panel.day_table.rowCount())]
    assert days[:6] == ["1", "2", "3", "4", "5", "6"] and "14" in days


def test_an_accepted_decision_offers_the_cycle(
    paper_ids: dict[str, str], window: Any, drive: Callable[..., list[Any]], answer: Any
) -> None:
    from aml_desktop.engine.case import Decision

    select_patient(window, paper_ids["patient1-early-relapse"])
    asked = answer(QMessageBox.StandardButton.Yes)
    opened = drive(PlanCycleDialog, lambda d: None)
    window._offer_cycle(Decision(TODAY, "intensive_chemotherapy", "intensive_chemotherapy", "MEC", None, "Dr T"))
    assert asked and "accepts MEC" in asked[0]
    assert opened and opened[0].regimen_combo.currentData() == "MEC"
    assert opened[0].start_edit.date() == TODAY
    assert opened[0].result() == QDialog.DialogCode.Rejected
    window._offer_cycle(Decision(TODAY, "intensive_chemotherapy", "low_intensity", "AZA", "frail", "Dr T"))
    assert len(asked) == 1  # an overridden decision offers nothing


def test_chemotherapy_settings_from_the_clinic_menu(
    paper_ids: dict[str, str], window: Any, drive: Callable[..., list[Any]], controller: Any
) -> None:
    from aml_desktop.gui.cycle_panel import CycleSettingsDialog

    select_patient(window, paper_ids["patient1-early-relapse"])  # the cycle tab exists once a patient is shown

    def fill(d: CycleSettingsDialog) -> None:
        assert d.tolerance.text() == "10" and d.bsa_cap.text() == ""  # issue 15 defaults: 10 %, no cap
        _type(d.strengths, "cytarabine=100,500; etoposide=lots")
        d.accept()
        assert "Stocked sizes" in d.problems.text()
        _type(d.strengths, "cytarabine=100,500")
        _type(d.tolerance, "60")
        d.accept()
        assert "rounding_tolerance_percent" in d.problems.text()
        _type(d.tolerance, "5")
        _type(d.bsa_cap, "2,2")
        _type(d.never, "mitoxantrone")
        d.accept()

    drive(CycleSettingsDialog, fill)
    window.cycle_settings_action.trigger()
    chosen = controller.clinic_settings().cycle_settings
    assert (chosen.rounding_tolerance_percent, chosen.bsa_cap_m2) == (5, 2.2)
    assert dict(chosen.strengths) == {"cytarabine": (100.0, 500.0)} and chosen.never_round == {"mitoxantrone"}


def test_a_typed_cycle_start_is_kept_or_refused_beside_the_field(
    paper_ids: dict[str, str], window: Any, drive: Callable[..., list[Any]], controller: Any
) -> None:
    patient = paper_ids["patient2-primary-refractory"]
    select_patient(window, patient)
    before = controller.get_case(patient)

    def impossible(d: PlanCycleDialog) -> None:
        d.regimen_combo.setCurrentIndex(d.regimen_combo.findData("MEC"))
        _type_date(d.start_edit, "2019-02-30")
        assert d.start_edit.text() == "2019-02-30"  # never rewritten into another date
        _type(d.height_edit, "180")
        _type(d.weight_edit, "84")
        _type(d.by_edit, "Dr DeWolf")
        d.accept()
        assert "30 February 2019 does not exist" in d.start_edit.message.text()  # beside the field
        assert "Day 1 (start)" in d.problems.text()
        assert d.result_case is None and d.result() == QDialog.DialogCode.Rejected  # not closed, not saved

    drive(PlanCycleDialog, impossible)
    window.cycle_panel.plan_button.click()
    assert read_cycles(controller.get_case(patient).extensions) == read_cycles(before.extensions) == ()

    def valid(d: PlanCycleDialog) -> None:
        d.regimen_combo.setCurrentIndex(d.regimen_combo.findData("MEC"))
        _type_date(d.start_edit, "2019-06-10")
        assert d.start_edit.message.text() == "10 June 2019"
        _type(d.height_edit, "180")
        _type(d.weight_edit, "84")
        _type_date(d.weight_date_edit, "2019-06-09")
        _type(d.by_edit, "Dr DeWolf")
        d.accept()

    drive(PlanCycleDialog, valid)
    window.cycle_panel.plan_button.click()
    (cycle,) = read_cycles(controller.get_case(patient).extensions)
    assert cycle.start == date(2019, 6, 10)  # exactly what was typed
    assert cycle.weight_date == date(2019, 6, 9)


def test_an_impossible_organ_result_date_is_refused(
    paper_ids: dict[str, str], window: Any, drive: Callable[..., list[Any]], controller: Any
) -> None:
    patient = paper_ids["patient2-primary-refractory"]
    select_patient(window, patient)

    def organ(d: OrganDialog) -> None:
        _type_date(d.date_edit, "2026-04-31")
        _type(d.edits["creatinine_mg_dl"], "1.1")
        d.accept()
        assert "31 April 2026 does not exist" in d.date_edit.message.text()
        assert d.result_case is None and d.result() == QDialog.DialogCode.Rejected

    drive(OrganDialog, organ)
    window.cycle_panel.organ_button.click()
    assert read_organ_results(controller.get_case(patient).extensions) == ()
