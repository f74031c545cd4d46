"""Runs of one regimen, their classes, and when a run has FAILED (clinical-spec.md §8.1-8.3).

A drug the disease relapsed on, or did not respond to, must not be recommended again.
clinical-spec.md §8 says exactly when a run of one regimen has failed (by class: intensive
judged at day 22, venetoclax after 2 cycles, HMA/LDAC/inhibitors after 6.0 months, or
earlier on clear progression) and what a failure excludes. Pure and deterministic.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from .case import Assessment, Course, Diagnosis

# §8.1 classes by regimen code; free text with intensity "intensive" is class intensive.
CLASS_OF_REGIMEN: Final = {
    **dict.fromkeys(("7+3", "HIDAC", "IDAC", "MEC", "FLAG-IDA", "CLAG-M", "CLO-ARA"), "intensive"),
    **dict.fromkeys(("AZA-VEN", "DEC-VEN", "LDAC-VEN"), "venetoclax"),
    **dict.fromkeys(("AZA", "DEC"), "hma"),
    "LDAC": "ldac",
    "GILTERITINIB": "flt3_inhibitor",
    "QUIZARTINIB": "flt3_inhibitor",
    "IVOSIDENIB": "idh1_inhibitor",
    "ENASIDENIB": "idh2_inhibitor",
    "GO": "gemtuzumab",
}
_IGNORED_REGIMENS: Final = frozenset({"HYDROXYUREA", "BSC"})

# §8.1 [IMPL]: an intensive course without an end lasted 7 days (listed regimens last <= 7 days).
INTENSIVE_DEFAULT_LAST_DAY: Final = 6
# §8.2 table: W (relapse window after the run end) and R (refractory window), in days.
INTENSIVE_WINDOW_DAYS: Final = 184  # "<= 6.0 months" is <= 184 days [DT §Conclusions]
OTHER_WINDOW_DAYS: Final = 90  # [IMPL] non-intensive classes
# §8.2 landmarks.
INTENSIVE_LANDMARK_DAY: Final = 22  # judged at recovery, not on the day-14-16 marrow [DT §Patient 1]
VENETOCLAX_LANDMARK_CYCLES: Final = 2  # "2 cycles before changing" [DT §Definitions]
VENETOCLAX_CYCLE_COUNTS_AFTER_DAYS: Final = 14  # the shortest venetoclax course [DT §Patient 2]
VENETOCLAX_CYCLE_DAYS: Final = 28  # [IMPL] 28-day cycles (clinical-reference §5.2)
SLOW_CLASS_LANDMARK_DAYS: Final = 182  # ">= 6.0 months" is >= 182 days
PROGRESSION_FROM_DAY: Final = 29  # clear progression counts from day 29 (non-intensive)
# §8.2 clear progression [IMPL]: >= 1.5 x and >= 10 points above the lowest recent marrow value.
PROGRESSION_FACTOR: Final = 1.5
PROGRESSION_POINTS: Final = 10.0
PROGRESSION_LOOKBACK_DAYS: Final = 30

VENETOCLAX_CODES: Final = ("AZA-VEN", "DEC-VEN", "LDAC-VEN")
# §8.3: what a failed code excludes.
_EXCLUDES: Final[dict[str, tuple[str, ...]]] = {
    "HIDAC": ("HIDAC", "IDAC"),  # one drug [IMPL]
    "IDAC": ("HIDAC", "IDAC"),
    "AZA-VEN": (*VENETOCLAX_CODES, "AZA", "DEC"),
    "DEC-VEN": (*VENETOCLAX_CODES, "AZA", "DEC"),
    "LDAC-VEN": (*VENETOCLAX_CODES, "LDAC"),
    "AZA": ("AZA", "DEC"),
    "DEC": ("AZA", "DEC"),
    "GILTERITINIB": ("GILTERITINIB", "QUIZARTINIB"),
    "QUIZARTINIB": ("GILTERITINIB", "QUIZARTINIB"),
}
_FLAGS_OF_CODE: Final[dict[str, tuple[str, ...]]] = {
    "AZA-VEN": ("prior_venetoclax_failure", "prior_hma_failure"),
    "DEC-VEN": ("prior_venetoclax_failure", "prior_hma_failure"),
    "LDAC-VEN": ("prior_venetoclax_failure", "prior_ldac_failure"),
}
_FLAG_OF_CLASS: Final = {
    "intensive": "prior_intensive_failure",
    "hma": "prior_hma_failure",
    "ldac": "prior_ldac_failure",
    "flt3_inhibitor": "prior_targeted_failure",
    "idh1_inhibitor": "prior_targeted_failure",
    "idh2_inhibitor": "prior_targeted_failure",
    "gemtuzumab": "prior_targeted_failure",
}
_TARGET_OF_CLASS: Final = {"flt3_inhibitor": "FLT3", "idh1_inhibitor": "IDH1", "idh2_inhibitor": "IDH2"}


@dataclass(frozen=True)
class Run:
    """Consecutive courses of one regimen (§8.1). ``end`` is ``None`` while the run is open."""

    regimen: str
    klass: str | None
    courses: tuple[Course, ...]
    start: date
    end: date | None
    next_start: date | None

    def is_open_at(self, day: date) -> bool:
        return self.start <= day and (self.end is None or self.end >= day)


@dataclass(frozen=True)
class FailedRun:
    """A run that FAILED (§8.2), dated at the first qualifying assessment."""

    regimen: str
    klass: str
    kind: str
    run_start: date
    date: date


@dataclass(frozen=True)
class Evidence:
    """What §8.2 judges runs by: relapses (molecular included), persistent disease, remissions, HCTs."""

    relapses: tuple[date, ...]
    persistent: tuple[Assessment, ...]
    remissions: tuple[date, ...]
    allo_hct: tuple[date, ...]
    history: tuple[Assessment, ...]
    diagnosis: Diagnosis


def run_class(course: Course) -> str | None:
    if course.regimen in CLASS_OF_REGIMEN:
        return CLASS_OF_REGIMEN[course.regimen]
    if course.phase != "transplant" and course.intensity == "intensive":
        return "intensive"
    return None


def _key(course: Course) -> str:
    return course.regimen.upper()


def build_runs(courses: Sequence[Course]) -> tuple[Run, ...]:
    """§8.1: runs from courses sorted by start (ties in input order); supportive courses ignored."""
    kept = [
        c
        for c in sorted(courses, key=lambda c: c.start)
        if c.phase != "supportive" and c.regimen.upper() not in _IGNORED_REGIMENS
    ]
    groups: list[list[Course]] = []
    for course in kept:
        if groups and _key(groups[-1][-1]) == _key(course):
            groups[-1].append(course)
        else:
            groups.append([course])
    runs: list[Run] = []
    for index, group in enumerate(groups):
        next_start = groups[index + 1][0].start if index + 1 < len(groups) else None
        last = group[-1]
        klass = run_class(group[0])
        if last.end is not None:
            end: date | None = last.end
        elif klass == "intensive":
            end = last.start + timedelta(days=INTENSIVE_DEFAULT_LAST_DAY)
        elif next_start is not None:
            end = next_start - timedelta(days=1)
        else:
            end = None
        runs.append(Run(group[0].regimen, klass, tuple(group), group[0].start, end, next_start))
    return tuple(runs)


def cycles_given(run: Run, by: date) -> int:
    """§8.1: venetoclax cycles given by ``by`` (numbered courses, plus full 28-day spans of an open course)."""
    numbers: list[int] = []
    for course in run.courses:
        numbers.append(course.cycle if course.cycle is not None else (numbers[-1] + 1 if numbers else 1))
    started = [i for i, c in enumerate(run.courses) if c.start <= by]
    if not started:
        return 0
    latest = started[-1]
    given = max(numbers[i] for i in started)
    course = run.courses[latest]
    if course.end is None:
        following = run.courses[latest + 1].start if latest + 1 < len(run.courses) else run.next_start
        limit = by if following is None else min(by, following - timedelta(days=1))
        given += max(0, (limit - course.start).days) // VENETOCLAX_CYCLE_DAYS
    return given


def _windows(klass: str) -> int:
    return INTENSIVE_WINDOW_DAYS if klass == "intensive" else OTHER_WINDOW_DAYS


def _latest_course_start(run: Run, day: date) -> date:
    return max(c.start for c in run.courses if c.start <= day)


def _at_landmark(run: Run, day: date) -> bool:
    klass = run.klass
    if klass in ("intensive", "gemtuzumab"):
        return day >= _latest_course_start(run, day) + timedelta(days=INTENSIVE_LANDMARK_DAY - 1)
    if klass == "venetoclax":
        by = day - timedelta(days=VENETOCLAX_CYCLE_COUNTS_AFTER_DAYS)
        return cycles_given(run, by) >= VENETOCLAX_LANDMARK_CYCLES
    return day >= run.start + timedelta(days=SLOW_CLASS_LANDMARK_DAYS)


def clear_progression(run: Run, a: Assessment, history: Sequence[Assessment], diagnosis: Diagnosis) -> bool:
    """§8.2 [IMPL]: new extramedullary disease, or marrow blasts >= 1.5 x and >= 10 points above the lowest."""
    if a.extramedullary is True:
        # Absent at the latest assessment on or before the run start (unrecorded reads as absent:
        # clinicians record positives), else at diagnosis.
        before = [x for x in history if x.date <= run.start]
        baseline = before[-1].extramedullary if before else diagnosis.extramedullary
        if baseline is not True:
            return True
    if a.marrow_blasts_percent is None:
        return False
    window_start = run.start - timedelta(days=PROGRESSION_LOOKBACK_DAYS)
    values = [
        x.marrow_blasts_percent
        for x in history
        if x.marrow_blasts_percent is not None and window_start <= x.date < a.date
    ]
    if not values:
        return False
    low = min(values)
    blasts = a.marrow_blasts_percent
    return blasts >= PROGRESSION_FACTOR * low and blasts >= low + PROGRESSION_POINTS


def _failure(run: Run, evidence: Evidence) -> FailedRun | None:
    klass = run.klass
    if klass is None:
        return None
    window = timedelta(days=_windows(klass))
    found: list[tuple[date, str]] = []
    for day in sorted(evidence.relapses):
        if day <= run.start or (run.end is not None and day > run.end + window):
            continue
        if run.end is not None and any(run.end < hct <= day for hct in evidence.allo_hct):
            continue  # the graft failed, not the run [IMPL]
        found.append((day, "relapse"))
        break
    for a in evidence.persistent:
        if a.date <= run.start:
            continue
        if run.next_start is not None and a.date >= run.next_start:
            break
        if run.end is not None and a.date > run.end + window:
            break
        if any(run.start <= r <= a.date for r in evidence.remissions):
            break
        if _at_landmark(run, a.date):
            found.append((a.date, "refractory"))
            break
        day_number = (a.date - run.start).days + 1
        if (
            klass != "intensive"
            and day_number >= PROGRESSION_FROM_DAY
            and clear_progression(run, a, evidence.history, evidence.diagnosis)
        ):
            found.append((a.date, "progression"))
            break
    if not found:
        return None
    day, kind = min(found)
    return FailedRun(run.regimen, klass, kind, run.start, day)


def failed_runs(runs: Sequence[Run], evidence: Evidence) -> tuple[tuple[Run, FailedRun], ...]:
    """Every FAILED run with its failure, by date then regimen (§8.9 ``failed_regimens`` order)."""
    pairs = [(run, failure) for run in runs if (failure := _failure(run, evidence)) is not None]
    return tuple(sorted(pairs, key=lambda p: (p[1].date, p[1].regimen)))


def excluded_codes(failed: Sequence[FailedRun]) -> frozenset[str]:
    """§8.3: the regimen codes failures take out of primaries, alternatives and fallback chains."""
    out: set[str] = set()
    for f in failed:
        out.update(_EXCLUDES.get(f.regimen, (f.regimen,)))
    return frozenset(out)


def failure_flags(failed: Sequence[FailedRun]) -> frozenset[str]:
    """§8.3 flags raised by failed runs since diagnosis."""
    out: set[str] = set()
    for f in failed:
        if f.regimen in _FLAGS_OF_CODE:
            out.update(_FLAGS_OF_CODE[f.regimen])
        elif f.klass == "venetoclax":
            out.add("prior_venetoclax_failure")
        elif f.klass in _FLAG_OF_CLASS:
            out.add(_FLAG_OF_CLASS[f.klass])
    return frozenset(out)


def targets_with_failed_inhibitor(failed: Sequence[FailedRun]) -> tuple[str, ...]:
    """§8.3: genes no longer targetable because their inhibitor failed (FLT3, IDH1, IDH2 order)."""
    genes = {_TARGET_OF_CLASS[f.klass] for f in failed if f.klass in _TARGET_OF_CLASS}
    return tuple(g for g in ("FLT3", "IDH1", "IDH2") if g in genes)


def open_run(runs: Sequence[Run], day: date) -> Run | None:
    """§8.4a: the run open at ``day`` (start on or before it, end absent or on or after it)."""
    current = [r for r in runs if r.is_open_at(day)]
    return current[-1] if current else None
