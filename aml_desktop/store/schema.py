"""The database schema as numbered migrations. Never edit an applied migration: add a new one.

Each migration is frozen code with its own literal column lists, so that changing the mapping
later cannot change what an old migration does to an old file. ``PRAGMA user_version`` holds
the number of the last migration applied and ``PRAGMA application_id`` marks the file as ours.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .search import fold

if TYPE_CHECKING:  # sqlite-utils is imported only when a migration has to run (see connection.migrate)
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

# "AMLD" in ASCII: marks a SQLite file as an AML Desktop database.
APPLICATION_ID = 0x414D4C44
MIGRATION_SET = "aml_desktop"

_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


def audit_values(columns: Sequence[str], *, prefix: str = "") -> str:
    """SQL for the JSON an audit entry records: the row's non-null values (keys with NULL are left out;
    the row and patient ids have their own audit columns). Shared by the triggers and the bulk import."""
    return "json_patch('{}', json_object(" + ", ".join(f"'{c}', {prefix}{c}" for c in columns) + "))"


def _audit_triggers(table: str, columns: Sequence[str], *, row_key: str, patient_key: str | None) -> list[str]:
    """Triggers that write every insert, update and delete of ``table`` to ``audit_log``, in the same
    transaction. ``aml_user()`` is registered by the application; without it writes fail, so clinical
    data cannot be changed behind the audit trail's back."""

    recorded = [c for c in columns if c not in (row_key, patient_key)]

    def values(prefix: str) -> str:
        return audit_values(recorded, prefix=f"{prefix}.")

    def patient(prefix: str) -> str:
        return f"{prefix}.{patient_key}" if patient_key else "NULL"

    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
    head = (
        "INSERT INTO audit_log (at, user, operation, table_name, row_id, patient_id, values_before, values_after) "
        "VALUES"
    )
    return [
        f"CREATE TRIGGER audit_{table}_insert AFTER INSERT ON {table} BEGIN {head} "
        f"({_NOW}, aml_user(), 'insert', '{table}', NEW.{row_key}, {patient('NEW')}, NULL, {values('NEW')}); END",
        f"CREATE TRIGGER audit_{table}_update AFTER UPDATE ON {table} WHEN {changed} BEGIN {head} "
        f"({_NOW}, aml_user(), 'update', '{table}', NEW.{row_key}, {patient('NEW')}, {values('OLD')}, "
        f"{values('NEW')}); END",
        f"CREATE TRIGGER audit_{table}_delete AFTER DELETE ON {table} BEGIN {head} "
        f"({_NOW}, aml_user(), 'delete', '{table}', OLD.{row_key}, {patient('OLD')}, {values('OLD')}, NULL); END",
    ]


_DATE = "CHECK ({0} IS NULL OR date({0}) IS {0})"
_BOOL = "CHECK ({0} IS NULL OR {0} IN (0, 1))"
_PERCENT = "CHECK ({0} IS NULL OR {0} BETWEEN 0 AND 100)"
_COUNT = "CHECK ({0} IS NULL OR {0} >= 0)"
_JSON_LIST = "CHECK ({0} IS NULL OR json_type({0}) = 'array')"


def _c(name: str, kind: str, *checks: str, required: bool = False) -> str:
    parts = [name, kind]
    if required:
        parts.append("NOT NULL")
    parts.extend(check.format(name) for check in checks)
    return " ".join(parts)


# --- migration 0001: the clinical record, the clinic's settings and the audit trail -------------------

