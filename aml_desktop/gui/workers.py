"""The one way the window runs work off the GUI thread: ``StoreTask``s, alone or on a ``StoreWorker``.

Widgets are touched only on the main thread (design.md). A task's work runs on a plain Python
thread with its own store connection and only appends to the task's queue; a timer on the
GUI thread drains the queue and emits the task's Qt signals there. No Qt object is used from
a worker, which keeps clear of PySide's cross-thread signal bugs (PYSIDE-3124) and makes the
hand-over easy to reason about.

- ``task.start()``: a one-off task (import, export, backup, restore, batch PDFs, status
  refresh) on a thread of its own that ends with it.
- ``StoreWorker.submit(task)``: a long-lived thread that keeps its connection and runs its
  tasks in order: the patient search (newest request only: a keystroke supersedes the one
  before) and the window's writes (saves, decisions, settings), one after another.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from aml_desktop.present.sentences import message_words

Progress = Callable[[int, int, str], None]

POLL_MS = 10


class TaskStopped(Exception):
    """Raised inside a background task's ``progress`` call once the task was asked to stop."""


class TaskSignals(QObject):
    """Signals of one task, always emitted on the GUI thread."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()


class StoreTask:
    """``work(store, progress)`` run off the GUI thread with a ``Store`` on ``db_path``.

    With ``db_path=None`` the work gets ``None`` instead of a store (restore replaces the
    file, so nobody may hold it open).

    A ``background`` task is housekeeping the user did not ask for (re-deriving list statuses):
    it may be stopped at any ``progress`` call, which then raises ``TaskStopped``, so its work
    must leave the database consistent between progress reports. Quitting never waits for the
    user's answer about it. Other tasks (import, backup, restore) are never stopped.
    """

    def __init__(
        self,
        title: str,
        db_path: Path | str | None,
        work: Callable[[Any, Progress], Any],
        *,
        background: bool = False,
        poll_ms: int = POLL_MS,
        today: Callable[[], date] | None = None,
    ) -> None:
        self.title = title
        self.today = today  # the store's "today" (the controller's, so tests and the GUI agree)
        self.db_path = db_path
        self.work = work
        self.background = background
        self._stop = threading.Event()
        self._done = threading.Event()
        self.signals = TaskSignals()
        self._events: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._timer = QTimer(self.signals)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.drain)

    def start(self) -> None:
        """Run on a thread of its own, with a connection of its own, both gone when the task ends."""
        self._thread = threading.Thread(target=self._run_alone, name=f"aml-task-{self.title}", daemon=True)
        self._timer.start()
        self._thread.start()

    def request_stop(self) -> None:
        """Ask a background task to end at its next progress report."""
        if not self.background:
            raise ValueError(f"{self.title!r} must run to the end; only background tasks can be stopped")
        self._stop.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work has ended and its connection is closed (or ``timeout`` seconds)."""
        return self._done.wait(timeout)

    # ------------------------------------------------------------------ worker thread

    def _progress(self, done: int, total: int, text: str = "") -> None:
        if self._stop.is_set():
            raise TaskStopped(self.title)
        self._events.put(("progress", (int(done), int(total), text)))

    def _run_alone(self) -> None:
        try:
            if self.db_path is None:
                self.run(None)
                return
            from aml_desktop.store import Store

            try:
                store = Store.open(self.db_path, create=False, today=self.today, check=False)
            except Exception as error:
                self._fail(error)
                return
            try:
                self.run(store)
            finally:
                store.close()
        finally:
            self._done.set()

    def run(self, store: Any) -> None:
        """Worker thread: the work, then its outcome and "finished" queued for the GUI thread."""
        try:
            result = self.work(store, self._progress)
        except TaskStopped:
            self._events.put(("finished", None))  # asked to stop: neither success nor failure
        except Exception as error:
            self._fail(error)
        else:
            self._events.put(("succeeded", result))
            self._events.put(("finished", None))

    def _fail(self, error: BaseException) -> None:
        self._events.put(("failed", error_message(error)))
        self._events.put(("finished", None))

    def skip(self) -> None:
        """A task that will never run (superseded, or its worker stopped): only "finished"."""
        self._events.put(("finished", None))
        self._done.set()

    # ------------------------------------------------------------------ GUI thread

    def drain(self) -> None:
        """GUI thread: turn queued events into signals, in order (the timer calls it; so may a closer)."""
        while True:
            try:
                kind, value = self._events.get_nowait()
            except queue.Empty:
                return
            if kind == "progress":
                self.signals.progress.emit(*value)
            elif kind == "succeeded":
                self.signals.succeeded.emit(value)
            elif kind == "failed":
                self.signals.failed.emit(value)
            else:
                self._timer.stop()
                if self._thread is not None:
                    self._thread.join()
                self.signals.finished.emit()
                return


