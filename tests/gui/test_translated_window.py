"""The window in French, Spanish and Portuguese shows no English left behind: every screen, dialog
and question is read back.

A text is "English left behind" when it is the English source of a message in the Qt catalogue
whose translation differs (``Plan a cycle…`` shown instead of ``Planifier un cycle…``), or a
filled-in message of the catalogue still in English (``Remove the assessment of 15 mars 2026?``).
Patient data (names, regimens, the demo clinic's notes) is never a catalogue source, so it is allowed.

With ``AML_DESKTOP_SCREENSHOTS`` set, the French screens are kept under ``<folder>/fr`` (at 1024x768
on a 1024x768 screen: Xvfb, or ``QT_QPA_PLATFORM=offscreen:configfile=...`` with one such screen).
"""

from __future__ import annotations

import html
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from aml_desktop.engine.case import Decision
from aml_desktop.engine.cycles import CycleSettings
from tests.gui.gui_helpers import TODAY, select_patient

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("fr", "es", "pt")
#: What each language's screens must show (a check that the language was installed at all).
EXPECTED = {
    "fr": {"tab": "Chimiothérapie", "delete": "Supprimer", "choose": "Que voulez-vous faire ?", "void": "annulée"},
    "es": {"tab": "Quimioterapia", "delete": "Eliminar", "choose": "¿Qué desea hacer?", "void": "anulada"},
    "pt": {"tab": "Quimioterapia", "delete": "Remover", "choose": "O que pretende fazer?", "void": "anulada"},
}


def _plain(text: str) -> str:
    """What the user reads: no accelerator ampersands, no markup, one space between words."""
    text = re.sub(r"<[^>]+>", " ", text.replace("<br>", "\n"))
    text = html.unescape(text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return "\n".join(" ".join(line.split()) for line in text.splitlines()).strip()


@cache
def english_left_behind(language: str) -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    """The catalogue's English sources whose translation differs: exact texts, and patterns of filled-in ones."""
    exact: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    root = ET.parse(ROOT / "resources" / "translations" / f"aml_desktop_{language}.ts").getroot()
    for message in root.iter("message"):
        source, translated = message.findtext("source") or "", message.findtext("translation") or ""
        if _plain(source) == _plain(translated):
            continue  # "Agent", "PDF (*.pdf)": the same word in French
        parts = re.split(r"\{\w+\}", _plain(source))
        if len(parts) == 1:
            exact.add(parts[0])
        elif sum(len(re.sub(r"\W", "", p)) for p in parts) >= 8:  # enough English to recognise
            patterns.append(re.compile(".+?".join(re.escape(p) for p in parts), re.DOTALL))
    return frozenset(exact), tuple(patterns)


def english_in(texts: list[str], language: str) -> list[str]:
    exact, patterns = english_left_behind(language)
    found = []
    for text in texts:
        plain = _plain(text)
        pieces = [plain, *plain.splitlines()]
        if any(piece in exact for piece in pieces) or any(p.search(plain) for p in patterns):
            found.append(plain)
    return sorted(set(found))


#: English that refusals from below the window (the store, the cycle services, the engine's input checks)
#: said before they were worded in the clinic's language: none of it may show in a translated window.
ENGLISH_REFUSALS = (
    "since you opened it",
    "nothing was saved",
    "Reload the patient to see the change",
    "has the role viewer",
    "may not change a patient's record",
    "wrong account name or password",
    "must be between",
    "is out of range",
    "is more than the dose to give",
    "check the order",
)


def english_left_in(texts: list[str], language: str) -> list[str]:
    """English left on a translated screen: the window's own (Qt catalogue), any phrase of a gettext entry
    (present's words, regimen names, the engine's, store's and services' ``say`` templates) and the
    refusals' known English (a net that does not depend on the catalogues)."""
    from tests.i18n.test_no_english_sentences import _catalogue_phrases

    plain = [_plain(text) for text in texts if text]
    found = english_in(texts, language)
    found += [text for text in plain for english in ENGLISH_REFUSALS if english in text]
    found += [text for text in plain for phrase in _catalogue_phrases(language) if phrase in text]
    return sorted(set(found))


def visible_texts(widget: QWidget) -> list[str]:
    """Every text a user can read on ``widget`` and its children: titles, labels, buttons, fields'
    placeholders, list and combo items, table headers, tabs, menus, tooltips and the status bar."""
    texts: list[str] = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        texts.append(child.toolTip())
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        elif isinstance(child, QLineEdit | QPlainTextEdit):
            texts.append(child.placeholderText())
        elif isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QAbstractSpinBox):
            texts += [child.specialValueText(), getattr(child, "suffix", lambda: "")()]
        elif isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
        if isinstance(child, QTableView) and child.model() is not None:
            model, header = child.model(), child.horizontalHeader()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(header.count())]
    if isinstance(widget, QMainWindow):
        texts.append(widget.statusBar().currentMessage())
        for menu_action in widget.menuBar().actions():
            texts.append(menu_action.text())
            menu = menu_action.menu()
            for action in menu.actions() if menu is not None else []:
                texts += [action.text(), action.toolTip()]
    return [t for t in texts if t]


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    from aml_desktop.gui.translation import install_language

    install_language(request.param)  # the autouse ``english_window`` fixture puts English back afterwards
    yield request.param


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every message box records its title, text and buttons and answers No / Cancel / its last button."""
    seen: list[str] = []

    def static(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        seen.extend([title, text])
        return QMessageBox.StandardButton.No if "No" in str(args) else QMessageBox.StandardButton.Cancel

    def box_exec(box: QMessageBox) -> int:
        seen.extend([box.windowTitle(), box.text(), *(b.text() for b in box.buttons())])
        return 0

    for name in ("question", "warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, static)
    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    return seen


@pytest.fixture
def translated_window(language: str, qtbot: Any, store: Any, controller: Any, paper_ids: dict[str, str]) -> Any:
    """The demo clinic in ``language`` at 1024x768, the paper's patient 1 open with a decision and a planned cycle."""
    from aml_desktop.gui.main_window import MainWindow
    from aml_desktop.services import cycles as service
    from aml_desktop.services.demo import make_demo_clinic

    make_demo_clinic(store, today=TODAY)
    patient_id = paper_ids["patient1-early-relapse"]
    case = store.get_case(patient_id)
    extensions = dict(case.extensions or {})
    extensions["aml_desktop"] = {"measurements": [{"date": "2019-07-21", "height_cm": 168, "weight_kg": 62}]}
    case, _cycle = service.plan(
        replace(case, extensions=extensions),
        regimen="MEC",
        start=TODAY - timedelta(days=3),
        phase="reinduction",
        cycle_number=1,
        height_cm=168,
        weight_kg=62,
        weight_date=TODAY - timedelta(days=3),
        by="Dr A. Osei",
        settings=CycleSettings(),
    )
    store.save_case(case, user="t")
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    select_patient(window, patient_id)
    primary = window.result.recommendation.primary
    decision = Decision(TODAY, primary.category, primary.category, primary.regimens[0], clinician="Dr A. Osei")
    controller.record_decision(patient_id, decision, reason_code=None, result=window.result)
    window.show_patient(patient_id)
    return window


