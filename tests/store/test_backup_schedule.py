"""Backups as a clinic needs them: numbered, rotated by order not by the clock (issue 12, item 6)."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from aml_desktop.store import (
    ClinicSettings,
    Store,
    auto_backup_due,
    backup_database,
    backup_warning,
    restore_database,
    rotate_backups,
)

from .conftest import USER, all_fixture_cases

NOON = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def _clinic(tmp_path: Path) -> Path:
    db = tmp_path / "clinic.sqlite3"
    with Store.open(db) as store:
        store.import_cases(all_fixture_cases(), user=USER)
    return db


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_several_backups_a_day_never_overwrite_each_other(tmp_path: Path) -> None:
    db = _clinic(tmp_path)
    folder = tmp_path / "backups"
    folder.mkdir()
    first = rotate_backups(db, folder, keep=7, now=NOON)
    second = rotate_backups(db, folder, keep=7, now=NOON + timedelta(hours=3))
    third = rotate_backups(db, folder, keep=7, now=NOON + timedelta(hours=3))  # same second, e.g. quit right after
    assert len({first.path, second.path, third.path}) == 3 and len(_names(folder)) == 3


def test_a_clock_set_back_never_deletes_the_backup_just_written(tmp_path: Path) -> None:
    db = _clinic(tmp_path)
    folder = tmp_path / "backups"
    folder.mkdir()
    for day in range(3):
        rotate_backups(db, folder, keep=3, now=NOON + timedelta(days=day))
    # The computer's clock jumps back a year (a flat CMOS battery) and a backup is taken.
    report = rotate_backups(db, folder, keep=3, now=NOON - timedelta(days=365))
    assert report.path.exists() and report.path.name in _names(folder)
    assert [p.name for p in report.removed] == ["aml-desktop-backup-000001-2026-11-23_120000.sqlite3"]


def test_a_clock_set_forward_does_not_stop_scheduled_backups() -> None:
    # The last backup was taken while the clock was a year ahead; the clock is now right again.
    taken_in_the_future = ClinicSettings(last_backup_at=(NOON + timedelta(days=365)).isoformat())
    assert auto_backup_due(taken_in_the_future, NOON)
    assert backup_warning(taken_in_the_future, NOON) is not None


def test_backups_are_on_by_default_and_the_warning_follows_its_setting() -> None:
    assert auto_backup_due(ClinicSettings(), NOON)
    assert "No backup" in (backup_warning(ClinicSettings(), NOON) or "")
    three_days = ClinicSettings(last_backup_at=(NOON - timedelta(days=3)).isoformat())
    assert "3 days old" in (backup_warning(three_days, NOON) or "")
    assert backup_warning(replace(three_days, backup_warn_days=5), NOON) is None
    assert backup_warning(ClinicSettings(last_backup_at=(NOON - timedelta(hours=30)).isoformat()), NOON) is None


def test_legacy_dated_backups_count_as_older_than_numbered_ones(tmp_path: Path) -> None:
    db = _clinic(tmp_path)
    folder = tmp_path / "backups"
    folder.mkdir()
    legacy = backup_database(db, folder / "aml-desktop-backup-2027-01-01.sqlite3").path
    report = rotate_backups(db, folder, keep=1, now=NOON)
    assert report.removed == (legacy,) and _names(folder) == [report.path.name]


def test_leftover_partial_files_are_cleaned_up(tmp_path: Path) -> None:
    db = _clinic(tmp_path)
    folder = tmp_path / "backups"
    folder.mkdir()
    stale = folder / "aml-desktop-backup-000009-2026-01-01_000000.sqlite3.partial"
    stale.write_bytes(b"interrupted")
    hour_ago = stale.stat().st_mtime - 7200
    os.utime(stale, (hour_ago, hour_ago))
    fresh = folder / "aml-desktop-backup-000010-2026-01-01_000000.sqlite3.partial"
    fresh.write_bytes(b"another program is writing this one now")
    rotate_backups(db, folder, keep=7, now=NOON)
    assert not stale.exists() and fresh.exists()


def test_a_restore_keeps_the_backup_settings_and_old_safety_copies_are_pruned(tmp_path: Path) -> None:
    db = _clinic(tmp_path)
    backup = backup_database(db, tmp_path / "old.sqlite3").path  # holds the default backup settings
    usb = tmp_path / "usb"
    with Store.open(db, create=False) as store:
        chosen = replace(
            store.clinic_settings(),
            backup_folder=str(usb),
            backup_keep=12,
            backup_interval_hours=6,
            backup_warn_days=4,
            last_backup_at=NOON.isoformat(),
        )
        store.save_clinic_settings(chosen, user=USER)
    safeties = [restore_database(db, backup) for _ in range(5)]
    with Store.open(db, create=False) as store:
        kept = store.clinic_settings()
    assert (kept.backup_folder, kept.backup_keep, kept.backup_interval_hours, kept.backup_warn_days) == (
        str(usb),
        12,
        6,
        4,
    )
    assert kept.last_backup_at == NOON.isoformat()
    left = sorted(p.name for p in tmp_path.glob("clinic.before-restore-*"))
    assert left == sorted(p.name for p in safeties[-3:])
