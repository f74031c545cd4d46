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
    QBoxLayout,
    QHBoxLayout,
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

# Panel widths (px) below which the two course tables stack and the checklist moves under the recommendation.
STACK_BELOW = 900
SIDE_BY_SIDE = 760
RESPONSE_COLUMN_WIDTH = 150


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
            # Whole words or an ellipsis (full text in the tooltip), never "Intermediat/e".
            view.setWordWrap(False)
            view.setTextElideMode(Qt.TextElideMode.ElideRight)
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        # The response words are long ("Baseline (before treatment)"): a fixed width, whole in the tooltip,
        # so date, response and marrow blasts stay in view on a 1024-pixel screen.
        header = ui.assessments_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, RESPONSE_COLUMN_WIDTH)
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
        self._splitter_moved = False  # once the user drags it, their split is kept
        ui.course_splitter.splitterMoved.connect(self._user_split)

    def _user_split(self, *_: Any) -> None:
        self._splitter_moved = True

    def resizeEvent(self, event: Any) -> None:
        """Side by side when there is room; one above the other on a small screen, so the key
        columns (phase, regimen, dates; date, response, blasts) stay visible without scrolling."""
        super().resizeEvent(event)
        wide = self.width() >= STACK_BELOW
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.ui.tables_layout.direction() != direction:
            self.ui.tables_layout.setDirection(direction)
        if not wide and not self._splitter_moved:  # stacked tables need the height more than the graphs
            height = self.ui.course_splitter.height()
            self.ui.course_splitter.setSizes([height * 3 // 5, height - height * 3 // 5])

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
        self.ui.recommendation_splitter.setCollapsible(0, False)
        self.ui.recommendation_splitter.setCollapsible(1, True)
        self.checklist_button = QPushButton(self.tr("Hide chec&klist"))
        self.checklist_button.setObjectName("checklist_toggle_button")
        self.checklist_button.setCheckable(True)
        self.checklist_button.setToolTip(
            self.tr("Hide or show the Needed items and the checklist beside the recommendation")
        )
        self.checklist_button.toggled.connect(self.set_checklist_hidden)
        self.ui.recommendation_buttons_layout.insertWidget(0, self.checklist_button)
        self.ui.recommendation_buttons_layout.insertStretch(1, 1)
        self.needed_buttons: list[QPushButton] = []

    def set_checklist_hidden(self, hidden: bool) -> None:
        """Collapse the side column (the recommendation gets the width); its items stay in the summary."""
        self.ui.recommendation_side_widget.setVisible(not hidden)
        self.checklist_button.setText(self.tr("Show c&hecklist") if hidden else self.tr("Hide chec&klist"))
        if self.checklist_button.isChecked() != hidden:
            self.checklist_button.setChecked(hidden)

    def resizeEvent(self, event: Any) -> None:
        """Checklist beside the recommendation when there is room, below it on a small screen."""
        super().resizeEvent(event)
        splitter = self.ui.recommendation_splitter
        orientation = Qt.Orientation.Horizontal if self.width() >= SIDE_BY_SIDE else Qt.Orientation.Vertical
        if splitter.orientation() != orientation:
            splitter.setOrientation(orientation)

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
            support = self.tr("Code (for support): {code}").format(code=item.code)
            entry.setToolTip((f"{item.detail}\n\n" if item.detail else "") + support)
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
    """Recorded decisions, newest last; a decision is corrected by voiding or replacing it, never deleted."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("DecisionsPanel", "Date")),
        str(QT_TRANSLATE_NOOP("DecisionsPanel", "Recommended")),
        str(QT_TRANSLATE_NOOP("DecisionsPanel", "Chosen")),
        str(QT_TRANSLATE_NOOP("DecisionsPanel", "Regimen")),
        str(QT_TRANSLATE_NOOP("DecisionsPanel", "Reason")),
        str(QT_TRANSLATE_NOOP("DecisionsPanel", "Clinician")),
        str(QT_TRANSLATE_NOOP("DecisionsPanel", "Ruleset")),
        str(QT_TRANSLATE_NOOP("DecisionsPanel", "Status")),
    )
    void_requested = Signal(int)  # position of the decision
    supersede_requested = Signal(int)

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
        self.editable = True  # False while the database is read-only
        self.supersede_button = QPushButton(self.tr("Repl&ace with a new decision…"))
        self.supersede_button.setObjectName("supersede_decision_button")
        self.supersede_button.setToolTip(
            self.tr("Record a new decision that replaces the selected one (which stays, marked)")
        )
        self.void_button = QPushButton(self.tr("&Void decision…"))
        self.void_button.setObjectName("void_decision_button")
        self.void_button.setToolTip(self.tr("Mark the selected decision as entered in error (it stays, marked void)"))
        self.supersede_button.clicked.connect(lambda: self._request(self.supersede_requested))
        self.void_button.clicked.connect(lambda: self._request(self.void_requested))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.supersede_button)
        buttons.addWidget(self.void_button)
        layout = self.layout()
        assert isinstance(layout, QBoxLayout)
        layout.insertLayout(layout.indexOf(table) + 1, buttons)
        self.update_buttons(-1)

    def _request(self, signal: Any) -> None:
        row = self.ui.decisions_table.currentRow()
        if 0 <= row < len(self.records) and self.records[row].in_force:
            signal.emit(self.records[row].position)

    def update_buttons(self, row: int) -> None:
        on = self.editable and 0 <= row < len(self.records) and self.records[row].in_force
        self.supersede_button.setEnabled(on)
        self.void_button.setEnabled(on)

    def show_records(self, records: list[Any]) -> None:
        self.records = records
        table = self.ui.decisions_table
        table.setRowCount(len(records))
        for row, rec in enumerate(records):
            d = rec.decision
            accepted = self.tr("accepted") if d.chosen == d.recommended else ""
            reason = label(rec.reason_code) if rec.reason_code else accepted
            cells = [
                fmt_date(d.date),
                label(d.recommended),
                label(d.chosen),
                label(d.regimen) if d.regimen else "",
                reason,
                d.clinician or rec.recorded_by or "",
                rec.ruleset_version or "",
                status_words(rec),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not rec.in_force:
                    font = item.font()
                    font.setStrikeOut(col < len(cells) - 1)
                    item.setFont(font)
                    item.setForeground(Qt.GlobalColor.darkGray)
                table.setItem(row, col, item)
        table.resizeColumnsToContents()
        if records:
            table.setCurrentCell(len(records) - 1, 0)
        else:
            self.ui.decision_detail_browser.setHtml(
                "<p>"
                + self.tr("No decision recorded yet. Use {button} on the Recommendation tab.").format(
                    button="<b>" + h(self.tr("Record decision…")) + "</b>"
                )
                + "</p>"
            )
        self.update_buttons(table.currentRow())

    def _show_detail(self, row: int) -> None:
        self.update_buttons(row)
        if not 0 <= row < len(self.records):
            return
        rec = self.records[row]
        d = rec.decision
        heading = self.tr("{date}: {therapy}").format(date=fmt_date(d.date), therapy=label(d.chosen))
        parts = [f"<h3>{h(heading)}</h3>"]
        if not rec.in_force:
            parts.append(
                f"<p style='color:#a40000'><b>{h(status_words(rec).capitalize())}</b>"
                f"{': ' + h(rec.status_reason) if rec.status_reason else ''} "
                f"<span style='color:#555'>({h(rec.status_by or '')}, "
                f"{h((rec.status_at or '')[:16].replace('T', ' '))})</span></p>"
            )
        chosen = f"<b>{h(label(d.chosen))}</b>" + (f" ({h(label(d.regimen))})" if d.regimen else "")
        parts.append(
            "<p>"
            + self.tr("Recommended: {recommended}. Chosen: {chosen}.").format(
                recommended=h(label(d.recommended)), chosen=chosen
            )
            + "</p>"
        )
        reason = reason_words(rec.reason_code, d.override_reason)
        if reason:
            parts.append("<p>" + h(self.tr("Reason: {reason}").format(reason=reason)) + "</p>")
        signed = self.tr("Clinician: {clinician} · recorded {when} by {user} · ruleset {ruleset}").format(
            clinician=d.clinician or "",
            when=(rec.recorded_at or "")[:16].replace("T", " "),
            user=rec.recorded_by or "",
            ruleset=rec.ruleset_version or self.tr("unknown"),
        )
        parts.append(f"<p style='color:#555'>{h(signed)}</p>")
        snap = rec.snapshot or {}
        primary = (snap.get("recommendation") or {}).get("primary") or {}
        if primary:
            regs = ", ".join(label(r) for r in primary.get("regimens") or [])
            then = h(label(primary.get("category", ""))) + (f" ({h(regs)})" if regs else "")
            parts.append("<p>" + self.tr("What the screen showed then: {therapy}.").format(therapy=then) + "</p>")
        self.ui.decision_detail_browser.setHtml("".join(parts))


def status_words(record: Any) -> str:
    """ "void", "superseded by the decision of 2026-11-20", or "" for a decision in force."""
    if record.status == "voided":
        return QCoreApplication.translate("DecisionsPanel", "void")
    if record.status == "superseded":
        if record.superseded_by is not None:
            return QCoreApplication.translate("DecisionsPanel", "superseded by decision {number}").format(
                number=record.superseded_by + 1
            )
        return QCoreApplication.translate("DecisionsPanel", "superseded")
    return ""


def reason_words(reason_code: str | None, text: str | None) -> str:
    """The coded reason and the clinician's words, never the same words twice."""
    coded = label(reason_code) if reason_code else ""
    if not text:
        return coded
    if not coded or text.startswith(coded):
        return text
    return f"{coded}: {text}"
