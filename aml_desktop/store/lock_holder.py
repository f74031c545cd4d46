"""Who is writing: a small note beside the database, so a waiting user is told in words.

SQLite only says "database is locked". Whoever starts a long write (an import, a restore, the
demo clinic) leaves ``<database>.writer.json`` naming the program, the user, the computer and
since when, and removes it when done. A note left by a program that died is ignored when the
process is known to be gone (same computer), and shown with its age otherwise.

Every lock wait is bounded: ``LOCK_WAIT_SECONDS`` for ordinary writes (SQLite's busy timeout)
and for the backup API, which CPython otherwise retries without limit.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from aml_desktop.engine.sentences import say

# How long any write waits for another program's write lock before giving up with a message.
LOCK_WAIT_SECONDS = 15.0
_BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED


def holder_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".writer.json")


def _program() -> str:
    """The running program's name as a user would recognise it (``aml-desktop``)."""
    if not sys.argv or not sys.argv[0]:
        return "python"
    return Path(sys.argv[0]).name


@contextmanager
def holding(db_path: Path, what: str) -> Iterator[None]:
    """Leave a note that this process is doing ``what`` to the database until the block ends."""
    note = holder_path(Path(db_path))
    try:
        user = getpass.getuser()
    except Exception:  # no login name in some service environments
        user = "unknown user"
    record = {
        "what": what,
        "program": _program(),
        "user": user,
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    written = False
    try:
        if not _held_by_another(note):  # never hide the program that is really writing
            note.write_text(json.dumps(record), encoding="utf-8")
            written = True
    except OSError:  # read-only media or no permission: the note is a courtesy, never a reason to fail
        pass
    try:
        yield
    finally:
        if written:
            try:
                current = json.loads(note.read_text(encoding="utf-8"))
                if current.get("pid") == os.getpid() and current.get("host") == record["host"]:
                    note.unlink()
            except (OSError, ValueError):
                pass


def _held_by_another(note: Path) -> bool:
    """True when ``note`` names another process that is still running (or runs on another computer)."""
    try:
        record = json.loads(note.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(record, dict):
        return False
    pid = record.get("pid")
    if record.get("host") != socket.gethostname():
        return True
    return isinstance(pid, int) and pid != os.getpid() and _alive(pid)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def describe_holder(db_path: Path) -> str:
    """Who holds the database, in words ("an import by alice on WARD-PC (since 14:02 UTC)")."""
    note = holder_path(Path(db_path))
    try:
        record = json.loads(note.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return say("another program is writing to it (it did not say which)")
    if not isinstance(record, dict):
        return say("another program is writing to it (it did not say which)")
    host, pid = record.get("host"), record.get("pid")
    if host == socket.gethostname() and isinstance(pid, int) and pid != os.getpid() and not _alive(pid):
        return say("another program is writing to it (a note from an earlier program that has ended was ignored)")
    since = str(record.get("since", "an unknown time")).replace("T", " ").replace("+00:00", " UTC")
    return say(
        "{what} by {user} with {program} on {host} (process {pid}) has been writing since {since}",
        what=record.get("what", "a change"),
        user=record.get("user", "an unknown user"),
        program=record.get("program", "another program"),
        host=host or "another computer",
        pid=pid,
        since=since,
    )


def busy_message(db_path: Path, waited: float) -> str:
    return say(
        "the database is busy: {holder}. Waited {seconds} s; nothing was changed. Try again when it has finished.",
        holder=describe_holder(db_path),
        seconds=waited,
    )


class LockWaitExpired(Exception):
    """Raised from a backup progress callback to stop CPython's unbounded retry loop."""


def bounded_progress(
    seconds: float, progress: Callable[[int, int], None] | None = None
) -> Callable[[int, int, int], None]:
    """A ``Connection.backup`` progress callback that gives up once the lock was busy for ``seconds``.

    CPython's ``backup()`` sleeps and retries for as long as the step answers BUSY or LOCKED;
    the callback runs after every step, so raising from it is the only way to bound the wait.
    The clock is monotonic: a clock set back or forward changes nothing.
    """
    # Since the last step that made progress (the first step's busy handler already waited).
    waiting_since = [time.monotonic()]

    def report(status: int, remaining: int, total: int) -> None:
        if status in _BUSY_CODES:
            if time.monotonic() - waiting_since[0] >= seconds:
                raise LockWaitExpired
        else:
            waiting_since[0] = time.monotonic()
            if progress is not None:
                progress(total - remaining, total)

    return report
