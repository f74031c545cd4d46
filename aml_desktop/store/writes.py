"""Writing a patient's rows: the bulk insert rows for new patients, and the minimal diff for edits.

Edits change only what differs, row by row and column by column, so record ids stay stable and
the audit trail shows the real before and after values of each change.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any

from aml_desktop.engine.case import Case

from . import mapping
from .dbapi import Connection
from .ids import new_id, new_ids
from .summary import Summary

Row = dict[str, Any]

DB_COLUMNS: dict[str, tuple[str, ...]] = {
    "patients": ("id", *mapping.PATIENT_COLUMNS, "created_at", "updated_at"),
    "diagnoses": ("id", "patient_id", *mapping.DIAGNOSIS_COLUMNS),
    "courses": ("id", "patient_id", *mapping.COURSE_COLUMNS),
    "assessments": ("id", "patient_id", *mapping.ASSESSMENT_COLUMNS),
    "mutations": ("id", "patient_id", "assessment_id", "position", "gene", "variant", "allelic_ratio", "vaf"),
    "fitness": ("id", "patient_id", *mapping.FITNESS_COLUMNS),
    "decisions": ("id", "patient_id", *mapping.DECISION_COLUMNS),
}
LIST_COLUMNS = (
    "patient_id",
    "hospital_number",
    "name",
    "birth_date",
    "status",
    "eln2017_risk",
    "current_phase",
    "last_assessment_date",
    "updated_at",
    "computed_on",
    "ruleset_version",
    "next_event_date",
    "cycle_status",
)


def insert_sql(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"


def build_insert_rows(
    items: Sequence[tuple[str, Case, Summary]], now: str
) -> tuple[dict[str, list[tuple[Any, ...]]], list[tuple[Any, ...]]]:
    """Insert tuples per table (and list lines) for new patients, with fresh time-ordered record ids."""
    batches: dict[str, list[tuple[Any, ...]]] = {table: [] for table in DB_COLUMNS}
    listed: list[tuple[Any, ...]] = []
    needed = sum(
        2
        + len(c.courses)
        + len(c.assessments)
        + len(c.diagnosis.mutations)
        + len(c.decisions)
        + sum(len(a.mutations or ()) for a in c.assessments)
        for _, c, _ in items
    )
    fresh = iter(new_ids(needed))
    patients, diagnoses, courses = batches["patients"], batches["diagnoses"], batches["courses"]
    assessments, mutations, fitness, decisions = (
        batches["assessments"],
        batches["mutations"],
        batches["fitness"],
        batches["decisions"],
    )
    for patient_id, case, summary in items:
        rows = mapping.case_to_tuples(case)
        patients.append((patient_id, *rows.patient, now, now))
        diagnoses.append((next(fresh), patient_id, *rows.diagnosis))
        courses.extend((next(fresh), patient_id, *course) for course in rows.courses)
        assessment_ids = [next(fresh) for _ in rows.assessments]
        assessments.extend((aid, patient_id, *a) for aid, a in zip(assessment_ids, rows.assessments, strict=True))
        mutations.extend(
            (next(fresh), patient_id, assessment_ids[owner] if owner is not None else None, *rest)
            for owner, *rest in rows.mutations
        )
        if rows.fitness is not None:
            fitness.append((next(fresh), patient_id, *rows.fitness))
        decisions.extend((next(fresh), patient_id, *decision) for decision in rows.decisions)
        listed.append(list_values(patient_id, case, summary, now))
    return batches, listed


# The list columns a derivation writes (the others are the record's own: name, number, birth, last change).
DERIVED_LIST_COLUMNS = (
    "status",
    "eln2017_risk",
    "current_phase",
    "last_assessment_date",
    "computed_on",
    "ruleset_version",
    "next_event_date",
    "cycle_status",
)


def _day(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def derived_values(summary: Summary) -> tuple[Any, ...]:
    """The values of :data:`DERIVED_LIST_COLUMNS` for ``summary``."""
    return (
        summary.status,
        summary.eln2017_risk,
        summary.current_phase,
        _day(summary.last_assessment_date),
        _day(summary.computed_on),
        summary.ruleset_version,
        _day(summary.next_event_date),
        summary.cycle_status,
    )


def list_values(patient_id: str, case: Case, summary: Summary, now: str) -> tuple[Any, ...]:
    """The values of :data:`LIST_COLUMNS` for a patient's list line."""
    p = case.patient
    derived = dict(zip(DERIVED_LIST_COLUMNS, derived_values(summary), strict=True))
    own = {
        "patient_id": patient_id,
        "hospital_number": p.hospital_number,
        "name": p.name,
        "birth_date": p.birth_date.isoformat(),
        "updated_at": now,
    }
    return tuple(own[c] if c in own else derived[c] for c in LIST_COLUMNS)


def update_row(conn: Connection, table: str, key: str, key_value: Any, changes: Mapping[str, Any]) -> None:
    if changes:
        assignments = ", ".join(f"{c} = ?" for c in changes)
        conn.execute(f"UPDATE {table} SET {assignments} WHERE {key} = ?", [*changes.values(), key_value])


def sync_one(conn: Connection, table: str, patient_id: str, old: Row | None, new: Row | None) -> None:
    if old is None and new is None:
        return
    if new is None:
        assert old is not None
        conn.execute(f"DELETE FROM {table} WHERE id = ?", [old["id"]])
    elif old is None:
        columns = DB_COLUMNS[table]
        conn.execute(insert_sql(table, columns), (new_id(), patient_id, *new.values()))
    else:
        update_row(conn, table, "id", old["id"], {k: v for k, v in new.items() if old[k] != v})


def sync_many(
    conn: Connection,
    table: str,
    patient_id: str,
    old: Sequence[Row],
    new: Sequence[Row],
    key: Callable[[Row], Hashable],
) -> None:
    """Make the table's rows for this patient equal ``new``: delete, update changed columns, insert."""
    old_by = {key(r): r for r in old}
    new_keys = {key(r) for r in new}
    for k, r in old_by.items():
        if k not in new_keys:
            conn.execute(f"DELETE FROM {table} WHERE id = ?", [r["id"]])
    columns = DB_COLUMNS[table]
    for r in new:
        previous = old_by.get(key(r))
        values = {c: v for c, v in r.items() if c != "id"}
        if previous is None:
            conn.execute(
                insert_sql(table, columns), (r.get("id") or new_id(), patient_id, *[values[c] for c in columns[2:]])
            )
        else:
            update_row(conn, table, "id", previous["id"], {c: v for c, v in values.items() if previous[c] != v})
