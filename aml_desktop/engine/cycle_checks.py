"""The checks a cycle's calendar plans, and the ones that are overdue.

Planned checks come only from a source: ECGs for QT drugs (gilteritinib: before starting and
on days 8 and 15 of cycle 1, Xospata label; ivosidenib: at baseline and weekly for 3 weeks,
Tibsovo label), venetoclax ramp-up chemistries (Venclexta label), the marrow on day 14 of an
intensive induction (DT §Patient 1) or between day 14 and 28 of a venetoclax cycle 1
(Venetoclax practice 2022). Blood counts are planned every 14 days from day 1 to match the
overdue rule of issue 15 [IMPL].

Overdue (issue 15 [IMPL], check local protocol): no marrow recorded by day 35 of an
induction; no blood counts for more than 14 days during a cycle.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from .case import Assessment, Case
from .catalog import load_catalog
from .cycles import Cycle, CycleError, read_cycles

MARROW_DUE_BY_DAY: Final = (35, "Issue 15")
COUNTS_EVERY_DAYS: Final = (14, "Issue 15")
INDUCTION_PHASES: Final = ("induction", "reinduction")
_VENETOCLAX_RAMP_DAYS: Final = {"AZA-VEN": 3, "DEC-VEN": 3, "LDAC-VEN": 4}
_INTENSIVE_MARROW_DAY: Final = 14


@dataclass(frozen=True)
class PlannedCheck:
    day: int
    code: str  # counts | marrow | ecg | tls_chemistry
    source: str
    note: str = ""  # code for present: "" | "window_14_28" | "before_first_dose"


def planned_checks(cycle: Cycle, *, intensive: bool) -> tuple[PlannedCheck, ...]:
    """The checks on the cycle's calendar, by day."""
    checks: list[PlannedCheck] = [
        PlannedCheck(day, "counts", COUNTS_EVERY_DAYS[1]) for day in range(1, cycle.last_day + 1, COUNTS_EVERY_DAYS[0])
    ]
    agents = {a.agent for a in cycle.agents}
    if intensive and cycle.phase in INDUCTION_PHASES and cycle.last_day >= 1:
        checks.append(PlannedCheck(_INTENSIVE_MARROW_DAY, "marrow", "DT §Patient 1"))
    if "venetoclax" in agents and cycle.cycle == 1:
        checks.append(PlannedCheck(14, "marrow", "Venetoclax practice 2022", "window_14_28"))
        for day in range(1, _VENETOCLAX_RAMP_DAYS.get(cycle.regimen, 0) + 1):
            checks.append(PlannedCheck(day, "tls_chemistry", "Venclexta label"))
    if "gilteritinib" in agents and cycle.cycle == 1:
        checks += [PlannedCheck(d, "ecg", "Xospata label", "before_first_dose" if d == 1 else "") for d in (1, 8, 15)]
        # counts and chemistries including CPK at least weekly in month 1 (Xospata label)
        checks += [PlannedCheck(d, "counts", "Xospata label") for d in (8, 22) if d <= cycle.last_day]
    if "ivosidenib" in agents and cycle.cycle == 1:
        checks += [PlannedCheck(d, "ecg", "Tibsovo label", "before_first_dose" if d == 1 else "") for d in (1, 8, 15)]
    return tuple(sorted(checks, key=lambda c: (c.day, c.code)))


def _has_counts(a: Assessment) -> bool:
    return any(v is not None for v in (a.anc, a.platelets, a.wbc, a.hemoglobin))


@dataclass(frozen=True)
class Overdue:
    code: str  # marrow | counts
    cycle_day: int
    since: date | None  # last counts (None: none recorded)
    source: str


def overdue_checks(
    cycle: Cycle, assessments: Sequence[Assessment], today: date, *, intensive: bool
) -> tuple[Overdue, ...]:
    """What is overdue on ``today`` for a cycle whose calendar covers it (or an induction up to day 35)."""
    day = cycle.day_of(today)
    if day < 1:
        return ()
    found: list[Overdue] = []
    limit, source = MARROW_DUE_BY_DAY
    if intensive and cycle.phase in INDUCTION_PHASES and day > limit:
        # overdue until a marrow of this cycle is recorded (a late one clears the flag)
        marrow = [a for a in assessments if a.marrow_blasts_percent is not None and cycle.start <= a.date <= today]
        if not marrow:
            found.append(Overdue("marrow", day, None, source))
    if day <= cycle.last_day:
        counted = [a.date for a in assessments if _has_counts(a) and a.date <= today]
        last_counts = max(counted) if counted else None
        every, source = COUNTS_EVERY_DAYS
        gap = (today - last_counts).days if last_counts else day - 1
        if gap > every:
            found.append(Overdue("counts", day, last_counts, source))
    return tuple(found)


@dataclass(frozen=True)
class CycleStatus:
    """The patient's latest started cycle on a day: its day number, whether it runs, what is overdue."""

    regimen: str
    cycle: int
    day: int
    running: bool
    overdue: tuple[str, ...]

    def to_json(self) -> str:
        return json.dumps(
            {"regimen": self.regimen, "cycle": self.cycle, "day": self.day, "running": self.running,
             "overdue": list(self.overdue)},
            sort_keys=True,
        )  # fmt: skip

    @classmethod
    def from_json(cls, text: str | None) -> CycleStatus | None:
        if not text:
            return None
        try:
            raw = json.loads(text)
            return cls(str(raw["regimen"]), int(raw["cycle"]), int(raw["day"]), bool(raw["running"]),
                       tuple(str(o) for o in raw["overdue"]))  # fmt: skip
        except (ValueError, KeyError, TypeError):
            return None


def is_intensive_regimen(code: str) -> bool:
    try:
        return load_catalog().get(code).intensity == "intensive"
    except KeyError:
        return False


def cycle_status(case: Case, today: date) -> CycleStatus | None:
    """For the patient list and header: None when no cycle runs today and nothing is overdue."""
    try:
        cycles = read_cycles(case.extensions)
    except CycleError:
        return None
    started = [c for c in cycles if c.start <= today]
    if not started:
        return None
    latest = max(started, key=lambda c: (c.start, c.id))
    day = latest.day_of(today)
    overdue = overdue_checks(latest, case.assessments, today, intensive=is_intensive_regimen(latest.regimen))
    running = day <= latest.last_day
    if not running and not overdue:
        return None
    return CycleStatus(latest.regimen, latest.cycle, day, running, tuple(o.code for o in overdue))
