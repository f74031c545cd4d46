"""The audit trail's PL/pgSQL: the same entries SQLite's triggers write, in the same table and format.

Each audited table gets one trigger function and three triggers named as on SQLite
(``audit_<table>_insert|update|delete``), so ``audit verify`` finds them by the same names. The user
comes from ``aml_user()``: the setting ``aml.user`` that the store sets with ``set_config(..., true)``
(``SET LOCAL``) at the start of every write transaction; without it the entry's ``user`` is NULL and
the write fails, as on SQLite, so clinical data cannot change behind the trail's back. Values are
recorded as JSON of the row's non-null audited columns; REAL values are written with SQLite's
15 significant digits (a whole number keeps its ``.0``), so they read back as the same Python floats.
An import writes one entry per patient: its per-row insert entries are skipped while the
transaction-local setting ``aml.import`` is ``on`` (no DDL, so readers are never blocked).
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Double, Table

from aml_desktop.store.audit_chain import ENTRY_COLUMNS, STATE_TABLES

from .schema import METADATA

# (row key, patient key) per audited table: the chain's state tables but accounts (written by the store itself,
# each change with its own entry, as on SQLite).
AUDITED: dict[str, tuple[str, str | None]] = {t: keys for t, keys in STATE_TABLES.items() if t != "users"}
# The entry columns sealed once written (the hashes aside): audit_chain.ENTRY_COLUMNS up to values_after.
SEALED_COLUMNS = ENTRY_COLUMNS[: ENTRY_COLUMNS.index("values_after") + 1]

FUNCTIONS = [
    # SQLite's strftime('%Y-%m-%dT%H:%M:%fZ', 'now'): UTC, milliseconds.
    "CREATE OR REPLACE FUNCTION aml_now() RETURNS text LANGUAGE sql VOLATILE AS "
    "$$ SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') $$",
    "CREATE OR REPLACE FUNCTION aml_user() RETURNS text LANGUAGE sql STABLE AS "
    "$$ SELECT nullif(current_setting('aml.user', true), '') $$",
    # A REAL as SQLite's JSON writes it: 15 significant digits, a whole number with ".0".
    "CREATE OR REPLACE FUNCTION aml_real(value double precision) RETURNS jsonb LANGUAGE sql IMMUTABLE AS "
    "$$ SELECT CASE WHEN value IS NULL THEN NULL WHEN value = trunc(value) THEN to_jsonb(round(value::numeric, 1)) "
    "ELSE to_jsonb(value::numeric) END $$",
    "CREATE OR REPLACE FUNCTION audit_log_number() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF NEW.id IS NULL THEN NEW.id := (SELECT coalesce(max(id), 0) + 1 FROM audit_log); END IF; RETURN NEW; END $$",
    "CREATE OR REPLACE FUNCTION audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "RAISE EXCEPTION 'the audit trail cannot be changed'; END $$",
]


def _columns(table: Table) -> list[str]:
    from aml_desktop.store.schema import UNAUDITED_COLUMNS

    return [c.name for c in table.columns if c.name not in UNAUDITED_COLUMNS]


def _values(table: Table, recorded: list[str], prefix: str) -> str:
    pairs = []
    for name in recorded:
        value = f"{prefix}.{name}"
        if isinstance(table.c[name].type, Double):
            value = f"aml_real({value})"
        pairs.append(f"'{name}', {value}")
    return "jsonb_strip_nulls(jsonb_build_object(" + ", ".join(pairs) + "))::text"


def audit_trigger_sql(name: str) -> Iterator[str]:
    """The function and the three triggers that audit table ``name``."""
    table = METADATA.tables[name]
    row_key, patient_key = AUDITED[name]
    columns = _columns(table)
    recorded = [c for c in columns if c not in (row_key, patient_key)]

    def patient(prefix: str) -> str:
        return f"{prefix}.{patient_key}" if patient_key else "NULL"

    head = (
        'INSERT INTO audit_log (at, "user", operation, table_name, row_id, patient_id, values_before, values_after) '
        "VALUES (aml_now(), aml_user(), "
    )
    yield (
        f"CREATE OR REPLACE FUNCTION audit_{name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF TG_OP = 'INSERT' THEN "
        "IF current_setting('aml.import', true) = 'on' THEN RETURN NULL; END IF; "
        f"{head}'insert', '{name}', NEW.{row_key}::text, {patient('NEW')}, NULL, {_values(table, recorded, 'NEW')}); "
        "ELSIF TG_OP = 'UPDATE' THEN "
        f"{head}'update', '{name}', NEW.{row_key}::text, {patient('NEW')}, {_values(table, recorded, 'OLD')}, "
        f"{_values(table, recorded, 'NEW')}); "
        "ELSE "
        f"{head}'delete', '{name}', OLD.{row_key}::text, {patient('OLD')}, {_values(table, recorded, 'OLD')}, NULL); "
        "END IF; RETURN NULL; END $$"
    )
    changed = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in columns)
    for operation in ("insert", "update", "delete"):
        yield f"DROP TRIGGER IF EXISTS audit_{name}_{operation} ON {name}"
    yield f"CREATE TRIGGER audit_{name}_insert AFTER INSERT ON {name} FOR EACH ROW EXECUTE FUNCTION audit_{name}()"
    yield (
        f"CREATE TRIGGER audit_{name}_update AFTER UPDATE ON {name} FOR EACH ROW WHEN ({changed}) "
        f"EXECUTE FUNCTION audit_{name}()"
    )
    yield f"CREATE TRIGGER audit_{name}_delete AFTER DELETE ON {name} FOR EACH ROW EXECUTE FUNCTION audit_{name}()"


def audit_log_trigger_sql() -> Iterator[str]:
    """The trail's own guards: numbered without gaps, append-only (only an unsealed entry's hashes may be set)."""
    changed = " OR ".join(
        f"NEW.{c} IS DISTINCT FROM OLD.{c}" if c != "user" else 'NEW."user" IS DISTINCT FROM OLD."user"'
        for c in (*SEALED_COLUMNS, "detail")
    )
    yield "DROP TRIGGER IF EXISTS audit_log_number ON audit_log"
    yield "DROP TRIGGER IF EXISTS audit_log_no_update ON audit_log"
    yield "DROP TRIGGER IF EXISTS audit_log_no_delete ON audit_log"
    yield "CREATE TRIGGER audit_log_number BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_number()"
    yield (
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW "
        f"WHEN (OLD.entry_hash IS NOT NULL OR {changed}) EXECUTE FUNCTION audit_log_refuse()"
    )
    yield (
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse()"
    )


def all_sql() -> Iterator[str]:
    """Every function and trigger of the trail (idempotent: replaces what exists)."""
    yield from FUNCTIONS
    yield from audit_log_trigger_sql()
    for name in AUDITED:
        yield from audit_trigger_sql(name)
