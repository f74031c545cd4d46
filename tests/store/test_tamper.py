"""Tampering with the record or its trail is found: each way the issue names, and a few more."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from aml_desktop.store import Store, backup_database, restore_database
from aml_desktop.store.audit_chain import head_path

from .conftest import TODAY, USER, fixture_case

# About the SQLite file itself (tampering with the sqlite3 shell: sqlite_master, DROP TRIGGER,
# copying files); tampering on a server is tested in test_server.py.
pytestmark = pytest.mark.sqlite_only


def _raw(path: Path) -> sqlite3.Connection:
    """A plain SQLite connection, as a person with the file and the sqlite3 shell would use."""
    return sqlite3.connect(str(path), isolation_level=None)


@pytest.fixture
def clinic(db_path: Path) -> tuple[Path, str]:
    with Store.open(db_path, today=lambda: TODAY) as store:
        patient_id = store.save_case(fixture_case("patient1-early-relapse"), user=USER)
        store.import_cases([fixture_case("patient2-primary-refractory")], user=USER)
        assert store.verify_audit().whole
    return db_path, patient_id


def verdict(path: Path) -> tuple[bool, int | None, str]:
    with Store.open(path) as store:
        result = store.verify_audit()
    return result.whole, result.first_broken, "\n".join(result.problems)


def test_an_edit_made_around_a_dropped_trigger_is_found(clinic: tuple[Path, str]) -> None:
    path, patient_id = clinic
    conn = _raw(path)
    blasts = conn.execute(
        "SELECT id, marrow_blasts_percent FROM assessments WHERE patient_id = ? AND marrow_blasts_percent = 55",
        [patient_id],
    ).fetchone()
    assert blasts is not None
    (trigger,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'audit_assessments_update'").fetchone()
    conn.execute("DROP TRIGGER audit_assessments_update")
    conn.execute("UPDATE assessments SET marrow_blasts_percent = 4 WHERE id = ?", [blasts[0]])
    conn.execute(trigger)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"  # SQLite sees nothing wrong
    conn.close()
    whole, first, problems = verdict(path)
    assert not whole
    assert f"the assessments row {blasts[0]} of patient {patient_id}" in problems
    assert "changed without an audit entry" in problems
    assert first is not None


def test_an_edit_of_an_imported_record_around_the_triggers_is_found(clinic: tuple[Path, str]) -> None:
    path, _ = clinic
    conn = _raw(path)
    conn.execute("DROP TRIGGER audit_courses_update")
    # The imported patient (one audit entry for the whole record, no per-row copies).
    imported = conn.execute("SELECT patient_id FROM audit_log WHERE operation = 'import'").fetchone()[0]
    conn.execute("UPDATE courses SET regimen = 'something else' WHERE patient_id = ?", [imported])
    conn.close()
    whole, _, problems = verdict(path)
    assert not whole and f"import of patient {imported}" in problems


def test_a_deleted_audit_entry_is_found(clinic: tuple[Path, str]) -> None:
    path, _ = clinic
    conn = _raw(path)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id = 5")
    conn.close()
    whole, first, problems = verdict(path)
    assert not whole and first == 6 and "entries from 5 to 5 are missing" in problems


def test_a_deleted_last_entry_is_found_by_the_head_beside_the_database(clinic: tuple[Path, str]) -> None:
    path, patient_id = clinic
    with Store.open(path) as store:
        store.record_event("view", patient_id=patient_id, user="someone")
        last = store.last_change_id()
    conn = _raw(path)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id = ?", [last])
    conn.close()
    whole, first, problems = verdict(path)
    assert not whole and first == last and "rolled back" in problems


def test_an_edited_audit_entry_is_found(clinic: tuple[Path, str]) -> None:
    path, _ = clinic
    conn = _raw(path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET user = 'somebody else' WHERE id = 7")
    conn.close()
    whole, first, problems = verdict(path)
    assert not whole and first == 7 and "entry 7 was changed after it was written" in problems


def test_the_trail_refuses_plain_updates_and_deletes(clinic: tuple[Path, str]) -> None:
    path, _ = clinic
    conn = _raw(path)
    for sql in ("UPDATE audit_log SET user = 'x' WHERE id = 3", "DELETE FROM audit_log WHERE id = 3"):
        with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
            conn.execute(sql)
    conn.close()
    assert verdict(path)[0]


def test_a_row_inserted_behind_the_application_is_found(clinic: tuple[Path, str]) -> None:
    path, patient_id = clinic
    conn = _raw(path)
    conn.execute("DROP TRIGGER audit_courses_insert")
    conn.execute(
        "INSERT INTO courses (id, patient_id, position, phase, regimen, start_date) "
        "VALUES ('c-forged', ?, 9, 'salvage', 'made up', '2026-01-01')",
        [patient_id],
    )
    conn.close()
    whole, _, problems = verdict(path)
    assert not whole and "the courses row c-forged" in problems and "has no audit entry" in problems


def test_a_rollback_by_copying_an_older_file_over_the_database_is_found(
    clinic: tuple[Path, str], tmp_path: Path
) -> None:
    path, patient_id = clinic
    older = tmp_path / "older.sqlite3"
    backup_database(path, older)
    with Store.open(path) as store:
        store.delete_patient(patient_id, user=USER)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(older, path)
    whole, _, problems = verdict(path)
    assert not whole and "rolled back" in problems


def test_a_restore_is_recorded_and_keeps_the_replaced_trail(clinic: tuple[Path, str], tmp_path: Path) -> None:
    path, patient_id = clinic
    older = tmp_path / "older.sqlite3"
    backup_database(path, older)
    with Store.open(path) as store:
        store.delete_patient(patient_id, user=USER)
        replaced_entries = store.last_change_id()
    restore_database(path, older, user="cli:tester")
    whole, _, problems = verdict(path)
    assert whole, problems
    with Store.open(path) as store:
        entry = store.audit_entries(limit=1)[0]
        assert store.has_patient(patient_id)
    assert entry.action == "restore" and entry.user == "cli:tester" and entry.detail is not None
    kept = Path(entry.detail["replaced_trail_file"])
    lines = [json.loads(line) for line in kept.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == entry.detail["replaced_trail_entries"] == replaced_entries
    assert lines[-1]["operation"] == "delete" and lines[-1]["entry_hash"] == entry.detail["replaced_trail_last_hash"]
    assert json.loads(head_path(path).read_text())["entry"] == entry.id


def test_a_trigger_dropped_and_not_recreated_is_named(clinic: tuple[Path, str]) -> None:
    path, _ = clinic
    conn = _raw(path)
    conn.execute("DROP TRIGGER audit_decisions_insert")
    conn.close()
    whole, _, problems = verdict(path)
    assert not whole and "the trigger audit_decisions_insert is missing: changes to decisions" in problems


def test_a_new_clinic_where_an_old_one_was_removed_starts_a_new_chain(clinic: tuple[Path, str]) -> None:
    path, _ = clinic
    assert head_path(path).exists()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    with Store.open(path) as store:
        store.save_case(fixture_case("patient3-older-idh1"), user=USER)
        assert store.verify_audit().whole
