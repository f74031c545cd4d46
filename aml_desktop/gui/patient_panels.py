"""The four tabs of a patient: where the patient stands, the course, the recommendation, decisions.

Each panel is a thin view over the case and the engine's ``Result`` (Designer form by
composition); edits are requested by signal and carried out by the main window, which
owns the dialogs and saves through the controller.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aml_desktop.engine.case import Case
from aml_desktop.gui.course_models import AssessmentTableModel, CourseTableModel
from aml_desktop.gui.forms.ui_course_panel import Ui_CoursePanel
from aml_desktop.gui.forms.ui_decisions_panel import Ui_DecisionsPanel
from aml_desktop.gui.forms.ui_recommendation_panel import Ui_RecommendationPanel
from aml_desktop.gui.forms.ui_standing_panel import Ui_StandingPanel
from aml_desktop.gui.presenters import CLINICIAN_NOTE, h, recommendation_html, standing_html
from aml_desktop.gui.timeline_widget import TimelineWidget
from aml_desktop.gui.words import label
from aml_desktop.present.chart import ChartData
from aml_desktop.present.checklist import NeededItem
from aml_desktop.present.formats import fmt_date
from aml_desktop.present.i18n import _
from aml_desktop.present.summary import SummaryView


def fill_needed(layout: QVBoxLayout, items: Sequence[NeededItem], on_click: Callable[[str], None]) -> list[QPushButton]:
    """Replace the "Needed" rows: a sentence and a button that opens the form supplying it."""
    while layout.count():
        child = layout.takeAt(0)
        widget = child.widget() if child is not None else None
        if widget is not None:
            widget.hide()  # at once: deleteLater waits for the event loop, and the old row would show
            widget.deleteLater()
    buttons: list[QPushButton] = []
    if not items:
        layout.addWidget(
            QLabel(QCoreApplication.translate("RecommendationPanel", "Nothing missing for this recommendation."))
        )
        return buttons
    for item in items:
        needed = h(QCoreApplication.translate("RecommendationPanel", "Needed:"))
        text = QLabel(f"<span style='color:#a40000'><b>{needed}</b></span> {h(item.text)}")
        text.setWordWrap(True)
        button = QPushButton(item.button)
        button.setObjectName(f"needed_{item.target}_button")
        button.clicked.connect(lambda _=False, target=item.target: on_click(target))
        row = QVBoxLayout()
        row.addWidget(text)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(holder)
        buttons.append(button)
    return buttons


class StandingPanel(QWidget):
    needed_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StandingPanel()
        self.ui.setupUi(self)
        self.needed_buttons: list[QPushButton] = []

    def show_error(self, text: str) -> None:
        self.ui.standing_browser.setHtml(f"<p style='color:#a40000'><b>{h(text)}</b></p>")
        self.needed_buttons = fill_needed(self.ui.needed_layout, [], self.needed_requested.emit)

    def show_view(self, view: SummaryView) -> None:
        self.ui.standing_browser.setHtml(standing_html(view))
        self.needed_buttons = fill_needed(self.ui.needed_layout, view.needed, self.needed_requested.emit)


class CoursePanel(QWidget):
    add_course = Signal()
    edit_course = Signal(int)
    remove_course = Signal(int)
    add_assessment = Signal()
    edit_assessment = Signal(int)
    remove_assessment = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CoursePanel()
        self.ui.setupUi(self)
        ui = self.ui
        self.course_model = CourseTableModel(self)
        self.assessment_model = AssessmentTableModel(self)
        ui.courses_table.setModel(self.course_model)
        ui.assessments_table.setModel(self.assessment_model)
        for view in (ui.courses_table, ui.assessments_table):
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.timeline = TimelineWidget()
        ui.timeline_layout.addWidget(self.timeline)
        ui.timeline_layout.setContentsMargins(0, 0, 0, 0)
        ui.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.chart: Any = None
        self._chart_data: ChartData | None = None
        ui.add_course_button.clicked.connect(self.add_course.emit)
        ui.edit_course_button.clicked.connect(lambda: self._emit_row(ui.courses_table, self.edit_course))
        ui.remove_course_button.clicked.connect(lambda: self._emit_row(ui.courses_table, self.remove_course))
        ui.courses_table.doubleClicked.connect(lambda index: self.edit_course.emit(self._course_index(index.row())))
        ui.add_assessment_button.clicked.connect(self.add_assessment.emit)
        ui.edit_assessment_button.clicked.connect(lambda: self._emit_row(ui.assessments_table, self.edit_assessment))
        ui.remove_assessment_button.clicked.connect(
            lambda: self._emit_row(ui.assessments_table, self.remove_assessment)
        )
        ui.assessments_table.doubleClicked.connect(
            lambda index: self.edit_assessment.emit(self._assessment_index(index.row()))
        )
        ui.course_splitter.setSizes([260, 300])

    def _course_index(self, row: int) -> int:
        return row  # rows are the case's courses, in the case's order

    def _assessment_index(self, row: int) -> int:
        return row

    def _emit_row(self, view: Any, signal: Any) -> None:
        rows = view.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].row()
        index = self._course_index(row) if view is self.ui.courses_table else self._assessment_index(row)
        signal.emit(index)

    def show_patient(self, case: Case, chart: ChartData | None, responses: dict[int, str]) -> None:
        """The course tables, and the timeline and chart drawn from the view's chart data (one date scale)."""
        self._chart_data = chart
        self.course_model.set_courses(case.courses)
        self.assessment_model.set_assessments(case.assessments, responses)
        self.timeline.set_data(chart)
        if self.chart is not None:
            self.chart.set_data(chart)

    def ensure_chart(self) -> None:
        """Create the chart on first view of the Course tab."""
        if self.chart is None:
            from aml_desktop.gui.course_chart import CourseChart

            self.chart = CourseChart()
            self.ui.chart_layout.addWidget(self.chart)
            self.chart.set_data(self._chart_data)
            self.chart.show()  # added to a visible layout: show now rather than on a queued call


