"""Several windows on one PostgreSQL server: stale saves refused by name, the list following the other
workstations, and a server that goes away in the middle of a save losing nothing typed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from PySide6.QtWidgets import QMessageBox

from aml_desktop.gui.controller import Controller
from aml_desktop.gui.fitness_dialog import FitnessDialog
from aml_desktop.gui.patient_dialog import PatientDialog
from aml_desktop.store import Store, read_case_files
from tests.gui.gui_helpers import CASES, PAPER, TODAY, select_patient
from tests.server_helpers import admin, empty_database


@pytest.fixture
def server_clinic(pg_url: str) -> Iterator[tuple[str, dict[str, str]]]:
    """A clinic on the test server holding the paper's three patients: (URL, stem -> patient id)."""
    with empty_database(pg_url) as url:
        with Store.open(url, create=True, today=lambda: TODAY) as store:
            cases = read_case_files([CASES / f"{name}.json" for name in PAPER])
            ids = dict(zip(PAPER, store.import_cases(cases, user="setup"), strict=True))
        yield url, ids


def open_window(qtbot: Any, url: str, user: str) -> tuple[Any, Controller]:
    from aml_desktop.gui.main_window import MainWindow

    controller = Controller(Store.open(url, today=lambda: TODAY), user=user, today=lambda: TODAY)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window, controller


def _ecog_3(d: FitnessDialog) -> None:
    combo = d.ui.ecog_combo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i) == 3))
    d.accept()


def test_two_windows_on_one_server_refuse_the_stale_save_naming_who_changed_it(
    qtbot: Any, server_clinic: tuple[str, dict[str, str]], drive: Any, answer: Any
) -> None:
    url, ids = server_clinic
    patient_id = ids["patient1-early-relapse"]
    alice, alice_controller = open_window(qtbot, url, "alice")
    bob, bob_controller = open_window(qtbot, url, "bob")
    try:
        select_patient(alice, patient_id)
        select_patient(bob, patient_id)  # both opened the same record, version for version
        assessments_before = len(alice.case.assessments)
        asked = answer(QMessageBox.StandardButton.Yes)
        alice.remove_assessment(assessments_before - 1)  # alice saves first
        with Store.open(url) as check:
            assert len(check.get_case(patient_id).assessments) == assessments_before - 1
        drive(FitnessDialog, _ecog_3)
        bob.edit_fitness()  # bob's form was opened on the record alice has since changed
        refusal = [text for text in asked if text.startswith("Changed by someone else")]
        assert refusal and "changed by alice at " in refusal[0] and "since you opened it" in refusal[0]
        with Store.open(url) as check:
            assert check.get_case(patient_id).fitness.ecog != 3  # alice's record is intact
        # Bob's window reloaded alice's version; his save now goes through on top of it.
        assert len(bob.case.assessments) == assessments_before - 1
        bob.edit_fitness()
        with Store.open(url) as check:
            case = check.get_case(patient_id)
            assert case.fitness.ecog == 3 and len(case.assessments) == assessments_before - 1
    finally:
        for window, controller in ((alice, alice_controller), (bob, bob_controller)):
            window.close()
            controller.close()


def twin_case(store: Store, ids: dict[str, str]) -> Any:
    """Patient Two again under another hospital number (a new patient for the clinic)."""
    from dataclasses import replace

    case = store.get_case(ids["patient2-primary-refractory"])
    return replace(case, patient=replace(case.patient, id=None, hospital_number="DAY-10", name="Day Unit Two"))


def test_the_list_follows_what_another_workstation_changes(
    qtbot: Any, server_clinic: tuple[str, dict[str, str]]
) -> None:
    url, ids = server_clinic
    window, controller = open_window(qtbot, url, "ward")
    try:
        assert controller.watcher is not None
        qtbot.waitUntil(lambda: controller.watcher.listening, timeout=10_000)
        assert window.model.rowCount() == 3
        # Another workstation (here: another connection, as the command line would) adds a patient ...
        with Store.open(url, today=lambda: TODAY) as elsewhere:
            case = elsewhere.get_case(ids["patient2-primary-refractory"])
            from dataclasses import replace

            twin = replace(case, patient=replace(case.patient, id=None, hospital_number="DAY-9", name="Day Unit"))
            elsewhere.save_case(twin, user="dayunit")
        # ... and this window's list shows it without anyone touching it.
        qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=10_000)
        assert "4 patients" in window.ui.patient_count_label.text()
        # A deletion elsewhere too.
        with Store.open(url, today=lambda: TODAY) as elsewhere:
            elsewhere.delete_patient(ids["patient3-older-idh1"], user="dayunit")
        qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=10_000)
        # An import at another workstation (the command line's: lines left for a window to derive) ...
        with Store.open(url, today=lambda: TODAY) as elsewhere:
            (new_id,) = elsewhere.import_cases([twin_case(elsewhere, ids)], user="dayunit", derive=False)
        # ... is derived by this window, not left "unknown" in every workstation's list.

        def derived() -> bool:
            with Store.open(url, today=lambda: TODAY) as look:
                return look.stale_summary_count(TODAY) == 0

        qtbot.waitUntil(derived, timeout=10_000)
        with Store.open(url, today=lambda: TODAY) as look:
            line = next(s for s in look.list_patients() if s.id == new_id)
        assert line.status == "primary_refractory"
    finally:
        window.close()
        controller.close()


