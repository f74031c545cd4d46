"""Backups a clinic can trust: consistent copies taken while the application writes, verified.

``backup_database`` uses SQLite's online backup API from its own connection, so the copy is one
consistent snapshot even while another connection commits. Every copy is checked with
``PRAGMA integrity_check`` (and that it is ours) before success is reported. A restore verifies
the backup first, keeps the current file as a safety copy, then copies the backup *into* the
live database through the same API (WAL files stay consistent; no file is swapped under an
open connection). A damaged live database is kept as a plain file copy and replaced whole.

Automatic backups are on by default (into the application-data folder unless the clinic picks
another). Their names carry a sequence number and the time: several a day never overwrite each
other, and rotation keeps the highest sequence numbers, so the computer's clock can neither
delete the copy just written (clock set back) nor stop the schedule (clock set forward). Every
lock wait is bounded (``lock_holder``).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from aml_desktop.engine.sentences import Listing, say

from . import driver
from .accounts import Account, require
from .connection import BUSY_TIMEOUT_SECONDS, check_ours, quick_check, read_only_connection
from .errors import DamagedDatabase, StoreError
from .lock_holder import LOCK_WAIT_SECONDS, LockWaitExpired, bounded_progress, busy_message, holding
from .models import BackupReport, ClinicSettings

BACKUP_STEP_PAGES = 1024
ROTATING_PREFIX = "aml-desktop-backup-"
# New names: aml-desktop-backup-000042-2026-11-30_140512.sqlite3 (sequence, then local time).
_SEQUENCED = re.compile(re.escape(ROTATING_PREFIX) + r"(\d{6,})-[0-9_-]+\.sqlite3$")
# Names written before sequence numbers (one a day): older than every sequenced copy.
_DATED = re.compile(re.escape(ROTATING_PREFIX) + r"(\d{4}-\d{2}-\d{2})\.sqlite3$")
# Safety copies a restore leaves beside the database: the newest few are kept.
SAFETY_KEEP = 3
_SAFETY = re.compile(r"\.before-restore-(?:r(\d+)-)?[0-9-]+(?:\.[^.]+)?$")
# A ".partial" copy untouched this long belongs to a backup that was interrupted.
PARTIAL_STALE_SECONDS = 3600
# The backup settings a restore carries over from the database it replaces.
_BACKUP_SETTINGS = ("backup_folder", "backup_keep", "backup_interval_hours", "backup_warn_days", "last_backup_at")


def verify_database(path: Path | str) -> None:
    """Raise :class:`StoreError` unless ``path`` is an intact AML Desktop database this program can open."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(say("{path} does not exist or is not a file", path=path))
    if not check_ours(path):
        raise StoreError(say("{path} is an empty database, not an AML Desktop backup", path=path))
    try:
        with closing(read_only_connection(path)) as conn:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
            fk_problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    except driver.DatabaseError as error:
        raise StoreError(say("{path} is damaged: {error}", path=path, error=error)) from None
    if problems != ["ok"]:
        raise StoreError(
            say("{path} failed its integrity check: {items}", path=path, items=Listing(tuple(problems[:5]), "; "))
        )
    if fk_problems:
        raise StoreError(
            say(
                "{path} failed its integrity check: {count} rows point at missing records",
                path=path,
                count=len(fk_problems),
            )
        )


def _copy(source: Path, dest: Path, progress: Callable[[int, int], None] | None, wait_seconds: float) -> int:
    """Online backup of ``source`` into the file ``dest``; returns the page count."""
    with (
        closing(read_only_connection(source)) as src,
        closing(_keyed_like(source, dest, timeout=wait_seconds)) as dst,
    ):
        try:
            src.backup(dst, pages=BACKUP_STEP_PAGES, progress=bounded_progress(wait_seconds, progress))
        except LockWaitExpired:
            raise StoreError(busy_message(source, wait_seconds)) from None
        dst.execute("PRAGMA journal_mode = DELETE")
        pages = int(dst.execute("PRAGMA page_count").fetchone()[0])
    return pages


