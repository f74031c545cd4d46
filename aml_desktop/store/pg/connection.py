"""A PostgreSQL connection that the store's code uses as it uses a ``sqlite3`` connection.

``PgConnection`` offers what the repository calls on a SQLite connection (``execute``,
``executemany``, ``in_transaction``, ``close``) over psycopg 3 in autocommit mode, so the store's
own ``BEGIN``/``COMMIT`` frame each write as on SQLite. Statements pass through ``sql.translate``.
psycopg's errors are raised as the matching ``sqlite3`` exception classes (with PostgreSQL's
message), so the store's one set of ``except`` clauses serves both engines.

Writes are serialised by one transaction-level advisory lock (the clinic's write lock, as SQLite's
``BEGIN IMMEDIATE``): a record-version check and the save that follows it cannot interleave with
another workstation's, and the audit trail's numbering stays gapless. The wait for it is bounded by
``lock_timeout``; who holds it is read from ``pg_stat_activity`` (each connection names its program,
user and computer in ``application_name``).
"""

from __future__ import annotations

import getpass
import re
import socket
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from aml_desktop.engine.sentences import say
from aml_desktop.store.errors import SERVER_EXTRA_MISSING, ServerUnavailable, StoreError

try:
    import psycopg
    from psycopg import errors as pg_errors
    from psycopg.pq import TransactionStatus
except ImportError:  # every way into the server goes through this module: said in words, not a traceback
    raise StoreError(SERVER_EXTRA_MISSING) from None
from aml_desktop.store.location import shown

from .sql import translate

# An insert of this many rows or more goes by COPY (see PgConnection.executemany).
COPY_FROM_ROWS = 50
_PLAIN_INSERT = re.compile(r"^INSERT INTO (?P<table>\w+) \((?P<columns>\w+(?:, \w+)*)\) VALUES \(\?(?:, \?)*\)$")
# The clinic's write lock: one advisory lock key ("AMLD").
WRITE_LOCK_KEY = 0x414D4C44
CONNECT_TIMEOUT_SECONDS = 10

# Asked when the server wants a password that neither PGPASSWORD nor ~/.pgpass gave (the window or the
# terminal sets it); returns None when the user gives none.
PasswordProvider = Callable[[str], str | None]
_password_provider: PasswordProvider | None = None
# Passwords given in this process, per URL (never written anywhere).
_PASSWORDS: dict[str, str] = {}


def set_password_provider(provider: PasswordProvider | None) -> None:
    """Who to ask for a server password (``provider(url_shown) -> password or None``)."""
    global _password_provider
    _password_provider = provider


def set_password(url: str, password: str | None) -> None:
    if password is None:
        _PASSWORDS.pop(url, None)
    else:
        _PASSWORDS[url] = password


def _who() -> str:
    try:
        user = getpass.getuser()
    except Exception:  # no login name in some service environments
        user = "unknown user"
    program = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python"
    return f"AML Desktop ({program}) {user}@{socket.gethostname()}"[:63]


def _as_sqlite_error(error: psycopg.Error) -> sqlite3.Error:
    """The ``sqlite3`` exception the store's handlers expect, carrying PostgreSQL's message."""
    message = (error.diag.message_primary or str(error)).strip()
    if isinstance(error, pg_errors.LockNotAvailable):
        return sqlite3.OperationalError(f"database is locked ({message})")
    if isinstance(error, psycopg.IntegrityError | pg_errors.RaiseException):  # RAISE: SQLite's RAISE(ABORT)
        return sqlite3.IntegrityError(message)
    if isinstance(error, pg_errors.UndefinedTable | pg_errors.UndefinedColumn):
        return sqlite3.OperationalError(message)
    if isinstance(error, psycopg.OperationalError):
        return sqlite3.OperationalError(f"the server connection failed: {message}")
    if isinstance(error, psycopg.DatabaseError):
        return sqlite3.DatabaseError(message)
    return sqlite3.Error(message)


class PgCursor:
    """The results of one statement, read as a ``sqlite3.Cursor`` is."""

    def __init__(self, cursor: psycopg.Cursor[Any]) -> None:
        self._cursor = cursor
        self.description = [(column.name, None, None, None, None, None, None) for column in cursor.description or ()]
        self.rowcount = cursor.rowcount
        self.lastrowid = None

    def fetchone(self) -> Any:
        return self._cursor.fetchone() if self.description else None

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall() if self.description else []

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())


