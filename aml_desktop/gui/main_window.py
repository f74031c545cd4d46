"""The main window: patient list on the left, the selected patient's tabs on the right.

It wires the Designer form to the controller. Every edit builds a new ``Case``
(``dataclasses.replace``) in a dialog validated by the engine and is saved whole through
``Controller.save_case``; slow work runs as controller tasks with a progress dialog.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QKeyCombination,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from aml_desktop import __version__
from aml_desktop.engine import codes
from aml_desktop.engine.case import Case
from aml_desktop.engine.version import ENGINE_VERSION, RULESET_VERSION
from aml_desktop.gui.busy import SaveInProgress
from aml_desktop.gui.controller import Controller
from aml_desktop.gui.forms.ui_main_window import Ui_MainWindow
from aml_desktop.gui.patient_list_model import PatientListModel
from aml_desktop.gui.words import label
from aml_desktop.present.sentences import message_words

if TYPE_CHECKING:  # loaded with the first evaluation, not at launch
    from aml_desktop.engine.result import Result

MIN_WIDTH, MIN_HEIGHT = 1000, 700
# Bump when the window's saved layout (geometry, splitter) would no longer fit the widgets.
SETTINGS_VERSION = "1"
# The export dialog's second file type: a FHIR R4 Bundle instead of an aml-case/1 file.
FHIR_FILTER = "FHIR R4 bundle (*.fhir.json)"  # translated where shown (fhir_filter)
# How often a running window checks whether the scheduled backup is due.
BACKUP_CHECK_MS = 30 * 60 * 1000


class MainWindow(QMainWindow):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.controller = controller
        self.settings = QSettings()
        self.case: Case | None = None
        self.result: Result | None = None
        self.patient_id: str | None = None
        self.version: int | None = None  # the record version the shown patient was read at
        self.progress_dialogs: list[QProgressDialog] = []
        # The account features (login, lock, audit check), set by ``gui.security.Security``; None in tests without.
        self.security: Any = None
        self.cycle_settings_action = self.ui.clinic_menu.addAction(self.tr("Chemotherapy settings…"))
        self.cycle_settings_action.triggered.connect(self.open_cycle_settings)
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        ui = self.ui
        shown = controller.location if controller.is_server else controller.db_path.name
        self.setWindowTitle(f"AML Desktop — {shown}")
        ui.message_frame.hide()
        ui.message_close_button.clicked.connect(ui.message_frame.hide)

        # the patient tabs' panels are built on first use: launch paints the list first
        self.standing_panel: Any = None
        self.course_panel: Any = None
        self.recommendation_panel: Any = None
        self.decisions_panel: Any = None
        self.cycle_panel: Any = None
        ui.patient_tabs.currentChanged.connect(self._tab_changed)

        # patient list
        self.model = PatientListModel(controller, self)
        ui.patient_table_view.setModel(self.model)
        header = ui.patient_table_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 80, 120, 90, 100, 90, 110)):
            ui.patient_table_view.setColumnWidth(column, width)
        ui.patient_table_view.verticalHeader().setVisible(False)
        ui.patient_table_view.setWordWrap(False)  # whole words or an ellipsis, never "Intermediat/e"
        ui.patient_table_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        ui.patient_table_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        ui.patient_table_view.verticalHeader().setDefaultSectionSize(ui.patient_table_view.fontMetrics().height() + 8)
        ui.status_filter_combo.addItem(self.tr("All patients"), None)
        for status in codes.STATUSES:
            ui.status_filter_combo.addItem(label(status), status)
        ui.search_edit.textChanged.connect(self.apply_filter)
        ui.search_edit.installEventFilter(self)
        self.model.search_done.connect(self._search_done)
        self.model.rowsInserted.connect(lambda *_: self._update_count())  # a capped search counted further
        ui.status_filter_combo.currentIndexChanged.connect(self.apply_filter)
        ui.patient_table_view.selectionModel().currentRowChanged.connect(self._row_changed)
        self._update_count()

        # actions
        ui.new_patient_action.triggered.connect(self.new_patient)
        ui.new_patient_button.clicked.connect(self.new_patient)
        ui.edit_patient_action.triggered.connect(self.edit_patient)
        ui.edit_patient_button.clicked.connect(self.edit_patient)
        ui.fitness_action.triggered.connect(self.edit_fitness)
        ui.fitness_button.clicked.connect(self.edit_fitness)
        ui.add_course_action.triggered.connect(lambda: self.edit_course(None))
        ui.add_assessment_action.triggered.connect(lambda: self.edit_assessment(None))
        ui.decision_action.triggered.connect(lambda: self.record_decision())
        ui.delete_patient_action.triggered.connect(self.delete_patient)
        ui.print_action.triggered.connect(self.print_summary)
        ui.print_button.clicked.connect(self.print_summary)
        ui.save_pdf_action.triggered.connect(self.save_summary_pdf)
        ui.batch_pdf_action.triggered.connect(self.batch_summaries)
        ui.import_action.triggered.connect(self.import_files)
        ui.export_action.triggered.connect(self.export_case)
        ui.settings_action.triggered.connect(self.open_settings)
        ui.backup_now_action.triggered.connect(self.backup_now)
        ui.restore_action.triggered.connect(self.restore)
        ui.guide_action.triggered.connect(self.show_guide)
        ui.about_action.triggered.connect(self.show_about)
        ui.quit_action.triggered.connect(self.close)
        ui.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        ui.find_action.triggered.connect(self.focus_search)
        self.addAction(ui.find_action)

        controller.patients_changed.connect(self._patients_changed)
        controller.settings_changed.connect(self._settings_changed)
        controller.task_started.connect(self._task_started)
        controller.task_failed.connect(
            lambda title, text: self.show_message(
                self.tr("{task} failed: {error}").format(task=title, error=text), error=True
            )
        )
        controller.message.connect(self.show_message)
        self.save_in_progress = SaveInProgress(self)
        controller.write_started.connect(self.save_in_progress.start)
        controller.write_finished.connect(self.save_in_progress.finish)
        self._set_patient_actions(False)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.maybe_auto_backup)
        self.apply_date_order()
        self.read_only_banner = QLabel(self)
        self.read_only_banner.setObjectName("read_only_banner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "QLabel#read_only_banner { background: #fde7e9; border: 1px solid #c50f1f; padding: 6px; }"
        )
        ui.central_layout.insertWidget(0, self.read_only_banner)
        self.first_paint = FirstPaint(ui.patient_table_view.viewport())
        controller.store_reopened.connect(self._show_read_only)
        controller.database_checked.connect(self._database_checked)
        self._show_read_only()
        self.restore_window_state()

    def _database_checked(self, problems: list[str]) -> None:
        """The opening check's answer: housekeeping may start, or the damage is shown with the way back."""
        if not problems:
            self.controller.refresh_stale_summaries()
            self.maybe_auto_backup()
            clash = self.controller.store.clash_warning()
            if clash is not None:
                self.show_message(message_words(clash), error=True)
            return
        from aml_desktop.gui import app

        self._show_read_only()
        choice = app.ask_damaged_database(
            self.controller.db_path,
            self.tr(
                "{file} is damaged (SQLite's check found: {problems}). Nothing "
                "more will be written to it. Restore the last good backup, or keep it open read-only to export "
                "what can still be read (File > Export case file, or 'aml-desktop export --all')."
            ).format(file=self.controller.db_path, problems="; ".join(problems[:3])),
        )
        if choice == "restore":
            self.restore()
        elif choice == "quit":
            self.close()

    def _show_read_only(self) -> None:
        """A banner while the database is read-only (read-only media, a damaged file): nothing can be saved."""
        reason = self.controller.read_only_reason()
        self.read_only_banner.setVisible(reason is not None)
        if reason is not None:
            if "damaged" in reason:
                text = self.tr(
                    "Read-only: {reason}. You can look at patients, print and export, but nothing can be changed. "
                    "Use Clinic > Restore from backup to replace the damaged database with a backup."
                )
            else:
                text = self.tr(
                    "Read-only: {reason}. You can look at patients, print and export, but nothing can be changed "
                    "(copy the database to a folder that can be written to work on it)."
                )
            self.read_only_banner.setText(text.format(reason=message_words(reason)))
        for action in (self.ui.new_patient_action, self.ui.import_action):
            action.setEnabled(reason is None)
        self.ui.new_patient_button.setEnabled(reason is None)

    # ------------------------------------------------------------------ window state

    def restore_window_state(self) -> None:
        if self.settings.value("settings_version") != SETTINGS_VERSION:
            # Saved by another layout of the window: start from the defaults rather than misplace panes.
            for key in ("main_window/geometry", "main_window/splitter"):
                self.settings.remove(key)
            self.settings.setValue("settings_version", SETTINGS_VERSION)
        geometry = self.settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        self.fit_to_screen(fresh=not (isinstance(geometry, QByteArray) and not geometry.isEmpty()))
        splitter = self.settings.value("main_window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.ui.main_splitter.restoreState(splitter)
        else:
            list_width = 300 if self.width() < 1200 else 400
            self.ui.main_splitter.setSizes([list_width, self.width() - list_width])
        self.ui.main_splitter.setStretchFactor(0, 1)
        self.ui.main_splitter.setStretchFactor(1, 3)
        last = self.settings.value("last_patient_id")
        if isinstance(last, str) and last:
            try:
                self.show_patient(last)
            except Exception:
                self.settings.remove("last_patient_id")

    def fit_to_screen(self, *, fresh: bool) -> None:
        """Size the window to the screen it opens on: a 1024x768 projector gets the whole screen, a
        large monitor a comfortable 1280x800; a size saved on a bigger screen is brought back inside."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            if fresh:
                self.resize(1280, 800)
            return
        free = screen.availableGeometry()
        self.setMinimumSize(min(MIN_WIDTH, free.width()), min(MIN_HEIGHT, free.height()))
        if fresh:
            width, height = min(1280, free.width()), min(800, free.height())
        else:
            width, height = min(self.width(), free.width()), min(self.height(), free.height())
        self.resize(width, height)
        frame = self.frameGeometry()
        if fresh or not free.contains(frame):
            frame.moveCenter(free.center())
            self.move(max(free.left(), frame.left()), max(free.top(), frame.top()))
        if fresh and (free.width() <= 1100 or free.height() <= 800):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def save_window_state(self) -> None:
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.setValue("main_window/splitter", self.ui.main_splitter.saveState())
        if self.patient_id:
            self.settings.setValue("last_patient_id", self.patient_id)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.controller.writing:  # a save is never cut short; the window closes once it is written
            self.statusBar().showMessage(
                self.tr("{task}… the window closes when it is saved.").format(task=self.controller.writing)
            )
            event.ignore()
            QTimer.singleShot(100, self.close)
            return
        if self.controller.must_finish():  # background housekeeping is stopped by the controller, no question
            answer = QMessageBox.question(
                self,
                self.tr("Work in progress"),
                self.tr(
                    "A backup, restore or import is still running. Quit anyway? (A restore must not be interrupted.)"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.backup_on_quit()
        self.save_window_state()
        event.accept()

    def backup_on_quit(self) -> None:
        """Something changed since the last backup: take one now (quick: a verified copy of the file)."""
        if not self.controller.available or not self.controller.changed_since_backup():
            return
        try:
            report = self.controller.backup_before_quit()
        except Exception as error:
            QMessageBox.warning(
                self,
                self.tr("Backup on quitting failed"),
                self.tr(
                    "The backup taken on quitting failed:\n{error}\n\nYour data is saved in the database; "
                    "take a backup (Clinic > Back up now) when you next open AML Desktop."
                ).format(error=message_words(error)),
            )
            return
        self.statusBar().showMessage(self.tr("Backup written: {file}").format(file=report.path), 2000)

    # ------------------------------------------------------------------ messages and tasks

    def show_message(self, text: str, error: bool = False) -> None:
        """The message bar at the top of the window: store and import errors are shown here, in full."""
        self.ui.message_label.setText(text)
        colour = "#fde7e9; border: 1px solid #c50f1f" if error else "#fff4ce; border: 1px solid #d8b600"
        self.ui.message_frame.setStyleSheet(f"QFrame#message_frame {{ background: {colour}; }}")
        self.ui.message_frame.setProperty("error", error)
        self.ui.message_frame.show()
        self.statusBar().showMessage(text.splitlines()[0] if text else "", 8000)

    def _task_started(self, task: Any) -> None:
        if task.background:
            self._show_background_progress(task)
            return
        dialog = QProgressDialog(task.title, "", 0, 0, self)
        dialog.setWindowTitle(task.title)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(done if total else 0)
            if text:
                dialog.setLabelText(f"{task.title}\n{text}")

        def finished() -> None:
            dialog.close()
            dialog.deleteLater()
            if dialog in self.progress_dialogs:
                self.progress_dialogs.remove(dialog)

        task.signals.progress.connect(progress)
        task.signals.finished.connect(finished)
        self.progress_dialogs.append(dialog)
        dialog.show()

    def _show_background_progress(self, task: Any) -> None:
        """Housekeeping the user did not ask for reports in the status bar and never blocks the window."""

        def progress(done: int, total: int, text: str) -> None:
            words = self.tr("{task}: {done} of {total}").format(task=text or task.title, done=done, total=total)
            self.statusBar().showMessage(words if total else task.title)

        task.signals.progress.connect(progress)
        task.signals.finished.connect(lambda: self.statusBar().clearMessage())

    # ------------------------------------------------------------------ list

    def warm_up_search(self) -> None:
        """Start the search thread and its connection now, so the first keystroke pays nothing."""
        from aml_desktop.gui.patient_list_model import PAGE_SIZE

        if self.controller.available:
            self.controller.search("", None, page_size=PAGE_SIZE)  # answer ignored: not the model's request

    def focus_search(self) -> None:
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def apply_filter(self, *_: Any) -> None:
        """Every keystroke: the search runs on the search thread, the window stays responsive."""
        self.model.set_filter(self.ui.search_edit.text(), self.ui.status_filter_combo.currentData())

    def _search_done(self) -> None:
        self._update_count()
        self._reselect()

    def _update_count(self) -> None:
        from aml_desktop.present.formats import fmt_amount

        n = self.model.rowCount()
        more = "+" if self.model.more_than_counted() else ""
        words = self.tr("{count} patient") if n == 1 and not more else self.tr("{count} patients")
        self.ui.patient_count_label.setText(words.format(count=f"{fmt_amount(n)}{more}"))

    def _patients_changed(self) -> None:
        if not self.controller.available:
            return
        self.model.refresh()
        self._update_count()
        self._reselect()

    def _reselect(self) -> None:
        """Highlight the open patient's row, or none: never another patient's row than the one shown."""
        view = self.ui.patient_table_view
        if self.patient_id is None:
            self._clear_list_selection()
            return
        row = self.model.row_of(self.patient_id)
        if row is None:
            for candidate in range(min(self.model.rowCount(), 200)):
                summary = self.model.summary_at(candidate)
                if summary is not None and summary.id == self.patient_id:
                    row = candidate
                    break
        if row is None:
            self._clear_list_selection()
            return
        view.selectionModel().blockSignals(True)
        view.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.selectionModel().blockSignals(False)

    def _clear_list_selection(self) -> None:
        selection = self.ui.patient_table_view.selectionModel()
        selection.blockSignals(True)
        selection.clearSelection()
        selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The search box: Down or Enter goes to the results; the window's shortcuts (Ctrl+E, edit
        patient) win over the line edit's own key bindings."""
        if watched is self.ui.search_edit and isinstance(event, QKeyEvent):
            ctrl_e = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_E)
            if event.type() == QEvent.Type.ShortcutOverride and event.keyCombination() == ctrl_e:
                return True  # left unaccepted: the Edit patient shortcut runs
            if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Down,
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            ):
                self.focus_results()
                return True
        return super().eventFilter(watched, event)

    def focus_results(self) -> None:
        """Move to the list: the open patient's row if it is listed, else the first row (opened)."""
        view = self.ui.patient_table_view
        if self.model.rowCount() == 0:
            return
        view.setFocus()
        row = self.model.row_of(self.patient_id) if self.patient_id else None
        view.selectRow(row if row is not None else 0)

    def _row_changed(self, current: Any, _previous: Any) -> None:
        if not current.isValid():
            return
        patient_id = self.model.data(current, Qt.ItemDataRole.UserRole)
        if patient_id and patient_id != self.patient_id:
            try:
                self.show_patient(patient_id)
            except sqlite3.DatabaseError as error:  # a damaged page: say so instead of showing nothing
                self.patient_id, self.case, self.result = None, None, None
                self._set_patient_actions(False)
                self.show_message(
                    self.tr(
                        "This patient's record cannot be read: the database is damaged ({error}). Restore a "
                        "backup (Clinic > Restore from backup); 'aml-desktop export --all' saves the patients "
                        "that can be read."
                    ).format(error=error),
                    error=True,
                )
                self._reselect()  # no row stays highlighted for a patient not shown
            except Exception as error:
                self.show_message(
                    self.tr("This patient could not be opened: {error}").format(error=message_words(error)), error=True
                )
                self._reselect()  # the highlight goes back to the patient still shown

    # ------------------------------------------------------------------ patient

    def _ensure_panels(self) -> None:
        """Create the four patient panels (Designer forms by composition) inside their tabs."""
        if self.standing_panel is not None:
            return
        from aml_desktop.gui.patient_panels import CoursePanel, DecisionsPanel, RecommendationPanel, StandingPanel

        ui = self.ui
        self.standing_panel = StandingPanel()
        self.course_panel = CoursePanel()
        self.recommendation_panel = RecommendationPanel()
        self.decisions_panel = DecisionsPanel()
        ui.standing_layout.addWidget(self.standing_panel)
        ui.course_layout.addWidget(self.course_panel)
        ui.recommendation_layout.addWidget(self.recommendation_panel)
        ui.decisions_layout.addWidget(self.decisions_panel)
        self._add_cycle_tab()
        cp = self.course_panel
        cp.ui.add_course_button.setToolTip(self.tr("Add a treatment course (Ctrl+Shift+C)"))
        cp.ui.add_assessment_button.setToolTip(self.tr("Add an assessment (Ctrl+Shift+A)"))
        cp.add_course.connect(lambda: self.edit_course(None))
        cp.edit_course.connect(self.edit_course)
        cp.remove_course.connect(self.remove_course)
        cp.add_assessment.connect(lambda: self.edit_assessment(None))
        cp.edit_assessment.connect(self.edit_assessment)
        cp.remove_assessment.connect(self.remove_assessment)
        self.standing_panel.needed_requested.connect(self.open_needed)
        self.recommendation_panel.needed_requested.connect(self.open_needed)
        self.recommendation_panel.decide_requested.connect(lambda: self.record_decision())
        self.recommendation_panel.print_requested.connect(self.print_summary)
        self.decisions_panel.void_requested.connect(self.void_decision)
        self.decisions_panel.supersede_requested.connect(self.supersede_decision)

    def _set_patient_actions(self, on: bool) -> None:
        ui = self.ui
        for action in (
            ui.edit_patient_action,
            ui.export_action,
            ui.print_action,
            ui.save_pdf_action,
            ui.delete_patient_action,
            ui.add_course_action,
            ui.add_assessment_action,
            ui.fitness_action,
            ui.decision_action,
        ):
            action.setEnabled(on)
        if self.controller.read_only_reason() is not None:
            for action in (
                ui.edit_patient_action,
                ui.delete_patient_action,
                ui.add_course_action,
                ui.add_assessment_action,
                ui.fitness_action,
                ui.decision_action,
            ):
                action.setEnabled(False)
        if self.security is not None:  # what the account's role may not do is greyed (the store refuses it)
            self.security.grey_for_role()
        ui.patient_stack.setCurrentWidget(ui.patient_page if on else ui.empty_page)

    def show_patient(self, patient_id: str, saved: Any = None) -> None:
        """Load, evaluate and show one patient on every tab (``saved``: just saved, already evaluated)."""
        from aml_desktop.gui.assessment_dialog import response_labels
        from aml_desktop.gui.presenters import header_html
        from aml_desktop.present.decisions import DecisionEntry
        from aml_desktop.present.summary import build_view

        self._ensure_panels()
        newly_opened = patient_id != self.patient_id
        self.version = self.controller.record_version(patient_id)
        problem = ""
        if saved is not None:
            case, result = saved.case, saved.result
            error_text = saved.problem
        else:
            case, error_text = self.controller.get_case(patient_id), None
            try:
                result = self.controller.evaluate(case)
            except Exception as error:
                result, error_text = None, str(error)
        if result is None:
            # The course stays visible and editable, so the input at fault can be corrected.
            problem = self.tr(
                "The engine could not evaluate this patient: {error}. No recommendation is shown."
            ).format(error=error_text)
            self.show_message(problem, error=True)
        self.patient_id, self.case, self.result = patient_id, case, result
        self.ui.patient_header_label.setText(header_html(case, result, self.controller.today()))
        records = self.controller.decision_records(patient_id)
        if result is not None:
            # One view model for every tab, the same the printed summary renders (aml_desktop.present).
            view = build_view(
                case,
                result,
                today=self.controller.today(),
                clinic_name=self.controller.clinic_settings().clinic_name,
                decisions=DecisionEntry.from_records(records),
                out_of_stock=self.controller.clinic_settings().out_of_stock_since,
            )
            self.course_panel.show_patient(case, view.chart, response_labels(case))
            self.standing_panel.show_view(view)
            self.recommendation_panel.show_view(view)
        else:
            self.course_panel.show_patient(case, None, response_labels(case))
            self.standing_panel.show_error(problem)
            self.recommendation_panel.show_error(problem)
        self.decisions_panel.show_records(records)
        if newly_opened:
            self.controller.record_event("view", patient_id)
        self._show_cycles(case)
        self._set_patient_actions(True)
        self._update_decide(result)
        self.settings.setValue("last_patient_id", patient_id)
        self._tab_changed(self.ui.patient_tabs.currentIndex())

    def _update_decide(self, result: Result | None) -> None:
        """ "Record decision" only when something is recommended; the tooltip says why not."""
        read_only = self.controller.read_only_reason()
        can = has_decision_to_make(result) and read_only is None
        why = "" if can else self.tr("Nothing to decide now: no treatment is recommended for this patient.")
        if read_only is not None:
            why = self.tr("Nothing can be recorded: the database is read-only ({reason}).").format(
                reason=message_words(read_only)
            )
        self.decisions_panel.editable = read_only is None
        self.decisions_panel.update_buttons(self.decisions_panel.ui.decisions_table.currentRow())
        self.ui.decision_action.setEnabled(can)
        self.ui.decision_action.setToolTip(why or self.tr("Record what you decided for this recommendation"))
        if self.security is not None:  # a role that may not decide keeps the action greyed, with its reason
            self.security.grey_for_role()
        decide = self.ui.decision_action
        self.recommendation_panel.ui.decide_button.setEnabled(decide.isEnabled())
        self.recommendation_panel.ui.decide_button.setToolTip("" if decide.isEnabled() else decide.toolTip())

    def _tab_changed(self, index: int) -> None:
        if self.ui.patient_tabs.widget(index) is self.ui.course_tab and self.course_panel is not None:
            self.course_panel.ensure_chart()

    def _save(self, case: Case) -> None:
        from aml_desktop.store import StaleRecord

        editing = case.patient.id is not None and case.patient.id == self.patient_id
        try:
            saved = self.controller.save_patient(case, expected_version=self.version if editing else None)
        except StaleRecord as error:
            self.show_message(self.tr("Not saved: {error}").format(error=message_words(error)), error=True)
            self._offer_reload(message_words(error))
            return
        except Exception as error:
            self.show_message(self.tr("Not saved: {error}").format(error=message_words(error)), error=True)
            return
        self.show_patient(saved.patient_id, saved)
        self._reselect()

    def _edit(self, dialog: Any) -> None:
        """Run an editing dialog that saves through the controller itself: a refused save keeps it open
        with everything typed and the reason beside the form. A record someone else changed meanwhile
        is refused (record versions); once the dialog is closed, their version is offered."""
        from aml_desktop.store import StaleRecord

        stale: list[str] = []

        def save(case: Case) -> Any:
            editing = case.patient.id is not None and case.patient.id == self.patient_id
            try:
                return self.controller.save_patient(case, expected_version=self.version if editing else None)
            except StaleRecord as error:
                stale.append(message_words(error))
                raise

        dialog.saver = save
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.show_patient(dialog.saved.patient_id, dialog.saved)  # saved and evaluated once
            self._reselect()
        elif stale:
            self._offer_reload(stale[-1])

    def _offer_reload(self, text: str) -> None:
        """Someone else changed the record: show their version (the user's change was not saved)."""
        answer = QMessageBox.warning(
            self,
            self.tr("Changed by someone else"),
            f"{text[:1].upper()}{text[1:]}\n\n" + self.tr("Reload the patient now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes or self.patient_id is None:
            return
        if self.controller.store.has_patient(self.patient_id):
            self.show_patient(self.patient_id)
        else:  # deleted meanwhile: nothing to show
            self.patient_id, self.case, self.result = None, None, None
            self._set_patient_actions(False)
            self._patients_changed()

    def new_patient(self) -> None:
        from aml_desktop.gui.patient_dialog import PatientDialog

        self._edit(PatientDialog(None, today=self.controller.today(), parent=self, number_owner=self._number_owner()))

    def _number_owner(self, except_id: str | None = None) -> Any:
        return lambda number: self.controller.number_owner(number, except_id=except_id)

    def edit_patient(self) -> None:
        from aml_desktop.gui.patient_dialog import PatientDialog

        if self.case is None:
            return
        owner = self._number_owner(self.case.patient.id or self.patient_id)
        self._edit(PatientDialog(self.case, today=self.controller.today(), parent=self, number_owner=owner))

    def edit_fitness(self) -> None:
        from aml_desktop.gui.fitness_dialog import FitnessDialog

        if self.case is None:
            return
        settings = self.controller.engine_settings()
        self._edit(FitnessDialog(self.case, today=self.controller.today(), settings=settings, parent=self))

    def edit_course(self, index: int | None) -> None:
        from aml_desktop.gui.course_dialog import CourseDialog

        if self.case is None:
            return
        self._edit(CourseDialog(self.case, index, today=self.controller.today(), parent=self))

    def remove_course(self, index: int) -> None:
        if self.case is None:
            return
        c = self.case.courses[index]
        from aml_desktop.present.formats import fmt_date

        question = self.tr("Remove the course {regimen} ({phase}) started {date}?").format(
            regimen=label(c.regimen), phase=label(c.phase), date=fmt_date(c.start)
        )
        if self._confirm(question):
            courses = self.case.courses[:index] + self.case.courses[index + 1 :]
            self._save(replace(self.case, courses=courses))

    def edit_assessment(self, index: int | None, *, molecular: bool = False) -> None:
        from aml_desktop.gui.assessment_dialog import AssessmentDialog

        if self.case is None:
            return
        self._edit(AssessmentDialog(self.case, index, today=self.controller.today(), molecular=molecular, parent=self))

    def remove_assessment(self, index: int) -> None:
        if self.case is None:
            return
        a = self.case.assessments[index]
        from aml_desktop.present.formats import fmt_date

        if self._confirm(self.tr("Remove the assessment of {date}?").format(date=fmt_date(a.date))):
            items = self.case.assessments[:index] + self.case.assessments[index + 1 :]
            self._save(replace(self.case, assessments=items))

    def delete_patient(self) -> None:
        """Remove the selected patient after an explicit confirmation (the store audits it)."""
        if self.case is None or self.patient_id is None:
            return
        p = self.case.patient
        who = " ".join(x for x in (p.name, p.hospital_number) if x) or self.tr("this patient")
        answer = QMessageBox.warning(
            self,
            self.tr("Delete patient?"),
            self.tr(
                "Delete {patient} and the whole recorded course, assessments and decisions?\n\n"
                "This cannot be undone here (a backup or an exported case file can bring the patient back)."
            ).format(patient=who),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        patient_id = self.patient_id
        self.patient_id = None
        self.case = self.result = None
        self.settings.remove("last_patient_id")
        self._set_patient_actions(False)
        try:
            self.controller.delete_patient(patient_id)
        except Exception as error:
            self.show_message(self.tr("Not deleted: {error}").format(error=message_words(error)), error=True)
            return
        # Show nobody rather than whichever patient slid into the deleted row.
        selection = self.ui.patient_table_view.selectionModel()
        selection.blockSignals(True)
        selection.clear()
        selection.blockSignals(False)
        self.patient_id = None
        self.case = self.result = None
        self._set_patient_actions(False)
        self.show_message(self.tr("Deleted {patient}.").format(patient=who))

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Please confirm"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_needed(self, target: str) -> None:
        """A "Needed" button: open the form that supplies the missing data."""
        if target == "fitness":
            self.edit_fitness()
        elif target == "patient":
            self.edit_patient()
        elif target == "assessment":
            self.edit_assessment(None)
        elif target == "molecular" and self.case is not None and self.result is not None:
            relapse = self.result.derived.latest_relapse_date or self.result.derived.molecular_relapse_date
            index = None
            if relapse is not None:
                for i, a in enumerate(self.case.assessments):
                    if a.date == relapse:
                        index = i
            self.edit_assessment(index, molecular=True)

    # ------------------------------------------------------------------ decision and summary

    def record_decision(self, supersedes: Any = None) -> None:
        """Record a decision; with ``supersedes`` (a stored record) it replaces that one, which stays marked."""
        from aml_desktop.gui.decision_dialog import DecisionDialog

        if self.result is None or self.patient_id is None or not has_decision_to_make(self.result):
            self.show_message(self.tr("There is nothing to decide for this patient now: no treatment is recommended."))
            return
        signer = self.controller.signer()
        clinician = signer or str(self.settings.value("clinician_name", "") or "")
        dialog = DecisionDialog(
            self.result, today=self.controller.today(), clinician=clinician, parent=self, supersedes=supersedes
        )
        if signer:  # signed by the logged-in clinician's account, not a typed name
            dialog.ui.clinician_edit.setReadOnly(True)
        patient_id, result = self.patient_id, self.result

        def save(_: Any) -> str:
            assert dialog.decision is not None
            self.controller.record_decision(
                patient_id,
                dialog.decision,
                reason_code=dialog.reason_code,
                result=result,
                supersedes=supersedes.position if supersedes is not None else None,
                supersede_reason=dialog.supersede_reason,
            )
            return patient_id

        dialog.saver = save
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.decision is None:
            return
        self.settings.setValue("clinician_name", dialog.decision.clinician or "")
        self.show_patient(patient_id)
        self.ui.patient_tabs.setCurrentWidget(self.ui.decisions_tab)
        self.show_message(
            self.tr("Decision recorded.")
            if supersedes is None
            else self.tr("Decision recorded; the earlier one is marked superseded.")
        )
        self._offer_cycle(dialog.decision)

    def supersede_decision(self, position: int) -> None:
        record = self._decision_record(position)
        if record is not None:
            self.record_decision(supersedes=record)

    def void_decision(self, position: int) -> None:
        from aml_desktop.gui.decision_dialog import VoidDecisionDialog

        record = self._decision_record(position)
        if record is None or self.patient_id is None:
            return
        dialog = VoidDecisionDialog(record, parent=self)
        patient_id = self.patient_id

        def save(reason: str) -> str:
            self.controller.void_decision(patient_id, position, reason)
            return patient_id

        dialog.saver = save
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_patient(patient_id)
            self.ui.patient_tabs.setCurrentWidget(self.ui.decisions_tab)
            self.show_message(self.tr("The decision is marked void; it stays in the record."))

    def _decision_record(self, position: int) -> Any:
        if self.patient_id is None:
            return None
        records = self.controller.decision_records(self.patient_id)
        found = [r for r in records if r.position == position and r.in_force]
        return found[0] if found else None

    # ------------------------------------------------------------------ chemotherapy cycles (issue 15)

    def _add_cycle_tab(self) -> None:
        from aml_desktop.gui.cycle_panel import CyclePanel

        self.cycle_panel = CyclePanel()
        self.cycle_tab_index = self.ui.patient_tabs.addTab(self.cycle_panel, self.tr("Chemotherapy"))
        panel = self.cycle_panel
        panel.plan_requested.connect(lambda: self.plan_cycle(None))
        panel.give_requested.connect(self.record_given)
        panel.modify_requested.connect(self.change_dose)
        panel.organ_requested.connect(self.record_organ)
        panel.roadmap_requested.connect(self.save_roadmap)

    def open_cycle_settings(self) -> None:
        from aml_desktop.gui.cycle_panel import CycleSettingsDialog

        clinic = self.controller.clinic_settings()
        dialog = CycleSettingsDialog(clinic.cycle_settings, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_settings is None:
            return
        try:
            self.controller.save_clinic_settings(replace(clinic, cycle_settings=dialog.result_settings))
        except Exception as error:
            self.show_message(self.tr("Settings not saved: {error}").format(error=message_words(error)), error=True)
            return
        self.show_message(self.tr("Chemotherapy settings saved. New plans use them; existing plans keep their doses."))

    def _show_cycles(self, case: Case) -> None:
        """The cycles tab, and "MEC cycle 1, day 9" with anything overdue in the patient header."""
        from aml_desktop.engine.cycles import CycleError, read_cycles
        from aml_desktop.present.cycles import cycle_day_label

        today = self.controller.today()
        self.cycle_panel.show_patient(case, self.controller.clinic_settings().cycle_settings, today)
        try:
            label = cycle_day_label(read_cycles(case.extensions), today)
        except CycleError:
            label = ""
        overdue = self.cycle_panel.overdue_count()
        if label or overdue:
            extra = f"<b>{label}</b>" if label else ""
            if overdue:
                late = self.tr("1 check overdue") if overdue == 1 else self.tr("{count} checks overdue")
                extra += f" <span style='color:#a00000'><b>· {late.format(count=overdue)}</b></span>"
            header = self.ui.patient_header_label
            header.setText(f"{header.text()}<br>{extra}")

    def _clinician(self) -> str:
        return str(self.settings.value("clinician_name", "") or "")

    def plan_cycle(self, regimen: str | None) -> None:
        from aml_desktop.gui.cycle_panel import PlanCycleDialog

        if self.case is None:
            return
        dialog = PlanCycleDialog(
            self.case,
            today=self.controller.today(),
            settings=self.controller.clinic_settings().cycle_settings,
            clinician=self._clinician(),
            regimen=regimen,
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_case is not None:
            self._save(dialog.result_case)
            self.ui.patient_tabs.setCurrentIndex(self.cycle_tab_index)

    def _cycle(self, cycle_id: str) -> Any:
        from aml_desktop.services.cycles import find_cycle

        return None if self.case is None or not cycle_id else find_cycle(self.case, cycle_id)

    def record_given(self, cycle_id: str) -> None:
        from aml_desktop.gui.cycle_panel import GiveDialog

        cycle = self._cycle(cycle_id)
        if cycle is None or self.case is None:
            return
        dialog = GiveDialog(self.case, cycle, today=self.controller.today(), nurse=self._clinician(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_case is not None:
            self._save(dialog.result_case)

    def change_dose(self, cycle_id: str) -> None:
        from aml_desktop.gui.cycle_panel import ModifyDialog

        cycle = self._cycle(cycle_id)
        if cycle is None or self.case is None:
            return
        dialog = ModifyDialog(
            self.case,
            cycle,
            today=self.controller.today(),
            settings=self.controller.clinic_settings().cycle_settings,
            clinician=self._clinician(),
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_case is not None:
            self._save(dialog.result_case)

    def record_organ(self) -> None:
        from aml_desktop.gui.cycle_panel import OrganDialog

        if self.case is None:
            return
        dialog = OrganDialog(self.case, today=self.controller.today(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_case is not None:
            self._save(dialog.result_case)

    def save_roadmap(self, cycle_id: str) -> None:
        from aml_desktop.files import write_atomically
        from aml_desktop.services.cycles import roadmap_pdf

        cycle = self._cycle(cycle_id)
        if cycle is None or self.case is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the road map"), f"roadmap-{cycle.regimen}.pdf", self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        clinic = self.controller.clinic_settings()
        try:
            pdf = roadmap_pdf(
                self.case,
                cycle,
                clinic_name=clinic.clinic_name,
                paper=clinic.paper_size,
                settings=clinic.cycle_settings,
                today=self.controller.today(),
            )
            write_atomically(Path(path), pdf)
        except Exception as error:
            self.show_message(
                self.tr("The road map was not saved: {error}").format(error=message_words(error)), error=True
            )
            return
        self.show_message(self.tr("Road map saved to {file}.").format(file=path))

    def _offer_cycle(self, decision: Any) -> None:
        """An accepted decision naming a catalog regimen offers to plan its cycle (today, latest weight)."""
        from aml_desktop.gui.cycle_panel import accepted_regimen

        regimen = accepted_regimen(decision)
        if regimen is None or self.controller.read_only_reason() is not None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Plan the cycle?"),
            self.tr(
                "The decision accepts {regimen}. Plan its cycle now, starting today, "
                "with the latest weight and the catalog's doses?"
            ).format(regimen=regimen),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.plan_cycle(regimen)

    def summary_dialog(self) -> Any:
        """The summary of the selected patient, or None (with the reason shown) when it cannot be made."""
        from aml_desktop.gui.summary_dialog import SummaryDialog

        assert self.patient_id is not None
        try:
            snapshot = self.controller.snapshot(self.patient_id)
        except Exception as error:
            self.show_message(
                self.tr("The summary cannot be made: {error}").format(error=message_words(error)), error=True
            )
            return None
        return SummaryDialog(snapshot, today=self.controller.today(), parent=self, notify=self.show_message)

    def print_summary(self) -> None:
        dialog = self.summary_dialog() if self.patient_id is not None else None
        if dialog is not None:
            self.controller.record_event("print", self.patient_id)
            dialog.exec()

    def save_summary_pdf(self) -> None:
        dialog = self.summary_dialog() if self.patient_id is not None else None
        if dialog is not None:
            self.controller.record_event("summary", self.patient_id)
            dialog.save_pdf()

    def batch_summaries(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the summaries of the listed patients"))
        if folder:
            self.controller.batch_summaries(Path(folder), self.model.query, self.model.status)

    # ------------------------------------------------------------------ files

    def import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import case files"), "", self.tr("AML case files (*.json);;All files (*)")
        )
        if paths:
            self.controller.import_files([Path(p) for p in paths])

    def export_case(self) -> None:
        if self.case is None or self.patient_id is None:
            return
        from aml_desktop.services.names import case_file_name

        fhir_filter = self.tr("FHIR R4 bundle (*.fhir.json)")
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export case file"),
            case_file_name(self.case),
            self.tr("AML case files (*.json)") + f";;{fhir_filter}",
        )
        if path:
            self.controller.export_case(self.patient_id, Path(path), fhir=chosen in (fhir_filter, FHIR_FILTER))

    # ------------------------------------------------------------------ clinic

    def open_settings(self) -> None:
        from aml_desktop.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.controller.clinic_settings(), today=self.controller.today(), parent=self)
        dialog.backup_requested.connect(lambda folder: self.controller.backup_now(Path(folder)))

        def restore_instead() -> None:
            dialog.reject()
            self.restore()

        dialog.restore_requested.connect(restore_instead)
        dialog.saver = self.controller.save_clinic_settings  # a refused save keeps the dialog open
        before = self.controller.clinic_settings().language
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_settings is not None:
            language = dialog.result_settings.language
            if language and language != before:
                from aml_desktop.gui.translation import install_language

                install_language(language)
                self._settings_changed()
                self.show_message(
                    self.tr(
                        "Language changed: new windows and printed summaries use it now; "
                        "restart AML Desktop to change the main window."
                    )
                )
                return
            self.show_message(self.tr("Clinic settings saved. Recommendations now use them."))

    def _settings_changed(self) -> None:
        self.apply_date_order()
        if self.patient_id is not None and self.controller.available:
            try:
                self.show_patient(self.patient_id)
            except Exception:
                self.patient_id = None
                self._set_patient_actions(False)

    def apply_date_order(self) -> None:
        """Every date field types dates the clinic's way (YYYY-MM-DD, or also day first)."""
        from aml_desktop.gui.date_field import DateField

        if self.controller.available:
            DateField.set_order(self.controller.clinic_settings().date_order)

    def backup_now(self) -> None:
        try:
            self.controller.store.check_allowed("backup")
        except Exception as error:
            self.show_message(self.tr("No backup taken: {error}").format(error=message_words(error)), error=True)
            return
        self.controller.backup_now(self.controller.backup_folder())

    def maybe_auto_backup(self) -> None:
        """Automatic backups are on by default: into the clinic's folder, else the application-data folder."""
        from aml_desktop.store import auto_backup_due, backup_warning

        if not self.controller.available or self.controller.must_finish() or self.controller.is_server:
            return  # a server's backups are scheduled on the server (README, "A hospital server")
        settings = self.controller.clinic_settings()
        now = datetime.now().astimezone()
        folder = self.controller.backup_folder()
        if auto_backup_due(settings, now) and self.controller.read_only_reason() is None:
            if folder.is_dir():
                self.controller.backup_now(folder)
                return
            self.show_message(
                self.tr(
                    "Scheduled backup skipped: the folder {folder} is not available (is the USB stick plugged in?)."
                ).format(folder=folder),
                error=True,
            )
        warning = backup_warning(settings, now) if self.controller.read_only_reason() is None else None
        if warning is not None:
            self.show_message(message_words(warning), error=True)

    def restore(self) -> None:
        try:
            self.controller.store.check_allowed("restore")
        except Exception as error:
            self.show_message(self.tr("Not restored: {error}").format(error=message_words(error)), error=True)
            return
        if self.controller.must_finish():
            self.show_message(
                self.tr(
                    "A restore cannot start while an import, backup or batch of summaries is running. "
                    "Wait for it to finish, then restore."
                ),
                error=True,
            )
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a backup"), "", self.tr("Database backups (*.sqlite3);;All files (*)")
        )
        if not path:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Restore the database?"),
            self.tr(
                "Replace the whole clinic database with the backup\n{file}?\n\nThe backup is verified first; "
                "the current database is kept as a dated safety copy beside it."
            ).format(file=path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.patient_id = None
        self.case = self.result = None
        self._set_patient_actions(False)
        self.controller.restore(Path(path))

    # ------------------------------------------------------------------ help

    def show_guide(self) -> None:
        from aml_desktop.gui.guide import GuideDialog

        GuideDialog(self).exec()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About AML Desktop"), about_text())


def has_decision_to_make(result: Result | None) -> bool:
    """A decision is recorded against a recommendation: none when nothing is recommended now."""
    return result is not None and result.recommendation.primary.category != "not_applicable"


def about_text() -> str:
    versions = QCoreApplication.translate("MainWindow", "Ruleset {ruleset} · engine {engine}").format(
        ruleset=RULESET_VERSION, engine=ENGINE_VERSION
    )
    basis = QCoreApplication.translate(
        "MainWindow",
        "Decision support for relapsed or refractory AML after DeWolf &amp; Tallman, "
        "“How I treat relapsed or refractory AML”, Blood 2020;136(9):1023-1032.",
    )
    decides = QCoreApplication.translate("MainWindow", "The treating clinician decides.")
    check = QCoreApplication.translate(
        "MainWindow",
        "Every recommendation shows its rules and sources; check doses against the local protocol and the drug label.",
    )
    return f"<h3>AML Desktop {__version__}</h3><p>{versions}</p><p>{basis}</p><p><b>{decides}</b> {check}</p>"


class FirstPaint(QObject):
    """Watches a widget until its first paint, then runs what waits for it (once the paint is done)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.done = False
        self._waiting: list[Callable[[], None]] = []
        self._widget = widget
        widget.installEventFilter(self)

    def then(self, function: Callable[[], None]) -> None:
        if self.done:
            QTimer.singleShot(0, function)
        else:
            self._waiting.append(function)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            self._widget.removeEventFilter(self)
            for function in self._waiting:
                QTimer.singleShot(0, function)  # after this paint has finished
            self._waiting.clear()
        return False


def schedule_after_show(window: MainWindow) -> None:
    """Work that waits for the first paint of the list: the search thread, the opening check (then the
    status refresh and the scheduled backup), a backup check every half hour.

    Timers started at ``show()`` fire before the first paint; waiting for the list's paint event puts
    all of it behind what the clinician sees first.
    """

    def start() -> None:
        window.warm_up_search()
        # The opening check runs on a worker; status refresh and the scheduled backup follow it.
        window.controller.check_database()
        if window.security is not None:  # the audit trail's check, on a worker too
            window.security.check_audit_later()
        window.backup_timer.start()

    window.first_paint.then(start)
