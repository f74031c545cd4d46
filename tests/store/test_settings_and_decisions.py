"""Clinic settings (formulary with out-of-stock dates, thresholds) and recorded decisions."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from aml_desktop.engine.case import Decision
from aml_desktop.engine.settings import Formulary
from aml_desktop.store import ClinicSettings, Store, StoreError

from .conftest import TODAY, USER, comparable, fixture_case


def test_default_settings_match_the_engine_defaults(store: Store) -> None:
    settings = store.clinic_settings()
    assert settings == ClinicSettings()
    engine = store.engine_settings()
    assert (engine.fit_age_below, engine.unfit_age_from, engine.cytoreduction_wbc) == (60, 75, 50.0)


def test_settings_round_trip_and_are_audited(store: Store, db_path: object) -> None:
    wanted = ClinicSettings(
        clinic_name="Hôpital Régional de Kédougou",
        formulary=Formulary(frozenset({"gilteritinib", "allogeneic_hct"})),
        out_of_stock_since={"gilteritinib": date(2026, 10, 1)},
        fit_age_below=65,
        unfit_age_from=80,
        cytoreduction_wbc=100.0,
        paper_size="letter",
        backup_folder="/media/usb",
        backup_keep=10,
        backup_interval_hours=12,
    )
    store.save_clinic_settings(wanted, user="admin")
    with Store.open(db_path) as reopened:  # type: ignore[arg-type]
        assert reopened.clinic_settings() == wanted
        assert reopened.engine_settings().formulary.has("gilteritinib") is False
        assert reopened.engine_settings().fit_age_below == 65
    changes = {(e.table, e.action) for e in store.audit_entries() if e.user == "admin"}
    assert changes == {("clinic_settings", "update"), ("formulary", "insert")}
    back_in_stock = dataclasses.replace(
        wanted, formulary=Formulary(frozenset({"allogeneic_hct"})), out_of_stock_since={}
    )
    store.save_clinic_settings(back_in_stock, user="admin")
    assert store.clinic_settings().out_of_stock_since == {}
    assert store.clinic_settings().formulary.has("gilteritinib")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"clinic_name": " "}, "clinic_name"),
        ({"paper_size": "A3"}, "paper_size"),
        ({"fit_age_below": 90}, "thresholds"),
        ({"out_of_stock_since": {"unobtainium": date(2026, 1, 1)}}, "out_of_stock_since"),
        ({"backup_keep": 0}, "backup_keep"),
    ],
)
def test_bad_settings_are_refused_and_nothing_changes(store: Store, change: dict[str, object], field: str) -> None:
    with pytest.raises(StoreError, match=field):
        store.save_clinic_settings(dataclasses.replace(ClinicSettings(), **change), user="admin")  # type: ignore[arg-type]
    assert store.clinic_settings() == ClinicSettings()


def test_record_decision_keeps_reason_ruleset_snapshot_and_exports_them(store: Store) -> None:
    patient_id = store.save_case(fixture_case("patient1-early-relapse"), user=USER)
    decision = Decision(TODAY, "intensive_chemotherapy", "venetoclax_combination", "AZA-VEN", "no ICU bed", "Dr. Ba")
    snapshot = {"format": "aml-recommendation/1", "recommendation": {"pathway": "fit-early-relapse"}}
    store.record_decision(
        patient_id,
        decision,
        user="dr.ba",
        reason_code="not_available_today",
        ruleset_version="2020.1-dt",
        snapshot=snapshot,
    )
    [record] = store.decision_records(patient_id)
    assert record.decision == decision
    assert (record.reason_code, record.ruleset_version, record.recorded_by) == (
        "not_available_today",
        "2020.1-dt",
        "dr.ba",
    )
    assert record.snapshot == snapshot
    assert record.recorded_at is not None
    case = store.get_case(patient_id)
    assert case.decisions == (decision,)
    details = case.extensions["aml_desktop"]["decision_details"]
    assert details[0]["reason_code"] == "not_available_today" and details[0]["snapshot"] == snapshot
    # Moving the patient to another clinic keeps everything.
    other = store.get_case(patient_id)
    store.delete_patient(patient_id, user=USER)
    again = store.save_case(other, user=USER)
    assert comparable(store.get_case(again)) == comparable(other)
    assert store.decision_records(again)[0].snapshot == snapshot


def test_a_bad_decision_is_refused(store: Store) -> None:
    patient_id = store.save_case(fixture_case("patient1-early-relapse"), user=USER)
    override_without_reason = Decision(TODAY, "intensive_chemotherapy", "clinical_trial")
    with pytest.raises(StoreError, match="override_reason"):
        store.record_decision(
            patient_id, override_without_reason, user=USER, reason_code=None, ruleset_version="x", snapshot={}
        )
    with pytest.raises(StoreError, match="reason_code"):
        store.record_decision(
            patient_id,
            Decision(TODAY, "clinical_trial", "clinical_trial"),
            user=USER,
            reason_code="because",
            ruleset_version="x",
            snapshot={},
        )
    assert store.decision_records(patient_id) == []


def test_a_settings_change_leaves_the_list_true_and_marks_nothing_stale(store: Store) -> None:
    """No list column reads the settings: after a threshold change each line still equals the engine's answer."""
    from aml_desktop.engine import evaluate

    store.save_case(fixture_case("patient1-early-relapse"), user=USER)
    assert store.stale_summary_count() == 0
    store.save_clinic_settings(dataclasses.replace(ClinicSettings(), last_backup_at="2026-11-23T10:00:00"), user=USER)
    assert store.stale_summary_count() == 0
    changed = dataclasses.replace(ClinicSettings(), unfit_age_from=80, fit_age_below=40, cytoreduction_wbc=5.0)
    store.save_clinic_settings(changed, user=USER)
    assert store.stale_summary_count() == 0
    [line] = store.list_patients()
    result = evaluate(store.get_case(line.id), today=store.today(), settings=store.engine_settings())
    assert (line.status, line.eln2017_risk) == (result.derived.status, result.derived.eln2017_risk)


