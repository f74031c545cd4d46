"""Course derivations of clinical-spec.md §2: remission, relapse, CR1, PIF, transplant."""

from __future__ import annotations

from datetime import date

import pytest

from aml_desktop.engine import classify_assessments, derive_course, parse_case
from aml_desktop.engine.course import months_between
from tests.engine.builders import base_case, relapse_case


def facts(data):
    case = parse_case(data)
    return derive_course(case, case.as_of)


def test_remission_then_nothing_is_in_remission():
    f = facts(base_case())
    assert f.status == "in_remission"
    assert f.cr1_date == date(2020, 2, 10)
    assert f.relapse_number == 0


@pytest.mark.parametrize(("blasts", "remission"), [(4.9, True), (5.0, False)])
def test_remission_needs_blasts_below_five(blasts, remission):
    data = base_case()
    data["assessments"][1]["marrow_blasts_percent"] = blasts
    assert (facts(data).cr1_date is not None) is remission


@pytest.mark.parametrize(("field", "value"), [("circulating_blasts", True), ("extramedullary", True)])
def test_circulating_blasts_or_emd_prevent_remission(field, value):
    data = base_case()
    data["assessments"][1][field] = value
    assert facts(data).cr1_date is None


@pytest.mark.parametrize(
    ("anc", "platelets", "category"),
    [(1.0, 100, "CR"), (0.99, 100, "CRi"), (1.0, 99, "CRi"), (None, None, "MLFS")],
)
def test_response_category_at_count_thresholds(anc, platelets, category):
    data = base_case()
    data["assessments"][1].update({"anc": anc, "platelets": platelets})
    responses = classify_assessments(parse_case(data))
    assert [r.category for r in responses] == ["baseline", category]


def test_mrd_negative_cr_is_cr_without_mrd():
    data = base_case()
    data["assessments"][1]["mrd"] = {"status": "negative", "method": "flow"}
    assert classify_assessments(parse_case(data))[1].category == "CR_MRD_NEG"


def test_baseline_assessment_on_diagnosis_day_is_never_a_remission():
    data = base_case()
    data["assessments"] = [{"date": "2020-01-01", "marrow_blasts_percent": 2, "anc": 2, "platelets": 200}]
    f = facts(data)
    assert f.cr1_date is None
    assert f.responses[0].category == "baseline"


@pytest.mark.parametrize(("blasts", "relapsed"), [(4.9, False), (5.0, True)])
def test_relapse_at_five_percent(blasts, relapsed):
    f = facts(relapse_case(200, relapse={"marrow_blasts_percent": blasts}))
    assert (f.status == "relapsed") is relapsed


def test_relapse_by_circulating_blasts_or_emd_alone():
    f = facts(relapse_case(200, relapse={"marrow_blasts_percent": None, "circulating_blasts": True}))
    assert f.status == "relapsed"
    f = facts(relapse_case(200, relapse={"marrow_blasts_percent": None, "extramedullary": True}))
    assert f.status == "relapsed"


def test_cr1_duration_is_days_over_30_4375_rounded_to_one_decimal():
    assert months_between(date(2020, 2, 10), date(2020, 8, 11)) == round(183 / 30.4375, 1)
    f = facts(relapse_case(183))
    assert f.cr1_duration_months == 6.0
    assert facts(relapse_case(186)).cr1_duration_months == 6.1


def test_second_relapse_counts_two():
    data = relapse_case(300)
    data["assessments"] += [
        {"date": "2021-03-01", "marrow_blasts_percent": 1, "anc": 2, "platelets": 150},
        {"date": "2021-05-01", "marrow_blasts_percent": 20},
    ]
    data["as_of"] = "2021-05-10"
    f = facts(data)
    assert f.relapse_number == 2
    assert f.remission_dates == (date(2020, 2, 10), date(2021, 3, 1))
    assert f.first_relapse_date == date(2020, 12, 6)
    assert f.latest_relapse_date == date(2021, 5, 1)


