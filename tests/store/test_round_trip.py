"""Import then read back gives the same patient, field for field (case-format.md)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from aml_desktop.engine.case import Decision, Mutation
from aml_desktop.engine.case_io import load_case
from aml_desktop.services.demo import demo_cases
from aml_desktop.store import Store

from .conftest import TODAY, USER, all_fixture_cases, comparable, fixture_case


def test_fixture_cases_survive_import_and_reopen(db_path: Path) -> None:
    cases = all_fixture_cases()
    with Store.open(db_path, today=lambda: TODAY) as store:
        ids = store.import_cases(cases, user=USER)
    with Store.open(db_path, today=lambda: TODAY) as store:
        for case, patient_id in zip(cases, ids, strict=True):
            stored = store.get_case(patient_id)
            assert stored.patient.id == patient_id
            assert comparable(stored, drop_id=True) == comparable(case, drop_id=True)
            assert stored.formulary == ()


def test_every_demo_case_survives_a_round_trip(store: Store) -> None:
    cases = demo_cases(TODAY)
    ids = store.import_cases(cases, user=USER)
    for case, patient_id in zip(cases, ids, strict=True):
        assert comparable(store.get_case(patient_id), drop_id=True) == comparable(case, drop_id=True)


def test_unicode_names_and_odd_values_are_untouched(store: Store) -> None:
    case = fixture_case("patient1-early-relapse")
    odd = dataclasses.replace(
        case,
        patient=dataclasses.replace(case.patient, id="my-own-id", name="Nguyễn Thị Hương 🩸", hospital_number="Ø-١٢٣"),
        diagnosis=dataclasses.replace(
            case.diagnosis,
            mutations=(Mutation("FLT3", "ITD", 0.123456789, 12.5), Mutation("NPM1")),
            cd33_percent=0.0,
            extramedullary=False,
        ),
        decisions=(Decision(TODAY, "intensive_chemotherapy", "clinical_trial", "MEC", "trial open", "Dr. Ødegård"),),
        extensions={"other_app": {"nested": [1, 2.5, None, "ü"]}, "aml_desktop": {"measurements": []}},
    )
    patient_id = store.save_case(odd, user=USER)
    assert patient_id == "my-own-id"
    stored = store.get_case(patient_id)
    assert comparable(stored) == comparable(odd)
    assert stored.patient.name == "Nguyễn Thị Hương 🩸"


def test_absent_and_empty_molecular_results_stay_distinct(store: Store) -> None:
    case = load_case(
        '{"format": "aml-case/1", "patient": {"birth_date": "1970-01-01"}, "diagnosis": {"date": "2020-01-01"},'
        '"assessments": [{"date": "2020-02-01", "mutations": [], "tested_genes": ["FLT3"]},'
        '{"date": "2020-03-01", "marrow_blasts_percent": 3}, {"date": "2020-04-01", "cytogenetic_findings": []}]}'
    )
    stored = store.get_case(store.save_case(case, user=USER))
    assert [a.mutations for a in stored.assessments] == [(), None, None]
    assert [a.tested_genes for a in stored.assessments] == [("FLT3",), None, None]
    assert [a.cytogenetic_findings for a in stored.assessments] == [None, None, ()]


def test_decision_details_in_extensions_round_trip_through_columns(store: Store) -> None:
    case = fixture_case("patient2-primary-refractory")
    details = [
        {"reason_code": "patient_preference", "ruleset_version": "2020.1-dt", "recorded_at": "2026-01-01T10:00:00Z"},
        None,
    ]
    with_decisions = dataclasses.replace(
        case,
        decisions=(
            Decision(TODAY, "intensive_chemotherapy", "venetoclax_combination", "AZA-VEN", "preference", "Dr. A"),
            Decision(TODAY, "intensive_chemotherapy", "intensive_chemotherapy", "MEC", None, "Dr. B"),
        ),
        extensions={"aml_desktop": {"decision_details": details, "measurements": [{"date": "2019-09-01"}]}},
    )
    patient_id = store.save_case(with_decisions, user=USER)
    stored = store.get_case(patient_id)
    assert comparable(stored, drop_id=True) == comparable(with_decisions, drop_id=True)
    records = store.decision_records(patient_id)
    assert records[0].reason_code == "patient_preference"
    assert records[1].reason_code is None


def test_unrecognised_decision_details_are_kept_verbatim(store: Store) -> None:
    case = dataclasses.replace(
        fixture_case("patient3-older-idh1"),
        decisions=(Decision(TODAY, "idh1_inhibitor", "idh1_inhibitor"),),
        extensions={"aml_desktop": {"decision_details": {"0": {"reason_code": 5}}}},
    )
    stored = store.get_case(store.save_case(case, user=USER))
    assert stored.extensions == case.extensions
