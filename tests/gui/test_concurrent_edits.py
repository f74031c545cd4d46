"""Two windows on one clinic: a stale save is refused and the form offers to reload (issue 12, item 5)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from aml_desktop.gui.controller import Controller
from aml_desktop.gui.fitness_dialog import FitnessDialog
from aml_desktop.store import Store
from tests.gui.gui_helpers import TODAY, select_patient


def _ecog_3(d: FitnessDialog) -> None:
    """Fill the fitness form as a user would: ECOG 3, then OK."""
    combo = d.ui.ecog_combo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i) == 3))
    d.accept()


def test_a_save_from_a_stale_window_is_refused_and_the_window_reloads(
    qtbot: Any,
    tmp_path: Path,
    store: Store,
    paper_ids: dict[str, str],
    controller: Controller,
    window: Any,
    drive: Any,
    answer: Any,
) -> None:
    from aml_desktop.gui.main_window import MainWindow

    patient_id = paper_ids["patient1-early-relapse"]
    other_store = Store.open(tmp_path / "clinic.sqlite3", today=lambda: TODAY)
    other = Controller(other_store, user="bob", today=lambda: TODAY)
    second = MainWindow(other)
    qtbot.addWidget(second)
    second.show()
    try:
        select_patient(window, patient_id)  # alice
        select_patient(second, patient_id)  # bob, the same patient
        assessments_before = len(window.case.assessments)
        asked = answer(QMessageBox.StandardButton.Yes)
        window.remove_assessment(assessments_before - 1)  # alice removes the last assessment and saves
        assert len(store.get_case(patient_id).assessments) == assessments_before - 1

        drive(FitnessDialog, _ecog_3)
        second.edit_fitness()  # bob's form was opened on the old record
        refusal = [text for text in asked if text.startswith("Changed by someone else")]
        assert refusal and "changed by tester at " in refusal[0] and "since you opened it" in refusal[0]
        # Alice's change is intact; bob's window now shows it and a new save goes through.
        assert store.get_case(patient_id).fitness.ecog != 3
        assert len(second.case.assessments) == assessments_before - 1
        second.edit_fitness()
        assert store.get_case(patient_id).fitness.ecog == 3
        assert len(store.get_case(patient_id).assessments) == assessments_before - 1
    finally:
        second.close()
        other.close()
        other_store.close()


def test_a_new_patient_with_the_name_and_birth_date_of_another_is_flagged(
    store: Store, paper_ids: dict[str, str], controller: Controller, window: Any
) -> None:
    from dataclasses import replace

    existing = store.get_case(paper_ids["patient1-early-relapse"])
    again = replace(existing, patient=replace(existing.patient, id=None, hospital_number="NEW-7"))
    window._save(again)
    text = window.ui.message_label.text()
    assert "Please check: NEW-7 (Patient One, born 1989-03-14) is probably the same patient as DT-1" in text


def test_a_patient_deleted_in_another_window_is_not_brought_back_by_a_save(
    qtbot: Any,
    tmp_path: Path,
    store: Store,
    paper_ids: dict[str, str],
    controller: Controller,
    window: Any,
    drive: Any,
    answer: Any,
) -> None:
    patient_id = paper_ids["patient2-primary-refractory"]
    select_patient(window, patient_id)
    other_store = Store.open(tmp_path / "clinic.sqlite3", today=lambda: TODAY)
    try:
        other_store.delete_patient(patient_id, user="carol")
    finally:
        other_store.close()
    asked = answer(QMessageBox.StandardButton.Yes)

    drive(FitnessDialog, _ecog_3)
    window.edit_fitness()
    assert any("deleted by carol at " in text for text in asked)
    assert not store.has_patient(patient_id) and window.patient_id is None
    assert window.model.rowCount() == 2
