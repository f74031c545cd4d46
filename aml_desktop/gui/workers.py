"""Slow work off the GUI thread: each task opens its own store connection and reports by signal.

Widgets are touched only on the main thread (design.md): a task gets plain values in,
calls ``progress(done, total, text)`` while it works, and returns a plain value that
arrives through ``succeeded`` (or a message through ``failed``) on the main thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Progress = Callable[[int, int, str], None]


class TaskSignals(QObject):
    """Signals of one task; they cross to the main thread as queued connections."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()


class StoreTask(QRunnable):
    """Runs ``work(store, progress)`` on a pool thread with a fresh ``Store`` on ``db_path``.

    With ``db_path=None`` the work gets ``None`` instead of a store (restore replaces the
    file, so nobody may hold it open).
    """

    def __init__(self, title: str, db_path: Path | None, work: Callable[[Any, Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.title = title
        self.db_path = db_path
        self.work = work
        self.signals = TaskSignals()

    def _progress(self, done: int, total: int, text: str = "") -> None:
        self.signals.progress.emit(int(done), int(total), text)

    def run(self) -> None:
        try:
            if self.db_path is None:
                result = self.work(None, self._progress)
            else:
                from aml_desktop.store import Store

                store = Store.open(self.db_path, create=False)
                try:
                    result = self.work(store, self._progress)
                finally:
                    store.close()
        except Exception as error:
            self.signals.failed.emit(error_message(error))
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


def error_message(error: BaseException) -> str:
    """The text shown to the user: the store's and engine's messages already name field and problem."""
    text = str(error).strip()
    return text or type(error).__name__


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()
