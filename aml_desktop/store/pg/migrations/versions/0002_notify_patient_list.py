"""Tell every workstation when the patient list changed: ``NOTIFY aml_patients`` once per statement.

The patient list (``patient_list``) changes with every save, import, deletion and status refresh, on
whichever workstation or command line makes it. A statement-level trigger sends one notification per
statement (PostgreSQL folds identical notifications of one transaction into one, delivered at commit),
and each window listens on a background thread and re-reads its list (``gui/server_watch.py``). A
rolled-back change notifies nobody. SQLite has no counterpart: one file has one window.

Revision ID: 0002_notify_patient_list
Revises: 0001_initial
"""

from __future__ import annotations

from alembic import op

revision = "0002_notify_patient_list"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

CHANNEL = "aml_patients"


def upgrade() -> None:
    op.execute(
        "CREATE OR REPLACE FUNCTION notify_patient_list() RETURNS trigger LANGUAGE plpgsql AS "
        f"$$ BEGIN PERFORM pg_notify('{CHANNEL}', TG_OP); RETURN NULL; END $$"
    )
    op.execute(
        "CREATE TRIGGER patient_list_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON patient_list "
        "FOR EACH STATEMENT EXECUTE FUNCTION notify_patient_list()"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS patient_list_notify ON patient_list")
    op.execute("DROP FUNCTION IF EXISTS notify_patient_list()")
