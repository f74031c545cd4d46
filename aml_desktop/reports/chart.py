"""The course chart: marrow blasts and blood counts over time, with therapy and events (vector).

Three stacked panels share one date axis (marrow blasts %, ANC, platelets), each with its
own scale and the ELN threshold drawn as a labelled dashed line; a lane underneath shows
the courses of therapy; remission, relapse and transplant are vertical lines labelled in
words. Every meaning is carried by a word, a marker shape or a line pattern, never by
colour alone, so the chart reads the same from a black-and-white printer.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any, Final

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect
from reportlab.lib import colors
from reportlab.rl_config import _unset_

from aml_desktop.present.chart import (
    ANC_THRESHOLD,
    BLAST_THRESHOLD,
    PLATELET_THRESHOLD,
    ChartData,
    ChartSeries,
    nice_ceiling,
    place_rows,
    tick_text,
)
from aml_desktop.present.formats import fmt_month, not_recorded
from aml_desktop.present.i18n import N_, _

from .fasttext import Piece, text_block
from .styles import FILL_GREY, FONT, FONT_BOLD, MIN_SIZE, RULE_GREY, string_width

LABEL_SIZE: Final = MIN_SIZE
LEFT: Final = 44.0  # room for y tick labels and the therapy lane's name
RIGHT: Final = 30.0  # room for threshold labels
EVENT_ROW: Final = 11.0
PANEL_TITLE: Final = 12.0
LANE_HEIGHT: Final = 9.0
LANE_LABEL_ROW: Final = 11.0
AXIS_LABELS: Final = 13.0
MIN_TICK_SPACING: Final = 56.0

# (title, height, reference value, decimals and unit of its label, marker) per panel.
# ELN 2017 Table 6 thresholds (present.chart): blasts < 5 %; CR needs ANC >= 1.0 and platelets >= 100 x10^9/L.
PANELS: Final = (
    (N_("Marrow blasts (%)"), 62.0, BLAST_THRESHOLD, (0, " %"), "circle"),
    (N_("ANC (×10⁹/L)"), 46.0, ANC_THRESHOLD, (1, ""), "square"),
    (N_("Platelets (×10⁹/L)"), 46.0, PLATELET_THRESHOLD, (0, ""), "triangle"),
)

EVENT_STYLES: Final = {
    # kind: (stroke width, dash pattern, grey level)
    "remission": (0.8, None, 0.35),
    "relapse": (1.2, (4, 2), 0.0),
    "molecular_relapse": (1.0, (1, 2), 0.0),
    "transplant": (1.0, (6, 2, 1, 2), 0.0),
}


def _marker(kind: str, x: float, y: float) -> Circle | Rect | Polygon:
    if kind == "circle":
        return Circle(x, y, 2.4, fillColor=colors.black, strokeColor=colors.black, strokeWidth=0.5)
    if kind == "square":
        return Rect(x - 2.2, y - 2.2, 4.4, 4.4, fillColor=colors.white, strokeColor=colors.black, strokeWidth=1)
    return Polygon(
        [x - 2.7, y - 2.0, x + 2.7, y - 2.0, x, y + 2.8],
        fillColor=colors.black,
        strokeColor=colors.black,
        strokeWidth=0.5,
    )


class ChartDrawing(Drawing):
    """The chart's shapes (reportlab graphics, vector) plus its labels, written as one text object.

    reportlab renders each ``String`` node with its own state changes and text object; a
    chart has some forty labels, so they are kept apart and drawn together after the shapes.
    """

    def __init__(self, width: float, height: float) -> None:
        super().__init__(width, height)
        self._chart_labels: list[Piece] = []  # leading underscore: not a validated shape attribute

    def draw(self, showBoundary: Any = _unset_) -> None:
        super().draw(showBoundary)
        text_block(self.canv, self._chart_labels)


class CourseChart:
    """Lays out one ``ChartData`` in a drawing ``width`` points wide."""

    def __init__(self, data: ChartData, width: float) -> None:
        self.data = data
        self.width = width
        self.plot_left = LEFT
        self.plot_right = width - RIGHT
        self._scale = data.scale  # the same date scale the screen's chart and timeline use
        self._labels: list[Piece] = []

    def x(self, day: date) -> float:
        fraction = self._scale.fraction(day)
        return self.plot_left + fraction * (self.plot_right - self.plot_left)

    def _event_rows(self) -> tuple[list[int | None], int]:
        items = []
        for event in self.data.events:
            w = string_width(event.label, LABEL_SIZE, bold=True)
            cx = self.x(event.day)
            items.append((cx - w / 2, cx + w / 2))
        placed = place_rows(items, 3)
        used = max((p for p in placed if p is not None), default=-1) + 1
        return placed, used

    def _course_rows(self) -> list[int | None]:
        items = []
        for course in self.data.courses:
            w = string_width(course.label, LABEL_SIZE)
            x0 = self.x(course.start)
            x1 = self.x(course.end) if course.end else x0
            cx = (x0 + x1) / 2
            items.append((cx - w / 2, cx + w / 2))
        return place_rows(items, 2)

    def _label(self, x: float, y: float, text: str, *, anchor: str = "start", bold: bool = False) -> None:
        """Queue a label; anchored at its start, end or middle, and kept inside the drawing."""
        width = string_width(text, LABEL_SIZE, bold)
        if anchor != "start":
            x -= width if anchor == "end" else width / 2
        x = max(0.0, min(x, self.width - width))
        self._labels.append((FONT_BOLD if bold else FONT, LABEL_SIZE, x, y, text))

    def drawing(self) -> ChartDrawing:
        event_rows, event_row_count = self._event_rows()
        course_rows = self._course_rows()
        lane_rows = 1 + max((r for r in course_rows if r is not None), default=0)
        panels_height = sum(PANEL_TITLE + p[1] for p in PANELS) + 6 * len(PANELS)
        lane_total = LANE_HEIGHT + lane_rows * LANE_LABEL_ROW + 4
        height = event_row_count * EVENT_ROW + panels_height + lane_total + AXIS_LABELS + 2
        drawing = ChartDrawing(self.width, height)
        self._labels = drawing._chart_labels
        # renderPDF starts each drawing in its default font unless told: keep it the embedded one
        drawing.initialFontName = FONT
        drawing.initialFontSize = LABEL_SIZE
        group = Group()
        drawing.add(group)
        y = height - event_row_count * EVENT_ROW
        events_top = y
        titles: list[tuple[Rect, str, float]] = []
        for english, panel_height, reference, reference_label, marker in PANELS:
            title = _(english)
            y -= PANEL_TITLE
            # a white ground under the title interrupts event lines that cross it
            title_width = string_width(title, LABEL_SIZE, bold=True)
            titles.append(
                (Rect(0, y + 1, title_width + 4, LABEL_SIZE + 1, fillColor=colors.white, strokeColor=None), title, y)
            )
            y -= panel_height
            series = {"circle": self.data.blasts, "square": self.data.anc, "triangle": self.data.platelets}[marker]
            places, unit = reference_label
            self._panel(group, y, panel_height, series, reference, tick_text(reference, places) + unit, marker)
            y -= 6
        lane_top = y
        y -= lane_rows * LANE_LABEL_ROW
        lane_y = y - LANE_HEIGHT
        self._lane(group, lane_y, course_rows)
        self._label(0, lane_y + 1, _("Therapy"), bold=True)
        axis_y = lane_y - 4
        group.add(Line(self.plot_left, axis_y, self.plot_right, axis_y, strokeColor=colors.black, strokeWidth=0.8))
        for tick in self._scale.month_ticks(self.plot_right - self.plot_left, MIN_TICK_SPACING):
            tx = self.x(tick)
            if self.plot_left <= tx <= self.plot_right:
                group.add(Line(tx, axis_y, tx, axis_y - 3, strokeColor=colors.black, strokeWidth=0.8))
                self._label(tx, axis_y - 3 - LABEL_SIZE, fmt_month(tick), anchor="middle")
        self._events(group, event_rows, events_top, axis_y, lane_top)
        for ground, title, title_y in titles:
            group.add(ground)
            self._label(0, title_y + 3, title, bold=True)
        return drawing

    def _panel(
        self,
        group: Group,
        y0: float,
        h: float,
        series: ChartSeries,
        reference: float,
        reference_label: str,
        marker: str,
    ) -> None:
        left, right = self.plot_left, self.plot_right
        group.add(Rect(left, y0, right - left, h, fillColor=None, strokeColor=RULE_GREY, strokeWidth=0.6))
        values = [v for _day, v in series.points]
        top = 100.0 if marker == "circle" else nice_ceiling(max([*values, reference]) * 1.1)

        def y(value: float) -> float:
            return y0 + min(value, top) / top * h

        for tick in (0.0, top / 2, top):
            ty = y(tick)
            # the top label sits just inside the frame, clear of the panel title above it
            self._label(left - 4, ty - (7 if tick == top else 3), tick_text(tick), anchor="end")
            if 0 < tick < top:
                group.add(Line(left, ty, right, ty, strokeColor=FILL_GREY, strokeWidth=0.5))
        ry = y(reference)
        group.add(Line(left, ry, right, ry, strokeColor=colors.black, strokeWidth=0.6, strokeDashArray=(3, 2)))
        self._label(right + 3, ry - 3, reference_label)
        if not series.points:
            self._label((left + right) / 2, y0 + h - 13, not_recorded(), anchor="middle")
            return
        points = [(self.x(d), y(v)) for d, v in series.points]
        for run in series.segments:  # no line across a gap without a measurement (present.chart.GAP_DAYS)
            if len(run) > 1:
                flat = [c for d, v in run for c in (self.x(d), y(v))]
                group.add(PolyLine(flat, strokeColor=colors.black, strokeWidth=1.1))
        last_label_right = -math.inf
        for (px, py), (_day, value) in zip(points, series.points, strict=True):
            group.add(_marker(marker, px, py))
            text = tick_text(value)
            w = string_width(text, LABEL_SIZE)
            lx = px + 4
            if lx + w > right - 2:  # near the right edge: label on the left of the point
                lx = px - 4 - w
            if lx >= last_label_right + 2:
                ly = py + 3 if py + 3 + LABEL_SIZE <= y0 + h + 2 else py - LABEL_SIZE - 1
                self._label(lx, ly, text)
                last_label_right = lx + w

    def _lane(self, group: Group, lane_y: float, rows: list[int | None]) -> None:
        group.add(
            Line(
                self.plot_left,
                lane_y + LANE_HEIGHT / 2,
                self.plot_right,
                lane_y + LANE_HEIGHT / 2,
                strokeColor=RULE_GREY,
                strokeWidth=0.4,
            )
        )
        for course, row in zip(self.data.courses, rows, strict=True):
            x0 = self.x(course.start)
            x1 = max(x0 + 3.0, self.x(course.end)) if course.end else x0 + 3.0
            group.add(
                Rect(x0, lane_y, x1 - x0, LANE_HEIGHT, fillColor=FILL_GREY, strokeColor=colors.black, strokeWidth=0.7)
            )
            if row is not None:
                cx = (x0 + x1) / 2
                self._label(cx, lane_y + LANE_HEIGHT + 2.5 + row * LANE_LABEL_ROW, course.label, anchor="middle")

    def _events(self, group: Group, rows: list[int | None], top: float, bottom: float, lane_top: float) -> None:
        for event, row in zip(self.data.events, rows, strict=True):
            width, dash, grey = EVENT_STYLES.get(event.kind, (0.8, None, 0.0))
            ex = self.x(event.day)
            shade = colors.Color(grey, grey, grey)
            group.add(Line(ex, bottom, ex, top, strokeColor=shade, strokeWidth=width, strokeDashArray=dash))
            if row is not None:
                self._label(ex, top + 2.5 + row * EVENT_ROW, event.label, anchor="middle", bold=True)


def course_chart(data: ChartData, width: float) -> ChartDrawing:
    """The course chart as a reportlab vector drawing ``width`` points wide."""
    return CourseChart(data, width).drawing()
