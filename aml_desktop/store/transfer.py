"""Moving a clinic from its SQLite file to a PostgreSQL server, row for row (``aml-desktop migrate-to``).

Every table of the clinic is copied as it is: the patients with every diagnosis, course (cycles
included), assessment, mutation, fitness record and decision (voided and superseded ones too), the
patient list and its search text, the clinic's settings and formulary, the accounts with their
password hashes and roles, and the audit trail **verbatim**: the same entry numbers, times, users,
values and hashes. Copying the trail as it is, rather than starting a new chain on the server,
keeps the proof of everything that happened on the laptop: ``audit verify`` on the server checks
the laptop's entries with the same hashes, and each row on the server against its last audited
state. The move itself is then recorded as a new entry at the end of that same chain.

All or nothing: the file is read in one read transaction (one consistent state, even if the window
is open on it), and the server is written in one transaction holding the clinic's write lock, which
commits only when every table's row count matches the file's and the copied trail verifies. Any
failure rolls back and leaves the server as it was. Only an empty server is accepted: a database
with no tables, or one that ``server init`` just prepared (no patients, and a trail holding nothing
but its set-up); a server that holds a clinic is refused.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aml_desktop.engine.sentences import Listing, say

from .audit_chain import replaced_end_detail
from .errors import StoreError

# What ``migrate-to`` reports, in this order, with the words for each table.
KINDS: tuple[tuple[str, str], ...] = (
    ("patients", "patients"),
    ("diagnoses", "diagnoses"),
    ("courses", "courses and cycles"),
    ("assessments", "assessments"),
    ("mutations", "mutations"),
    ("fitness", "fitness records"),
    ("decisions", "decisions"),
    ("clinic_settings", "clinic settings"),
    ("formulary", "formulary entries"),
    ("users", "accounts"),
    ("audit_log", "audit trail entries"),
    ("patient_list", "patient list lines"),
    ("patient_words", "search entries (words)"),
    ("patient_trigram", "search entries (trigrams)"),
)
# Entries a freshly prepared server may hold (the schema's first settings, the first administrator).
SET_UP_OPERATIONS = frozenset(
    {
        "insert",
        "update",
        "account_add",
        "account_change",
        "password_reset",
        "chain_start",
        "login",
        "login_failed",
        "logout",
    }
)
SET_UP_TABLES = frozenset({"clinic_settings", "formulary", "users", "clinic"})


@dataclass(frozen=True)
class TransferReport:
    counts: dict[str, int]
    voided_decisions: int
    superseded_decisions: int
    trail_entries: int
    # The server's own set-up entries (its first settings, the administrator server init made, logins)
    # that the clinic's trail replaced; the move's entry names how many.
    setup_entries_replaced: int = 0
    # The newest entry of the set-up trail the move replaced (named in the move's entry, see audit_chain).
    replaced_end: tuple[int, str] | None = None

    def lines(self) -> list[str]:
        """One line per kind, in the report's order ("patients: 35")."""
        out = []
        for table, words in KINDS:
            if table not in self.counts:
                continue
            line = f"{words}: {self.counts[table]:,}"
            if table == "decisions" and (self.voided_decisions or self.superseded_decisions):
                line += f" (of which {self.voided_decisions} voided, {self.superseded_decisions} superseded)"
            out.append(line)
        return out


def _quoted(column: str) -> str:
    return f'"{column}"'


def _tables() -> list[Any]:
    """The clinic's tables in foreign-key order (parents first), without the server's own mark."""
    from .pg.schema import METADATA

    return [t for t in METADATA.sorted_tables if t.name != "aml_desktop_meta"]


def _columns(table: Any) -> list[str]:
    return [c.name for c in table.columns if c.computed is None]


def _source_rows(conn: Any, table: Any) -> tuple[list[str], list[tuple[Any, ...]]]:
    columns = _columns(table)
    try:
        cursor = conn.execute(f"SELECT {', '.join(_quoted(c) for c in columns)} FROM {table.name}")
    except Exception as error:
        raise StoreError(
            say("the clinic file cannot be read ({name}: {error}); nothing was moved", name=table.name, error=error)
        ) from None
    return columns, [tuple(row) for row in cursor.fetchall()]


def _target_state(url: str) -> None:
    """Refuse a server that holds a clinic (or anything else); build the schema in an empty one."""
    from .pg.migrate import DatabaseState
    from .server import database_state, init_database, shown

    state = database_state(url)
    if state is DatabaseState.FOREIGN:
        raise StoreError(say("{shown} holds tables that are not AML Desktop's: nothing was moved", shown=shown(url)))
    if state is DatabaseState.NEWER:
        raise StoreError(say("{shown} was made by a newer version of AML Desktop: nothing was moved", shown=shown(url)))
    if state is DatabaseState.EMPTY:
        init_database(url)


