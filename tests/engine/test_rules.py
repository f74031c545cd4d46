"""Every rule of clinical-spec.md §4 and every fallback row of §5, with their thresholds."""

from __future__ import annotations

import pytest

from tests.engine.builders import base_case, relapse_case, run


def rec(result):
    return result.recommendation


def rules_fired(result):
    return [step.rule for step in result.recommendation.rationale]


FLT3_ITD = {
    "mutations": [{"gene": "FLT3", "variant": "ITD", "allelic_ratio": 0.6}],
    "tested_genes": ["FLT3", "IDH1", "IDH2"],
}
FLT3_TKD = {"mutations": [{"gene": "FLT3", "variant": "D835Y"}], "tested_genes": ["FLT3", "IDH1", "IDH2"]}
IDH1 = {"mutations": [{"gene": "IDH1", "variant": "R132H"}], "tested_genes": ["FLT3", "IDH1", "IDH2"]}
IDH2 = {"mutations": [{"gene": "IDH2", "variant": "R140Q"}], "tested_genes": ["FLT3", "IDH1", "IDH2"]}
TP53_AT_RELAPSE = {
    "mutations": [{"gene": "TP53", "variant": "R248Q"}],
    "tested_genes": ["FLT3", "IDH1", "IDH2", "TP53"],
}


# Rule 2 / 3 boundary: CR1 6.0 months is early, 6.1 is late -------------------------------


@pytest.mark.parametrize(("days", "pathway"), [(183, "fit-early-first-relapse"), (186, "fit-late-first-relapse")])
def test_cr1_six_months_boundary(days, pathway):
    result = run(relapse_case(days))
    assert result.derived.cr1_duration_months in (6.0, 6.1)
    assert rec(result).pathway == pathway


def test_rule2_fit_late_relapse_gets_intensive_then_transplant():
    result = run(relapse_case(400))
    r = rec(result)
    assert r.primary.category == "intensive_chemotherapy"
    assert r.primary.regimens == ("MEC", "FLAG-IDA", "IDAC", "HIDAC")
    assert "allogeneic_hct_referral" in r.actions
    assert any(a.regimens == ("CLAG-M", "CLO-ARA") for a in r.alternatives)
    assert "RR-FIT-LATE" in rules_fired(result)


@pytest.mark.parametrize("mutation", [FLT3_ITD, FLT3_TKD])
def test_rule2_exception_flt3_gets_gilteritinib(mutation):
    r = rec(run(relapse_case(400, relapse=mutation)))
    assert r.primary.regimens == ("GILTERITINIB",)
    assert {"qtc_monitoring", "continue_until_progression"} <= set(r.actions)
    assert {"differentiation_syndrome", "qtc_prolongation"} <= set(r.flags)


def test_flt3_itd_adds_post_transplant_maintenance_but_tkd_does_not():
    assert "flt3_maintenance_post_hct" in rec(run(relapse_case(400, relapse=FLT3_ITD))).actions
    assert "flt3_maintenance_post_hct" not in rec(run(relapse_case(400, relapse=FLT3_TKD))).actions


def test_rule2_idh_late_relapse_keeps_intensive_with_inhibitor_first_alternative():
    result = run(relapse_case(400, relapse=IDH1))
    r = rec(result)
    assert r.primary.category == "intensive_chemotherapy"
    assert r.alternatives[0].regimens == ("IVOSIDENIB",)
    assert "RR-FIT-LATE-IDH" in rules_fired(result)


def test_rule3_early_flt3_gets_gilteritinib():
    assert rec(run(relapse_case(100, relapse=FLT3_ITD))).primary.regimens == ("GILTERITINIB",)


def test_rule3_early_adverse_without_target_gets_venetoclax_not_chemotherapy():
    data = relapse_case(
        100, diagnosis={"date": "2020-01-01", "karyotype": "45,XX,-7", "tested_genes": ["FLT3", "NPM1"]}
    )
    r = rec(run(data))
    assert r.primary.category == "venetoclax_combination"
    assert all(a.category != "intensive_chemotherapy" for a in r.alternatives)


def test_rule3_adverse_lesion_gained_at_relapse_counts_as_adverse_biology():
    result = run(relapse_case(100, relapse=TP53_AT_RELAPSE))
    assert result.derived.adverse_biology
    assert rec(result).primary.category == "venetoclax_combination"