class RecommendationPanel(QWidget):
    needed_requested = Signal(str)
    decide_requested = Signal()
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecommendationPanel()
        self.ui.setupUi(self)
        self.ui.clinician_note_label.setText(_(CLINICIAN_NOTE))
        self.ui.decide_button.clicked.connect(self.decide_requested.emit)
        self.ui.print_button.clicked.connect(self.print_requested.emit)
        self.ui.recommendation_splitter.setStretchFactor(0, 3)
        self.ui.recommendation_splitter.setStretchFactor(1, 1)
        self.ui.recommendation_splitter.setSizes([660, 300])
        self.needed_buttons: list[QPushButton] = []

    def show_error(self, text: str) -> None:
        self.ui.recommendation_browser.setHtml(f"<p style='color:#a40000'><b>{h(text)}</b></p>")
        self.needed_buttons = fill_needed(self.ui.needed_layout, [], self.needed_requested.emit)
        self.ui.checklist_list.clear()

    def show_view(self, view: SummaryView) -> None:
        self.ui.recommendation_browser.setHtml(recommendation_html(view))
        self.needed_buttons = fill_needed(self.ui.needed_layout, view.needed, self.needed_requested.emit)
        checklist = self.ui.checklist_list
        checklist.clear()
        for item in view.checklist:
            prefix = "⚠ " if item.kind == "flag" else ""
            entry = QListWidgetItem(prefix + item.title + (f"\n{item.detail}" if item.detail else ""))
            entry.setData(Qt.ItemDataRole.UserRole, item.code)
            entry.setToolTip((f"{item.detail}\n\n" if item.detail else "") + f"Code (for support): {item.code}")
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            checklist.addItem(entry)
        if not checklist.count():
            checklist.addItem(
                QListWidgetItem(QCoreApplication.translate("RecommendationPanel", "No actions or safety flags."))
            )

    def text(self) -> str:
        """The recommendation as plain text (tests and accessibility read it)."""
        return self.ui.recommendation_browser.toPlainText()


class DecisionsPanel(QWidget):
    HEADERS = (
        str(QT_TRANSLATE_NOOP("DecisionsPanel", "Date")),
        str(QT_TRANSLATE_NOOP("DecisionsPanel", "Recommended")),
        str(QT_TRANSLATE_NOOP("DecisionsPanel", "Chosen")),
        str(QT_TRANSLATE_NOOP("DecisionsPanel", "Regimen")),
        str(QT_TRANSLATE_NOOP("DecisionsPanel", "Reason")),
        str(QT_TRANSLATE_NOOP("DecisionsPanel", "Clinician")),
        str(QT_TRANSLATE_NOOP("DecisionsPanel", "Ruleset")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DecisionsPanel()
        self.ui.setupUi(self)
        table = self.ui.decisions_table
        table.setColumnCount(len(self.HEADERS))
        table.setHorizontalHeaderLabels([QCoreApplication.translate("DecisionsPanel", h) for h in self.HEADERS])
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.currentCellChanged.connect(lambda row, *_: self._show_detail(row))
        self.records: list[Any] = []

    def show_records(self, records: list[Any]) -> None:
        self.records = records
        table = self.ui.decisions_table
        table.setRowCount(len(records))
        for row, rec in enumerate(records):
            d = rec.decision
            reason = label(rec.reason_code) if rec.reason_code else ("accepted" if d.chosen == d.recommended else "")
            cells = [
                fmt_date(d.date),
                label(d.recommended),
                label(d.chosen),
                label(d.regimen) if d.regimen else "",
                reason,
                d.clinician or rec.recorded_by or "",
                rec.ruleset_version or "",
            ]
            for col, text in enumerate(cells):
                table.setItem(row, col, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        if records:
            table.setCurrentCell(len(records) - 1, 0)
        else:
            self.ui.decision_detail_browser.setHtml(
                "<p>No decision recorded yet. Use <b>Record decision…</b> on the Recommendation tab.</p>"
            )

    def _show_detail(self, row: int) -> None:
        if not 0 <= row < len(self.records):
            return
        rec = self.records[row]
        d = rec.decision
        parts = [f"<h3>{h(fmt_date(d.date))}: {h(label(d.chosen))}</h3>"]
        parts.append(
            f"<p>Recommended: {h(label(d.recommended))}. Chosen: <b>{h(label(d.chosen))}</b>"
            + (f" ({h(label(d.regimen))})" if d.regimen else "")
            + ".</p>"
        )
        if d.override_reason:
            parts.append(f"<p>Reason: {h(d.override_reason)}</p>")
        parts.append(
            f"<p style='color:#555'>Clinician: {h(d.clinician or '')} · recorded "
            f"{h((rec.recorded_at or '')[:16].replace('T', ' '))} by {h(rec.recorded_by or '')} · "
            f"ruleset {h(rec.ruleset_version or 'unknown')}</p>"
        )
        snap = rec.snapshot or {}
        primary = (snap.get("recommendation") or {}).get("primary") or {}
        if primary:
            regs = ", ".join(label(r) for r in primary.get("regimens") or [])
            parts.append(
                f"<p>What the screen showed then: {h(label(primary.get('category', '')))}"
                + (f" ({h(regs)})" if regs else "")
                + ".</p>"
            )
        self.ui.decision_detail_browser.setHtml("".join(parts))
