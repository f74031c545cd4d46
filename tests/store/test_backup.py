"""Backups taken while the application writes, verified; restores that keep a safety copy."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from aml_desktop.services.demo import demo_cases
from aml_desktop.store import (
    ClinicSettings,
    Store,
    StoreError,
    auto_backup_due,
    backup_database,
    restore_database,
    rotate_backups,
    verify_database,
)

from .conftest import TODAY, USER, all_fixture_cases, comparable

# About the SQLite file itself: the SQLite backup API and backup files (a server is backed up
# with pg_dump, see the server commands).
pytestmark = pytest.mark.sqlite_only


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_is_verified_and_readable(store: Store, db_path: Path, tmp_path: Path) -> None:
    ids = store.import_cases(all_fixture_cases(), user=USER)
    seen: list[tuple[int, int]] = []
    report = backup_database(
        db_path, tmp_path / "usb" / "copy.sqlite3", progress=lambda done, total: seen.append((done, total))
    )
    assert report.integrity == "ok" and report.path.exists() and report.bytes > 0
    assert seen and seen[-1][0] == seen[-1][1]
    assert not list((tmp_path / "usb").glob("*.partial"))
    with Store.open(report.path, create=False) as copy:
        assert comparable(copy.get_case(ids[0])) == comparable(store.get_case(ids[0]))


def test_backup_while_another_connection_writes_is_consistent(db_path: Path, tmp_path: Path) -> None:
    Store.open(db_path).close()
    cases = demo_cases(TODAY)
    done = threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            with Store.open(db_path, today=lambda: TODAY) as own:
                for case in cases:
                    own.save_case(case, user="writer")
        except BaseException as error:  # reported below
            errors.append(error)
        finally:
            done.set()

    thread = threading.Thread(target=writer)
    thread.start()
    copies = []
    while not done.is_set() or not copies:
        copies.append(backup_database(db_path, tmp_path / f"copy{len(copies)}.sqlite3"))
    thread.join()
    assert not errors
    for report in copies:
        verify_database(report.path)
        with Store.open(report.path, create=False) as copy:
            for summary in copy.list_patients(limit=100):
                assert copy.get_case(summary.id).diagnosis is not None
            assert copy.count_patients() == len(copy._rows("SELECT id FROM patients"))


def test_restore_keeps_a_safety_copy_then_replaces(store: Store, db_path: Path, tmp_path: Path) -> None:
    store.import_cases(all_fixture_cases()[:1], user=USER)
    backup = backup_database(db_path, tmp_path / "backup.sqlite3").path
    store.import_cases(all_fixture_cases()[1:], user=USER)
    assert store.count_patients() == 3
    store.close()
    safety = restore_database(db_path, backup)
    assert safety.exists() and "before-restore" in safety.name
    with Store.open(safety, create=False) as old:
        assert old.count_patients() == 3
    with Store.open(db_path, create=False) as restored:
        assert restored.count_patients() == 1
        restored.import_cases(all_fixture_cases()[1:], user=USER)  # the restored file is writable


def test_restore_refuses_a_damaged_or_foreign_backup_and_changes_nothing(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    store.import_cases(all_fixture_cases(), user=USER)
    store.close()
    good = backup_database(db_path, tmp_path / "good.sqlite3").path
    damaged = tmp_path / "damaged.sqlite3"
    raw = bytearray(good.read_bytes())
    raw[len(raw) // 2 : len(raw) // 2 + 4096] = b"\xff" * 4096
    damaged.write_bytes(bytes(raw))
    truncated = tmp_path / "truncated.sqlite3"
    truncated.write_bytes(good.read_bytes()[:5000])
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    before = _digest(db_path)
    for bad in (damaged, truncated, foreign, tmp_path / "missing.sqlite3"):
        with pytest.raises(StoreError):
            restore_database(db_path, bad)
    assert _digest(db_path) == before
    assert not list(tmp_path.glob("*before-restore*"))


def test_rotate_keeps_the_newest_copies(store: Store, db_path: Path, tmp_path: Path) -> None:
    store.import_cases(all_fixture_cases(), user=USER)
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "my-holiday-photos.jpg").write_bytes(b"x")
    start = datetime(2026, 11, 1, 20, 0, tzinfo=UTC)
    reports = [rotate_backups(db_path, usb, keep=3, now=start + timedelta(days=i)) for i in range(5)]
    names = sorted(p.name for p in usb.iterdir())
    assert names == [
        "aml-desktop-backup-000003-2026-11-03_200000.sqlite3",
        "aml-desktop-backup-000004-2026-11-04_200000.sqlite3",
        "aml-desktop-backup-000005-2026-11-05_200000.sqlite3",
        "my-holiday-photos.jpg",
    ]
    assert [p.name for p in reports[-1].removed] == ["aml-desktop-backup-000002-2026-11-02_200000.sqlite3"]
    with pytest.raises(StoreError, match="USB"):
        rotate_backups(db_path, tmp_path / "unplugged", now=start)


def test_auto_backup_due() -> None:
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    assert auto_backup_due(ClinicSettings(), now)  # on by default, never taken: due
    recent = ClinicSettings(last_backup_at=(now - timedelta(hours=2)).isoformat())
    assert not auto_backup_due(recent, now)
    old = ClinicSettings(backup_folder="/media/usb", last_backup_at=(now - timedelta(hours=25)).isoformat())
    assert auto_backup_due(old, now)