_V1_TABLES: dict[str, list[str]] = {
    "patients": [
        "id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0)",
        "hospital_number TEXT",
        "name TEXT",
        _c("sex", "TEXT", "CHECK ({0} IS NULL OR {0} IN ('female', 'male', 'other', 'unknown'))"),
        _c("birth_date", "TEXT", _DATE, required=True),
        "extensions TEXT CHECK (extensions IS NULL OR json_type(extensions) = 'object')",
        "created_at TEXT NOT NULL",
        "updated_at TEXT NOT NULL",
    ],
    "diagnoses": [
        "id TEXT PRIMARY KEY NOT NULL",
        "patient_id TEXT NOT NULL UNIQUE REFERENCES patients(id)",
        _c("date", "TEXT", _DATE, required=True),
        "karyotype TEXT",
        _c("cytogenetic_findings", "TEXT", _JSON_LIST, required=True),
        _c("tested_genes", "TEXT", _JSON_LIST, required=True),
        _c("cd33_percent", "REAL", _PERCENT),
        _c("extramedullary", "INTEGER", _BOOL),
        _c("wbc", "REAL", _COUNT),
    ],
    "courses": [
        "id TEXT PRIMARY KEY NOT NULL",
        "patient_id TEXT NOT NULL REFERENCES patients(id)",
        "position INTEGER NOT NULL CHECK (position >= 0)",
        "phase TEXT NOT NULL",
        "regimen TEXT NOT NULL",
        _c("start_date", "TEXT", _DATE, required=True),
        _c("end_date", "TEXT", _DATE, "CHECK ({0} IS NULL OR {0} >= start_date)"),
        _c("cycle", "INTEGER", "CHECK ({0} IS NULL OR {0} >= 1)"),
        "intensity TEXT",
    ],
    "assessments": [
        "id TEXT PRIMARY KEY NOT NULL",
        "patient_id TEXT NOT NULL REFERENCES patients(id)",
        "position INTEGER NOT NULL CHECK (position >= 0)",
        _c("date", "TEXT", _DATE, required=True),
        _c("marrow_blasts_percent", "REAL", _PERCENT),
        _c("circulating_blasts", "INTEGER", _BOOL),
        _c("extramedullary", "INTEGER", _BOOL),
        _c("anc", "REAL", _COUNT),
        _c("platelets", "REAL", _COUNT),
        _c("hemoglobin", "REAL", _COUNT),
        _c("wbc", "REAL", _COUNT),
        _c("mrd_status", "TEXT", "CHECK ({0} IS NULL OR {0} IN ('negative', 'positive'))"),
        _c("mrd_method", "TEXT", "CHECK ({0} IS NULL OR {0} IN ('flow', 'qpcr', 'ngs'))"),
        _c("mrd_value", "REAL", _PERCENT),
        # 1 when the sample carries a mutation list (possibly empty: tested, nothing found).
        _c("has_mutations", "INTEGER", _BOOL, required=True),
        _c("tested_genes", "TEXT", _JSON_LIST),
        "karyotype TEXT",
        _c("cytogenetic_findings", "TEXT", _JSON_LIST),
    ],
    "mutations": [
        "id TEXT PRIMARY KEY NOT NULL",
        "patient_id TEXT NOT NULL REFERENCES patients(id)",
        # NULL: found at diagnosis; otherwise the assessment (later sample) it was found in.
        "assessment_id TEXT REFERENCES assessments(id)",
        "position INTEGER NOT NULL CHECK (position >= 0)",
        "gene TEXT NOT NULL",
        "variant TEXT",
        _c("allelic_ratio", "REAL", _COUNT),
        _c("vaf", "REAL", _PERCENT),
    ],
    "fitness": [
        "id TEXT PRIMARY KEY NOT NULL",
        "patient_id TEXT NOT NULL UNIQUE REFERENCES patients(id)",
        _c("date", "TEXT", _DATE),
        _c("ecog", "INTEGER", "CHECK ({0} IS NULL OR {0} BETWEEN 0 AND 5)"),
        _c("fit_for_intensive", "INTEGER", _BOOL),
    ],
    "decisions": [
        "id TEXT PRIMARY KEY NOT NULL",
        "patient_id TEXT NOT NULL REFERENCES patients(id)",
        "position INTEGER NOT NULL CHECK (position >= 0)",
        _c("date", "TEXT", _DATE, required=True),
        "recommended TEXT NOT NULL",
        "chosen TEXT NOT NULL",
        "regimen TEXT",
        "override_reason TEXT",
        "clinician TEXT",
        "reason_code TEXT",
        "ruleset_version TEXT",
        "recorded_at TEXT",
        "recorded_by TEXT",
        "snapshot TEXT CHECK (snapshot IS NULL OR json_valid(snapshot))",
        # Which of the application's details the decision carried (so export gives back exactly them).
        "details TEXT CHECK (details IS NULL OR json_type(details) = 'array')",
    ],
    "clinic_settings": [
        "id INTEGER PRIMARY KEY CHECK (id = 1)",
        "clinic_name TEXT NOT NULL",
        "fit_age_below INTEGER NOT NULL CHECK (fit_age_below > 0)",
        "unfit_age_from INTEGER NOT NULL CHECK (unfit_age_from >= fit_age_below)",
        "unfit_ecog_from INTEGER NOT NULL CHECK (unfit_ecog_from BETWEEN 0 AND 5)",
        "cytoreduction_wbc REAL NOT NULL CHECK (cytoreduction_wbc > 0)",
        "cd33_positive_percent REAL NOT NULL CHECK (cd33_positive_percent BETWEEN 0 AND 100)",
        "paper_size TEXT NOT NULL CHECK (paper_size IN ('A4', 'letter'))",
        "units TEXT NOT NULL",
        "backup_folder TEXT",
        "backup_keep INTEGER NOT NULL CHECK (backup_keep >= 1)",
        "backup_interval_hours INTEGER NOT NULL CHECK (backup_interval_hours >= 1)",
        "last_backup_at TEXT",
    ],
    "formulary": [
        "key TEXT PRIMARY KEY NOT NULL",
        _c("stocked", "INTEGER", _BOOL, required=True),
        _c("out_of_stock_since", "TEXT", _DATE),
    ],
}

