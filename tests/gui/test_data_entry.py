"""Safe data entry (issue 11): what a clinician types is what the record holds.

Every test drives the real window or dialog as a user would (keys typed one by one with
``qtbot.keyClicks``), then reads back what the store saved.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from aml_desktop.gui.assessment_dialog import AssessmentDialog
from aml_desktop.gui.course_dialog import CourseDialog
from aml_desktop.gui.decision_dialog import DecisionDialog, VoidDecisionDialog
from aml_desktop.gui.fitness_dialog import FitnessDialog
from aml_desktop.gui.form_support import append_row
from aml_desktop.gui.patient_dialog import PatientDialog
from aml_desktop.store import Store, StoreError, read_case_files
from tests.gui.gui_helpers import TODAY, select_code, select_patient, type_date


@pytest.fixture(autouse=True)
def no_cycle_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    """After a decision the window offers to plan the cycle (issue 15): these tests say No."""
    from PySide6.QtWidgets import QMessageBox

    refuse = QMessageBox.question

    def question(parent: Any, title: str, *args: Any, **kwargs: Any) -> Any:
        if title == "Plan the cycle?":
            return QMessageBox.StandardButton.No
        return refuse(parent, title, *args, **kwargs)

    monkeypatch.setattr(QMessageBox, "question", question)


def _new_patient(qtbot: Any, d: PatientDialog, *, birth: str = "1978-03-15", number: str = "H-11") -> None:
    qtbot.keyClicks(d.ui.hospital_number_edit, number)
    qtbot.keyClicks(d.ui.name_edit, "Amina Diallo")
    type_date(qtbot, d.ui.birth_date_edit, birth)
    type_date(qtbot, d.ui.diagnosis_date_edit, "2025-01-10")
    qtbot.keyClicks(d.ui.tested_genes_edit, "FLT3, NPM1, CEBPA, IDH1, IDH2, TP53, RUNX1, ASXL1")


# ----------------------------------------------------------------------------- dates


def test_every_date_field_saves_exactly_what_was_typed(
    qtbot: Any, paper_ids: dict[str, str], window: Any, controller: Any, drive: Any
) -> None:
    def patient(d: PatientDialog) -> None:
        assert d.ui.birth_date_edit.text() == ""  # never pre-filled
        _new_patient(qtbot, d)
        assert d.ui.birth_date_edit.message.text() == "15 March 1978"  # read back in words
        d.accept()

    drive(PatientDialog, patient)
    window.ui.new_patient_action.trigger()
    pid = window.patient_id
    saved = controller.get_case(pid)
    assert saved.patient.birth_date == date(1978, 3, 15)  # QDateEdit made this 1978-01-19
    assert saved.diagnosis.date == date(2025, 1, 10)

    def course(d: CourseDialog) -> None:
        assert d.ui.start_date_edit.text() == ""
        select_code(d.ui.phase_combo, "induction")
        select_code(d.ui.regimen_combo, "7+3")
        type_date(qtbot, d.ui.start_date_edit, "2025-01-12")
        type_date(qtbot, d.ui.end_edit, "2025-01-18")
        d.accept()

    drive(CourseDialog, course)
    window.ui.add_course_action.trigger()
    [c] = controller.get_case(pid).courses
    assert (c.start, c.end) == (date(2025, 1, 12), date(2025, 1, 18))

    def assessment(d: AssessmentDialog) -> None:
        type_date(qtbot, d.ui.assessment_date_edit, "2025-02-12")
        qtbot.keyClicks(d.ui.marrow_blasts_edit, "3")
        d.accept()

    drive(AssessmentDialog, assessment)
    window.ui.add_assessment_action.trigger()
    assert [a.date for a in controller.get_case(pid).assessments] == [date(2025, 2, 12)]

    def fitness(d: FitnessDialog) -> None:
        type_date(qtbot, d.ui.fitness_date_edit, "2026-11-20")
        d.accept()

    drive(FitnessDialog, fitness)
    window.ui.fitness_action.trigger()
    assert controller.get_case(pid).fitness.date == date(2026, 11, 20)

    select_patient(window, paper_ids["patient3-older-idh1"])

    def decide(d: DecisionDialog) -> None:
        type_date(qtbot, d.ui.decision_date_edit, "2026-11-21")
        qtbot.keyClicks(d.ui.clinician_edit, "Dr Osei")
        d.accept()

    drive(DecisionDialog, decide)
    window.ui.decision_action.trigger()
    [record] = controller.decision_records(paper_ids["patient3-older-idh1"])
    assert record.decision.date == date(2026, 11, 21)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("1978-02-30", "30 February 1978 does not exist"),
        ("1978-13-01", "there is no month 13"),
        ("15/03/78", "write the year in full"),
        ("1978-3-15x", "is not a date"),
        ("2031-02-30", "30 February 2031 does not exist"),
        ("2031-01-02", "is after today"),
        ("1899-12-31", "is before 1 January 1900"),
    ],
)
def test_an_impossible_birth_date_is_refused_beside_the_field(
    qtbot: Any, window: Any, controller: Any, drive: Any, typed: str, message: str
) -> None:
    def patient(d: PatientDialog) -> None:
        _new_patient(qtbot, d, birth=typed)
        d.accept()
        assert d.result() != QDialog.DialogCode.Accepted
        assert message in d.ui.birth_date_edit.message.text()  # beside the field, in words
        assert message in d.ui.problems_label.text()
        assert d.ui.name_edit.text() == "Amina Diallo"  # nothing typed is lost
        type_date(qtbot, d.ui.birth_date_edit, "1978-03-15")
        assert "does not exist" not in d.ui.birth_date_edit.message.text()
        d.accept()

    drive(PatientDialog, patient)
    window.ui.new_patient_action.trigger()
    assert controller.get_case(window.patient_id).patient.birth_date == date(1978, 3, 15)


def test_an_impossible_decision_date_is_refused_not_moved(
    qtbot: Any, paper_ids: dict[str, str], window: Any, controller: Any, drive: Any
) -> None:
    """ "2031-02-30" was saved as 2026-02-03."""
    select_patient(window, paper_ids["patient3-older-idh1"])

    def decide(d: DecisionDialog) -> None:
        type_date(qtbot, d.ui.decision_date_edit, "2031-02-30")
        qtbot.keyClicks(d.ui.clinician_edit, "Dr Osei")
        d.accept()
        assert "30 February 2031 does not exist" in d.ui.decision_date_edit.message.text()

    opened = drive(DecisionDialog, decide)
    window.ui.decision_action.trigger()
    assert opened[0].result() != QDialog.DialogCode.Accepted
    assert controller.decision_records(paper_ids["patient3-older-idh1"]) == []


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("start_date_edit", "2019-02-29", "29 February 2019 does not exist"),
        ("end_edit", "2019-04-31", "31 April 2019 does not exist"),
        ("end_edit", "next week", "is not a date"),
    ],
)
def test_course_dates_are_dates(
    qtbot: Any, paper_ids: dict[str, str], controller: Any, field: str, typed: str, message: str
) -> None:
    pid = paper_ids["patient1-early-relapse"]
    before = controller.get_case(pid)
    dialog = CourseDialog(before, None, today=TODAY, saver=controller.save_case)
    qtbot.addWidget(dialog)
    select_code(dialog.ui.phase_combo, "reinduction")
    select_code(dialog.ui.regimen_combo, "FLAG-IDA")
    type_date(qtbot, dialog.ui.start_date_edit, "2019-08-01")
    type_date(qtbot, getattr(dialog.ui, field), typed)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert message in getattr(dialog.ui, field).message.text()
    assert controller.get_case(pid).courses == before.courses


def test_assessment_and_fitness_dates_refuse_the_impossible(
    qtbot: Any, paper_ids: dict[str, str], controller: Any
) -> None:
    case = controller.get_case(paper_ids["patient1-early-relapse"])
    assessment = AssessmentDialog(case, None, today=TODAY)
    qtbot.addWidget(assessment)
    assert assessment.ui.assessment_date_edit.text() == ""
    type_date(qtbot, assessment.ui.assessment_date_edit, "2026-02-29")
    assessment.accept()
    assert assessment.result_case is None
    assert "29 February 2026 does not exist" in assessment.ui.assessment_date_edit.message.text()
    fitness = FitnessDialog(case, today=TODAY, settings=controller.engine_settings())
    qtbot.addWidget(fitness)
    type_date(qtbot, fitness.ui.fitness_date_edit, "2026-04-31")
    fitness.accept()
    assert fitness.result_case is None
    assert "31 April 2026 does not exist" in fitness.ui.fitness_date_edit.message.text()


def test_day_first_dates_follow_the_clinic_setting(qtbot: Any, window: Any, controller: Any, drive: Any) -> None:
    def refused(d: PatientDialog) -> None:
        _new_patient(qtbot, d, birth="15/03/1978")
        d.accept()
        assert "YYYY-MM-DD" in d.ui.birth_date_edit.message.text()
        d.done(0)

    drive(PatientDialog, refused)
    window.ui.new_patient_action.trigger()
    assert controller.count_patients() == 0

    controller.save_clinic_settings(replace(controller.clinic_settings(), date_order="day_first"))

    def accepted(d: PatientDialog) -> None:
        _new_patient(qtbot, d, birth="15/03/1978")
        assert d.ui.birth_date_edit.message.text() == "15 March 1978"
        type_date(qtbot, d.ui.diagnosis_date_edit, "10.01.2025")
        d.accept()

    drive(PatientDialog, accepted)
    window.ui.new_patient_action.trigger()
    saved = controller.get_case(window.patient_id)
    assert (saved.patient.birth_date, saved.diagnosis.date) == (date(1978, 3, 15), date(2025, 1, 10))
    assert controller.clinic_settings().date_order == "day_first"


def test_the_calendar_fills_the_field(qtbot: Any) -> None:
    from PySide6.QtCore import QDate

    dialog = PatientDialog(None, today=TODAY)
    qtbot.addWidget(dialog)
    field = dialog.ui.birth_date_edit
    field.open_calendar()
    assert field.calendar is not None
    assert field.calendar.maximumDate() == QDate(2026, 11, 23)
    field.pick(QDate(1978, 3, 15))
    assert field.text() == "1978-03-15" and field.date() == date(1978, 3, 15)


# ----------------------------------------------------------------------------- required fields and errors


def test_a_blank_new_patient_form_does_not_save(qtbot: Any, window: Any, controller: Any, drive: Any) -> None:
    def blank(d: PatientDialog) -> None:
        assert d.ui.birth_date_edit.text() == "" and d.ui.diagnosis_date_edit.text() == ""
        d.accept()
        text = d.ui.problems_label.text()
        assert "name or hospital number" in text
        assert "Birth date: a date is required" in text
        assert d.ui.birth_date_edit.message.text() == "a date is required"

    opened = drive(PatientDialog, blank)
    window.ui.new_patient_action.trigger()
    assert opened[0].result() != QDialog.DialogCode.Accepted
    assert controller.count_patients() == 0


def test_a_duplicate_hospital_number_is_said_as_typed_and_keeps_everything(
    qtbot: Any, paper_ids: dict[str, str], window: Any, controller: Any, drive: Any
) -> None:
    def duplicate(d: PatientDialog) -> None:
        _new_patient(qtbot, d, number="DT-1")
        assert d.number_label.isVisible() or not d.isVisible()
        assert d.number_label.text() == "DT-1 is already the hospital number of Patient One"
        d.accept()
        assert d.result() != QDialog.DialogCode.Accepted
        assert "already the hospital number of Patient One" in d.ui.problems_label.text()
        assert d.ui.name_edit.text() == "Amina Diallo" and d.ui.birth_date_edit.text() == "1978-03-15"
        d.ui.hospital_number_edit.clear()
        qtbot.keyClicks(d.ui.hospital_number_edit, "dt-1")  # the same number, written another way
        assert d.number_label.text() == "dt-1 is already the hospital number of Patient One"
        d.ui.hospital_number_edit.clear()
        qtbot.keyClicks(d.ui.hospital_number_edit, "DT-11")
        assert d.number_label.text() == ""
        assert d.ui.hospital_number_edit.property("invalid") is False  # cleared once corrected
        d.accept()

    drive(PatientDialog, duplicate)
    window.ui.new_patient_action.trigger()
    assert controller.get_case(window.patient_id).patient.hospital_number == "DT-11"
    assert controller.count_patients() == 4


def test_editing_a_patient_does_not_flag_its_own_number(
    qtbot: Any, paper_ids: dict[str, str], window: Any, controller: Any, drive: Any
) -> None:
    select_patient(window, paper_ids["patient1-early-relapse"])

    def edit(d: PatientDialog) -> None:
        d.ui.hospital_number_edit.clear()
        qtbot.keyClicks(d.ui.hospital_number_edit, "DT-1")
        assert d.number_label.text() == ""
        d.accept()

    drive(PatientDialog, edit)
    window.ui.edit_patient_action.trigger()
    assert "Not saved" not in window.ui.message_label.text()


def test_a_refused_save_keeps_the_dialog_open_with_the_message(
    qtbot: Any, window: Any, controller: Any, drive: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(case: Any, **_: Any) -> str:
        raise StoreError("the database is busy (another computer is saving); try again")

    monkeypatch.setattr(controller, "save_patient", locked)

    def patient(d: PatientDialog) -> None:
        _new_patient(qtbot, d)
        d.accept()
        assert d.result() != QDialog.DialogCode.Accepted
        assert "the database is busy" in d.ui.problems_label.text()
        assert d.ui.name_edit.text() == "Amina Diallo"

    drive(PatientDialog, patient)
    window.ui.new_patient_action.trigger()
    assert not window.ui.message_frame.isVisible() or "busy" not in window.ui.message_label.text()


def test_height_out_of_range_is_said_in_words_beside_the_table_and_cleared(qtbot: Any) -> None:
    dialog = PatientDialog(None, today=TODAY)
    qtbot.addWidget(dialog)
    _new_patient(qtbot, dialog)
    dialog.ui.add_measurement_button.click()
    table = dialog.ui.measurements_table
    table.item(0, 1).setText("1.7")
    table.item(0, 2).setText("60")
    dialog.accept()
    text = dialog.ui.problems_label.text()
    assert "Height must be between 100 and 250 cm" in text
    assert "height_cm" not in text and "measurements" not in text
    note = dialog.findChild(QLabel, "measurements_table_problem")
    assert note is not None and "Height must be between 100 and 250 cm" in note.text()
    assert "Birth date" not in text
    type_date(qtbot, dialog.ui.birth_date_edit, "1978-02-30")
    dialog.accept()
    assert "Birth date" in dialog.ui.problems_label.text()
    type_date(qtbot, dialog.ui.birth_date_edit, "1978-03-15")  # corrected: it leaves the summary
    assert "Birth date" not in dialog.ui.problems_label.text()
    assert "Height must be between" in dialog.ui.problems_label.text()
    table.item(0, 1).setText("170")  # corrected: the message goes
    assert dialog.findChild(QLabel, "measurements_table_problem") is None or not note.isVisible()
    assert table.property("invalid") is False
    dialog.accept()
    assert dialog.result_case is not None


# ----------------------------------------------------------------------------- genes


@pytest.mark.parametrize(
    ("gene", "variant", "saved"),
    [
        ("FLT3-ITD", "ITD", ("FLT3", "ITD")),
        ("FLT3 ITD", "", ("FLT3", "ITD")),
        ("FLT3-TKD", "", ("FLT3", "TKD")),
        ("FLT3", "d835y", ("FLT3", "D835Y")),
        ("NPM1 type A", "", ("NPM1", "type A")),
        ("npm1", "Type A", ("NPM1", "type A")),
    ],
)
def test_a_typed_mutation_is_saved_as_the_engine_reads_it(
    qtbot: Any, window: Any, controller: Any, drive: Any, gene: str, variant: str, saved: tuple[str, str]
) -> None:
    def patient(d: PatientDialog) -> None:
        _new_patient(qtbot, d)
        row = append_row(d.ui.mutations_table)
        d.ui.mutations_table.item(row, 0).setText(gene)
        if variant:
            d.ui.mutations_table.item(row, 1).setText(variant)
        assert d.ui.mutations_table.item(row, 0).text() == saved[0]  # shown as it will be saved
        assert d.ui.mutations_table.item(row, 1).text() == saved[1]
        if (gene, variant) != saved:
            assert "read as gene" in d.mutation_table.notes.text()
        d.accept()

    drive(PatientDialog, patient)
    window.ui.new_patient_action.trigger()
    [m] = controller.get_case(window.patient_id).diagnosis.mutations
    assert (m.gene, m.variant) == saved


def test_flt3_itd_typed_in_the_gene_field_keeps_the_flt3_branch(
    qtbot: Any, window: Any, controller: Any, drive: Any
) -> None:
    def patient(d: PatientDialog) -> None:
        _new_patient(qtbot, d)
        row = append_row(d.ui.mutations_table)
        d.ui.mutations_table.item(row, 0).setText("FLT3-ITD")
        d.ui.mutations_table.item(row, 1).setText("ITD")
        d.accept()

    drive(PatientDialog, patient)
    window.ui.new_patient_action.trigger()
    text = window.standing_panel.ui.standing_browser.toPlainText()
    assert "wild type without FLT3-ITD" not in text
    assert "FLT3-ITD" in text


def test_a_mistyped_gene_warns_and_is_never_wild_type(qtbot: Any, window: Any, controller: Any, drive: Any) -> None:
    def patient(d: PatientDialog) -> None:
        _new_patient(qtbot, d)
        row = append_row(d.ui.mutations_table)
        d.ui.mutations_table.item(row, 0).setText("NMP1")
        assert "NMP1: not a gene the engine reads — did you mean NPM1?" in d.mutation_table.notes.text()
        d.accept()

    drive(PatientDialog, patient)
    window.ui.new_patient_action.trigger()
    case = controller.get_case(window.patient_id)
    assert [m.gene for m in case.diagnosis.mutations] == ["NMP1"]  # kept as typed
    assert window.result.derived.eln2017_risk == "unknown"
    assert "NPM1" in window.result.derived.eln2017_missing_tests
    standing = window.standing_panel.ui.standing_browser.toPlainText()
    assert "NPM1 wild type" not in standing
    assert "did you mean NPM1?" in standing  # the clinician is told why NPM1 counts as not tested


def test_a_mistyped_tested_gene_is_flagged(qtbot: Any) -> None:
    dialog = PatientDialog(None, today=TODAY)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.tested_genes_edit, "FLT3, NMP1, DNMT3A, RUNX1-RUNX1T1")
    assert dialog.tested_notes.notes.text() == "⚠ NMP1: not a gene the engine reads — did you mean NPM1?"


def test_pick_lists_offer_the_genes_and_variants_the_engine_knows(qtbot: Any) -> None:
    from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

    dialog = PatientDialog(None, today=TODAY)
    qtbot.addWidget(dialog)
    table = dialog.ui.mutations_table
    row = append_row(table, ["FLT3", "", "", ""])
    delegate = dialog.mutation_table.delegate
    genes = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), table.model().index(row, 0))
    variants = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), table.model().index(row, 1))
    assert isinstance(genes, QComboBox) and isinstance(variants, QComboBox)
    assert {"FLT3", "NPM1", "IDH1", "IDH2", "TP53"} <= {genes.itemText(i) for i in range(genes.count())}
    assert {"ITD", "TKD", "D835Y"} <= {variants.itemText(i) for i in range(variants.count())}
    assert genes.isEditable()  # typing still completes
    assert genes.completer().caseSensitivity() == Qt.CaseSensitivity.CaseInsensitive


def test_an_imported_case_file_is_read_with_the_same_spellings(tmp_path: Path, store: Store) -> None:
    data = json.loads((Path(__file__).parents[1] / "fixtures/cases/patient1-early-relapse.json").read_text())
    data["diagnosis"]["mutations"] = [{"gene": "FLT3-ITD", "variant": "ITD", "allelic_ratio": 0.7}]
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    [pid] = store.import_cases(read_case_files([path]), user="tester")
    [m] = store.get_case(pid).diagnosis.mutations
    assert (m.gene, m.variant, m.allelic_ratio) == ("FLT3", "ITD", 0.7)


# ----------------------------------------------------------------------------- decisions


def test_an_override_needs_its_details(
    qtbot: Any, paper_ids: dict[str, str], window: Any, controller: Any, drive: Any
) -> None:
    select_patient(window, paper_ids["patient3-older-idh1"])

    def override(d: DecisionDialog) -> None:
        d.ui.override_radio.setChecked(True)
        select_code(d.ui.chosen_category_combo, "venetoclax_combination")
        select_code(d.ui.reason_combo, "patient_preference")
        qtbot.keyClicks(d.ui.clinician_edit, "Dr Osei")
        d.accept()
        assert d.result() != QDialog.DialogCode.Accepted
        assert "details are required" in d.ui.problems_label.text()
        d.ui.reason_text_edit.setPlainText("Prefers treatment at home")
        d.accept()

    drive(DecisionDialog, override)
    window.ui.decision_action.trigger()
    [record] = controller.decision_records(paper_ids["patient3-older-idh1"])
    assert record.reason_code == "patient_preference"
    assert record.decision.override_reason == "Prefers treatment at home"  # the code's words are not repeated


def test_record_decision_is_disabled_when_nothing_is_recommended(
    qtbot: Any, window: Any, drive: Any, controller: Any
) -> None:
    drive(PatientDialog, lambda d: (_new_patient(qtbot, d), d.accept()))
    window.ui.new_patient_action.trigger()
    assert window.result.recommendation.primary.category == "not_applicable"
    assert not window.ui.decision_action.isEnabled()
    assert not window.recommendation_panel.ui.decide_button.isEnabled()
    assert "Nothing to decide" in window.recommendation_panel.ui.decide_button.toolTip()


def _decide(qtbot: Any, window: Any, drive: Any, clinician: str = "Dr Osei") -> None:
    def accept(d: DecisionDialog) -> None:
        qtbot.keyClicks(d.ui.clinician_edit, clinician)
        d.accept()

    drive(DecisionDialog, accept)
    window.ui.decision_action.trigger()


def test_a_decision_is_voided_with_a_reason_and_stays_marked(
    qtbot: Any, paper_ids: dict[str, str], window: Any, controller: Any, drive: Any, tmp_path: Path
) -> None:
    pid = paper_ids["patient3-older-idh1"]
    select_patient(window, pid)
    _decide(qtbot, window, drive)
    panel = window.decisions_panel
    assert panel.void_button.isEnabled()

    def void(d: VoidDecisionDialog) -> None:
        d.accept()
        assert "say why the decision is void" in d.problems_label.text()
        qtbot.keyClicks(d.reason_edit, "Entered for the wrong patient")
        d.accept()

    drive(VoidDecisionDialog, void)
    panel.void_button.click()
    [record] = controller.decision_records(pid)
    assert record.status == "voided" and record.status_reason == "Entered for the wrong patient"
    assert record.status_by == "tester" and not record.in_force
    assert record.decision.clinician == "Dr Osei"  # the original is kept
    assert panel.ui.decisions_table.item(0, 7).text() == "void"
    assert not panel.void_button.isEnabled()  # a void decision is not corrected twice
    audit = [e for e in controller.store.audit_entries(pid) if e.table == "decisions"]
    assert any(e.action == "update" and (e.after or {}).get("status") == "voided" for e in audit)

    # exported in extensions["aml_desktop"] and back, field for field
    target = tmp_path / "case.json"
    controller.export_case(pid, target)
    qtbot.waitUntil(lambda: not controller.busy(), timeout=20000)
    exported = json.loads(target.read_text(encoding="utf-8"))
    [detail] = exported["extensions"]["aml_desktop"]["decision_details"]
    assert detail["status"] == "voided" and detail["status_reason"] == "Entered for the wrong patient"
    other = Store.open(tmp_path / "other.sqlite3", today=lambda: TODAY)
    try:
        [again] = other.import_cases(read_case_files([target]), user="tester")
        [copy] = other.decision_records(again)
        assert (copy.status, copy.status_reason, copy.status_by) == ("voided", record.status_reason, "tester")
    finally:
        other.close()


def test_a_decision_is_superseded_by_a_new_one(
    qtbot: Any, paper_ids: dict[str, str], window: Any, controller: Any, drive: Any
) -> None:
    pid = paper_ids["patient3-older-idh1"]
    select_patient(window, pid)
    _decide(qtbot, window, drive)

    def replace_it(d: DecisionDialog) -> None:
        d.ui.override_radio.setChecked(True)
        select_code(d.ui.chosen_category_combo, "venetoclax_combination")
        select_code(d.ui.reason_combo, "not_available_today")
        d.ui.reason_text_edit.setPlainText("Ivosidenib not delivered")
        qtbot.keyClicks(d.ui.clinician_edit, "Dr Osei")
        d.accept()
        assert "say why the earlier decision is replaced" in d.ui.problems_label.text()
        d.supersede_reason_edit.setPlainText("Drug supply changed")
        d.accept()

    drive(DecisionDialog, replace_it)
    window.decisions_panel.supersede_button.click()
    first, second = controller.decision_records(pid)
    assert first.status == "superseded" and first.superseded_by == 1 and first.status_reason == "Drug supply changed"
    assert second.in_force and second.decision.chosen == "venetoclax_combination"


def test_the_printed_reason_is_not_repeated(paper_ids: dict[str, str], controller: Any) -> None:
    from aml_desktop.engine.case import Decision
    from aml_desktop.present.decisions import DecisionEntry
    from aml_desktop.present.summary import _decision_lines

    old = Decision(date(2026, 11, 1), "idh1_inhibitor", "venetoclax_combination", None, "Patient preference", "Dr O")
    [line] = _decision_lines((DecisionEntry(old, reason_code="patient_preference"),), "x")
    assert "Reason: Patient preference" in line.details
    assert not any("Patient preference: Patient preference" in d for d in line.details)
    voided = DecisionEntry(old, reason_code="patient_preference", status="voided", status_reason="wrong patient")
    [line] = _decision_lines((voided,), "x")
    assert "VOID" in line.heading and "Voided: wrong patient" in line.details


# ----------------------------------------------------------------------------- keyboard and list


def test_enter_or_down_in_the_search_box_goes_to_the_results(
    qtbot: Any, paper_ids: dict[str, str], window: Any
) -> None:
    search = window.ui.search_edit
    window.focus_search()
    qtbot.keyClicks(search, "Patient Two")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert window.patient_id == paper_ids["patient2-primary-refractory"]
    assert window.ui.patient_table_view.hasFocus() or window.focusWidget() is window.ui.patient_table_view
    search.selectAll()
    qtbot.keyClicks(search, "Patient Three")
    three = paper_ids["patient3-older-idh1"]
    qtbot.waitUntil(lambda: window.model.data(window.model.index(0, 0), Qt.ItemDataRole.UserRole) == three)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.patient_id == paper_ids["patient3-older-idh1"]


def test_ctrl_e_edits_the_patient_from_the_search_box(
    qtbot: Any, paper_ids: dict[str, str], window: Any, drive: Any
) -> None:
    select_patient(window, paper_ids["patient1-early-relapse"])
    opened = drive(PatientDialog, lambda d: None)
    window.focus_search()
    qtbot.keyClick(window.ui.search_edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1


def test_shortcuts_add_a_course_and_an_assessment(window: Any) -> None:
    assert window.ui.add_course_action.shortcut().toString() == "Ctrl+Shift+C"
    assert window.ui.add_assessment_action.shortcut().toString() == "Ctrl+Shift+A"


def test_alt_keys_open_a_menu_or_a_tab_never_both(paper_ids: dict[str, str], window: Any) -> None:
    """Every Alt+letter of the main window (menus, tabs, buttons of the open tabs) is used once."""
    from PySide6.QtWidgets import QAbstractButton

    select_patient(window, paper_ids["patient1-early-relapse"])
    texts = [a.text() for a in window.menuBar().actions()]
    tabs = window.ui.patient_tabs
    texts += [tabs.tabText(i) for i in range(tabs.count())]
    for i in range(tabs.count()):
        texts += [b.text() for b in tabs.widget(i).findChildren(QAbstractButton) if b.text()]
    texts += [b.text() for b in window.ui.patient_list_widget.findChildren(QAbstractButton) if b.text()]
    texts.append(window.ui.status_filter_label.text())
    keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t and not t.endswith("&")]
    assert len(keys) == len(set(keys)), sorted(keys)


def test_the_list_never_highlights_another_patient_than_the_one_open(
    qtbot: Any, paper_ids: dict[str, str], window: Any
) -> None:
    select_patient(window, paper_ids["patient1-early-relapse"])
    qtbot.keyClicks(window.ui.search_edit, "Patient Two")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    assert window.patient_id == paper_ids["patient1-early-relapse"]
    assert window.ui.patient_table_view.selectionModel().selectedRows() == []
    window.ui.search_edit.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=3000)
    [row] = window.ui.patient_table_view.selectionModel().selectedRows()
    assert window.model.data(row, Qt.ItemDataRole.UserRole) == paper_ids["patient1-early-relapse"]


# ----------------------------------------------------------------------------- small screens


@pytest.mark.parametrize("width", [1024, 1366])
def test_course_tables_show_their_key_columns(qtbot: Any, paper_ids: dict[str, str], window: Any, width: int) -> None:
    window.resize(width, 768)
    select_patient(window, paper_ids["patient1-early-relapse"])
    window.ui.patient_tabs.setCurrentWidget(window.ui.course_tab)
    qtbot.wait(10)
    panel = window.course_panel
    for view, columns in ((panel.ui.courses_table, 4), (panel.ui.assessments_table, 3)):
        visible = view.viewport().width()
        for column in range(columns):  # phase, regimen, start, end / date, response, marrow blasts
            right = view.columnViewportPosition(column) + view.columnWidth(column)
            assert view.columnViewportPosition(column) >= 0 and right <= visible, (view.objectName(), column)


def test_the_checklist_can_be_hidden_and_shown(paper_ids: dict[str, str], window: Any) -> None:
    select_patient(window, paper_ids["patient1-early-relapse"])
    window.ui.patient_tabs.setCurrentWidget(window.ui.recommendation_tab)
    panel = window.recommendation_panel
    panel.checklist_button.click()
    assert not panel.ui.checklist_group.isVisible() and panel.ui.decide_button.isVisible()
    panel.checklist_button.click()
    assert panel.ui.checklist_group.isVisible()


def test_tables_never_break_words(paper_ids: dict[str, str], window: Any) -> None:
    select_patient(window, paper_ids["patient1-early-relapse"])
    assert not window.ui.patient_table_view.wordWrap()
    assert not window.course_panel.ui.courses_table.wordWrap()
    assert not window.course_panel.ui.assessments_table.wordWrap()


# ----------------------------------------------------------------------------- printing and files


def test_print_honours_copies_and_page_range(
    qtbot: Any, paper_ids: dict[str, str], controller: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from aml_desktop.gui import summary_dialog
    from aml_desktop.gui.summary_dialog import SummaryDialog

    dialog = SummaryDialog(controller.snapshot(paper_ids["patient2-primary-refractory"]), today=TODAY)
    qtbot.addWidget(dialog)
    total = dialog.page_count()
    assert total >= 2
    commands: list[list[str]] = []
    spooled: list[Path] = []

    def fake_run(command: list[str], **kwargs: Any) -> Any:
        commands.append(command)
        spooled.append(Path(command[-1]))
        assert Path(command[-1]).exists()
        return None

    monkeypatch.setattr(summary_dialog.subprocess, "run", fake_run)
    monkeypatch.setattr(summary_dialog.sys, "platform", "linux")

    def to_printer(self: QPrintDialog) -> int:
        self.printer().setOutputFormat(QPrinter.OutputFormat.NativeFormat)
        self.printer().setCopyCount(3)
        self.printer().setPrintRange(QPrinter.PrintRange.PageRange)
        self.printer().setFromTo(2, 2)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", to_printer)
    assert dialog.print_summary()
    [command] = commands
    assert command[:1] == ["lp"] and "-n" in command and command[command.index("-n") + 1] == "3"
    assert "page-ranges=2-2" in command
    assert not spooled[0].exists()  # the temporary copy is removed once spooled
    assert summary_dialog.private_temp_dir() == spooled[0].parent

    target = tmp_path / "page1.pdf"

    def to_file(self: QPrintDialog) -> int:
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(target))
        self.printer().setPrintRange(QPrinter.PrintRange.PageRange)
        self.printer().setFromTo(1, 1)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", to_file)
    assert dialog.print_summary()
    assert len(PdfReader(str(target)).pages) == 1


def test_temporary_pdfs_are_private_and_no_viewer_is_said(
    qtbot: Any, paper_ids: dict[str, str], controller: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    from PySide6.QtGui import QDesktopServices

    from aml_desktop.gui.summary_dialog import SummaryDialog, private_temp_dir

    said: list[str] = []
    snapshot = controller.snapshot(paper_ids["patient1-early-relapse"])
    dialog = SummaryDialog(snapshot, today=TODAY, notify=said.append)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    assert dialog.open_pdf() is None
    assert said and "No PDF viewer is installed" in said[-1]
    folder = private_temp_dir()
    assert folder.stat().st_mode & 0o777 == 0o700
    assert folder.name != "aml-desktop-summaries"
    assert not (Path(tempfile.gettempdir()) / "aml-desktop-summaries" / dialog.default_name()).exists()
    [pdf] = list(folder.glob("*.pdf"))
    assert pdf.stat().st_mode & 0o777 == 0o600


def test_a_first_start_fits_the_screen(qtbot: Any, controller: Any) -> None:
    """Not 1280x760 whatever the screen: the window opens inside the screen's free area."""
    from aml_desktop.gui.main_window import MainWindow

    w = MainWindow(controller)
    qtbot.addWidget(w)
    free = w.screen().availableGeometry()
    assert w.width() <= free.width() and w.height() <= free.height()
    assert w.minimumWidth() <= free.width() and w.minimumHeight() <= free.height()


