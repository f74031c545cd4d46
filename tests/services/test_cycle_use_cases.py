"""The cycle use cases the window and the command line share."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from aml_desktop.engine.case import Case, Diagnosis, Patient
from aml_desktop.engine.cycles import Administration, CycleError, CycleSettings
from aml_desktop.engine.organ import OrganResult, read_organ_results
from aml_desktop.services import cycles as service

CASE = Case(
    patient=Patient(birth_date=date(1970, 1, 1), sex="female"),
    diagnosis=Diagnosis(date=date(2019, 1, 1)),
    extensions={"aml_desktop": {"measurements": [{"date": "2019-06-01", "height_cm": 160, "weight_kg": 60},
                                                  {"date": "2019-06-08", "weight_kg": 58}]}, "other": True},
)  # fmt: skip


def test_defaults_are_the_latest_height_and_the_latest_weight_with_its_date() -> None:
    found = service.body_size_defaults(CASE, date(2019, 6, 10))
    assert (found.height_cm, found.weight_kg, found.weight_date) == (160, 58, date(2019, 6, 8))


def test_plan_keeps_every_other_extension_and_counts_cycles() -> None:
    case, cycle = service.plan(
        CASE, regimen="MEC", start=date(2019, 6, 10), phase="reinduction", cycle_number=1, height_cm=160,
        weight_kg=58, weight_date=date(2019, 6, 8), by="Dr A", settings=CycleSettings(),
    )  # fmt: skip
    assert case.extensions["other"] is True and case.extensions["aml_desktop"]["measurements"]
    assert service.next_cycle_number(case, "MEC") == 2
    with pytest.raises(CycleError, match="no verified dose schedule"):
        service.plan(
            CASE, regimen="7+3", start=date(2019, 6, 10), phase="induction", cycle_number=1, height_cm=160,
            weight_kg=58, weight_date=date(2019, 6, 8), by="Dr A", settings=CycleSettings(),
        )  # fmt: skip
    with pytest.raises(CycleError, match="calendar ends on day 35"):
        service.record_given(case, cycle.id, Administration(36, "etoposide", "held", None, "RN"))
    with pytest.raises(CycleError, match="not planned on day 7"):
        service.record_given(case, cycle.id, Administration(7, "etoposide", "given", 100, "RN"))


def test_organ_results_of_one_day_are_merged_not_replaced() -> None:
    case = service.add_organ_result(CASE, OrganResult(date(2019, 6, 9), creatinine_mg_dl=0.9))
    case = service.add_organ_result(case, OrganResult(date(2019, 6, 9), lvef_percent=58))
    (result,) = read_organ_results(case.extensions)
    assert (result.creatinine_mg_dl, result.lvef_percent) == (0.9, 58)
    assert replace(case, extensions=None) == replace(CASE, extensions=None)