# (row key, patient key) used by each table's audit triggers.
_V1_AUDITED: dict[str, tuple[str, str | None]] = {
    "patients": ("id", "id"),
    "diagnoses": ("id", "patient_id"),
    "courses": ("id", "patient_id"),
    "assessments": ("id", "patient_id"),
    "mutations": ("id", "patient_id"),
    "fitness": ("id", "patient_id"),
    "decisions": ("id", "patient_id"),
    "clinic_settings": ("id", None),
    "formulary": ("key", None),
}

_V1_INDEXES = [
    "CREATE UNIQUE INDEX patients_hospital_number ON patients(hospital_number) WHERE hospital_number IS NOT NULL",
    "CREATE INDEX courses_patient ON courses(patient_id, position)",
    "CREATE INDEX assessments_patient ON assessments(patient_id, position)",
    "CREATE INDEX mutations_patient ON mutations(patient_id, assessment_id, position)",
    "CREATE INDEX mutations_assessment ON mutations(assessment_id)",
    "CREATE INDEX decisions_patient ON decisions(patient_id, position)",
    "CREATE INDEX audit_log_patient ON audit_log(patient_id, id)",
]


def migration_0001_initial(db: Database) -> None:
    """The clinical record, the clinic's settings and the append-only audit trail."""
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(
        "CREATE TABLE audit_log ("
        "id INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL, "
        "operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')), "
        "table_name TEXT NOT NULL, row_id TEXT NOT NULL, patient_id TEXT, "
        "values_before TEXT, values_after TEXT) STRICT"
    )
    db.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END"
    )
    db.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END"
    )
    for table, columns in _V1_TABLES.items():
        # Tables keyed by a UUID are clustered on it (no second B-tree for the key); with time-ordered
        # UUIDs new rows are appended, which keeps bulk imports fast.
        options = "STRICT" if table == "clinic_settings" else "STRICT, WITHOUT ROWID"
        db.execute(f"CREATE TABLE {table} ({', '.join(columns)}) {options}")
    for sql in _V1_INDEXES:
        db.execute(sql)
    for table, (row_key, patient_key) in _V1_AUDITED.items():
        names = [column.split()[0] for column in _V1_TABLES[table]]
        for sql in _audit_triggers(table, names, row_key=row_key, patient_key=patient_key):
            db.execute(sql)
    db.execute(
        "INSERT INTO clinic_settings (id, clinic_name, fit_age_below, unfit_age_from, unfit_ecog_from, "
        "cytoreduction_wbc, cd33_positive_percent, paper_size, units, backup_keep, backup_interval_hours) "
        "VALUES (1, 'My clinic', 60, 75, 3, 50.0, 20.0, 'A4', 'SI', 7, 24)"
    )
    db.execute("PRAGMA user_version = 1")


# --- migration 0002: the patient list read model and accent-insensitive search -------------------------


