"""The one schema definition: every table, column, key, index and check of the clinic, as SQLAlchemy Core.

PostgreSQL's schema is built from this by the Alembic migrations in ``pg/migrations``. SQLite's
file keeps its own numbered migrations (``store/schema.py``: frozen, they upgrade files made by every
earlier version); ``tests/store/test_schema_parity.py`` proves that what they build has exactly the
tables, columns, type affinities, not-null flags, primary and foreign keys and indexes described
here, so the two engines cannot drift. The search tables are engine-specific (FTS5 virtual tables on
SQLite; plain tables with a trigram GIN index and a full-text ``tsvector`` here) and so are the
engine's own bookkeeping tables (``_sqlite_migrations``; ``alembic_version`` and ``aml_desktop_meta``).

Types are those of SQLite's STRICT tables: ``Text``, ``Integer`` (``BigInteger`` for keys that
count rows: same INTEGER affinity), ``Double`` for REAL. Dates stay ISO text and yes/no stays 0/1,
so rows read back as the same Python values on both engines and the audit chain's hashes agree.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Column,
    Computed,
    Double,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    text,
)
from sqlalchemy.dialects.postgresql import CITEXT, TSVECTOR

from aml_desktop.store.schema import AUDIT_OPERATIONS

METADATA = MetaData()
# Tables the parity test compares with SQLite's (the rest are engine-specific, see the module text).
SHARED_TABLES = (
    "patients",
    "diagnoses",
    "courses",
    "assessments",
    "mutations",
    "fitness",
    "decisions",
    "clinic_settings",
    "formulary",
    "audit_log",
    "users",
    "patient_list",
)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IS NULL OR {column} IN ({', '.join(repr(v) for v in values)})"


def _date(column: str) -> CheckConstraint:
    # ISO dates only (YYYY-MM-DD, a real day), as SQLite's ``date(x) IS x`` check.
    return CheckConstraint(
        f"{column} IS NULL OR ({column} ~ '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}$' "
        f"AND to_char(to_date({column}, 'YYYY-MM-DD'), 'YYYY-MM-DD') = {column})"
    )


def _bool(column: str) -> CheckConstraint:
    return CheckConstraint(f"{column} IS NULL OR {column} IN (0, 1)")


def _percent(column: str) -> CheckConstraint:
    return CheckConstraint(f"{column} IS NULL OR {column} BETWEEN 0 AND 100")


def _count(column: str) -> CheckConstraint:
    return CheckConstraint(f"{column} IS NULL OR {column} >= 0")


def _json(column: str, kind: str) -> CheckConstraint:
    return CheckConstraint(f"{column} IS NULL OR json_typeof({column}::json) = '{kind}'")


def _patient_fk(*, unique: bool = False) -> Column[str]:
    return Column("patient_id", Text, ForeignKey("patients.id"), nullable=False, unique=unique)


patients = Table(
    "patients",
    METADATA,
    Column("id", Text, primary_key=True, nullable=False),
    Column("hospital_number", Text),
    Column("name", Text),
    Column("sex", Text),
    Column("birth_date", Text, nullable=False),
    Column("extensions", Text),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    Column("hospital_number_key", Text),
    Column("version", Integer, nullable=False, server_default=text("1")),
    CheckConstraint("length(id) > 0"),
    CheckConstraint(_in("sex", ("female", "male", "other", "unknown"))),
    _date("birth_date"),
    _json("extensions", "object"),
    CheckConstraint("version >= 1"),
)
Index(
    "patients_hospital_number",
    patients.c.hospital_number,
    unique=True,
    postgresql_where=patients.c.hospital_number.isnot(None),
)
Index(
    "patients_hospital_number_key",
    patients.c.hospital_number_key,
    unique=True,
    postgresql_where=patients.c.hospital_number_key.isnot(None),
)

diagnoses = Table(
    "diagnoses",
    METADATA,
    Column("id", Text, primary_key=True, nullable=False),
    _patient_fk(unique=True),
    Column("date", Text, nullable=False),
    Column("karyotype", Text),
    Column("cytogenetic_findings", Text, nullable=False),
    Column("tested_genes", Text, nullable=False),
    Column("cd33_percent", Double),
    Column("extramedullary", Integer),
    Column("wbc", Double),
    _date("date"),
    _json("cytogenetic_findings", "array"),
    _json("tested_genes", "array"),
    _percent("cd33_percent"),
    _bool("extramedullary"),
    _count("wbc"),
)

courses = Table(
    "courses",
    METADATA,
    Column("id", Text, primary_key=True, nullable=False),
    _patient_fk(),
    Column("position", Integer, nullable=False),
    Column("phase", Text, nullable=False),
    Column("regimen", Text, nullable=False),
    Column("start_date", Text, nullable=False),
    Column("end_date", Text),
    Column("cycle", Integer),
    Column("intensity", Text),
    CheckConstraint("position >= 0"),
    _date("start_date"),
    _date("end_date"),
    CheckConstraint("end_date IS NULL OR end_date >= start_date"),
    CheckConstraint("cycle IS NULL OR cycle >= 1"),
)
Index("courses_patient", courses.c.patient_id, courses.c.position)

assessments = Table(
    "assessments",
    METADATA,
    Column("id", Text, primary_key=True, nullable=False),
    _patient_fk(),
    Column("position", Integer, nullable=False),
    Column("date", Text, nullable=False),
    Column("marrow_blasts_percent", Double),
    Column("circulating_blasts", Integer),
    Column("extramedullary", Integer),
    Column("anc", Double),
    Column("platelets", Double),
    Column("hemoglobin", Double),
    Column("wbc", Double),
    Column("mrd_status", Text),
    Column("mrd_method", Text),
    Column("mrd_value", Double),
    Column("has_mutations", Integer, nullable=False),
    Column("tested_genes", Text),
    Column("karyotype", Text),
    Column("cytogenetic_findings", Text),
    CheckConstraint("position >= 0"),
    _date("date"),
    _percent("marrow_blasts_percent"),
    _bool("circulating_blasts"),
    _bool("extramedullary"),
    _count("anc"),
    _count("platelets"),
    _count("hemoglobin"),
    _count("wbc"),
    CheckConstraint(_in("mrd_status", ("negative", "positive"))),
    CheckConstraint(_in("mrd_method", ("flow", "qpcr", "ngs"))),
    _percent("mrd_value"),
    _bool("has_mutations"),
    _json("tested_genes", "array"),
    _json("cytogenetic_findings", "array"),
)
Index("assessments_patient", assessments.c.patient_id, assessments.c.position)

mutations = Table(
    "mutations",
    METADATA,
    Column("id", Text, primary_key=True, nullable=False),
    _patient_fk(),
    Column("assessment_id", Text, ForeignKey("assessments.id")),
    Column("position", Integer, nullable=False),
    Column("gene", Text, nullable=False),
    Column("variant", Text),
    Column("allelic_ratio", Double),
    Column("vaf", Double),
    CheckConstraint("position >= 0"),
    _count("allelic_ratio"),
    _percent("vaf"),
)
Index("mutations_patient", mutations.c.patient_id, mutations.c.assessment_id, mutations.c.position)
Index("mutations_assessment", mutations.c.assessment_id)

fitness = Table(
    "fitness",
    METADATA,
    Column("id", Text, primary_key=True, nullable=False),
    _patient_fk(unique=True),
    Column("date", Text),
    Column("ecog", Integer),
    Column("fit_for_intensive", Integer),
    _date("date"),
    CheckConstraint("ecog IS NULL OR ecog BETWEEN 0 AND 5"),
    _bool("fit_for_intensive"),
)

decisions = Table(
    "decisions",
    METADATA,
    Column("id", Text, primary_key=True, nullable=False),
    _patient_fk(),
    Column("position", Integer, nullable=False),
    Column("date", Text, nullable=False),
    Column("recommended", Text, nullable=False),
    Column("chosen", Text, nullable=False),
    Column("regimen", Text),
    Column("override_reason", Text),
    Column("clinician", Text),
    Column("reason_code", Text),
    Column("ruleset_version", Text),
    Column("recorded_at", Text),
    Column("recorded_by", Text),
    Column("snapshot", Text),
    Column("details", Text),
    Column("status", Text),
    Column("status_reason", Text),
    Column("status_at", Text),
    Column("status_by", Text),
    Column("superseded_by", Integer),
    CheckConstraint("position >= 0"),
    _date("date"),
    CheckConstraint("snapshot IS NULL OR snapshot::json IS NOT NULL"),
    _json("details", "array"),
    CheckConstraint(_in("status", ("voided", "superseded"))),
    CheckConstraint("superseded_by IS NULL OR superseded_by >= 0"),
)
Index("decisions_patient", decisions.c.patient_id, decisions.c.position)

clinic_settings = Table(
    "clinic_settings",
    METADATA,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("clinic_name", Text, nullable=False),
    Column("fit_age_below", Integer, nullable=False),
    Column("unfit_age_from", Integer, nullable=False),
    Column("unfit_ecog_from", Integer, nullable=False),
    Column("cytoreduction_wbc", Double, nullable=False),
    Column("cd33_positive_percent", Double, nullable=False),
    Column("paper_size", Text, nullable=False),
    Column("units", Text, nullable=False),
    Column("backup_folder", Text),
    Column("backup_keep", Integer, nullable=False),
    Column("backup_interval_hours", Integer, nullable=False),
    Column("last_backup_at", Text),
    Column("backup_warn_days", Integer, nullable=False, server_default=text("2")),
    Column("date_order", Text, nullable=False, server_default=text("'iso'")),
    Column("fhir_identifier_system", Text),
    Column("idle_lock_minutes", Integer, nullable=False, server_default=text("10")),
    Column("cycle_settings", Text),
    Column("language", Text),
    CheckConstraint("id = 1"),
    CheckConstraint("fit_age_below > 0"),
    CheckConstraint("unfit_age_from >= fit_age_below"),
    CheckConstraint("unfit_ecog_from BETWEEN 0 AND 5"),
    CheckConstraint("cytoreduction_wbc > 0"),
    CheckConstraint("cd33_positive_percent BETWEEN 0 AND 100"),
    CheckConstraint("paper_size IN ('A4', 'letter')"),
    CheckConstraint("backup_keep >= 1"),
    CheckConstraint("backup_interval_hours >= 1"),
    CheckConstraint("backup_warn_days >= 1"),
    CheckConstraint("date_order IN ('iso', 'day_first')"),
    CheckConstraint("idle_lock_minutes BETWEEN 1 AND 240"),
    _json("cycle_settings", "object"),
)

formulary = Table(
    "formulary",
    METADATA,
    Column("key", Text, primary_key=True, nullable=False),
    Column("stocked", Integer, nullable=False),
    Column("out_of_stock_since", Text),
    _bool("stocked"),
    _date("out_of_stock_since"),
)

audit_log = Table(
    "audit_log",
    METADATA,
    # Numbered by a trigger (max + 1 under the clinic's write lock), never by a sequence: a rolled-back
    # write must not leave a gap, which ``audit verify`` reports as deleted entries.
    Column("id", BigInteger, primary_key=True, autoincrement=False),
    Column("at", Text, nullable=False),
    Column("user", Text, nullable=False),
    Column("operation", Text, nullable=False),
    Column("table_name", Text, nullable=False),
    Column("row_id", Text, nullable=False),
    Column("patient_id", Text),
    Column("values_before", Text),
    Column("values_after", Text),
    Column("detail", Text),
    Column("state_hash", Text),
    Column("prev_hash", Text),
    Column("entry_hash", Text),
    CheckConstraint(f"operation IN ({', '.join(repr(k) for k in AUDIT_OPERATIONS)})"),
    CheckConstraint("detail IS NULL OR detail::json IS NOT NULL"),
)
Index("audit_log_patient", audit_log.c.patient_id, audit_log.c.id)
Index("audit_log_user", audit_log.c.user, audit_log.c.id)

users = Table(
    "users",
    METADATA,
    Column("id", Integer, primary_key=True),
    # citext: unique and compared ignoring case, as SQLite's COLLATE NOCASE.
    Column("name", CITEXT, nullable=False, unique=True),
    Column("full_name", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("active", Integer, nullable=False, server_default=text("1")),
    Column("created_at", Text, nullable=False),
    Column("failed_logins", Integer, nullable=False, server_default=text("0")),
    Column("last_failed_at", Text),
    CheckConstraint("length(name) BETWEEN 1 AND 64"),
    CheckConstraint("length(full_name) > 0"),
    CheckConstraint("role IN ('administrator', 'clinician', 'nurse', 'viewer')"),
    CheckConstraint("active IN (0, 1)"),
    CheckConstraint("failed_logins >= 0"),
)

patient_list = Table(
    "patient_list",
    METADATA,
    # The change sequence (max + 1 on every change, under the write lock): newest change first is key order.
    Column("list_key", BigInteger, primary_key=True, autoincrement=False),
    Column("patient_id", Text, ForeignKey("patients.id"), nullable=False, unique=True),
    Column("hospital_number", Text),
    Column("name", Text),
    Column("birth_date", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("eln2017_risk", Text, nullable=False),
    Column("current_phase", Text),
    Column("last_assessment_date", Text),
    Column("updated_at", Text, nullable=False),
    Column("computed_on", Text),
    Column("ruleset_version", Text),
    Column("next_event_date", Text),
    Column("cycle_status", Text),
)
Index("patient_list_status", patient_list.c.status)
Index("patient_list_stale", patient_list.c.computed_on)
Index(
    "patient_list_next_event",
    patient_list.c.next_event_date,
    postgresql_where=patient_list.c.next_event_date.isnot(None),
)
Index("patient_list_ruleset", patient_list.c.ruleset_version)

# --- PostgreSQL only: the search tables and the database's mark --------------------------------------

# Folded text (store.search.fold) per list line, as SQLite's FTS5 tables hold it. Words: a tsvector of
# the text's letter-and-digit runs (unicode61's tokens) for prefix queries; trigram: substrings.
patient_words = Table(
    "patient_words",
    METADATA,
    Column("rowid", BigInteger, primary_key=True, autoincrement=False),
    Column("text", Text, nullable=False),
    Column(
        "words",
        TSVECTOR,
        Computed("to_tsvector('simple'::regconfig, regexp_replace(text, '[^[:alnum:]]+', ' ', 'g'))", persisted=True),
    ),
)
Index("patient_words_words", patient_words.c.words, postgresql_using="gin")

patient_trigram = Table(
    "patient_trigram",
    METADATA,
    Column("rowid", BigInteger, primary_key=True, autoincrement=False),
    Column("text", Text, nullable=False),
)
Index("patient_trigram_text", patient_trigram.c.text, postgresql_using="gin", postgresql_ops={"text": "gin_trgm_ops"})

# One row marking the database as an AML Desktop clinic ("AMLD", as SQLite's PRAGMA application_id).
aml_desktop_meta = Table(
    "aml_desktop_meta",
    METADATA,
    Column("application_id", BigInteger, primary_key=True, autoincrement=False),
    Column("created_at", Text, nullable=False),
)