class _NoRows:
    description = ()
    rowcount = 0
    lastrowid = None

    def fetchone(self) -> Any:
        return None

    def fetchall(self) -> list[Any]:
        return []

    def __iter__(self) -> Iterator[Any]:
        return iter(())


class PgConnection:
    """One psycopg connection to a clinic's database, used by the store like a ``sqlite3`` connection.

    A connection the server dropped (a restart, the network, an idle timeout) is replaced by a new one
    on the next statement outside a transaction, so a window left open overnight simply carries on.
    Inside a write transaction a lost connection raises :class:`ServerUnavailable` (the server rolled
    the transaction back) until the store's ``ROLLBACK``; the next write reconnects."""

    backend = "postgresql"

    def __init__(self, raw: psycopg.Connection[Any], url: str) -> None:
        self.raw = raw
        self.url = url
        self._writing = False  # between the store's BEGIN and its COMMIT/ROLLBACK
        self._closed = False

    def _lost(self, error: BaseException | None, *, committing: bool = False) -> ServerUnavailable:
        detail = f" ({str(error).strip().splitlines()[0]})" if error is not None and str(error).strip() else ""
        if committing:
            return ServerUnavailable(
                say(
                    "the connection to the PostgreSQL server at {shown} was lost while saving{detail}: the "
                    "change may or may not have been saved. Reload the patient to see, then try again if "
                    "needed.",
                    shown=shown(self.url),
                    detail=detail,
                )
            )
        return ServerUnavailable(
            say(
                "the connection to the PostgreSQL server at {shown} was lost{detail}; nothing was changed. "
                "Check the network and the server, then try again.",
                shown=shown(self.url),
                detail=detail,
            )
        )

    def _gone(self) -> bool:
        return bool(self.raw.closed or self.raw.broken)

    def _reconnect(self) -> None:
        try:
            raw = connect_raw(self.url)
            raw.execute("SET TIME ZONE 'UTC'")
        except StoreError as error:
            raise ServerUnavailable(error.args[0] if len(error.args) == 1 else str(error)) from None
        self.raw = raw

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> PgCursor | _NoRows:
        word = sql.strip().upper()
        if self._gone():
            if self._closed:
                raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
            if word == "ROLLBACK":  # the server rolled it back when the connection went
                self._writing = False
                return _NoRows()
            if self._writing:
                raise self._lost(None)
            self._reconnect()
        query, values = translate(sql), list(params) if params is not None else []
        try:
            cursor = self.raw.execute(query, values)
        except psycopg.Error as error:
            if not self._gone():
                raise _as_sqlite_error(error) from error
            if self._writing:
                raise self._lost(error, committing=word == "COMMIT") from None
            # Outside a transaction nothing was half-done: a read (or the BEGIN) is simply tried once more.
            self._reconnect()
            try:
                cursor = self.raw.execute(query, values)
            except psycopg.Error as again:
                raise (self._lost(again) if self._gone() else _as_sqlite_error(again)) from again
        if word == "BEGIN":
            self._writing = True
        elif word in ("COMMIT", "ROLLBACK"):
            self._writing = False
        return PgCursor(cursor)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Many rows; a plain ``INSERT INTO t (columns) VALUES (?, ...)`` of many rows goes by ``COPY`` (the
        same rows, constraints and row triggers, a fraction of the round trips)."""
        if self._gone():
            raise self._lost(None)
        rows = list(rows)
        plain = _PLAIN_INSERT.match(sql)
        try:
            with self.raw.cursor() as cursor:
                if plain is not None and len(rows) >= COPY_FROM_ROWS:
                    with cursor.copy(f"COPY {plain['table']} ({plain['columns']}) FROM STDIN") as copy:
                        for row in rows:
                            copy.write_row(row)
                else:
                    cursor.executemany(translate(sql), [list(row) for row in rows])
        except psycopg.Error as error:
            if self._gone():
                raise self._lost(error) from None
            raise _as_sqlite_error(error) from error

    @property
    def in_transaction(self) -> bool:
        if self._gone():
            return self._writing
        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def create_function(self, *args: Any, **kwargs: Any) -> None:
        """SQLite registers ``aml_user()`` per connection; on the server it is a function of the database."""

    def close(self) -> None:
        self._closed = True
        self.raw.close()

    @property
    def closed(self) -> bool:
        return self.raw.closed

    # --- write transactions ------------------------------------------------------------------------------

    def begin_write(self, user: str, wait_seconds: float, what: str | None = None) -> None:
        """``BEGIN``, attribute the transaction to ``user`` and take the clinic's write lock (bounded wait).

        While it writes, the connection's ``application_name`` says what and for whom ("AML Desktop: an import
        of 4000 patients by dr-k"), which another workstation waiting for the lock is told."""
        self.execute("BEGIN")
        doing = f"AML Desktop: {what} by {user}" if what else f"{_who()[:40]} as {user}"
        self.execute(
            "SELECT set_config('aml.user', ?, true), set_config('lock_timeout', ?, true), "
            "set_config('application_name', ?, true)",
            [user, f"{int(wait_seconds * 1000)}ms", doing[:63]],
        )
        self.execute("SELECT pg_advisory_xact_lock(?)", [WRITE_LOCK_KEY])

    def lock_holder(self) -> str:
        """Who holds the clinic's write lock, in words (from ``pg_stat_activity``)."""
        try:
            with psycopg.connect(self.raw.info.dsn, password=_PASSWORDS.get(self.url), autocommit=True) as probe:
                row = probe.execute(
                    "SELECT a.application_name, host(a.client_addr), a.usename, "
                    "to_char(a.xact_start AT TIME ZONE 'UTC', 'HH24:MI:SS') FROM pg_locks l "
                    "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
                    "AND l.objid = %s AND l.classid = 0 LIMIT 1",
                    [WRITE_LOCK_KEY],
                ).fetchone()
        except psycopg.Error:
            row = None
        if row is None:
            return say("another workstation is writing to it (the server did not say which)")
        name, address, role, since = row
        if address:
            return say(
                "{name} (database user {role} from {address}) has been writing since {since} UTC",
                name=name or "another program",
                role=role,
                address=address,
                since=since,
            )
        return say(
            "{name} (database user {role}) has been writing since {since} UTC",
            name=name or "another program",
            role=role,
            since=since,
        )


