"""The clinician's workflow end to end, through the window's own actions and dialogs."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox

from aml_desktop.engine.case_io import case_to_dict, dump_case
from aml_desktop.gui.assessment_dialog import AssessmentDialog
from aml_desktop.gui.course_dialog import CourseDialog
from aml_desktop.gui.decision_dialog import DecisionDialog
from aml_desktop.gui.fitness_dialog import FitnessDialog
from aml_desktop.gui.patient_dialog import PatientDialog
from aml_desktop.gui.settings_dialog import SettingsDialog
from aml_desktop.gui.summary_dialog import SummaryDialog
from aml_desktop.store import read_case_files
from tests.gui.gui_helpers import CASES, TODAY, select_patient, set_stocked, type_date
from tests.gui.gui_helpers import select_code as _select_code


@pytest.mark.parametrize(
    ("name", "category", "regimen"),
    [
        ("patient1-early-relapse", "intensive_chemotherapy", "MEC"),
        ("patient2-primary-refractory", "venetoclax_combination", "AZA-VEN"),
        ("patient3-older-idh1", "idh1_inhibitor", "IVOSIDENIB"),
    ],
)
def test_paper_patients_show_the_papers_recommendation(
    paper_ids: dict[str, str], window: Any, name: str, category: str, regimen: str
) -> None:
    from aml_desktop.gui.words import label

    select_patient(window, paper_ids[name])
    primary = window.result.recommendation.primary
    assert primary.category == category
    assert primary.regimens[0] == regimen
    text = window.recommendation_panel.text()
    assert label(category) in text
    assert "the treating clinician decides" in window.recommendation_panel.ui.clinician_note_label.text()
    assert "Why: the rules that decided, in order" in text


def test_clinician_adds_a_patient_records_a_course_to_relapse_decides_and_prints(
    qtbot: Any, window: Any, controller: Any, drive: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def new_patient(d: PatientDialog) -> None:
        d.ui.hospital_number_edit.setText("H-7")
        d.ui.name_edit.setText("Amina Diallo")
        _select_code(d.ui.sex_combo, "female")
        type_date(qtbot, d.ui.birth_date_edit, "1990-03-02")
        type_date(qtbot, d.ui.diagnosis_date_edit, "2025-01-10")
        d.ui.karyotype_edit.setText("46,XX")
        d.ui.tested_genes_edit.setText("FLT3, NPM1, CEBPA, IDH1, IDH2, TP53, RUNX1, ASXL1")
        assert "Normal karyotype" in d.ui.karyotype_reading_label.text()
        d.ui.add_measurement_button.click()
        d.ui.measurements_table.item(0, 0).setText("2025-01-10")
        d.ui.measurements_table.item(0, 1).setText("165")
        d.ui.measurements_table.item(0, 2).setText("60")
        d.accept()

    drive(PatientDialog, new_patient)
    window.ui.new_patient_action.trigger()
    assert window.case is not None and window.case.patient.name == "Amina Diallo"
    assert window.model.rowCount() == 1

    def induction(d: CourseDialog) -> None:
        _select_code(d.ui.phase_combo, "induction")
        _select_code(d.ui.regimen_combo, "7+3")
        type_date(qtbot, d.ui.start_date_edit, "2025-01-12")
        type_date(qtbot, d.ui.end_edit, "2025-01-18")
        d.ui.cycle_spin.setValue(1)
        d.accept()

    drive(CourseDialog, induction)
    window.course_panel.ui.add_course_button.click()
    assert [c.regimen for c in window.case.courses] == ["7+3"]

    def remission(d: AssessmentDialog) -> None:
        type_date(qtbot, d.ui.assessment_date_edit, "2025-02-12")
        d.ui.marrow_blasts_edit.setText("2")
        _select_code(d.ui.circulating_blasts_combo, False)
        _select_code(d.ui.extramedullary_combo, False)
        d.ui.anc_edit.setText("1.8")
        d.ui.platelets_edit.setText("150")
        assert "CR" in d.ui.response_label.text()
        d.accept()

    drive(AssessmentDialog, remission)
    window.course_panel.ui.add_assessment_button.click()
    assert window.result.derived.status == "in_remission"
    assert window.result.recommendation.primary.category == "not_applicable"

    def relapse(d: AssessmentDialog) -> None:
        type_date(qtbot, d.ui.assessment_date_edit, "2026-10-01")
        d.ui.marrow_blasts_edit.setText("40")
        d.ui.molecular_tested_check.setChecked(True)
        d.ui.tested_genes_edit.setText("FLT3, IDH1, IDH2")
        d.ui.weight_edit.setText("58")
        d.ui.height_edit.setText("165")
        d.accept()

    drive(AssessmentDialog, relapse)
    window.course_panel.ui.add_assessment_button.click()
    assert window.result.derived.status == "relapsed"
    assert window.result.derived.relapse_number == 1
    recommendation = window.result.recommendation
    assert recommendation.primary.category == "intensive_chemotherapy"  # fit by age, late relapse, no target
    responses = [window.course_panel.assessment_model.text(r, 1) for r in range(2)]
    assert responses[1] == "Relapse" or "elapse" in responses[1]
    text = window.recommendation_panel.text()
    assert "BSA" in text and "mg" in text  # doses computed from the latest height and weight

    def decide(d: DecisionDialog) -> None:
        d.ui.clinician_edit.setText("Dr Osei")
        d.accept()

    drive(DecisionDialog, decide)
    # issue 15: the accepted decision offers to plan its cycle with today's date and the latest weight
    from aml_desktop.engine.cycles import read_cycles
    from aml_desktop.gui.cycle_panel import PlanCycleDialog

    offered: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, title, *a, **k: offered.append(title) or QMessageBox.StandardButton.Yes
    )
    drive(PlanCycleDialog, lambda d: d.accept())
    window.recommendation_panel.ui.decide_button.click()
    assert offered == ["Plan the cycle?"]
    (planned,) = read_cycles(controller.get_case(window.patient_id).extensions)
    assert planned.start == TODAY and planned.planned_by == "Dr Osei" and planned.weight_kg is not None
    records = controller.decision_records(window.patient_id)
    assert len(records) == 1
    assert records[0].decision.chosen == recommendation.primary.category
    assert records[0].decision.clinician == "Dr Osei"
    assert records[0].ruleset_version == window.result.ruleset_version
    assert window.decisions_panel.ui.decisions_table.rowCount() == 1

    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    drive(SummaryDialog, lambda d: (d.save_pdf(), d.accept()))
    window.ui.print_action.trigger()
    assert target.read_bytes().startswith(b"%PDF")


def test_an_invalid_patient_form_is_not_saved_and_says_why(qtbot: Any) -> None:
    dialog = PatientDialog(None, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.ui.wbc_edit.setText("-5")
    dialog.ui.cd33_edit.setText("lots")
    dialog.ui.add_measurement_button.click()
    dialog.ui.measurements_table.item(0, 2).setText("6000")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.result_case is None
    problems = dialog.ui.problems_label.text()
    assert "Not saved" in problems
    assert "WBC" in problems and "out of range" in problems
    assert "CD33" in problems and "must be a number" in problems
    assert "Weight must be between 25 and 300 kg" in problems
    assert "weight_kg" not in problems
    assert dialog.ui.wbc_edit.property("invalid") is True
    assert dialog.ui.measurements_table.property("invalid") is True
    assert "name or hospital number" in problems  # a blank form never saves a nameless record
    assert dialog.ui.sex_combo.property("invalid") is not True
    dialog.ui.wbc_edit.setText("5")
    dialog.ui.cd33_edit.setText("")
    dialog.ui.measurements_table.item(0, 2).setText("60")
    qtbot.keyClicks(dialog.ui.name_edit, "Test Patient")
    type_date(qtbot, dialog.ui.birth_date_edit, "1970-05-04")
    type_date(qtbot, dialog.ui.diagnosis_date_edit, "2026-01-02")
    dialog.accept()
    assert dialog.result_case is not None
    assert dialog.result_case.diagnosis.wbc == 5


def test_a_course_ending_before_it_starts_is_refused(qtbot: Any, paper_ids: dict[str, str], controller: Any) -> None:
    case = controller.get_case(paper_ids["patient1-early-relapse"])
    dialog = CourseDialog(case, None, today=TODAY)
    qtbot.addWidget(dialog)
    _select_code(dialog.ui.phase_combo, "reinduction")
    dialog.ui.regimen_combo.setEditText("home-made salvage")
    type_date(qtbot, dialog.ui.start_date_edit, "2019-08-01")
    type_date(qtbot, dialog.ui.end_edit, "2019-07-01")
    dialog.accept()
    assert dialog.result_case is None
    text = dialog.ui.problems_label.text()
    assert "before the start" in text
    assert "is required because regimen" in text  # free text needs an intensity
    assert dialog.ui.end_edit.property("invalid") is True


def test_closing_a_changed_form_asks_before_discarding(qtbot: Any, answer: Any) -> None:
    dialog = PatientDialog(None, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.name_edit, "Half typed")
    asked = answer(QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert asked and "not saved" in asked[0]
    assert dialog.isVisible()
    answer(QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert not dialog.isVisible()


def test_an_override_needs_a_coded_reason(
    qtbot: Any, paper_ids: dict[str, str], window: Any, controller: Any, drive: Any
) -> None:
    select_patient(window, paper_ids["patient3-older-idh1"])

    def override_without_reason(d: DecisionDialog) -> None:
        d.ui.override_radio.setChecked(True)
        _select_code(d.ui.chosen_category_combo, "venetoclax_combination")
        d.ui.clinician_edit.setText("Dr Osei")
        d.accept()

    opened = drive(DecisionDialog, override_without_reason)
    window.ui.decision_action.trigger()
    assert controller.decision_records(window.patient_id) == []
    assert "a reason is required" in opened[0].ui.problems_label.text()
    assert opened[0].ui.reason_combo.property("invalid") is True

    def override_with_reason(d: DecisionDialog) -> None:
        override_without_reason(d)
        _select_code(d.ui.reason_combo, "not_available_today")
        d.ui.reason_text_edit.setPlainText("Ivosidenib delivery next month")
        d.accept()
        assert d.result() == QDialog.DialogCode.Accepted

    drive(DecisionDialog, override_with_reason)
    window.ui.decision_action.trigger()
    [record] = controller.decision_records(window.patient_id)
    assert record.reason_code == "not_available_today"
    assert record.decision.chosen == "venetoclax_combination"
    assert "Ivosidenib delivery next month" in record.decision.override_reason
    assert record.snapshot["recommendation"]["primary"]["category"] == "idh1_inhibitor"


def test_a_formulary_change_moves_the_recommendation_to_the_fallback(
    paper_ids: dict[str, str], window: Any, drive: Any
) -> None:
    select_patient(window, paper_ids["patient3-older-idh1"])
    assert window.result.recommendation.primary.regimens == ("IVOSIDENIB",)

    def stock_out(d: SettingsDialog) -> None:
        set_stocked(d, "ivosidenib", False, "2026-11-01")
        d.accept()

    drive(SettingsDialog, stock_out)
    window.ui.settings_action.trigger()
    recommendation = window.result.recommendation
    assert recommendation.primary.category != "idh1_inhibitor"
    assert any(f.intended == "IVOSIDENIB" for f in recommendation.fallbacks_applied)
    assert "Changed because of the clinic's formulary" in window.recommendation_panel.text()
    assert "Ivosidenib: out of stock since 1 Nov 2026" in window.recommendation_panel.text()
    settings = window.controller.clinic_settings()
    assert settings.out_of_stock_since["ivosidenib"] == date(2026, 11, 1)


def test_settings_refuse_a_bad_out_of_stock_date(qtbot: Any, controller: Any) -> None:
    dialog = SettingsDialog(controller.clinic_settings(), today=TODAY)
    qtbot.addWidget(dialog)
    set_stocked(dialog, "venetoclax", False, "last week")
    dialog.accept()
    assert dialog.result_settings is None
    assert "not a date" in dialog.ui.problems_label.text()


def test_importing_a_bad_file_changes_nothing_and_shows_the_message(
    qtbot: Any, window: Any, controller: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    good = tmp_path / "good.json"
    good.write_bytes((CASES / "patient1-early-relapse.json").read_bytes())
    bad = tmp_path / "bad.json"
    data = case_to_dict(read_case_files([CASES / "patient2-primary-refractory.json"])[0])
    data["courses"][0]["start"] = "2019-13-01"
    import json

    bad.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(good), str(bad)], ""))
    before = window.model.rowCount()
    window.ui.import_action.trigger()
    qtbot.waitUntil(lambda: not controller.busy(), timeout=10000)
    qtbot.waitUntil(window.ui.message_frame.isVisible, timeout=5000)
    assert window.model.rowCount() == before == 0
    message = window.ui.message_label.text()
    assert "Nothing was imported" in message
    assert "bad.json" in message and "courses[0].start" in message
    assert window.ui.message_frame.property("error") is True

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(good)], ""))
    window.ui.import_action.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
    assert "Imported 1 patient" in window.ui.message_label.text()


def test_search_finds_accented_names_as_you_type(qtbot: Any, store: Any, controller: Any, window: Any) -> None:
    base = read_case_files([CASES / "patient1-early-relapse.json"])[0]
    people = [("Søren Ågren", "A-1"), ("José Pérez", "A-2"), ("Amina Diallo", "A-3")]
    store.import_cases(
        [replace(base, patient=replace(base.patient, name=n, hospital_number=hn)) for n, hn in people], user="t"
    )
    controller.patients_changed.emit()
    model = window.model
    assert model.rowCount() == 3

    def shows(*names: str) -> bool:
        return not model.searching() and [model.summary_at(r).name for r in range(model.rowCount())] == list(names)

    qtbot.keyClicks(window.ui.search_edit, "jose")
    assert window.ui.search_edit.text() == "jose"  # typing is never blocked by the search
    qtbot.waitUntil(lambda: shows("José Pérez"), timeout=5000)
    assert window.ui.patient_count_label.text() == "1 patient"
    window.ui.search_edit.clear()
    qtbot.keyClicks(window.ui.search_edit, "agren")
    qtbot.waitUntil(lambda: shows("Søren Ågren"), timeout=5000)
    window.ui.search_edit.setText("A-3")
    qtbot.waitUntil(lambda: shows("Amina Diallo"), timeout=5000)
    window.ui.search_edit.setText("")
    _select_code(window.ui.status_filter_combo, "in_remission")
    qtbot.waitUntil(lambda: shows(), timeout=5000)
    _select_code(window.ui.status_filter_combo, "relapsed")
    qtbot.waitUntil(lambda: not model.searching() and model.rowCount() == 3, timeout=5000)


def test_needed_fitness_button_opens_the_fitness_form(store: Any, controller: Any, window: Any, drive: Any) -> None:
    base = read_case_files([CASES / "patient1-early-relapse.json"])[0]
    older = replace(base, patient=replace(base.patient, birth_date=date(1955, 1, 1)), fitness=None)
    [patient_id] = store.import_cases([older], user="t")
    controller.patients_changed.emit()
    select_patient(window, patient_id)
    assert window.result.derived.fit_for_intensive is None
    buttons = {b.objectName(): b for b in window.recommendation_panel.needed_buttons}
    assert "needed_fitness_button" in buttons

    def judge(d: FitnessDialog) -> None:
        _select_code(d.ui.ecog_combo, 1)
        _select_code(d.ui.fit_combo, True)
        assert "fitness unknown" in d.ui.guidance_label.text()
        d.accept()

    drive(FitnessDialog, judge)
    buttons["needed_fitness_button"].click()
    assert window.result.derived.fit_for_intensive is True
    assert "needed_fitness_button" not in {b.objectName() for b in window.recommendation_panel.needed_buttons}


def test_needed_old_marrow_button_opens_a_new_assessment(
    qtbot: Any, store: Any, controller: Any, window: Any, drive: Any
) -> None:
    # Ruleset 2026.2 (clinical-spec.md §8.6): the 2019 relapse marrow is years old on TODAY.
    [patient_id] = store.import_cases(read_case_files([CASES / "patient1-early-relapse.json"]), user="t")
    controller.patients_changed.emit()
    select_patient(window, patient_id)
    assert "stale_disease_assessment" in window.result.recommendation.flags
    buttons = {b.objectName(): b for b in window.recommendation_panel.needed_buttons}
    assert "needed_assessment_button" in buttons

    def new_marrow(d: AssessmentDialog) -> None:
        type_date(qtbot, d.ui.assessment_date_edit, "2026-11-20")
        d.ui.marrow_blasts_edit.setText("45")
        d.accept()

    drive(AssessmentDialog, new_marrow)
    buttons["needed_assessment_button"].click()
    assert window.result.derived.days_since_disease_assessment == 3
    assert "stale_disease_assessment" not in window.result.recommendation.flags
    assert "needed_assessment_button" not in {b.objectName() for b in window.recommendation_panel.needed_buttons}


def test_window_remembers_size_and_last_patient(qtbot: Any, paper_ids: dict[str, str], controller: Any) -> None:
    from aml_desktop.gui.main_window import MainWindow

    first = MainWindow(controller)
    qtbot.addWidget(first)
    first.resize(1100, 720)
    first.show()
    first.show_patient(paper_ids["patient2-primary-refractory"])
    first.close()
    second = MainWindow(controller)
    qtbot.addWidget(second)
    assert second.patient_id == paper_ids["patient2-primary-refractory"]
    saved = QSettings().value("main_window/geometry")
    assert isinstance(saved, QByteArray) and not saved.isEmpty()
    probe = QMainWindow()
    qtbot.addWidget(probe)
    assert probe.restoreGeometry(saved)  # a valid geometry the next start restores (offscreen clamps its size)


def test_keyboard_shortcuts(window: Any, qtbot: Any) -> None:
    ui = window.ui
    shortcuts = {
        ui.new_patient_action: "Ctrl+N",
        ui.find_action: "Ctrl+F",
        ui.print_action: "Ctrl+P",
        ui.quit_action: "Ctrl+Q",
    }
    for action, keys in shortcuts.items():
        assert action.shortcut().toString() == keys
    dialog = PatientDialog(None, today=TODAY)
    qtbot.addWidget(dialog)
    save = dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Save)
    assert save.shortcut().toString() == "Ctrl+S"
    ui.find_action.trigger()
    qtbot.waitUntil(lambda: ui.search_edit.hasFocus() or window.focusWidget() is ui.search_edit, timeout=2000)


def test_the_window_fits_a_1024x768_projector(window: Any, paper_ids: dict[str, str]) -> None:
    window.resize(1024, 768)
    window.show_patient(paper_ids["patient1-early-relapse"])
    assert window.width() <= 1024 and window.height() <= 768
    assert window.minimumSizeHint().width() <= 1024


def test_backup_and_restore_run_off_the_gui_thread(
    qtbot: Any,
    paper_ids: dict[str, str],
    window: Any,
    controller: Any,
    answer: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    task = controller.backup_now(folder)
    assert window.progress_dialogs  # progress shown while the worker copies
    with qtbot.waitSignal(task.signals.finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: not controller.busy(), timeout=5000)
    [copy] = list(folder.glob("*.sqlite3"))
    assert controller.clinic_settings().last_backup_at is not None
    assert "verified" in window.ui.message_label.text()

    controller.delete_patient(paper_ids["patient1-early-relapse"])
    assert window.model.rowCount() == 2
    window.ui.search_edit.setText("patient")  # the search thread now holds its own connection
    qtbot.waitUntil(lambda: not window.model.searching(), timeout=5000)
    window.ui.search_edit.setText("")
    qtbot.waitUntil(lambda: not window.model.searching(), timeout=5000)
    answer(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    window.ui.restore_action.trigger()
    qtbot.waitUntil(lambda: controller.available and not controller.busy(), timeout=20000)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=5000)
    assert "Restored" in window.ui.message_label.text()


def test_export_writes_a_case_file_that_reimports(
    qtbot: Any, paper_ids: dict[str, str], window: Any, controller: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    select_patient(window, paper_ids["patient1-early-relapse"])
    target = tmp_path / "out.json"
    suggested: list[str] = []

    def save_as(*args: Any, **kwargs: Any) -> tuple[str, str]:
        suggested.append(args[2])
        return (str(target), "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.ui.export_action.trigger()
    qtbot.waitUntil(lambda: not controller.busy(), timeout=20000)
    assert suggested == [f"DT-1-{paper_ids['patient1-early-relapse'][-8:]}.json"]  # the CLI's name for it
    assert "Exported DT-1" in window.ui.message_label.text()
    # The clinic's full formulary travels with the file, stocked items included.
    assert json.loads(target.read_text(encoding="utf-8"))["formulary"]["cytarabine"] is True
    [again] = read_case_files([target])
    assert again.patient.name == window.case.patient.name
    assert dump_case(replace(again, as_of=None, formulary=())) == dump_case(replace(window.case, as_of=None))


def test_about_and_guide(window: Any, qtbot: Any, drive: Any) -> None:
    from aml_desktop.engine.version import RULESET_VERSION
    from aml_desktop.gui.guide import GuideDialog
    from aml_desktop.gui.main_window import about_text

    assert RULESET_VERSION in about_text() and "clinician decides" in about_text()
    opened = drive(GuideDialog, lambda d: None)
    window.ui.guide_action.trigger()
    text = opened[0].browser.toPlainText()
    assert "New patient" in text and "Ctrl+N" in text


def test_demo_clinic_is_offered_on_a_new_database(
    qtbot: Any, tmp_path: Path, answer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aml_desktop.gui import app as app_module
    from aml_desktop.gui.app import offer_demo, open_window

    answer(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(app_module, "ask_missing_database", lambda _path, _problem: "create")
    opened = open_window(tmp_path / "new" / "clinic.sqlite3", today=TODAY)
    assert opened is not None
    window, controller, created = opened
    qtbot.addWidget(window)
    assert created
    assert "AML Desktop" in window.windowTitle()
    assert offer_demo(window, controller, TODAY)
    assert window.model.rowCount() >= 30
    controller.close()


def test_list_rows_show_status_risk_phase_and_last_assessment(paper_ids: dict[str, str], window: Any) -> None:
    model = window.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[2:6] == ["Status", "ELN 2017 risk", "Current phase", "Last assessment"]
    rows = {model.data(model.index(r, 0)): [model.data(model.index(r, c)) for c in range(7)] for r in range(3)}
    assert rows["Patient One"][2] == "Relapsed"
    assert rows["Patient One"][5] == "20 Jul 2019"


def test_run_gui_creates_the_database_offers_the_demo_and_shows_the_window(
    qtbot: Any, tmp_path: Path, answer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    from aml_desktop.gui import app as app_module

    asked = answer(QMessageBox.StandardButton.No)
    monkeypatch.setattr(app_module, "ask_missing_database", lambda _path, _problem: "create")
    shown: list[Any] = []

    def fake_exec() -> int:
        shown.extend(w for w in QApplication.topLevelWidgets() if w.isVisible() and "AML Desktop" in w.windowTitle())
        for w in shown:
            w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    from aml_desktop.gui.security import NewAccountDialog

    offered: list[str] = []  # the first run of a new clinic offers to create its administrator
    monkeypatch.setattr(NewAccountDialog, "exec", lambda d: offered.append(d.windowTitle()) or 0)
    db = tmp_path / "first-run" / "clinic.sqlite3"
    assert app_module.run_gui(db) == 0
    assert db.exists()
    assert offered == ["AML Desktop — Create the administrator"]
    assert shown and shown[0].objectName() == "MainWindow"
    assert any("demo clinic" in text for text in asked)
    for w in shown:
        w.deleteLater()


def test_batch_summaries_of_the_listed_patients_run_on_a_worker(
    qtbot: Any, paper_ids: dict[str, str], window: Any, controller: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "pdfs"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    progress: list[tuple[int, int]] = []
    controller.task_started.connect(lambda task: task.signals.progress.connect(lambda d, t, _: progress.append((d, t))))
    window.ui.batch_pdf_action.trigger()
    qtbot.waitUntil(lambda: not controller.busy(), timeout=60000)
    pdfs = sorted(folder.glob("*.pdf"))
    assert len(pdfs) == 3
    assert all(p.read_bytes().startswith(b"%PDF") for p in pdfs)
    assert progress[-1] == (3, 3)
    assert "Saved 3 summaries" in window.ui.message_label.text()


def test_batch_summaries_name_a_patient_that_fails_and_write_the_others(
    qtbot: Any, paper_ids: dict[str, str], window: Any, controller: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import aml_desktop.services.summaries as summaries

    real = summaries.render_summary

    def broken_for_dt2(snapshot: Any) -> bytes:
        if snapshot.case.patient.hospital_number == "DT-2":
            raise RuntimeError("simulated renderer fault")
        return real(snapshot)

    monkeypatch.setattr(summaries, "render_summary", broken_for_dt2)
    folder = tmp_path / "pdfs"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window.ui.batch_pdf_action.trigger()
    qtbot.waitUntil(lambda: not controller.busy(), timeout=60000)
    assert len(list(folder.glob("*.pdf"))) == 2
    text = window.ui.message_label.text()
    assert "Saving summaries failed" in text and "DT-2: simulated renderer fault" in text


def test_scheduled_backup_runs_when_due(qtbot: Any, controller: Any, window: Any, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    controller.save_clinic_settings(replace(controller.clinic_settings(), backup_folder=str(folder)))
    window.maybe_auto_backup()
    qtbot.waitUntil(lambda: not controller.busy(), timeout=20000)
    assert len(list(folder.glob("*.sqlite3"))) == 1
    window.maybe_auto_backup()  # just done: not due again
    assert not controller.busy()
    assert len(list(folder.glob("*.sqlite3"))) == 1


def test_missing_mutation_status_at_relapse_is_needed_and_entered_on_the_relapse_sample(
    store: Any, controller: Any, window: Any, drive: Any
) -> None:
    base = read_case_files([CASES / "patient1-early-relapse.json"])[0]
    relapse = replace(base.assessments[-1], mutations=None, tested_genes=None)
    [patient_id] = store.import_cases([replace(base, assessments=(*base.assessments[:-1], relapse))], user="t")
    controller.patients_changed.emit()
    select_patient(window, patient_id)
    assert "mutation_status_from_diagnosis" in window.result.recommendation.flags
    buttons = {b.objectName(): b for b in window.standing_panel.needed_buttons}

    def add_result(d: AssessmentDialog) -> None:
        assert d.index == len(base.assessments) - 1  # the relapse sample itself
        assert d.ui.molecular_tested_check.isChecked()
        d.ui.tested_genes_edit.setText("FLT3, IDH1, IDH2")
        d.accept()

    drive(AssessmentDialog, add_result)
    buttons["needed_molecular_button"].click()
    assert window.case.assessments[-1].tested_genes == ("FLT3", "IDH1", "IDH2")
    assert "mutation_status_from_diagnosis" not in window.result.recommendation.flags


def test_a_weight_older_than_the_current_course_is_flagged_beside_the_doses(
    store: Any, controller: Any, window: Any
) -> None:
    from aml_desktop.engine.case import Course

    base = read_case_files([CASES / "patient1-early-relapse.json"])[0]
    salvage = Course(phase="reinduction", regimen="MEC", start=date(2019, 7, 24), cycle=1)
    extensions = {"aml_desktop": {"measurements": [{"date": "2019-01-07", "height_cm": 168, "weight_kg": 70}]}}
    [patient_id] = store.import_cases(
        [replace(base, courses=(*base.courses, salvage), extensions=extensions)], user="t"
    )
    controller.patients_changed.emit()
    select_patient(window, patient_id)
    text = window.recommendation_panel.text()
    assert "measured on 7 Jan 2019, before the latest course began (24 Jul 2019)" in text
    assert "weigh the patient again" in text


def test_a_foreign_database_is_refused_with_a_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from aml_desktop.gui.app import run_gui

    foreign = tmp_path / "notes.sqlite3"
    foreign.write_bytes(b"this is not a clinic database" * 100)
    before = foreign.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: shown.append(text))
    assert run_gui(foreign) == 2
    assert shown and "cannot be opened" in shown[0]
    assert foreign.read_bytes() == before


def test_the_application_icon_loads_from_the_package_resources(qtbot: Any) -> None:
    from aml_desktop.gui.app import app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert not icon.pixmap(64, 64).isNull()


def _focus_chain(start: Any, count: int) -> list[str]:
    """Object names in Tab order; a date field's text box counts as the date field."""

    def name(widget: Any) -> str:
        return widget.parentWidget().objectName() if widget.objectName() == "date_text" else widget.objectName()

    names, widget = [], start
    for _ in range(count):
        names.append(name(widget))
        widget = widget.nextInFocusChain()
        while (
            not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            or widget.objectName().startswith("qt_")
            or not widget.objectName()
            or name(widget) == names[-1]
        ):
            widget = widget.nextInFocusChain()
    return names