def keep(widget: QWidget, name: str) -> None:
    """Kept for the README and for looking at when AML_DESKTOP_SCREENSHOTS names a folder."""
    from aml_desktop.present.i18n import current_language

    folder = os.environ.get("AML_DESKTOP_SCREENSHOTS")
    if folder and current_language() == "fr":  # the README's pictures; Spanish and Portuguese are only checked
        target = Path(folder) / current_language()
        target.mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(target / f"{name}.png"))


def read_back(qtbot: Any, dialog: QWidget, name: str, language: str, *, save: bool = False) -> list[str]:
    """Open ``dialog`` as the window would (a 1024x768 screen at most), every page of it, and
    (``save``) try to save it empty so the reasons beside the fields show; the English left on it."""
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(min(dialog.width(), 1024), min(dialog.height(), 768))
    qtbot.waitExposed(dialog)
    if save and isinstance(dialog, QDialog):
        dialog.accept()
    keep(dialog, f"dialog-{name}")
    for tabs in dialog.findChildren(QTabWidget):  # the settings' other pages, as the user opens them
        for index in range(1, tabs.count()):
            tabs.setCurrentIndex(index)
            keep(dialog, f"dialog-{name}-{index + 1}")
    left = english_left_in(visible_texts(dialog), language)
    dialog.hide()
    return left


def test_main_window_tabs_have_no_english(translated_window: Any, language: str, qtbot: Any) -> None:
    w = translated_window
    tabs = w.ui.patient_tabs
    seen: list[str] = []
    for index, name in enumerate(("standing", "course", "recommendation", "decisions", "chemotherapy")):
        tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda i=index: tabs.currentIndex() == i)
        seen += visible_texts(w)
        keep(w, f"main-{name}")
    assert tabs.tabText(w.cycle_tab_index) == EXPECTED[language]["tab"]
    assert w.ui.patient_count_label.text().startswith("35 ")
    assert english_left_in(seen, language) == []