def _refused(url: str, error: psycopg.OperationalError) -> StoreError:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    where = shown(url)
    if "no password supplied" in text:
        return StoreError(
            say(
                "the server at {where} asks for a password for this user and none was given ({text}): set "
                "PGPASSWORD or a ~/.pgpass line, or type it when asked; nothing was opened.",
                where=where,
                text=text,
            )
        )
    if "password" in text.lower():
        return StoreError(
            say(
                "the server at {where} refused the password for this user ({text}). Check the password (it "
                "can also come from PGPASSWORD or ~/.pgpass); nothing was opened.",
                where=where,
                text=text,
            )
        )
    if "does not exist" in text:
        return StoreError(
            say(
                "{where}: {text}. Ask the administrator, or create it with 'aml-desktop server init'.",
                where=where,
                text=text,
            )
        )
    return ServerUnavailable(
        say(
            "the PostgreSQL server at {where} cannot be reached ({text}). Check that the server is "
            "running, the address and port, and that this workstation may connect (pg_hba.conf, "
            "firewall); nothing was opened.",
            where=where,
            text=text,
        )
    )


def _needs_password(error: psycopg.OperationalError) -> bool:
    text = str(error).lower()
    return "no password supplied" in text or "password authentication failed" in text


def connect_raw(url: str, *, autocommit: bool = True) -> psycopg.Connection[Any]:
    """A psycopg connection to ``url`` (password: the URL, PGPASSWORD, ~/.pgpass, then the provider)."""
    options: dict[str, Any] = {
        "autocommit": autocommit,
        "connect_timeout": CONNECT_TIMEOUT_SECONDS,
        "application_name": _who(),
    }
    password = _PASSWORDS.get(url)
    try:
        return psycopg.connect(url, password=password, **options) if password else psycopg.connect(url, **options)
    except psycopg.OperationalError as error:
        if not _needs_password(error) or _password_provider is None or password is not None:
            raise _refused(url, error) from None
        asked = _password_provider(shown(url))
        if not asked:
            raise _refused(url, error) from None
    try:
        raw = psycopg.connect(url, password=asked, **options)
    except psycopg.OperationalError as error:
        raise _refused(url, error) from None
    _PASSWORDS[url] = asked
    return raw


def connect(url: str) -> PgConnection:
    """The store's connection to the clinic database at ``url``."""
    raw = connect_raw(url)
    raw.execute("SET TIME ZONE 'UTC'")
    return PgConnection(raw, url)


def password_for(url: str) -> str | None:
    """The password given in this process for ``url`` (for a second connection: migrations, a worker)."""
    return _PASSWORDS.get(url)