def migration_0002_patient_list_and_search(db: Database) -> None:
    """A narrow, indexed list table (status derived by the engine) and two FTS5 search tables.

    The search tables hold names and hospital numbers folded (accents stripped, case folded), so
    "nguyen" finds "Nguyễn": ``patient_words`` answers prefix queries, ``patient_trigram`` substrings.
    Existing patients get rows marked stale (``computed_on`` NULL) for the application to derive.
    """
    db.execute(
        "CREATE TABLE patient_list ("
        "list_key INTEGER PRIMARY KEY, "
        "patient_id TEXT NOT NULL UNIQUE REFERENCES patients(id), "
        "hospital_number TEXT, name TEXT, birth_date TEXT NOT NULL, "
        "status TEXT NOT NULL, eln2017_risk TEXT NOT NULL, current_phase TEXT, last_assessment_date TEXT, "
        "updated_at TEXT NOT NULL, computed_on TEXT, ruleset_version TEXT) STRICT"
    )
    # list_key is the change sequence: a patient's row gets a new, higher key whenever the record
    # changes, so "newest change first" is rowid order (and FTS5 rowid order), with no sort.
    db.execute("CREATE INDEX patient_list_status ON patient_list(status)")
    db.execute("CREATE INDEX patient_list_stale ON patient_list(computed_on)")
    db.execute(
        "CREATE VIRTUAL TABLE patient_words USING fts5(text, tokenize = 'unicode61 remove_diacritics 2', "
        "prefix = '1 2')"
    )
    db.execute("CREATE VIRTUAL TABLE patient_trigram USING fts5(text, tokenize = 'trigram')")
    rows = db.execute(
        "SELECT id, hospital_number, name, birth_date, updated_at FROM patients ORDER BY updated_at, id"
    ).fetchall()
    for patient_id, number, name, birth, updated in rows:
        cursor = db.execute(
            "INSERT INTO patient_list (patient_id, hospital_number, name, birth_date, status, eln2017_risk, "
            "updated_at) VALUES (?, ?, ?, ?, 'unknown', 'unknown', ?)",
            [patient_id, number, name, birth, updated],
        )
        key = cursor.lastrowid
        text = fold(" ".join(part for part in (name, number) if part))
        db.execute("INSERT INTO patient_words (rowid, text) VALUES (?, ?)", [key, text])
        db.execute("INSERT INTO patient_trigram (rowid, text) VALUES (?, ?)", [key, text])
    db.execute("PRAGMA user_version = 2")


# --- migration 0003: one canonical hospital number per patient, and record versions --------------------

# Columns the application derives (not clinical data): the audit trail does not record them.
UNAUDITED_COLUMNS = frozenset({"hospital_number_key", "version"})


def migration_0003_hospital_number_key_and_version(db: Database) -> None:
    """``hospital_number_key`` (the canonical form, unique), ``version`` (raised by every change) and
    the clinic's ``backup_warn_days`` setting.

    ``DT-1``, ``dt-1`` and ``DT-1 `` are one patient: the unique index is on the canonical form
    (``engine.input_rules.hospital_number_key``; changing that function needs a migration that
    recomputes the column). In an existing file, a patient whose number clashes with an older
    patient's keeps a NULL key (nothing is changed or lost); ``Store.hospital_number_clashes``
    lists them so the clinic can merge or correct them.
    """
    from aml_desktop.engine.input_rules import hospital_number_key

    db.execute("ALTER TABLE patients ADD COLUMN hospital_number_key TEXT")
    db.execute("ALTER TABLE patients ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)")
    # The window warns when the last good backup is older than this many days.
    db.execute(
        "ALTER TABLE clinic_settings ADD COLUMN backup_warn_days INTEGER NOT NULL DEFAULT 2 "
        "CHECK (backup_warn_days >= 1)"
    )
    taken: set[str] = set()
    rows = db.execute(
        "SELECT id, hospital_number FROM patients WHERE hospital_number IS NOT NULL ORDER BY created_at, id"
    ).fetchall()
    for patient_id, number in rows:
        key = hospital_number_key(number)
        if key in taken:
            continue
        taken.add(key)
        db.execute("UPDATE patients SET hospital_number_key = ? WHERE id = ?", [key, patient_id])
    db.execute(
        "CREATE UNIQUE INDEX patients_hospital_number_key ON patients(hospital_number_key) "
        "WHERE hospital_number_key IS NOT NULL"
    )
    db.execute("PRAGMA user_version = 3")


# --- migration 0004: decisions can be voided or superseded; the clinic's way of typing dates ------------

