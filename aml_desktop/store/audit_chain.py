"""The tamper-evident audit trail: each entry is sealed with the hash of the one before it, of its own
content, and of the state it left (the resulting row, or the whole imported record).

Sealing happens in the same transaction as the change, just before it commits (``seal``), so an
entry and its hashes are written together or not at all. ``verify`` walks the chain and then
compares the database as it is now with the last audited state of every row: an edit made with
the audit triggers dropped, a deleted or edited audit entry, or a trail rolled back by copying an
older file over the database (``<db>.audit-head`` remembers the newest entry this computer saw)
is reported, naming the first broken entry.

What it cannot do: the hashes are not secret, so a person who can write the file and knows this
code can recompute a whole forged chain; the head file beside the database and the backups are
the outside anchors that make that harder (see the README's security section).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aml_desktop.engine.sentences import say

from .dbapi import Connection, Cursor

GENESIS = "0" * 64
ABSENT = "absent"
HEAD_SUFFIX = ".audit-head"

# Rows whose state the chain keeps: table -> (row key, patient key). The seven clinical tables make
# a patient's record; the others are the clinic's settings and accounts.
RECORD_TABLES: dict[str, tuple[str, str | None]] = {
    "patients": ("id", "id"),
    "diagnoses": ("id", "patient_id"),
    "courses": ("id", "patient_id"),
    "assessments": ("id", "patient_id"),
    "mutations": ("id", "patient_id"),
    "fitness": ("id", "patient_id"),
    "decisions": ("id", "patient_id"),
}
STATE_TABLES: dict[str, tuple[str, str | None]] = {
    **RECORD_TABLES,
    "clinic_settings": ("id", None),
    "formulary": ("key", None),
    "users": ("id", None),
}
# Entries that change one row (written by the triggers, or by the store for accounts).
ROW_OPERATIONS = frozenset({"insert", "update", "delete"})
ACCOUNT_OPERATIONS = frozenset({"account_add", "account_change", "password_reset", "login", "login_failed"})
# A new patient brought in by an import: one entry for the whole record.
IMPORT = "import"
ENTRY_COLUMNS = (
    "id",
    "at",
    "user",
    "operation",
    "table_name",
    "row_id",
    "patient_id",
    "values_before",
    "values_after",
    "detail",
    "state_hash",
    "prev_hash",
)


def _unaudited() -> frozenset[str]:
    from .schema import UNAUDITED_COLUMNS

    return UNAUDITED_COLUMNS


def _value(value: Any) -> Any:
    # SQLite's JSON writes REALs with 15 significant digits; both sides are brought to that form.
    return float(f"{value:.15g}") if isinstance(value, float) else value


def canonical_values(table: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """The audited content of a row: non-null values without its keys, as the triggers record it."""
    row_key, patient_key = STATE_TABLES[table]
    skip = {row_key, patient_key, *_unaudited()}
    return {k: _value(v) for k, v in row.items() if k not in skip and v is not None}


def row_hash(table: str, row_id: str, values: Mapping[str, Any] | None) -> str:
    body = ABSENT if values is None else json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{table}\x1f{row_id}\x1f{body}".encode()).hexdigest()


def record_hash(rows: Iterable[tuple[str, str, Mapping[str, Any]]]) -> str:
    """The hash of a patient's whole record from its (table, row id, canonical values)."""
    digest = hashlib.sha256()
    for table, row_id, values in sorted(rows, key=lambda r: (r[0], r[1])):
        digest.update(row_hash(table, row_id, values).encode())
    return digest.hexdigest()


