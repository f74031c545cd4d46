"""Backups a clinic can trust: consistent copies taken while the application writes, verified.

``backup_database`` uses SQLite's online backup API from its own connection, so the copy is one
consistent snapshot even while another connection commits. Every copy is checked with
``PRAGMA integrity_check`` (and that it is ours) before success is reported. A restore verifies
the backup first, keeps the current file as a dated safety copy, then copies the backup *into*
the live database through the same API (WAL files stay consistent; no file is swapped under an
open connection).
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .connection import BUSY_TIMEOUT_SECONDS, check_ours
from .errors import StoreError
from .models import BackupReport, ClinicSettings

BACKUP_STEP_PAGES = 1024
ROTATING_PREFIX = "aml-desktop-backup-"
_ROTATING = re.compile(re.escape(ROTATING_PREFIX) + r"(\d{4}-\d{2}-\d{2})\.sqlite3$")


def verify_database(path: Path | str) -> None:
    """Raise :class:`StoreError` unless ``path`` is an intact AML Desktop database this program can open."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"{path} does not exist or is not a file")
    if not check_ours(path):
        raise StoreError(f"{path} is an empty database, not an AML Desktop backup")
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS)) as conn:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
            fk_problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path} is damaged: {error}") from None
    if problems != ["ok"]:
        raise StoreError(f"{path} failed its integrity check: {'; '.join(problems[:5])}")
    if fk_problems:
        raise StoreError(f"{path} failed its integrity check: {len(fk_problems)} rows point at missing records")


def _copy(source: Path, dest: Path, progress: Callable[[int, int], None] | None) -> int:
    """Online backup of ``source`` into the file ``dest``; returns the page count."""
    uri = source.resolve().as_uri() + "?mode=ro"

    def report(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    with (
        closing(sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS)) as src,
        closing(sqlite3.connect(str(dest), timeout=BUSY_TIMEOUT_SECONDS)) as dst,
    ):
        src.backup(dst, pages=BACKUP_STEP_PAGES, progress=report)
        dst.execute("PRAGMA journal_mode = DELETE")
        pages = int(dst.execute("PRAGMA page_count").fetchone()[0])
    return pages


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def backup_database(
    db_path: Path | str, dest_path: Path | str, *, progress: Callable[[int, int], None] | None = None
) -> BackupReport:
    """Copy the live database to ``dest_path`` consistently, verify the copy, then put it in place.

    The copy is written beside the destination under a temporary name and renamed only after it
    passed its integrity check, so a failed backup never replaces a good older one.
    """
    source = Path(db_path)
    dest = Path(dest_path)
    if not source.is_file():
        raise StoreError(f"{source} does not exist: there is nothing to back up")
    check_ours(source)
    if dest.resolve() == source.resolve():
        raise StoreError("the backup must not overwrite the database itself")
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        pages = _copy(source, partial, progress)
        verify_database(partial)
        _fsync(partial)
        os.replace(partial, dest)
    except sqlite3.Error as error:
        raise StoreError(f"the backup to {dest} failed: {error}") from None
    finally:
        partial.unlink(missing_ok=True)
    return BackupReport(
        path=dest,
        bytes=dest.stat().st_size,
        pages=pages,
        integrity="ok",
        taken_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )


def restore_database(db_path: Path | str, backup_path: Path | str) -> Path:
    """Replace the database with a verified backup; returns the dated safety copy of the old one.

    Nothing is changed if the backup is damaged, foreign or from a newer version.
    """
    target = Path(db_path)
    backup = Path(backup_path)
    verify_database(backup)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    safety = target.with_name(f"{target.stem}.before-restore-{stamp}{target.suffix}")
    if target.exists() and target.stat().st_size > 0:
        check_ours(target)
        backup_database(target, safety)
    else:
        safety = target.with_name(f"{target.stem}.before-restore-{stamp}.none")
    uri = backup.resolve().as_uri() + "?mode=ro"
    try:
        with (
            closing(sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS)) as src,
            closing(sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_SECONDS)) as dst,
        ):
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = WAL")
    except sqlite3.Error as error:
        raise StoreError(f"the restore into {target} failed: {error}; the old database is kept at {safety}") from None
    verify_database(target)
    return safety


def rotate_backups(db_path: Path | str, folder: Path | str, *, keep: int = 7, now: datetime) -> BackupReport:
    """Take today's dated backup in ``folder`` (e.g. a USB stick) and remove all but the newest ``keep``."""
    if keep < 1:
        raise StoreError("keep must be 1 or more")
    target_folder = Path(folder)
    if not target_folder.is_dir():
        raise StoreError(f"the backup folder {target_folder} is not available (is the USB stick plugged in?)")
    dest = target_folder / f"{ROTATING_PREFIX}{now.date().isoformat()}.sqlite3"
    report = backup_database(db_path, dest)
    dated = sorted(
        (match.group(1), path)
        for path in target_folder.iterdir()
        if (match := _ROTATING.fullmatch(path.name)) is not None
    )
    removed = []
    for _, path in dated[: max(0, len(dated) - keep)]:
        path.unlink(missing_ok=True)
        removed.append(path)
    return BackupReport(report.path, report.bytes, report.pages, report.integrity, report.taken_at, tuple(removed))


def auto_backup_due(settings: ClinicSettings, now: datetime) -> bool:
    """True when a backup folder is set and the last backup is older than the interval (or never taken)."""
    if not settings.backup_folder:
        return False
    if not settings.last_backup_at:
        return True
    try:
        last = datetime.fromisoformat(settings.last_backup_at)
    except ValueError:
        return True
    if (last.tzinfo is None) != (now.tzinfo is None):
        last = last.replace(tzinfo=now.tzinfo)
    return now - last >= timedelta(hours=settings.backup_interval_hours)
