"""Opening a database file safely: refuse files that are not ours or too new, then set the pragmas.

The checks run on a read-only connection before anything is written, so a foreign or newer file
is never modified (not even its journal mode).

Day-to-day work uses a plain ``sqlite3`` connection (the repository speaks SQL); sqlite-utils
builds the schema and is imported only when a migration is pending, which keeps its import
(about 80 ms and 10 MiB with click, dateutil and pluggy) out of every launch.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from . import driver
from .dbapi import Connection
from .errors import DamagedDatabase, StoreError
from .lock_holder import LOCK_WAIT_SECONDS, busy_message
from .schema import APPLICATION_ID, KNOWN_MIGRATIONS, MIGRATION_SET, SCHEMA_VERSION, migrations

# SQLite's busy timeout: how long a write waits for another program's lock (bounded, see lock_holder).
BUSY_TIMEOUT_SECONDS = LOCK_WAIT_SECONDS
_EMPTY_TABLES = {"_sqlite_migrations"}


class UserSlot:
    """Who is writing: read by the audit triggers through the ``aml_user()`` SQL function."""

    def __init__(self) -> None:
        self.user: str | None = None

    def __call__(self) -> str | None:
        return self.user


def writable(path: Path) -> bool:
    """True when SQLite can write the file and create its journal beside it (not read-only media)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that never writes. On read-only media a WAL file cannot get its shared-memory
    file, so it is opened as immutable (nobody can change a file on read-only media anyway)."""
    base = path.resolve().as_uri()
    conn = driver.connect(path, base + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except UnicodeDecodeError:  # SQLite's message quotes the damaged schema text, which is not UTF-8
        conn.close()
        raise sqlite3.DatabaseError("database disk image is malformed (its schema text cannot be read)") from None
    except driver.OperationalError:
        conn.close()
        if writable(path):
            raise
    return driver.connect(path, base + "?immutable=1", uri=True, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)


def inspect_file(path: Path) -> tuple[int, int, set[str], set[str]]:
    """(application_id, user_version, table names, applied migration names), read-only."""
    try:
        with closing(read_only_connection(path)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            applied = _applied_migrations(conn) if "_sqlite_migrations" in tables else set()
    except driver.DatabaseError as error:
        if "malformed" in str(error) or "corrupt" in str(error):
            raise DamagedDatabase(
                f"{path} is damaged: SQLite cannot read its list of tables ({error}). {RECOVERY_HINT}"
            ) from None
        raise StoreError(f"{path} is not an AML Desktop database (SQLite says: {error})") from None
    return int(app_id), int(version), tables, applied


RECOVERY_HINT = (
    "Restore the last good backup (Clinic > Restore from backup in the window, or 'aml-desktop restore BACKUP'); "
    "'aml-desktop export --all' saves the patients that can still be read."
)


def quick_check(conn: Connection) -> list[str]:
    """Problems ``PRAGMA quick_check`` finds (empty when the file is sound): run on every open.

    A PostgreSQL server checks its own pages (checksums, WAL); there the check is that the connection
    answers."""
    if getattr(conn, "backend", None) == "postgresql":
        try:
            conn.execute("SELECT 1").fetchone()
        except driver.DatabaseError as error:
            return [str(error)]
        return []
    try:
        rows = [str(row[0]) for row in conn.execute("PRAGMA quick_check(20)").fetchall()]
    except driver.DatabaseError as error:
        return [str(error)]
    return [] if rows == ["ok"] else rows


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


# SQLite's page cache per connection, in KiB (None: SQLite's default, 2 MiB). See set_page_cache.
_page_cache_kib: int | None = None


def set_page_cache(kib: int | None) -> None:
    """The page cache of every connection opened from now on in this process.

    The window keeps a few connections open (the list, the search thread, the refresh) and the
    operating system caches the file anyway: a small cache each keeps the window's memory near an
    empty one's however far the list is scrolled. Command-line imports keep SQLite's default.
    """
    global _page_cache_kib
    _page_cache_kib = kib


def connect(path: Path, user_slot: UserSlot, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection with the store's pragmas: foreign keys, WAL, ``synchronous=FULL``, busy timeout.

    Transactions are explicit (``isolation_level=None``): the store opens each one with
    ``BEGIN IMMEDIATE`` so two writers wait for each other instead of failing half-way.
    ``recursive_triggers`` stays on, as sqlite-utils' ``Database`` wrapper used to set it, so the
    audit triggers behave exactly as they did when the schema was built and tested with it.
    """
    try:
        if read_only:
            conn = read_only_connection(path)
        else:
            conn = driver.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_SECONDS)
    except driver.Error as error:
        raise StoreError(f"{path}: the database cannot be opened ({error})") from None
    conn.create_function("aml_user", 0, user_slot)
    if read_only:
        conn.execute("PRAGMA foreign_keys = ON")
        return conn
    conn.execute("PRAGMA recursive_triggers = ON")
    if _page_cache_kib is not None:
        conn.execute(f"PRAGMA cache_size = -{int(_page_cache_kib)}")
    conn.execute("PRAGMA foreign_keys = ON")
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except driver.Error as error:
        conn.close()
        raise StoreError(f"{path}: the database cannot be opened for writing ({error})") from None
    if str(mode).lower() != "wal":
        conn.close()
        raise StoreError(f"{path}: could not switch the database to WAL journal mode (got {mode})")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def _file_of(conn: Connection) -> Path:
    row = conn.execute("PRAGMA database_list").fetchone()
    return Path(row[2]) if row is not None and row[2] else Path("the database")