def test_rule3_early_adverse_idh2_gets_enasidenib():
    data = relapse_case(100, relapse=IDH2, diagnosis={"date": "2020-01-01", "karyotype": "46,XX,inv(3)(q21q26)"})
    r = rec(run(data))
    assert r.primary.regimens == ("ENASIDENIB",)
    assert "differentiation_syndrome" in r.flags
    assert "qtc_prolongation" not in r.flags


def test_rule3_early_not_adverse_gets_intensive_like_patient_one():
    result = run(relapse_case(100))
    assert rec(result).primary.category == "intensive_chemotherapy"
    assert rec(result).alternatives[0].category == "venetoclax_combination"


def test_rule3_early_idh_not_adverse_is_ambiguous():
    result = run(relapse_case(100, relapse=IDH1))
    r = rec(result)
    assert r.primary.category == "intensive_chemotherapy"
    assert r.alternatives[0].regimens == ("IVOSIDENIB",)
    assert "guidance_ambiguous" in r.flags


def test_rule3_eln_unknown_is_treated_as_not_adverse_and_flagged():
    data = relapse_case(100, diagnosis={"date": "2020-01-01", "karyotype": "46,XX"})
    result = run(data)
    assert result.derived.eln2017_risk == "unknown"
    assert rec(result).primary.category == "intensive_chemotherapy"
    assert "guidance_ambiguous" in rec(result).flags
    assert "RR-ELN-UNKNOWN" in rules_fired(result)


# Rule 4 ---------------------------------------------------------------------------------


def test_rule4_unfit_gets_venetoclax_combination_and_no_transplant():
    data = relapse_case(400, fitness={"ecog": 1, "fit_for_intensive": False})
    r = rec(run(data))
    assert r.primary.category == "venetoclax_combination"
    assert "allogeneic_hct_referral" not in r.actions


def test_rule4_second_relapse_even_if_fit():
    data = relapse_case(400)
    data["assessments"] += [
        {"date": "2021-05-01", "marrow_blasts_percent": 1, "anc": 2, "platelets": 150},
        {"date": "2021-09-01", "marrow_blasts_percent": 20, "tested_genes": ["FLT3", "IDH1", "IDH2"]},
    ]
    data["as_of"] = "2021-09-05"
    r = rec(run(data))
    assert r.pathway == "unfit-pif-or-later-relapse"
    assert r.primary.category == "venetoclax_combination"
    assert "allogeneic_hct_referral" in r.actions


def test_rule4_with_target_gets_inhibitor():
    data = relapse_case(400, relapse=IDH2, fitness={"fit_for_intensive": False})
    assert rec(run(data)).primary.regimens == ("ENASIDENIB",)


# Fitness default rule (clinical-spec.md §3) ----------------------------------------------


@pytest.mark.parametrize(
    ("birth", "ecog", "fit"),
    [
        ("1961-06-07", None, True),  # 59 at relapse
        ("1960-06-01", None, None),  # 60
        ("1946-06-07", 0, None),  # 74
        ("1945-06-01", 0, False),  # 75
        ("1980-01-01", 3, False),
        ("1980-01-01", 2, True),
    ],
)
def test_default_fitness_rule_at_age_and_ecog_limits(birth, ecog, fit):
    data = relapse_case(400, fitness={"ecog": ecog} if ecog is not None else None)
    data["patient"]["birth_date"] = birth
    data["as_of"] = "2021-06-05"
    result = run(data)
    assert result.derived.fit_for_intensive is fit


def test_fitness_unknown_recommends_unfit_branch_with_fit_branch_first_alternative():
    data = relapse_case(400, fitness=None)
    data["patient"]["birth_date"] = "1955-01-01"
    result = run(data)
    r = rec(result)
    assert r.primary.category == "venetoclax_combination"
    assert r.alternatives[0].category == "intensive_chemotherapy"
    assert "assess_fitness" in r.actions
    assert "fitness_unknown" in r.flags
    assert "RR-FITNESS-UNKNOWN" in rules_fired(result)


def test_age_limits_are_clinic_settings():
    data = relapse_case(400, fitness=None)
    data["patient"]["birth_date"] = "1955-01-01"
    assert run(data, fit_age_below=70).derived.fit_for_intensive is True


# Rule 1: post-transplant -----------------------------------------------------------------


def post_hct(months_after: int = 6, **relapse):
    data = relapse_case(400, relapse=relapse or None)
    data["courses"].append({"phase": "transplant", "regimen": "allogeneic", "start": "2020-06-01"})
    return data


