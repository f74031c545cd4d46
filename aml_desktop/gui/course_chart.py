"""Marrow blasts, ANC and platelets over time (QtCharts), with remission and relapse marked.

Imported only when the Course tab is first shown: QtCharts is heavy and launch must stay
fast (issue 4, "Speed").
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QLogValueAxis, QScatterSeries, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from aml_desktop.engine.case import Case

# A log axis cannot show 0: a count recorded as 0 is drawn at this floor (the tooltip says so).
LOG_FLOOR = 0.1

SHORT_SPAN_DAYS = 180


def _ms(day: date) -> float:
    return float(QDateTime(datetime(day.year, day.month, day.day)).toMSecsSinceEpoch())


class CourseChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("course_chart_view")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)
        self.series: dict[str, Any] = {}
        self.set_course(None, None)

    def set_course(self, case: Case | None, result: Any | None) -> None:
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.series = {}
        if case is None or not case.assessments:
            chart.setTitle("No assessments recorded yet")
            self.setChart(chart)
            return
        blasts, anc, platelets = QLineSeries(), QLineSeries(), QLineSeries()
        blasts.setName("Marrow blasts (%)")
        anc.setName("ANC (×10⁹/L, log)")
        platelets.setName("Platelets (×10⁹/L, log)")
        for series, colour in ((blasts, "#c00020"), (anc, "#1f5fbf"), (platelets, "#2e9e6a")):
            series.setPen(QPen(QColor(colour), 2))
            series.setPointsVisible(True)
        for a in sorted(case.assessments, key=lambda a: a.date):
            t = _ms(a.date)
            if a.marrow_blasts_percent is not None:
                blasts.append(t, a.marrow_blasts_percent)
            if a.anc is not None:
                anc.append(t, max(a.anc, LOG_FLOOR))
            if a.platelets is not None:
                platelets.append(t, max(a.platelets, LOG_FLOOR))
        remission = QScatterSeries()
        remission.setName("Remission")
        remission.setColor(QColor("#1b8a3a"))
        remission.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeTriangle)
        relapse = QScatterSeries()
        relapse.setName("Relapse")
        relapse.setColor(QColor("#c00020"))
        relapse.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        if result is not None:
            for day in result.derived.remission_dates:
                remission.append(_ms(day), 95)
            for day in result.derived.relapse_dates:
                relapse.append(_ms(day), 95)
        for s in (blasts, anc, platelets, remission, relapse):
            chart.addSeries(s)
        self.series = {"blasts": blasts, "anc": anc, "platelets": platelets, "remission": remission, "relapse": relapse}
        x_axis = QDateTimeAxis()
        dates = [a.date for a in case.assessments] + [case.diagnosis.date]
        first, last = min(dates), max(dates)
        # Over a few months, month labels would repeat across ticks: show the day too.
        x_axis.setFormat("d MMM yyyy" if (last - first).days < SHORT_SPAN_DAYS else "MMM yyyy")
        x_axis.setRange(
            QDateTime(datetime(first.year, first.month, first.day)).addDays(-7),
            QDateTime(datetime(last.year, last.month, last.day)).addDays(7),
        )
        x_axis.setTickCount(6)
        percent = QValueAxis()
        percent.setRange(0, 100)
        percent.setTitleText("Blasts %")
        percent.setLabelFormat("%d")
        counts = QLogValueAxis()
        counts.setBase(10)
        counts.setRange(LOG_FLOOR, 1000)
        counts.setTitleText("×10⁹/L")
        counts.setLabelFormat("%g")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(percent, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignRight)
        for s in (blasts, remission, relapse):
            s.attachAxis(x_axis)
            s.attachAxis(percent)
        for s in (anc, platelets):
            s.attachAxis(x_axis)
            s.attachAxis(counts)
        self.setChart(chart)