def test_impossible_dates_in_the_other_forms_are_refused_then_saved_when_corrected(
    qtbot: Any, paper_ids: dict[str, str], window: Any, controller: Any, drive: Any
) -> None:
    pid = paper_ids["patient1-early-relapse"]
    select_patient(window, pid)

    def correct(field: Any, dialog: Any, wrong: str, message: str, right: str) -> None:
        type_date(qtbot, field, wrong)
        dialog.accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert message in field.message.text()
        type_date(qtbot, field, right)
        dialog.accept()

    drive(PatientDialog, lambda d: correct(d.ui.diagnosis_date_edit, d, "2019-02-29", "does not exist", "2019-01-06"))
    window.ui.edit_patient_action.trigger()
    assert controller.get_case(pid).diagnosis.date == date(2019, 1, 6)

    def assessment(d: AssessmentDialog) -> None:
        qtbot.keyClicks(d.ui.marrow_blasts_edit, "4")
        correct(d.ui.assessment_date_edit, d, "2026-02-29", "29 February 2026 does not exist", "2026-11-02")

    drive(AssessmentDialog, assessment)
    window.ui.add_assessment_action.trigger()
    assert date(2026, 11, 2) in [a.date for a in controller.get_case(pid).assessments]

    drive(FitnessDialog, lambda d: correct(d.ui.fitness_date_edit, d, "2026-04-31", "does not exist", "2026-11-03"))
    window.ui.fitness_action.trigger()
    assert controller.get_case(pid).fitness.date == date(2026, 11, 3)