def entry_hash(entry: Sequence[Any]) -> str:
    """The hash of an entry's content (``ENTRY_COLUMNS`` in order, the previous hash included)."""
    text = json.dumps(list(entry), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _dicts(cursor: Cursor) -> Iterator[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


def current_row(conn: Connection, table: str, row_id: str) -> dict[str, Any] | None:
    row_key = STATE_TABLES[table][0]
    cursor = conn.execute(f"SELECT * FROM {table} WHERE {row_key} = ?", [row_id])
    return next(_dicts(cursor), None)


def current_state(conn: Connection, table: str, row_id: str) -> str:
    row = current_row(conn, table, row_id)
    return row_hash(table, row_id, None if row is None else canonical_values(table, row))


def record_rows(conn: Connection, patient_ids: Sequence[str]) -> dict[str, list[tuple[str, str, dict[str, Any]]]]:
    """Every row of these patients' records, canonical, grouped by patient (a temp table, one scan per table)."""
    found: dict[str, list[tuple[str, str, dict[str, Any]]]] = {pid: [] for pid in patient_ids}
    if not patient_ids:
        return found
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS chain_patients (id TEXT PRIMARY KEY) WITHOUT ROWID")
    conn.execute("DELETE FROM temp.chain_patients")
    conn.executemany("INSERT OR IGNORE INTO temp.chain_patients (id) VALUES (?)", [(p,) for p in patient_ids])
    try:
        for table, (row_key, patient_key) in RECORD_TABLES.items():
            cursor = conn.execute(f"SELECT * FROM {table} WHERE {patient_key} IN (SELECT id FROM temp.chain_patients)")
            for row in _dicts(cursor):
                found[row[str(patient_key)]].append((table, str(row[row_key]), canonical_values(table, row)))
    finally:
        conn.execute("DELETE FROM temp.chain_patients")
    return found


# From this many entries in one seal (a migration sealing an old trail), rows are read table by table.
_BULK_FROM = 500


def _bulk_states(conn: Connection, pending: Sequence[Sequence[Any]]) -> dict[tuple[str, str], str]:
    """The current state of every row these entries touch, one scan per table instead of one query per row."""
    wanted: dict[str, set[str]] = {}
    for entry in pending:
        if entry[4] in STATE_TABLES and (entry[3] in ROW_OPERATIONS or entry[3] in ACCOUNT_OPERATIONS):
            wanted.setdefault(str(entry[4]), set()).add(str(entry[5]))
    states: dict[tuple[str, str], str] = {}
    for table, ids in wanted.items():
        row_key = STATE_TABLES[table][0]
        for row in _dicts(conn.execute(f"SELECT * FROM {table}")):
            row_id = str(row[row_key])
            if row_id in ids:
                states[(table, row_id)] = row_hash(table, row_id, canonical_values(table, row))
        for row_id in ids:
            states.setdefault((table, row_id), row_hash(table, row_id, None))
    return states


def _last_hash(conn: Connection) -> str:
    row = conn.execute(
        "SELECT entry_hash FROM audit_log WHERE entry_hash IS NOT NULL ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return str(row[0]) if row is not None else GENESIS


def seal(conn: Connection) -> tuple[int, str] | None:
    """Seal the entries this transaction wrote; returns the newest (id, hash), None when none were written."""
    pending = conn.execute(
        f"SELECT {', '.join(ENTRY_COLUMNS[:-2])} FROM audit_log WHERE entry_hash IS NULL ORDER BY id"
    ).fetchall()
    if not pending:
        return None
    imports = [str(e[6]) for e in pending if e[3] == IMPORT and e[6] is not None]
    records = record_rows(conn, imports) if imports else {}
    states = _bulk_states(conn, pending) if len(pending) > _BULK_FROM else {}
    previous = _last_hash(conn)
    sealed = []
    for entry in pending:
        table, row_id, operation = entry[4], entry[5], entry[3]
        state: str | None = None
        if operation == IMPORT and entry[6] is not None:
            state = record_hash(records[str(entry[6])])
        elif table in STATE_TABLES and (operation in ROW_OPERATIONS or operation in ACCOUNT_OPERATIONS):
            key = (table, row_id)
            if key not in states:
                states[key] = current_state(conn, table, row_id)
            state = states[key]
        content = [*entry, state, previous]
        previous = entry_hash(content)
        sealed.append((state, content[-1], previous, entry[0]))
    conn.executemany("UPDATE audit_log SET state_hash = ?, prev_hash = ?, entry_hash = ? WHERE id = ?", sealed)
    return int(pending[-1][0]), previous


# --- the head file: the newest entry this computer has seen ------------------------------------------------


def head_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + HEAD_SUFFIX)


def write_head(db_path: Path, head: tuple[int, str]) -> None:
    """Remember the newest sealed entry beside the database (best effort: read-only media has none)."""
    with contextlib.suppress(OSError):
        head_path(db_path).write_text(json.dumps({"entry": head[0], "hash": head[1]}) + "\n", encoding="utf-8")


def read_head(db_path: Path) -> tuple[int, str] | None:
    try:
        data = json.loads(head_path(db_path).read_text(encoding="utf-8"))
        return int(data["entry"]), str(data["hash"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def newest(conn: Connection) -> tuple[int, str] | None:
    row = conn.execute("SELECT id, entry_hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row is not None and row[1] is not None else None


# A restore's entry names the newest entry of the trail it replaced (``REPLACED_END``): a computer whose
# head is at or before that entry saw a trail that a recorded restore put aside, not a secret rollback.
REPLACED_END = "replaced_trail_end"


def replaced_end_detail(end: tuple[int, str] | None) -> dict[str, Any]:
    """The part of a restore's (or a move's) entry that names the end of the trail it replaced."""
    return {} if end is None else {REPLACED_END: {"entry": end[0], "hash": end[1]}}


def _restore_explains(conn: Connection, head: tuple[int, str]) -> bool:
    """True when a recorded restore replaced a trail that reached at least the entry this computer saw."""
    rows = conn.execute("SELECT detail FROM audit_log WHERE operation = 'restore' AND detail IS NOT NULL").fetchall()
    for (detail,) in rows:
        try:
            end = json.loads(detail).get(REPLACED_END)
            if end is not None and int(end["entry"]) >= head[0]:
                return True
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
    return False


def _head_problems(conn: Connection, db_path: Path) -> list[tuple[int, str]]:
    """The trail against the newest entry this computer saw (its head file): rolled back or rewritten?"""
    head = read_head(db_path)
    if head is None:
        return []
    newest_entry = newest(conn)
    if newest_entry is None or newest_entry[0] < head[0]:
        shown = newest_entry[0] if newest_entry else 0
        problem = say(
            "the trail ends at entry {shown}, but this computer last saw entry {seen}: the database "
            "was rolled back (an older copy put in its place) or entries were deleted",
            shown=shown,
            seen=head[0],
        )
    else:
        stored_hash = conn.execute("SELECT entry_hash FROM audit_log WHERE id = ?", [head[0]]).fetchone()
        if stored_hash is not None and stored_hash[0] == head[1]:
            return []
        problem = say("entry {entry_id} is not the entry this computer saw under that number", entry_id=head[0])
    if _restore_explains(conn, head):
        return []
    return [(head[0], problem)]


# --- verification -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """The result of checking the trail: whole (``problems`` empty) or the problems, first broken first."""

    entries: int
    problems: tuple[str, ...]
    first_broken: int | None

    @property
    def whole(self) -> bool:
        return not self.problems


def verify(conn: Connection, db_path: Path | None = None, *, limit: int = 20) -> Verdict:
    """Check the chain entry by entry, then every audited row against its last audited state."""
    problems: list[tuple[int, str]] = []
    previous = GENESIS
    expected_id: int | None = None
    last_row_entry: dict[tuple[str, str], tuple[int, str | None]] = {}
    last_import: dict[str, tuple[int, str | None]] = {}
    count = 0
    cursor = conn.execute(f"SELECT {', '.join(ENTRY_COLUMNS)}, entry_hash FROM audit_log ORDER BY id")
    for row in cursor:
        count += 1
        entry_id = int(row[0])
        content, stored = list(row[:-1]), row[-1]
        if stored is None:
            problems.append(
                (
                    entry_id,
                    say("entry {entry_id} was never sealed (written outside the application)", entry_id=entry_id),
                )
            )
        elif expected_id is not None and entry_id != expected_id:
            problems.append(
                (
                    entry_id,
                    say(
                        "entry {entry_id}: the entries from {expected_id} to {last} are missing",
                        entry_id=entry_id,
                        expected_id=expected_id,
                        last=entry_id - 1,
                    ),
                )
            )
        elif content[-1] != previous:
            problems.append(
                (
                    entry_id,
                    say(
                        "entry {entry_id}: the entry before it was deleted or changed (its hash does not match)",
                        entry_id=entry_id,
                    ),
                )
            )
        elif entry_hash(content) != stored:
            problems.append(
                (
                    entry_id,
                    say(
                        "entry {entry_id} was changed after it was written (its hash does not match)", entry_id=entry_id
                    ),
                )
            )
        previous = stored or ""
        expected_id = entry_id + 1
        operation, table, row_id, patient_id, state = row[3], row[4], row[5], row[6], row[10]
        if operation == IMPORT and patient_id is not None:
            last_import[str(patient_id)] = (entry_id, state)
        elif state is not None and table in STATE_TABLES:
            last_row_entry[(str(table), str(row_id))] = (entry_id, state)
    if db_path is not None:
        problems.extend(_head_problems(conn, db_path))
    problems.extend(_state_problems(conn, last_row_entry, last_import))
    problems.extend((_end(conn), text) for text in _missing_triggers(conn))
    problems.sort(key=lambda p: p[0])
    return Verdict(
        entries=count,
        problems=tuple(text for _, text in problems[:limit]),
        first_broken=problems[0][0] if problems else None,
    )


def _state_problems(
    conn: Connection,
    last_row_entry: dict[tuple[str, str], tuple[int, str | None]],
    last_import: dict[str, tuple[int, str | None]],
) -> list[tuple[int, str]]:
    problems: list[tuple[int, str]] = []
    seen: set[tuple[str, str]] = set()
    # Rows whose record was imported and not changed since, grouped by patient for the import's hash.
    imported_rows: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}
    for table, (row_key, patient_key) in STATE_TABLES.items():
        for row in _dicts(conn.execute(f"SELECT * FROM {table}")):
            row_id = str(row[row_key])
            key = (table, row_id)
            seen.add(key)
            values = canonical_values(table, row)
            owner = str(row[patient_key]) if patient_key else None
            entry = last_row_entry.get(key)
            imported = last_import.get(owner) if owner else None
            if entry is not None and (imported is None or entry[0] > imported[0]):
                if entry[1] != row_hash(table, row_id, values):
                    problems.append((entry[0], _changed(entry[0], table, row_id, owner)))
            elif imported is not None and owner is not None:
                imported_rows.setdefault(owner, []).append((table, row_id, values))
            else:
                problems.append(
                    (
                        _end(conn),
                        say(
                            "{row_words} has no audit entry: it was written without the application",
                            row_words=_row_words(table, row_id, owner),
                        ),
                    )
                )
    for key, (entry_id, state) in last_row_entry.items():
        if key not in seen and state is not None and state != row_hash(key[0], key[1], None):
            table, row_id = key
            problems.append(
                (
                    entry_id,
                    say(
                        "entry {entry_id}: {row_words} was deleted without an audit entry",
                        entry_id=entry_id,
                        row_words=_row_words(table, row_id, None),
                    ),
                )
            )
    for patient_id, (entry_id, state) in last_import.items():
        rows = imported_rows.get(patient_id, [])
        rows.extend(_import_time_rows(conn, patient_id, entry_id))
        if state != record_hash(rows):
            problems.append(
                (
                    entry_id,
                    say(
                        "entry {entry_id} (import of patient {patient_id}): the record no longer matches what was "
                        "imported, and no audit entry explains the difference",
                        entry_id=entry_id,
                        patient_id=patient_id,
                    ),
                )
            )
    return problems


def _missing_triggers(conn: Connection) -> list[str]:
    """The audit triggers that should exist and do not (a change now would go unrecorded)."""
    if getattr(conn, "backend", None) == "postgresql":
        names = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D'"
    else:
        names = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    present = {row[0] for row in conn.execute(names)}
    # Accounts are written by the store itself, each change with its entry: no triggers on users.
    expected = {f"audit_log_no_{operation}": "audit_log" for operation in ("update", "delete")}
    for table in STATE_TABLES:
        if table != "users":
            expected.update({f"audit_{table}_{operation}": table for operation in ("insert", "update", "delete")})
    return [
        say(
            "the trigger {name} is missing: changes to {table} are not being recorded (or refused)",
            name=name,
            table=table,
        )
        for name, table in expected.items()
        if name not in present
    ]


def _import_time_rows(conn: Connection, patient_id: str, import_id: int) -> list[tuple[str, str, dict[str, Any]]]:
    """The imported rows changed since: their values at import time, from the first change after it."""
    rows: dict[tuple[str, str], tuple[str, str, dict[str, Any]]] = {}
    for table, row_id, operation, before in conn.execute(
        "SELECT table_name, row_id, operation, values_before FROM audit_log WHERE patient_id = ? AND id > ? "
        "AND operation IN ('insert', 'update', 'delete') ORDER BY id",
        [patient_id, import_id],
    ):
        key = (str(table), str(row_id))
        if key in rows or table not in RECORD_TABLES:
            continue
        if operation == "insert":
            rows[key] = ("", "", {})  # born after the import: not part of it
        else:
            values = {k: _value(v) for k, v in json.loads(before or "{}").items()}
            rows[key] = (str(table), str(row_id), values)
    return [r for r in rows.values() if r[0]]


def _end(conn: Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]) + 1


def _row_words(table: str, row_id: str, patient_id: str | None) -> str:
    if patient_id and table != "patients":
        return say(
            "the {table} row {row_id} of patient {patient_id}", table=table, row_id=row_id, patient_id=patient_id
        )
    return say("the {table} row {row_id}", table=table, row_id=row_id)


def _changed(entry_id: int, table: str, row_id: str, patient_id: str | None) -> str:
    return say(
        "entry {entry_id}: {row_words} is not as this entry left it: it was changed without an audit entry",
        entry_id=entry_id,
        row_words=_row_words(table, row_id, patient_id),
    )