def test_rule1_post_transplant_prefers_clinical_trial():
    result = run(post_hct())
    r = rec(result)
    assert r.pathway == "post-transplant-relapse"
    assert r.primary.category == "clinical_trial"
    assert any(a.regimens == ("DLI",) for a in r.alternatives)
    assert "consider_clinical_trial" not in r.actions


def test_rule1_without_trials_gets_hma_and_records_the_fallback():
    r = rec(run(post_hct(), stocked={"clinical_trials": False}))
    assert r.primary.category == "hypomethylating_agent"
    assert r.fallbacks_applied[0].intended == "clinical_trials"


def test_rule1_targetable_mutation_gets_inhibitor():
    assert rec(run(post_hct(**IDH1))).primary.regimens == ("IVOSIDENIB",)


def test_rule1_gemtuzumab_for_cd33_positive_with_vod_warning():
    data = post_hct()
    data["diagnosis"]["cd33_percent"] = 20
    r = rec(run(data))
    assert any(a.regimens == ("GO",) for a in r.alternatives)
    assert "veno_occlusive_disease" in r.flags
    data["diagnosis"]["cd33_percent"] = 19.9
    r = rec(run(data))
    assert not any(a.regimens == ("GO",) for a in r.alternatives)
    assert "veno_occlusive_disease" not in r.flags


def test_rule1_dli_needs_hct_capability():
    r = rec(run(post_hct(), stocked={"allogeneic_hct": False}))
    assert not any(a.category == "cellular_therapy" for a in r.alternatives)


# Rule 5: inhibitors ----------------------------------------------------------------------


def test_rule5_flt3_and_idh_both_flt3_first_and_ambiguous():
    both = {
        "mutations": [{"gene": "FLT3", "variant": "ITD"}, {"gene": "IDH2", "variant": "R172K"}],
        "tested_genes": ["FLT3", "IDH1", "IDH2"],
    }
    result = run(relapse_case(400, relapse=both, fitness={"fit_for_intensive": False}))
    r = rec(result)
    assert r.primary.regimens == ("GILTERITINIB",)
    assert r.alternatives[0].regimens == ("ENASIDENIB",)
    assert "guidance_ambiguous" in r.flags
    assert "RR-INHIBITOR-BOTH" in rules_fired(result)


def test_non_targetable_variants_are_not_targeted():
    other = {
        "mutations": [{"gene": "FLT3", "variant": "N676K"}, {"gene": "IDH1", "variant": "V178I"}],
        "tested_genes": ["FLT3", "IDH1", "IDH2"],
    }
    result = run(relapse_case(400, relapse=other))
    assert result.derived.targetable_mutations == ()


def test_mutation_status_from_diagnosis_is_flagged_and_testing_asked():
    data = relapse_case(400, relapse={"mutations": None, "tested_genes": None})
    data["diagnosis"]["mutations"] = [{"gene": "IDH1", "variant": "R132C"}]
    result = run(data)
    r = rec(result)
    assert result.derived.targetable_mutations == ("IDH1",)
    assert "mutation_status_from_diagnosis" in r.flags
    assert "molecular_testing" in r.actions


def test_relapse_test_supersedes_diagnosis_mutation_gene_by_gene():
    data = relapse_case(400, relapse={"mutations": [], "tested_genes": ["IDH1"]})
    data["diagnosis"]["mutations"] = [{"gene": "IDH1", "variant": "R132C"}]
    result = run(data)
    assert result.derived.targetable_mutations == ()
    assert "molecular_testing" in rec(result).actions  # FLT3 and IDH2 not retested


def test_no_mutation_result_and_no_testing_means_no_inhibitor_and_says_so():
    data = relapse_case(400, relapse={"mutations": None, "tested_genes": None})
    data["diagnosis"]["tested_genes"] = ["NPM1", "CEBPA", "TP53", "RUNX1", "ASXL1"]
    result = run(data, stocked={"molecular_testing": False})
    assert "RR-NO-MUTATION-DATA" in rules_fired(result)
    assert result.derived.targetable_mutations == ()


# Rule 5a: prior venetoclax ---------------------------------------------------------------


def ven_failure(fit):
    data = relapse_case(400, fitness={"fit_for_intensive": fit})
    data["courses"].append({"phase": "maintenance", "regimen": "AZA-VEN", "start": "2020-04-01", "cycle": 2})
    data["assessments"][-1]["marrow_blasts_percent"] = 30
    data["assessments"].append({"date": "2021-03-20", "marrow_blasts_percent": 50})
    return data