def test_the_tested_genes_field_completes_the_word_being_typed(qtbot: Any) -> None:
    dialog = PatientDialog(None, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.ui.tested_genes_edit
    qtbot.keyClicks(edit, "FLT3, np")
    completer = dialog.tested_notes.completer
    assert completer.completionPrefix() == "np" and completer.currentCompletion() == "NPM1"
    completer.activated[str].emit(completer.currentCompletion())  # as when the user picks it
    assert edit.text() == "FLT3, NPM1"


def test_a_stale_save_keeps_the_form_open_then_offers_the_other_version(
    qtbot: Any,
    tmp_path: Path,
    store: Store,
    paper_ids: dict[str, str],
    window: Any,
    drive: Any,
    answer: Any,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    pid = paper_ids["patient1-early-relapse"]
    select_patient(window, pid)
    other = Store.open(tmp_path / "clinic.sqlite3", today=lambda: TODAY)
    try:  # someone else changes the record after this window read it
        theirs = other.get_case(pid)
        other.save_case(replace(theirs, courses=theirs.courses[:-1]), user="bob")
    finally:
        other.close()
    asked = answer(QMessageBox.StandardButton.Yes)

    def fitness(d: FitnessDialog) -> None:
        type_date(qtbot, d.ui.fitness_date_edit, "2026-11-20")
        d.accept()
        assert d.result() != QDialog.DialogCode.Accepted  # kept open, with what was typed
        assert "since you opened it" in d.ui.problems_label.text()
        assert d.ui.fitness_date_edit.text() == "2026-11-20"

    drive(FitnessDialog, fitness)
    window.ui.fitness_action.trigger()
    assert any(text.startswith("Changed by someone else") for text in asked)
    assert len(window.case.courses) == len(theirs.courses) - 1  # their version is shown now
