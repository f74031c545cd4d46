"""Building the snapshot: paper sizes, decisions joined with their stored details."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from aml_desktop.engine.case_io import load_case
from aml_desktop.reports import NO_CLINIC_NAME, decisions_from_case, normalise_paper, snapshot_from_case
from tests.conftest import CASES
from tests.reports.report_samples import sample_case, sample_snapshot


def test_paper_size_is_checked() -> None:
    with pytest.raises(ValueError, match="paper"):
        sample_snapshot(paper="A5")
    assert normalise_paper("a4") == "A4"
    assert normalise_paper("Letter") == "letter"
    with pytest.raises(ValueError, match="'legal'"):
        normalise_paper("legal")


@pytest.mark.parametrize(
    "details",
    [
        [{"reason_code": "not_available_today", "ruleset_version": "2020.1-dt", "recorded_at": "2019-07-26T10:15"}],
        {
            "0": {
                "reason_code": "not_available_today",
                "ruleset_version": "2020.1-dt",
                "recorded_at": "2019-07-26T10:15",
            }
        },
    ],
)
def test_decision_details_from_the_extension(details: object) -> None:
    case = sample_case()
    case = replace(case, extensions={"aml_desktop": {"decision_details": details}})
    (entry,) = decisions_from_case(case)
    assert entry.decision is case.decisions[0]
    assert entry.reason_code == "not_available_today"
    assert entry.ruleset_version == "2020.1-dt"
    assert entry.recorded_at == "2019-07-26T10:15"
    assert not entry.accepted


def test_decisions_without_details() -> None:
    case = replace(sample_case(), extensions=None)
    (entry,) = decisions_from_case(case)
    assert entry.reason_code is None and entry.recorded_at is None


def test_snapshot_from_case_runs_the_engine_on_the_given_day() -> None:
    case = load_case((CASES / "patient1-early-relapse.json").read_bytes())
    snapshot = snapshot_from_case(case, today=date(2020, 1, 2), clinic_name="  ", paper="letter")
    assert snapshot.result.as_of == case.as_of  # the case's own date wins
    assert snapshot.printed_on == date(2020, 1, 2)
    assert snapshot.clinic_name == NO_CLINIC_NAME
    assert snapshot.paper == "letter"
    assert snapshot.decisions == ()
