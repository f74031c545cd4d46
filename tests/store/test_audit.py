"""The audit trail: every change to clinical data, who, when, before and after; append-only."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from aml_desktop.engine.case import Assessment
from aml_desktop.store import Store, StoreError

from .conftest import TODAY, USER, fixture_case
from .engines import raw_connect, raw_errors


def test_insert_update_delete_are_recorded_with_user_and_values(store: Store) -> None:
    case = fixture_case("patient1-early-relapse")
    patient_id = store.save_case(case, user="dr.amina")
    inserted = store.audit_entries(patient_id, limit=1000)
    tables = {e.table for e in inserted}
    assert {"patients", "diagnoses", "courses", "assessments", "mutations", "fitness"} <= tables
    assert {e.user for e in inserted} == {"dr.amina"}
    assert all(e.action == "insert" and e.before is None and e.after for e in inserted)

    stored = store.get_case(patient_id)
    changed = list(stored.assessments)
    changed[1] = dataclasses.replace(changed[1], marrow_blasts_percent=4.0)
    store.save_case(dataclasses.replace(stored, assessments=tuple(changed)), user="dr.kofi")
    updates = [e for e in store.audit_entries(patient_id) if e.user == "dr.kofi" and e.table == "assessments"]
    assert len(updates) == 1
    assert updates[0].action == "update"
    assert updates[0].before is not None and updates[0].after is not None
    assert updates[0].before["marrow_blasts_percent"] == 2
    assert updates[0].after["marrow_blasts_percent"] == 4
    assert updates[0].row_id == store._rows("SELECT id FROM assessments WHERE position = 1")[0]["id"]
    assert "id" not in updates[0].after and "patient_id" not in updates[0].after  # their own columns

    store.delete_patient(patient_id, user="dr.zoe")
    deleted = [e for e in store.audit_entries(patient_id, limit=1000) if e.user == "dr.zoe"]
    assert {e.action for e in deleted} == {"delete"}
    assert any(e.table == "patients" and e.before and e.before["name"] == "Patient One" for e in deleted)


def test_saving_an_unchanged_case_changes_no_clinical_row(store: Store) -> None:
    patient_id = store.save_case(fixture_case("patient2-primary-refractory"), user=USER)
    store.save_case(store.get_case(patient_id), user="second")
    second = [e for e in store.audit_entries(patient_id) if e.user == "second"]
    assert [
        (e.table, sorted(k for k in e.after or {} if (e.before or {}).get(k) != (e.after or {}).get(k))) for e in second
    ] == [("patients", ["updated_at"])]


def test_record_ids_stay_stable_when_an_assessment_is_added(store: Store) -> None:
    patient_id = store.save_case(fixture_case("patient3-older-idh1"), user=USER)
    ids_before = [r["id"] for r in store._rows("SELECT id FROM assessments ORDER BY position")]
    case = store.get_case(patient_id)
    grown = dataclasses.replace(case, assessments=(*case.assessments, Assessment(TODAY, marrow_blasts_percent=40)))
    store.save_case(grown, user=USER)
    ids_after = [r["id"] for r in store._rows("SELECT id FROM assessments ORDER BY position")]
    assert ids_after[:3] == ids_before and len(ids_after) == 4
    shrunk = dataclasses.replace(case, assessments=case.assessments[:1])
    store.save_case(shrunk, user=USER)
    assert store.get_case(patient_id).assessments == case.assessments[:1]
    assert store._rows("SELECT count(*) AS n FROM mutations")[0]["n"] == 0


def test_the_audit_trail_cannot_be_edited_or_deleted(store: Store) -> None:
    store.save_case(fixture_case("patient1-early-relapse"), user=USER)
    store._slot.user = "intruder"
    with pytest.raises(sqlite3.IntegrityError, match="audit trail cannot be changed"):
        store._conn.execute("UPDATE audit_log SET user = 'nobody'")
    with pytest.raises(sqlite3.IntegrityError, match="audit trail cannot be changed"):
        store._conn.execute("DELETE FROM audit_log")


def test_a_write_without_the_application_cannot_bypass_the_audit(store: Store, db_path: Path) -> None:
    store.save_case(fixture_case("patient1-early-relapse"), user=USER)
    # SQLite: the trigger's aml_user() exists only in the application; PostgreSQL: no aml.user set, so the
    # entry's user is NULL and the trail refuses it. Either way the change is refused.
    outside = raw_connect(db_path)
    try:
        with pytest.raises(raw_errors(), match="user"):
            outside.execute("UPDATE assessments SET marrow_blasts_percent = 99")
    finally:
        outside.close()
    assert {a.marrow_blasts_percent for a in store.get_case(store.find_patient_id("DT-1") or "").assessments} != {99}


def test_a_failed_transaction_leaves_no_audit_entry_and_no_change(store: Store) -> None:
    patient_id = store.save_case(fixture_case("patient1-early-relapse"), user=USER)
    count = len(store.audit_entries(limit=10_000))
    with pytest.raises(RuntimeError), store._write("crasher"):
        store._conn.execute("DELETE FROM mutations WHERE patient_id = ?", [patient_id])
        raise RuntimeError("power cut")
    assert len(store.audit_entries(limit=10_000)) == count
    assert store.get_case(patient_id).diagnosis.mutations


def test_every_change_needs_a_user(store: Store) -> None:
    with pytest.raises(StoreError, match="user"):
        store.save_case(fixture_case("patient1-early-relapse"), user=" ")
    assert store.count_patients() == 0


def test_an_import_writes_one_entry_per_patient_on_both_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from aml_desktop.services.demo import demo_cases
    from aml_desktop.store import repository

    cases = demo_cases(TODAY)[:6]
    # Ids from other clinics' files are not time-ordered: the bulk path must audit them too.
    for i, given in ((1, "00000000-aaaa-4000-8000-000000000000"), (4, "ffffffff-ffff-4fff-bfff-ffffffffffff")):
        cases[i] = dataclasses.replace(cases[i], patient=dataclasses.replace(cases[i].patient, id=given))
    sources = [{"file": f"case{i}.json", "sha256": f"{i:064x}"} for i in range(len(cases))]

    def trail(bulk_from: int, name: str) -> list[tuple[str, str, str, object]]:
        monkeypatch.setattr(repository, "BULK_REINDEX_FROM", bulk_from)
        with Store.open(tmp_path / name, today=lambda: TODAY) as store:
            # One patient first, then the rest: the bulk path must then tell new rows from old ones.
            store.import_cases(cases[:1], user="importer", derive=False, sources=sources[:1])
            store.import_cases(cases[1:], user="importer", derive=False, sources=sources[1:])
            numbers = {p.id: p.hospital_number for p in store.list_patients()}
            entries = []
            for e in store.audit_entries(limit=10_000):
                if e.user == "system:migration":
                    continue
                # No JSON copy of the rows: what came in, from where, by whom.
                assert e.action == "import" and e.user == "importer" and e.after is None
                entries.append((e.table, numbers[e.patient_id] or "", e.row_id == e.patient_id, e.detail))
            assert len(entries) == len(cases)
            assert store.verify_audit().whole
            # Later writes are still audited row by row (the triggers were restored).
            case = store.get_case(store.list_patients()[0].id)
            store.save_case(dataclasses.replace(case, fitness=None), user="editor")
            assert [(e.table, e.action) for e in store.audit_entries(limit=1)] == [("fitness", "delete")]
            assert store.verify_audit().whole
        return sorted(entries, key=repr)

    assert trail(1000, "rows.sqlite3") == trail(2, "bulk.sqlite3")


def test_a_database_error_inside_a_change_becomes_a_store_error_and_rolls_back(store: Store) -> None:
    patient_id = store.save_case(fixture_case("patient2-primary-refractory"), user=USER)
    before = len(store.audit_entries(limit=10_000))
    with pytest.raises(StoreError, match="nothing was changed"), store._write("clumsy"):
        store._conn.execute("DELETE FROM courses WHERE patient_id = ?", [patient_id])
        store._conn.execute("UPDATE assessments SET marrow_blasts_percent = 101 WHERE patient_id = ?", [patient_id])
    assert len(store.get_case(patient_id).courses) == 3
    assert len(store.audit_entries(limit=10_000)) == before
