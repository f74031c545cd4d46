"""The FHIR R4 export: every bundle validates, the clinical values survive, ids are stable, bytes repeat.

Validation uses the R4B models of ``fhir.resources`` (R4B and R4 agree on Patient, Condition,
Observation, MedicationStatement, Procedure, CarePlan and Bundle). Those models check structure,
types and formats but not code bindings, so the required bindings are checked here against the
R4 value sets, and every reference must resolve inside the bundle.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle

from aml_desktop.engine.case import Assessment, Case, Decision
from aml_desktop.engine.case_io import load_case
from aml_desktop.exchange import fhir_codes as codes
from aml_desktop.exchange.fhir import FhirExportError, bundle_json, case_to_bundle, export_bytes
from aml_desktop.services.demo import make_demo_clinic
from aml_desktop.store import Store

CASES = Path(__file__).parent.parent / "fixtures" / "cases"
PAPER = ("patient1-early-relapse", "patient2-primary-refractory", "patient3-older-idh1")
TODAY = date(2026, 11, 30)

# Required bindings of R4 (hl7.org/fhir/R4, each element's value set).
REQUIRED_CODES = {
    ("Patient", "gender"): {"male", "female", "other", "unknown"},
    ("Observation", "status"): {"registered", "preliminary", "final", "amended", "corrected", "cancelled"},
    ("MedicationStatement", "status"): {
        "active",
        "completed",
        "entered-in-error",
        "intended",
        "stopped",
        "on-hold",
        "unknown",
        "not-taken",
    },
    ("Procedure", "status"): {
        "preparation",
        "in-progress",
        "not-done",
        "on-hold",
        "stopped",
        "completed",
        "entered-in-error",
        "unknown",
    },
    ("CarePlan", "status"): {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"},
    ("CarePlan", "intent"): {"proposal", "plan", "order", "option"},
}
CLINICAL_STATUS = {"active", "recurrence", "relapse", "inactive", "remission", "resolved"}
ACTIVITY_STATUS = {
    "not-started",
    "scheduled",
    "in-progress",
    "on-hold",
    "completed",
    "cancelled",
    "stopped",
    "unknown",
    "entered-in-error",
}


@pytest.fixture(scope="module")
def clinic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The demo clinic (35 patients, the paper's three among them), as the command line makes it."""
    store = Store.open(tmp_path_factory.mktemp("fhir") / "clinic.sqlite3", today=lambda: TODAY)
    make_demo_clinic(store, today=TODAY)
    yield store
    store.close()


def stored(store: Store, hospital_number: str) -> Case:
    found = store.find_patient_id(hospital_number)
    assert found is not None
    return store.get_case(found)


def resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def extension(resource: dict[str, Any], name: str) -> dict[str, Any]:
    [found] = [e for e in resource.get("extension", []) if e["url"] == codes.extension_url(name)]
    return found


def component(observation: dict[str, Any], code: str) -> dict[str, Any]:
    [found] = [c for c in observation["component"] if c["code"]["coding"][0]["code"] == code]
    return found


def gene(observation: dict[str, Any]) -> str:
    """The gene of a variant Observation (LOINC 48018-6 "Gene studied [ID]")."""
    return str(component(observation, "48018-6")["valueCodeableConcept"]["text"])


def observations(bundle: dict[str, Any], code: str, when: str | None = None) -> list[dict[str, Any]]:
    return [
        o
        for o in resources(bundle, "Observation")
        if o["code"]["coding"][0]["code"] == code and (when is None or o.get("effectiveDateTime") == when)
    ]


def check_bundle(bundle: dict[str, Any]) -> None:
    """R4B model validation, the R4 required code bindings, unique ids and resolvable references."""
    Bundle.model_validate(bundle)
    assert bundle["type"] == "collection"
    urls = [e["fullUrl"] for e in bundle["entry"]]
    assert len(urls) == len(set(urls))
    for entry in bundle["entry"]:
        resource = entry["resource"]
        assert entry["fullUrl"] == f"urn:uuid:{resource['id']}"
        kind = resource["resourceType"]
        for (bound_kind, field), allowed in REQUIRED_CODES.items():
            if bound_kind == kind and field in resource:
                assert resource[field] in allowed, (kind, field, resource[field])
        if kind == "Condition" and "clinicalStatus" in resource:
            assert resource["clinicalStatus"]["coding"][0]["code"] in CLINICAL_STATUS
        if kind == "CarePlan":
            assert all(a["detail"]["status"] in ACTIVITY_STATUS for a in resource["activity"])
    references = _references(bundle)
    assert references, "a bundle without references links nothing to the patient"
    assert references <= set(urls), references - set(urls)


