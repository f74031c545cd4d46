"""Edits never silently overwrite each other (issue 12, item 5): versions, stale saves, --replace."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from aml_desktop.cli.main import main
from aml_desktop.engine.case import Assessment, Decision, Fitness
from aml_desktop.engine.case_io import case_to_dict
from aml_desktop.store import ImportConflict, StaleRecord, Store

from .conftest import TODAY, USER, fixture_case


def _decide(store: Store, patient_id: str, user: str) -> None:
    decision = Decision(date(2019, 8, 2), "clinical_trial", "clinical_trial")
    store.record_decision(patient_id, decision, user=user, reason_code=None, ruleset_version="test", snapshot={})


def test_a_save_based_on_an_old_version_is_refused_with_who_and_when(db_path: Path) -> None:
    with Store.open(db_path, today=lambda: TODAY) as a, Store.open(db_path, today=lambda: TODAY) as b:
        patient_id = a.save_case(fixture_case("patient1-early-relapse"), user=USER)
        # Both users open the same patient.
        case_a, version_a = a.get_case(patient_id), a.record_version(patient_id).number
        case_b, version_b = b.get_case(patient_id), b.record_version(patient_id).number
        # A adds an assessment.
        added = Assessment(date=date(2019, 8, 1), marrow_blasts_percent=4.0)
        a.save_case(replace(case_a, assessments=(*case_a.assessments, added)), user="alice", expected_version=version_a)
        # B saves an ECOG change made on the record as it was: refused, naming A.
        with pytest.raises(StaleRecord) as refused:
            b.save_case(replace(case_b, fitness=Fitness(ecog=2)), user="bob", expected_version=version_b)
        assert "changed by alice at " in str(refused.value) and "since you opened it" in str(refused.value)
        # A's assessment is still there; after a reload B's change goes through.
        assert added in b.get_case(patient_id).assessments
        fresh = b.get_case(patient_id)
        b.save_case(
            replace(fresh, fitness=Fitness(ecog=2)), user="bob", expected_version=b.record_version(patient_id).number
        )
        final = a.get_case(patient_id)
        assert added in final.assessments and final.fitness == Fitness(ecog=2)


def test_every_change_raises_the_version(store: Store) -> None:
    patient_id = store.save_case(fixture_case("patient1-early-relapse"), user=USER)
    first = store.record_version(patient_id)
    assert first.number == 1 and first.changed_by == USER
    _decide(store, patient_id, "carol")
    second = store.record_version(patient_id)
    assert second.number == 2 and second.changed_by == "carol"


def _file(path: Path, case: object) -> str:
    path.write_text(json.dumps(case_to_dict(case), ensure_ascii=False), encoding="utf-8")  # type: ignore[arg-type]
    return str(path)


def test_replacing_with_an_older_file_never_deletes_recorded_decisions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.sqlite3"
    case = fixture_case("patient1-early-relapse")
    older = _file(tmp_path / "older.json", case)
    assert main(["--db", str(db), "import", older]) == 0
    with Store.open(db) as store:
        [patient_id] = list(store.patient_ids())
        _decide(store, patient_id, "carol")
    capsys.readouterr()
    assert main(["--db", str(db), "import", "--replace", older]) == 1
    err = capsys.readouterr().err
    assert "would delete recorded treatment decisions" in err and "1 decision (2019-08-02)" in err
    with Store.open(db) as store:
        assert len(store.get_case(patient_id).decisions) == 1
    # A file that holds the decision (a fresh export) replaces the record as before.
    fresh = tmp_path / "fresh.json"
    assert main(["--db", str(db), "export", patient_id, "-o", str(fresh)]) == 0
    assert main(["--db", str(db), "import", "--replace", str(fresh)]) == 0


def test_import_replace_keeps_decisions_the_file_also_holds(store: Store) -> None:
    case = fixture_case("patient1-early-relapse")
    decided = replace(case, decisions=(Decision(date(2019, 8, 2), "clinical_trial", "clinical_trial"),))
    [patient_id] = store.import_cases([decided], user=USER)
    with pytest.raises(ImportConflict):
        store.import_cases([case], replace=True, user=USER)
    store.import_cases([decided], replace=True, user=USER)
    assert len(store.get_case(patient_id).decisions) == 1


def test_a_save_of_a_record_deleted_since_it_was_opened_does_not_bring_it_back(db_path: Path) -> None:
    with Store.open(db_path, today=lambda: TODAY) as a, Store.open(db_path, today=lambda: TODAY) as b:
        patient_id = a.save_case(fixture_case("patient1-early-relapse"), user=USER)
        opened, version = b.get_case(patient_id), b.record_version(patient_id).number
        a.delete_patient(patient_id, user="alice")
        with pytest.raises(StaleRecord, match=r"deleted by alice at .* since you opened it"):
            b.save_case(replace(opened, fitness=Fitness(ecog=2)), user="bob", expected_version=version)
        assert not b.has_patient(patient_id)
