"""Accounts in the window, as a user meets them: login, first administrator, banner, idle lock, audit viewer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit

from aml_desktop.gui.security import (
    NO_ACCOUNTS_TEXT,
    AuditDialog,
    LoginDialog,
    NewAccountDialog,
    Security,
    sign_in,
)
from aml_desktop.store import Store

PASSWORD = "ward seven pass"


def _type(widget: Any, text: str) -> None:
    widget.clear()
    QTest.keyClicks(widget, text)


def _clinic(store: Store) -> None:
    store.add_account("admin", "Ada Admin", "administrator", PASSWORD)
    store.login("admin", PASSWORD)
    store.add_account("drc", "Dr Clara Clinician", "clinician", PASSWORD)
    store.add_account("nina", "Nina Nurse", "nurse", PASSWORD)
    store.logout()


def test_a_clinic_without_accounts_shows_the_red_banner_and_creates_the_administrator(
    qtbot: Any, window: Any, controller: Any, drive: Callable[..., list[Any]], screenshot: Callable[..., Any]
) -> None:
    security = Security(window, controller)
    assert security.banner.isVisible() and security.banner_label.text() == NO_ACCOUNTS_TEXT
    assert NO_ACCOUNTS_TEXT == "No accounts: anyone at this computer can read and change records"

    def fill(dialog: NewAccountDialog) -> None:
        _type(dialog.name_edit, "admin")
        _type(dialog.full_name_edit, "Ada Admin")
        _type(dialog.password_edit, PASSWORD)
        _type(dialog.again_edit, "typo " + PASSWORD)
        dialog.attempt()  # the two passwords differ: refused, nothing made
        assert "differ" in dialog.error_label.text() and not controller.store.has_accounts()
        _type(dialog.password_edit, PASSWORD)
        _type(dialog.again_edit, PASSWORD)
        dialog.attempt()

    drive(NewAccountDialog, fill)
    qtbot.mouseClick(security.create_button, Qt.MouseButton.LeftButton)
    assert controller.store.account.name == "admin"
    assert not security.banner.isVisible()
    assert "Ada Admin (administrator)" in window.windowTitle()
    assert security.accounts_action.isEnabled() and security.audit_action.isEnabled()


def test_login_refuses_a_wrong_password_then_lets_the_right_one_in(
    qtbot: Any, store: Store, screenshot: Callable[..., Any]
) -> None:
    _clinic(store)
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    dialog.resize(420, 220)
    dialog.show()
    _type(dialog.name_edit, "drc")
    _type(dialog.password_edit, "not the password")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "wrong account name or password" in dialog.error_label.text()
    assert dialog.password_edit.text() == ""  # never kept
    screenshot(dialog, "login-refused")
    _type(dialog.password_edit, PASSWORD)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert store.account is not None and store.account.full_name == "Dr Clara Clinician"
    assert [e.action for e in store.audit_entries(limit=2)] == ["login", "login_failed"]


def test_login_with_no_account_name_asks_for_it_and_records_no_failed_login(qtbot: Any, store: Store) -> None:
    _clinic(store)
    before = len(store.audit_entries(limit=1000))
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(dialog.password_edit, "stray keys")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "Type your account name."
    assert len(store.audit_entries(limit=1000)) == before
    assert store.path.name in dialog.findChildren(QLabel)[0].text()
    assert dialog.minimumWidth() >= dialog.fontMetrics().averageCharWidth() * 48


def test_sign_in_asks_for_a_login_when_the_clinic_has_accounts(store: Store, drive: Callable[..., list[Any]]) -> None:
    _clinic(store)
    drive(LoginDialog, lambda d: d.reject())
    assert sign_in(store) is False  # quitting the login opens nothing
    drive(LoginDialog, lambda d: (_type(d.name_edit, "nina"), _type(d.password_edit, PASSWORD), d.attempt()))
    assert sign_in(store) is True and store.account.name == "nina"


def test_the_idle_lock_hides_the_records_until_the_password_is_given(
    qtbot: Any, window: Any, controller: Any, paper_ids: dict[str, str], screenshot: Callable[..., Any]
) -> None:
    store = controller.store
    _clinic(store)
    store.login("drc", PASSWORD)
    security = Security(window, controller)
    assert store.idle_lock_minutes() == 10  # the default setting
    assert security.idle.timer.interval() == 10 * 60_000
    window.show_patient(next(iter(paper_ids.values())))
    # Time passes with nobody at the keyboard: the timer fires (no sleeping in the test).
    security.idle.timer.timeout.emit()
    assert security.lock_screen.isVisible()
    assert security.lock_screen.geometry() == window.rect()  # covers the whole window
    assert not window.menuBar().isEnabled()
    assert store.account is None  # the session is over: writes are refused while locked
    assert not window.centralWidget().isVisible()  # the records are not drawn at all
    image = screenshot(window, "locked")
    from PySide6.QtGui import QColor, QImage

    from aml_desktop.gui.security import LOCK_COLOUR

    picture = QImage(str(image))
    # Where the patient's record was, the lock's opaque colour (not the record under a transparent cover).
    assert picture.pixelColor(picture.width() * 3 // 4, picture.height() * 3 // 4) == QColor(LOCK_COLOUR)
    _type(security.lock_screen.password_edit, "wrong password!")
    QTest.keyClick(security.lock_screen.password_edit, Qt.Key.Key_Return)
    assert security.lock_screen.isVisible() and "wrong" in security.lock_screen.error_label.text()
    _type(security.lock_screen.password_edit, PASSWORD)
    QTest.keyClick(security.lock_screen.password_edit, Qt.Key.Key_Return)
    assert not security.lock_screen.isVisible() and store.account.name == "drc"
    assert window.centralWidget().isVisible()
    actions = [e.action for e in store.audit_entries(user="drc", limit=5)]
    assert actions[:2] == ["login", "lock"]


def test_decisions_are_signed_by_the_logged_in_clinician(
    window: Any, controller: Any, paper_ids: dict[str, str], drive: Callable[..., list[Any]]
) -> None:
    from aml_desktop.gui.decision_dialog import DecisionDialog

    store = controller.store
    _clinic(store)
    store.login("drc", PASSWORD)
    window.show_patient(paper_ids["patient1-early-relapse"])
    seen: list[tuple[str, bool]] = []
    drive(DecisionDialog, lambda d: seen.append((d.ui.clinician_edit.text(), d.ui.clinician_edit.isReadOnly())))
    window.record_decision()
    assert seen == [("Dr Clara Clinician", True)]


def test_the_audit_viewer_filters_by_patient_and_account(qtbot: Any, store: Store, paper_ids: dict[str, str]) -> None:
    _clinic(store)
    store.login("admin", PASSWORD)
    patient = paper_ids["patient2-primary-refractory"]
    store.record_event("view", patient_id=patient)
    dialog = AuditDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.status.text().startswith("Chain checked: whole")
    _type(dialog.patient_edit, patient)
    dialog.reload()
    whats = {dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())}
    assert whats == {"import", "view"}
    dialog.patient_edit.clear()
    dialog.user_combo.setCurrentIndex(dialog.user_combo.findData("drc"))
    dialog.reload()
    assert dialog.table.rowCount() == 0 or all(
        dialog.table.item(r, 2).text() == "drc" for r in range(dialog.table.rowCount())
    )


def test_the_window_checks_the_trail_when_it_opens_and_says_when_it_is_broken(
    qtbot: Any, window: Any, controller: Any, paper_ids: dict[str, str]
) -> None:
    import sqlite3

    security = Security(window, controller)
    task = security.check_audit_later()
    task.wait()
    task.drain()
    assert not security.audit_banner.isVisibleTo(window)
    conn = sqlite3.connect(controller.db_path, isolation_level=None)
    conn.execute("DROP TRIGGER audit_assessments_update")
    conn.execute("UPDATE assessments SET marrow_blasts_percent = 4 WHERE marrow_blasts_percent = 55")
    conn.close()
    security.check_audit()
    assert security.audit_banner.isVisibleTo(window)
    assert "The audit trail is BROKEN at entry" in security.audit_banner.text()


def test_an_administrator_adds_an_account_resets_a_password_and_sets_the_idle_lock(
    qtbot: Any, store: Store, drive: Callable[..., list[Any]]
) -> None:
    from aml_desktop.gui.security import AccountsDialog, PasswordDialog

    _clinic(store)
    store.login("admin", PASSWORD)
    dialog = AccountsDialog(store)
    qtbot.addWidget(dialog)

    def fill(d: NewAccountDialog) -> None:
        _type(d.name_edit, "vic")
        _type(d.full_name_edit, "Victor Viewer")
        d.role_combo.setCurrentIndex(d.role_combo.findData("viewer"))
        _type(d.password_edit, PASSWORD)
        _type(d.again_edit, PASSWORD)
        d.attempt()

    drive(NewAccountDialog, fill)
    dialog.add()
    assert dialog.table.rowCount() == 4 and store.find_account("vic").role == "viewer"
    dialog.table.setCurrentCell(2, 0)  # nina
    drive(PasswordDialog, lambda d: (_type(d.first, "nina new pass"), _type(d.again, "nina new pass"), d.attempt()))
    dialog.reset()
    assert "New password set for nina" in dialog.message.text()
    dialog.idle_spin.setValue(3)
    dialog.save_idle()
    assert store.idle_lock_minutes() == 3
    store.logout()
    assert store.login("nina", "nina new pass").role == "nurse"


def test_a_form_open_at_the_lock_keeps_what_was_typed_under_its_own_cover(
    qtbot: Any, window: Any, controller: Any
) -> None:
    store = controller.store
    _clinic(store)
    store.login("nina", PASSWORD)
    security = Security(window, controller)
    form = QDialog(window)
    field = QLineEdit(form)
    form.show()
    QTest.keyClicks(field, "blasts 12")
    security.lock()
    (cover,) = security.covers
    assert cover.isVisible() and cover.geometry() == form.rect()  # the form's content is covered
    QTest.keyClicks(cover.password_edit, PASSWORD)
    QTest.keyClick(cover.password_edit, Qt.Key.Key_Return)  # unlocked from the form's own cover
    assert not security.lock_screen.isVisible() and form.isVisible() and field.text() == "blasts 12"
    assert security.covers == []
    security.lock()
    security.covers[0]._store_of().login("drc", PASSWORD)  # someone else logs in instead
    security.covers[0].unlocked.emit()
    assert not form.isVisible()  # what nina typed is not drc's to save
    form.deleteLater()


def test_a_viewer_saving_from_the_window_is_refused_by_the_store_and_told_why(
    window: Any, controller: Any, paper_ids: dict[str, str]
) -> None:
    import dataclasses

    store = controller.store
    _clinic(store)
    store.login("admin", PASSWORD)
    store.add_account("vic", "Victor Viewer", "viewer", PASSWORD)
    store.logout()
    store.login("vic", PASSWORD)
    patient = paper_ids["patient1-early-relapse"]
    window.show_patient(patient)
    case = store.get_case(patient)
    window._save(dataclasses.replace(case, courses=case.courses[:1]))
    assert "Not saved: the account vic has the role viewer, which may not change a patient's record" in (
        window.ui.message_label.text()
    )
    assert len(store.get_case(patient).courses) == len(case.courses)


def test_what_a_role_may_not_do_is_greyed_with_the_reason(
    window: Any, controller: Any, paper_ids: dict[str, str]
) -> None:
    store = controller.store
    _clinic(store)
    store.login("nina", PASSWORD)
    Security(window, controller)
    window.show_patient(paper_ids["patient1-early-relapse"])
    ui = window.ui
    assert ui.add_course_action.isEnabled() and ui.edit_patient_action.isEnabled()
    assert not ui.decision_action.isEnabled()
    assert ui.decision_action.toolTip() == "A nurse may not record, void or change a treatment decision."
    assert not ui.delete_patient_action.isEnabled() and not ui.restore_action.isEnabled()


def test_a_login_after_the_first_save_is_the_one_that_saves_next(
    window: Any, controller: Any, paper_ids: dict[str, str]
) -> None:
    """The window saves on a writer thread opened at its first save: a login made later (the first
    administrator, another clinician at the lock screen) must be the account that signs what follows."""
    import dataclasses

    store = controller.store
    patient = paper_ids["patient1-early-relapse"]
    window.show_patient(patient)
    window._save(store.get_case(patient))  # no accounts yet: the writer thread opens
    _clinic(store)
    store.login("drc", PASSWORD)
    window.show_patient(patient)
    case = store.get_case(patient)
    window._save(dataclasses.replace(case, courses=case.courses[:1]))
    assert "Not saved" not in window.ui.message_label.text()
    assert store.audit_entries(limit=1)[0].user == "drc"
    store.login("nina", PASSWORD)
    window.show_patient(patient)
    window._save(store.get_case(patient))
    assert store.audit_entries(limit=1)[0].user == "nina"