def _references(value: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(value, dict):
        if isinstance(value.get("reference"), str):
            found.add(value["reference"])
        for item in value.values():
            found |= _references(item)
    elif isinstance(value, list):
        for item in value:
            found |= _references(item)
    return found


def test_every_demo_and_paper_bundle_validates_against_r4(clinic: Store) -> None:
    count = 0
    for patient_id in clinic.patient_ids():
        check_bundle(case_to_bundle(clinic.get_case(patient_id), as_of=TODAY))
        count += 1
    assert count == 35


@pytest.mark.parametrize("name", PAPER)
def test_the_paper_case_files_export_as_valid_bundles(name: str) -> None:
    case = load_case((CASES / f"{name}.json").read_bytes())
    case = replace(case, patient=replace(case.patient, id=f"fixture-{name}"))
    check_bundle(case_to_bundle(case, as_of=TODAY))


def test_patient_carries_name_sex_birth_date_and_the_hospital_number_under_the_clinic_system(clinic: Store) -> None:
    case = stored(clinic, "DT-1")
    [patient] = resources(case_to_bundle(case, as_of=TODAY, identifier_system="urn:oid:1.2.3.4"), "Patient")
    assert patient["name"] == [{"text": "Patient One"}]
    assert patient["gender"] == "female" and patient["birthDate"] == "1989-03-14"
    mrn, record = patient["identifier"]
    assert (mrn["system"], mrn["value"], mrn["type"]["coding"][0]["code"]) == ("urn:oid:1.2.3.4", "DT-1", "MR")
    assert (record["system"], record["value"]) == (codes.NS_RECORD, case.patient.id)
    assert "managingOrganization" not in patient
    [default] = resources(case_to_bundle(case, as_of=TODAY, clinic_name="Demo clinic"), "Patient")
    assert default["identifier"][0]["system"] == codes.DEFAULT_HOSPITAL_NUMBER_SYSTEM
    assert default["managingOrganization"] == {"display": "Demo clinic"}


def test_condition_is_aml_with_onset_eln_risk_and_current_status(clinic: Store) -> None:
    bundle = case_to_bundle(stored(clinic, "DT-1"), as_of=TODAY)
    [condition] = resources(bundle, "Condition")
    assert {(c["system"], c["code"]) for c in condition["code"]["coding"]} == {
        ("http://hl7.org/fhir/sid/icd-10", "C92.0"),
        ("http://snomed.info/sct", "91861009"),
    }
    assert condition["onsetDateTime"] == "2019-01-07"
    assert condition["stage"][0]["summary"]["coding"][0] == {
        "system": codes.CS_ELN2017,
        "code": "intermediate",
        "display": "ELN 2017 intermediate",
    }
    assert condition["clinicalStatus"]["coding"][0]["code"] == "relapse"
    status = extension(condition, "disease-status")["valueCodeableConcept"]["coding"][0]
    assert (status["system"], status["code"]) == (codes.CS_STATUS, "relapsed")
    assert extension(condition, "derived-on")["valueDate"] == TODAY.isoformat()


def test_observations_keep_blast_percentage_counts_and_dates(clinic: Store) -> None:
    bundle = case_to_bundle(stored(clinic, "DT-1"), as_of=TODAY)
    [blasts] = observations(bundle, "marrow-blasts", "2019-01-07")
    assert blasts["valueQuantity"] == {"value": 92, "unit": "%", "system": codes.UCUM, "code": "%"}
    assert blasts["code"]["coding"][0]["system"] == codes.CS_OBSERVATION
    [circulating] = observations(bundle, "circulating-blasts", "2019-01-07")
    assert circulating["valueBoolean"] is True
    # The diagnosis and the baseline assessment each record a WBC: both are exported, as recorded.
    counts = observations(bundle, "26464-8", "2019-01-07")
    assert len(counts) == 2
    for wbc in counts:
        assert wbc["code"]["coding"][0]["system"] == "http://loinc.org"
        assert wbc["valueQuantity"]["value"] == 322 and wbc["valueQuantity"]["code"] == "10*9/L"
    [karyotype] = observations(bundle, "karyotype", "2019-01-07")
    assert karyotype["valueString"] == "46,XX"
    [dnmt3a] = [o for o in observations(bundle, "69548-6", "2019-01-07") if gene(o) == "DNMT3A"]
    assert dnmt3a["valueCodeableConcept"]["coding"][0]["code"] == "LA9633-4"  # Present
    assert component(dnmt3a, "variant")["valueString"] == "R882H"
    [tested] = observations(bundle, "53041-0", "2019-01-07")
    assert [c["valueCodeableConcept"]["text"] for c in tested["component"]] == list(
        stored(clinic, "DT-1").diagnosis.tested_genes
    )


def test_a_mutations_allelic_ratio_and_vaf_survive() -> None:
    case = load_case((CASES / "patient1-early-relapse.json").read_bytes())
    later = Assessment(
        date=date(2019, 7, 20),
        marrow_blasts_percent=40,
        mutations=(replace(case.diagnosis.mutations[0], gene="FLT3", variant="ITD", allelic_ratio=0.7, vaf=35.5),),
        mrd=None,
    )
    case = replace(case, patient=replace(case.patient, id="p1"), assessments=(*case.assessments, later))
    bundle = case_to_bundle(case, as_of=TODAY)
    check_bundle(bundle)
    [flt3] = [o for o in observations(bundle, "69548-6") if gene(o) == "FLT3"]
    assert flt3["effectiveDateTime"] == "2019-07-20"
    assert component(flt3, "allelic-ratio")["valueQuantity"] == {
        "value": 0.7,
        "unit": "ratio",
        "system": codes.UCUM,
        "code": "1",
    }
    # VAF as the Genomics Reporting IG has it: a fraction (35.5 % -> 0.355 exactly).
    assert component(flt3, "81258-6")["valueQuantity"] == {
        "value": 0.355,
        "unit": "fraction",
        "system": codes.UCUM,
        "code": "1",
    }
    assert flt3["code"]["text"] == "FLT3 ITD mutation"


def test_mrd_keeps_status_method_and_level(clinic: Store) -> None:
    for patient_id in clinic.patient_ids():
        bundle = case_to_bundle(clinic.get_case(patient_id), as_of=TODAY)
        found = observations(bundle, "mrd")
        if found:
            mrd = found[0]
            assert mrd["valueCodeableConcept"]["coding"][0]["code"] in {"negative", "positive"}
            assert mrd["valueCodeableConcept"]["coding"][0]["system"] == codes.CS_MRD
            return
    pytest.fail("no demo patient has an MRD result")


def test_each_course_is_one_medication_statement_per_agent_with_regimen_cycle_and_dates(clinic: Store) -> None:
    bundle = case_to_bundle(stored(clinic, "DT-1"), as_of=TODAY)
    statements = resources(bundle, "MedicationStatement")
    induction = [s for s in statements if s["effectivePeriod"]["start"] == "2019-01-08"]
    assert [s["medicationCodeableConcept"].get("text") for s in induction] == [
        None,
        "daunorubicin or idarubicin (which one is not recorded)",
    ]
    assert induction[0]["medicationCodeableConcept"]["coding"] == [
        {"system": codes.CS_AGENT, "code": "cytarabine", "display": "cytarabine"},
        {"system": "http://www.whocc.no/atc", "code": "L01BC01", "display": "cytarabine"},
    ]
    assert induction[0]["effectivePeriod"] == {"start": "2019-01-08", "end": "2019-01-14"}
    assert induction[0]["status"] == "completed"
    assert extension(induction[0], "regimen")["valueCodeableConcept"]["coding"][0]["code"] == "7+3"
    assert extension(induction[0], "course-phase")["valueCodeableConcept"]["coding"][0]["code"] == "induction"
    # Both agents of one course name the same course.
    assert extension(induction[0], "course") == extension(induction[1], "course")
    [second] = [s for s in statements if s["effectivePeriod"]["start"] == "2019-03-20"]
    assert extension(second, "cycle-number")["valuePositiveInt"] == 2
    assert second["status"] == "unknown"  # no end date recorded: whether it is still running is not known


def test_a_transplant_is_a_procedure(clinic: Store) -> None:
    for patient_id in clinic.patient_ids():
        case = clinic.get_case(patient_id)
        transplants = [c for c in case.courses if c.phase == "transplant"]
        if transplants:
            [procedure] = resources(case_to_bundle(case, as_of=TODAY), "Procedure")
            assert procedure["code"]["coding"][0]["code"] == f"{transplants[0].regimen}-hct"
            assert procedure["performedDateTime"] == transplants[0].start.isoformat()
            assert procedure["status"] == "completed"
            return
    pytest.fail("no demo patient has a transplant")


def test_a_recorded_decision_is_a_care_plan_with_its_override_reason(clinic: Store) -> None:
    patient_id = clinic.find_patient_id("DT-2")
    assert patient_id is not None
    decision = Decision(
        date=date(2019, 8, 21),
        recommended="intensive_chemotherapy",
        chosen="venetoclax_combination",
        regimen="AZA-VEN",
        override_reason="Declined further intensive chemotherapy after counselling",
        clinician="Dr Adaeze Okafor",
    )
    clinic.record_decision(
        patient_id,
        decision,
        user="tester",
        reason_code="patient_preference",
        ruleset_version="2020.1-dt",
        snapshot={"format": "aml-recommendation/1"},
    )
    bundle = case_to_bundle(clinic.get_case(patient_id), as_of=TODAY)
    check_bundle(bundle)
    [plan] = [p for p in resources(bundle, "CarePlan") if p["created"] == "2019-08-21"]
    assert (
        extension(plan, "override-reason")["valueString"] == "Declined further intensive chemotherapy after counselling"
    )
    assert (
        extension(plan, "recommended-category")["valueCodeableConcept"]["coding"][0]["code"] == "intensive_chemotherapy"
    )
    assert extension(plan, "chosen-category")["valueCodeableConcept"]["coding"][0]["code"] == "venetoclax_combination"
    assert extension(plan, "override-reason-code")["valueCodeableConcept"]["coding"][0]["code"] == "patient_preference"
    assert extension(plan, "ruleset-version")["valueString"] == "2020.1-dt"
    assert extension(plan, "recorded-by")["valueString"] == "tester"
    assert plan["author"] == {"display": "Dr Adaeze Okafor"}
    assert plan["activity"][0]["detail"]["productCodeableConcept"]["coding"][0]["code"] == "AZA-VEN"


def test_two_exports_give_the_same_ids_and_the_same_bytes(clinic: Store) -> None:
    patient_id = clinic.find_patient_id("DT-1")
    assert patient_id is not None
    first = export_bytes(clinic.get_case(patient_id), as_of=TODAY)
    second = export_bytes(clinic.get_case(patient_id), as_of=TODAY)
    assert first == second
    later = json.loads(export_bytes(clinic.get_case(patient_id), as_of=date(2027, 1, 1)))
    assert [e["fullUrl"] for e in later["entry"]] == [e["fullUrl"] for e in json.loads(first)["entry"]]


def test_an_earlier_result_added_later_keeps_every_other_id(clinic: Store) -> None:
    case = stored(clinic, "DT-1")
    before = {e["fullUrl"] for e in case_to_bundle(case, as_of=TODAY)["entry"]}
    # Entered late, sorted in by date as the window does: list positions shift, ids must not.
    early = Assessment(date=date(2019, 1, 20), anc=0.4)
    assert case.assessments[0].date < early.date < case.assessments[1].date
    moved = replace(case, assessments=(case.assessments[0], early, *case.assessments[1:]))
    after = {e["fullUrl"] for e in case_to_bundle(moved, as_of=TODAY)["entry"]}
    assert before < after and len(after - before) == 1


def test_ids_belong_to_the_patient_record(clinic: Store) -> None:
    one = case_to_bundle(stored(clinic, "DT-1"), as_of=TODAY)
    two = case_to_bundle(stored(clinic, "DT-2"), as_of=TODAY)
    assert not {e["fullUrl"] for e in one["entry"]} & {e["fullUrl"] for e in two["entry"]}


def test_a_case_without_a_record_id_or_with_a_bad_identifier_system_is_refused() -> None:
    case = load_case((CASES / "patient1-early-relapse.json").read_bytes())
    with pytest.raises(FhirExportError, match="no record id"):
        case_to_bundle(case, as_of=TODAY)
    case = replace(case, patient=replace(case.patient, id="p1"))
    with pytest.raises(FhirExportError, match="not an absolute URI"):
        case_to_bundle(case, as_of=TODAY, identifier_system="hospital numbers")


def test_json_is_utf8_with_names_as_typed(clinic: Store) -> None:
    case = stored(clinic, "DEMO-030")
    text = bundle_json(case_to_bundle(case, as_of=TODAY)).decode("utf-8")
    assert case.patient.name is not None and case.patient.name in text
    assert text.endswith("}\n")


def test_heights_and_weights_are_vital_signs(clinic: Store) -> None:
    for patient_id in clinic.patient_ids():
        bundle = case_to_bundle(clinic.get_case(patient_id), as_of=TODAY)
        weights = observations(bundle, "29463-7")
        if weights:
            assert weights[0]["category"][0]["coding"][0]["code"] == "vital-signs"
            assert weights[0]["valueQuantity"]["code"] == "kg" and weights[0]["effectiveDateTime"]
            assert all(h["valueQuantity"]["code"] == "cm" for h in observations(bundle, "8302-2"))
            return
    pytest.fail("no demo patient has a weight")


@pytest.mark.parametrize(("percent", "fraction"), [(33.3, 0.333), (0.1, 0.001), (100, 1.0), (7.25, 0.0725)])
def test_a_vaf_percentage_becomes_the_same_fraction(percent: float, fraction: float) -> None:
    case = load_case((CASES / "patient1-early-relapse.json").read_bytes())
    mutated = replace(case.diagnosis, mutations=(replace(case.diagnosis.mutations[0], vaf=percent),))
    case = replace(case, patient=replace(case.patient, id="p1"), diagnosis=mutated)
    [variant] = observations(case_to_bundle(case, as_of=TODAY), "69548-6", case.diagnosis.date.isoformat())
    assert component(variant, "81258-6")["valueQuantity"]["value"] == fraction
    assert f'"value": {fraction}' in bundle_json(case_to_bundle(case, as_of=TODAY)).decode()


def test_decision_details_edited_by_hand_still_give_a_valid_bundle() -> None:
    case = load_case((CASES / "patient1-early-relapse.json").read_bytes())
    decision = Decision(date=date(2019, 7, 25), recommended="intensive_chemotherapy", chosen="intensive_chemotherapy")
    details = {"aml_desktop": {"decision_details": [{"recorded_at": "yesterday afternoon", "ruleset_version": "x"}]}}
    case = replace(case, patient=replace(case.patient, id="p1"), decisions=(decision,), extensions=details)
    bundle = case_to_bundle(case, as_of=TODAY)
    check_bundle(bundle)
    [plan] = resources(bundle, "CarePlan")
    assert extension(plan, "recorded-at") == {
        "url": codes.extension_url("recorded-at"),
        "valueString": "yesterday afternoon",
    }
    assert "author" not in plan and "override-reason" not in json.dumps(plan)


def test_a_voided_or_superseded_decision_is_marked_in_the_care_plan() -> None:
    case = load_case((CASES / "patient1-early-relapse.json").read_bytes())
    first = Decision(date=date(2019, 7, 25), recommended="intensive_chemotherapy", chosen="intensive_chemotherapy")
    second = replace(first, date=date(2019, 7, 26))
    third = replace(first, date=date(2019, 7, 27))
    details = {
        "aml_desktop": {
            "decision_details": [
                {"status": "voided", "status_reason": "wrong patient"},
                {"status": "superseded", "status_reason": "changed plan", "superseded_by": 2},
                None,
            ]
        }
    }
    case = replace(case, patient=replace(case.patient, id="p1"), decisions=(first, second, third), extensions=details)
    bundle = case_to_bundle(case, as_of=TODAY)
    check_bundle(bundle)
    statuses = {p["created"]: p["status"] for p in resources(bundle, "CarePlan")}
    assert statuses == {"2019-07-25": "entered-in-error", "2019-07-26": "revoked", "2019-07-27": "unknown"}
