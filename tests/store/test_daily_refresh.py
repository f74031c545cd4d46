"""The daily refresh re-derives only the list lines that can have changed (issue 14).

A line depends on the day only through events dated on or before it; each line records its
patient's next dated event, and the refresh re-derives a line when that day arrives (or the
line was never derived, or derived by another ruleset, or on a later day than today).
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from aml_desktop.engine import evaluate
from aml_desktop.engine.case import Assessment, Case, Course
from aml_desktop.store import Store
from aml_desktop.store.summary import event_dates, next_event_date, summarise

from .conftest import USER, all_fixture_cases, fixture_case

DAY = date(2026, 11, 23)


def _line(store: Store, patient_id: str) -> tuple[object, ...]:
    return tuple(
        store._conn.execute(
            "SELECT status, current_phase, last_assessment_date, computed_on, next_event_date FROM patient_list "
            "WHERE patient_id = ?",
            [patient_id],
        ).fetchone()
    )


def _with_future(case: Case, *, assessment: date | None = None, course: date | None = None) -> Case:
    number = f"{case.patient.hospital_number}-{assessment or course}"
    case = dataclasses.replace(case, patient=dataclasses.replace(case.patient, hospital_number=number))
    if assessment is not None:
        case = dataclasses.replace(
            case, assessments=(*case.assessments, Assessment(assessment, marrow_blasts_percent=2.0))
        )
    if course is not None:
        case = dataclasses.replace(case, courses=(*case.courses, Course("consolidation", "HIDAC", course)))
    return case


@pytest.fixture
def clock() -> list[date]:
    return [DAY]


@pytest.fixture
def dated_store(db_path: object, clock: list[date]) -> Store:
    return Store.open(db_path, today=lambda: clock[0])  # type: ignore[arg-type]


def test_the_refresh_rederives_exactly_the_patients_whose_next_event_arrived(
    dated_store: Store, clock: list[date]
) -> None:
    store = dated_store
    base = fixture_case("patient1-early-relapse")
    quiet = store.save_case(base, user=USER)
    tomorrow = store.save_case(_with_future(base, assessment=DAY + timedelta(days=1)), user=USER)
    in_five = store.save_case(_with_future(base, course=DAY + timedelta(days=5)), user=USER)
    before = {pid: _line(store, pid) for pid in (quiet, tomorrow, in_five)}
    assert before[tomorrow][4] == (DAY + timedelta(days=1)).isoformat()
    assert before[quiet][4] is None  # nothing dated ahead: never due by date

    assert store.stale_summary_count() == 0  # today: a tomorrow's event is not re-derived today
    assert store.refresh_summaries() == 0

    clock[0] = DAY + timedelta(days=1)
    assert store.stale_summary_count() == 1
    assert store.refresh_summaries() == 1
    after = _line(store, tomorrow)
    assert after[2] == clock[0].isoformat()  # the assessment that arrived is now the last one
    assert after[3] == clock[0].isoformat()
    assert after[4] is None  # its only future event has come
    assert _line(store, quiet) == before[quiet]  # untouched: still derived on DAY
    assert _line(store, in_five) == before[in_five]

    clock[0] = DAY + timedelta(days=4)
    assert store.refresh_summaries() == 0
    clock[0] = DAY + timedelta(days=6)  # a day missed (the program was not opened): caught up
    assert store.refresh_summaries() == 1
    assert _line(store, in_five)[1] == "consolidation"
    assert _line(store, in_five)[4] is None
    assert _line(store, quiet) == before[quiet]
    store.close()


def test_another_ruleset_or_a_clock_set_back_makes_lines_due(dated_store: Store, clock: list[date]) -> None:
    store = dated_store
    first = store.save_case(fixture_case("patient1-early-relapse"), user=USER)
    second = store.save_case(fixture_case("patient2-primary-refractory"), user=USER)
    store._conn.execute("UPDATE patient_list SET ruleset_version = '2026.1' WHERE patient_id = ?", [first])
    assert store.stale_summary_count() == 1
    assert store.refresh_summaries() == 1
    assert store.stale_summary_count() == 0
    clock[0] = DAY - timedelta(days=3)  # derived "in the future": events after today were counted
    assert store.stale_summary_count() == 2
    assert store.refresh_summaries() == 2
    assert {_line(store, pid)[3] for pid in (first, second)} == {clock[0].isoformat()}
    store.close()


def test_an_import_is_derived_by_the_refresh(dated_store: Store) -> None:
    store = dated_store
    ids = store.import_cases(all_fixture_cases(), user=USER, derive=False)
    assert store.stale_summary_count() == len(ids)
    assert store.refresh_summaries() == len(ids)
    assert store.stale_summary_count() == 0
    assert store.refresh_summaries() == 0
    store.close()


@pytest.mark.parametrize("case", all_fixture_cases(), ids=lambda c: c.patient.hospital_number or "case")
def test_a_line_changes_only_on_a_day_that_holds_an_event(case: Case) -> None:
    """The premise of the incremental refresh, checked day by day over each paper patient's whole course."""
    days = sorted(set(event_dates(case)))
    first, last = days[0] - timedelta(days=3), days[-1] + timedelta(days=120)
    previous = summarise(case, today=first)
    day = first
    while day < last:
        day += timedelta(days=1)
        current = summarise(case, today=day)
        same = dataclasses.replace(current, computed_on=previous.computed_on)
        if day not in days:
            assert same == previous, f"the line changed on {day}, a day without an event"
        assert current.next_event_date == next_event_date(case, day)
        previous = current


@pytest.mark.parametrize("case", all_fixture_cases(), ids=lambda c: c.patient.hospital_number or "case")
def test_the_list_columns_are_the_engines_answer(case: Case) -> None:
    """Only the list's columns are derived, but they are exactly what a full evaluation says."""
    for day in [*sorted(set(event_dates(case))), DAY]:
        line = summarise(case, today=day)
        result = evaluate(dataclasses.replace(case, as_of=None, formulary=()), today=day)
        assert (line.status, line.eln2017_risk) == (result.derived.status, result.derived.eln2017_risk)


def test_a_day_only_refresh_keeps_the_risk_and_a_full_one_derives_it(dated_store: Store, clock: list[date]) -> None:
    """ELN 2017 reads the diagnosis alone: when only the day moved it is kept, not derived again."""
    store = dated_store
    case = _with_future(fixture_case("patient1-early-relapse"), assessment=DAY + timedelta(days=1))
    patient_id = store.save_case(case, user=USER)
    true_risk = store.list_patients()[0].eln2017_risk
    marker = "favorable" if true_risk != "favorable" else "adverse"
    store._conn.execute("UPDATE patient_list SET eln2017_risk = ? WHERE patient_id = ?", [marker, patient_id])
    clock[0] = DAY + timedelta(days=1)
    assert store.refresh_summaries() == 1
    assert store.list_patients()[0].eln2017_risk == marker  # kept: the refresh did not derive it again
    store._conn.execute("UPDATE patient_list SET computed_on = NULL")
    assert store.refresh_summaries() == 1
    assert store.list_patients()[0].eln2017_risk == true_risk
    store.close()