def _keyed_like(source: Path, dest: Path, **options: Any) -> sqlite3.Connection:
    """A connection to ``dest`` encrypted like ``source``: an encrypted clinic's backups are encrypted too."""
    encrypted = driver.is_encrypted(source)
    if encrypted:
        driver.set_passphrase(dest, driver.passphrase_for(source))
    return driver.connect(dest, encrypt=encrypted, **options)


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def backup_database(
    db_path: Path | str,
    dest_path: Path | str,
    *,
    progress: Callable[[int, int], None] | None = None,
    wait_seconds: float = LOCK_WAIT_SECONDS,
) -> BackupReport:
    """Copy the live database to ``dest_path`` consistently, verify the copy, then put it in place.

    The copy is written beside the destination under a temporary name and renamed only after it
    passed its integrity check, so a failed backup never replaces a good older one.
    """
    source = Path(db_path)
    dest = Path(dest_path)
    if not source.is_file():
        raise StoreError(say("{source} does not exist: there is nothing to back up", source=source))
    if not check_ours(source):
        raise StoreError(say("{source} is empty: there is nothing to back up", source=source))
    if dest.resolve() == source.resolve():
        raise StoreError(say("the backup must not overwrite the database itself"))
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        pages = _copy(source, partial, progress, wait_seconds)
        verify_database(partial)
        _fsync(partial)
        os.replace(partial, dest)
        if driver.is_encrypted(dest):
            driver.set_passphrase(dest, driver.passphrase_for(source))
    except driver.Error as error:
        raise StoreError(say("the backup to {dest} failed: {error}", dest=dest, error=error)) from None
    finally:
        partial.unlink(missing_ok=True)
    return BackupReport(
        path=dest,
        bytes=dest.stat().st_size,
        pages=pages,
        integrity="ok",
        taken_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )


# --- restore ------------------------------------------------------------------------------------------


def _is_damaged(target: Path) -> bool:
    try:
        check_ours(target)
        with closing(read_only_connection(target)) as conn:
            return bool(quick_check(conn))
    except DamagedDatabase:
        return True


def _read_backup_settings(target: Path) -> dict[str, Any] | None:
    """The backup settings of the database a restore replaces (None if they cannot be read)."""
    try:
        with closing(read_only_connection(target)) as conn:
            names = {row[1] for row in conn.execute("PRAGMA table_info(clinic_settings)")}
            columns = [c for c in _BACKUP_SETTINGS if c in names]
            row = conn.execute(f"SELECT {', '.join(columns)} FROM clinic_settings WHERE id = 1").fetchone()
    except driver.Error:
        return None
    return dict(zip(columns, row, strict=True)) if row is not None else None


def _write_backup_settings(target: Path, kept: dict[str, Any]) -> None:
    """Put the clinic's backup settings back after a restore (the backup holds older ones)."""
    with closing(driver.connect(target, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)) as conn:
        conn.create_function("aml_user", 0, lambda: "system:restore")
        names = {row[1] for row in conn.execute("PRAGMA table_info(clinic_settings)")}
        columns = [c for c in kept if c in names]
        if columns:
            conn.execute(
                f"UPDATE clinic_settings SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = 1",
                [kept[c] for c in columns],
            )


def _next_number(numbers: list[int]) -> int:
    return max(numbers, default=0) + 1


def _safety_copies(target: Path) -> list[tuple[int, str, Path]]:
    prefix = f"{target.stem}.before-restore-"
    found = []
    for path in target.parent.glob(f"{prefix}*"):
        match = _SAFETY.search(path.name)
        if match is not None and path.is_file():
            found.append((int(match.group(1) or 0), path.name, path))
    return sorted(found)