_V4_DECISION_COLUMNS = [
    _c("status", "TEXT", "CHECK ({0} IS NULL OR {0} IN ('voided', 'superseded'))"),
    "status_reason TEXT",
    "status_at TEXT",
    "status_by TEXT",
    _c("superseded_by", "INTEGER", "CHECK ({0} IS NULL OR {0} >= 0)"),
]
_V4_SETTINGS_COLUMNS = [
    "date_order TEXT NOT NULL DEFAULT 'iso' CHECK (date_order IN ('iso', 'day_first'))",
]


def migration_0004_decision_corrections(db: Database) -> None:
    """A decision is corrected by marking it (voided, or superseded by a later one) with a reason,
    who and when; it is never deleted. Clinics that write dates day first (15/03/1978) can say so.

    The audit triggers of both tables are made again over their columns as they are now, so the
    new columns are recorded too (and so are columns other migrations added).
    """
    for column in _V4_DECISION_COLUMNS:
        db.execute(f"ALTER TABLE decisions ADD COLUMN {column}")
    for column in _V4_SETTINGS_COLUMNS:
        db.execute(f"ALTER TABLE clinic_settings ADD COLUMN {column}")
    for table in ("decisions", "clinic_settings"):
        columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})").fetchall()]
        names = [c for c in columns if c not in UNAUDITED_COLUMNS]
        row_key, patient_key = _V1_AUDITED[table]
        for operation in ("insert", "update", "delete"):
            db.execute(f"DROP TRIGGER IF EXISTS audit_{table}_{operation}")
        for sql in _audit_triggers(table, names, row_key=row_key, patient_key=patient_key):
            db.execute(sql)
    db.execute(f"PRAGMA user_version = {_ordinal('0004_decision_corrections')}")


def _ordinal(name: str) -> int:
    """The migration's place in the numbered tuple (user_version after it ran)."""
    return [n for n, _ in MIGRATIONS].index(name) + 1


# --- migration 0006: the system URI of the clinic's hospital numbers, for the FHIR export -----------------

_FHIR_SYSTEM_MIGRATION = "0006_fhir_identifier_system"


def migration_0006_fhir_identifier_system(db: Database) -> None:
    """The URI the clinic's hospital numbers are issued under (NULL: the export's documented local default).

    The clinic_settings audit triggers are made again over the table's columns as they are now, so a
    change of the new setting is audited like every other (and so are columns other migrations added).
    """
    _add_clinic_setting(db, "fhir_identifier_system TEXT", _FHIR_SYSTEM_MIGRATION)


def _add_clinic_setting(db: Database, column: str, migration: str) -> None:
    """Add a clinic_settings column, remake its audit triggers over all columns, count the migration.

    The triggers are made again over the table's columns as they are now, so a change of the new
    setting is audited like every other (and so are columns other migrations added).
    """
    db.execute(f"ALTER TABLE clinic_settings ADD COLUMN {column}")
    for operation in ("insert", "update", "delete"):
        db.execute(f"DROP TRIGGER IF EXISTS audit_clinic_settings_{operation}")
    columns = [row[1] for row in db.execute("PRAGMA table_info(clinic_settings)").fetchall()]
    for sql in _audit_triggers("clinic_settings", columns, row_key="id", patient_key=None):
        db.execute(sql)
    # user_version counts the migrations applied so far, wherever this one stands in the list.
    position = [name for name, _ in MIGRATIONS].index(migration) + 1
    db.execute(f"PRAGMA user_version = {position}")


# --- migration 0007: accounts, and the hash-chained audit trail -------------------------------------------

_ACCOUNTS_MIGRATION = "0007_accounts_and_audit_chain"
# The audit entries' kinds: row changes written by the triggers, one entry per imported patient, and events.
AUDIT_OPERATIONS = (
    "insert",
    "update",
    "delete",
    "import",
    "view",
    "export",
    "print",
    "summary",
    "backup",
    "restore",
    "login",
    "login_failed",
    "logout",
    "lock",
    "unlock",
    "account_add",
    "account_change",
    "password_reset",
    "chain_start",
    "encrypt",
)
_SEALED_COLUMNS = (
    "id",
    "at",
    "user",
    "operation",
    "table_name",
    "row_id",
    "patient_id",
    "values_before",
    "values_after",
)