def test_dialogs_have_no_english(translated_window: Any, language: str, controller: Any, qtbot: Any) -> None:
    from aml_desktop.engine.cycles import read_cycles
    from aml_desktop.gui.assessment_dialog import AssessmentDialog
    from aml_desktop.gui.course_dialog import CourseDialog
    from aml_desktop.gui.cycle_panel import CycleSettingsDialog, GiveDialog, ModifyDialog, OrganDialog, PlanCycleDialog
    from aml_desktop.gui.decision_dialog import DecisionDialog, VoidDecisionDialog
    from aml_desktop.gui.fitness_dialog import FitnessDialog
    from aml_desktop.gui.patient_dialog import PatientDialog
    from aml_desktop.gui.settings_dialog import SettingsDialog
    from aml_desktop.gui.summary_dialog import SummaryDialog

    w = translated_window
    case, result = w.case, w.result
    (cycle,) = read_cycles(case.extensions)
    settings = controller.clinic_settings()
    record = controller.decision_records(w.patient_id)[0]
    dialogs: dict[str, QDialog] = {
        "patient": PatientDialog(case, today=TODAY),
        "new-patient": PatientDialog(None, today=TODAY),
        "course": CourseDialog(case, 0, today=TODAY),
        "assessment": AssessmentDialog(case, 0, today=TODAY),
        "fitness": FitnessDialog(case, today=TODAY, settings=controller.engine_settings()),
        "decision": DecisionDialog(result, today=TODAY, clinician="Dr A. Osei"),
        "replace-decision": DecisionDialog(result, today=TODAY, supersedes=record),
        "void-decision": VoidDecisionDialog(record),
        "settings": SettingsDialog(settings, today=TODAY),
        "summary": SummaryDialog(controller.snapshot(w.patient_id), today=TODAY),
        "plan-cycle": PlanCycleDialog(case, today=TODAY, settings=settings.cycle_settings, clinician="Dr A. Osei"),
        "give": GiveDialog(case, cycle, today=TODAY),
        "change-dose": ModifyDialog(case, cycle, today=TODAY, settings=settings.cycle_settings),
        "organ": OrganDialog(case, today=TODAY),
        "cycle-settings": CycleSettingsDialog(settings.cycle_settings),
    }
    refused = ("new-patient", "decision", "void-decision", "give", "organ")  # saved empty: reasons shown too
    found = {name: read_back(qtbot, dialog, name, language, save=name in refused) for name, dialog in dialogs.items()}
    assert {name: left for name, left in found.items() if left} == {}


def test_questions_and_messages_have_no_english(
    translated_window: Any, language: str, asked: list[str], controller: Any, drive: Any
) -> None:
    from aml_desktop.gui import app
    from aml_desktop.gui.decision_dialog import VoidDecisionDialog
    from aml_desktop.gui.form_support import confirm_discard

    w = translated_window
    w.remove_course(0)
    w.remove_assessment(0)
    w.delete_patient()
    w.show_about()
    w._offer_cycle(controller.decision_records(w.patient_id)[0].decision)
    confirm_discard(w)
    app.offer_demo(w, controller, TODAY)
    app.ask_missing_database(Path("clinic.sqlite3"), "?")
    app.ask_damaged_database(Path("clinic.sqlite3"), "?")
    assert any(EXPECTED[language]["delete"] in text for text in asked)
    assert EXPECTED[language]["choose"] in " ".join(asked)

    def void(dialog: VoidDecisionDialog) -> None:
        dialog.reason_edit.setPlainText("entered for the wrong patient")
        dialog.accept()

    drive(VoidDecisionDialog, void)
    w.void_decision(controller.decision_records(w.patient_id)[0].position)
    bar = [w.ui.message_label.text(), w.statusBar().currentMessage()]
    assert EXPECTED[language]["void"] in bar[0]
    assert english_left_in(asked + bar + visible_texts(w), language) == []


def test_accounts_screens_have_no_english(
    translated_window: Any, language: str, controller: Any, store: Any, qtbot: Any
) -> None:
    from aml_desktop.gui.security import AccountsDialog, AuditDialog, LoginDialog, NewAccountDialog, Security

    w = translated_window
    security = Security(w, controller)
    no_accounts = [*visible_texts(w), security.banner_label.text()]
    first = NewAccountDialog(store, first=True)
    qtbot.addWidget(first)
    store.add_account("admin", "Dr A. Osei", "administrator", "correct horse battery")
    store.login("admin", "correct horse battery")
    store.add_account("nina", "Nina Diop", "nurse", "correct horse battery")
    security.refresh()
    screens: dict[str, QWidget] = {
        "new-administrator": first,
        "login": LoginDialog(store),
        "accounts": AccountsDialog(store),
        "audit": AuditDialog(store),
    }
    found = {name: read_back(qtbot, screen, name, language) for name, screen in screens.items()}
    security.lock()
    assert security.lock_screen.isVisible()
    keep(w, "locked")
    locked = visible_texts(w)
    assert english_in(no_accounts + locked, language) == []
    assert {name: left for name, left in found.items() if left} == {}


