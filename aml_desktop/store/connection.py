"""Opening a database file safely: refuse files that are not ours or too new, then set the pragmas.

The checks run on a read-only connection before anything is written, so a foreign or newer file
is never modified (not even its journal mode).

Day-to-day work uses a plain ``sqlite3`` connection (the repository speaks SQL); sqlite-utils
builds the schema and is imported only when a migration is pending, which keeps its import
(about 80 ms and 10 MiB with click, dateutil and pluggy) out of every launch.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from .errors import StoreError
from .schema import APPLICATION_ID, KNOWN_MIGRATIONS, MIGRATION_SET, SCHEMA_VERSION, migrations

BUSY_TIMEOUT_SECONDS = 15.0
_EMPTY_TABLES = {"_sqlite_migrations"}


class UserSlot:
    """Who is writing: read by the audit triggers through the ``aml_user()`` SQL function."""

    def __init__(self) -> None:
        self.user: str | None = None

    def __call__(self) -> str | None:
        return self.user


def inspect_file(path: Path) -> tuple[int, int, set[str], set[str]]:
    """(application_id, user_version, table names, applied migration names), read-only."""
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            applied = _applied_migrations(conn) if "_sqlite_migrations" in tables else set()
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path} is not an AML Desktop database (SQLite says: {error})") from None
    return int(app_id), int(version), tables, applied


def _applied_migrations(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])
    return {row[0] for row in rows}


def check_ours(path: Path) -> bool:
    """Raise :class:`StoreError` unless ``path`` is an AML Desktop database this program can open.

    Returns False for an empty file (or one holding only an unfinished first migration), which is
    ours to initialise.
    """
    app_id, version, tables, applied = inspect_file(path)
    if app_id == 0 and tables <= _EMPTY_TABLES and not applied:
        return False
    if app_id != APPLICATION_ID:
        shown = ", ".join(sorted(tables)[:5]) or "no tables"
        raise StoreError(f"{path} is not an AML Desktop database (it holds {shown}); it was left untouched")
    unknown = applied - KNOWN_MIGRATIONS
    if version > SCHEMA_VERSION or unknown:
        raise StoreError(
            f"{path} was made by a newer version of AML Desktop (schema {version}; this program knows up to "
            f"{SCHEMA_VERSION}); it was left untouched. Install the newer version to open it."
        )
    return True


def connect(path: Path, user_slot: UserSlot) -> sqlite3.Connection:
    """A connection with the store's pragmas: foreign keys, WAL, ``synchronous=FULL``, busy timeout.

    Transactions are explicit (``isolation_level=None``): the store opens each one with
    ``BEGIN IMMEDIATE`` so two writers wait for each other instead of failing half-way.
    ``recursive_triggers`` stays on, as sqlite-utils' ``Database`` wrapper used to set it, so the
    audit triggers behave exactly as they did when the schema was built and tested with it.
    """
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error as error:
        raise StoreError(f"{path}: the database cannot be opened ({error})") from None
    conn.create_function("aml_user", 0, user_slot)
    conn.execute("PRAGMA recursive_triggers = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except sqlite3.Error as error:
        conn.close()
        raise StoreError(f"{path}: the database cannot be opened for writing ({error})") from None
    if str(mode).lower() != "wal":
        conn.close()
        raise StoreError(f"{path}: could not switch the database to WAL journal mode (got {mode})")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def pending_migrations(conn: sqlite3.Connection) -> bool:
    """True when this file lacks a migration this program knows (a new file lacks them all)."""
    try:
        applied = _applied_migrations(conn)
    except sqlite3.OperationalError:  # no migrations table yet: a new database
        return True
    return not applied >= KNOWN_MIGRATIONS


def migrate(conn: sqlite3.Connection, user_slot: UserSlot) -> None:
    """Apply pending migrations, each in its own transaction with the record of it."""
    if not pending_migrations(conn):
        return
    from sqlite_utils import Database

    user_slot.user = "system:migration"
    try:
        migrations().apply(Database(conn, execute_plugins=False, strict=True))
    finally:
        user_slot.user = None


@contextmanager
def write_transaction(conn: sqlite3.Connection, user_slot: UserSlot, user: str) -> Iterator[sqlite3.Connection]:
    """One ``BEGIN IMMEDIATE`` transaction attributed to ``user``; rolled back on any error."""
    if not user or not user.strip():
        raise StoreError("every change needs the name of the user making it")
    if conn.in_transaction:
        raise StoreError("a write is already in progress on this connection")
    user_slot.user = user
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        user_slot.user = None
        raise StoreError(f"the database cannot be written now ({error}); nothing was changed") from error
    try:
        yield conn
    except sqlite3.Error as error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise StoreError(f"the change could not be saved ({error}); nothing was changed") from error
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"the change could not be saved ({error}); nothing was changed") from error
    finally:
        user_slot.user = None