def _cut_off(pg_url: str, database: str, *, allow: bool) -> None:
    """The server goes away for this clinic (every connection cut, new ones refused), or comes back."""
    with admin(pg_url) as conn:
        conn.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS {"true" if allow else "false"}')
        if not allow:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                [database],
            )


def test_the_server_going_away_during_a_save_loses_nothing_typed(
    qtbot: Any, pg_url: str, server_clinic: tuple[str, dict[str, str]], drive: Any
) -> None:
    url, ids = server_clinic
    database = url.rsplit("/", 1)[1]
    patient_id = ids["patient2-primary-refractory"]
    window, controller = open_window(qtbot, url, "ward")
    seen: list[str] = []

    def edit(d: PatientDialog) -> None:
        d.ui.name_edit.clear()
        qtbot.keyClicks(d.ui.name_edit, "Patient Two Renamed")
        _cut_off(pg_url, database, allow=False)
        d.accept()  # the save meets a dead connection
        seen.append(d.ui.problems_label.text())
        assert not d.isHidden() or d.result() == 0
        assert d.ui.name_edit.text() == "Patient Two Renamed"  # what was typed is still in the form
        d.accept()  # tried again while the server is still away
        seen.append(d.ui.problems_label.text())
        assert d.ui.name_edit.text() == "Patient Two Renamed"
        _cut_off(pg_url, database, allow=True)
        d.accept()  # the server is back: the same form saves

    try:
        select_patient(window, patient_id)
        controller.save_patient(window.case, expected_version=window.version)  # the writer's connection exists
        window.show_patient(patient_id)
        dialogs = drive(PatientDialog, edit)
        window.edit_patient()
        assert len(dialogs) == 1
        for text in seen:
            assert "the server cannot be reached or the connection to it was lost" in text
            assert "Nothing was saved. What you typed is still here: save again once the server is back" in text
            assert "Traceback" not in text
        with Store.open(url) as check:
            assert check.get_case(patient_id).patient.name == "Patient Two Renamed"
        assert window.case is not None and window.case.patient.name == "Patient Two Renamed"
    finally:
        _cut_off(pg_url, database, allow=True)
        window.close()
        controller.close()
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM patients").fetchone()[0] == 3


def test_the_window_asks_for_the_server_password_and_says_when_it_is_wrong(
    qtbot: Any, password_role: str, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No PGPASSWORD and no ~/.pgpass: the window asks, the password is typed key by key, a wrong one is said."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

    from aml_desktop.gui.app import open_server_clinic
    from aml_desktop.store import StoreError, server

    url = password_role
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    server.set_password(url, "Ward-Pa55-word")
    server.init_database(url)
    server.set_password(url, None)
    asked: list[str] = []

    def answer(text: str) -> None:
        def type_it() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, QInputDialog)
            asked.append(dialog.labelText())
            field = dialog.findChild(QLineEdit)
            assert field is not None and field.echoMode() == QLineEdit.EchoMode.Password
            QTest.keyClicks(field, text)
            QTest.keyClick(field, Qt.Key.Key_Return)

        QTimer.singleShot(0, type_it)

    try:
        answer("Ward-Pa55-wrong")
        with pytest.raises(StoreError, match="refused the password for this user") as refused:
            open_server_clinic(url)
        assert "Ward-Pa55" not in str(refused.value)  # never echoed back
        answer("Ward-Pa55-word")
        store = open_server_clinic(url)
        try:
            assert store.count_patients() == 0
        finally:
            store.close()
    finally:
        server.set_password_provider(None)
        server.set_password(url, None)
    assert len(asked) == 2 and "aml_pw_test@127.0.0.1" in asked[0]
