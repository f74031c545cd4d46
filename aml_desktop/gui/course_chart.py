"""Marrow blasts, ANC and platelets over time, painted with QPainter from the view's chart data.

The same ``ChartData`` and date scale as the printed summary's chart (``reports.chart``):
three stacked panels (blasts %, ANC, platelets), each with the ELN 2017 threshold as a
dashed line, the courses of therapy in a lane underneath, remission, relapse and transplant
as labelled vertical lines, ticks at month starts. Values more than ``present.chart.GAP_DAYS``
apart are not joined by a line. No chart library: Qt Charts is GPL, and QPainter is enough.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from aml_desktop.gui.date_axis import PLOT_LEFT, PLOT_RIGHT, month_ticks, x_of
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

# (title, relative height, threshold, threshold label, marker, colour) per panel, as on paper.
PANELS: Final = (
    (str(QT_TRANSLATE_NOOP("CourseChart", "Marrow blasts (%)")), 4, BLAST_THRESHOLD, "5 %", "circle", "#c00020"),
    (str(QT_TRANSLATE_NOOP("CourseChart", "ANC (×10⁹/L)")), 3, ANC_THRESHOLD, "1.0", "square", "#1f5fbf"),
    (str(QT_TRANSLATE_NOOP("CourseChart", "Platelets (×10⁹/L)")), 3, PLATELET_THRESHOLD, "100", "triangle", "#2e7d4f"),
)
EVENT_COLOURS: Final = {
    "remission": "#1b8a3a",
    "relapse": "#c00020",
    "molecular_relapse": "#c00020",
    "transplant": "#7b4fbf",
}
EVENT_DASHES: Final = {
    "remission": Qt.PenStyle.SolidLine,
    "relapse": Qt.PenStyle.DashLine,
    "molecular_relapse": Qt.PenStyle.DotLine,
    "transplant": Qt.PenStyle.DashDotLine,
}


class CourseChart(QWidget):
    """Shows ``set_data(chart_data)``; says so when nothing is recorded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("course_chart_view")
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.data: ChartData | None = None

    def sizeHint(self) -> QSize:
        return QSize(600, 320)

    def set_data(self, data: ChartData | None) -> None:
        self.data = data
        self.update()

    def has_measurements(self) -> bool:
        d = self.data
        return d is not None and bool(d.blasts.points or d.anc.points or d.platelets.points)

    def plot_rect(self) -> QRectF:
        """Where the panels are drawn (tests check that the chart was laid out)."""
        return QRectF(PLOT_LEFT, 0.0, max(0.0, self.width() - PLOT_LEFT - PLOT_RIGHT), float(self.height()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        data = self.data
        metrics = QFontMetrics(painter.font())
        if data is None or not self.has_measurements():
            painter.setPen(self.palette().text().color())
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("CourseChart", "No assessments recorded yet"),
            )
            return
        width, height = float(self.width()), float(self.height())
        scale = data.scale
        line_h = float(metrics.height())
        left, right = PLOT_LEFT, width - PLOT_RIGHT

        def x(day: date) -> float:
            return x_of(scale, day, width)

        # event labels on top, in up to two rows
        event_items = []
        for ev in data.events:
            w = metrics.horizontalAdvance(ev.label)
            event_items.append((x(ev.day) - w / 2, x(ev.day) + w / 2))
        event_rows = place_rows(event_items, 2)
        event_band = line_h * (1 + max((r for r in event_rows if r is not None), default=-1) + 1) if data.events else 0
        lane_h, axis_h = line_h + 6, line_h + 8
        panels_top = event_band + 2
        available = height - panels_top - lane_h - axis_h - 8
        units = sum(p[1] for p in PANELS)
        y = panels_top
        events_top = y
        for english, share, threshold, threshold_label, marker, colour in PANELS:
            title = QCoreApplication.translate("CourseChart", english)
            panel_h = available * share / units
            series = {"circle": data.blasts, "square": data.anc, "triangle": data.platelets}[marker]
            self._panel(
                painter,
                metrics,
                QRectF(left, y + line_h, right - left, panel_h - line_h - 4),
                series,
                threshold,
                threshold_label,
                marker,
                colour,
                x,
            )
            bold = painter.font()
            bold.setBold(True)
            painter.save()
            painter.setFont(bold)
            # the title above its panel, starting at the plot's left edge: clear of the y tick labels
            title_w = QFontMetrics(bold).horizontalAdvance(title) + 6
            painter.fillRect(QRectF(left, y, title_w, line_h), self.palette().base())
            painter.setPen(QColor("#000000"))
            painter.drawText(QPointF(left + 2, y + metrics.ascent()), title)
            painter.restore()
            y += panel_h
        # therapy lane
        lane_y = y + 2
        painter.setPen(QColor("#000000"))
        painter.drawText(QPointF(4, lane_y + metrics.ascent()), QCoreApplication.translate("CourseChart", "Therapy"))
        for course in data.courses:
            x0 = x(course.start)
            x1 = max(x0 + 3.0, x(course.end)) if course.end else x0 + 3.0
            rect = QRectF(x0, lane_y, x1 - x0, lane_h - 2)
            painter.fillRect(rect, QColor("#d0d7e2"))
            painter.setPen(QColor("#333333"))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            if metrics.horizontalAdvance(course.label) + 4 < rect.width():
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, course.label)
        # axis with month ticks
        axis_y = lane_y + lane_h + 2
        painter.setPen(QPen(QColor("#000000"), 1))
        painter.drawLine(QPointF(left, axis_y), QPointF(right, axis_y))
        for tick in month_ticks(scale, width):
            tx = x(tick)
            painter.drawLine(QPointF(tx, axis_y), QPointF(tx, axis_y + 4))
            text = fmt_month(tick)
            painter.drawText(QPointF(tx - metrics.horizontalAdvance(text) / 2, axis_y + 4 + metrics.ascent()), text)
        # events: vertical lines across the panels, labelled on top
        for ev, row in zip(data.events, event_rows, strict=True):
            ex = x(ev.day)
            ink = QColor(EVENT_COLOURS.get(ev.kind, "#000000"))
            painter.setPen(QPen(ink, 1.2, EVENT_DASHES.get(ev.kind, Qt.PenStyle.SolidLine)))
            painter.drawLine(QPointF(ex, events_top), QPointF(ex, axis_y))
            if row is not None:
                painter.setPen(ink)
                w = metrics.horizontalAdvance(ev.label)
                lx = min(max(0.0, ex - w / 2), width - w)
                painter.drawText(QPointF(lx, row * line_h + metrics.ascent()), ev.label)

    def _panel(
        self,
        painter: QPainter,
        metrics: QFontMetrics,
        rect: QRectF,
        series: ChartSeries,
        threshold: float,
        threshold_label: str,
        marker: str,
        colour: str,
        to_x: Callable[[date], float],
    ) -> None:
        painter.setPen(QPen(QColor("#b8b8b8"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        values = [v for _, v in series.points]
        top = 100.0 if marker == "circle" else nice_ceiling(max([*values, threshold]) * 1.1)

        def y(value: float) -> float:
            return rect.bottom() - min(value, top) / top * rect.height()

        painter.setPen(QColor("#555555"))
        for tick in (0.0, top / 2, top):
            text = tick_text(tick)
            ty = y(tick)
            painter.drawText(
                QPointF(rect.left() - 4 - metrics.horizontalAdvance(text), ty + metrics.ascent() / 2 - 1), text
            )
            if 0 < tick < top:
                painter.setPen(QPen(QColor("#e4e4e4"), 1))
                painter.drawLine(QPointF(rect.left(), ty), QPointF(rect.right(), ty))
                painter.setPen(QColor("#555555"))
        ty = y(threshold)
        painter.setPen(QPen(QColor("#000000"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(rect.left(), ty), QPointF(rect.right(), ty))
        painter.drawText(QPointF(rect.right() + 3, ty + metrics.ascent() / 2 - 1), threshold_label)
        if not series.points:
            painter.setPen(QColor("#555555"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, not_recorded())
            return
        pen = QPen(QColor(colour), 2)
        painter.setPen(pen)
        for run in series.segments:  # no line across a gap without a measurement
            for (d0, v0), (d1, v1) in pairwise(run):
                painter.drawLine(QPointF(to_x(d0), y(v0)), QPointF(to_x(d1), y(v1)))
        painter.setBrush(QColor(colour))
        for day, value in series.points:
            px, py = to_x(day), y(value)
            if marker == "circle":
                painter.drawEllipse(QPointF(px, py), 3.0, 3.0)
            elif marker == "square":
                painter.setBrush(QColor("white"))
                painter.drawRect(QRectF(px - 3, py - 3, 6, 6))
                painter.setBrush(QColor(colour))
            else:
                painter.drawPolygon(
                    QPolygonF([QPointF(px - 3.5, py + 2.5), QPointF(px + 3.5, py + 2.5), QPointF(px, py - 3.5)])
                )
