"""Saving from the window runs off the GUI thread, shows that it is saving, and evaluates once.

A save may wait for another program's write (an import from the command line held the lock
7.5 s in the report of issue 12): the window keeps painting, says what it is saving, takes no
input meanwhile (nothing saved twice), and the record is saved once the lock is free.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from tests.gui.gui_helpers import select_patient


def test_a_save_waiting_for_another_programs_write_keeps_the_window_alive_and_blocked(
    qtbot: Any, paper_ids: dict[str, str], window: Any, controller: Any
) -> None:
    from aml_desktop.gui.busy import SHOW_AFTER_MS

    patient_id = paper_ids["patient1-early-relapse"]
    select_patient(window, patient_id)
    other = sqlite3.connect(str(controller.db_path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program (the CLI) holds the write lock
    seen: list[tuple[bool, str, bool]] = []
    clicked: list[bool] = []
    window.ui.edit_patient_action.triggered.connect(lambda: clicked.append(True))

    def at_once() -> None:
        # Runs on the GUI thread during the save: the window's event loop is alive, but a
        # second submit (Ctrl+E to edit again, a click on the list) goes nowhere.
        seen.append((window.isEnabled(), window.statusBar().currentMessage(), controller.writing is not None))
        QTest.keySequence(window, window.ui.edit_patient_action.shortcut())
        QTest.mouseClick(window.ui.patient_table_view.viewport(), Qt.MouseButton.LeftButton)

    def later() -> None:
        # Still waiting: now the window says so.
        seen.append((window.isEnabled(), window.statusBar().currentMessage(), controller.writing is not None))
        other.execute("COMMIT")  # the other program finishes; the save goes ahead

    QTimer.singleShot(20, at_once)
    QTimer.singleShot(SHOW_AFTER_MS + 200, later)
    case = window.case
    window._save(replace(case, patient=replace(case.patient, name="Patient One Renamed")))
    other.close()
    assert seen == [(True, "", True), (False, "Saving the patient…", True)]
    assert clicked == []
    assert window.isEnabled() and controller.writing is None and window.statusBar().currentMessage() == ""
    assert controller.get_case(patient_id).patient.name == "Patient One Renamed"
    assert window.case.patient.name == "Patient One Renamed"
    assert "Renamed" in window.ui.patient_header_label.text()


def test_a_save_runs_the_engine_once_for_the_list_and_the_screen(
    paper_ids: dict[str, str], window: Any, controller: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    import aml_desktop.services.saving as saving

    engine = sys.modules["aml_desktop.engine.evaluate"]  # the package's lazy export shadows the module name

    patient_id = paper_ids["patient2-primary-refractory"]
    select_patient(window, patient_id)
    calls: list[str] = []
    real = engine.evaluate

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append("evaluate")
        return real(*args, **kwargs)

    monkeypatch.setattr(engine, "evaluate", counted)
    monkeypatch.setattr(saving, "evaluate", counted)
    case = window.case
    window._save(replace(case, patient=replace(case.patient, name="Patient Two Renamed")))
    assert calls == ["evaluate"]
    # What the screen shows is what the engine says of the record as stored.
    from aml_desktop.engine.result import result_to_dict

    assert result_to_dict(window.result) == result_to_dict(
        real(controller.get_case(patient_id), today=controller.today(), settings=controller.engine_settings())
    )
    assert controller.store.list_patients("Renamed")[0].status == window.result.derived.status


def test_a_refused_save_says_why_and_changes_nothing(paper_ids: dict[str, str], window: Any, controller: Any) -> None:
    select_patient(window, paper_ids["patient1-early-relapse"])
    other = window.case
    third = controller.get_case(paper_ids["patient3-older-idh1"])
    # Giving patient one the hospital number of patient three is refused by the store.
    window._save(replace(third, patient=replace(third.patient, id=None, hospital_number=other.patient.hospital_number)))
    assert "Not saved" in window.ui.message_label.text()
    assert window.isEnabled() and controller.writing is None
    assert controller.count_patients() == 3
