"""Several workstations on one server: the patient list follows what the others change.

The server sends ``NOTIFY aml_patients`` whenever the patient list changes (a trigger, PostgreSQL
revision 0002), on any workstation or command line. ``ListWatcher`` listens on a background thread
(a ``StoreTask`` like every other worker, with a plain connection of its own) and wakes the window
at most once per second, however many changes arrive together. When the server goes away the
watcher says so once and tries again every few seconds; the window keeps working on what it has.
A clinic in a SQLite file has no watcher (one file, one window).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from aml_desktop.gui.workers import Progress, StoreTask

CHANNEL = "aml_patients"
# How long one wait for notifications lasts: also how soon a stop request is honoured.
WAIT_SECONDS = 1.0
RETRY_MS = 5000
CHANGED = "changed"
LISTENING = "listening"


def listen(url: str, wait_seconds: float = WAIT_SECONDS) -> Callable[[Any, Progress], None]:
    """The watcher's work: LISTEN, then report each second that brought notifications (never returns;
    it ends when the task is asked to stop, or fails when the connection is lost)."""

    def work(_store: Any, progress: Progress) -> None:
        from aml_desktop.store import server

        conn = server.connect(url)
        try:
            conn.execute(f"LISTEN {CHANNEL}")
            progress(0, 0, LISTENING)
            while True:
                arrived = sum(1 for _ in conn.notifies(timeout=wait_seconds))
                progress(arrived, 0, CHANGED if arrived else "")  # raises TaskStopped once asked to stop
        finally:
            conn.close()

    return work


class ListWatcher(QObject):
    """Emits ``changed`` when another workstation changed the patient list; ``lost``/``back`` with the server."""

    changed = Signal()
    lost = Signal(str)
    back = Signal()

    def __init__(self, url: str, *, retry_ms: int = RETRY_MS) -> None:
        super().__init__()
        self.url = url
        self.retry_ms = retry_ms
        self.task: StoreTask | None = None
        self.listening = False
        self._lost = False
        self._stopped = False
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.start)

    def start(self) -> None:
        if self._stopped or self.task is not None:
            return
        task = StoreTask("Watching the patient list", None, listen(self.url), background=True)
        task.signals.progress.connect(self._progress)
        task.signals.failed.connect(self._failed)
        task.signals.finished.connect(self._finished)
        self.task = task
        task.start()

    def stop(self) -> None:
        """End the watch (at the next one-second wait at most) and wait for its connection to close."""
        self._stopped = True
        self._retry.stop()
        task = self.task
        if task is not None:
            task.request_stop()
            task.wait(WAIT_SECONDS * 10)
            task.drain()

    def _progress(self, _count: int, _total: int, text: str) -> None:
        if text == LISTENING:
            self.listening = True
            if self._lost:
                self._lost = False
                self.back.emit()
                self.changed.emit()  # what changed while the server was away
        elif text == CHANGED:
            self.changed.emit()

    def _failed(self, message: str) -> None:
        self.listening = False
        if not self._lost:
            self._lost = True
            self.lost.emit(message)

    def _finished(self) -> None:
        self.task = None
        self.listening = False
        if not self._stopped:
            self._retry.start(self.retry_ms)
