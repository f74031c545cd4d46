"""The one object between the window and the store (design.md, "The GUI").

It owns the GUI thread's single ``Store`` connection, runs slow work as ``StoreTask``s
(each with its own connection), evaluates cases with the clinic's settings, and tells
the views what changed through signals, so no widget ever talks to the store itself.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from aml_desktop.engine.case import Case, Decision
from aml_desktop.engine.result import Result
from aml_desktop.engine.settings import EngineSettings
from aml_desktop.gui.workers import Progress, StoreTask

REFRESH_TITLE = "Updating patient statuses"
# Patients re-derived between two progress reports (about 0.2 s here at ~1 ms a patient).
REFRESH_BATCH = 200
# How long closing waits for a background task to reach its next progress report; one batch
# takes well under a second, so this is generous even for an old laptop.
BACKGROUND_STOP_SECONDS = 30.0


class Controller(QObject):
    """Owns the store; emits what changed. ``today`` is injectable so tests are deterministic."""

    patients_changed = Signal()  # the list must re-query (a patient added, removed or re-ordered)
    patient_saved = Signal(str)  # this patient's record changed
    settings_changed = Signal()
    store_reopened = Signal()
    task_started = Signal(object)  # StoreTask
    task_failed = Signal(str, str)  # title, message
    message = Signal(str)  # a notice for the window's message bar
    search_found = Signal(int, str, str, int, object)  # seq, query, status ("" = all), count, first page
    database_checked = Signal(object)  # the problems PRAGMA quick_check found (empty: the file is sound)

    def __init__(self, store: Any, *, user: str | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self._store = store
        self.db_path: Path = Path(store.path)
        self.user = user or _login_name()
        self._today = today
        self._settings_cache: Any = None
        self._tasks: set[StoreTask] = set()
        self._search: Any = None
        # The audit trail's last entry when the last backup was taken (or the window opened).
        self._backed_up_change = store.last_change_id()
        self._check: StoreTask | None = None

    # ------------------------------------------------------------------ basics

    @property
    def store(self) -> Any:
        if self._store is None:
            raise RuntimeError("the database is closed while a restore runs")
        return self._store

    @property
    def available(self) -> bool:
        return self._store is not None

    def today(self) -> date:
        return self._today()

    def close(self) -> None:
        """Stop the search and any background task, then close the GUI thread's connection.

        Background work (status refresh) ends at its next batch and is waited for, so no
        worker still holds the file when a restore replaces it or the application exits.
        Work the user started (import, backup, restore) is not touched here: the window asks
        before quitting while such work runs.
        """
        self._stop_search()
        for task in list(self._tasks):
            if task.background:
                task.request_stop()
                task.wait(BACKGROUND_STOP_SECONDS)
                task.drain()  # "finished" now, while the window that shows its progress still exists
        if self._store is not None:
            self._store.close()
            self._store = None

    def busy(self) -> bool:
        """Any worker running, housekeeping included."""
        return bool(self._tasks)

    def must_finish(self) -> bool:
        """Work the user started (import, backup, restore, batch PDFs) is running."""
        return any(not task.background for task in self._tasks)

    # ------------------------------------------------------------------ patients

    def count_patients(self, query: str = "", status: str | None = None) -> int:
        if self._store is None:
            return 0
        return int(self._store.count_patients(query, status))

    def list_patients(self, query: str = "", status: str | None = None, *, limit: int, offset: int) -> list[Any]:
        if self._store is None:
            return []
        return list(self._store.list_patients(query, status, limit=limit, offset=offset))

    def search(self, query: str, status: str | None, *, page_size: int) -> int:
        """Start a search on the search thread; the answer arrives through ``search_found``."""
        if self._search is None:
            from aml_desktop.gui.search_service import SearchService

            self._search = SearchService(self.db_path, page_size)
            self._search.found.connect(self.search_found)
            self._search.failed.connect(lambda _seq, text: self.message.emit(f"Search failed: {text}"))
        return int(self._search.search(query, status))

    def _stop_search(self) -> None:
        if self._search is not None:
            self._search.stop()
            self._search = None

    def get_case(self, patient_id: str) -> Case:
        return self.store.get_case(patient_id)

    def record_version(self, patient_id: str) -> int:
        """The version of the record as read now (a save based on it is refused once it changed)."""
        return int(self.store.record_version(patient_id).number)

    def check_database(self) -> StoreTask | None:
        """Run ``PRAGMA quick_check`` on a worker (about 1 s for 50,000 patients, so never before the
        first paint); damage makes the store read-only and is announced by ``database_checked``."""
        if self._store is None or self._check is not None:
            return self._check

        def work(store: Any, _progress: Progress) -> list[str]:
            return list(store.integrity_problems())

        def done(problems: Any) -> None:
            if problems and self._store is not None:
                self._store.mark_damaged(problems)
            self.database_checked.emit(problems)

        self._check = self.start_task("Checking the database", work, on_success=done, background=True)
        return self._check

    def _await_check(self) -> None:
        """Before a write: let a running opening check finish, so nothing is written into a damaged file."""
        if self._check is not None:
            self._check.wait()
            self._check.drain()  # its result (damage: read-only) is applied before the write

    def save_case(self, case: Case, *, expected_version: int | None = None) -> str:
        """Whole-record save in one transaction; returns the patient id (new patients get one).

        With ``expected_version`` the save is refused (``StaleRecord``) if someone changed the
        record since that version was read.
        """
        self._await_check()
        patient_id = self.store.save_case(case, user=self.user, expected_version=expected_version)
        self.patient_saved.emit(patient_id)
        self.patients_changed.emit()
        if case.patient.id is None:  # a new patient: say so if they were probably entered before
            self._warn_duplicates([patient_id])
        return patient_id

    def _warn_duplicates(self, patient_ids: list[str]) -> None:
        warnings = self.store.duplicate_warnings(patient_ids)
        if warnings:
            self.message.emit("Please check: " + "; ".join(warnings) + ".")

    def delete_patient(self, patient_id: str) -> None:
        self._await_check()
        self.store.delete_patient(patient_id, user=self.user)
        self.patients_changed.emit()

    # ------------------------------------------------------------------ engine

    def clinic_settings(self) -> Any:
        if self._settings_cache is None:
            self._settings_cache = self.store.clinic_settings()
        return self._settings_cache

    def engine_settings(self) -> EngineSettings:
        return self.store.engine_settings()

    def save_clinic_settings(self, settings: Any) -> None:
        self._await_check()
        self.store.save_clinic_settings(settings, user=self.user)
        self._settings_cache = None
        self.settings_changed.emit()
        self.patients_changed.emit()  # the derived list columns may change with thresholds
        self.refresh_stale_summaries()

    def refresh_stale_summaries(self) -> StoreTask | None:
        """Re-derive list statuses computed on an earlier day or under other settings, off the GUI thread.

        Statuses move with time (the engine reads "today") and with the clinic's thresholds; the
        store marks such rows stale and this brings them up to date in short transactions.
        """
        if self._store is None or self._store.read_only:  # closing, restoring, or nothing may be written
            return None
        if self._check is not None and not self._check.wait(0):
            return None  # the window starts it once the opening check found the file sound
        running = next((t for t in self._tasks if t.title == REFRESH_TITLE), None)
        if running is not None:
            return running  # it loops until nothing is stale, re-reading the settings every batch
        today = self.today()
        if self.store.stale_summary_count(today) == 0:
            return None

        def work(store: Any, progress: Progress) -> int:
            total = store.stale_summary_count(today)
            done = 0
            progress(0, total, REFRESH_TITLE)
            while True:
                # One batch per call: a stop request (quitting, restoring) waits for one batch at most.
                count = store.refresh_summaries(today, limit=REFRESH_BATCH)
                if count == 0:
                    return done
                done += count
                progress(min(done, total), total, REFRESH_TITLE)

        def finished(count: Any) -> None:
            self.patients_changed.emit()

        return self.start_task(REFRESH_TITLE, work, on_success=finished, background=True)

    def evaluate(self, case: Case) -> Result:
        from aml_desktop.engine import evaluate

        return evaluate(case, today=self.today(), settings=self.engine_settings())

    def record_decision(
        self,
        patient_id: str,
        decision: Decision,
        *,
        reason_code: str | None,
        result: Result,
        supersedes: int | None = None,
        supersede_reason: str | None = None,
    ) -> None:
        """Append a decision; with ``supersedes``, the earlier one is marked superseded in the same save."""
        from aml_desktop.engine.result import result_to_dict

        self._await_check()
        self.store.record_decision(
            patient_id,
            decision,
            user=self.user,
            reason_code=reason_code,
            ruleset_version=result.ruleset_version,
            snapshot=result_to_dict(result),
            supersedes=supersedes,
            supersede_reason=supersede_reason,
        )
        self.patient_saved.emit(patient_id)
        self.patients_changed.emit()

    def void_decision(self, patient_id: str, position: int, reason: str) -> None:
        """Mark a decision void with the reason (it stays in the record, marked)."""
        self._await_check()
        self.store.void_decision(patient_id, position, reason=reason, user=self.user)
        self.patient_saved.emit(patient_id)
        self.patients_changed.emit()

    def number_owner(self, hospital_number: str, *, except_id: str | None = None) -> str | None:
        """Who already has this hospital number (name, or "another patient"); None when nobody else does."""
        if self._store is None or not hospital_number.strip():
            return None
        found = self._store.find_patient_id(hospital_number.strip())
        if found is None or found == except_id:
            return None
        try:
            name = self._store.get_case(found).patient.name
        except Exception:
            name = None
        return name or "another patient"

    def decision_records(self, patient_id: str) -> list[Any]:
        return list(self.store.decision_records(patient_id))

    # ------------------------------------------------------------------ slow work

    def start_task(
        self,
        title: str,
        work: Callable[[Any, Progress], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        needs_store: bool = True,
        background: bool = False,
    ) -> StoreTask:
        """Run ``work`` on a worker thread with its own connection; the window shows its progress."""
        task = StoreTask(title, self.db_path if needs_store else None, work, background=background)
        self._tasks.add(task)

        def finished() -> None:
            self._tasks.discard(task)

        if on_success is not None:
            task.signals.succeeded.connect(on_success)
        task.signals.failed.connect(lambda text: self.task_failed.emit(title, text))
        task.signals.finished.connect(finished)
        self.task_started.emit(task)
        task.start()
        return task

    def import_files(self, paths: list[Path]) -> StoreTask:
        """Read and check every file, then import them all in one transaction (all or nothing)."""
        self._await_check()
        read_only = self.read_only_reason()
        user = self.user

        def work(store: Any, progress: Progress) -> list[str]:
            from aml_desktop.store import StoreError, read_case_files

            if read_only is not None:  # this worker's own connection does not know it
                raise StoreError(f"Nothing was imported: the database is read-only ({read_only}).")
            progress(0, 2, f"Reading and checking {len(paths)} file(s)")
            try:
                cases = read_case_files(paths)
            except StoreError as error:
                raise StoreError(f"Nothing was imported.\n{error}") from None
            progress(1, 2, "Saving (all or nothing)")
            try:
                ids = store.import_cases(cases, user=user)
            except StoreError as error:
                raise StoreError(f"Nothing was imported: {error}") from None
            progress(2, 2, "Done")
            return list(ids)

        def done(ids: Any) -> None:
            self.patients_changed.emit()
            self.message.emit(f"Imported {len(ids)} patient{'s' if len(ids) != 1 else ''}.")
            self._warn_duplicates(list(ids))

        return self.start_task(f"Importing {len(paths)} case file(s)", work, on_success=done)

    def export_case(self, patient_id: str, target: Path, *, fhir: bool = False) -> None:
        """Write one patient as an ``aml-case/1`` file, or as a FHIR R4 Bundle (fast: done on the GUI thread)."""
        from aml_desktop.engine.case_io import dump_case

        case = self.get_case(patient_id)
        if fhir:
            from aml_desktop.exchange.fhir import export_bytes

            clinic = self.clinic_settings()
            content = export_bytes(
                case,
                as_of=self.today(),
                identifier_system=clinic.fhir_identifier_system,
                clinic_name=clinic.clinic_name,
            )
            target.write_bytes(content)
            self.message.emit(
                f"Exported {case.patient.name or case.patient.hospital_number or 'the patient'} as FHIR to {target}."
            )
            return
        formulary = self.clinic_settings().formulary.to_mapping()
        stocked_out = {k: v for k, v in formulary.items() if not v}
        target.write_text(dump_case(case, as_of=self.today(), formulary=stocked_out), encoding="utf-8")
        self.message.emit(f"Exported {case.patient.name or case.patient.hospital_number or 'the patient'} to {target}.")

    def read_only_reason(self) -> str | None:
        """Why the database cannot be changed (read-only media, damage), or None."""
        return None if self._store is None else self._store.read_only_reason

    def backup_folder(self) -> Path:
        """The clinic's backup folder, or by default the ``backups`` folder in the application-data folder
        (made when missing; a folder the clinic chose, such as a USB stick, is never made)."""
        from aml_desktop.paths import default_backup_folder

        chosen = self.clinic_settings().backup_folder
        if chosen:
            return Path(chosen)
        folder = default_backup_folder()
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def changed_since_backup(self) -> bool:
        """True when the audit trail grew since the last backup this window took (or since it opened)."""
        return self._store is not None and self._store.last_change_id() > self._backed_up_change

    def _note_backup(self, folder: Path, now: datetime) -> None:
        """Record the backup's time (and a folder the user picked) in the clinic's settings."""
        from aml_desktop.paths import default_backup_folder

        current = self.store.clinic_settings()
        chosen = current.backup_folder if folder == default_backup_folder() else str(folder)
        updated = replace(current, backup_folder=chosen, last_backup_at=now.isoformat(timespec="seconds"))
        self.store.save_clinic_settings(updated, user="system:backup")
        self._settings_cache = None
        self._backed_up_change = self.store.last_change_id()

    def backup_now(self, folder: Path) -> StoreTask:
        """A verified, numbered copy in ``folder``, older copies pruned to the clinic's "keep" setting."""
        keep = self.clinic_settings().backup_keep
        db_path = self.db_path
        now = datetime.now().astimezone()

        def work(_store: Any, progress: Progress) -> Any:
            from aml_desktop.store import rotate_backups

            progress(0, 0, "Copying and verifying the database")
            return rotate_backups(db_path, folder, keep=keep, now=now)

        def done(report: Any) -> None:
            if self.read_only_reason() is None:
                self._note_backup(folder, now)
            self.settings_changed.emit()
            removed = f" ({len(report.removed)} older cop{'y' if len(report.removed) == 1 else 'ies'} removed)"
            self.message.emit(f"Backup written and verified: {report.path}" + (removed if report.removed else ""))

        return self.start_task("Backing up the database", work, on_success=done, needs_store=False)

    def backup_before_quit(self) -> Any:
        """The backup on quitting, on the GUI thread (the window is closing; a copy takes about a second)."""
        from aml_desktop.store import rotate_backups

        folder = self.backup_folder()
        now = datetime.now().astimezone()
        report = rotate_backups(self.db_path, folder, keep=self.clinic_settings().backup_keep, now=now)
        self._note_backup(folder, now)
        return report

    def restore(self, backup_path: Path) -> StoreTask:
        """Verify the backup, keep the current database as a safety copy, replace it, reopen."""
        db_path = self.db_path
        self.close()

        def work(_store: Any, progress: Progress) -> Any:
            from aml_desktop.store import restore_database, verify_database

            progress(0, 2, "Verifying the backup")
            verify_database(backup_path)
            progress(1, 2, "Replacing the database")
            safety = restore_database(db_path, backup_path)
            progress(2, 2, "Done")
            return safety

        def done(safety: Any) -> None:
            self.message.emit(f"Restored from {backup_path.name}. The previous database was kept as {safety}.")

        task = self.start_task("Restoring from a backup", work, on_success=done, needs_store=False)
        task.signals.finished.connect(self._reopen)
        return task

    def _reopen(self) -> None:
        from aml_desktop.store import Store

        self._store = Store.open(self.db_path, create=False, check=False)  # the restore verified it
        self._backed_up_change = self._store.last_change_id()
        self._settings_cache = None
        self.store_reopened.emit()
        self.settings_changed.emit()
        self.patients_changed.emit()

    def batch_summaries(self, folder: Path, query: str, status: str | None) -> StoreTask:
        """One PDF per listed patient, written by a worker (reportlab imported there, on first use)."""
        today = self.today()

        def work(store: Any, progress: Progress) -> int:
            from aml_desktop.files import write_atomically
            from aml_desktop.gui.summary_files import summary_file_name
            from aml_desktop.reports import DecisionEntry, render_summary, snapshot_from_case

            total = store.count_patients(query, status)
            settings = store.clinic_settings()
            engine_settings = store.engine_settings()
            done = 0
            folder.mkdir(parents=True, exist_ok=True)
            while done < total:
                for summary in store.list_patients(query, status, limit=50, offset=done):
                    case = store.get_case(summary.id)
                    snapshot = snapshot_from_case(
                        case,
                        today=today,
                        settings=engine_settings,
                        clinic_name=settings.clinic_name,
                        paper=settings.paper_size,
                        decisions=DecisionEntry.from_records(store.decision_records(summary.id)),
                    )
                    write_atomically(folder / summary_file_name(case, today), render_summary(snapshot))
                    done += 1
                    progress(done, total, summary.name or summary.hospital_number or summary.id)
                if done == 0:
                    break
            return done

        def finished(count: Any) -> None:
            self.message.emit(f"Saved {count} summaries in {folder}.")

        return self.start_task("Saving summaries", work, on_success=finished)


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "clinician"
