"""Slow work off the GUI thread: each task opens its own store connection and reports back.

Widgets are touched only on the main thread (design.md). A task runs on a plain Python
thread and only appends to a queue; a timer on the GUI thread drains the queue and emits
the task's Qt signals there. No Qt object is used from the worker, which keeps clear of
PySide's cross-thread signal bugs (PYSIDE-3124) and makes the hand-over easy to reason about.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

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
    """Runs ``work(store, progress)`` on a worker thread with a fresh ``Store`` on ``db_path``.

    With ``db_path=None`` the work gets ``None`` instead of a store (restore replaces the
    file, so nobody may hold it open).

    A ``background`` task is housekeeping the user did not ask for (re-deriving list statuses):
    it may be stopped at any ``progress`` call, which then raises ``TaskStopped``, so its work
    must leave the database consistent between progress reports. Quitting never waits for the
    user's answer about it. Other tasks (import, backup, restore) are never stopped.
    """

    def __init__(
        self, title: str, db_path: Path | None, work: Callable[[Any, Progress], Any], *, background: bool = False
    ) -> None:
        self.title = title
        self.db_path = db_path
        self.work = work
        self.background = background
        self._stop = threading.Event()
        self.signals = TaskSignals()
        self._events: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name=f"aml-task-{title}", daemon=True)
        self._timer = QTimer(self.signals)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.drain)

    def start(self) -> None:
        self._timer.start()
        self._thread.start()

    def request_stop(self) -> None:
        """Ask a background task to end at its next progress report."""
        if not self.background:
            raise ValueError(f"{self.title!r} must run to the end; only background tasks can be stopped")
        self._stop.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker thread has ended (or ``timeout`` seconds); True when it has."""
        if self._thread.is_alive():
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def _progress(self, done: int, total: int, text: str = "") -> None:
        if self._stop.is_set():
            raise TaskStopped(self.title)
        self._events.put(("progress", (int(done), int(total), text)))

    def _run(self) -> None:
        try:
            if self.db_path is None:
                result = self.work(None, self._progress)
            else:
                from aml_desktop.store import Store

                store = Store.open(self.db_path, create=False, check=False)
                try:
                    result = self.work(store, self._progress)
                finally:
                    store.close()
        except TaskStopped:
            pass  # asked to stop: neither success nor failure, just "finished"
        except Exception as error:
            self._events.put(("failed", error_message(error)))
        else:
            self._events.put(("succeeded", result))
        self._events.put(("finished", None))

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
                self._thread.join()
                self.signals.finished.emit()
                return


def error_message(error: BaseException) -> str:
    """The text shown to the user: the store's and engine's messages already name field and problem."""
    text = str(error).strip()
    return text or type(error).__name__
