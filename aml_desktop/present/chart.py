"""The course chart's data and its date scale, shared by the screen (QPainter) and the paper (reportlab).

Both draw the same ``ChartData`` on the same ``DateScale``: the same first and last day,
ticks at month starts, and the timeline above the screen's chart uses that scale too.

The axis ends at the last recorded event (assessment, course, remission, relapse,
transplant), not at the day the page is made: a course recorded years ago stays readable.

Gap rule (implementation decision, no source gives one): two consecutive values of a
series more than ``GAP_DAYS`` apart are not joined by a line. Blood counts during and
after treatment are taken at least monthly (e.g. the gilteritinib label: weekly in month
1, every other week in month 2, then monthly; a cycle lasts about 28 days), so a gap longer
than two such intervals means measurements are missing, and a straight line would draw a
trend nobody measured. The points are still drawn; only the joining line is left out.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from aml_desktop.engine.case import Case
from aml_desktop.engine.result import Derived

from .formats import fmt_fixed, text_label
from .i18n import _

GAP_DAYS: Final = 62

# Free-text regimens can be long; the chart's therapy lane shows a short form (the table has it in full).
CHART_LABEL_CHARS: Final = 14

# Month steps between ticks, the smallest whose labels do not overlap is used.
MONTH_STEPS: Final = (1, 2, 3, 4, 6, 12, 24, 36, 60)

# The shortest span drawn (a patient seen for a week still gets a readable month axis).
MIN_SPAN_DAYS: Final = 30

# ELN 2017 Table 6 thresholds: blasts < 5 %; CR needs ANC >= 1.0 and platelets >= 100 x10^9/L.
BLAST_THRESHOLD: Final = 5.0
ANC_THRESHOLD: Final = 1.0
PLATELET_THRESHOLD: Final = 100.0


@dataclass(frozen=True)
class ChartSeries:
    """Dated values of one measurement (marrow blasts, ANC, platelets), oldest first."""

    points: tuple[tuple[date, float], ...]

    @property
    def segments(self) -> tuple[tuple[tuple[date, float], ...], ...]:
        """Runs of points to join with a line: split where two values are more than ``GAP_DAYS`` apart."""
        runs: list[list[tuple[date, float]]] = []
        for point in self.points:
            if runs and (point[0] - runs[-1][-1][0]).days <= GAP_DAYS:
                runs[-1].append(point)
            else:
                runs.append([point])
        return tuple(tuple(run) for run in runs)


@dataclass(frozen=True)
class ChartEvent:
    """A dated event drawn as a labelled vertical line: remission, relapse, transplant."""

    day: date
    label: str
    kind: str  # "remission" | "relapse" | "molecular_relapse" | "transplant"


@dataclass(frozen=True)
class ChartCourse:
    start: date
    end: date | None
    label: str  # short, for the chart's lane
    phase: str = ""
    name: str = ""  # in full, for a tooltip


@dataclass(frozen=True)
class DateScale:
    """Days to a fraction of the plot's width, with a little air at both ends."""

    start: date
    end: date

    @property
    def _pad(self) -> int:
        return max(2, round((self.end - self.start).days * 0.02))

    def fraction(self, day: date) -> float:
        origin = self.start.toordinal() - self._pad
        span = (self.end - self.start).days + 2 * self._pad
        return (day.toordinal() - origin) / span

    def month_ticks(self, width: float, min_spacing: float) -> tuple[date, ...]:
        """Month starts inside the scale, every N months so that ticks are ``min_spacing`` apart."""
        months = (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1
        most = max(2, int(width // min_spacing))
        step = next((s for s in MONTH_STEPS if months / s <= most), MONTH_STEPS[-1])
        index = self.start.year * 12 + self.start.month - 1 + (1 if self.start.day > 1 else 0)
        while index % step:
            index += 1
        ticks = []
        while True:
            day = date(index // 12, index % 12 + 1, 1)
            if day > self.end:
                break
            ticks.append(day)
            index += step
        return tuple(ticks)


@dataclass(frozen=True)
class ChartData:
    start: date
    end: date
    blasts: ChartSeries
    anc: ChartSeries
    platelets: ChartSeries
    events: tuple[ChartEvent, ...]
    courses: tuple[ChartCourse, ...]
    diagnosis: date | None = None

    @property
    def scale(self) -> DateScale:
        return DateScale(self.start, self.end)


def _short(text: str) -> str:
    return text if len(text) <= CHART_LABEL_CHARS else text[: CHART_LABEL_CHARS - 1].rstrip() + "…"


def _series(values: Iterable[tuple[date, float | None]]) -> ChartSeries:
    return ChartSeries(tuple((d, v) for d, v in values if v is not None))


def chart_data(case: Case, derived: Derived, as_of: date) -> ChartData:
    """What the course chart and the timeline show, up to ``as_of``."""
    assessments = sorted((a for a in case.assessments if a.date <= as_of), key=lambda a: a.date)
    courses = sorted((c for c in case.courses if c.start <= as_of), key=lambda c: c.start)
    events: list[ChartEvent] = []
    for n, day in enumerate(derived.remission_dates, start=1):
        # TRANSLATORS: the n-th complete remission on the chart (CR1, CR2): RC1 in French, Spanish and Portuguese.
        events.append(ChartEvent(day, _("CR{number}").format(number=n), "remission"))
    for n, day in enumerate(derived.relapse_dates, start=1):
        events.append(ChartEvent(day, _("Relapse {number}").format(number=n), "relapse"))
    if derived.molecular_relapse_date is not None:
        events.append(ChartEvent(derived.molecular_relapse_date, _("MRD relapse"), "molecular_relapse"))
    for c in courses:
        if c.phase == "transplant":
            events.append(ChartEvent(c.start, "allo-HCT" if c.regimen == "allogeneic" else "auto-HCT", "transplant"))
    events.sort(key=lambda e: e.day)
    dated = [case.diagnosis.date, *(a.date for a in assessments), *(c.start for c in courses)]
    dated += [c.end for c in courses if c.end is not None and c.end <= as_of]
    dated += [e.day for e in events if e.day <= as_of]
    start, end = min(dated), max(dated)
    if (end - start).days < MIN_SPAN_DAYS:
        end = start + timedelta(days=MIN_SPAN_DAYS)
    return ChartData(
        start=start,
        end=end,
        blasts=_series((a.date, a.marrow_blasts_percent) for a in assessments),
        anc=_series((a.date, a.anc) for a in assessments),
        platelets=_series((a.date, a.platelets) for a in assessments),
        events=tuple(events),
        courses=tuple(
            ChartCourse(c.start, c.end, _short(text_label(c.regimen).split(" (")[0]), c.phase, text_label(c.regimen))
            for c in courses
            if c.phase != "transplant"
        ),
        diagnosis=case.diagnosis.date,
    )


def nice_ceiling(value: float) -> float:
    """The next "round" number at or above ``value`` (1, 2, 2.5, 5 times a power of ten)."""
    if value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
        if value <= step * power + 1e-9:
            return step * power
    return 10.0 * power


def place_rows(items: Sequence[tuple[float, float]], rows: int) -> list[int | None]:
    """Row index (0 = nearest the axis) for labels centred at x with width w; None if no room."""
    ends = [-math.inf] * rows
    placed: list[int | None] = []
    for left, right in items:
        for row in range(rows):
            if left >= ends[row] + 3:
                ends[row] = right
                placed.append(row)
                break
        else:
            placed.append(None)
    return placed


def tick_text(value: float, places: int | None = None) -> str:
    """An axis tick or point label: whole from 10 up, one decimal below (``1.2``, ``1,2``); ``places`` forces them."""
    if places is None:
        places = 0 if value >= 10 or value == int(value) else 1
    return f"{value:.0f}" if places == 0 else fmt_fixed(value, places)
