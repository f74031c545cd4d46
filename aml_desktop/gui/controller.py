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
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEventLoop, QObject, Signal

from aml_desktop.engine.case import Case, Decision
from aml_desktop.engine.settings import EngineSettings
from aml_desktop.gui.workers import Progress, StoreTask, StoreWorker, connection_lost
from aml_desktop.present.sentences import message_words
from aml_desktop.store import ServerUnavailable, StoreError
from aml_desktop.store.search import SEARCH_COUNT_CAP

if TYPE_CHECKING:  # the engine's result and rule modules load on the first evaluation, not at launch
    from aml_desktop.engine.result import Result
    from aml_desktop.gui.server_watch import ListWatcher
    from aml_desktop.services.saving import Saved
    from aml_desktop.store import ClinicSettings, Store

REFRESH_TITLE = str(QT_TRANSLATE_NOOP("Controller", "Updating patient statuses"))  # shown translated
# Patients re-derived between two progress reports (about 0.2 s here at ~1 ms a patient).
REFRESH_BATCH = 200
# How long closing waits for a background task to reach its next progress report; one batch
# takes well under a second, so this is generous even for an old laptop.
BACKGROUND_STOP_SECONDS = 30.0
# The search answers within a frame: its answers are collected more often than a task's progress.
SEARCH_POLL_MS = 4


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
    write_started = Signal(str)  # what is being saved: the window shows it and takes no input meanwhile
    write_finished = Signal()
    database_checked = Signal(object)  # the problems PRAGMA quick_check found (empty: the file is sound)

    def __init__(self, store: Store, *, user: str | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self._store: Store | None = store
        self.db_path: Path = Path(store.path)
        # What the workers open: the file, or the server's URL (then db_path is this workstation's anchor).
        self.db: Path | str = store.url if store.url is not None else Path(store.path)
        self.is_server = bool(store.is_server)
        self.location: str = str(store.location)
        self.user = user or _login_name()
        self._today = today
        self._settings_cache: ClinicSettings | None = None
        self._tasks: set[StoreTask] = set()
        self._search: StoreWorker | None = None
        self._search_seq = 0
        self._writer: StoreWorker | None = None
        self.writing: str | None = None  # the title of the save running now, if any
        # The audit trail's last entry when the last backup was taken (or the window opened).
        self._backed_up_change = store.last_change_id()
        self._check: StoreTask | None = None
        self.watcher: ListWatcher | None = None
        if self.is_server:
            self._watch(str(self.db))

    def _watch(self, url: str) -> None:
        """On a server: re-read the list when another workstation changes it; say when the server goes away."""
        from aml_desktop.gui.server_watch import ListWatcher

        watcher = ListWatcher(url)
        watcher.changed.connect(self._changed_elsewhere)
        watcher.lost.connect(
            lambda text: self.message.emit(
                self.tr(
                    "The server cannot be reached ({error}). What is on screen stays; nothing typed is lost, and "
                    "saving works again once the server is back."
                ).format(error=text)
            )
        )
        watcher.back.connect(self._server_back)
        self.watcher = watcher
        watcher.start()

    def _changed_elsewhere(self) -> None:
        """Another workstation changed the list: show it, and derive the lines it left undone (an import
        from the command line stores its patients' lines for the window to derive)."""
        self.patients_changed.emit()
        self.refresh_stale_summaries()

    def _server_back(self) -> None:
        self.reconnect_if_lost()
        self.message.emit(self.tr("Connected to the server again; the patient list is up to date."))

    def reconnect_if_lost(self) -> None:
        """A server clinic whose connection was cut (a restart, the network): open a new one, same account.
        Raises ``StoreError`` in words while the server is still away."""
        if self._store is None or not self.is_server:
            return
        if not connection_lost(self._store):
            try:
                self._store.last_change_id()  # one indexed read: does the connection still answer?
                return
            except Exception:
                pass  # cut by the server (its restart, the network): open a new one
        from aml_desktop.store import Store

        account = self._store.account
        self._store.close()
        self._store = Store.open(self.db, create=False, today=self._today, check=False)
        self._store.account = account

    # ------------------------------------------------------------------ basics

    @property
    def store(self) -> Store:
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
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None
        if self._writer is not None:
            self._writer.stop()  # a save in progress ends first: a write is never cut short
            self._writer = None
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

    def count_patients(self, query: str = "", status: str | None = None, *, cap: int | None = None) -> int:
        if self._store is None:
            return 0
        return int(self._store.count_patients(query, status, cap=cap))

    def list_patients(
        self,
        query: str = "",
        status: str | None = None,
        *,
        limit: int,
        offset: int = 0,
        below_key: int | None = None,
        above_key: int | None = None,
    ) -> list[Any]:
        if self._store is None:
            return []
        return list(
            self._store.list_patients(
                query, status, limit=limit, offset=offset, below_key=below_key, above_key=above_key
            )
        )

    def search(self, query: str, status: str | None, *, page_size: int) -> int:
        """Start a search on the search thread; the answer arrives through ``search_found``.

        Only the newest search is answered: one still waiting is dropped, and an answer that
        arrives after a newer request is not passed on.
        """
        if self._search is None:
            self._search = StoreWorker("patient-search", self.db, newest_only=True, today=self._today)
        self._search_seq += 1
        seq = self._search_seq

        def work(store: Any, _progress: Progress) -> tuple[int, str, str, int, list[Any]]:
            # Counted to a cap ("1,000+"): the whole count of "a" at 500,000 patients is not worth a keystroke.
            count, rows = store.search(query, status, limit=page_size, cap=SEARCH_COUNT_CAP)
            return (seq, query, status or "", count, list(rows))

        def found(answer: Any) -> None:
            if answer[0] == self._search_seq:
                self.search_found.emit(*answer)

        def failed(text: str) -> None:
            if seq == self._search_seq:
                self.message.emit(self.tr("Search failed: {error}").format(error=text))

        task = StoreTask("search", self.db, work, poll_ms=SEARCH_POLL_MS)
        task.signals.succeeded.connect(found)
        task.signals.failed.connect(failed)
        self._search.submit(task)
        return seq

    def _stop_search(self) -> None:
        if self._search is not None:
            self._search.stop()
            self._search = None

    def _write(self, title: str, work: Callable[[Any], Any]) -> Any:
        """Run ``work(store)`` on the writer thread and return its value (or raise its error).

        The GUI thread keeps painting meanwhile (a save may wait for another program's write,
        such as an import from the command line); ``write_started`` lets the window show what
        is being saved and take no input, so nothing is submitted twice.
        """
        self._await_check()  # nothing is written into a file the opening check found damaged
        read_only = self.store.read_only_reason
        if read_only is not None:  # the writer's own connection does not know what the check found
            raise StoreError(
                self.tr("{file} is open read-only ({reason}): nothing can be changed").format(
                    file=self.location, reason=message_words(read_only)
                )
            )
        try:
            self.reconnect_if_lost()
        except StoreError as error:
            raise StoreError(lost_words(error)) from None
        if self._writer is None:
            self._writer = StoreWorker("writes", self.db, today=self._today)
        outcome: list[tuple[bool, Any]] = []
        # Who is logged in now: the writer's connection was opened earlier, perhaps before this login
        # (or another account's), and the store checks and signs every write with its own account.
        account = self.store.account

        def job(store: Any, _progress: Progress) -> tuple[bool, Any]:
            store.account = account
            try:
                return (True, work(store))
            except ServerUnavailable as error:  # the store's own words (lost while committing: "may or may not")
                return (False, StoreError(f"{message_words(error).rstrip('.')}. {typed_kept()}"))
            except Exception as error:  # handed to the GUI thread as it is, type and message
                if connection_lost(store):
                    return (False, StoreError(lost_words(error)))
                return (False, error)

        task = StoreTask(title, self.db, job)
        loop = QEventLoop()
        task.signals.succeeded.connect(outcome.append)
        # The writer could not even connect (the server is away): said as such, the form stays open.
        task.signals.failed.connect(
            lambda text: outcome.append((False, StoreError(lost_words(text)) if self.is_server else RuntimeError(text)))
        )
        task.signals.finished.connect(loop.quit)
        self.writing = title
        self.write_started.emit(title)
        try:
            self._writer.submit(task)
            loop.exec()
        finally:
            self.writing = None
            self.write_finished.emit()
        stopped = RuntimeError(self.tr("{task}: stopped before it ran").format(task=title))
        ok, value = outcome[0] if outcome else (False, stopped)
        if not ok:
            raise value
        return value

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

        self._check = self.start_task(self.tr("Checking the database"), work, on_success=done, background=True)
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
        return self.save_patient(case, expected_version=expected_version).patient_id

    def save_patient(self, case: Case, *, expected_version: int | None = None) -> Saved:
        """Save off the GUI thread, evaluating once; returns ``Saved`` (id, record as stored, engine answer)."""
        from aml_desktop.services.saving import save_patient

        user, today = self.user, self.today()
        saved: Saved = self._write(
            self.tr("Saving the patient"),
            lambda store: save_patient(store, case, user=user, today=today, expected_version=expected_version),
        )
        self.patient_saved.emit(saved.patient_id)
        self.patients_changed.emit()
        if case.patient.id is None:  # a new patient: say so if they were probably entered before
            self._warn_duplicates([saved.patient_id])
        return saved

    def _warn_duplicates(self, patient_ids: list[str]) -> None:
        warnings = self.store.duplicate_warnings(patient_ids)
        if warnings:
            self.message.emit(
                self.tr("Please check: {warnings}.").format(warnings="; ".join(message_words(w) for w in warnings))
            )

    def delete_patient(self, patient_id: str) -> None:
        user = self.user
        self._write(self.tr("Deleting the patient"), lambda store: store.delete_patient(patient_id, user=user))
        self.patients_changed.emit()

    # ------------------------------------------------------------------ engine

    def clinic_settings(self) -> ClinicSettings:
        if self._settings_cache is None:
            self._settings_cache = self.store.clinic_settings()
        return self._settings_cache

    def engine_settings(self) -> EngineSettings:
        return self.store.engine_settings()

    def save_clinic_settings(self, settings: Any) -> None:
        user = self.user
        self._write(
            self.tr("Saving the clinic settings"), lambda store: store.save_clinic_settings(settings, user=user)
        )
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
        title = self.tr(REFRESH_TITLE)
        running = next((t for t in self._tasks if t.title == title), None)
        if running is not None:
            return running  # it loops until nothing is stale, re-reading the settings every batch
        today = self.today()
        if self.store.stale_summary_count(today) == 0:
            return None

        def work(store: Any, progress: Progress) -> int:
            total = store.stale_summary_count(today)
            done = 0
            progress(0, total, title)
            while True:
                # One batch per call: a stop request (quitting, restoring) waits for one batch at most.
                count = store.refresh_summaries(today, limit=REFRESH_BATCH)
                if count == 0:
                    return done
                done += count
                progress(min(done, total), total, title)

        def finished(count: Any) -> None:
            self.patients_changed.emit()

        return self.start_task(title, work, on_success=finished, background=True)

    def evaluate(self, case: Case) -> Result:
        from aml_desktop.engine.evaluate import evaluate

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

        user, snapshot = self.user, result_to_dict(result)
        self._write(
            self.tr("Recording the decision"),
            lambda store: store.record_decision(
                patient_id,
                decision,
                user=user,
                reason_code=reason_code,
                ruleset_version=result.ruleset_version,
                snapshot=snapshot,
                supersedes=supersedes,
                supersede_reason=supersede_reason,
            ),
        )
        self.patient_saved.emit(patient_id)
        self.patients_changed.emit()

    def void_decision(self, patient_id: str, position: int, reason: str) -> None:
        """Mark a decision void with the reason (it stays in the record, marked)."""
        user = self.user
        self._write(
            self.tr("Voiding the decision"),
            lambda store: store.void_decision(patient_id, position, reason=reason, user=user),
        )
        self.patient_saved.emit(patient_id)
        self.patients_changed.emit()

    def number_owner(self, hospital_number: str, *, except_id: str | None = None) -> str | None:
        """Who already has this hospital number (name, or "another patient"); None when nobody else does."""
        if self._store is None or not hospital_number.strip():
            return None
        try:
            found = self._store.find_patient_id(hospital_number.strip())
        except Exception:  # the server went away: the save itself says so, with the form kept open
            return None
        if found is None or found == except_id:
            return None
        try:
            name = self._store.get_case(found).patient.name
        except Exception:
            name = None
        return name or self.tr("another patient")

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
        task = StoreTask(title, self.db if needs_store else None, work, background=background, today=self._today)
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

        # Worded here, on the GUI thread: the worker only passes them on.
        refused = self.tr("Nothing was imported: the database is read-only ({reason}).").format(
            reason=message_words(read_only) if read_only is not None else ""
        )
        reading = self.tr("Reading and checking {count} file(s)").format(count=len(paths))
        not_imported, not_stored = self.tr("Nothing was imported."), self.tr("Nothing was imported: {error}")
        saving, done_words = self.tr("Saving (all or nothing)"), self.tr("Done")

        def work(store: Any, progress: Progress) -> list[str]:
            from aml_desktop.services.importing import check_case_files, store_checked_cases
            from aml_desktop.store import StoreError

            if read_only is not None:  # this worker's own connection does not know it
                raise StoreError(refused)
            progress(0, 2, reading)
            try:
                cases = check_case_files(paths)
            except StoreError as error:
                raise StoreError(f"{not_imported}\n{message_words(error)}") from None
            progress(1, 2, saving)
            try:
                imported = store_checked_cases(store, paths, cases, user=user)
            except StoreError as error:
                raise StoreError(not_stored.format(error=message_words(error))) from None
            progress(2, 2, done_words)
            return [patient_id for _path, _case, patient_id in imported]

        def done(ids: Any) -> None:
            self.patients_changed.emit()
            words = self.tr("Imported 1 patient.") if len(ids) == 1 else self.tr("Imported {count} patients.")
            self.message.emit(words.format(count=len(ids)))
            self._warn_duplicates(list(ids))
            self.refresh_stale_summaries()  # the imported lines' statuses, off the GUI thread

        return self.start_task(
            self.tr("Importing {count} case file(s)").format(count=len(paths)), work, on_success=done
        )

    def export_case(self, patient_id: str, target: Path, *, fhir: bool = False) -> StoreTask:
        """Write one patient as an ``aml-case/1`` file (the clinic's full formulary), or with ``fhir``
        as a FHIR R4 bundle under the clinic's hospital-number system, off the GUI thread."""
        from aml_desktop.services.export import ExportFormat

        today, fmt = self.today(), ExportFormat(fhir=fhir)
        writing = self.tr("Writing {file}").format(file=target.name)

        def work(store: Any, progress: Progress) -> str:
            from aml_desktop.services.export import export_case
            from aml_desktop.services.patients import patient_label

            progress(0, 0, writing)
            return patient_label(export_case(store, patient_id, target, today=today, fmt=fmt))

        def done(label: Any) -> None:
            self.record_event("export", patient_id, file=str(target), fhir=fhir)
            words = (
                self.tr("Exported {patient} as FHIR to {file}.") if fhir else self.tr("Exported {patient} to {file}.")
            )
            self.message.emit(words.format(patient=label, file=target))

        return self.start_task(self.tr("Exporting the patient"), work, on_success=done)

    def snapshot(self, patient_id: str) -> Any:
        """What the patient's printed summary holds today (the same as ``aml-desktop summary --patient``)."""
        from aml_desktop.services.snapshot import patient_snapshot

        return patient_snapshot(self.store, patient_id, today=self.today(), clinic=self.clinic_settings())

    def record_event(self, operation: str, patient_id: str | None = None, **detail: Any) -> None:
        """Put a view, print, summary or export in the audit trail (read-only files hold none)."""
        from aml_desktop.store import StoreError

        if self._store is not None:
            try:
                self._store.record_event(operation, patient_id=patient_id, detail=detail or None, user=self.user)
            except StoreError as error:  # locked meanwhile, or the file is busy: say so, never lose silently
                self.message.emit(
                    self.tr("The {operation} could not be recorded in the audit trail: {error}").format(
                        operation=operation, error=message_words(error)
                    )
                )

    def signer(self) -> str | None:
        """The logged-in account's full name, which signs decisions; None in a clinic without accounts."""
        account = self._store.account if self._store is not None else None
        return account.full_name if account is not None else None

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
        """True when the audit trail grew since the last backup this window took (or since it opened).
        Never on a server: its backups are scheduled on the server, not taken by each workstation."""
        if self.is_server:
            return False
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
        if self.is_server:
            return self._backup_server(folder)
        keep = self.clinic_settings().backup_keep
        db_path = self.db_path
        now = datetime.now().astimezone()
        copying = self.tr("Copying and verifying the database")

        def work(_store: Any, progress: Progress) -> Any:
            from aml_desktop.store import rotate_backups

            progress(0, 0, copying)
            return rotate_backups(db_path, folder, keep=keep, now=now)

        def done(report: Any) -> None:
            if self.read_only_reason() is None:
                # Recorded first: the copy's own entry is not a change made after the backup.
                self.store.record_event(
                    "backup", detail={"file": str(report.path)}, user="system:backup", permission="system"
                )
                self._note_backup(folder, now)
            self.settings_changed.emit()
            count = len(report.removed)
            removed = self.tr(" (1 older copy removed)") if count == 1 else self.tr(" ({count} older copies removed)")
            written = self.tr("Backup written and verified: {file}").format(file=report.path)
            self.message.emit(written + (removed.format(count=count) if count else ""))

        return self.start_task(self.tr("Backing up the database"), work, on_success=done, needs_store=False)

    def _backup_server(self, folder: Path) -> StoreTask:
        """A verified pg_dump archive of the server clinic in ``folder`` (by hand; the server keeps its own)."""
        url = str(self.db)
        target = folder / f"aml-desktop-server-{datetime.now().strftime('%Y-%m-%d_%H%M%S')}.dump"
        title = self.tr("Copying and verifying the clinic (pg_dump)")

        def work(_store: Any, progress: Progress) -> Any:
            from aml_desktop.store.pg_backup import dump_database

            progress(0, 0, title)
            return dump_database(url, target)

        def done(report: Any) -> None:
            self.store.record_event("backup", detail={"file": str(report.path)}, user=self.user, permission="backup")
            self.message.emit(
                self.tr("Backup written and verified: {file} ({check})").format(
                    file=report.path, check=report.integrity
                )
            )

        return self.start_task(self.tr("Backing up the clinic"), work, on_success=done, needs_store=False)

    def backup_before_quit(self) -> Any:
        """The backup on quitting, on the GUI thread (the window is closing; a copy takes about a second)."""
        from aml_desktop.store import rotate_backups

        folder = self.backup_folder()
        now = datetime.now().astimezone()
        report = rotate_backups(self.db_path, folder, keep=self.clinic_settings().backup_keep, now=now)
        self.store.record_event("backup", detail={"file": str(report.path)}, user="system:backup", permission="system")
        self._note_backup(folder, now)
        return report

    def restore(self, backup_path: Path) -> StoreTask:
        """Verify the backup, keep the current database as a safety copy, replace it, reopen."""
        if self.is_server:
            raise StoreError(
                self.tr(
                    "a clinic on a server is restored on the server, by its administrator, while the workstations "
                    'are closed: aml-desktop --db "{url}" --user ADMIN restore FILE'
                ).format(url=self.location)
            )
        db_path = self.db_path
        self.store.check_allowed("restore")
        account = self.store.account
        self.close()
        verifying, replacing, done_words = (
            self.tr("Verifying the backup"),
            self.tr("Replacing the database"),
            self.tr("Done"),
        )

        def work(_store: Any, progress: Progress) -> Any:
            from aml_desktop.store import restore_database, verify_database

            progress(0, 2, verifying)
            verify_database(backup_path)
            progress(1, 2, replacing)
            safety = restore_database(db_path, backup_path, account=account, user=self.user)
            progress(2, 2, done_words)
            return safety

        def done(safety: Any) -> None:
            self.message.emit(
                self.tr("Restored from {backup}. The previous database was kept as {safety}.").format(
                    backup=backup_path.name, safety=safety
                )
            )

        task = self.start_task(self.tr("Restoring from a backup"), work, on_success=done, needs_store=False)
        task.signals.finished.connect(self._reopen)
        return task

    def _reopen(self) -> None:
        from aml_desktop.store import Store

        self._store = Store.open(self.db, create=False, check=False)  # the restore verified it
        self._backed_up_change = self._store.last_change_id()
        self._settings_cache = None
        self.store_reopened.emit()
        self.settings_changed.emit()
        self.patients_changed.emit()

    def batch_summaries(self, folder: Path, query: str, status: str | None) -> StoreTask:
        """One PDF per listed patient, written by a worker; a patient that fails is named, the rest written."""
        today = self.today()

        def work(store: Any, progress: Progress) -> Any:
            from aml_desktop.services.summaries import write_summaries

            total = store.count_patients(query, status)
            ids = [
                p.id
                for offset in range(0, total, 200)
                for p in store.list_patients(query, status, limit=200, offset=offset)
            ]
            return write_summaries(store, folder, today=today, patient_ids=ids, progress=progress)

        def finished(report: Any) -> None:
            self.record_event("summary", folder=str(folder), patients=len(report.written), search=query, status=status)
            if report.ok:
                count = len(report.written)
                words = (
                    self.tr("Saved 1 summary in {folder}.")
                    if count == 1
                    else self.tr("Saved {count} summaries in {folder}.")
                )
                self.message.emit(words.format(count=count, folder=folder))
            else:
                failed = self.tr(
                    "saved {count} of {total} summaries in {folder}; these patients could not be read or written:"
                )
                total = len(report.written) + len(report.failed)
                lines = [failed.format(count=len(report.written), total=total, folder=folder)]
                self.task_failed.emit(
                    self.tr("Saving summaries"), "\n  ".join(lines + [message_words(f.text) for f in report.failed])
                )

        return self.start_task(self.tr("Saving summaries"), work, on_success=finished)


TYPED_KEPT = str(QT_TRANSLATE_NOOP("Controller", "What you typed is still here: save again once the server is back"))
LOST = str(
    QT_TRANSLATE_NOOP(
        "Controller", "the server cannot be reached or the connection to it was lost ({error}). Nothing was saved."
    )
)


def typed_kept() -> str:
    return QCoreApplication.translate("Controller", TYPED_KEPT)


def lost_words(error: BaseException | str) -> str:
    """A save that never reached the server (cut connection, server down, network): what to do, in words."""
    text = message_words(error).strip()
    detail = text.splitlines()[0] if text else type(error).__name__
    return f"{QCoreApplication.translate('Controller', LOST).format(error=detail)} {typed_kept()}"


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "clinician"
