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
from datetime import date, timedelta
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


@dataclass(frozen=True)
class TimelineEntry:
    """One cycle as dates only, so the list can say "day 9" and "overdue" on any day without re-deriving.

    Valid until the record changes (a new count or marrow changes the record and re-derives it).
    """

    regimen: str
    cycle: int
    start: date
    last_day: int
    counts_overdue_from: date  # from this day, while the calendar runs, counts are overdue
    marrow_overdue_from: date | None  # None: no marrow due (not an intensive induction, or one recorded)

    def status_on(self, today: date) -> CycleStatus | None:
        day = (today - self.start).days + 1
        running = 1 <= day <= self.last_day
        overdue: list[str] = []
        if self.marrow_overdue_from is not None and today >= self.marrow_overdue_from:
            overdue.append("marrow")
        if running and today >= self.counts_overdue_from:
            overdue.append("counts")
        if day < 1 or (not running and not overdue):
            return None
        return CycleStatus(self.regimen, self.cycle, day, running, tuple(overdue))


def is_intensive_regimen(code: str) -> bool:
    try:
        return load_catalog().get(code).intensity == "intensive"
    except KeyError:
        return False


def cycle_timeline(case: Case) -> tuple[TimelineEntry, ...]:
    """Every readable cycle of the case as dates (empty when none, or when the stored cycles cannot be read)."""
    try:
        cycles = read_cycles(case.extensions)
    except CycleError:
        return ()
    counted = [a.date for a in case.assessments if _has_counts(a)]
    entries = []
    for cycle in cycles:
        # as overdue_checks: more than 14 days since the last counts (or since day 1 when none)
        last_counts = max(counted) if counted else None
        counts_from = (last_counts or cycle.start) + timedelta(days=COUNTS_EVERY_DAYS[0] + 1)
        marrow_from: date | None = None
        marrow_done = any(a.marrow_blasts_percent is not None and a.date >= cycle.start for a in case.assessments)
        if is_intensive_regimen(cycle.regimen) and cycle.phase in INDUCTION_PHASES and not marrow_done:
            marrow_from = cycle.date_of(MARROW_DUE_BY_DAY[0] + 1)
        entries.append(TimelineEntry(cycle.regimen, cycle.cycle, cycle.start, cycle.last_day, counts_from, marrow_from))
    return tuple(entries)


def status_on(entries: Sequence[TimelineEntry], today: date) -> CycleStatus | None:
    """The latest cycle started by ``today``; None when it neither runs nor has anything overdue."""
    started = [e for e in entries if e.start <= today]
    if not started:
        return None
    return max(started, key=lambda e: e.start).status_on(today)


def timeline_to_json(entries: Sequence[TimelineEntry]) -> str | None:
    if not entries:
        return None
    return json.dumps(
        [
            {
                "regimen": e.regimen,
                "cycle": e.cycle,
                "start": e.start.isoformat(),
                "last_day": e.last_day,
                "counts_overdue_from": e.counts_overdue_from.isoformat(),
                "marrow_overdue_from": e.marrow_overdue_from.isoformat() if e.marrow_overdue_from else None,
            }
            for e in entries
        ],
        sort_keys=True,
    )


def timeline_from_json(text: str | None) -> tuple[TimelineEntry, ...]:
    """The stored timeline; () when absent or unreadable (the list then shows nothing rather than a guess)."""
    if not text:
        return ()
    try:
        return tuple(
            TimelineEntry(
                str(r["regimen"]),
                int(r["cycle"]),
                date.fromisoformat(r["start"]),
                int(r["last_day"]),
                date.fromisoformat(r["counts_overdue_from"]),
                date.fromisoformat(r["marrow_overdue_from"]) if r["marrow_overdue_from"] else None,
            )
            for r in json.loads(text)
        )
    except (ValueError, KeyError, TypeError):
        return ()
