"""The paper's three patients get the paper's treatment [DT §Patient 1-3]."""

from __future__ import annotations

import json
from datetime import date

import pytest

from aml_desktop.engine import EngineSettings, Formulary, evaluate, load_case, result_to_dict
from tests.engine.builders import CASES

TODAY = date(2026, 1, 1)


def recommend(name: str, **stocked: bool) -> dict:
    case = load_case((CASES / f"{name}.json").read_bytes())
    settings = EngineSettings(formulary=Formulary.from_mapping(stocked))
    return result_to_dict(evaluate(case, today=TODAY, settings=settings))


def test_patient1_early_relapse_young_gets_intensive_reinduction_with_mec_and_transplant():
    out = recommend("patient1-early-relapse")
    d, r = out["derived"], out["recommendation"]
    assert d["status"] == "relapsed"
    assert d["relapse_number"] == 1
    assert d["cr1_date"] == "2019-02-08"
    assert d["first_relapse_date"] == "2019-07-20"
    assert d["cr1_duration_months"] == 5.3
    assert d["eln2017_risk"] == "intermediate"
    assert d["eln2017_missing_tests"] == []
    assert d["fit_for_intensive"] is True
    assert d["targetable_mutations"] == []
    assert r["pathway"] == "fit-early-first-relapse"
    assert r["primary"]["category"] == "intensive_chemotherapy"
    assert r["primary"]["regimens"][0] == "MEC"
    assert "allogeneic_hct_referral" in r["actions"]
    assert "RR-FIT-EARLY-NOT-ADVERSE" in [step["rule"] for step in r["rationale"]]
    assert "mutation_status_from_diagnosis" not in r["flags"]


def test_patient2_primary_refractory_gets_venetoclax_combination_and_transplant():
    out = recommend("patient2-primary-refractory")
    d, r = out["derived"], out["recommendation"]
    assert d["status"] == "primary_refractory"
    assert d["intensive_cycles_without_remission"] == 3
    assert d["eln2017_risk"] == "adverse"
    assert d["cr1_date"] is None
    assert r["primary"]["category"] == "venetoclax_combination"
    assert "AZA-VEN" in r["primary"]["regimens"]
    assert "allogeneic_hct_referral" in r["actions"]
    assert {"marrow_after_cycle_1", "reassess_after_2_cycles"} <= set(r["actions"])
    assert {"tumor_lysis_syndrome", "azole_venetoclax_interaction"} <= set(r["flags"])


def test_patient3_older_idh1_gets_ivosidenib_with_qtc_and_differentiation_warning():
    out = recommend("patient3-older-idh1")
    d, r = out["derived"], out["recommendation"]
    assert d["status"] == "relapsed"
    assert d["fit_for_intensive"] is False
    assert d["age_years"] == 86
    assert d["targetable_mutations"] == ["IDH1"]
    assert d["eln2017_risk"] == "adverse"
    assert r["primary"] == {"category": "idh1_inhibitor", "regimens": ["IVOSIDENIB"]}
    assert "qtc_monitoring" in r["actions"]
    assert "continue_until_progression" in r["actions"]
    assert {"differentiation_syndrome", "qtc_prolongation"} <= set(r["flags"])
    assert "allogeneic_hct_referral" not in r["actions"]
    assert any("30.4" in o["text"] for o in r["expected_outcomes"])


def test_patient3_without_ivosidenib_falls_back_to_venetoclax_combination_as_the_paper_says():
    r = recommend("patient3-older-idh1", ivosidenib=False)["recommendation"]
    assert r["primary"]["category"] == "venetoclax_combination"
    assert r["fallbacks_applied"][0]["intended"] == "IVOSIDENIB"
    assert "ivosidenib" in r["fallbacks_applied"][0]["reason"]
    assert r["fallbacks_applied"][0]["used"] == "AZA-VEN"


def test_patient3_without_ivosidenib_or_venetoclax_never_gets_the_azacitidine_she_relapsed_on():
    # clinical-spec.md §8.10 #4 (ruleset 2026.2; was HMA alone in 2020.1-dt): she relapsed on azacitidine,
    # so AZA and DEC are excluded and the chain goes on to LDAC alone.
    r = recommend("patient3-older-idh1", ivosidenib=False, venetoclax=False)["recommendation"]
    assert r["primary"] == {"category": "low_dose_cytarabine", "regimens": ["LDAC"]}
    assert {"not_from_source", "prior_hma_failure"} <= set(r["flags"])


def test_patient3_with_nothing_but_supportive_care():
    stocked = {k: False for k in ("ivosidenib", "venetoclax", "azacitidine", "decitabine", "cytarabine")}
    r = recommend("patient3-older-idh1", **stocked)["recommendation"]
    assert r["primary"] == {"category": "best_supportive_care", "regimens": ["BSC"]}


@pytest.mark.parametrize("name", ["patient1-early-relapse", "patient2-primary-refractory", "patient3-older-idh1"])
def test_output_is_byte_identical_between_runs(name: str):
    first = json.dumps(recommend(name), sort_keys=False)
    assert json.dumps(recommend(name), sort_keys=False) == first