def test_an_import_without_derivation_is_pending_until_refreshed(store: Store) -> None:
    [patient_id] = store.import_cases([fixture_case("patient2-primary-refractory")], user=USER, derive=False)
    [line] = store.list_patients()
    assert (line.status, line.eln2017_risk) == ("unknown", "unknown")
    assert line.current_phase == "reinduction"
    assert store.stale_summary_count() == 1
    store.refresh_summaries()
    assert store.list_patients()[0].status == "primary_refractory"
    assert store.list_patients()[0].id == patient_id


def _decide(store: Store, pid: str, chosen: str = "intensive_chemotherapy") -> None:
    decision = Decision(date(2026, 11, 20), "intensive_chemotherapy", chosen, None, None, "Dr Osei")
    if chosen != decision.recommended:
        decision = dataclasses.replace(decision, override_reason="Prefers treatment at home")
    store.record_decision(pid, decision, user=USER, reason_code=None, ruleset_version="r", snapshot={})


def _supersede(store: Store, pid: str, decision: Decision, position: int, reason: str) -> None:
    store.record_decision(
        pid,
        decision,
        user=USER,
        reason_code=None,
        ruleset_version="r",
        snapshot={},
        supersedes=position,
        supersede_reason=reason,
    )


def test_a_decision_is_voided_or_superseded_never_deleted(store: Store) -> None:
    pid = store.save_case(fixture_case("patient1-early-relapse"), user=USER)
    _decide(store, pid)
    with pytest.raises(StoreError, match="say why"):
        store.void_decision(pid, 0, reason="  ", user=USER)
    store.void_decision(pid, 0, reason="wrong patient", user="nurse")
    with pytest.raises(StoreError, match="already voided"):
        store.void_decision(pid, 0, reason="again", user=USER)
    _decide(store, pid)
    decision = Decision(date(2026, 11, 21), "intensive_chemotherapy", "best_supportive_care", None, "Frail", "Dr Osei")
    _supersede(store, pid, decision, 1, "Condition worsened")
    first, second, third = store.decision_records(pid)
    assert (first.status, first.status_reason, first.status_by) == ("voided", "wrong patient", "nurse")
    assert (second.status, second.superseded_by, second.status_reason) == ("superseded", 2, "Condition worsened")
    assert third.in_force and third.decision.chosen == "best_supportive_care"
    # A whole-record save (editing the patient) keeps the corrections.
    store.save_case(store.get_case(pid), user=USER)
    assert [r.status for r in store.decision_records(pid)] == ["voided", "superseded", None]


def test_a_supersede_that_fails_changes_nothing(store: Store) -> None:
    pid = store.save_case(fixture_case("patient1-early-relapse"), user=USER)
    decision = Decision(date(2026, 11, 21), "intensive_chemotherapy", "intensive_chemotherapy", None, None, "Dr O")
    with pytest.raises(StoreError, match="no such decision"):
        _supersede(store, pid, decision, 0, "typo")
    assert store.decision_records(pid) == []


def test_the_date_order_setting_is_kept(store: Store) -> None:
    assert store.clinic_settings().date_order == "iso"
    store.save_clinic_settings(dataclasses.replace(store.clinic_settings(), date_order="day_first"), user=USER)
    assert store.clinic_settings().date_order == "day_first"
    with pytest.raises(StoreError, match="date_order"):
        store.save_clinic_settings(dataclasses.replace(store.clinic_settings(), date_order="us"), user=USER)


def test_the_fhir_identifier_system_is_a_setting_kept_and_audited(store: Store, db_path: object) -> None:
    assert store.clinic_settings().fhir_identifier_system is None  # None: the export's documented default
    wanted = dataclasses.replace(store.clinic_settings(), fhir_identifier_system="urn:oid:2.16.840.1.113883.2.1")
    store.save_clinic_settings(wanted, user="admin")
    with Store.open(db_path) as reopened:  # type: ignore[arg-type]
        assert reopened.clinic_settings().fhir_identifier_system == "urn:oid:2.16.840.1.113883.2.1"
    [entry] = [e for e in store.audit_entries() if e.user == "admin"]
    assert entry.after is not None and entry.after["fhir_identifier_system"] == "urn:oid:2.16.840.1.113883.2.1"
    assert entry.before is not None and "fhir_identifier_system" not in entry.before


def test_cycle_settings_are_kept_and_audited(store: Store, db_path: object) -> None:
    from aml_desktop.engine.cycles import CycleSettings

    assert store.clinic_settings().cycle_settings == CycleSettings()  # issue 15 defaults: 7 days, 10 %, no cap
    chosen = CycleSettings(
        weight_max_age_days=3,
        bsa_cap_m2=2.0,
        rounding_tolerance_percent=5,
        strengths={"cytarabine": (100.0, 500.0)},
        never_round=frozenset({"mitoxantrone"}),
    )
    store.save_clinic_settings(dataclasses.replace(store.clinic_settings(), cycle_settings=chosen), user="admin")
    with Store.open(db_path) as reopened:  # type: ignore[arg-type]
        assert reopened.clinic_settings().cycle_settings == chosen
    assert [e for e in store.audit_entries() if e.user == "admin" and "cycle_settings" in (e.after or {})]