@pytest.mark.parametrize(
    ("fit", "trials", "category"),
    [
        (False, True, "clinical_trial"),
        (False, False, "best_supportive_care"),
        (True, False, "intensive_chemotherapy"),
    ],
)
def test_rule5a_prior_venetoclax_failure_replaces_venetoclax(fit, trials, category):
    data = ven_failure(fit)
    if fit:
        data["assessments"] += [
            {"date": "2021-05-01", "marrow_blasts_percent": 1, "anc": 2, "platelets": 150},
            {"date": "2021-09-01", "marrow_blasts_percent": 20, "tested_genes": ["FLT3", "IDH1", "IDH2"]},
        ]
        data["as_of"] = "2021-09-05"
    r = rec(run(data, stocked={"clinical_trials": trials}))
    assert r.primary.category == category
    assert {"prior_venetoclax_failure", "not_from_source"} <= set(r.flags)
    assert all(a.category != "venetoclax_combination" for a in r.alternatives)
    # clinical-spec.md §8.3 (2026.2): the failed AZA-VEN also excludes its backbone alone (AZA, DEC).
    assert all(a.category != "hypomethylating_agent" for a in r.alternatives)
    assert any(a.category == "low_dose_cytarabine" for a in r.alternatives)
    assert "prior_hma_failure" in r.flags


def test_rule5a_inhibitor_stays_primary():
    data = ven_failure(False)
    data["assessments"][-2].update(IDH1)
    r = rec(run(data))
    assert r.primary.regimens == ("IVOSIDENIB",)
    assert "prior_venetoclax_failure" in r.flags
    assert all(a.category != "venetoclax_combination" for a in r.alternatives)


# Rule 6 ----------------------------------------------------------------------------------


def test_rule6_no_hct_capability_records_fallback_and_no_referral():
    r = rec(run(relapse_case(400), stocked={"allogeneic_hct": False}))
    assert "allogeneic_hct_referral" not in r.actions
    assert any(f.intended == "allogeneic_hct" for f in r.fallbacks_applied)


def test_clinical_trial_suggested_only_where_the_clinic_has_trials():
    assert "consider_clinical_trial" in rec(run(relapse_case(400))).actions
    assert "consider_clinical_trial" not in rec(run(relapse_case(400), stocked={"clinical_trials": False})).actions


# Rule 0: cytoreduction and repeat marrow ---------------------------------------------------


@pytest.mark.parametrize(("wbc", "expected"), [(24.9, False), (25.0, True)])
def test_cytoreduction_at_venetoclax_ceiling(wbc, expected):
    data = relapse_case(400, relapse={"wbc": wbc}, fitness={"fit_for_intensive": False})
    assert ("cytoreduction" in rec(run(data)).actions) is expected


@pytest.mark.parametrize(("wbc", "expected"), [(49.9, False), (50.0, True)])
def test_cytoreduction_at_clinic_threshold_for_intensive(wbc, expected):
    data = relapse_case(400, relapse={"wbc": wbc})
    assert ("cytoreduction" in rec(run(data)).actions) is expected


def test_cytoreduction_threshold_is_a_setting():
    data = relapse_case(400, relapse={"wbc": 35})
    assert "cytoreduction" in rec(run(data, cytoreduction_wbc=30)).actions


@pytest.mark.parametrize(
    ("blasts", "extra", "expected"),
    [(5, {}, True), (10, {}, True), (10.1, {}, False), (8, {"circulating_blasts": True}, False)],
)
def test_repeat_marrow_for_relapse_on_5_to_10_percent_blasts_alone(blasts, extra, expected):
    data = relapse_case(400, relapse={"marrow_blasts_percent": blasts, **extra})
    assert ("repeat_marrow_to_confirm_relapse" in rec(run(data)).actions) is expected


def test_molecular_relapse_is_treated_as_relapse_and_flagged():
    data = base_case()
    data["assessments"][1]["mrd"] = {"status": "negative", "method": "qpcr"}
    data["assessments"].append(
        {
            "date": "2021-01-10",
            "marrow_blasts_percent": 1,
            "mrd": {"status": "positive", "method": "qpcr"},
            "tested_genes": ["FLT3", "IDH1", "IDH2"],
        }
    )
    result = run(data)
    r = rec(result)
    assert result.derived.status == "molecular_relapse"
    assert r.primary.category == "intensive_chemotherapy"
    assert "repeat_marrow_to_confirm_relapse" in r.actions
    assert "guidance_ambiguous" in r.flags


# Not applicable --------------------------------------------------------------------------


