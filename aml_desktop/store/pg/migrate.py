"""Whether a PostgreSQL database is empty, ours or foreign, and bringing ours to the current schema.

Alembic runs the revisions in ``pg/migrations/versions`` programmatically (no alembic.ini), in one
transaction holding the clinic's write lock. A database is ours when it holds ``aml_desktop_meta``
with AML Desktop's application id; one made by a newer version has an Alembic revision this program
does not know and is refused, as a newer SQLite file is, with the same words.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Any

from aml_desktop.engine.sentences import say
from aml_desktop.store.errors import StoreError
from aml_desktop.store.location import shown

from .connection import WRITE_LOCK_KEY, PgConnection, connect_raw

APPLICATION_ID = 0x414D4C44
_MIGRATIONS = Path(__file__).parent / "migrations"


class DatabaseState(enum.Enum):
    EMPTY = "empty"  # no tables: ours to initialise
    OURS = "ours"  # an AML Desktop clinic this program can open (perhaps after an upgrade)
    NEWER = "newer"  # an AML Desktop clinic made by a newer version
    FOREIGN = "foreign"  # holds tables that are not an AML Desktop clinic's


# The revisions in pg/migrations/versions, oldest first (a test checks this against Alembic's own reading):
# opening an up-to-date database compares with these, so Alembic is imported only when a migration runs.
REVISIONS = ("0001_initial", "0002_notify_patient_list")
HEAD_REVISION = REVISIONS[-1]


def _script() -> Any:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(_MIGRATIONS))


def script_revisions() -> list[str]:
    """The revisions Alembic finds in the package, oldest first."""
    return [str(rev.revision) for rev in reversed(list(_script().walk_revisions()))]


def _tables(conn: PgConnection) -> list[str]:
    rows = conn.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name"
    ).fetchall()
    return [str(row[0]) for row in rows]


def revision(conn: PgConnection) -> str | None:
    if "alembic_version" not in _tables(conn):
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row is not None else None


def database_state(conn: PgConnection) -> tuple[DatabaseState, list[str]]:
    """(state, the tables it holds) of the database ``conn`` is connected to. Reads only."""
    tables = _tables(conn)
    if not tables:
        return DatabaseState.EMPTY, tables
    if "aml_desktop_meta" not in tables:
        return DatabaseState.FOREIGN, tables
    mark = conn.execute("SELECT application_id FROM aml_desktop_meta").fetchone()
    if mark is None or int(mark[0]) != APPLICATION_ID:
        return DatabaseState.FOREIGN, tables
    current = revision(conn)
    if current is not None and current not in REVISIONS:
        return DatabaseState.NEWER, tables
    return DatabaseState.OURS, tables


def check_ours(conn: PgConnection) -> bool:
    """Raise :class:`StoreError` unless the database is ours or empty; False when it is empty."""
    state, tables = database_state(conn)
    where = shown(conn.url)
    if state is DatabaseState.FOREIGN:
        listed = ", ".join(tables[:5]) or "no tables"
        raise StoreError(
            say(
                "{where} is not an AML Desktop database (it holds {listed}); it was left untouched",
                where=where,
                listed=listed,
            )
        )
    if state is DatabaseState.NEWER:
        raise StoreError(
            say(
                "{where} was made by a newer version of AML Desktop (schema {revision}; this program knows "
                "up to {known}); it was left untouched. Install the newer version to open it.",
                where=where,
                revision=revision(conn),
                known=HEAD_REVISION,
            )
        )
    return state is DatabaseState.OURS


def pending(conn: PgConnection) -> bool:
    return revision(conn) != HEAD_REVISION


def upgrade(url: str) -> None:
    """Apply every pending revision (an empty database gets the whole schema), in one transaction."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    engine = create_engine(
        "postgresql+psycopg://", creator=lambda: connect_raw(url, autocommit=False), poolclass=NullPool
    )
    try:
        with engine.connect() as connection:
            config = Config()
            config.set_main_option("script_location", str(_MIGRATIONS))
            config.attributes["connection"] = connection
            config.attributes["lock_key"] = WRITE_LOCK_KEY
            command.upgrade(config, "head")
            connection.commit()
    except StoreError:
        raise
    except Exception as error:  # SQLAlchemy/psycopg/alembic: said in words, nothing half-done (one transaction)
        raise StoreError(
            say(
                "{shown}: the database could not be brought up to date ({error}); nothing was changed",
                shown=shown(url),
                error=error,
            )
        ) from None
    finally:
        engine.dispose()
