"""The derived line of the patient list (status, ELN risk, phase, last assessment), from the engine.

The status is the engine's, never guessed here. If the engine cannot derive it the list says
"unknown" rather than something wrong.

Only the list's columns are derived: the status is ``derive_course(case, today).status`` and the
risk ``eln2017(diagnosis).risk``, the very functions ``evaluate`` takes ``Derived.status`` and
``Derived.eln2017_risk`` from, without the rules, ELN 2022 or the recommendation. Neither reads the
clinic's settings, so a settings change never makes a line stale.

A line depends on the day only through the events dated on or before it (the engine considers
nothing dated after ``as_of``; phase and last assessment likewise), so it stays true until the
patient's next dated event arrives: ``next_event_date`` records that day and the daily refresh
re-derives only the lines whose day has come.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from aml_desktop.engine.case import Case
from aml_desktop.engine.cycle_checks import cycle_timeline, timeline_to_json
from aml_desktop.engine.version import RULESET_VERSION

if TYPE_CHECKING:
    from aml_desktop.engine.result import Result

log = logging.getLogger(__name__)

UNKNOWN = "unknown"


@dataclass(frozen=True)
class Summary:
    status: str
    eln2017_risk: str
    current_phase: str | None
    last_assessment_date: date | None
    computed_on: date | None
    ruleset_version: str
    # The first event dated after computed_on (None: none): from that day the line may be out of date.
    next_event_date: date | None = None
    cycle_status: str | None = None  # engine.cycle_checks.TimelineEntry list as JSON (issue 15)


def current_phase(case: Case, today: date) -> str | None:
    """The phase of the latest course that started on or before ``today``."""
    latest = None
    for course in case.courses:  # on equal start dates the later entry wins
        if course.start <= today and (latest is None or course.start >= latest.start):
            latest = course
    return latest.phase if latest is not None else None


def last_assessment_date(case: Case, today: date) -> date | None:
    dates = [a.date for a in case.assessments if a.date <= today]
    return max(dates) if dates else None


def event_dates(case: Case) -> Iterator[date]:
    """Every date the record holds (a superset of what the list's columns read)."""
    yield case.diagnosis.date
    for course in case.courses:
        yield course.start
        if course.end is not None:
            yield course.end
    for assessment in case.assessments:
        yield assessment.date
    if case.fitness is not None and case.fitness.date is not None:
        yield case.fitness.date
    for decision in case.decisions:
        yield decision.date


def next_event_date(case: Case, today: date) -> date | None:
    """The first date in the record after ``today``: the day the list line may change (None: never by date)."""
    return min((day for day in event_dates(case) if day > today), default=None)


def summarise(case: Case, *, today: date, result: Result | None = None, eln2017_risk: str | None = None) -> Summary:
    """The list line for ``case`` as of ``today``; the engine decides status and risk.

    ``result``: the engine's answer for this very case and day, when the caller has it already
    (the window's save evaluates once for the list and the screen). ``eln2017_risk``: the risk the
    engine gave this very diagnosis before (it does not move with the day), so it is not derived again.
    """
    # A stored record has no as_of of its own: today applies.
    case = replace(case, as_of=None, formulary=())
    status = risk = UNKNOWN
    try:
        if result is not None:
            status = str(result.derived.status)
            risk = str(result.derived.eln2017_risk)
        else:
            # Imported here: the engine's modules load on the first derivation, not at start-up.
            from aml_desktop.engine.course import derive_course
            from aml_desktop.engine.eln import eln2017

            status = str(derive_course(case, today).status)
            risk = eln2017_risk if eln2017_risk is not None else str(eln2017(case.diagnosis).risk)
    except Exception:  # an engine fault must not lose the patient's record; the list shows "unknown"
        log.exception("the engine could not evaluate patient %s", case.patient.id)
    return Summary(
        status=status,
        eln2017_risk=risk,
        current_phase=current_phase(case, today),
        last_assessment_date=last_assessment_date(case, today),
        computed_on=today,
        ruleset_version=RULESET_VERSION,
        next_event_date=next_event_date(case, today),
        cycle_status=_cycle_status(case, today),
    )


def _cycle_status(case: Case, today: date) -> str | None:
    """The cycles as dates (engine.cycle_checks.TimelineEntry): the list words "day 9" and "overdue" on any day."""
    return timeline_to_json(cycle_timeline(case))


def pending_summary(case: Case, today: date) -> Summary:
    """A list line whose status the engine has not derived yet (``computed_on`` left empty)."""
    return Summary(
        status=UNKNOWN,
        eln2017_risk=UNKNOWN,
        current_phase=current_phase(case, today),
        last_assessment_date=last_assessment_date(case, today),
        computed_on=None,
        ruleset_version=RULESET_VERSION,
        next_event_date=next_event_date(case, today),
        cycle_status=_cycle_status(case, today),
    )
