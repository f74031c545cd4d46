"""The application's block in a case file, extensions["aml_desktop"], read once into types."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from aml_desktop.engine.app_data import DecisionDetail, app_data, updated_extensions
from aml_desktop.engine.case_io import load_case

CASE = load_case((Path(__file__).parent.parent / "fixtures" / "cases" / "patient1-early-relapse.json").read_bytes())


def test_every_part_of_the_block_is_typed() -> None:
    case = replace(
        CASE,
        decisions=CASE.decisions[:0],
        extensions={
            "other_tool": {"kept": True},
            "aml_desktop": {
                "measurements": [{"date": "2019-07-20", "height_cm": 165, "weight_kg": 60}, {"date": "bad"}],
                "fitness_criteria": ["age_75_or_more"],
            },
        },
    )
    data = app_data(case)
    assert [(m.date, m.height_cm, m.weight_kg) for m in data.measurements] == [(date(2019, 7, 20), 165.0, 60.0)]
    assert data.fitness_criteria == ("age_75_or_more",)
    assert data.measurement_warnings and 'measurements"][1]' in data.measurement_warnings[0]
    assert app_data(case) is data  # parsed once per case object


def test_decision_details_align_with_the_decisions() -> None:
    from aml_desktop.engine.case import Decision

    decisions = (
        Decision(date(2019, 7, 26), "accepted", "AZA-VEN"),
        Decision(date(2019, 8, 1), "overridden", "FLAG-IDA", override_reason="patient choice"),
    )
    details = [None, {"reason_code": "patient_preference", "recorded_by": "dr.a", "snapshot": {"x": 1}}]
    case = replace(CASE, decisions=decisions, extensions={"aml_desktop": {"decision_details": details}})
    assert app_data(case).decision_details == (
        None,
        DecisionDetail(reason_code="patient_preference", recorded_by="dr.a", snapshot={"x": 1}),
    )


def test_updated_extensions_changes_only_the_given_keys_and_drops_an_empty_block() -> None:
    original = {"other_tool": {"a": 1}, "aml_desktop": {"fitness_criteria": ["x"], "unknown_key": 3}}
    out = updated_extensions(original, measurements=[{"date": "2020-01-01", "weight_kg": 70}])
    assert out == {
        "other_tool": {"a": 1},
        "aml_desktop": {
            "fitness_criteria": ["x"],
            "unknown_key": 3,
            "measurements": [{"date": "2020-01-01", "weight_kg": 70}],
        },
    }
    assert original["aml_desktop"] == {"fitness_criteria": ["x"], "unknown_key": 3}  # the input is not changed
    assert updated_extensions({"aml_desktop": {"fitness_criteria": ["x"]}}, fitness_criteria=[]) == {}
    assert updated_extensions(None, measurements=None) == {}