def _prune_safety_copies(target: Path, keep: int = SAFETY_KEEP) -> list[Path]:
    """Remove all but the ``keep`` newest safety copies (by sequence number, never by the clock)."""
    copies = _safety_copies(target)
    numbers = sorted({number for number, _, _ in copies})  # a copy and its "-wal" share a number
    dropped = set(numbers[: max(0, len(numbers) - keep)])
    removed = []
    for number, _, path in copies:
        if number in dropped:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def restore_database(
    db_path: Path | str,
    backup_path: Path | str,
    *,
    wait_seconds: float = LOCK_WAIT_SECONDS,
    account: Account | None = None,
    user: str = "restore",
) -> Path:
    """Replace the database with a verified backup; returns the safety copy of the old one.

    Nothing is changed if the backup is damaged, foreign or from a newer version, or if another
    program holds the database's write lock for more than ``wait_seconds``. The clinic's backup
    settings (folder, how many, how often, last backup) stay as they were. A damaged database is
    kept as a plain copy of its file and replaced whole.

    In a clinic with accounts only an administrator (``account``) restores. The replaced database's
    audit trail is written beside it (``<db>.trail-before-restore-….jsonl``, never pruned) and the
    restore is recorded in the restored file, naming that trail's last entry, its hash and the file.
    """
    target = Path(db_path)
    backup = Path(backup_path)
    if not target.parent.is_dir():
        raise StoreError(
            say("the folder {parent} does not exist: nothing was restored (check the --db path)", parent=target.parent)
        )
    if driver.is_encrypted(backup) and driver.passphrase_for(backup) is None:
        driver.set_passphrase(backup, driver.passphrase_for(target))  # the clinic's backups share its passphrase
    verify_database(backup)
    exists = target.exists() and target.stat().st_size > 0
    replaced_trail = _read_trail(target) if exists and not _is_damaged(target) else None
    if replaced_trail is not None and replaced_trail[0]:
        require(account, "restore")
    with holding(target, "a restore from a backup"):
        exists = target.exists() and target.stat().st_size > 0
        damaged = exists and _is_damaged(target)
        kept = _read_backup_settings(target) if exists and not damaged else None
        number = _next_number([n for n, _, _ in _safety_copies(target)])
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        safety = target.with_name(f"{target.stem}.before-restore-r{number:04d}-{stamp}{target.suffix}")
        if not exists:
            safety = target.with_name(f"{target.stem}.before-restore-r{number:04d}-{stamp}.none")
        elif damaged:
            shutil.copy2(target, safety)
            wal = target.with_name(target.name + "-wal")
            if wal.exists():
                shutil.copy2(wal, safety.with_name(safety.name + "-wal"))
        else:
            check_ours(target)
            backup_database(target, safety, wait_seconds=wait_seconds)
        try:
            if exists and not damaged and driver.is_encrypted(backup) == driver.is_encrypted(target):
                _copy_into(backup, target, wait_seconds)
            else:
                _replace_file(backup, target, wait_seconds)
        except driver.Error as error:
            raise StoreError(
                say(
                    "the restore into {target} failed: {error}; the old database is kept at {safety}",
                    target=target,
                    error=error,
                    safety=safety,
                )
            ) from None
        verify_database(target)
        if kept:
            _write_backup_settings(target, kept)
        _prune_safety_copies(target)
    encrypted = driver.is_encrypted(safety) if safety.exists() else False
    kind = "trail.sqlite3" if encrypted else "jsonl"
    trail_file = target.with_name(f"{target.stem}.trail-before-restore-r{number:04d}-{stamp}.{kind}")
    detail: dict[str, Any] = {"backup": str(backup), "replaced_database_kept_as": str(safety)}
    if replaced_trail is not None:
        if encrypted:
            driver.set_passphrase(trail_file, driver.passphrase_for(safety))
        detail.update(_keep_trail(trail_file, replaced_trail[1], encrypted=encrypted))
    elif exists:
        detail["replaced_trail"] = "the replaced database was damaged: its trail is in the safety copy"
    _record_restore(target, detail, account, user)
    return safety


