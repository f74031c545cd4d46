"""``run_gui``: the entry point ``aml-desktop`` uses when no subcommand is given.

Opens (or on the very first run creates) the clinic database, offers the demo clinic
when it is new and empty, and shows the main window. Only this path imports Qt.
"""

from __future__ import annotations

import sys
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from aml_desktop import __version__
from aml_desktop.paths import APP_NAME

if TYPE_CHECKING:
    from aml_desktop.gui.controller import Controller
    from aml_desktop.gui.main_window import MainWindow
    from aml_desktop.store import Store

ICON_FILE = "aml-desktop.svg"


# The GUI thread waits at most this long for the interpreter lock while a worker (search,
# import, backup) runs Python code; CPython's default of 5 ms is a third of a frame.
GIL_SWITCH_INTERVAL_S = 0.001


# SQLite's page cache per connection in the window (KiB): measured in benchmarks/gui_bench.py, 2 MiB
# each (the default) over four connections took memory after scrolling from 1.27x to 1.39x an empty table.
WINDOW_PAGE_CACHE_KIB = 256


def configure_application(app: QCoreApplication) -> None:
    """Names QSettings uses (per user, per platform), the window icon, a GUI-friendly thread switch."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    from aml_desktop.store.connection import set_page_cache

    set_page_cache(WINDOW_PAGE_CACHE_KIB)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    if isinstance(app, QApplication):
        app.setWindowIcon(app_icon())
        add_script_fonts(app)


#: The fonts shipped for names in scripts the system font may lack (the same ones the summary embeds).
SCRIPT_FONTS = (
    "NotoSansEthiopic-Regular.ttf",
    "NotoSansEthiopic-Bold.ttf",
    "NanumGothic-Hangul.ttf",
    "DroidSansFallback-Subset.ttf",
)


def add_script_fonts(app: QApplication) -> list[str]:
    """Register the shipped script fonts: Qt's font fallback then finds them for names in those scripts.

    The window's own font is left alone (listing them as its families would let a subset font
    draw Latin punctuation where the system family name is only an alias).
    """
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    folder = files("aml_desktop.resources") / "fonts"
    for name in SCRIPT_FONTS:
        font_id = QFontDatabase.addApplicationFontFromData((folder / name).read_bytes())
        for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
            if family not in families:
                families.append(family)
    return families


def app_icon() -> QIcon:
    pixmap = QPixmap()
    pixmap.loadFromData((files("aml_desktop.resources") / "icons" / ICON_FILE).read_bytes())
    return QIcon(pixmap)


def offer_demo(window: QWidget, controller: Controller, today: date) -> bool:
    """Ask once, on a new empty database, whether to load the demo clinic."""
    from aml_desktop.services.demo import make_demo_clinic

    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("App", "Welcome to AML Desktop"),
        QCoreApplication.translate(
            "App",
            "This clinic database is new and empty.\n\nLoad the demo clinic (example patients, including the three "
            "patients of DeWolf & Tallman 2020) to try the application? You can start with an empty clinic instead.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    count = make_demo_clinic(controller.store, today=today)
    controller.patients_changed.emit()
    controller.message.emit(
        QCoreApplication.translate(
            "App",
            "Demo clinic loaded: {count} example patients. They are fictitious; do not mix them with real patients.",
        ).format(count=count)
    )
    return True


def _choose(icon: QMessageBox.Icon, problem: str, choices: list[tuple[str, str, QMessageBox.ButtonRole]]) -> str:
    """Show ``problem`` with one button per (answer, label, role); the answer clicked, else the last one."""
    box = QMessageBox(
        icon, "AML Desktop", f"{problem}\n\n" + QCoreApplication.translate("App", "What would you like to do?")
    )
    buttons: dict[QAbstractButton, str] = {
        box.addButton(QCoreApplication.translate("App", label), role): answer for answer, label, role in choices
    }
    box.exec()
    clicked = box.clickedButton()
    return buttons.get(clicked, choices[-1][0]) if clicked is not None else choices[-1][0]


_ROLE = QMessageBox.ButtonRole
MISSING_CHOICES = [
    ("locate", str(QT_TRANSLATE_NOOP("App", "Locate the database file…")), _ROLE.ActionRole),
    ("create", str(QT_TRANSLATE_NOOP("App", "Create a new, empty clinic")), _ROLE.AcceptRole),
    ("quit", str(QT_TRANSLATE_NOOP("App", "Quit")), _ROLE.RejectRole),
]
DAMAGED_CHOICES = [
    ("restore", str(QT_TRANSLATE_NOOP("App", "Restore from a backup…")), _ROLE.AcceptRole),
    ("read_only", str(QT_TRANSLATE_NOOP("App", "Open read-only to export")), _ROLE.ActionRole),
    ("quit", str(QT_TRANSLATE_NOOP("App", "Quit")), _ROLE.RejectRole),
]


def ask_missing_database(path: Path, problem: str) -> str:
    """The database is missing or empty: "locate" it, "create" a new clinic there, or "quit"."""
    return _choose(QMessageBox.Icon.Warning, problem, MISSING_CHOICES)


def ask_damaged_database(path: Path, problem: str) -> str:
    """The database is damaged: "restore" a backup into it, open it "read_only" to export, or "quit"."""
    return _choose(QMessageBox.Icon.Critical, problem, DAMAGED_CHOICES)


def open_clinic(path: Path) -> tuple[Store | None, bool]:
    """The store for the window, asking the user when the file is missing, empty or damaged.

    Returns (store or None when the user quit, created). A missing or empty file never silently
    becomes a new clinic: it may be a mistyped path or an unplugged USB stick.
    """
    from PySide6.QtWidgets import QFileDialog

    from aml_desktop.gui.security import ask_passphrase
    from aml_desktop.paths import default_db_path
    from aml_desktop.present.sentences import message_words
    from aml_desktop.store import DamagedDatabase, Store, StoreError, restore_database

    if not ask_passphrase(path):
        return None, False
    while True:
        try:
            # The page-by-page check runs after the first paint (controller.check_database).
            return Store.open(path, create=False, check=False), False
        except DamagedDatabase as error:
            choice = ask_damaged_database(path, message_words(error))
            if choice == "read_only":
                return Store.open(path, create=False, damaged_ok=True), False
            if choice != "restore":
                return None, False
            backup, _ = QFileDialog.getOpenFileName(
                None,
                QCoreApplication.translate("App", "Restore from a backup"),
                str(path.parent),
                QCoreApplication.translate("App", "Database backups (*.sqlite3);;All files (*)"),
            )
            if backup:
                safety = restore_database(path, Path(backup))
                restored = QCoreApplication.translate(
                    "App", "Restored from {backup}.\nThe damaged file was kept as {safety}."
                )
                QMessageBox.information(None, "AML Desktop", restored.format(backup=backup, safety=safety))
        except StoreError as error:
            if path.exists() and path.stat().st_size > 0:
                raise  # a foreign or newer file: refused with its own message
            problem = message_words(error)
            if path == default_db_path() and not path.exists():
                problem = QCoreApplication.translate(
                    "App",
                    "There is no clinic database yet in the application-data folder ({folder}). Create a new "
                    "clinic, or locate an existing database file (for example on a USB stick).",
                ).format(folder=path)
            choice = ask_missing_database(path, problem)
            if choice == "create":
                path.parent.mkdir(parents=True, exist_ok=True)
                return Store.open(path, create=True), True
            if choice != "locate":
                return None, False
            picked, _ = QFileDialog.getOpenFileName(
                None,
                QCoreApplication.translate("App", "Locate the clinic database"),
                str(path.parent),
                QCoreApplication.translate("App", "Database (*.sqlite3);;All files (*)"),
            )
            if picked:
                path = Path(picked)


def ask_server_password(shown_url: str) -> str | None:
    """The window's answer when the server wants a password that PGPASSWORD and ~/.pgpass did not give."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(
        None,
        QCoreApplication.translate("App", "AML Desktop — server password"),
        QCoreApplication.translate(
            "App", "Password of the database role for\n{url}\n(ask the person who set up the server):"
        ).format(url=shown_url),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