def migration_0007_accounts_and_audit_chain(db: Database) -> None:
    """Accounts with roles, and an audit trail whose entries are sealed in a hash chain.

    The trail is rebuilt with room for the new entry kinds, a ``detail`` and the three hashes
    (``state_hash``: the row or record as the entry left it; ``prev_hash``; ``entry_hash``). Its
    rows stay append-only: only the hashes of an entry not yet sealed may be filled in. Every audit
    trigger is made again over its table's columns as they are now (derived columns left out), and
    the existing entries are sealed as the start of the chain, trusting the rows as they are now.
    """
    from .audit_chain import seal

    conn = db.conn
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit_%'"
    ).fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP INDEX IF EXISTS audit_log_patient")
    kinds = ", ".join(f"'{k}'" for k in AUDIT_OPERATIONS)
    conn.execute(
        "CREATE TABLE audit_log_v7 ("
        "id INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL, "
        f"operation TEXT NOT NULL CHECK (operation IN ({kinds})), "
        "table_name TEXT NOT NULL, row_id TEXT NOT NULL, patient_id TEXT, "
        "values_before TEXT, values_after TEXT, detail TEXT CHECK (detail IS NULL OR json_valid(detail)), "
        "state_hash TEXT, prev_hash TEXT, entry_hash TEXT) STRICT"
    )
    conn.execute(
        "INSERT INTO audit_log_v7 (id, at, user, operation, table_name, row_id, patient_id, values_before, "
        "values_after) SELECT id, at, user, operation, table_name, row_id, patient_id, values_before, values_after "
        "FROM audit_log ORDER BY id"
    )
    conn.execute("DROP TABLE audit_log")
    conn.execute("ALTER TABLE audit_log_v7 RENAME TO audit_log")
    conn.execute("CREATE INDEX audit_log_patient ON audit_log(patient_id, id)")
    conn.execute("CREATE INDEX audit_log_user ON audit_log(user, id)")
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _SEALED_COLUMNS)
    conn.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        f"WHEN OLD.entry_hash IS NOT NULL OR {changed} OR NEW.detail IS NOT OLD.detail "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END"
    )
    conn.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END"
    )
    conn.execute(
        "CREATE TABLE users ("
        "id INTEGER PRIMARY KEY, "
        "name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 64), "
        "full_name TEXT NOT NULL CHECK (length(full_name) > 0), "
        "role TEXT NOT NULL CHECK (role IN ('administrator', 'clinician', 'nurse', 'viewer')), "
        "password_hash TEXT NOT NULL, "
        "active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)), "
        "created_at TEXT NOT NULL, "
        "failed_logins INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0), "
        "last_failed_at TEXT) STRICT"
    )
    # Lock the window after this many idle minutes (the default: 10).
    conn.execute(
        "ALTER TABLE clinic_settings ADD COLUMN idle_lock_minutes INTEGER NOT NULL DEFAULT 10 "
        "CHECK (idle_lock_minutes BETWEEN 1 AND 240)"
    )
    for table in (
        "patients",
        "diagnoses",
        "courses",
        "assessments",
        "mutations",
        "fitness",
        "decisions",
        "clinic_settings",
        "formulary",
    ):
        row_key, patient_key = _V1_AUDITED[table]
        columns = [
            row[1] for row in conn.execute(f"PRAGMA table_info({table})").fetchall() if row[1] not in UNAUDITED_COLUMNS
        ]
        for sql in _audit_triggers(table, columns, row_key=row_key, patient_key=patient_key):
            conn.execute(sql)
    conn.execute(
        f"INSERT INTO audit_log (at, user, operation, table_name, row_id, detail) VALUES ({_NOW}, "
        "'system:migration', 'chain_start', 'audit_log', '', json_object('note', 'entries before this one were "
        "sealed when the chain started; rows were taken as they stood then'))"
    )
    # Existing entries: the state each row is in now is taken as its last audited state.
    seal(conn)
    position = [name for name, _ in MIGRATIONS].index(_ACCOUNTS_MIGRATION) + 1
    conn.execute(f"PRAGMA user_version = {position}")


# --- migration 0008: the incremental daily refresh of the patient list --------------------------------

_NEXT_EVENT_MIGRATION = "0008_patient_list_next_event"


