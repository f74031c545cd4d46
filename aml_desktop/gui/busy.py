"""The window while a save runs on the writer thread: no input taken, and "Saving…" if it takes a while.

A save usually takes a few milliseconds; greying the window out for that would flicker on
every save. So the user's clicks and keys are ignored at once (nothing can be submitted
twice), and only a save still running after ``SHOW_AFTER_MS`` (waiting for another program's
write, an old disk) greys the window, shows the wait cursor and says what is being saved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

SHOW_AFTER_MS = 300

_USER_INPUT = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.Shortcut,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class SaveInProgress(QObject):
    """Installed by the main window; ``start(title)`` and ``finish()`` bracket one save."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.title = ""
        self.shown = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_AFTER_MS)
        self._timer.timeout.connect(self._show)

    def start(self, title: str) -> None:
        self.title = title
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    def _show(self) -> None:
        self.shown = True
        self.window.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.window.statusBar().showMessage(f"{self.title}…")

    def finish(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self.shown:
            self.shown = False
            QApplication.restoreOverrideCursor()
            self.window.setEnabled(True)
            self.window.statusBar().clearMessage()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() in _USER_INPUT  # True: the event goes nowhere