def open_server_clinic(url: str) -> Store:
    """The store for a clinic on a PostgreSQL server; a server that cannot be reached, a wrong password or a
    database that holds no clinic is a ``StoreError`` in words (run_gui shows it)."""
    from aml_desktop.store import Store, server

    server.set_password_provider(ask_server_password)
    return Store.open(url, create=False, check=False)


def open_window(db_path: Path | str | None, *, today: date | None = None) -> tuple[MainWindow, Controller, bool] | None:
    """Open the store and build the main window; returns (window, controller, created), None if the user quit."""
    from aml_desktop.gui.controller import Controller
    from aml_desktop.gui.main_window import MainWindow
    from aml_desktop.gui.translation import clinic_language, install_language
    from aml_desktop.paths import default_db_path
    from aml_desktop.present.i18n import system_language
    from aml_desktop.store.server import server_url

    install_language(system_language())  # until the clinic's is known: the questions about a missing file
    url = server_url(db_path)
    store: Store | None
    if url is not None:
        store, created = open_server_clinic(url), False
    else:
        path = Path(db_path) if db_path is not None else default_db_path()
        store, created = open_clinic(path)
    if store is None:
        return None
    from aml_desktop.gui.security import Security, sign_in

    install_language(clinic_language(store))
    if not sign_in(store):
        store.close()
        return None
    controller = Controller(store, today=(lambda: today) if today is not None else date.today)
    window = MainWindow(controller)
    Security(window, controller)
    return window, controller, created


def run_gui(db_path: Path | str | None) -> int:
    """Show the main window until the user quits; returns the exit status."""
    from aml_desktop.gui.main_window import schedule_after_show
    from aml_desktop.store import StoreError

    app = QApplication.instance() or QApplication(sys.argv)
    configure_application(app)
    try:
        opened = open_window(db_path)
    except StoreError as error:
        from aml_desktop.present.sentences import message_words

        cannot = QCoreApplication.translate("App", "The clinic database cannot be opened:\n{error}")
        QMessageBox.critical(None, "AML Desktop", cannot.format(error=message_words(error)))
        return 2
    if opened is None:
        return 0
    window, controller, created = opened
    window.show()
    if created and controller.count_patients() == 0:
        offer_demo(window, controller, controller.today())
    if created and window.security is not None:  # the first run of a new clinic creates its administrator
        window.security.create_administrator()  # (declined: the red banner stays)
    schedule_after_show(window)
    status = app.exec()
    controller.close()
    return int(status)
