"""The file itself: pragmas, strict tables, migrations, and refusing files that are not ours."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from aml_desktop.store import Store, StoreError
from aml_desktop.store.schema import APPLICATION_ID, SCHEMA_VERSION

from .conftest import TODAY, USER, comparable, fixture_case

# About the SQLite file itself (PRAGMAs, STRICT tables, sqlite-utils migrations); the server's
# schema is tested in test_server.py and test_schema_parity.py.
pytestmark = pytest.mark.sqlite_only

DATA = Path(__file__).parent / "data"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_marked_ours_with_wal_strict_tables_and_foreign_keys(store: Store, db_path: Path) -> None:
    conn = store._conn
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    for (sql,) in conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_sqlite_%'"):
        if "VIRTUAL" in sql or "_sqlite_migrations" in sql or sql.startswith("CREATE TABLE '"):
            continue
        assert sql.rstrip().endswith(("STRICT", "STRICT, WITHOUT ROWID")), sql


def test_strict_tables_reject_wrong_types_even_from_raw_sql(store: Store) -> None:
    patient_id = store.save_case(fixture_case("patient1-early-relapse"), user=USER)
    store._slot.user = "raw"
    with pytest.raises(sqlite3.IntegrityError):
        store._conn.execute("UPDATE assessments SET marrow_blasts_percent = 'lots' WHERE patient_id = ?", [patient_id])
    with pytest.raises(sqlite3.IntegrityError):
        store._conn.execute("UPDATE assessments SET marrow_blasts_percent = 150 WHERE patient_id = ?", [patient_id])
    with pytest.raises(sqlite3.IntegrityError):
        store._conn.execute("UPDATE courses SET start_date = '2019-02-30' WHERE patient_id = ?", [patient_id])
    with pytest.raises(sqlite3.IntegrityError):  # foreign keys are on
        store._conn.execute("DELETE FROM patients WHERE id = ?", [patient_id])


def test_upgrades_a_database_made_by_the_first_schema(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copy(DATA / "schema-0001.sqlite3", old)
    with Store.open(old, today=lambda: TODAY) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.count_patients() == 3
        found = store.list_patients("nguyen")
        assert [p.name for p in found] == ["Nguyễn Thị Hương"]
        assert store.stale_summary_count() == 3
        assert store.refresh_summaries() == 3
        assert {p.status for p in store.list_patients()} <= {"relapsed", "primary_refractory"}
        case = store.get_case("00000000-0000-4000-8000-000000000002")
        assert comparable(case, drop_id=True) == comparable(fixture_case("patient2-primary-refractory"), drop_id=True)
        # The upgraded file keeps working: a new patient, an edit, the audit trail.
        third = fixture_case("patient3-older-idh1")
        store.save_case(replace(third, patient=replace(third.patient, hospital_number="NEW-1")), user=USER)
        assert store.count_patients() == 4
    with Store.open(old) as reopened:
        assert reopened.count_patients() == 4
        # The old trail was sealed into the chain when 0007 ran; later changes extend it.
        assert reopened.verify_audit().whole
        assert "chain_start" in [e.action for e in reopened.audit_entries(limit=10_000)]
        # migration 0004: decisions can be corrected, the clinic says how dates are typed
        assert reopened.clinic_settings().date_order == "iso"
        columns = {row[1] for row in reopened._conn.execute("PRAGMA table_info(decisions)")}
        assert {"status", "status_reason", "status_at", "status_by", "superseded_by"} <= columns


def test_a_foreign_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "other.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
        conn.execute("INSERT INTO invoices (amount) VALUES (12.5)")
    conn.close()
    before = _digest(foreign)
    with pytest.raises(StoreError, match="not an AML Desktop database"):
        Store.open(foreign)
    assert _digest(foreign) == before
    assert not Path(str(foreign) + "-wal").exists()


def test_a_file_that_is_not_sqlite_is_refused_and_untouched(tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite3"
    text.write_bytes(b"these are my notes, not a database\n" * 100)
    before = _digest(text)
    with pytest.raises(StoreError, match="not an AML Desktop database"):
        Store.open(text)
    assert _digest(text) == before


def test_a_database_from_a_newer_version_is_refused_and_untouched(db_path: Path) -> None:
    Store.open(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = _digest(db_path)
    with pytest.raises(StoreError, match="newer version"):
        Store.open(db_path)
    assert _digest(db_path) == before


def test_an_unknown_migration_means_a_newer_version(db_path: Path) -> None:
    Store.open(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('aml_desktop', '0099_future', 'x')"
        )
    conn.close()
    with pytest.raises(StoreError, match="newer version"):
        Store.open(db_path)


def test_open_without_create_refuses_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such file"):
        Store.open(tmp_path / "missing.sqlite3", create=False)
    assert not (tmp_path / "missing.sqlite3").exists()


def test_reopening_applies_no_migration_twice(db_path: Path) -> None:
    Store.open(db_path).close()
    with Store.open(db_path) as store:
        names = [r[0] for r in store._conn.execute("SELECT name FROM _sqlite_migrations")]
    assert len(names) == len(set(names)) == SCHEMA_VERSION


def test_opening_an_up_to_date_database_needs_no_sqlite_utils(db_path: Path) -> None:
    """sqlite-utils builds the schema; everyday opening (every launch, every worker) goes without it."""
    import subprocess
    import sys

    Store.open(db_path).close()
    probe = (
        "import sys\nfrom aml_desktop.store import Store\n"
        f"with Store.open({str(db_path)!r}) as s: s.count_patients('', None)\n"
        "print('sqlite_utils' in sys.modules)"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"
    fresh = db_path.with_name("fresh.sqlite3")
    run = subprocess.run(
        [sys.executable, "-c", probe.replace(repr(str(db_path)), repr(str(fresh)))],
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stdout.strip() == "True"  # a new file is migrated, with sqlite-utils


def test_recursive_triggers_stay_on_as_sqlite_utils_set_them(store: Store) -> None:
    """The pragma sqlite-utils' Database wrapper set is now set by the store itself (connect)."""
    assert store._conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 1
