"""Accounts in the window: login, the first administrator, the idle lock, accounts and the audit viewer.

The store enforces every role on every write; this module only asks who is at the keyboard, hides
the screen when they walk away, and shows administrators the accounts and the trail. Nothing here
keeps a password after checking it.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aml_desktop.present.sentences import message_words

NO_ACCOUNTS_TEXT = str(
    QT_TRANSLATE_NOOP("Security", "No accounts: anyone at this computer can read and change records")
)
# The store's role and permission codes in the window's words (the store words its own refusals).
ROLE_NAMES = {
    "administrator": str(QT_TRANSLATE_NOOP("Security", "administrator")),
    "clinician": str(QT_TRANSLATE_NOOP("Security", "clinician")),
    "nurse": str(QT_TRANSLATE_NOOP("Security", "nurse")),
    "viewer": str(QT_TRANSLATE_NOOP("Security", "viewer")),
}
ROLE_CHOICES = {
    "administrator": str(QT_TRANSLATE_NOOP("Security", "Administrator (accounts, settings, formulary, restore)")),
    "clinician": str(QT_TRANSLATE_NOOP("Security", "Clinician (everything clinical, records decisions)")),
    "nurse": str(
        QT_TRANSLATE_NOOP(
            "Security", "Nurse or data clerk (enters courses and results; cannot record or void a decision)"
        )
    ),
    "viewer": str(QT_TRANSLATE_NOOP("Security", "Viewer (reads and prints)")),
}
ACTION_WORDS = {
    "record": str(QT_TRANSLATE_NOOP("Security", "change a patient's record")),
    "decision": str(QT_TRANSLATE_NOOP("Security", "record, void or change a treatment decision")),
    "delete": str(QT_TRANSLATE_NOOP("Security", "delete a patient")),
    "settings": str(QT_TRANSLATE_NOOP("Security", "change the clinic's settings or formulary")),
    "accounts": str(QT_TRANSLATE_NOOP("Security", "add, reset or disable accounts")),
    "restore": str(QT_TRANSLATE_NOOP("Security", "restore the database from a backup")),
    "backup": str(QT_TRANSLATE_NOOP("Security", "take a backup")),
    "event": str(QT_TRANSLATE_NOOP("Security", "use the clinic")),
}


def role_name(role: str) -> str:
    """An account's role in the window's language (an unknown code as it is)."""
    return QCoreApplication.translate("Security", ROLE_NAMES[role]) if role in ROLE_NAMES else role


_RED = "background: #fde7e9; border: 1px solid #c50f1f; padding: 6px; color: #7a0010;"
_ERROR_STYLE = "color: #b00020;"
LOCK_COLOUR = "#1f2a36"
# Input that counts as someone being at the computer (resets the idle lock).
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class LoginDialog(QDialog):
    """Account name and password; refused attempts say why (and the store records them)."""

    def __init__(self, store: Any, *, name: str = "", title: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(f"AML Desktop — {title or self.tr('Log in')}")
        self.name_edit = QLineEdit(name)
        self.name_edit.setObjectName("login_name")
        self.password_edit = _password_field()
        self.password_edit.setObjectName("login_password")
        self.error_label = QLabel()
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Account"), self.name_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        buttons = QDialogButtonBox()
        self.login_button = buttons.addButton(self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.attempt)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        own = self.tr("Log in with your own account: every entry is signed with it.")
        # A server clinic is named by its URL (password hidden); a file by its name.
        where = store.location if getattr(store, "is_server", False) else store.path.name
        heading = QLabel(f"<b>{html.escape(str(where))}</b><br>{html.escape(own)}")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        # Wide enough for the heading's sentence on two lines, whatever the language's word lengths.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        (self.password_edit if name else self.name_edit).setFocus()
        self.account: Any = None

    def attempt(self) -> None:
        from aml_desktop.store import StoreError

        if not self.name_edit.text().strip():  # nothing to check: not a failed login for the trail
            self.error_label.setText(self.tr("Type your account name."))
            self.name_edit.setFocus()
            return
        try:
            self.account = self.store.login(self.name_edit.text(), self.password_edit.text())
        except StoreError as error:
            self.password_edit.clear()
            self.error_label.setText(message_words(error))
            return
        finally:
            self.password_edit.clear()
        self.accept()


class NewAccountDialog(QDialog):
    """A new account: login name, full name (it signs decisions), role, password twice."""

    def __init__(self, store: Any, *, first: bool = False, parent: QWidget | None = None) -> None:
        from aml_desktop.store.accounts import MIN_PASSWORD_LENGTH, ROLE_WORDS, ROLES

        super().__init__(parent)
        self.store = store
        self.first = first
        self.setWindowTitle(
            "AML Desktop — " + (self.tr("Create the administrator") if first else self.tr("Add an account"))
        )
        self.name_edit = QLineEdit()
        self.full_name_edit = QLineEdit()
        self.role_combo = QComboBox()
        for role in ("administrator",) if first else ROLES:
            words = (
                QCoreApplication.translate("Security", ROLE_CHOICES[role]) if role in ROLE_CHOICES else ROLE_WORDS[role]
            )
            self.role_combo.addItem(words, role)
        self.password_edit = _password_field()
        self.again_edit = _password_field()
        self.error_label = QLabel()
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Login name"), self.name_edit)
        form.addRow(self.tr("Full name (signs decisions)"), self.full_name_edit)
        form.addRow(self.tr("Role"), self.role_combo)
        form.addRow(
            self.tr("Password (at least {count} characters)").format(count=MIN_PASSWORD_LENGTH), self.password_edit
        )
        form.addRow(self.tr("Password again"), self.again_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.attempt)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if first:
            intro = QLabel(
                self.tr(
                    "Create the clinic's administrator. From then on everyone logs in with their own account, every "
                    "entry in the record names its author, and only an administrator adds accounts."
                )
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.account: Any = None

    def attempt(self) -> None:
        from aml_desktop.store import StoreError

        if self.password_edit.text() != self.again_edit.text():
            self.error_label.setText(self.tr("The two passwords differ."))
            self.again_edit.clear()
            return
        try:
            self.account = self.store.add_account(
                self.name_edit.text(),
                self.full_name_edit.text(),
                str(self.role_combo.currentData()),
                self.password_edit.text(),
            )
            if self.first:
                self.store.login(self.name_edit.text(), self.password_edit.text())
        except StoreError as error:
            self.error_label.setText(message_words(error))
            return
        finally:
            self.password_edit.clear()
            self.again_edit.clear()
        self.accept()


def ask_passphrase(path: Any, parent: QWidget | None = None) -> bool:
    """An encrypted clinic: ask its passphrase until it opens the file (False: the user cancelled)."""
    from aml_desktop.store import StoreError, driver

    problem = ""
    while driver.needs_passphrase(path):
        text, ok = QInputDialog.getText(
            parent,
            "AML Desktop — " + QCoreApplication.translate("Security", "Clinic passphrase"),
            problem
            + QCoreApplication.translate(
                "Security", "The clinic database {file} is encrypted.\nClinic passphrase:"
            ).format(file=path.name),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return False
        driver.set_passphrase(path, text)
        try:
            driver.connect(path).close()
        except StoreError:
            driver.set_passphrase(path, None)
            problem = QCoreApplication.translate("Security", "Wrong passphrase.") + " "
    return True


def sign_in(store: Any, parent: QWidget | None = None) -> bool:
    """Before the window shows patients: log in when the clinic has accounts (False: the user quit).
    A new clinic is offered its administrator once the window shows (``Security.create_administrator``)."""
    if store.has_accounts():
        return LoginDialog(store, parent=parent).exec() == QDialog.DialogCode.Accepted
    return True


class IdleWatcher(QObject):
    """Emits ``idle`` after the clinic's idle time without a key press, click or mouse move in the application."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            try:
                if self.timer.isActive():
                    self.timer.start()
            except RuntimeError:  # the window closing: its timer is already gone
                pass
        return False