def test_tab_order_follows_the_forms(qtbot: Any, paper_ids: dict[str, str], controller: Any) -> None:
    patient = PatientDialog(None, today=TODAY)
    qtbot.addWidget(patient)
    chain = _focus_chain(patient.ui.hospital_number_edit, 4)
    assert chain == ["hospital_number_edit", "name_edit", "sex_combo", "birth_date_edit"]
    case = controller.get_case(paper_ids["patient1-early-relapse"])
    assessment = AssessmentDialog(case, None, today=TODAY)
    qtbot.addWidget(assessment)
    chain = _focus_chain(assessment.ui.assessment_date_edit, 8)
    assert chain == [
        "assessment_date_edit",
        "marrow_blasts_edit",
        "circulating_blasts_combo",
        "extramedullary_combo",
        "anc_edit",
        "platelets_edit",
        "hemoglobin_edit",
        "wbc_edit",
    ]


def test_print_to_a_pdf_file_writes_the_summary(
    qtbot: Any, paper_ids: dict[str, str], controller: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    target = tmp_path / "printed.pdf"

    def fake_exec(self: QPrintDialog) -> int:
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(target))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    dialog = SummaryDialog(controller.snapshot(paper_ids["patient2-primary-refractory"]), today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.print_summary()
    assert target.read_bytes() == dialog.pdf_bytes()
    assert target.read_bytes().startswith(b"%PDF")


def test_deleting_a_patient_asks_first(paper_ids: dict[str, str], window: Any, answer: Any, controller: Any) -> None:
    select_patient(window, paper_ids["patient3-older-idh1"])
    asked = answer(QMessageBox.StandardButton.Cancel)
    window.ui.delete_patient_action.trigger()
    assert "Patient Three" in asked[0] or "Delete" in asked[0]
    assert window.model.rowCount() == 3
    answer(QMessageBox.StandardButton.Yes)
    window.ui.delete_patient_action.trigger()
    assert window.model.rowCount() == 2
    assert window.patient_id is None
    assert not window.ui.delete_patient_action.isEnabled()
    assert controller.count_patients() == 2


def test_an_engine_failure_is_shown_and_the_course_stays_editable(
    paper_ids: dict[str, str], window: Any, controller: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(case: Any) -> Any:
        raise ValueError("rule RR-TEST could not read courses[0]")

    monkeypatch.setattr(controller, "evaluate", broken)
    select_patient(window, paper_ids["patient1-early-relapse"])
    assert window.result is None
    assert "could not evaluate" in window.ui.message_label.text()
    assert "RR-TEST" in window.recommendation_panel.text()
    assert window.course_panel.course_model.rowCount() == 5
    assert not window.ui.decision_action.isEnabled()  # nothing to decide on
    assert not window.recommendation_panel.ui.decide_button.isEnabled()


def test_apl_is_shown_as_out_of_scope_first(store: Any, controller: Any, window: Any) -> None:
    base = read_case_files([CASES / "patient1-early-relapse.json"])[0]
    apl = replace(base, diagnosis=replace(base.diagnosis, karyotype="46,XX,t(15;17)(q24;q21)"))
    [patient_id] = store.import_cases([apl], user="t")
    controller.patients_changed.emit()
    select_patient(window, patient_id)
    assert window.result.recommendation.primary.category == "not_applicable"
    assert window.recommendation_panel.text().startswith("APL: out of scope")
    assert window.standing_panel.ui.standing_browser.toPlainText().startswith("APL: out of scope")


def test_export_offers_a_fhir_bundle_under_the_clinics_hospital_number_system(
    qtbot: Any, paper_ids: dict[str, str], window: Any, drive: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtTest import QTest

    from aml_desktop.gui.main_window import FHIR_FILTER

    def set_system(d: SettingsDialog) -> None:
        edit = d.ui.fhir_identifier_system_edit
        QTest.keyClicks(edit, "our hospital")
        d.accept()
        assert d.result_settings is None and "not an absolute URI" in d.ui.problems_label.text()
        edit.clear()
        QTest.keyClicks(edit, "urn:oid:1.2.3.4")
        d.accept()

    drive(SettingsDialog, set_system)
    window.ui.settings_action.trigger()
    assert window.controller.clinic_settings().fhir_identifier_system == "urn:oid:1.2.3.4"
    select_patient(window, paper_ids["patient1-early-relapse"])
    target = tmp_path / "out.fhir.json"
    offered: list[str] = []

    def save_as(*args: Any, **kwargs: Any) -> tuple[str, str]:
        offered.append(args[3])
        return str(target), FHIR_FILTER

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.ui.export_action.trigger()
    qtbot.waitUntil(lambda: not window.controller.busy(), timeout=20000)  # written off the GUI thread
    assert FHIR_FILTER in offered[0]
    bundle = json.loads(target.read_text(encoding="utf-8"))
    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "collection"
    [patient] = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"]
    assert patient["name"] == [{"text": window.case.patient.name}]
    assert (patient["identifier"][0]["system"], patient["identifier"][0]["value"]) == ("urn:oid:1.2.3.4", "DT-1")
    assert "as FHIR" in window.ui.message_label.text()