def test_in_remission_is_not_applicable():
    r = rec(run(base_case()))
    assert r.primary.category == "not_applicable"
    assert r.primary.regimens == ()


def test_apl_is_out_of_scope():
    data = relapse_case(400, diagnosis={"date": "2020-01-01", "karyotype": "46,XX,t(15;17)(q24;q21)"})
    r = rec(run(data))
    assert r.primary.category == "not_applicable"
    assert "apl_out_of_scope" in r.flags


def test_persistent_after_one_cycle_says_not_yet_pif():
    # clinical-spec.md §8.5a (2026.2): it still says "not yet PIF", and now also gets a primary.
    data = base_case()
    data["assessments"][1] = {"date": "2020-02-10", "marrow_blasts_percent": 40}
    result = run(data)
    assert result.derived.status == "persistent_after_one_cycle"
    assert "RR-PERSISTENT-ONE-CYCLE" in rules_fired(result)
    assert result.recommendation.pathway == "persistent-after-one-cycle"


# Fallback rows (clinical-spec.md §5) ------------------------------------------------------


def test_gilteritinib_unavailable_itd_gets_quizartinib():
    r = rec(run(relapse_case(400, relapse=FLT3_ITD), stocked={"gilteritinib": False}))
    assert r.primary.regimens == ("QUIZARTINIB",)
    assert "not_from_source" not in r.flags
    assert "qtc_prolongation" in r.flags


def test_gilteritinib_unavailable_tkd_fit_gets_intensive_flagged_not_from_source():
    r = rec(run(relapse_case(400, relapse=FLT3_TKD), stocked={"gilteritinib": False}))
    assert r.primary.category == "intensive_chemotherapy"
    assert "not_from_source" in r.flags


def test_gilteritinib_and_quizartinib_unavailable_unfit_gets_venetoclax():
    data = relapse_case(400, relapse=FLT3_ITD, fitness={"fit_for_intensive": False})
    r = rec(run(data, stocked={"gilteritinib": False, "quizartinib": False}))
    assert r.primary.category == "venetoclax_combination"
    assert "not_from_source" in r.flags


def test_azacitidine_missing_uses_the_other_venetoclax_backbones():
    data = relapse_case(400, fitness={"fit_for_intensive": False})
    r = rec(run(data, stocked={"azacitidine": False}))
    assert r.primary.regimens == ("DEC-VEN", "LDAC-VEN")
    assert r.fallbacks_applied[0].intended == "AZA-VEN"
    assert r.fallbacks_applied[0].used == "DEC-VEN"


def test_venetoclax_missing_gets_hma_then_ldac_alone_not_from_source():
    data = relapse_case(400, fitness={"fit_for_intensive": False})
    assert rec(run(data, stocked={"venetoclax": False})).primary.category == "hypomethylating_agent"
    r = rec(run(data, stocked={"venetoclax": False, "azacitidine": False, "decitabine": False}))
    assert r.primary.regimens == ("LDAC",)
    assert "not_from_source" in r.flags


def test_intensive_missing_drug_uses_another_intensive_regimen():
    r = rec(run(relapse_case(400), stocked={"mitoxantrone": False}))
    assert r.primary.regimens[0] == "FLAG-IDA"
    assert r.fallbacks_applied[0].intended == "MEC"
    assert "mitoxantrone" in r.fallbacks_applied[0].reason


def test_no_intensive_capability_falls_back_to_venetoclax_combination():
    r = rec(run(relapse_case(400), stocked={"intensive_chemotherapy": False}))
    assert r.primary.category == "venetoclax_combination"
    assert r.fallbacks_applied[0].intended == "intensive_chemotherapy"


def test_clinical_trial_falls_to_the_rules_next_option():
    r = rec(run(ven_failure(False), stocked={"clinical_trials": False}))
    assert r.primary.category == "best_supportive_care"


def test_tp53_known_but_karyotype_missing_is_eln_unknown_yet_adverse_biology_flagged():
    data = relapse_case(100)
    data["diagnosis"] = {
        "date": "2020-01-01",
        "mutations": [{"gene": "TP53", "variant": "R248Q"}],
        "tested_genes": ["FLT3", "NPM1", "CEBPA"],
    }
    result = run(data)
    assert result.derived.eln2017_risk == "unknown"
    assert "karyotype" in result.derived.eln2017_missing_tests
    assert result.derived.adverse_biology
    r = rec(result)
    assert r.primary.category == "venetoclax_combination"
    assert "guidance_ambiguous" in r.flags
    assert "RR-ELN-UNKNOWN" in rules_fired(result)
