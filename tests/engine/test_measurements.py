"""Height and weight read defensively from the case file's extension block."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from aml_desktop.engine.case import Case, Diagnosis, Patient
from aml_desktop.engine.case_io import dump_case, load_case
from aml_desktop.engine.measurements import (
    Measurement,
    latest_measurement,
    latest_weight,
    measurement_warnings,
    measurements,
)

FIXTURE = Path(__file__).parent.parent / "fixtures" / "cases" / "patient1-early-relapse.json"


def _case(extensions: Any) -> Case:
    return Case(
        patient=Patient(birth_date=date(1960, 1, 1)), diagnosis=Diagnosis(date=date(2020, 1, 1)), extensions=extensions
    )


def _with(entries: Any) -> Case:
    return _case({"aml_desktop": {"measurements": entries}})


def test_no_block_means_no_measurements_and_no_warnings() -> None:
    blocks: tuple[Any, ...] = (None, {}, {"other_tool": 1}, {"aml_desktop": {}})
    for extensions in blocks:
        case = _case(extensions)
        assert measurements(case) == ()
        assert measurement_warnings(case) == ()
        assert latest_measurement(case) is None


def test_entries_sorted_by_date() -> None:
    case = _with(
        [
            {"date": "2020-03-01", "height_cm": 170, "weight_kg": 68.5},
            {"date": "2020-01-02", "height_cm": 170, "weight_kg": 72},
            {"date": "2020-02-01", "weight_kg": 70},
        ]
    )
    assert measurements(case) == (
        Measurement(date(2020, 1, 2), 170.0, 72.0),
        Measurement(date(2020, 2, 1), None, 70.0),
        Measurement(date(2020, 3, 1), 170.0, 68.5),
    )
    assert measurement_warnings(case) == ()


def test_latest_measurement_needs_both_values_and_respects_date() -> None:
    case = _with(
        [
            {"date": "2020-01-02", "height_cm": 170, "weight_kg": 72},
            {"date": "2020-02-01", "weight_kg": 65},
            {"date": "2020-03-01", "height_cm": 171, "weight_kg": 68},
        ]
    )
    assert latest_measurement(case) == Measurement(date(2020, 3, 1), 171.0, 68.0)
    # A newer weight-only entry does not replace the last complete pair ...
    assert latest_measurement(case, on_or_before=date(2020, 2, 15)) == Measurement(date(2020, 1, 2), 170.0, 72.0)
    # ... but it is there to show beside it.
    assert latest_weight(case, on_or_before=date(2020, 2, 15)) == Measurement(date(2020, 2, 1), None, 65.0)
    assert latest_measurement(case, on_or_before=date(2020, 3, 1)) == Measurement(date(2020, 3, 1), 171.0, 68.0)
    assert latest_measurement(case, on_or_before=date(2019, 12, 31)) is None


def test_same_day_entries_last_listed_wins() -> None:
    case = _with(
        [
            {"date": "2020-01-02", "height_cm": 170, "weight_kg": 72},
            {"date": "2020-01-02", "height_cm": 170, "weight_kg": 71},
        ]
    )
    latest = latest_measurement(case)
    assert latest is not None and latest.weight_kg == 71.0


def test_bsa_property() -> None:
    assert Measurement(date(2020, 1, 1), 170, 70).bsa_m2 == 1.82
    assert Measurement(date(2020, 1, 1), None, 70).bsa_m2 is None


def test_invalid_entries_skipped_and_reported_by_index_and_field() -> None:
    case = _with(
        [
            {"date": "2020-01-02", "height_cm": 170, "weight_kg": 72},
            "70 kg",
            {"date": "2020-13-01", "weight_kg": 70},
            {"height_cm": 170, "weight_kg": 70},
            {"date": "2020-02-01", "height_cm": 1.7, "weight_kg": 70},
            {"date": "2020-02-02", "weight_kg": "seventy"},
            {"date": "2020-02-03", "weight_kg": True},
            {"date": "2020-02-04"},
            {"date": 20200205, "weight_kg": 70},
            {"date": "2020-02-06", "weight_kg": 69, "wieght_kg": 96},
        ]
    )
    assert [m.date for m in measurements(case)] == [date(2020, 1, 2), date(2020, 2, 6)]
    warnings = measurement_warnings(case)
    prefix = 'extensions["aml_desktop"]["measurements"]'
    expected = {
        1: "must be an object",
        2: "date must be a valid YYYY-MM-DD date",
        3: "date is missing",
        4: "height_cm must be between 100 and 250 cm, not 1.7",
        5: "weight_kg must be a number, not 'seventy'",
        6: "weight_kg must be a number, not True",
        7: "has neither height_cm nor weight_kg",
        8: "date must be a YYYY-MM-DD string",
    }
    for index, text in expected.items():
        assert any(w.startswith(f"{prefix}[{index}]: {text}") and w.endswith("(entry skipped)") for w in warnings), (
            index,
            warnings,
        )
    assert f"{prefix}[9]: unknown field(s) wieght_kg ignored" in warnings
    assert not any(w.startswith(f"{prefix}[0]") for w in warnings)


def test_malformed_blocks_are_reported_not_raised() -> None:
    assert measurement_warnings(_case({"aml_desktop": {"measurements": {"date": "2020-01-01"}}})) == (
        'extensions["aml_desktop"]["measurements"] must be a list, not dict: measurements not read',
    )
    assert "must be an object" in measurement_warnings(_case({"aml_desktop": ["x"]}))[0]
    assert measurements(_case({"aml_desktop": "x"})) == ()


def test_reads_measurements_from_a_parsed_case_file_and_round_trips() -> None:
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    data["extensions"] = {"aml_desktop": {"measurements": [{"date": "2019-07-20", "height_cm": 165, "weight_kg": 60}]}}
    case = load_case(json.dumps(data))
    assert latest_measurement(case) == Measurement(date(2019, 7, 20), 165.0, 60.0)
    assert measurements(load_case(dump_case(case))) == measurements(case)
