"""Shared GUI fixtures: a store in tmp_path, a controller with a fixed date, QSettings redirected,
modal dialogs driven by callbacks instead of an event loop."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QMessageBox

from aml_desktop.gui.controller import Controller
from aml_desktop.store import Store, read_case_files
from tests.gui.gui_helpers import CASES, PAPER, TODAY


@pytest.fixture(autouse=True)
def qt_settings(tmp_path: Path, qapp: Any) -> Iterator[Path]:
    """QSettings in tmp_path (INI), so no test reads or writes the user's real settings."""
    folder = tmp_path / "qsettings"
    QCoreApplication.setOrganizationName("AML Desktop Tests")
    QCoreApplication.setApplicationName("AML Desktop Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def english_window(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The first-start language question answered "English"; the window back in English after each test."""
    from aml_desktop.gui import translation

    monkeypatch.setattr(translation, "ask_language", lambda _parent, _default: "en")
    yield
    translation.install_language("en")


@pytest.fixture(autouse=True)
def iso_dates() -> Iterator[None]:
    """Date fields type ISO dates unless a test sets the clinic's day-first setting (reset after)."""
    from aml_desktop.gui.date_field import DateField

    DateField.set_order("iso")
    yield
    DateField.set_order("iso")


class UnexpectedModal(AssertionError):
    """A test opened a modal dialog it did not answer: offscreen, nobody would ever close it."""


@pytest.fixture(autouse=True)
def no_unanswered_modals(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every modal dialog a test does not drive or answer fails the test at once instead of hanging CI.

    Offscreen, a modal ``exec()`` or ``QMessageBox.question`` waits for a click that never comes;
    ``drive``, ``answer`` and per-test patches replace these for the dialogs a test expects.
    """
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QFileDialog

    def refuse(what: str) -> Callable[..., Any]:
        def modal(*args: Any, **kwargs: Any) -> Any:
            texts = [a for a in args if isinstance(a, str)]
            raise UnexpectedModal(f"unanswered modal {what}: {texts or args[:1]}")

        return modal

    for cls in (QDialog, QMessageBox, QFileDialog, QPrintDialog):
        monkeypatch.setattr(cls, "exec", refuse(f"{cls.__name__}.exec"))
    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse(f"QMessageBox.{name}"))
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, refuse(f"QFileDialog.{name}"))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    # The store's "today" is the controller's: list statuses must not depend on the wall clock
    # (a run crossing midnight once made every row stale and started a refresh mid-test).
    s = Store.open(tmp_path / "clinic.sqlite3", today=lambda: TODAY)
    yield s
    s.close()


@pytest.fixture
def controller(store: Store) -> Iterator[Controller]:
    c = Controller(store, user="tester", today=lambda: TODAY)
    yield c
    c.close()


@pytest.fixture
def paper_ids(store: Store) -> dict[str, str]:
    """The paper's three patients imported into the store: fixture stem -> patient id."""
    cases = read_case_files([CASES / f"{name}.json" for name in PAPER])
    ids = store.import_cases(cases, user="tester")
    return dict(zip(PAPER, ids, strict=True))


@pytest.fixture
def window(qtbot: Any, controller: Controller) -> Any:
    from aml_desktop.gui.main_window import MainWindow

    w = MainWindow(controller)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def drive(monkeypatch: pytest.MonkeyPatch) -> Callable[[type, Callable[[Any], None]], list[Any]]:
    """Replace ``cls.exec`` with ``fill(dialog)``; the dialog's own accept() decides the result.

    Returns the list of dialogs opened, so a test can inspect a dialog that refused to close.
    """

    def install(cls: type, fill: Callable[[Any], None]) -> list[Any]:
        opened: list[Any] = []

        def fake_exec(self: QDialog) -> int:
            opened.append(self)
            self.setResult(QDialog.DialogCode.Rejected)
            fill(self)
            return int(self.result())

        monkeypatch.setattr(cls, "exec", fake_exec)
        return opened

    return install


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Callable[[QMessageBox.StandardButton], list[str]]:
    """Every QMessageBox.question/warning returns ``button``; the texts asked are recorded."""

    def install(button: QMessageBox.StandardButton) -> list[str]:
        asked: list[str] = []

        def fake(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
            asked.append(f"{title}: {text}")
            return button

        monkeypatch.setattr(QMessageBox, "question", fake)
        monkeypatch.setattr(QMessageBox, "warning", fake)
        return asked

    return install


@pytest.fixture
def screenshot(tmp_path: Path) -> Callable[[Any, str], Path]:
    """Grab a widget offscreen; kept in docs/screenshots when AML_DESKTOP_SCREENSHOTS names a folder."""

    def take(widget: Any, name: str) -> Path:
        target = tmp_path / f"{name}.png"
        assert widget.grab().save(str(target)), f"could not save {target}"
        keep = os.environ.get("AML_DESKTOP_SCREENSHOTS")
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            shutil.copyfile(target, Path(keep) / target.name)
        return target

    return take