def migration_0008_patient_list_next_event(db: Database) -> None:
    """``patient_list.next_event_date``: the first event dated after the day the line was derived.

    A list line depends on the day only through events dated on or before it, so it stays true
    until that date arrives: the daily refresh re-derives only lines whose next event has come
    (or that were never derived, or derived by another ruleset), instead of every line every day.
    Lines derived before this migration have no next event recorded: they are all marked for one
    re-derivation. Indexes on the three ways a line falls due keep the "what is due" query cheap.
    """
    db.execute("ALTER TABLE patient_list ADD COLUMN next_event_date TEXT")
    db.execute(
        "CREATE INDEX patient_list_next_event ON patient_list(next_event_date) WHERE next_event_date IS NOT NULL"
    )
    db.execute("CREATE INDEX patient_list_ruleset ON patient_list(ruleset_version)")
    db.execute("UPDATE patient_list SET computed_on = NULL")
    position = [name for name, _ in MIGRATIONS].index(_NEXT_EVENT_MIGRATION) + 1
    db.execute(f"PRAGMA user_version = {position}")


# --- migration 0009: the clinic's chemotherapy-cycle settings (issue 15) ---------------------------------

_CYCLE_SETTINGS_MIGRATION = "0009_cycle_settings"


def migration_0009_cycle_settings(db: Database) -> None:
    """The clinic's settings for planning cycles (NULL: the defaults of issue 15), and the list's cycle cell.

    Weight age limit, BSA cap (off), rounding tolerance, stocked strengths per drug and the drugs never
    rounded (``engine.cycles.settings_to_json``). The audit triggers are made again over the table's
    current columns, as 0006 does, so a change of these settings is audited.
    """
    # the patient list's cycle cell (engine.cycle_checks.CycleStatus as JSON); rows made stale to fill it
    db.execute("ALTER TABLE patient_list ADD COLUMN cycle_status TEXT")
    db.execute("UPDATE patient_list SET computed_on = NULL")
    db.execute(
        "ALTER TABLE clinic_settings ADD COLUMN cycle_settings TEXT "
        "CHECK (cycle_settings IS NULL OR json_type(cycle_settings) = 'object')"
    )
    for operation in ("insert", "update", "delete"):
        db.execute(f"DROP TRIGGER IF EXISTS audit_clinic_settings_{operation}")
    columns = [row[1] for row in db.execute("PRAGMA table_info(clinic_settings)").fetchall()]
    for sql in _audit_triggers("clinic_settings", columns, row_key="id", patient_key=None):
        db.execute(sql)
    position = [name for name, _ in MIGRATIONS].index(_CYCLE_SETTINGS_MIGRATION) + 1
    db.execute(f"PRAGMA user_version = {position}")


# --- migration 0010: the clinic's language (issue 16) ----------------------------------------------------

_LANGUAGE_MIGRATION = "0010_clinic_language"


def migration_0010_clinic_language(db: Database) -> None:
    """The clinic's language for the window and the printed summary (NULL: not chosen yet, so the first
    start asks, offering the system's language). Audited like every other setting.
    """
    _add_clinic_setting(db, "language TEXT", _LANGUAGE_MIGRATION)


MIGRATIONS: tuple[tuple[str, Callable[[Database], None]], ...] = (
    ("0001_initial", migration_0001_initial),
    ("0002_patient_list_and_search", migration_0002_patient_list_and_search),
    ("0003_hospital_number_key_and_version", migration_0003_hospital_number_key_and_version),
    ("0004_decision_corrections", migration_0004_decision_corrections),
    (_FHIR_SYSTEM_MIGRATION, migration_0006_fhir_identifier_system),
    (_ACCOUNTS_MIGRATION, migration_0007_accounts_and_audit_chain),
    (_NEXT_EVENT_MIGRATION, migration_0008_patient_list_next_event),
    (_CYCLE_SETTINGS_MIGRATION, migration_0009_cycle_settings),
    (_LANGUAGE_MIGRATION, migration_0010_clinic_language),
)
SCHEMA_VERSION = len(MIGRATIONS)
KNOWN_MIGRATIONS = frozenset(name for name, _ in MIGRATIONS)


def migrations(upto: int | None = None) -> Migrations:
    """The sqlite-utils migration set (optionally only the first ``upto`` migrations, for tests)."""
    from sqlite_utils.migrations import Migrations

    chosen = Migrations(MIGRATION_SET)
    for name, function in MIGRATIONS[: upto if upto is not None else len(MIGRATIONS)]:
        chosen(name=name)(function)
    return chosen