def _read_trail(path: Path) -> tuple[bool, list[dict[str, Any]]] | None:
    """(has accounts, every audit entry) of a database about to be replaced; None when unreadable."""
    try:
        with closing(read_only_connection(path)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            has_accounts = "users" in tables and conn.execute("SELECT 1 FROM users LIMIT 1").fetchone() is not None
            cursor = conn.execute("SELECT * FROM audit_log ORDER BY id")
            names = [d[0] for d in cursor.description]
            return has_accounts, [dict(zip(names, row, strict=True)) for row in cursor]
    except driver.Error:
        return None


def _keep_trail(trail_file: Path, entries: list[dict[str, Any]], *, encrypted: bool = False) -> dict[str, Any]:
    """Write the replaced trail beside the database, one JSON entry a line (for an encrypted clinic, as the
    rows of an SQLCipher file with the clinic's passphrase); returns what the restore entry says of it."""
    lines = [json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n" for entry in entries]
    text = "".join(lines)
    partial = trail_file.with_name(trail_file.name + ".partial")
    partial.unlink(missing_ok=True)
    if encrypted:
        driver.set_passphrase(partial, driver.passphrase_for(trail_file))
        with closing(driver.connect(partial, encrypt=True, isolation_level=None)) as conn:
            conn.execute("CREATE TABLE trail (line INTEGER PRIMARY KEY, entry TEXT NOT NULL)")
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO trail (entry) VALUES (?)", [(line,) for line in lines])
            conn.execute("COMMIT")
        driver.set_passphrase(partial, None)
    else:
        partial.write_text(text, encoding="utf-8")
    _fsync(partial)
    os.replace(partial, trail_file)
    last = entries[-1] if entries else {}
    return {
        "replaced_trail_file": str(trail_file),
        "replaced_trail_sha256": hashlib.sha256(text.encode()).hexdigest(),
        "replaced_trail_entries": len(entries),
        "replaced_trail_last_entry": last.get("id"),
        "replaced_trail_last_hash": last.get("entry_hash"),
    }


def _record_restore(target: Path, detail: dict[str, Any], account: Account | None, user: str) -> None:
    """The restore's own entry, in the restored file (migrated first if the backup is older)."""
    from .repository import Store

    with Store.open(target, create=False) as store:
        store.account = account
        who = account.name if account is not None else user
        store.record_event("restore", detail=detail, user=who, permission="event" if account else "system")


def _copy_into(backup: Path, target: Path, wait_seconds: float) -> None:
    """Copy the backup into the live file through the backup API (open connections stay consistent)."""
    with (
        closing(read_only_connection(backup)) as src,
        # SQLite's own busy handler waits at most ``wait_seconds`` per step, the callback bounds the retries.
        closing(driver.connect(target, timeout=wait_seconds)) as dst,
    ):
        try:
            src.backup(dst, pages=BACKUP_STEP_PAGES, progress=bounded_progress(wait_seconds))
        except LockWaitExpired:
            raise StoreError(
                busy_message(target, wait_seconds).replace("nothing was changed", "nothing was restored")
            ) from None
        dst.execute("PRAGMA journal_mode = WAL")


def _replace_file(backup: Path, target: Path, wait_seconds: float) -> None:
    """Put a copy of the backup in place of a damaged or missing database file (and its WAL files)."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        _copy(backup, partial, None, wait_seconds)
        with closing(_keyed_like(backup, partial)) as conn:
            conn.execute("PRAGMA journal_mode = WAL")
        _fsync(partial)
        for suffix in ("-wal", "-shm"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        os.replace(partial, target)
        if driver.is_encrypted(target):
            driver.set_passphrase(target, driver.passphrase_for(backup))
    finally:
        partial.unlink(missing_ok=True)


# --- rotating automatic backups -----------------------------------------------------------------------


def _rotating(folder: Path) -> list[tuple[int, str, Path]]:
    """The folder's rotating backups, oldest first: by sequence number (dated legacy names first)."""
    found = []
    for path in folder.iterdir():
        if (match := _SEQUENCED.fullmatch(path.name)) is not None:
            found.append((int(match.group(1)), path.name, path))
        elif _DATED.fullmatch(path.name) is not None:
            found.append((0, path.name, path))
    return sorted(found)


def _clean_partials(folder: Path, now_seconds: float) -> None:
    """Remove ``.partial`` files left by backups that were interrupted (untouched for an hour)."""
    for path in folder.glob(f"{ROTATING_PREFIX}*.partial"):
        try:
            if now_seconds - path.stat().st_mtime > PARTIAL_STALE_SECONDS:
                path.unlink()
        except OSError:
            continue


def rotate_backups(db_path: Path | str, folder: Path | str, *, keep: int = 7, now: datetime) -> BackupReport:
    """Take a new numbered backup in ``folder`` and remove all but the newest ``keep``.

    "Newest" is the highest sequence number, never the clock: the copy just written always has
    the highest number, whatever the date says. ``now`` only names the file.
    """
    if keep < 1:
        raise StoreError(say("keep must be 1 or more"))
    target_folder = Path(folder)
    if not target_folder.is_dir():
        raise StoreError(
            say(
                "the backup folder {target_folder} is not available (is the USB stick plugged in?)",
                target_folder=target_folder,
            )
        )
    existing = _rotating(target_folder)
    number = _next_number([n for n, _, _ in existing])
    dest = target_folder / f"{ROTATING_PREFIX}{number:06d}-{now.strftime('%Y-%m-%d_%H%M%S')}.sqlite3"
    report = backup_database(db_path, dest)
    _clean_partials(target_folder, dest.stat().st_mtime)
    _prune_safety_copies(Path(db_path))
    current = _rotating(target_folder)
    removed = []
    for _, _, path in current[: max(0, len(current) - keep)]:
        if path != dest:
            path.unlink(missing_ok=True)
            removed.append(path)
    return BackupReport(report.path, report.bytes, report.pages, report.integrity, report.taken_at, tuple(removed))


def _last_backup(settings: ClinicSettings, now: datetime) -> datetime | None:
    if not settings.last_backup_at:
        return None
    try:
        last = datetime.fromisoformat(settings.last_backup_at)
    except ValueError:
        return None
    if (last.tzinfo is None) != (now.tzinfo is None):
        last = last.replace(tzinfo=now.tzinfo)
    return last


def auto_backup_due(settings: ClinicSettings, now: datetime) -> bool:
    """True when the last backup is older than the interval, was never taken, or lies in the future.

    Automatic backups are always on (the folder defaults to the application-data folder). A last
    backup dated after ``now`` means the clock was changed: a backup is due rather than waiting,
    possibly for years, for the clock to catch up.
    """
    last = _last_backup(settings, now)
    if last is None or last > now:
        return True
    return now - last >= timedelta(hours=settings.backup_interval_hours)


def backup_warning(settings: ClinicSettings, now: datetime) -> str | None:
    """Words for the window when the last good backup is older than the clinic's warning setting."""
    last = _last_backup(settings, now)
    if last is None:
        return say("No backup of this clinic has been taken yet. Back up now (Clinic > Back up now).")
    if last > now + timedelta(hours=1):
        return say(
            "The last backup is dated {when}, after the computer's current time: the clock was changed. Back up "
            "now to be sure a recent copy exists.",
            when=settings.last_backup_at,
        )
    age = now - last
    if age > timedelta(days=settings.backup_warn_days):
        return say(
            "The last good backup is {days} days old ({when}). Back up now (Clinic > Back up now), and check that "
            "the backup folder is available.",
            days=age.days,
            when=say("{day} {time}", day=last.date(), time=last.strftime("%H:%M")),
        )
    return None
