"""The course as a timeline: treatment phases as coloured blocks, remissions and relapses as marks.

Painted with QPainter (cheap, no chart library) so it can be shown at once for every patient.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from aml_desktop.engine.case import Case
from aml_desktop.gui.words import label

PHASE_COLOURS = {
    "induction": "#d9822b",
    "consolidation": "#3b7dd8",
    "reinduction": "#c23b3b",
    "maintenance": "#2e9e6a",
    "transplant": "#7b4fbf",
    "supportive": "#8c8c8c",
}
REMISSION_COLOUR = "#1b8a3a"
RELAPSE_COLOUR = "#c00020"


class TimelineWidget(QWidget):
    """Shows ``set_course(case, result)``; empty until a patient is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_widget")
        self.setMinimumHeight(96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.case: Case | None = None
        self.remissions: tuple[date, ...] = ()
        self.relapses: tuple[date, ...] = ()
        self.as_of: date | None = None

    def sizeHint(self) -> QSize:
        return QSize(600, 100)

    def set_course(self, case: Case | None, result: Any | None) -> None:
        self.case = case
        if result is not None:
            d = result.derived
            self.remissions = tuple(d.remission_dates)
            relapses = list(d.relapse_dates)
            if d.molecular_relapse_date and d.molecular_relapse_date not in relapses:
                relapses.append(d.molecular_relapse_date)
            self.relapses = tuple(relapses)
            self.as_of = result.as_of
        else:
            self.remissions = self.relapses = ()
            self.as_of = None
        self.update()

    def span(self) -> tuple[date, date]:
        assert self.case is not None
        start = self.case.diagnosis.date
        # The span of the recorded events (not "today": a course recorded years ago stays readable).
        ends = [start]
        ends += [c.end or c.start for c in self.case.courses] + [a.date for a in self.case.assessments]
        end = max(ends)
        if (end - start).days < 30:
            end = start + timedelta(days=30)
        return start - timedelta(days=7), end + timedelta(days=7)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if self.case is None:
            painter.end()
            return
        first, last = self.span()
        left, right = 8.0, float(self.width() - 8)
        days = max(1, (last - first).days)

        def x(day: date) -> float:
            return left + (right - left) * (day - first).days / days

        metrics = QFontMetrics(painter.font())
        line_h = metrics.height()
        top = 4.0
        # lane 1: courses
        lane_y, lane_h = top + line_h + 4, float(line_h + 8)
        for course in self.case.courses:
            end = course.end or (course.start + timedelta(days=7 if course.phase != "transplant" else 1))
            x0, x1 = x(course.start), max(x(end), x(course.start) + 4)
            rect = QRectF(x0, lane_y, x1 - x0, lane_h)
            painter.fillRect(rect, QColor(PHASE_COLOURS.get(course.phase, "#999999")))
            text = label(course.regimen)
            if metrics.horizontalAdvance(text) + 4 < rect.width():
                painter.setPen(QColor("white"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        # axis
        axis_y = lane_y + lane_h + 10
        painter.setPen(QPen(QColor("#444444"), 1))
        painter.drawLine(QPointF(left, axis_y), QPointF(right, axis_y))
        # month ticks, spaced so that their labels never overlap
        label_w = metrics.horizontalAdvance("Sep 2020") + 10
        px_per_month = (right - left) / max(1.0, days / 30.44)
        step_months = next((m for m in (1, 2, 3, 6, 12, 24, 60) if m * px_per_month >= label_w), 120)
        month = first.year * 12 + first.month - 1
        while True:
            tick = date(month // 12, month % 12 + 1, 1)
            if tick > last:
                break
            if tick >= first and month % step_months == 0:
                tx = x(tick)
                painter.drawLine(QPointF(tx, axis_y), QPointF(tx, axis_y + 4))
                painter.drawText(QPointF(tx + 2, axis_y + 4 + metrics.ascent()), tick.strftime("%b %Y"))
            month += 1

        # markers, then a legend on the top line (marks carry no text of their own, so nothing overlaps)
        def marker(day: date, colour: str, up: bool) -> None:
            mx = x(day)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            y = axis_y
            tri = (
                QPolygonF([QPointF(mx, y - 9), QPointF(mx - 6, y + 1), QPointF(mx + 6, y + 1)])
                if up
                else QPolygonF([QPointF(mx, y + 1), QPointF(mx - 6, y - 9), QPointF(mx + 6, y - 9)])
            )
            painter.drawPolygon(tri)

        painter.setPen(QPen(QColor("#000000"), 2))
        dx = x(self.case.diagnosis.date)
        painter.drawLine(QPointF(dx, lane_y - 2), QPointF(dx, axis_y))
        for day in self.remissions:
            marker(day, REMISSION_COLOUR, True)
        for day in self.relapses:
            marker(day, RELAPSE_COLOUR, False)
        legend = [("| diagnosis", "#000000")]
        legend += [
            (f"■ {label(p)}", c) for p, c in PHASE_COLOURS.items() if any(k.phase == p for k in self.case.courses)
        ]
        legend += [("▲ remission", REMISSION_COLOUR), ("▼ relapse", RELAPSE_COLOUR)]
        lx = left
        for text, colour in legend:
            painter.setPen(QColor(colour))
            painter.drawText(QPointF(lx, top + metrics.ascent()), text)
            lx += metrics.horizontalAdvance(text) + 14
        painter.end()
