"""Alembic's entry point for the store's PostgreSQL migrations (run by ``store.pg.migrate``, no alembic.ini).

The caller passes an open SQLAlchemy connection in ``config.attributes["connection"]``. All pending
revisions run in one transaction (PostgreSQL's DDL is transactional: a failed upgrade leaves the
database as it was) that first takes the clinic's write lock, so two workstations opening an old
database at once upgrade it once.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from aml_desktop.store.pg.schema import METADATA

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=METADATA, transactional_ddl=True)
with context.begin_transaction():
    lock = context.config.attributes.get("lock_key")
    if lock is not None:  # bounded: a workstation holding the write lock for a minute is reported, not waited on
        connection.execute(text("SELECT set_config('lock_timeout', '60s', true)"))
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock})
    connection.execute(text("SELECT set_config('aml.user', 'system:migration', true)"))
    context.run_migrations()