class StoreWorker:
    """A long-lived thread with its own ``Store`` connection that runs submitted tasks in order.

    ``newest_only``: a task submitted while others wait replaces them (they end with
    "finished" only), so a fast typist never queues up stale searches.
    """

    def __init__(
        self, name: str, db_path: Path | str, *, newest_only: bool = False, today: Callable[[], date] | None = None
    ) -> None:
        self.db_path = db_path
        self.today = today
        self.newest_only = newest_only
        self._lock = threading.Condition()
        self._waiting: list[StoreTask] = []
        self._stopping = False
        # GUI thread: every submitted task until its "finished" (nothing else may hold the last reference).
        self._held: set[StoreTask] = set()
        self._thread = threading.Thread(target=self._loop, name=f"aml-{name}", daemon=True)
        self._thread.start()

    def submit(self, task: StoreTask) -> StoreTask:
        """GUI thread: queue ``task``; its signals arrive on the GUI thread like a one-off task's."""
        self._held.add(task)
        task.signals.finished.connect(lambda: self._held.discard(task))
        with self._lock:
            if self._stopping:
                task.skip()
            else:
                if self.newest_only:
                    for old in self._waiting:
                        old.skip()
                    self._waiting.clear()
                self._waiting.append(task)
                self._lock.notify()
        task._timer.start()
        return task

    def stop(self) -> None:
        """Finish the running task, drop the waiting ones, close the connection, end the thread."""
        with self._lock:
            self._stopping = True
            for task in self._waiting:
                task.skip()
            self._waiting.clear()
            self._lock.notify()
        self._thread.join()

    def _loop(self) -> None:
        store = None
        try:
            while True:
                with self._lock:
                    while not self._waiting and not self._stopping:
                        self._lock.wait()
                    if self._stopping:
                        return
                    task = self._waiting.pop(0)
                if store is not None and not _answers(store):  # cut by the server since the last task
                    store.close()
                    store = None
                try:
                    if store is None:
                        from aml_desktop.store import Store

                        store = Store.open(self.db_path, create=False, today=self.today, check=False)
                except Exception as error:  # reported with the task; the next task tries again
                    task._fail(error)
                else:
                    task.run(store)
                    if connection_lost(store):  # a server that went away: the next task connects again
                        store.close()
                        store = None
                finally:
                    task._done.set()
        finally:
            if store is not None:
                store.close()


def _answers(store: Any) -> bool:
    """A server clinic's connection still answers (one indexed read); a file's always does."""
    if not getattr(store, "is_server", False):
        return True
    if connection_lost(store):
        return False
    try:
        store.last_change_id()
    except Exception:
        return False
    return True


def connection_lost(store: Any) -> bool:
    """True when a server clinic's connection was cut (the server restarted, the network failed)."""
    conn = getattr(store, "_conn", None)
    return bool(getattr(store, "is_server", False) and getattr(conn, "closed", False))


def error_message(error: BaseException) -> str:
    """The text shown to the user: the store's and engine's messages already name field and problem."""
    text = message_words(error).strip()
    return text or type(error).__name__
