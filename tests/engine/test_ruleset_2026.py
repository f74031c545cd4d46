"""Ruleset 2026.2: every scenario of clinical-spec.md §8.10, every settled question of §8.11, every threshold.

Each test names the scenario or clause it checks. Full formulary and trials unless stated.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest

from aml_desktop.engine import RULESET_VERSION, Result, load_case, result_to_dict
from aml_desktop.engine.catalog import load_catalog

from .builders import CASES, TODAY, base_case, relapse_case, run

MR_GENES = ["BCOR", "EZH2", "SF3B1", "SRSF2", "STAG2", "U2AF1", "ZRSR2"]
REL_PANEL = ["FLT3", "IDH1", "IDH2"]


def paper(name: str, **stocked: bool) -> Result:
    case = load_case((CASES / f"{name}.json").read_bytes())
    from aml_desktop.engine import EngineSettings, Formulary, evaluate

    return evaluate(case, today=TODAY, settings=EngineSettings(formulary=Formulary.from_mapping(stocked)))


def paper_dict(name: str, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((CASES / f"{name}.json").read_text())
    data.update(changes)
    return data


def day(start: str, plus: int) -> str:
    return (date.fromisoformat(start) + timedelta(days=plus)).isoformat()


def failed(result: Result) -> list[tuple[str, str]]:
    return [(f.regimen, f.kind) for f in result.derived.failed_regimens]


def regimens_offered(result: Result) -> set[str]:
    r = result.recommendation
    return set(r.primary.regimens) | {code for t in r.alternatives for code in t.regimens}


def test_ruleset_version_is_2026_2() -> None:
    assert RULESET_VERSION == "2026.2"


# --- §8.10 scenarios --------------------------------------------------------------------------------


def test_scenario_1_patient1() -> None:
    result = paper("patient1-early-relapse")
    r = result.recommendation
    assert result.derived.status == "relapsed"
    assert r.primary.category == "intensive_chemotherapy"
    assert r.primary.regimens[0] == "MEC"
    assert not regimens_offered(result) & {"HIDAC", "IDAC"}
    assert failed(result) == [("HIDAC", "relapse")]  # 61 days after HiDAC; 7+3 ended 187 days before
    assert {"prior_intensive_failure", "high_dose_cytarabine"} <= set(r.flags)
    assert result.derived.eln2022_risk == "unknown"
    assert list(result.derived.eln2022_missing_tests) == MR_GENES


def test_scenario_2_patient2() -> None:
    result = paper("patient2-primary-refractory")
    r = result.recommendation
    assert result.derived.status == "primary_refractory"
    assert r.primary.category == "venetoclax_combination"
    assert failed(result) == [("7+3", "refractory"), ("HIDAC", "refractory"), ("MEC", "refractory")]
    assert {"prior_intensive_failure"} <= set(r.flags)
    assert "allogeneic_hct_referral" in r.actions
    assert "continue_until_progression" not in r.actions
    assert (result.derived.eln2022_risk, result.derived.eln2022_missing_tests) == ("adverse", ())


def test_scenario_3_patient3() -> None:
    result = paper("patient3-older-idh1")
    r = result.recommendation
    assert result.derived.status == "relapsed"
    assert r.primary.category == "idh1_inhibitor"
    assert failed(result) == [("AZA", "relapse")]
    assert {"prior_hma_failure", "qtc_prolongation"} <= set(r.flags)
    assert "qtc_monitoring" in r.actions


def test_scenario_4_patient3_without_ivosidenib_and_venetoclax() -> None:
    result = paper("patient3-older-idh1", ivosidenib=False, venetoclax=False)
    r = result.recommendation
    assert r.primary.category == "low_dose_cytarabine"
    assert {"not_from_source", "prior_hma_failure"} <= set(r.flags)
    assert "AZA" not in regimens_offered(result) and "DEC" not in regimens_offered(result)
    assert load_catalog().schedule("LDAC", result.derived.age_years) == ()  # printed "check local protocol"


def older_relapse_on_open_run(regimen: str, *, birth: str = "1947-06-01", **extra: Any) -> dict[str, Any]:
    """Diagnosis 2019-01-01, CR on 2019-03-01, relapse on 2019-10-01 during an open ``regimen`` run."""
    data: dict[str, Any] = {
        "format": "aml-case/1",
        "as_of": "2019-10-05",
        "patient": {"hospital_number": "S", "name": "Scenario", "sex": "male", "birth_date": birth},
        "diagnosis": {"date": "2019-01-01", "karyotype": "46,XY", "mutations": [], "tested_genes": ["FLT3", "NPM1"]},
        "courses": [{"phase": "induction", "regimen": regimen, "start": "2019-01-05", "cycle": 1}],
        "assessments": [
            {"date": "2019-01-01", "marrow_blasts_percent": 50},
            {"date": "2019-03-01", "marrow_blasts_percent": 2, "anc": 1.5, "platelets": 150},
            {"date": "2019-10-01", "marrow_blasts_percent": 30, "mutations": [], "tested_genes": REL_PANEL},
        ],
        "fitness": {"date": "2019-10-02", "ecog": 2, "fit_for_intensive": False},
    }
    data.update(extra)
    return data


def test_scenario_5_unfit_idh2_relapse_on_open_aza_ven_without_enasidenib() -> None:
    data = older_relapse_on_open_run("AZA-VEN")
    data["assessments"][-1]["mutations"] = [{"gene": "IDH2", "variant": "R140Q"}]
    result = run(data, stocked={"enasidenib": False})
    r = result.recommendation
    assert result.derived.age_years == 72
    assert failed(result) == [("AZA-VEN", "relapse")]
    assert r.primary.category == "low_dose_cytarabine"
    assert {"prior_venetoclax_failure", "prior_hma_failure", "not_from_source"} <= set(r.flags)


def ivosidenib_after_relapse(marrow_day: int, blasts: float) -> dict[str, Any]:
    """80-year-old, IDH1, relapse marrow 30 % on 2020-06-01, ivosidenib from the next day (open)."""
    data = older_relapse_on_open_run("AZA", birth="1940-01-01")
    data["courses"][0]["end"] = "2019-06-30"  # AZA ended long before the relapse: not failed
    data["assessments"][-1] = {
        "date": "2020-06-01",
        "marrow_blasts_percent": 30,
        "mutations": [{"gene": "IDH1", "variant": "R132H"}],
        "tested_genes": REL_PANEL,
    }
    data["courses"].append({"phase": "reinduction", "regimen": "IVOSIDENIB", "start": "2020-06-02"})
    marrow = day("2020-06-02", marrow_day - 1)
    data["assessments"].append({"date": marrow, "marrow_blasts_percent": blasts})
    data["fitness"] = {"date": marrow, "ecog": 2}
    data["as_of"] = marrow
    return data


def test_scenario_6_ivosidenib_progression_day_85() -> None:
    result = run(ivosidenib_after_relapse(85, 55))
    assert failed(result) == [("IVOSIDENIB", "progression")]
    assert result.recommendation.primary.category == "venetoclax_combination"
    assert "prior_targeted_failure" in result.recommendation.flags
    assert result.derived.targets_with_failed_inhibitor == ("IDH1",)


def test_scenario_6_ivosidenib_stable_day_85_is_continued() -> None:
    result = run(ivosidenib_after_relapse(85, 35))
    assert failed(result) == []
    assert result.recommendation.primary.category == "idh1_inhibitor"
    assert "continue_current_therapy" in result.recommendation.actions


def test_scenario_6_ivosidenib_refractory_at_six_months() -> None:
    data = ivosidenib_after_relapse(187, 32)  # 186 days after the start: 6.1 months
    result = run(data)
    assert failed(result) == [("IVOSIDENIB", "refractory")]
    assert result.recommendation.primary.category == "venetoclax_combination"


def flt3_relapse_after_hct() -> dict[str, Any]:
    data = base_case(
        patient={"hospital_number": "S7", "sex": "male", "birth_date": "1975-01-01"},
        diagnosis={
            "date": "2019-01-01",
            "karyotype": "46,XY",
            "mutations": [{"gene": "FLT3", "variant": "ITD", "allelic_ratio": 0.6}],
            "tested_genes": ["FLT3", "NPM1", "CEBPA", "IDH1", "IDH2", "TP53", "RUNX1", "ASXL1"],
        },
        courses=[
            {"phase": "induction", "regimen": "7+3", "start": "2019-01-03", "end": "2019-01-09", "cycle": 1},
            {"phase": "transplant", "regimen": "allogeneic", "start": "2019-04-01"},
            {"phase": "maintenance", "regimen": "GILTERITINIB", "start": "2019-05-10"},
        ],
        assessments=[
            {"date": "2019-01-01", "marrow_blasts_percent": 60},
            {"date": "2019-02-10", "marrow_blasts_percent": 2, "anc": 1.5, "platelets": 150},
            {
                "date": "2020-01-01",
                "marrow_blasts_percent": 40,
                "mutations": [{"gene": "FLT3", "variant": "ITD"}],
                "tested_genes": REL_PANEL,
            },
        ],
        fitness={"date": "2020-01-02", "ecog": 1, "fit_for_intensive": True},
    )
    data["as_of"] = "2020-01-05"
    return data


def test_scenario_7_relapse_on_gilteritinib_maintenance_after_hct() -> None:
    result = run(flt3_relapse_after_hct())
    r = result.recommendation
    assert result.derived.post_transplant
    assert failed(result) == [("GILTERITINIB", "relapse")]
    assert r.primary.category == "clinical_trial"
    assert "prior_targeted_failure" in r.flags
    assert "flt3_maintenance_post_hct" not in r.actions
    assert not regimens_offered(result) & {"GILTERITINIB", "QUIZARTINIB"}
    no_trials = run(flt3_relapse_after_hct(), stocked={"clinical_trials": False})
    assert no_trials.recommendation.primary.category == "hypomethylating_agent"


def salvage_case(
    regimen: str, marrow_day: int, marrow: dict[str, Any], *, cr1_days: int = 426, birth: str = "1976-01-01"
) -> dict[str, Any]:
    """Fit patient (45 at the relapse unless ``birth`` says otherwise), first relapse, salvage ``regimen``."""
    data = relapse_case(cr1_days, patient={"hospital_number": "S8", "sex": "male", "birth_date": birth})
    relapse = data["assessments"][-1]["date"]
    start = day(relapse, 3)
    data["courses"].append({"phase": "reinduction", "regimen": regimen, "start": start, "end": day(start, 5)})
    when = day(start, marrow_day - 1)
    data["assessments"].append({"date": when, **marrow})
    data["fitness"]["date"] = when
    data["as_of"] = when
    return data


def test_scenario_8_refractory_to_mec_salvage() -> None:
    result = run(salvage_case("MEC", 35, {"marrow_blasts_percent": 40}))
    assert result.derived.age_years == 45
    r = result.recommendation
    assert r.pathway == "refractory-to-salvage"
    assert r.primary.category == "venetoclax_combination"
    assert "prior_intensive_failure" in r.flags
    assert "allogeneic_hct_referral" in r.actions
    assert ("MEC", "refractory") in failed(result)


def test_scenario_9_no_transplant_at_the_clinic() -> None:
    data = relapse_case(426, patient={"hospital_number": "S9", "sex": "male", "birth_date": "1971-01-01"})
    result = run(data, stocked={"allogeneic_hct": False})
    r = result.recommendation
    assert r.primary.category == "intensive_chemotherapy"
    assert {"transplant_centre_referral", "hla_typing"} <= set(r.actions)
    assert "allogeneic_hct_referral" not in r.actions
    assert any(f.intended == "allogeneic_hct" and f.used == "transplant_centre_referral" for f in r.fallbacks_applied)
    assert "continue_until_progression" not in r.actions
    old = relapse_case(
        426,
        patient={"hospital_number": "S9", "sex": "male", "birth_date": "1943-01-01"},
        fitness={"ecog": 2, "fit_for_intensive": False},
    )
    unfit = run(old, stocked={"allogeneic_hct": False}).recommendation
    assert unfit.primary.category == "venetoclax_combination"
    assert "continue_until_progression" in unfit.actions
    assert "transplant_centre_referral" not in unfit.actions


def test_scenario_10_remission_after_flag_ida_salvage() -> None:
    marrow = {
        "marrow_blasts_percent": 2,
        "anc": 0.8,
        "platelets": 60,
        "mrd": {"status": "positive", "method": "flow"},
    }
    result = run(salvage_case("FLAG-IDA", 30, marrow, birth="1981-01-01"))
    assert result.derived.age_years == 40
    r = result.recommendation
    assert result.derived.status == "in_remission"
    assert result.derived.salvage_remission is True
    assert r.primary.category == "not_applicable"
    assert r.pathway == "salvage-remission"
    assert "allogeneic_hct_referral" in r.actions
    assert result_to_dict(result)["derived"]["salvage_remission"] is True


def persistent_case(marrow_day: int, blasts: float | None, **marrow: Any) -> dict[str, Any]:
    data = base_case(patient={"hospital_number": "S11", "sex": "male", "birth_date": "1965-01-01"})
    when = day("2020-01-03", marrow_day - 1)
    entry: dict[str, Any] = {"date": when, **marrow}
    if blasts is not None:
        entry["marrow_blasts_percent"] = blasts
    data["assessments"][1] = entry
    data["fitness"]["date"] = when
    data["as_of"] = when
    return data


def test_scenario_11_persistent_day_15_above_40_percent() -> None:
    result = run(persistent_case(15, 45))
    r = result.recommendation
    assert result.derived.status == "persistent_after_one_cycle"
    assert r.pathway == "persistent-after-one-cycle"
    assert r.primary.category == "intensive_chemotherapy"
    assert r.primary.regimens == ("MEC", "FLAG-IDA", "IDAC", "HIDAC")
    assert "guidance_ambiguous" not in r.flags
    assert "allogeneic_hct_referral" in r.actions


def test_scenario_11_persistent_day_15_at_most_40_percent() -> None:
    r = run(persistent_case(15, 20)).recommendation
    assert r.primary.regimens[0] == "7+3"
    assert "guidance_ambiguous" in r.flags
    assert "prior_intensive_failure" not in r.flags


def test_scenario_11_persistent_day_30_the_first_course_failed() -> None:
    result = run(persistent_case(30, 20))
    r = result.recommendation
    assert result.derived.status == "persistent_after_one_cycle"
    assert "7+3" not in r.primary.regimens
    assert r.primary.regimens[0] == "MEC"
    assert "prior_intensive_failure" in r.flags


def aza_from_diagnosis(marrow_days: int) -> dict[str, Any]:
    data = older_relapse_on_open_run("AZA", birth="1940-01-01")
    data["diagnosis"]["date"] = "2020-01-01"
    data["courses"] = [{"phase": "induction", "regimen": "AZA", "start": "2020-01-02", "cycle": 1}]
    when = day("2020-01-02", marrow_days)
    data["assessments"] = [
        {"date": "2020-01-01", "marrow_blasts_percent": 40},
        {"date": when, "marrow_blasts_percent": 25},
    ]
    data["fitness"] = {"date": when, "ecog": 2}
    data["as_of"] = when
    return data


def test_scenario_12_no_remission_after_six_months_of_azacitidine() -> None:
    result = run(aza_from_diagnosis(198))  # 6.5 months
    r = result.recommendation
    assert result.derived.status == "primary_refractory"
    assert r.primary.category == "venetoclax_combination"
    assert "AZA-VEN" in r.primary.regimens
    assert "prior_hma_failure" in r.flags
    early = run(aza_from_diagnosis(152))  # 5.0 months
    assert early.derived.status == "on_induction"
    assert early.recommendation.primary.category == "not_applicable"


def mrd_case(first: float, second: float) -> dict[str, Any]:
    data = base_case()
    data["assessments"][1]["mrd"] = {"status": "positive", "method": "qpcr", "value": first}
    data["assessments"].append({"date": "2020-06-01", "mrd": {"status": "positive", "method": "qpcr", "value": second}})
    data["as_of"] = "2020-06-05"
    data["fitness"]["date"] = "2020-06-02"
    return data


def test_scenario_13_npm1_mrd_rise_of_one_log() -> None:
    result = run(mrd_case(0.05, 0.8))
    r = result.recommendation
    assert result.derived.status == "molecular_relapse"
    assert {"mrd_log_rise", "guidance_ambiguous"} <= set(r.flags)
    assert "repeat_marrow_to_confirm_relapse" in r.actions
    assert run(mrd_case(0.05, 0.4)).derived.status == "in_remission"


def tp53_relapse(cr1_days: int) -> dict[str, Any]:
    return relapse_case(
        cr1_days,
        patient={"hospital_number": "S14", "sex": "male", "birth_date": "1970-01-01"},
        relapse={"mutations": [{"gene": "TP53", "variant": "R273H"}], "tested_genes": [*REL_PANEL, "TP53"]},
    )


def test_scenario_14_tp53_at_relapse_near_the_six_month_cutoff() -> None:
    near = run(tp53_relapse(185))
    assert near.derived.cr1_duration_months == 6.1
    r = near.recommendation
    assert r.primary.category == "intensive_chemotherapy"
    assert r.alternatives[0].category == "venetoclax_combination"
    assert {"cr1_near_cutoff", "guidance_ambiguous"} <= set(r.flags)
    late = run(tp53_relapse(368))
    assert late.derived.cr1_duration_months == 12.1
    assert not {"cr1_near_cutoff"} & set(late.recommendation.flags)
    early = run(tp53_relapse(184))
    assert early.derived.cr1_duration_months == 6.0
    assert early.recommendation.primary.category == "venetoclax_combination"


def test_scenario_15_fit_71_year_old_gets_no_classical_hidac() -> None:
    data = relapse_case(609, patient={"hospital_number": "S15", "sex": "male", "birth_date": "1950-01-01"})
    result = run(data)
    r = result.recommendation
    assert result.derived.age_years == 71
    assert r.primary.category == "intensive_chemotherapy"
    assert "HIDAC" not in r.primary.regimens and "IDAC" in r.primary.regimens
    assert "high_dose_cytarabine" in r.flags
    assert load_catalog().schedule("FLAG-IDA", 71) == ()
    assert load_catalog().schedule("FLAG-IDA", 59) != ()


def test_scenario_16_quizartinib_when_gilteritinib_is_not_stocked() -> None:
    data = relapse_case(
        426,
        patient={"hospital_number": "S16", "sex": "male", "birth_date": "1955-06-01"},
        fitness={"ecog": 1, "fit_for_intensive": False},
        relapse={"mutations": [{"gene": "FLT3", "variant": "ITD"}]},
    )
    r = run(data, stocked={"gilteritinib": False}).recommendation
    assert (r.primary.category, r.primary.regimens) == ("flt3_inhibitor", ("QUIZARTINIB",))
    assert {"qtc_prolongation"} <= set(r.flags)
    assert {"qtc_monitoring", "continue_until_progression"} <= set(r.actions)


def test_scenario_17_patient3_three_years_later() -> None:
    result = run(paper_dict("patient3-older-idh1", as_of="2022-06-05"))
    r = result.recommendation
    assert r.primary.category == "idh1_inhibitor"
    assert {"stale_disease_assessment", "stale_fitness", "prior_hma_failure"} <= set(r.flags)
    assert {"repeat_disease_assessment", "assess_fitness"} <= set(r.actions)
    assert (result.derived.days_since_disease_assessment, result.derived.days_since_fitness) == (1104, 1100)
    assert r.rationale[0].rule == "RR-STALE-DATA"


def test_scenario_18_npm1_without_itd_is_favorable_whatever_the_mr_genes() -> None:
    data = base_case(
        diagnosis={
            "date": "2020-01-01",
            "karyotype": "46,XX",
            "mutations": [{"gene": "NPM1", "variant": "W288fs"}],
            "tested_genes": ["NPM1", "FLT3", "TP53", "CEBPA"],
        }
    )
    result = run(data)
    assert (result.derived.eln2022_risk, result.derived.eln2022_missing_tests) == ("favorable", ())


def cd33_unfit() -> dict[str, Any]:
    data = relapse_case(
        426,
        patient={"hospital_number": "S19", "sex": "male", "birth_date": "1951-01-01"},
        fitness={"ecog": 2, "fit_for_intensive": False},
    )
    data["diagnosis"]["cd33_percent"] = 80
    return data


def test_scenario_19_gemtuzumab_when_venetoclax_and_hma_are_missing() -> None:
    stocked = {"venetoclax": False, "azacitidine": False, "decitabine": False}
    r = run(cd33_unfit(), stocked=stocked).recommendation
    assert r.primary.category == "gemtuzumab_ozogamicin"
    assert "veno_occlusive_disease" in r.flags
    full = run(cd33_unfit()).recommendation
    assert full.primary.category == "venetoclax_combination"
    assert full.alternatives[-1].category == "gemtuzumab_ozogamicin"
    assert "veno_occlusive_disease" in full.flags


def aza_ven_after_relapse(marrow_day_offset: int) -> dict[str, Any]:
    data = relapse_case(426, patient={"hospital_number": "S20", "sex": "male", "birth_date": "1943-01-01"})
    relapse = data["assessments"][-1]
    relapse["marrow_blasts_percent"] = 30
    data["courses"].append({"phase": "reinduction", "regimen": "AZA-VEN", "start": relapse["date"], "cycle": 1})
    when = day(relapse["date"], marrow_day_offset)
    data["assessments"].append({"date": when, "marrow_blasts_percent": 30})
    data["fitness"] = {"date": when, "ecog": 2}
    data["as_of"] = when
    return data


def test_scenario_20_aza_ven_day_26_is_continued() -> None:
    r = run(aza_ven_after_relapse(26), stocked={"clinical_trials": False}).recommendation
    assert r.primary.category == "venetoclax_combination"
    assert "continue_current_therapy" in r.actions


def test_scenario_20_aza_ven_day_49_has_failed() -> None:
    result = run(aza_ven_after_relapse(49), stocked={"clinical_trials": False})
    r = result.recommendation
    assert failed(result) == [("AZA-VEN", "refractory")]
    assert r.primary.category == "best_supportive_care"
    assert [t.category for t in r.alternatives] == ["low_dose_cytarabine"]
    assert {"prior_venetoclax_failure", "prior_hma_failure"} <= set(r.flags)


# --- §8.11 settled questions --------------------------------------------------------------------------


def test_settled_relapse_within_an_episode_is_one_relapse() -> None:
    data = relapse_case(426)
    relapse = data["assessments"][-1]["date"]
    data["assessments"].append({"date": day(relapse, 10), "marrow_blasts_percent": 60})
    data["as_of"] = day(relapse, 12)
    result = run(data)
    assert result.derived.relapse_number == 1
    assert result.derived.relapse_dates == (date.fromisoformat(relapse),)


def test_settled_salvage_started_on_the_relapse_date_counts() -> None:
    data = relapse_case(426)
    relapse = data["assessments"][-1]["date"]
    data["courses"].append({"phase": "reinduction", "regimen": "MEC", "start": relapse, "end": day(relapse, 5)})
    data["assessments"].append({"date": day(relapse, 30), "marrow_blasts_percent": 40})
    data["as_of"] = day(relapse, 31)
    data["fitness"]["date"] = day(relapse, 30)
    assert run(data).recommendation.pathway == "refractory-to-salvage"


def test_settled_persistent_after_one_cycle_without_a_marrow_count() -> None:
    result = run(persistent_case(15, None, circulating_blasts=True))
    r = result.recommendation
    assert result.derived.status == "persistent_after_one_cycle"
    assert r.primary.regimens == ("MEC", "FLAG-IDA", "IDAC", "HIDAC")
    assert "guidance_ambiguous" in r.flags


def test_settled_targets_in_salvage_remission_come_from_the_relapse_sample() -> None:
    data = salvage_case("FLAG-IDA", 30, {"marrow_blasts_percent": 2, "anc": 1.5, "platelets": 150})
    data["assessments"][-2]["mutations"] = [{"gene": "FLT3", "variant": "ITD"}]  # gained at relapse
    r = run(data).recommendation
    assert {"allogeneic_hct_referral", "flt3_maintenance_post_hct"} <= set(r.actions)
    no_hct = run(data, stocked={"allogeneic_hct": False}).recommendation
    assert {"transplant_centre_referral", "hla_typing", "flt3_maintenance_post_hct"} <= set(no_hct.actions)


def ven_then_later_relapse(days_after_end: int) -> dict[str, Any]:
    data = older_relapse_on_open_run("AZA-VEN")
    data["courses"][0]["end"] = "2019-05-31"
    data["assessments"][-1]["date"] = day("2019-05-31", days_after_end)
    data["as_of"] = day("2019-05-31", days_after_end + 2)
    data["fitness"]["date"] = data["as_of"]
    return data


def test_settled_rule_5a_is_exactly_a_failed_venetoclax_run() -> None:
    within = run(ven_then_later_relapse(90))
    assert "prior_venetoclax_failure" in within.recommendation.flags
    assert within.recommendation.primary.category != "venetoclax_combination"
    later = run(ven_then_later_relapse(91))
    assert "prior_venetoclax_failure" not in later.recommendation.flags
    assert later.derived.failed_regimens == ()
    assert later.recommendation.primary.category == "venetoclax_combination"


def test_settled_rule_1_with_hma_not_stocked_goes_to_go_outside_the_vod_window() -> None:
    data = flt3_relapse_after_hct()
    data["diagnosis"]["mutations"] = []
    data["diagnosis"]["cd33_percent"] = 80
    data["courses"] = data["courses"][:2]
    data["assessments"][-1]["mutations"] = []
    stocked = {"clinical_trials": False, "azacitidine": False, "decitabine": False}
    r = run(data, stocked=stocked).recommendation
    assert r.primary.category == "gemtuzumab_ozogamicin"  # 9 months after HCT
    data["assessments"][-1]["date"] = "2019-06-01"  # 2 months after HCT: GO never enters the chain
    data["as_of"] = "2019-06-03"
    data["fitness"]["date"] = "2019-06-02"
    near = run(data, stocked=stocked).recommendation
    assert near.primary.category == "low_dose_cytarabine"


def test_settled_rule_1_with_hma_excluded_goes_to_go_then_dli() -> None:
    data = flt3_relapse_after_hct()
    data["diagnosis"]["mutations"] = []
    data["courses"][2]["regimen"] = "AZA"  # relapse on azacitidine maintenance after HCT
    data["assessments"][-1]["mutations"] = []
    r = run(data, stocked={"clinical_trials": False}).recommendation
    assert "prior_hma_failure" in r.flags
    assert r.primary.category == "cellular_therapy"  # no CD33: GO skipped, DLI next


def test_settled_salvage_remission_is_false_not_null() -> None:
    result = paper("patient1-early-relapse")
    assert result_to_dict(result)["derived"]["salvage_remission"] is False


def test_settled_relapse_soon_after_induction_fails_the_induction_only() -> None:
    data = relapse_case(150)  # 7+3 ended 2020-01-09; relapse in July 2020
    result = run(data)
    assert ("7+3", "relapse") in failed(result)
    assert "prior_intensive_failure" in result.recommendation.flags
    assert "MEC" in regimens_offered(result)


# --- thresholds -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("marrow_day", "failed_first"), [(21, False), (22, True)])
def test_threshold_intensive_landmark_day_21_or_22(marrow_day: int, failed_first: bool) -> None:
    result = run(persistent_case(marrow_day, 20))
    assert (("7+3", "refractory") in failed(result)) is failed_first


@pytest.mark.parametrize(("days", "fails"), [(184, True), (185, False)])
def test_threshold_intensive_relapse_window_184_or_185_days(days: int, fails: bool) -> None:
    data = base_case()
    relapse = day("2020-01-09", days)  # 7+3 ended 2020-01-09
    data["assessments"].append(
        {"date": relapse, "marrow_blasts_percent": 40, "mutations": [], "tested_genes": REL_PANEL}
    )
    data["as_of"] = day(relapse, 1)
    data["fitness"]["date"] = relapse
    assert (("7+3", "relapse") in failed(run(data))) is fails


@pytest.mark.parametrize(("offset", "fails"), [(41, False), (42, True)])
def test_threshold_two_venetoclax_cycles_counted_at_14_days(offset: int, fails: bool) -> None:
    data = relapse_case(426, patient={"hospital_number": "T", "sex": "male", "birth_date": "1943-01-01"})
    relapse = data["assessments"][-1]["date"]
    data["courses"] += [
        {"phase": "reinduction", "regimen": "AZA-VEN", "start": relapse, "end": day(relapse, 27), "cycle": 1},
        {"phase": "reinduction", "regimen": "AZA-VEN", "start": day(relapse, 28), "cycle": 2},
    ]
    data["assessments"].append({"date": day(relapse, offset), "marrow_blasts_percent": 35})
    data["as_of"] = day(relapse, offset)
    assert (("AZA-VEN", "refractory") in failed(run(data))) is fails


@pytest.mark.parametrize(("days", "status"), [(181, "on_induction"), (182, "primary_refractory")])
def test_threshold_six_months_of_hma_is_182_days(days: int, status: str) -> None:
    assert run(aza_from_diagnosis(days)).derived.status == status


@pytest.mark.parametrize(("second", "status"), [(0.49, "in_remission"), (0.5, "molecular_relapse")])
def test_threshold_mrd_rise_is_ten_fold(second: float, status: str) -> None:
    assert run(mrd_case(0.05, second)).derived.status == status


@pytest.mark.parametrize(("age", "stale"), [(30, False), (31, True)])
def test_threshold_freshness_30_days(age: int, stale: bool) -> None:
    data = relapse_case(426)
    relapse = data["assessments"][-1]["date"]
    data["as_of"] = day(relapse, age)
    data["fitness"]["date"] = day(relapse, 0)
    flags = set(run(data).recommendation.flags)
    assert ("stale_disease_assessment" in flags) is stale
    assert ("stale_fitness" in flags) is stale


def test_freshness_limits_are_clinic_settings() -> None:
    data = relapse_case(426)
    data["as_of"] = day(data["assessments"][-1]["date"], 20)
    flags = run(data, stale_assessment_days=14).recommendation.flags
    assert "stale_disease_assessment" in flags


def test_cr1_of_12_0_months_is_still_near_the_cutoff() -> None:
    assert run(tp53_relapse(365)).derived.cr1_duration_months == 12.0
    assert "cr1_near_cutoff" in run(tp53_relapse(365)).recommendation.flags


# --- fields and words ----------------------------------------------------------------------------------


def test_new_derived_fields_are_in_every_answer() -> None:
    derived = result_to_dict(paper("patient2-primary-refractory"))["derived"]
    assert derived["failed_regimens"][0] == {
        "regimen": "7+3",
        "class": "intensive",
        "kind": "refractory",
        "date": "2019-02-01",
    }
    for name in (
        "targets_with_failed_inhibitor",
        "salvage_remission",
        "days_since_disease_assessment",
        "days_since_fitness",
        "eln2022_risk",
        "eln2022_missing_tests",
    ):
        assert name in derived


def test_rationale_sentences_carry_no_raw_codes_where_a_person_reads_them() -> None:
    """The engine speaks codes; the presentation (``present.rationale``) words every sentence."""
    from aml_desktop.present.rationale import rationale
    from aml_desktop.present.references import References

    data = relapse_case(426, patient={"hospital_number": "W", "sex": "male", "birth_date": "1960-01-01"})
    data["fitness"] = None
    result = run(data)
    assert "RR-FITNESS-UNKNOWN" in [s.rule for s in result.recommendation.rationale]
    texts = " ".join(step.text for step in rationale(result.recommendation, References()))
    for code in ("venetoclax_combination", "intensive_chemotherapy", "allogeneic_hct_referral", "_"):
        assert code not in texts


@pytest.mark.parametrize(
    ("gene", "apl", "risk"),
    [
        ("PML::RARA", True, "unknown"),
        ("PML-RARA", True, "unknown"),
        ("PML/RARA", True, "unknown"),
        ("RUNX1::RUNX1T1", False, "favorable"),
        ("RUNX1-RUNX1T1", False, "favorable"),
        ("CBFB::MYH11", False, "favorable"),
        ("BCR::ABL1", False, "adverse"),
    ],
)
def test_standard_fusion_spellings_are_accepted_where_fusions_are_read(gene: str, apl: bool, risk: str) -> None:
    data = base_case()
    data["diagnosis"]["karyotype"] = "46,XX"
    data["diagnosis"]["mutations"] = [{"gene": gene}]
    data["diagnosis"]["tested_genes"] = [gene, "NPM1", "FLT3", "CEBPA", "RUNX1", "ASXL1", "TP53"]
    result = run(data)
    assert ("apl_out_of_scope" in result.recommendation.flags) is apl
    if not apl:
        assert result.derived.eln2017_risk == risk


def test_a_single_colon_is_not_a_fusion() -> None:
    from aml_desktop.engine import CaseError, parse_case

    data = base_case()
    data["diagnosis"]["mutations"] = [{"gene": "PML:RARA"}]
    with pytest.raises(CaseError, match="PML::RARA"):
        parse_case(data)


def test_new_extramedullary_disease_is_clear_progression_on_a_slow_class() -> None:
    data = ivosidenib_after_relapse(40, 30)
    data["assessments"][-1]["extramedullary"] = True  # new EMD on day 40, blasts unchanged
    result = run(data)
    assert failed(result) == [("IVOSIDENIB", "progression")]
    early = ivosidenib_after_relapse(28, 30)
    early["assessments"][-1]["extramedullary"] = True  # day 28: before clear progression can count
    assert failed(run(early)) == []


def test_an_allogeneic_hct_between_the_run_and_the_relapse_is_a_graft_failure_not_a_run_failure() -> None:
    data = relapse_case(150)  # within 184 days of the 7+3 end, so 7+3 would fail ...
    data["courses"].append({"phase": "transplant", "regimen": "allogeneic", "start": "2020-03-01"})
    assert ("7+3", "relapse") not in failed(run(data))  # ... but the transplant came in between
