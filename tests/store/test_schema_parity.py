"""One schema definition: SQLite's numbered migrations and PostgreSQL's Alembic revisions both build exactly
the tables described by ``store.pg.schema.METADATA``, so the two engines cannot drift apart."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import BigInteger, Double, Integer, Table, Text
from sqlalchemy.dialects.postgresql import CITEXT

from aml_desktop.store import Store
from aml_desktop.store.pg.schema import METADATA, SHARED_TABLES


def _affinity(kind: Any) -> str:
    if isinstance(kind, Integer | BigInteger):
        return "INTEGER"
    if isinstance(kind, Double):
        return "REAL"
    if isinstance(kind, Text | CITEXT):
        return "TEXT"
    raise AssertionError(f"no SQLite affinity for {kind!r}")


def _described(table: Table) -> dict[str, Any]:
    """What the definition says of a table, in the terms compared."""
    pk = [c.name for c in table.primary_key.columns]
    return {
        "columns": [(c.name, _affinity(c.type), bool(not c.nullable or c.primary_key)) for c in table.columns],
        "primary_key": pk,
        "foreign_keys": sorted(
            (fk.parent.name, fk.column.table.name, fk.column.name) for c in table.columns for fk in c.foreign_keys
        ),
        "unique": sorted([c.name] for c in table.columns if c.unique),
        "indexes": sorted(
            (
                str(index.name),
                [str(c.name) for c in index.columns],
                bool(index.unique),
                index.dialect_options["postgresql"]["where"] is not None,
            )
            for index in table.indexes
        ),
    }


def _sqlite_table(conn: sqlite3.Connection, name: str) -> dict[str, Any]:
    """The same facts read from a SQLite file built by its own migrations."""
    info = conn.execute(f"PRAGMA table_info({name})").fetchall()
    indexes = []
    unique = []
    for _, index_name, is_unique, origin, partial in conn.execute(f"PRAGMA index_list({name})").fetchall():
        columns = [row[2] for row in conn.execute(f"PRAGMA index_info({index_name})").fetchall()]
        if origin == "u":
            unique.append(columns)
        elif origin == "c":
            indexes.append((index_name, columns, bool(is_unique), bool(partial)))
    return {
        "columns": [(row[1], row[2], bool(row[3] or row[5])) for row in info],
        "primary_key": [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]],
        "foreign_keys": sorted((row[3], row[2], row[4]) for row in conn.execute(f"PRAGMA foreign_key_list({name})")),
        "unique": sorted(unique),
        "indexes": sorted(indexes),
    }


def test_sqlite_migrations_build_exactly_the_one_schema_definition(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    try:
        for name in SHARED_TABLES:
            assert _sqlite_table(conn, name) == _described(METADATA.tables[name]), name
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()
    # Everything else in the file is SQLite's own: its migrations' record and the FTS5 search tables.
    own = {t for t in tables if t == "_sqlite_migrations" or t.startswith(("patient_words", "patient_trigram"))}
    assert tables - own == set(SHARED_TABLES)


@pytest.mark.postgresql
def test_postgresql_revisions_build_exactly_the_one_schema_definition(pg_database: str) -> None:
    """Alembic compares the migrated database with the definition: nothing missing, nothing extra, nothing
    different (types, nullability, keys, indexes, defaults)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    engine = create_engine(pg_database.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "compare_server_default": True}
            )
            differences = compare_metadata(context, METADATA)
    finally:
        engine.dispose()
    assert differences == []


def test_the_store_knows_every_alembic_revision_in_order() -> None:
    """Opening compares with ``REVISIONS`` (no Alembic import); it must be what Alembic reads from the package."""
    from aml_desktop.store.pg.migrate import HEAD_REVISION, REVISIONS, script_revisions

    assert list(REVISIONS) == script_revisions() and REVISIONS[-1] == HEAD_REVISION


@pytest.mark.postgresql
def test_every_audited_column_of_the_definition_is_recorded_by_the_servers_triggers(pg_database: str) -> None:
    """A column added to the definition but forgotten in a revision's trigger functions would go unaudited."""
    from aml_desktop.store.pg.connection import connect
    from aml_desktop.store.pg.triggers import AUDITED
    from aml_desktop.store.schema import UNAUDITED_COLUMNS

    conn = connect(pg_database)
    try:
        for table, (row_key, patient_key) in AUDITED.items():
            body = conn.execute(f"SELECT pg_get_functiondef('audit_{table}'::regproc)").fetchone()[0]
            for column in METADATA.tables[table].columns:
                if column.name not in (row_key, patient_key, *UNAUDITED_COLUMNS):
                    assert f"'{column.name}', NEW.{column.name}" in body or f"NEW.{column.name})" in body, (
                        table,
                        column.name,
                    )
    finally:
        conn.close()
