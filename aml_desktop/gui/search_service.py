"""Patient search off the GUI thread: typing never waits for the database.

A search thread owns its own ``Store`` connection (one connection per thread, design.md)
and answers the newest request only: a request superseded by a later keystroke is skipped,
so a fast typist never queues up stale queries. The thread touches no Qt object; a timer
on the GUI thread collects the answer (see ``workers.py`` for why).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 4


class SearchService(QObject):
    """``search(query, status)`` returns a sequence number; ``found`` carries the newest answer."""

    found = Signal(int, str, str, int, object)  # seq, query, status ("" = all), count, first page
    failed = Signal(int, str)

    def __init__(self, db_path: Path, page_size: int) -> None:
        super().__init__()
        self.db_path = db_path
        self.page_size = page_size
        self.latest = 0
        self._lock = threading.Condition()
        self._request: tuple[int, str, str | None] | None = None
        self._answer: tuple[int, str, str, int, list[Any]] | tuple[int, str] | None = None
        self._stopping = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._collect)
        self._thread = threading.Thread(target=self._loop, name="aml-patient-search", daemon=True)
        self._thread.start()

    def search(self, query: str, status: str | None) -> int:
        with self._lock:
            self.latest += 1
            self._request = (self.latest, query, status)
            self._lock.notify()
        self._timer.start()
        return self.latest

    def stop(self) -> None:
        """Close the search connection (before a restore replaces the file, and on exit)."""
        with self._lock:
            self._stopping = True
            self._lock.notify()
        self._thread.join()
        self._timer.stop()

    # ------------------------------------------------------------------ search thread

    def _loop(self) -> None:
        store = None
        try:
            while True:
                with self._lock:
                    while self._request is None and not self._stopping:
                        self._lock.wait()
                    if self._stopping:
                        return
                    assert self._request is not None
                    seq, query, status = self._request
                    self._request = None
                try:
                    if store is None:
                        from aml_desktop.store import Store

                        store = Store.open(self.db_path, create=False, check=False)
                    count = store.count_patients(query, status)
                    rows = store.list_patients(query, status, limit=self.page_size, offset=0) if count else []
                    answer: Any = (seq, query, status or "", count, list(rows))
                except Exception as error:
                    answer = (seq, str(error))
                with self._lock:
                    if seq == self.latest:
                        self._answer = answer
        finally:
            if store is not None:
                store.close()

    # ------------------------------------------------------------------ GUI thread

    def _collect(self) -> None:
        with self._lock:
            answer, self._answer = self._answer, None
            idle = self._request is None
        if answer is not None:
            if len(answer) == 2:
                self.failed.emit(*answer)
            else:
                self.found.emit(*answer)
            if answer[0] == self.latest and idle:
                self._timer.stop()
