# ruff: noqa: E501  (frozen, generated SQL: long lines kept as generated)
"""The clinic as of SQLite migration 0010: every table, index, check, the audit trail's PL/pgSQL, the mark.

Frozen: generated once from ``store.pg.schema.METADATA`` and the trigger builder (``store.pg.triggers``)
and never edited again; a later change is a new revision (see docs/server-store.md).

Revision ID: 0001_initial
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

APPLICATION_ID = 0x414D4C44
EXTENSIONS = ("citext", "pg_trgm")
TRAIL = (
    "CREATE OR REPLACE FUNCTION aml_now() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') $$",
    "CREATE OR REPLACE FUNCTION aml_user() RETURNS text LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('aml.user', true), '') $$",
    "CREATE OR REPLACE FUNCTION aml_real(value double precision) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN value IS NULL THEN NULL WHEN value = trunc(value) THEN to_jsonb(round(value::numeric, 1)) ELSE to_jsonb(value::numeric) END $$",
    "CREATE OR REPLACE FUNCTION audit_log_number() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.id IS NULL THEN NEW.id := (SELECT coalesce(max(id), 0) + 1 FROM audit_log); END IF; RETURN NEW; END $$",
    "CREATE OR REPLACE FUNCTION audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit trail cannot be changed'; END $$",
    "DROP TRIGGER IF EXISTS audit_log_number ON audit_log",
    "DROP TRIGGER IF EXISTS audit_log_no_update ON audit_log",
    "DROP TRIGGER IF EXISTS audit_log_no_delete ON audit_log",
    "CREATE TRIGGER audit_log_number BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_number()",
    'CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW WHEN (OLD.entry_hash IS NOT NULL OR NEW.id IS DISTINCT FROM OLD.id OR NEW.at IS DISTINCT FROM OLD.at OR NEW."user" IS DISTINCT FROM OLD."user" OR NEW.operation IS DISTINCT FROM OLD.operation OR NEW.table_name IS DISTINCT FROM OLD.table_name OR NEW.row_id IS DISTINCT FROM OLD.row_id OR NEW.patient_id IS DISTINCT FROM OLD.patient_id OR NEW.values_before IS DISTINCT FROM OLD.values_before OR NEW.values_after IS DISTINCT FROM OLD.values_after OR NEW.detail IS DISTINCT FROM OLD.detail) EXECUTE FUNCTION audit_log_refuse()',
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse()",
    "CREATE OR REPLACE FUNCTION audit_patients() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'INSERT' THEN IF current_setting('aml.import', true) = 'on' THEN RETURN NULL; END IF; INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'insert', 'patients', NEW.id::text, NEW.id, NULL, jsonb_strip_nulls(jsonb_build_object('hospital_number', NEW.hospital_number, 'name', NEW.name, 'sex', NEW.sex, 'birth_date', NEW.birth_date, 'extensions', NEW.extensions, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at))::text); ELSIF TG_OP = 'UPDATE' THEN INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'update', 'patients', NEW.id::text, NEW.id, jsonb_strip_nulls(jsonb_build_object('hospital_number', OLD.hospital_number, 'name', OLD.name, 'sex', OLD.sex, 'birth_date', OLD.birth_date, 'extensions', OLD.extensions, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at))::text, jsonb_strip_nulls(jsonb_build_object('hospital_number', NEW.hospital_number, 'name', NEW.name, 'sex', NEW.sex, 'birth_date', NEW.birth_date, 'extensions', NEW.extensions, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at))::text); ELSE INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'delete', 'patients', OLD.id::text, OLD.id, jsonb_strip_nulls(jsonb_build_object('hospital_number', OLD.hospital_number, 'name', OLD.name, 'sex', OLD.sex, 'birth_date', OLD.birth_date, 'extensions', OLD.extensions, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at))::text, NULL); END IF; RETURN NULL; END $$",
    "DROP TRIGGER IF EXISTS audit_patients_insert ON patients",
    "DROP TRIGGER IF EXISTS audit_patients_update ON patients",
    "DROP TRIGGER IF EXISTS audit_patients_delete ON patients",
    "CREATE TRIGGER audit_patients_insert AFTER INSERT ON patients FOR EACH ROW EXECUTE FUNCTION audit_patients()",
    "CREATE TRIGGER audit_patients_update AFTER UPDATE ON patients FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id OR OLD.hospital_number IS DISTINCT FROM NEW.hospital_number OR OLD.name IS DISTINCT FROM NEW.name OR OLD.sex IS DISTINCT FROM NEW.sex OR OLD.birth_date IS DISTINCT FROM NEW.birth_date OR OLD.extensions IS DISTINCT FROM NEW.extensions OR OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.updated_at IS DISTINCT FROM NEW.updated_at) EXECUTE FUNCTION audit_patients()",
    "CREATE TRIGGER audit_patients_delete AFTER DELETE ON patients FOR EACH ROW EXECUTE FUNCTION audit_patients()",
    "CREATE OR REPLACE FUNCTION audit_diagnoses() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'INSERT' THEN IF current_setting('aml.import', true) = 'on' THEN RETURN NULL; END IF; INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'insert', 'diagnoses', NEW.id::text, NEW.patient_id, NULL, jsonb_strip_nulls(jsonb_build_object('date', NEW.date, 'karyotype', NEW.karyotype, 'cytogenetic_findings', NEW.cytogenetic_findings, 'tested_genes', NEW.tested_genes, 'cd33_percent', aml_real(NEW.cd33_percent), 'extramedullary', NEW.extramedullary, 'wbc', aml_real(NEW.wbc)))::text); ELSIF TG_OP = 'UPDATE' THEN INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'update', 'diagnoses', NEW.id::text, NEW.patient_id, jsonb_strip_nulls(jsonb_build_object('date', OLD.date, 'karyotype', OLD.karyotype, 'cytogenetic_findings', OLD.cytogenetic_findings, 'tested_genes', OLD.tested_genes, 'cd33_percent', aml_real(OLD.cd33_percent), 'extramedullary', OLD.extramedullary, 'wbc', aml_real(OLD.wbc)))::text, jsonb_strip_nulls(jsonb_build_object('date', NEW.date, 'karyotype', NEW.karyotype, 'cytogenetic_findings', NEW.cytogenetic_findings, 'tested_genes', NEW.tested_genes, 'cd33_percent', aml_real(NEW.cd33_percent), 'extramedullary', NEW.extramedullary, 'wbc', aml_real(NEW.wbc)))::text); ELSE INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'delete', 'diagnoses', OLD.id::text, OLD.patient_id, jsonb_strip_nulls(jsonb_build_object('date', OLD.date, 'karyotype', OLD.karyotype, 'cytogenetic_findings', OLD.cytogenetic_findings, 'tested_genes', OLD.tested_genes, 'cd33_percent', aml_real(OLD.cd33_percent), 'extramedullary', OLD.extramedullary, 'wbc', aml_real(OLD.wbc)))::text, NULL); END IF; RETURN NULL; END $$",
    "DROP TRIGGER IF EXISTS audit_diagnoses_insert ON diagnoses",
    "DROP TRIGGER IF EXISTS audit_diagnoses_update ON diagnoses",
    "DROP TRIGGER IF EXISTS audit_diagnoses_delete ON diagnoses",
    "CREATE TRIGGER audit_diagnoses_insert AFTER INSERT ON diagnoses FOR EACH ROW EXECUTE FUNCTION audit_diagnoses()",
    "CREATE TRIGGER audit_diagnoses_update AFTER UPDATE ON diagnoses FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id OR OLD.patient_id IS DISTINCT FROM NEW.patient_id OR OLD.date IS DISTINCT FROM NEW.date OR OLD.karyotype IS DISTINCT FROM NEW.karyotype OR OLD.cytogenetic_findings IS DISTINCT FROM NEW.cytogenetic_findings OR OLD.tested_genes IS DISTINCT FROM NEW.tested_genes OR OLD.cd33_percent IS DISTINCT FROM NEW.cd33_percent OR OLD.extramedullary IS DISTINCT FROM NEW.extramedullary OR OLD.wbc IS DISTINCT FROM NEW.wbc) EXECUTE FUNCTION audit_diagnoses()",
    "CREATE TRIGGER audit_diagnoses_delete AFTER DELETE ON diagnoses FOR EACH ROW EXECUTE FUNCTION audit_diagnoses()",
    "CREATE OR REPLACE FUNCTION audit_courses() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'INSERT' THEN IF current_setting('aml.import', true) = 'on' THEN RETURN NULL; END IF; INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'insert', 'courses', NEW.id::text, NEW.patient_id, NULL, jsonb_strip_nulls(jsonb_build_object('position', NEW.position, 'phase', NEW.phase, 'regimen', NEW.regimen, 'start_date', NEW.start_date, 'end_date', NEW.end_date, 'cycle', NEW.cycle, 'intensity', NEW.intensity))::text); ELSIF TG_OP = 'UPDATE' THEN INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'update', 'courses', NEW.id::text, NEW.patient_id, jsonb_strip_nulls(jsonb_build_object('position', OLD.position, 'phase', OLD.phase, 'regimen', OLD.regimen, 'start_date', OLD.start_date, 'end_date', OLD.end_date, 'cycle', OLD.cycle, 'intensity', OLD.intensity))::text, jsonb_strip_nulls(jsonb_build_object('position', NEW.position, 'phase', NEW.phase, 'regimen', NEW.regimen, 'start_date', NEW.start_date, 'end_date', NEW.end_date, 'cycle', NEW.cycle, 'intensity', NEW.intensity))::text); ELSE INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'delete', 'courses', OLD.id::text, OLD.patient_id, jsonb_strip_nulls(jsonb_build_object('position', OLD.position, 'phase', OLD.phase, 'regimen', OLD.regimen, 'start_date', OLD.start_date, 'end_date', OLD.end_date, 'cycle', OLD.cycle, 'intensity', OLD.intensity))::text, NULL); END IF; RETURN NULL; END $$",
    "DROP TRIGGER IF EXISTS audit_courses_insert ON courses",
    "DROP TRIGGER IF EXISTS audit_courses_update ON courses",
    "DROP TRIGGER IF EXISTS audit_courses_delete ON courses",
    "CREATE TRIGGER audit_courses_insert AFTER INSERT ON courses FOR EACH ROW EXECUTE FUNCTION audit_courses()",
    "CREATE TRIGGER audit_courses_update AFTER UPDATE ON courses FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id OR OLD.patient_id IS DISTINCT FROM NEW.patient_id OR OLD.position IS DISTINCT FROM NEW.position OR OLD.phase IS DISTINCT FROM NEW.phase OR OLD.regimen IS DISTINCT FROM NEW.regimen OR OLD.start_date IS DISTINCT FROM NEW.start_date OR OLD.end_date IS DISTINCT FROM NEW.end_date OR OLD.cycle IS DISTINCT FROM NEW.cycle OR OLD.intensity IS DISTINCT FROM NEW.intensity) EXECUTE FUNCTION audit_courses()",
    "CREATE TRIGGER audit_courses_delete AFTER DELETE ON courses FOR EACH ROW EXECUTE FUNCTION audit_courses()",
    "CREATE OR REPLACE FUNCTION audit_assessments() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'INSERT' THEN IF current_setting('aml.import', true) = 'on' THEN RETURN NULL; END IF; INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'insert', 'assessments', NEW.id::text, NEW.patient_id, NULL, jsonb_strip_nulls(jsonb_build_object('position', NEW.position, 'date', NEW.date, 'marrow_blasts_percent', aml_real(NEW.marrow_blasts_percent), 'circulating_blasts', NEW.circulating_blasts, 'extramedullary', NEW.extramedullary, 'anc', aml_real(NEW.anc), 'platelets', aml_real(NEW.platelets), 'hemoglobin', aml_real(NEW.hemoglobin), 'wbc', aml_real(NEW.wbc), 'mrd_status', NEW.mrd_status, 'mrd_method', NEW.mrd_method, 'mrd_value', aml_real(NEW.mrd_value), 'has_mutations', NEW.has_mutations, 'tested_genes', NEW.tested_genes, 'karyotype', NEW.karyotype, 'cytogenetic_findings', NEW.cytogenetic_findings))::text); ELSIF TG_OP = 'UPDATE' THEN INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'update', 'assessments', NEW.id::text, NEW.patient_id, jsonb_strip_nulls(jsonb_build_object('position', OLD.position, 'date', OLD.date, 'marrow_blasts_percent', aml_real(OLD.marrow_blasts_percent), 'circulating_blasts', OLD.circulating_blasts, 'extramedullary', OLD.extramedullary, 'anc', aml_real(OLD.anc), 'platelets', aml_real(OLD.platelets), 'hemoglobin', aml_real(OLD.hemoglobin), 'wbc', aml_real(OLD.wbc), 'mrd_status', OLD.mrd_status, 'mrd_method', OLD.mrd_method, 'mrd_value', aml_real(OLD.mrd_value), 'has_mutations', OLD.has_mutations, 'tested_genes', OLD.tested_genes, 'karyotype', OLD.karyotype, 'cytogenetic_findings', OLD.cytogenetic_findings))::text, jsonb_strip_nulls(jsonb_build_object('position', NEW.position, 'date', NEW.date, 'marrow_blasts_percent', aml_real(NEW.marrow_blasts_percent), 'circulating_blasts', NEW.circulating_blasts, 'extramedullary', NEW.extramedullary, 'anc', aml_real(NEW.anc), 'platelets', aml_real(NEW.platelets), 'hemoglobin', aml_real(NEW.hemoglobin), 'wbc', aml_real(NEW.wbc), 'mrd_status', NEW.mrd_status, 'mrd_method', NEW.mrd_method, 'mrd_value', aml_real(NEW.mrd_value), 'has_mutations', NEW.has_mutations, 'tested_genes', NEW.tested_genes, 'karyotype', NEW.karyotype, 'cytogenetic_findings', NEW.cytogenetic_findings))::text); ELSE INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'delete', 'assessments', OLD.id::text, OLD.patient_id, jsonb_strip_nulls(jsonb_build_object('position', OLD.position, 'date', OLD.date, 'marrow_blasts_percent', aml_real(OLD.marrow_blasts_percent), 'circulating_blasts', OLD.circulating_blasts, 'extramedullary', OLD.extramedullary, 'anc', aml_real(OLD.anc), 'platelets', aml_real(OLD.platelets), 'hemoglobin', aml_real(OLD.hemoglobin), 'wbc', aml_real(OLD.wbc), 'mrd_status', OLD.mrd_status, 'mrd_method', OLD.mrd_method, 'mrd_value', aml_real(OLD.mrd_value), 'has_mutations', OLD.has_mutations, 'tested_genes', OLD.tested_genes, 'karyotype', OLD.karyotype, 'cytogenetic_findings', OLD.cytogenetic_findings))::text, NULL); END IF; RETURN NULL; END $$",
    "DROP TRIGGER IF EXISTS audit_assessments_insert ON assessments",
    "DROP TRIGGER IF EXISTS audit_assessments_update ON assessments",
    "DROP TRIGGER IF EXISTS audit_assessments_delete ON assessments",
    "CREATE TRIGGER audit_assessments_insert AFTER INSERT ON assessments FOR EACH ROW EXECUTE FUNCTION audit_assessments()",
    "CREATE TRIGGER audit_assessments_update AFTER UPDATE ON assessments FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id OR OLD.patient_id IS DISTINCT FROM NEW.patient_id OR OLD.position IS DISTINCT FROM NEW.position OR OLD.date IS DISTINCT FROM NEW.date OR OLD.marrow_blasts_percent IS DISTINCT FROM NEW.marrow_blasts_percent OR OLD.circulating_blasts IS DISTINCT FROM NEW.circulating_blasts OR OLD.extramedullary IS DISTINCT FROM NEW.extramedullary OR OLD.anc IS DISTINCT FROM NEW.anc OR OLD.platelets IS DISTINCT FROM NEW.platelets OR OLD.hemoglobin IS DISTINCT FROM NEW.hemoglobin OR OLD.wbc IS DISTINCT FROM NEW.wbc OR OLD.mrd_status IS DISTINCT FROM NEW.mrd_status OR OLD.mrd_method IS DISTINCT FROM NEW.mrd_method OR OLD.mrd_value IS DISTINCT FROM NEW.mrd_value OR OLD.has_mutations IS DISTINCT FROM NEW.has_mutations OR OLD.tested_genes IS DISTINCT FROM NEW.tested_genes OR OLD.karyotype IS DISTINCT FROM NEW.karyotype OR OLD.cytogenetic_findings IS DISTINCT FROM NEW.cytogenetic_findings) EXECUTE FUNCTION audit_assessments()",
    "CREATE TRIGGER audit_assessments_delete AFTER DELETE ON assessments FOR EACH ROW EXECUTE FUNCTION audit_assessments()",
    "CREATE OR REPLACE FUNCTION audit_mutations() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'INSERT' THEN IF current_setting('aml.import', true) = 'on' THEN RETURN NULL; END IF; INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'insert', 'mutations', NEW.id::text, NEW.patient_id, NULL, jsonb_strip_nulls(jsonb_build_object('assessment_id', NEW.assessment_id, 'position', NEW.position, 'gene', NEW.gene, 'variant', NEW.variant, 'allelic_ratio', aml_real(NEW.allelic_ratio), 'vaf', aml_real(NEW.vaf)))::text); ELSIF TG_OP = 'UPDATE' THEN INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'update', 'mutations', NEW.id::text, NEW.patient_id, jsonb_strip_nulls(jsonb_build_object('assessment_id', OLD.assessment_id, 'position', OLD.position, 'gene', OLD.gene, 'variant', OLD.variant, 'allelic_ratio', aml_real(OLD.allelic_ratio), 'vaf', aml_real(OLD.vaf)))::text, jsonb_strip_nulls(jsonb_build_object('assessment_id', NEW.assessment_id, 'position', NEW.position, 'gene', NEW.gene, 'variant', NEW.variant, 'allelic_ratio', aml_real(NEW.allelic_ratio), 'vaf', aml_real(NEW.vaf)))::text); ELSE INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'delete', 'mutations', OLD.id::text, OLD.patient_id, jsonb_strip_nulls(jsonb_build_object('assessment_id', OLD.assessment_id, 'position', OLD.position, 'gene', OLD.gene, 'variant', OLD.variant, 'allelic_ratio', aml_real(OLD.allelic_ratio), 'vaf', aml_real(OLD.vaf)))::text, NULL); END IF; RETURN NULL; END $$",
    "DROP TRIGGER IF EXISTS audit_mutations_insert ON mutations",
    "DROP TRIGGER IF EXISTS audit_mutations_update ON mutations",
    "DROP TRIGGER IF EXISTS audit_mutations_delete ON mutations",
    "CREATE TRIGGER audit_mutations_insert AFTER INSERT ON mutations FOR EACH ROW EXECUTE FUNCTION audit_mutations()",
    "CREATE TRIGGER audit_mutations_update AFTER UPDATE ON mutations FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id OR OLD.patient_id IS DISTINCT FROM NEW.patient_id OR OLD.assessment_id IS DISTINCT FROM NEW.assessment_id OR OLD.position IS DISTINCT FROM NEW.position OR OLD.gene IS DISTINCT FROM NEW.gene OR OLD.variant IS DISTINCT FROM NEW.variant OR OLD.allelic_ratio IS DISTINCT FROM NEW.allelic_ratio OR OLD.vaf IS DISTINCT FROM NEW.vaf) EXECUTE FUNCTION audit_mutations()",
    "CREATE TRIGGER audit_mutations_delete AFTER DELETE ON mutations FOR EACH ROW EXECUTE FUNCTION audit_mutations()",
    "CREATE OR REPLACE FUNCTION audit_fitness() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'INSERT' THEN IF current_setting('aml.import', true) = 'on' THEN RETURN NULL; END IF; INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'insert', 'fitness', NEW.id::text, NEW.patient_id, NULL, jsonb_strip_nulls(jsonb_build_object('date', NEW.date, 'ecog', NEW.ecog, 'fit_for_intensive', NEW.fit_for_intensive))::text); ELSIF TG_OP = 'UPDATE' THEN INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'update', 'fitness', NEW.id::text, NEW.patient_id, jsonb_strip_nulls(jsonb_build_object('date', OLD.date, 'ecog', OLD.ecog, 'fit_for_intensive', OLD.fit_for_intensive))::text, jsonb_strip_nulls(jsonb_build_object('date', NEW.date, 'ecog', NEW.ecog, 'fit_for_intensive', NEW.fit_for_intensive))::text); ELSE INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'delete', 'fitness', OLD.id::text, OLD.patient_id, jsonb_strip_nulls(jsonb_build_object('date', OLD.date, 'ecog', OLD.ecog, 'fit_for_intensive', OLD.fit_for_intensive))::text, NULL); END IF; RETURN NULL; END $$",
    "DROP TRIGGER IF EXISTS audit_fitness_insert ON fitness",
    "DROP TRIGGER IF EXISTS audit_fitness_update ON fitness",
    "DROP TRIGGER IF EXISTS audit_fitness_delete ON fitness",
    "CREATE TRIGGER audit_fitness_insert AFTER INSERT ON fitness FOR EACH ROW EXECUTE FUNCTION audit_fitness()",
    "CREATE TRIGGER audit_fitness_update AFTER UPDATE ON fitness FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id OR OLD.patient_id IS DISTINCT FROM NEW.patient_id OR OLD.date IS DISTINCT FROM NEW.date OR OLD.ecog IS DISTINCT FROM NEW.ecog OR OLD.fit_for_intensive IS DISTINCT FROM NEW.fit_for_intensive) EXECUTE FUNCTION audit_fitness()",
    "CREATE TRIGGER audit_fitness_delete AFTER DELETE ON fitness FOR EACH ROW EXECUTE FUNCTION audit_fitness()",
    "CREATE OR REPLACE FUNCTION audit_decisions() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'INSERT' THEN IF current_setting('aml.import', true) = 'on' THEN RETURN NULL; END IF; INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'insert', 'decisions', NEW.id::text, NEW.patient_id, NULL, jsonb_strip_nulls(jsonb_build_object('position', NEW.position, 'date', NEW.date, 'recommended', NEW.recommended, 'chosen', NEW.chosen, 'regimen', NEW.regimen, 'override_reason', NEW.override_reason, 'clinician', NEW.clinician, 'reason_code', NEW.reason_code, 'ruleset_version', NEW.ruleset_version, 'recorded_at', NEW.recorded_at, 'recorded_by', NEW.recorded_by, 'snapshot', NEW.snapshot, 'details', NEW.details, 'status', NEW.status, 'status_reason', NEW.status_reason, 'status_at', NEW.status_at, 'status_by', NEW.status_by, 'superseded_by', NEW.superseded_by))::text); ELSIF TG_OP = 'UPDATE' THEN INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'update', 'decisions', NEW.id::text, NEW.patient_id, jsonb_strip_nulls(jsonb_build_object('position', OLD.position, 'date', OLD.date, 'recommended', OLD.recommended, 'chosen', OLD.chosen, 'regimen', OLD.regimen, 'override_reason', OLD.override_reason, 'clinician', OLD.clinician, 'reason_code', OLD.reason_code, 'ruleset_version', OLD.ruleset_version, 'recorded_at', OLD.recorded_at, 'recorded_by', OLD.recorded_by, 'snapshot', OLD.snapshot, 'details', OLD.details, 'status', OLD.status, 'status_reason', OLD.status_reason, 'status_at', OLD.status_at, 'status_by', OLD.status_by, 'superseded_by', OLD.superseded_by))::text, jsonb_strip_nulls(jsonb_build_object('position', NEW.position, 'date', NEW.date, 'recommended', NEW.recommended, 'chosen', NEW.chosen, 'regimen', NEW.regimen, 'override_reason', NEW.override_reason, 'clinician', NEW.clinician, 'reason_code', NEW.reason_code, 'ruleset_version', NEW.ruleset_version, 'recorded_at', NEW.recorded_at, 'recorded_by', NEW.recorded_by, 'snapshot', NEW.snapshot, 'details', NEW.details, 'status', NEW.status, 'status_reason', NEW.status_reason, 'status_at', NEW.status_at, 'status_by', NEW.status_by, 'superseded_by', NEW.superseded_by))::text); ELSE INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'delete', 'decisions', OLD.id::text, OLD.patient_id, jsonb_strip_nulls(jsonb_build_object('position', OLD.position, 'date', OLD.date, 'recommended', OLD.recommended, 'chosen', OLD.chosen, 'regimen', OLD.regimen, 'override_reason', OLD.override_reason, 'clinician', OLD.clinician, 'reason_code', OLD.reason_code, 'ruleset_version', OLD.ruleset_version, 'recorded_at', OLD.recorded_at, 'recorded_by', OLD.recorded_by, 'snapshot', OLD.snapshot, 'details', OLD.details, 'status', OLD.status, 'status_reason', OLD.status_reason, 'status_at', OLD.status_at, 'status_by', OLD.status_by, 'superseded_by', OLD.superseded_by))::text, NULL); END IF; RETURN NULL; END $$",
    "DROP TRIGGER IF EXISTS audit_decisions_insert ON decisions",
    "DROP TRIGGER IF EXISTS audit_decisions_update ON decisions",
    "DROP TRIGGER IF EXISTS audit_decisions_delete ON decisions",
    "CREATE TRIGGER audit_decisions_insert AFTER INSERT ON decisions FOR EACH ROW EXECUTE FUNCTION audit_decisions()",
    "CREATE TRIGGER audit_decisions_update AFTER UPDATE ON decisions FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id OR OLD.patient_id IS DISTINCT FROM NEW.patient_id OR OLD.position IS DISTINCT FROM NEW.position OR OLD.date IS DISTINCT FROM NEW.date OR OLD.recommended IS DISTINCT FROM NEW.recommended OR OLD.chosen IS DISTINCT FROM NEW.chosen OR OLD.regimen IS DISTINCT FROM NEW.regimen OR OLD.override_reason IS DISTINCT FROM NEW.override_reason OR OLD.clinician IS DISTINCT FROM NEW.clinician OR OLD.reason_code IS DISTINCT FROM NEW.reason_code OR OLD.ruleset_version IS DISTINCT FROM NEW.ruleset_version OR OLD.recorded_at IS DISTINCT FROM NEW.recorded_at OR OLD.recorded_by IS DISTINCT FROM NEW.recorded_by OR OLD.snapshot IS DISTINCT FROM NEW.snapshot OR OLD.details IS DISTINCT FROM NEW.details OR OLD.status IS DISTINCT FROM NEW.status OR OLD.status_reason IS DISTINCT FROM NEW.status_reason OR OLD.status_at IS DISTINCT FROM NEW.status_at OR OLD.status_by IS DISTINCT FROM NEW.status_by OR OLD.superseded_by IS DISTINCT FROM NEW.superseded_by) EXECUTE FUNCTION audit_decisions()",
    "CREATE TRIGGER audit_decisions_delete AFTER DELETE ON decisions FOR EACH ROW EXECUTE FUNCTION audit_decisions()",
    "CREATE OR REPLACE FUNCTION audit_clinic_settings() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'INSERT' THEN IF current_setting('aml.import', true) = 'on' THEN RETURN NULL; END IF; INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'insert', 'clinic_settings', NEW.id::text, NULL, NULL, jsonb_strip_nulls(jsonb_build_object('clinic_name', NEW.clinic_name, 'fit_age_below', NEW.fit_age_below, 'unfit_age_from', NEW.unfit_age_from, 'unfit_ecog_from', NEW.unfit_ecog_from, 'cytoreduction_wbc', aml_real(NEW.cytoreduction_wbc), 'cd33_positive_percent', aml_real(NEW.cd33_positive_percent), 'paper_size', NEW.paper_size, 'units', NEW.units, 'backup_folder', NEW.backup_folder, 'backup_keep', NEW.backup_keep, 'backup_interval_hours', NEW.backup_interval_hours, 'last_backup_at', NEW.last_backup_at, 'backup_warn_days', NEW.backup_warn_days, 'date_order', NEW.date_order, 'fhir_identifier_system', NEW.fhir_identifier_system, 'idle_lock_minutes', NEW.idle_lock_minutes, 'cycle_settings', NEW.cycle_settings, 'language', NEW.language))::text); ELSIF TG_OP = 'UPDATE' THEN INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'update', 'clinic_settings', NEW.id::text, NULL, jsonb_strip_nulls(jsonb_build_object('clinic_name', OLD.clinic_name, 'fit_age_below', OLD.fit_age_below, 'unfit_age_from', OLD.unfit_age_from, 'unfit_ecog_from', OLD.unfit_ecog_from, 'cytoreduction_wbc', aml_real(OLD.cytoreduction_wbc), 'cd33_positive_percent', aml_real(OLD.cd33_positive_percent), 'paper_size', OLD.paper_size, 'units', OLD.units, 'backup_folder', OLD.backup_folder, 'backup_keep', OLD.backup_keep, 'backup_interval_hours', OLD.backup_interval_hours, 'last_backup_at', OLD.last_backup_at, 'backup_warn_days', OLD.backup_warn_days, 'date_order', OLD.date_order, 'fhir_identifier_system', OLD.fhir_identifier_system, 'idle_lock_minutes', OLD.idle_lock_minutes, 'cycle_settings', OLD.cycle_settings, 'language', OLD.language))::text, jsonb_strip_nulls(jsonb_build_object('clinic_name', NEW.clinic_name, 'fit_age_below', NEW.fit_age_below, 'unfit_age_from', NEW.unfit_age_from, 'unfit_ecog_from', NEW.unfit_ecog_from, 'cytoreduction_wbc', aml_real(NEW.cytoreduction_wbc), 'cd33_positive_percent', aml_real(NEW.cd33_positive_percent), 'paper_size', NEW.paper_size, 'units', NEW.units, 'backup_folder', NEW.backup_folder, 'backup_keep', NEW.backup_keep, 'backup_interval_hours', NEW.backup_interval_hours, 'last_backup_at', NEW.last_backup_at, 'backup_warn_days', NEW.backup_warn_days, 'date_order', NEW.date_order, 'fhir_identifier_system', NEW.fhir_identifier_system, 'idle_lock_minutes', NEW.idle_lock_minutes, 'cycle_settings', NEW.cycle_settings, 'language', NEW.language))::text); ELSE INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'delete', 'clinic_settings', OLD.id::text, NULL, jsonb_strip_nulls(jsonb_build_object('clinic_name', OLD.clinic_name, 'fit_age_below', OLD.fit_age_below, 'unfit_age_from', OLD.unfit_age_from, 'unfit_ecog_from', OLD.unfit_ecog_from, 'cytoreduction_wbc', aml_real(OLD.cytoreduction_wbc), 'cd33_positive_percent', aml_real(OLD.cd33_positive_percent), 'paper_size', OLD.paper_size, 'units', OLD.units, 'backup_folder', OLD.backup_folder, 'backup_keep', OLD.backup_keep, 'backup_interval_hours', OLD.backup_interval_hours, 'last_backup_at', OLD.last_backup_at, 'backup_warn_days', OLD.backup_warn_days, 'date_order', OLD.date_order, 'fhir_identifier_system', OLD.fhir_identifier_system, 'idle_lock_minutes', OLD.idle_lock_minutes, 'cycle_settings', OLD.cycle_settings, 'language', OLD.language))::text, NULL); END IF; RETURN NULL; END $$",
    "DROP TRIGGER IF EXISTS audit_clinic_settings_insert ON clinic_settings",
    "DROP TRIGGER IF EXISTS audit_clinic_settings_update ON clinic_settings",
    "DROP TRIGGER IF EXISTS audit_clinic_settings_delete ON clinic_settings",
    "CREATE TRIGGER audit_clinic_settings_insert AFTER INSERT ON clinic_settings FOR EACH ROW EXECUTE FUNCTION audit_clinic_settings()",
    "CREATE TRIGGER audit_clinic_settings_update AFTER UPDATE ON clinic_settings FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id OR OLD.clinic_name IS DISTINCT FROM NEW.clinic_name OR OLD.fit_age_below IS DISTINCT FROM NEW.fit_age_below OR OLD.unfit_age_from IS DISTINCT FROM NEW.unfit_age_from OR OLD.unfit_ecog_from IS DISTINCT FROM NEW.unfit_ecog_from OR OLD.cytoreduction_wbc IS DISTINCT FROM NEW.cytoreduction_wbc OR OLD.cd33_positive_percent IS DISTINCT FROM NEW.cd33_positive_percent OR OLD.paper_size IS DISTINCT FROM NEW.paper_size OR OLD.units IS DISTINCT FROM NEW.units OR OLD.backup_folder IS DISTINCT FROM NEW.backup_folder OR OLD.backup_keep IS DISTINCT FROM NEW.backup_keep OR OLD.backup_interval_hours IS DISTINCT FROM NEW.backup_interval_hours OR OLD.last_backup_at IS DISTINCT FROM NEW.last_backup_at OR OLD.backup_warn_days IS DISTINCT FROM NEW.backup_warn_days OR OLD.date_order IS DISTINCT FROM NEW.date_order OR OLD.fhir_identifier_system IS DISTINCT FROM NEW.fhir_identifier_system OR OLD.idle_lock_minutes IS DISTINCT FROM NEW.idle_lock_minutes OR OLD.cycle_settings IS DISTINCT FROM NEW.cycle_settings OR OLD.language IS DISTINCT FROM NEW.language) EXECUTE FUNCTION audit_clinic_settings()",
    "CREATE TRIGGER audit_clinic_settings_delete AFTER DELETE ON clinic_settings FOR EACH ROW EXECUTE FUNCTION audit_clinic_settings()",
    "CREATE OR REPLACE FUNCTION audit_formulary() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'INSERT' THEN IF current_setting('aml.import', true) = 'on' THEN RETURN NULL; END IF; INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'insert', 'formulary', NEW.key::text, NULL, NULL, jsonb_strip_nulls(jsonb_build_object('stocked', NEW.stocked, 'out_of_stock_since', NEW.out_of_stock_since))::text); ELSIF TG_OP = 'UPDATE' THEN INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'update', 'formulary', NEW.key::text, NULL, jsonb_strip_nulls(jsonb_build_object('stocked', OLD.stocked, 'out_of_stock_since', OLD.out_of_stock_since))::text, jsonb_strip_nulls(jsonb_build_object('stocked', NEW.stocked, 'out_of_stock_since', NEW.out_of_stock_since))::text); ELSE INSERT INTO audit_log (at, \"user\", operation, table_name, row_id, patient_id, values_before, values_after) VALUES (aml_now(), aml_user(), 'delete', 'formulary', OLD.key::text, NULL, jsonb_strip_nulls(jsonb_build_object('stocked', OLD.stocked, 'out_of_stock_since', OLD.out_of_stock_since))::text, NULL); END IF; RETURN NULL; END $$",
    "DROP TRIGGER IF EXISTS audit_formulary_insert ON formulary",
    "DROP TRIGGER IF EXISTS audit_formulary_update ON formulary",
    "DROP TRIGGER IF EXISTS audit_formulary_delete ON formulary",
    "CREATE TRIGGER audit_formulary_insert AFTER INSERT ON formulary FOR EACH ROW EXECUTE FUNCTION audit_formulary()",
    "CREATE TRIGGER audit_formulary_update AFTER UPDATE ON formulary FOR EACH ROW WHEN (OLD.key IS DISTINCT FROM NEW.key OR OLD.stocked IS DISTINCT FROM NEW.stocked OR OLD.out_of_stock_since IS DISTINCT FROM NEW.out_of_stock_since) EXECUTE FUNCTION audit_formulary()",
    "CREATE TRIGGER audit_formulary_delete AFTER DELETE ON formulary FOR EACH ROW EXECUTE FUNCTION audit_formulary()",
)


def upgrade() -> None:
    for extension in EXTENSIONS:
        op.execute(f"CREATE EXTENSION IF NOT EXISTS {extension}")
    op.create_table(
        "aml_desktop_meta",
        sa.Column("application_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("application_id"),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("at", sa.Text(), nullable=False),
        sa.Column("user", sa.Text(), nullable=False),
        sa.Column("operation", sa.Text(), nullable=False),
        sa.Column("table_name", sa.Text(), nullable=False),
        sa.Column("row_id", sa.Text(), nullable=False),
        sa.Column("patient_id", sa.Text(), nullable=True),
        sa.Column("values_before", sa.Text(), nullable=True),
        sa.Column("values_after", sa.Text(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("state_hash", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.Text(), nullable=True),
        sa.Column("entry_hash", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "operation IN ('insert', 'update', 'delete', 'import', 'view', 'export', 'print', 'summary', 'backup', 'restore', 'login', 'login_failed', 'logout', 'lock', 'unlock', 'account_add', 'account_change', 'password_reset', 'chain_start', 'encrypt')"
        ),
        sa.CheckConstraint("detail IS NULL OR detail::json IS NOT NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("audit_log_patient", "audit_log", ["patient_id", "id"], unique=False)
    op.create_index("audit_log_user", "audit_log", ["user", "id"], unique=False)
    op.create_table(
        "clinic_settings",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("clinic_name", sa.Text(), nullable=False),
        sa.Column("fit_age_below", sa.Integer(), nullable=False),
        sa.Column("unfit_age_from", sa.Integer(), nullable=False),
        sa.Column("unfit_ecog_from", sa.Integer(), nullable=False),
        sa.Column("cytoreduction_wbc", sa.Double(), nullable=False),
        sa.Column("cd33_positive_percent", sa.Double(), nullable=False),
        sa.Column("paper_size", sa.Text(), nullable=False),
        sa.Column("units", sa.Text(), nullable=False),
        sa.Column("backup_folder", sa.Text(), nullable=True),
        sa.Column("backup_keep", sa.Integer(), nullable=False),
        sa.Column("backup_interval_hours", sa.Integer(), nullable=False),
        sa.Column("last_backup_at", sa.Text(), nullable=True),
        sa.Column("backup_warn_days", sa.Integer(), server_default=sa.text("2"), nullable=False),
        sa.Column("date_order", sa.Text(), server_default=sa.text("'iso'"), nullable=False),
        sa.Column("fhir_identifier_system", sa.Text(), nullable=True),
        sa.Column("idle_lock_minutes", sa.Integer(), server_default=sa.text("10"), nullable=False),
        sa.Column("cycle_settings", sa.Text(), nullable=True),
        sa.Column("language", sa.Text(), nullable=True),
        sa.CheckConstraint("cycle_settings IS NULL OR json_typeof(cycle_settings::json) = 'object'"),
        sa.CheckConstraint("date_order IN ('iso', 'day_first')"),
        sa.CheckConstraint("paper_size IN ('A4', 'letter')"),
        sa.CheckConstraint("backup_interval_hours >= 1"),
        sa.CheckConstraint("backup_keep >= 1"),
        sa.CheckConstraint("backup_warn_days >= 1"),
        sa.CheckConstraint("cd33_positive_percent BETWEEN 0 AND 100"),
        sa.CheckConstraint("cytoreduction_wbc > 0"),
        sa.CheckConstraint("fit_age_below > 0"),
        sa.CheckConstraint("id = 1"),
        sa.CheckConstraint("idle_lock_minutes BETWEEN 1 AND 240"),
        sa.CheckConstraint("unfit_age_from >= fit_age_below"),
        sa.CheckConstraint("unfit_ecog_from BETWEEN 0 AND 5"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "formulary",
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("stocked", sa.Integer(), nullable=False),
        sa.Column("out_of_stock_since", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "out_of_stock_since IS NULL OR (out_of_stock_since ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' AND to_char(to_date(out_of_stock_since, 'YYYY-MM-DD'), 'YYYY-MM-DD') = out_of_stock_since)"
        ),
        sa.CheckConstraint("stocked IS NULL OR stocked IN (0, 1)"),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "patient_trigram",
        sa.Column("rowid", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("rowid"),
    )
    op.create_index(
        "patient_trigram_text",
        "patient_trigram",
        ["text"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"text": "gin_trgm_ops"},
    )
    op.create_table(
        "patient_words",
        sa.Column("rowid", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "words",
            postgresql.TSVECTOR(),
            sa.Computed(
                "to_tsvector('simple'::regconfig, regexp_replace(text, '[^[:alnum:]]+', ' ', 'g'))", persisted=True
            ),
            nullable=True,
        ),
        sa.PrimaryKeyConstraint("rowid"),
    )
    op.create_index("patient_words_words", "patient_words", ["words"], unique=False, postgresql_using="gin")
    op.create_table(
        "patients",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("hospital_number", sa.Text(), nullable=True),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("sex", sa.Text(), nullable=True),
        sa.Column("birth_date", sa.Text(), nullable=False),
        sa.Column("extensions", sa.Text(), nullable=True),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("hospital_number_key", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint(
            "birth_date IS NULL OR (birth_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' AND to_char(to_date(birth_date, 'YYYY-MM-DD'), 'YYYY-MM-DD') = birth_date)"
        ),
        sa.CheckConstraint("extensions IS NULL OR json_typeof(extensions::json) = 'object'"),
        sa.CheckConstraint("sex IS NULL OR sex IN ('female', 'male', 'other', 'unknown')"),
        sa.CheckConstraint("length(id) > 0"),
        sa.CheckConstraint("version >= 1"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "patients_hospital_number",
        "patients",
        ["hospital_number"],
        unique=True,
        postgresql_where=sa.text("hospital_number IS NOT NULL"),
    )
    op.create_index(
        "patients_hospital_number_key",
        "patients",
        ["hospital_number_key"],
        unique=True,
        postgresql_where=sa.text("hospital_number_key IS NOT NULL"),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", postgresql.CITEXT(), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("active", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("last_failed_at", sa.Text(), nullable=True),
        sa.CheckConstraint("role IN ('administrator', 'clinician', 'nurse', 'viewer')"),
        sa.CheckConstraint("active IN (0, 1)"),
        sa.CheckConstraint("failed_logins >= 0"),
        sa.CheckConstraint("length(full_name) > 0"),
        sa.CheckConstraint("length(name) BETWEEN 1 AND 64"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "assessments",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("patient_id", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("date", sa.Text(), nullable=False),
        sa.Column("marrow_blasts_percent", sa.Double(), nullable=True),
        sa.Column("circulating_blasts", sa.Integer(), nullable=True),
        sa.Column("extramedullary", sa.Integer(), nullable=True),
        sa.Column("anc", sa.Double(), nullable=True),
        sa.Column("platelets", sa.Double(), nullable=True),
        sa.Column("hemoglobin", sa.Double(), nullable=True),
        sa.Column("wbc", sa.Double(), nullable=True),
        sa.Column("mrd_status", sa.Text(), nullable=True),
        sa.Column("mrd_method", sa.Text(), nullable=True),
        sa.Column("mrd_value", sa.Double(), nullable=True),
        sa.Column("has_mutations", sa.Integer(), nullable=False),
        sa.Column("tested_genes", sa.Text(), nullable=True),
        sa.Column("karyotype", sa.Text(), nullable=True),
        sa.Column("cytogenetic_findings", sa.Text(), nullable=True),
        sa.CheckConstraint("cytogenetic_findings IS NULL OR json_typeof(cytogenetic_findings::json) = 'array'"),
        sa.CheckConstraint(
            "date IS NULL OR (date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' AND to_char(to_date(date, 'YYYY-MM-DD'), 'YYYY-MM-DD') = date)"
        ),
        sa.CheckConstraint("mrd_method IS NULL OR mrd_method IN ('flow', 'qpcr', 'ngs')"),
        sa.CheckConstraint("mrd_status IS NULL OR mrd_status IN ('negative', 'positive')"),
        sa.CheckConstraint("tested_genes IS NULL OR json_typeof(tested_genes::json) = 'array'"),
        sa.CheckConstraint("anc IS NULL OR anc >= 0"),
        sa.CheckConstraint("circulating_blasts IS NULL OR circulating_blasts IN (0, 1)"),
        sa.CheckConstraint("extramedullary IS NULL OR extramedullary IN (0, 1)"),
        sa.CheckConstraint("has_mutations IS NULL OR has_mutations IN (0, 1)"),
        sa.CheckConstraint("hemoglobin IS NULL OR hemoglobin >= 0"),
        sa.CheckConstraint("marrow_blasts_percent IS NULL OR marrow_blasts_percent BETWEEN 0 AND 100"),
        sa.CheckConstraint("mrd_value IS NULL OR mrd_value BETWEEN 0 AND 100"),
        sa.CheckConstraint("platelets IS NULL OR platelets >= 0"),
        sa.CheckConstraint("position >= 0"),
        sa.CheckConstraint("wbc IS NULL OR wbc >= 0"),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patients.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("assessments_patient", "assessments", ["patient_id", "position"], unique=False)
    op.create_table(
        "courses",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("patient_id", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("phase", sa.Text(), nullable=False),
        sa.Column("regimen", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Text(), nullable=False),
        sa.Column("end_date", sa.Text(), nullable=True),
        sa.Column("cycle", sa.Integer(), nullable=True),
        sa.Column("intensity", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "end_date IS NULL OR (end_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' AND to_char(to_date(end_date, 'YYYY-MM-DD'), 'YYYY-MM-DD') = end_date)"
        ),
        sa.CheckConstraint(
            "start_date IS NULL OR (start_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' AND to_char(to_date(start_date, 'YYYY-MM-DD'), 'YYYY-MM-DD') = start_date)"
        ),
        sa.CheckConstraint("cycle IS NULL OR cycle >= 1"),
        sa.CheckConstraint("end_date IS NULL OR end_date >= start_date"),
        sa.CheckConstraint("position >= 0"),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patients.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("courses_patient", "courses", ["patient_id", "position"], unique=False)
    op.create_table(
        "decisions",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("patient_id", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("date", sa.Text(), nullable=False),
        sa.Column("recommended", sa.Text(), nullable=False),
        sa.Column("chosen", sa.Text(), nullable=False),
        sa.Column("regimen", sa.Text(), nullable=True),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.Column("clinician", sa.Text(), nullable=True),
        sa.Column("reason_code", sa.Text(), nullable=True),
        sa.Column("ruleset_version", sa.Text(), nullable=True),
        sa.Column("recorded_at", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.Text(), nullable=True),
        sa.Column("snapshot", sa.Text(), nullable=True),
        sa.Column("details", sa.Text(), nullable=True),
        sa.Column("status", sa.Text(), nullable=True),
        sa.Column("status_reason", sa.Text(), nullable=True),
        sa.Column("status_at", sa.Text(), nullable=True),
        sa.Column("status_by", sa.Text(), nullable=True),
        sa.Column("superseded_by", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "date IS NULL OR (date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' AND to_char(to_date(date, 'YYYY-MM-DD'), 'YYYY-MM-DD') = date)"
        ),
        sa.CheckConstraint("details IS NULL OR json_typeof(details::json) = 'array'"),
        sa.CheckConstraint("status IS NULL OR status IN ('voided', 'superseded')"),
        sa.CheckConstraint("position >= 0"),
        sa.CheckConstraint("snapshot IS NULL OR snapshot::json IS NOT NULL"),
        sa.CheckConstraint("superseded_by IS NULL OR superseded_by >= 0"),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patients.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("decisions_patient", "decisions", ["patient_id", "position"], unique=False)
    op.create_table(
        "diagnoses",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("patient_id", sa.Text(), nullable=False),
        sa.Column("date", sa.Text(), nullable=False),
        sa.Column("karyotype", sa.Text(), nullable=True),
        sa.Column("cytogenetic_findings", sa.Text(), nullable=False),
        sa.Column("tested_genes", sa.Text(), nullable=False),
        sa.Column("cd33_percent", sa.Double(), nullable=True),
        sa.Column("extramedullary", sa.Integer(), nullable=True),
        sa.Column("wbc", sa.Double(), nullable=True),
        sa.CheckConstraint("cytogenetic_findings IS NULL OR json_typeof(cytogenetic_findings::json) = 'array'"),
        sa.CheckConstraint(
            "date IS NULL OR (date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' AND to_char(to_date(date, 'YYYY-MM-DD'), 'YYYY-MM-DD') = date)"
        ),
        sa.CheckConstraint("tested_genes IS NULL OR json_typeof(tested_genes::json) = 'array'"),
        sa.CheckConstraint("cd33_percent IS NULL OR cd33_percent BETWEEN 0 AND 100"),
        sa.CheckConstraint("extramedullary IS NULL OR extramedullary IN (0, 1)"),
        sa.CheckConstraint("wbc IS NULL OR wbc >= 0"),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patients.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("patient_id"),
    )
    op.create_table(
        "fitness",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("patient_id", sa.Text(), nullable=False),
        sa.Column("date", sa.Text(), nullable=True),
        sa.Column("ecog", sa.Integer(), nullable=True),
        sa.Column("fit_for_intensive", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "date IS NULL OR (date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' AND to_char(to_date(date, 'YYYY-MM-DD'), 'YYYY-MM-DD') = date)"
        ),
        sa.CheckConstraint("ecog IS NULL OR ecog BETWEEN 0 AND 5"),
        sa.CheckConstraint("fit_for_intensive IS NULL OR fit_for_intensive IN (0, 1)"),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patients.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("patient_id"),
    )
    op.create_table(
        "patient_list",
        sa.Column("list_key", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("patient_id", sa.Text(), nullable=False),
        sa.Column("hospital_number", sa.Text(), nullable=True),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("birth_date", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("eln2017_risk", sa.Text(), nullable=False),
        sa.Column("current_phase", sa.Text(), nullable=True),
        sa.Column("last_assessment_date", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("computed_on", sa.Text(), nullable=True),
        sa.Column("ruleset_version", sa.Text(), nullable=True),
        sa.Column("next_event_date", sa.Text(), nullable=True),
        sa.Column("cycle_status", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patients.id"],
        ),
        sa.PrimaryKeyConstraint("list_key"),
        sa.UniqueConstraint("patient_id"),
    )
    op.create_index(
        "patient_list_next_event",
        "patient_list",
        ["next_event_date"],
        unique=False,
        postgresql_where=sa.text("next_event_date IS NOT NULL"),
    )
    op.create_index("patient_list_ruleset", "patient_list", ["ruleset_version"], unique=False)
    op.create_index("patient_list_stale", "patient_list", ["computed_on"], unique=False)
    op.create_index("patient_list_status", "patient_list", ["status"], unique=False)
    op.create_table(
        "mutations",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("patient_id", sa.Text(), nullable=False),
        sa.Column("assessment_id", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("gene", sa.Text(), nullable=False),
        sa.Column("variant", sa.Text(), nullable=True),
        sa.Column("allelic_ratio", sa.Double(), nullable=True),
        sa.Column("vaf", sa.Double(), nullable=True),
        sa.CheckConstraint("allelic_ratio IS NULL OR allelic_ratio >= 0"),
        sa.CheckConstraint("position >= 0"),
        sa.CheckConstraint("vaf IS NULL OR vaf BETWEEN 0 AND 100"),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patients.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("mutations_assessment", "mutations", ["assessment_id"], unique=False)
    op.create_index("mutations_patient", "mutations", ["patient_id", "assessment_id", "position"], unique=False)
    for statement in TRAIL:
        op.execute(statement)
    op.execute(
        "INSERT INTO clinic_settings (id, clinic_name, fit_age_below, unfit_age_from, unfit_ecog_from, "
        "cytoreduction_wbc, cd33_positive_percent, paper_size, units, backup_keep, backup_interval_hours) "
        "VALUES (1, 'My clinic', 60, 75, 3, 50.0, 20.0, 'A4', 'SI', 7, 24)"
    )
    op.execute(f"INSERT INTO aml_desktop_meta (application_id, created_at) VALUES ({APPLICATION_ID}, aml_now())")
