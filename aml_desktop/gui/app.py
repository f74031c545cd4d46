"""``run_gui``: the entry point ``aml-desktop`` uses when no subcommand is given.

Opens (or on the very first run creates) the clinic database, offers the demo clinic
when it is new and empty, and shows the main window. Only this path imports Qt.
"""

from __future__ import annotations

import sys
from datetime import date
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox

from aml_desktop import __version__
from aml_desktop.paths import APP_NAME

ICON_FILE = "aml-desktop.svg"


# The GUI thread waits at most this long for the interpreter lock while a worker (search,
# import, backup) runs Python code; CPython's default of 5 ms is a third of a frame.
GIL_SWITCH_INTERVAL_S = 0.001


def configure_application(app: QCoreApplication) -> None:
    """Names QSettings uses (per user, per platform), the window icon, a GUI-friendly thread switch."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    if isinstance(app, QApplication):
        app.setWindowIcon(app_icon())


def app_icon() -> QIcon:
    pixmap = QPixmap()
    pixmap.loadFromData((files("aml_desktop.resources") / "icons" / ICON_FILE).read_bytes())
    return QIcon(pixmap)


def offer_demo(window: object, controller: object, today: date) -> bool:
    """Ask once, on a new empty database, whether to load the demo clinic."""
    from aml_desktop.services.demo import make_demo_clinic

    answer = QMessageBox.question(
        window,  # type: ignore[arg-type]
        "Welcome to AML Desktop",
        "This clinic database is new and empty.\n\nLoad the demo clinic (example patients, including the three "
        "patients of DeWolf & Tallman 2020) to try the application? You can start with an empty clinic instead.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    count = make_demo_clinic(controller.store, today=today)  # type: ignore[attr-defined]
    controller.patients_changed.emit()  # type: ignore[attr-defined]
    controller.message.emit(  # type: ignore[attr-defined]
        f"Demo clinic loaded: {count} example patients. They are fictitious; do not mix them with real patients."
    )
    return True


def open_window(db_path: Path | None, *, today: date | None = None) -> tuple[object, object, bool]:
    """Open the store and build the main window; returns (window, controller, created)."""
    from aml_desktop.gui.controller import Controller
    from aml_desktop.gui.main_window import MainWindow
    from aml_desktop.paths import default_db_path
    from aml_desktop.store import Store

    path = Path(db_path) if db_path is not None else default_db_path()
    created = not path.exists()
    path.parent.mkdir(parents=True, exist_ok=True)
    store = Store.open(path)
    controller = Controller(store, today=(lambda: today) if today is not None else date.today)
    window = MainWindow(controller)
    return window, controller, created


def run_gui(db_path: Path | None) -> int:
    """Show the main window until the user quits; returns the exit status."""
    from aml_desktop.gui.main_window import schedule_after_show
    from aml_desktop.store import StoreError

    app = QApplication.instance() or QApplication(sys.argv)
    configure_application(app)
    try:
        window, controller, created = open_window(db_path)
    except StoreError as error:
        QMessageBox.critical(None, "AML Desktop", f"The clinic database cannot be opened:\n{error}")
        return 2
    window.show()  # type: ignore[attr-defined]
    if created and controller.count_patients() == 0:  # type: ignore[attr-defined]
        offer_demo(window, controller, controller.today())  # type: ignore[attr-defined]
    schedule_after_show(window)  # type: ignore[arg-type]
    status = app.exec()
    controller.close()  # type: ignore[attr-defined]
    return int(status)
