"""The course as a timeline: therapy as coloured blocks, remissions, relapses and transplants as marks.

Painted with QPainter from the view's ``ChartData`` on the date scale the course chart and
the printed chart use (``gui.date_axis``), so the timeline lines up with the chart below it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from aml_desktop.gui.date_axis import month_ticks, x_of
from aml_desktop.gui.words import label
from aml_desktop.present.chart import ChartData

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
TRANSPLANT_COLOUR = PHASE_COLOURS["transplant"]


class TimelineWidget(QWidget):
    """Shows ``set_data(chart_data)``; empty until a patient is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_widget")
        self.setMinimumHeight(96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.data: ChartData | None = None

    def sizeHint(self) -> QSize:
        return QSize(600, 100)

    def set_data(self, data: ChartData | None) -> None:
        self.data = data
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        data = self.data
        if data is None:
            painter.end()
            return
        width = float(self.width())
        scale = data.scale

        def x(day: date) -> float:
            return x_of(scale, day, width)

        metrics = QFontMetrics(painter.font())
        line_h = metrics.height()
        top = 4.0
        lane_y, lane_h = top + line_h + 4, float(line_h + 8)
        for course in data.courses:
            # as in the chart and on paper: a course without a recorded end is a narrow mark at its start
            x0 = x(course.start)
            x1 = max(x0 + 4.0, x(course.end)) if course.end else x0 + 4.0
            rect = QRectF(x0, lane_y, x1 - x0, lane_h)
            painter.fillRect(rect, QColor(PHASE_COLOURS.get(course.phase, "#999999")))
            if metrics.horizontalAdvance(course.label) + 4 < rect.width():
                painter.setPen(QColor("white"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, course.label)
        axis_y = lane_y + lane_h + 10
        painter.setPen(QPen(QColor("#444444"), 1))
        painter.drawLine(QPointF(x(scale.start), axis_y), QPointF(x(scale.end), axis_y))
        for tick in month_ticks(scale, width):
            tx = x(tick)
            painter.drawLine(QPointF(tx, axis_y), QPointF(tx, axis_y + 4))
            text = f"{tick:%b %Y}"
            painter.drawText(QPointF(tx - metrics.horizontalAdvance(text) / 2, axis_y + 4 + metrics.ascent()), text)

        def marker(mx: float, colour: str, up: bool) -> None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            y = axis_y
            tri = (
                QPolygonF([QPointF(mx, y - 9), QPointF(mx - 6, y + 1), QPointF(mx + 6, y + 1)])
                if up
                else QPolygonF([QPointF(mx, y + 1), QPointF(mx - 6, y - 9), QPointF(mx + 6, y - 9)])
            )
            painter.drawPolygon(tri)

        if data.diagnosis is not None:
            painter.setPen(QPen(QColor("#000000"), 2))
            dx = x(data.diagnosis)
            painter.drawLine(QPointF(dx, lane_y - 2), QPointF(dx, axis_y))
        for ev in data.events:
            if ev.kind == "remission":
                marker(x(ev.day), REMISSION_COLOUR, True)
            elif ev.kind == "transplant":
                painter.setPen(QPen(QColor(TRANSPLANT_COLOUR), 3))
                painter.drawLine(QPointF(x(ev.day), lane_y), QPointF(x(ev.day), lane_y + lane_h))
            else:
                marker(x(ev.day), RELAPSE_COLOUR, False)
        phases = {c.phase for c in data.courses}
        legend = [("| diagnosis", "#000000")]
        legend += [(f"■ {label(p)}", c) for p, c in PHASE_COLOURS.items() if p in phases]
        if any(e.kind == "transplant" for e in data.events):
            legend.append(("| transplant", TRANSPLANT_COLOUR))
        legend += [("▲ remission", REMISSION_COLOUR), ("▼ relapse", RELAPSE_COLOUR)]
        lx = 8.0
        for text, colour in legend:
            painter.setPen(QColor(colour))
            painter.drawText(QPointF(lx, top + metrics.ascent()), text)
            lx += metrics.horizontalAdvance(text) + 14
        painter.end()