def pending_migrations(conn: sqlite3.Connection) -> bool:
    """True when this file lacks a migration this program knows (a new file lacks them all)."""
    try:
        applied = _applied_migrations(conn)
    except driver.OperationalError:  # no migrations table yet: a new database
        return True
    return not applied >= KNOWN_MIGRATIONS


def migrate(conn: sqlite3.Connection, user_slot: UserSlot) -> None:
    """Apply pending migrations, each in its own transaction with the record of it."""
    if not pending_migrations(conn):
        return
    from sqlite_utils import Database

    from .audit_chain import seal

    user_slot.user = "system:migration"
    try:
        migrations().apply(Database(conn, execute_plugins=False, strict=True))
        # Entries a later migration's own changes wrote join the chain like any other.
        conn.execute("BEGIN IMMEDIATE")
        seal(conn)
        conn.execute("COMMIT")
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        user_slot.user = None


@contextmanager
def write_transaction(
    conn: Connection,
    user_slot: UserSlot,
    user: str,
    before_commit: Callable[[], None] | None = None,
) -> Iterator[Connection]:
    """One ``BEGIN IMMEDIATE`` transaction attributed to ``user``; rolled back on any error.

    ``before_commit`` runs last inside the transaction (the store seals the audit entries there)."""
    if not user or not user.strip():
        raise StoreError("every change needs the name of the user making it")
    if conn.in_transaction:
        raise StoreError("a write is already in progress on this connection")
    user_slot.user = user
    server_begin = getattr(conn, "begin_write", None)  # a PostgreSQL connection (store.pg.connection)
    try:
        if server_begin is not None:
            server_begin(user, BUSY_TIMEOUT_SECONDS)
        else:
            conn.execute("BEGIN IMMEDIATE")
    except driver.OperationalError as error:
        user_slot.user = None
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if server_begin is not None and "locked" in str(error):
            raise StoreError(
                f"the database is busy: {conn.lock_holder()}. Waited {BUSY_TIMEOUT_SECONDS:g} s; nothing was "  # type: ignore[attr-defined]
                "changed. Try again when it has finished."
            ) from error
        if "locked" in str(error) or "busy" in str(error):
            raise StoreError(busy_message(_file_of(conn), BUSY_TIMEOUT_SECONDS)) from error
        raise StoreError(f"the database cannot be written now ({error}); nothing was changed") from error
    try:
        yield conn
    except driver.Error as error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise StoreError(f"the change could not be saved ({error}); nothing was changed") from error
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        try:
            if before_commit is not None:
                before_commit()
            conn.execute("COMMIT")
        except driver.Error as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"the change could not be saved ({error}); nothing was changed") from error
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        user_slot.user = None