def test_molecular_relapse_after_mrd_negative_remission():
    data = base_case()
    data["assessments"][1]["mrd"] = {"status": "negative", "method": "qpcr"}
    data["assessments"].append(
        {"date": "2021-01-10", "marrow_blasts_percent": 1, "mrd": {"status": "positive", "method": "qpcr"}}
    )
    f = facts(data)
    assert f.status == "molecular_relapse"
    assert f.relapse_number == 0
    assert f.effective_relapse_number == 1
    assert f.molecular_relapse_date == date(2021, 1, 10)


def test_mrd_positive_without_prior_negative_is_not_a_molecular_relapse():
    data = base_case()
    data["assessments"].append({"date": "2021-01-10", "marrow_blasts_percent": 1, "mrd": {"status": "positive"}})
    assert facts(data).status == "in_remission"


def pif_case(cycles: list[str], blasts_after: list[float]) -> dict:
    data = base_case()
    data["courses"] = []
    data["assessments"] = [{"date": "2020-01-01", "marrow_blasts_percent": 60}]
    for i, regimen in enumerate(cycles):
        start = date(2020, 1 + i, 3)
        data["courses"].append({"phase": "induction", "regimen": regimen, "start": start.isoformat(), "cycle": i + 1})
    for i, blasts in enumerate(blasts_after):
        data["assessments"].append({"date": date(2020, 1 + i, 28).isoformat(), "marrow_blasts_percent": blasts})
    return data


def test_one_intensive_cycle_without_remission_is_not_yet_pif():
    f = facts(pif_case(["7+3"], [40]))
    assert f.status == "persistent_after_one_cycle"
    assert f.intensive_cycles_without_remission == 1


def test_two_intensive_cycles_without_remission_is_primary_refractory():
    f = facts(pif_case(["7+3", "HIDAC"], [40, 30]))
    assert f.status == "primary_refractory"
    assert f.intensive_cycles_without_remission == 2
    assert not f.prior_venetoclax_failure


def test_second_cycle_not_yet_assessed_is_not_pif():
    f = facts(pif_case(["7+3", "HIDAC"], [40]))
    assert f.status == "persistent_after_one_cycle"


def test_two_venetoclax_cycles_without_remission_is_refractory_with_prior_failure():
    f = facts(pif_case(["AZA-VEN", "AZA-VEN"], [40, 30]))
    assert f.status == "primary_refractory"
    assert f.prior_venetoclax_failure


def test_non_intensive_single_cycle_is_on_induction():
    assert facts(pif_case(["AZA"], [40])).status == "on_induction"


def test_free_text_regimen_counts_by_declared_intensity():
    data = pif_case(["7+3"], [40, 30])
    data["courses"].append({"phase": "reinduction", "regimen": "FLAG", "intensity": "intensive", "start": "2020-02-01"})
    assert facts(data).status == "primary_refractory"


def test_newly_diagnosed_without_treatment():
    data = base_case(courses=[], assessments=[{"date": "2020-01-01", "marrow_blasts_percent": 50}])
    assert facts(data).status == "newly_diagnosed"


def test_nothing_after_as_of_is_considered():
    data = relapse_case(300)
    data["as_of"] = "2020-06-01"
    assert facts(data).status == "in_remission"


def test_post_transplant_relapse_counts_months_from_latest_allogeneic_hct():
    data = relapse_case(400)
    data["courses"].append({"phase": "transplant", "regimen": "allogeneic", "start": "2020-05-01"})
    f = facts(data)
    assert f.post_transplant
    assert f.months_since_transplant == months_between(date(2020, 5, 1), f.latest_relapse_date)


def test_autologous_transplant_is_not_post_transplant():
    data = relapse_case(400)
    data["courses"].append({"phase": "transplant", "regimen": "autologous", "start": "2020-05-01"})
    assert not facts(data).post_transplant


def test_prior_venetoclax_before_relapse_is_a_failure():
    data = relapse_case(400)
    data["courses"].append({"phase": "maintenance", "regimen": "aza-ven", "start": "2020-04-01", "cycle": 3})
    f = facts(data)
    assert f.prior_venetoclax_failure
    assert parse_case(data).courses[-1].regimen == "AZA-VEN"


def test_relapse_wbc_counts_only_after_relapse():
    data = relapse_case(200)
    data["diagnosis"]["wbc"] = 300
    assert facts(data).current_wbc is None
    data["assessments"][-1]["wbc"] = 42
    assert facts(data).current_wbc == 42
