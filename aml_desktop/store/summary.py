"""The derived line of the patient list (status, ELN risk, phase, last assessment), from the engine.

The status is the engine's, computed with the clinic's settings on a given day, never guessed
here. If the engine cannot evaluate a case the list says "unknown" rather than something wrong.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from aml_desktop.engine.case import Case
from aml_desktop.engine.cycle_checks import cycle_timeline, timeline_to_json
from aml_desktop.engine.settings import EngineSettings
from aml_desktop.engine.version import RULESET_VERSION

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
    cycle_status: str | None = None  # engine.cycle_checks.CycleStatus as JSON (issue 15)


def _find_evaluate() -> Callable[..., Any] | None:
    for module_name in ("aml_desktop.engine", "aml_desktop.engine.evaluate"):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        function = getattr(module, "evaluate", None)
        if callable(function):
            return function  # type: ignore[no-any-return]
    return None


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


def summarise(case: Case, *, today: date, settings: EngineSettings) -> Summary:
    """The list line for ``case`` as of ``today``; the engine decides status and risk."""
    # A stored record has no as_of and no formulary of its own: today and the clinic's settings apply.
    case = replace(case, as_of=None, formulary=())
    status = risk = UNKNOWN
    evaluate = _find_evaluate()
    if evaluate is not None:
        try:
            result = evaluate(case, today=today, settings=settings)
            status = str(result.derived.status)
            risk = str(result.derived.eln2017_risk)
        except Exception:  # an engine fault must not lose the patient's record; the list shows "unknown"
            log.exception("the engine could not evaluate patient %s", case.patient.id)
    return Summary(
        status=status,
        eln2017_risk=risk,
        current_phase=current_phase(case, today),
        last_assessment_date=last_assessment_date(case, today),
        computed_on=today,
        ruleset_version=RULESET_VERSION,
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
        cycle_status=_cycle_status(case, today),
    )