class LockScreen(QWidget):
    """Covers the whole window (the records behind it are hidden) until the password is given again."""

    unlocked = Signal()

    def __init__(self, window: QWidget, store_of: Callable[[], Any]) -> None:
        super().__init__(window)
        self.setObjectName("lock_screen")
        # An opaque cover: the style sheet's background is painted only with WA_StyledBackground.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        self.setStyleSheet(f"QWidget#lock_screen {{ background: {LOCK_COLOUR}; }} QLabel {{ color: white; }}")
        self._store_of = store_of
        self.name = ""
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password_edit = _password_field()
        self.password_edit.setObjectName("unlock_password")
        self.password_edit.setMaximumWidth(320)
        self.password_edit.returnPressed.connect(self.attempt)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #ffb4b4;")
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error_label.setWordWrap(True)
        unlock = QPushButton(self.tr("Unlock"))
        unlock.clicked.connect(self.attempt)
        switch = QPushButton(self.tr("Log in as someone else…"))
        switch.clicked.connect(self.switch_user)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.password_edit)
        row.addWidget(unlock)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        other = QHBoxLayout()
        other.addStretch()
        other.addWidget(switch)
        other.addStretch()
        layout.addLayout(other)
        layout.addStretch()
        self.hide()

    def lock(self, name: str) -> None:
        self.name = name
        locked = self.tr("AML Desktop is locked")
        hidden = self.tr("The records are hidden. {name}, enter your password to go on.").format(name=name)
        self.title.setText(f"<h2>{locked}</h2><p>{hidden}</p>")
        self.error_label.clear()
        self.password_edit.clear()
        parent = self.parentWidget()
        central = parent.centralWidget() if isinstance(parent, QMainWindow) else None
        if central is not None:
            central.hide()  # the records are not merely covered: they are not drawn at all
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.password_edit.setFocus()

    def attempt(self) -> None:
        self._log_in(self.name, self.password_edit.text())

    def _log_in(self, name: str, password: str) -> None:
        from aml_desktop.store import StoreError

        self.password_edit.clear()
        try:
            self._store_of().login(name, password)
        except StoreError as error:
            self.error_label.setText(message_words(error))
            return
        self.unlocked.emit()

    def switch_user(self) -> None:
        dialog = LoginDialog(self._store_of(), title=self.tr("Log in as someone else"), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.unlocked.emit()

    def release(self) -> None:
        """Uncover (the records are drawn again)."""
        parent = self.parentWidget()
        central = parent.centralWidget() if isinstance(parent, QMainWindow) else None
        if central is not None:
            central.show()
        self.hide()

    def resize_to_window(self) -> None:
        parent = self.parentWidget()
        if parent is not None and self.isVisible():
            self.setGeometry(parent.rect())


class Security(QObject):
    """The window's account features: banner, menu, title, idle lock, audit check on opening."""

    def __init__(self, window: Any, controller: Any) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        window.security = self  # the window asks it what to grey after each selection
        self.banner = QWidget(window)
        self.banner.setObjectName("no_accounts_banner")
        self.banner.setStyleSheet(f"QWidget#no_accounts_banner {{ {_RED} }}")
        row = QHBoxLayout(self.banner)
        self.banner_label = QLabel(self.tr(NO_ACCOUNTS_TEXT))
        self.banner_label.setStyleSheet("color: #7a0010; font-weight: bold; border: none;")
        self.create_button = QPushButton(self.tr("Create the administrator…"))
        self.create_button.clicked.connect(self.create_administrator)
        row.addWidget(self.banner_label, 1)
        row.addWidget(self.create_button)
        self.audit_banner = QLabel(window)
        self.audit_banner.setObjectName("audit_banner")
        self.audit_banner.setWordWrap(True)
        self.audit_banner.setStyleSheet(f"QLabel#audit_banner {{ {_RED} }}")
        self.audit_banner.hide()
        window.ui.central_layout.insertWidget(0, self.banner)
        window.ui.central_layout.insertWidget(0, self.audit_banner)
        self.lock_screen = LockScreen(window, lambda: controller.store)
        self.covers: list[LockScreen] = []
        self.lock_screen.unlocked.connect(self._unlocked)
        menu = window.menuBar().addMenu(self.tr("&Accounts"))
        self.lock_action = menu.addAction(self.tr("Lock now"))
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.accounts_action = menu.addAction(self.tr("Accounts…"))
        self.accounts_action.triggered.connect(self.open_accounts)
        self.audit_action = menu.addAction(self.tr("Audit trail…"))
        self.audit_action.triggered.connect(self.open_audit)
        window.addAction(self.lock_action)
        self.idle = IdleWatcher(self._idle_minutes(), self)
        self.idle.idle.connect(self.lock)
        window.installEventFilter(self)
        controller.store_reopened.connect(self.refresh)
        self.base_title = window.windowTitle()
        self.refresh()

    def _idle_minutes(self) -> int:
        try:
            return int(self.controller.store.idle_lock_minutes())
        except Exception:
            return 10

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self.lock_screen.resize_to_window()
        return False

    def refresh(self) -> None:
        """Banner, title and menu for who is logged in (after a login, a restore, an account change)."""
        if not self.controller.available:
            return
        store = self.controller.store
        has_accounts = store.has_accounts()
        account = store.account
        self.banner.setVisible(not has_accounts and store.read_only_reason is None)
        admin = account is not None and account.role == "administrator"
        self.accounts_action.setEnabled(admin)
        self.audit_action.setEnabled(admin or not has_accounts)
        self.lock_action.setEnabled(account is not None)
        who = f" — {account.full_name} ({role_name(account.role)})" if account is not None else ""
        self.window.setWindowTitle(self.base_title + who)
        self.grey_for_role()
        if account is not None:
            self.controller.user = account.name

    # The window's actions and the kind of write each one needs.
    _ACTION_NEEDS = (
        ("new_patient_action", "record"),
        ("new_patient_button", "record"),
        ("import_action", "record"),
        ("edit_patient_action", "record"),
        ("edit_patient_button", "record"),
        ("add_course_action", "record"),
        ("add_assessment_action", "record"),
        ("fitness_action", "record"),
        ("fitness_button", "record"),
        ("decision_action", "decision"),
        ("delete_patient_action", "delete"),
        ("restore_action", "restore"),
        ("backup_now_action", "backup"),
    )

    def grey_for_role(self) -> None:
        """Grey what the logged-in account's role may not do, saying why; the store refuses it regardless."""
        from aml_desktop.store.accounts import PERMISSION_WORDS, allowed

        nobody = self.tr("nobody logged in")

        if not self.controller.available or not self.controller.store.has_accounts():
            return
        account = self.controller.store.account
        for name, permission in self._ACTION_NEEDS:
            widget = getattr(self.window.ui, name, None)
            if widget is None or allowed(account, permission):
                continue
            widget.setEnabled(False)
            role = role_name(account.role) if account is not None else nobody
            action = self.tr(ACTION_WORDS[permission]) if permission in ACTION_WORDS else PERMISSION_WORDS[permission]
            widget.setToolTip(self.tr("A {role} may not {action}.").format(role=role, action=action))

    def check_audit_later(self) -> Any:
        """Verify the trail on a worker when the window opens (about 2 s for 10,000 patients)."""
        return self.controller.start_task(
            self.tr("Checking the audit trail"),
            lambda store, _progress: store.verify_audit(),
            on_success=self.show_verdict,
            background=True,
        )

    def check_audit(self) -> Any:
        """Verify the trail now; a red banner names the first broken entry."""
        return self.show_verdict(self.controller.store.verify_audit())

    def show_verdict(self, verdict: Any) -> Any:
        if verdict.whole:
            self.audit_banner.hide()
            self.window.show_message(
                self.tr("Audit trail checked: whole ({count} entries).").format(count=verdict.entries)
            )
        else:
            self.audit_banner.setText(
                self.tr(
                    "The audit trail is BROKEN at entry {entry}: {problem}. The record may "
                    "have been changed outside AML Desktop. Tell the clinic's administrator; do not rely on the "
                    "entries after it until it is explained."
                ).format(entry=verdict.first_broken, problem=message_words(verdict.problems[0]))
            )
            self.audit_banner.show()
        return verdict

    def lock(self) -> None:
        """Hide the records and end the session until the password is given again (recorded)."""
        store = self.controller.store if self.controller.available else None
        if store is None or store.account is None or self.lock_screen.isVisible():
            return
        name = store.account.name
        store.logout("lock")
        self.window.menuBar().setEnabled(False)
        self.lock_screen.lock(name)
        # An open form keeps what was typed, under its own cover (a modal form blocks the window behind it,
        # so its cover also takes the password).
        self.covers = []
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, QDialog) and dialog.isVisible() and not isinstance(dialog, LoginDialog):
                cover = LockScreen(dialog, lambda: self.controller.store)
                cover.unlocked.connect(self._unlocked)
                cover.lock(name)
                self.covers.append(cover)

    def _unlocked(self) -> None:
        store = self.controller.store
        self.lock_screen.release()
        for cover in self.covers:
            dialog = cover.parentWidget()
            cover.release()
            cover.deleteLater()
            if (
                isinstance(dialog, QDialog)
                and store.account is not None
                and store.account.name != self.lock_screen.name
                and dialog.isVisible()
            ):
                # Someone else logged in: what the previous person typed is not theirs to save.
                dialog.reject()
        self.covers = []
        self.window.menuBar().setEnabled(True)
        self.idle.set_minutes(self._idle_minutes())
        self.refresh()
        patient = getattr(self.window, "patient_id", None)
        if patient is not None:
            self.window.show_patient(patient)

    def create_administrator(self) -> None:
        dialog = NewAccountDialog(self.controller.store, first=True, parent=self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.window.show_message(
                self.tr("Administrator created and logged in. Add the other accounts under Accounts.")
            )

    def open_accounts(self) -> None:
        AccountsDialog(self.controller.store, parent=self.window).exec()
        self.idle.set_minutes(self._idle_minutes())
        self.refresh()

    def open_audit(self) -> None:
        AuditDialog(self.controller.store, parent=self.window).exec()


class AccountsDialog(QDialog):
    """The administrator's list of accounts: add, reset a password, disable or enable (never delete)."""

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle("AML Desktop — " + self.tr("Accounts"))
        self.resize(720, 360)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Login"), self.tr("Full name"), self.tr("Role"), self.tr("State")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.message = QLabel()
        self.message.setWordWrap(True)
        add = QPushButton(self.tr("Add…"))
        add.clicked.connect(self.add)
        reset = QPushButton(self.tr("Reset password…"))
        reset.clicked.connect(self.reset)
        toggle = QPushButton(self.tr("Disable / enable"))
        toggle.clicked.connect(self.toggle)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (add, reset, toggle):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(close)
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(1, 240)
        self.idle_spin.setSuffix(self.tr(" minutes"))
        self.idle_spin.setValue(store.idle_lock_minutes())
        save_idle = QPushButton(self.tr("Save"))
        save_idle.clicked.connect(self.save_idle)
        idle = QHBoxLayout()
        idle.addWidget(QLabel(self.tr("Lock the window after")))
        idle.addWidget(self.idle_spin)
        idle.addWidget(QLabel(self.tr("without a key press or a click")))
        idle.addWidget(save_idle)
        idle.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(idle)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.reload()

    def save_idle(self) -> None:
        from aml_desktop.store import StoreError

        try:
            self.store.set_idle_lock_minutes(self.idle_spin.value())
            self.message.setText(
                self.tr("The window now locks after {count} idle minutes.").format(count=self.idle_spin.value())
            )
        except StoreError as error:
            self.message.setText(message_words(error))

    def reload(self) -> None:
        accounts = self.store.list_accounts()
        self.table.setRowCount(len(accounts))
        for row, a in enumerate(accounts):
            state = self.tr("active") if a.active else self.tr("disabled")
            for column, text in enumerate((a.name, a.full_name, role_name(a.role), state)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def selected(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.text() if item is not None else None

    def add(self) -> None:
        if NewAccountDialog(self.store, parent=self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def reset(self) -> None:
        from aml_desktop.store import StoreError

        name = self.selected()
        if name is None:
            return
        dialog = PasswordDialog(name, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.store.reset_password(name, dialog.password)
            self.message.setText(self.tr("New password set for {name}.").format(name=name))
        except StoreError as error:
            self.message.setText(message_words(error))
        finally:
            dialog.password = ""

    def toggle(self) -> None:
        from aml_desktop.store import StoreError

        name = self.selected()
        account = self.store.find_account(name) if name else None
        if account is None:
            return
        try:
            self.store.set_account_active(account.name, not account.active)
        except StoreError as error:
            self.message.setText(message_words(error))
        self.reload()


class PasswordDialog(QDialog):
    """A new password, typed twice."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New password for {name}").format(name=name))
        self.first = _password_field()
        self.again = _password_field()
        self.error_label = QLabel()
        self.error_label.setStyleSheet(_ERROR_STYLE)
        form = QFormLayout(self)
        form.addRow(self.tr("New password"), self.first)
        form.addRow(self.tr("Again"), self.again)
        form.addRow(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.attempt)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.password = ""

    def attempt(self) -> None:
        if self.first.text() != self.again.text():
            self.error_label.setText(self.tr("The two passwords differ."))
            return
        self.password = self.first.text()
        self.first.clear()
        self.again.clear()
        self.accept()


class AuditDialog(QDialog):
    """The audit trail for administrators: by patient, by account, by date; the chain's check on top."""

    COLUMNS = (
        "#",
        str(QT_TRANSLATE_NOOP("AuditDialog", "When (UTC)")),
        str(QT_TRANSLATE_NOOP("AuditDialog", "Who")),
        str(QT_TRANSLATE_NOOP("AuditDialog", "What")),
        str(QT_TRANSLATE_NOOP("AuditDialog", "Table")),
        str(QT_TRANSLATE_NOOP("AuditDialog", "Patient")),
        str(QT_TRANSLATE_NOOP("AuditDialog", "Details")),
    )

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle("AML Desktop — " + self.tr("Audit trail"))
        self.resize(1000, 560)
        verdict = store.verify_audit()
        self.status = QLabel(
            self.tr("Chain checked: whole, {count} entries; every row is as its last entry left it.").format(
                count=verdict.entries
            )
            if verdict.whole
            else self.tr("BROKEN at entry {entry}: {problem}").format(
                entry=verdict.first_broken, problem=message_words(verdict.problems[0])
            )
        )
        self.status.setWordWrap(True)
        self.status.setStyleSheet("" if verdict.whole else _ERROR_STYLE)
        self.patient_edit = QLineEdit()
        self.patient_edit.setPlaceholderText(self.tr("hospital number or id"))
        self.user_combo = QComboBox()
        self.user_combo.addItem(self.tr("Everyone"), None)
        for account in store.list_accounts():
            self.user_combo.addItem(f"{account.name} ({account.full_name})", account.name)
        self.since_check = QCheckBox(self.tr("From"))
        self.since_edit = QDateEdit(QDate.currentDate().addDays(-30))
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("yyyy-MM-dd")
        self.until_check = QCheckBox(self.tr("To"))
        self.until_edit = QDateEdit(QDate.currentDate())
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat("yyyy-MM-dd")
        show = QPushButton(self.tr("Show"))
        show.clicked.connect(self.reload)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Patient")))
        filters.addWidget(self.patient_edit)
        filters.addWidget(QLabel(self.tr("Account")))
        filters.addWidget(self.user_combo)
        for widget in (self.since_check, self.since_edit, self.until_check, self.until_edit, show):
            filters.addWidget(widget)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) if c != "#" else c for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.count_label = QLabel()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        import json

        text = self.patient_edit.text().strip()
        patient = (self.store.resolve_patient_id(text) or text) if text else None
        since = self.since_edit.date().toString("yyyy-MM-dd") if self.since_check.isChecked() else None
        until = self.until_edit.date().addDays(1).toString("yyyy-MM-dd") if self.until_check.isChecked() else None
        entries = self.store.audit_entries(patient, user=self.user_combo.currentData(), since=since, until=until)
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            details = e.detail or e.after or e.before or {}
            values = (
                str(e.id),
                e.at[:19].replace("T", " "),
                e.user,
                e.action,
                e.table,
                e.patient_id or "",
                json.dumps(details, ensure_ascii=False)[:300],
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.count_label.setText(
            self.tr("{count} entries shown (newest first, at most 200)").format(count=len(entries))
        )
