"""The few spellings the store's SQL changes for PostgreSQL (no server needed to check them)."""

from __future__ import annotations

import pytest

from aml_desktop.store.pg.sql import translate


@pytest.mark.parametrize(
    ("sqlite", "postgresql"),
    [
        ("SELECT id FROM patients WHERE id = ?", "SELECT id FROM patients WHERE id = %s"),
        ("SELECT at, user FROM audit_log WHERE user = ?", 'SELECT at, "user" FROM audit_log WHERE "user" = %s'),
        ("SELECT * FROM users WHERE name = ?", "SELECT * FROM users WHERE name = %s"),
        ("SELECT coalesce(?, aml_user())", "SELECT coalesce(%s, aml_user())"),
        ("SELECT a.user_id, t.user FROM t", "SELECT a.user_id, t.user FROM t"),
        ("INSERT INTO x (at) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))", "INSERT INTO x (at) VALUES (aml_now())"),
        ("SELECT 'a user?' WHERE x LIKE '50%'", "SELECT 'a user?' WHERE x LIKE '50%%'"),
        ("SELECT 'it''s ?', ?", "SELECT 'it''s ?', %s"),
        ("WHERE +status = ? AND version + 1 > ?", "WHERE status = %s AND version + 1 > %s"),
        ("SELECT * FROM users ORDER BY name COLLATE NOCASE", "SELECT * FROM users ORDER BY name"),
        (
            "UPDATE t SET c = ? WHERE id = 1 AND c IS NOT ?",
            "UPDATE t SET c = %s WHERE id = 1 AND c IS DISTINCT FROM %s",
        ),
        ("SELECT 1 WHERE c IS ?", "SELECT 1 WHERE c IS NOT DISTINCT FROM %s"),
        ("SELECT 1 WHERE c IS NOT NULL", "SELECT 1 WHERE c IS NOT NULL"),
        (
            "CREATE TEMP TABLE IF NOT EXISTS chain_patients (id TEXT PRIMARY KEY) WITHOUT ROWID",
            "CREATE TEMP TABLE IF NOT EXISTS chain_patients (id TEXT PRIMARY KEY)",
        ),
        (
            "INSERT OR IGNORE INTO temp.chain_patients (id) VALUES (?)",
            "INSERT INTO pg_temp.chain_patients (id) VALUES (%s) ON CONFLICT DO NOTHING",
        ),
    ],
)
def test_sqlite_spellings_become_postgresql_ones_and_literals_stay(sqlite: str, postgresql: str) -> None:
    assert translate(sqlite) == postgresql