def test_a_missing_database_is_asked_about_in_the_systems_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, asked: list[str]
) -> None:
    """Before any clinic is open its language is unknown: the first question follows the system's."""
    from aml_desktop.gui import app

    monkeypatch.setenv("LANGUAGE", "fr")
    assert app.open_window(tmp_path / "missing.sqlite3", today=TODAY) is None  # the box answered "Quitter"
    assert "Que voulez-vous faire ?" in " ".join(asked)
    assert {"Localiser le fichier de la base…", "Créer une nouvelle clinique vide", "Quitter"} <= set(asked)


def test_refusals_from_below_the_window_have_no_english(
    translated_window: Any, language: str, asked: list[str], controller: Any, qtbot: Any
) -> None:
    """A stale save, a viewer's save, a wrong password, a value out of range beside its field and a
    cycle refusal: each is shown in the window's language, the store's and engine's words included."""
    from PySide6.QtTest import QTest

    from aml_desktop.engine.cycles import read_cycles
    from aml_desktop.gui.cycle_panel import GiveDialog
    from aml_desktop.gui.patient_dialog import PatientDialog
    from aml_desktop.gui.security import LoginDialog

    w = translated_window
    store = controller.store
    shown: dict[str, list[str]] = {}

    # Another workstation saves the record after this window read it: the window's save is refused.
    case = w.case
    other = store.get_case(w.patient_id)
    store.save_case(replace(other, courses=other.courses[:1]), user="cli:nina")
    w._save(case)
    shown["stale save"] = [w.ui.message_label.text(), *asked]
    keep(w, "refused-stale-save")
    assert "nina" in w.ui.message_label.text()
    asked.clear()

    # A viewer's save is refused by the store, whatever the window greyed out.
    password = "ward seven pass"
    store.add_account("admin", "Ada Admin", "administrator", password)
    store.login("admin", password)
    store.add_account("vic", "Victor Viewer", "viewer", password)
    store.login("vic", password)  # after the window's first saves: the writer must know who writes now
    w.show_patient(w.patient_id)
    w._save(replace(w.case, courses=w.case.courses[:1]))
    shown["permission"] = [w.ui.message_label.text()]
    keep(w, "refused-viewer")
    assert "vic" in w.ui.message_label.text()

    # A wrong password at the login screen.
    login = LoginDialog(store)
    qtbot.addWidget(login)
    login.resize(480, 240)
    login.show()
    QTest.keyClicks(login.name_edit, "vic")
    QTest.keyClicks(login.password_edit, "not the password")
    login.login_button.click()
    shown["login"] = [login.error_label.text()]
    qtbot.wait(10)  # laid out again around the message before the picture
    keep(login, "refused-login")
    assert "vic" in login.error_label.text()

    # A white count typed in cells/µL: the engine's limit, beside the field.
    dialog = PatientDialog(w.case, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.wbc_edit.clear()
    QTest.keyClicks(dialog.ui.wbc_edit, "32000")
    dialog.accept()
    assert dialog.result_case is None
    shown["field"] = [dialog.ui.problems_label.text(), *visible_texts(dialog)]
    qtbot.wait(10)
    keep(dialog, "refused-field")
    assert "32" in dialog.ui.problems_label.text()

    # More than the dose to give, recorded as given: the cycle service refuses it.
    (cycle,) = read_cycles(w.case.extensions)
    give = GiveDialog(w.case, cycle, today=TODAY)
    qtbot.addWidget(give)
    give.show()
    give.dose_edit.clear()
    QTest.keyClicks(give.dose_edit, "99999")
    QTest.keyClicks(give.by_edit, "Awa Ndiaye")
    give.accept()
    assert give.result_case is None
    shown["cycle"] = [give.problems.text()]
    qtbot.wait(10)
    keep(give, "refused-cycle")
    assert "99" in give.problems.text()  # the dose refusal itself, not a missing field

    left = {what: english_left_in(texts, language) for what, texts in shown.items()}
    assert {what: texts for what, texts in left.items() if texts} == {}