def _check_fresh(conn: Any, url: str) -> None:
    from .server import shown

    patients = _count(conn, "patients")
    entries = conn.execute(
        "SELECT operation, table_name, patient_id FROM audit_log WHERE patient_id IS NOT NULL "
        "OR NOT (operation = ANY(%s) AND table_name = ANY(%s)) LIMIT 1",
        [sorted(SET_UP_OPERATIONS), sorted(SET_UP_TABLES)],
    ).fetchone()
    if patients or entries is not None:
        what = f"{patients} patients" if patients else f"a {entries[0]} entry in its audit trail"
        raise StoreError(
            say(
                "{shown} already holds a clinic ({what}): migrate-to only fills an empty server (or one "
                "that 'server init' just prepared), and nothing was moved. Use a new database (aml-desktop "
                "server init --database NAME).",
                shown=shown(url),
                what=what,
            )
        )


def copy_to_server(
    source: Path,
    url: str,
    *,
    open_source: Callable[[Path], Any],
    user: str,
) -> TransferReport:
    """Copy the clinic file ``source`` into the server database at ``url``; see the module docstring.

    ``open_source(path)`` gives a read-only connection to the file (sqlite3-like)."""
    from .audit_chain import verify
    from .pg.connection import WRITE_LOCK_KEY, PgConnection, connect_raw
    from .pg_backup import trail_end

    _target_state(url)
    with closing(open_source(source)) as src:
        src.execute("BEGIN")  # one read transaction: every table from the same state of the file
        source_tables = {str(r[0]) for r in src.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        plan = []
        for table in _tables():
            if table.name not in source_tables:
                raise StoreError(
                    say("the clinic file has no {name} table (is it up to date?); nothing was moved", name=table.name)
                )
            plan.append((table, *_source_rows(src, table)))
        src.execute("COMMIT")
    counts = {table.name: len(rows) for table, _, rows in plan}
    decisions = next(rows for table, _, rows in plan if table.name == "decisions")
    columns = next(cols for table, cols, _ in plan if table.name == "decisions")
    status = columns.index("status")
    raw = connect_raw(url)
    try:
        with raw.transaction():
            raw.execute("SELECT set_config('lock_timeout', '15s', true)")
            raw.execute("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK_KEY])
            _check_fresh(raw, url)
            server_accounts = _count(raw, "users")
            setup_entries = _count(raw, "audit_log")
            setup_end = trail_end(raw)
            if server_accounts and not counts["users"]:
                raise StoreError(
                    say(
                        "the server has accounts (made by server init) but the clinic file has none: add an "
                        "administrator on this computer first (aml-desktop users add NAME --role administrator), "
                        "so the clinic stays protected on the network, then run migrate-to again; nothing was moved"
                    )
                )
            # Rows arrive as they are: the per-row audit entries are skipped (the trail itself is copied).
            raw.execute("SELECT set_config('aml.import', 'on', true), set_config('aml.user', %s, true)", [user])
            names = ", ".join(t.name for t, _, _ in plan)
            raw.execute(f"TRUNCATE {names} RESTART IDENTITY")
            for table, cols, rows in plan:
                with (
                    raw.cursor() as cursor,
                    cursor.copy(f"COPY {table.name} ({', '.join(_quoted(c) for c in cols)}) FROM STDIN") as copy,
                ):
                    for row in rows:
                        copy.write_row(row)
            for table, _, _ in plan:
                _advance_sequences(raw, table)
            found = {t.name: _count(raw, t.name) for t, _, _ in plan}
            if found != counts:
                differ = ", ".join(
                    f"{k}: {counts[k]} read, {found.get(k)} written" for k in counts if found[k] != counts[k]
                )
                raise StoreError(
                    say("the server did not receive every row ({differ}); nothing was moved", differ=differ)
                )
            verdict = verify(PgConnection(raw, url))
            if not verdict.whole:
                raise StoreError(
                    say(
                        "the copied audit trail does not verify on the server ({problems}); nothing was moved",
                        problems=Listing(tuple(verdict.problems[:3]), "; "),
                    )
                )
    except StoreError:
        raise
    except Exception as error:  # psycopg's errors: the transaction rolled back, the server is as it was
        from .server_admin import first_line

        raise StoreError(
            say("the server refused the copy ({first_line}); nothing was moved", first_line=first_line(error))
        ) from None
    finally:
        raw.close()
    return TransferReport(
        counts=counts,
        voided_decisions=sum(1 for row in decisions if row[status] == "voided"),
        superseded_decisions=sum(1 for row in decisions if row[status] == "superseded"),
        trail_entries=counts["audit_log"],
        setup_entries_replaced=setup_entries,
        replaced_end=setup_end,
    )


def _count(raw: Any, table: str) -> int:
    row = raw.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(row[0]) if row else 0


def _advance_sequences(raw: Any, table: Any) -> None:
    """Set each column's sequence past the highest copied value (new accounts get new numbers)."""
    for column in table.columns:
        row = raw.execute("SELECT pg_get_serial_sequence(%s, %s)", [table.name, column.name]).fetchone()
        if row and row[0]:
            raw.execute(
                f"SELECT setval(%s, coalesce((SELECT max({_quoted(column.name)}) FROM {table.name}), 0) + 1, false)",
                [row[0]],
            )


def describe_detail(source: Path, report: TransferReport) -> dict[str, Any]:
    """What the server's trail records about the move (the file, and how many of each kind came)."""
    return {
        "migrated_from": str(source),
        "counts": json.loads(json.dumps(report.counts)),
        "server_setup_entries_replaced": report.setup_entries_replaced,
        **replaced_end_detail(report.replaced_end),
    }
