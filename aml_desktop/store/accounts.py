"""Local accounts: roles, what each role may write, password hashing and the wrong-password delay.

Passwords are hashed with argon2id (``argon2-cffi``); the clear text is never stored, logged or
kept after checking. The store enforces the permissions below on every write, whatever calls it
(window, command line, services), so a greyed-out button is a courtesy, never the only guard.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from aml_desktop.engine.sentences import Listing, say

from .errors import StoreError

ROLES = ("administrator", "clinician", "nurse", "viewer")
ROLE_WORDS = {
    "administrator": "Administrator (accounts, settings, formulary, restore)",
    "clinician": "Clinician (everything clinical, records decisions)",
    "nurse": "Nurse or data clerk (enters courses and results; cannot record or void a decision)",
    "viewer": "Viewer (reads and prints)",
}

# Kinds of write the store checks. "record" covers patients' records (courses, results, details);
# "decision" recording, voiding or changing a treatment decision; "settings" the clinic's settings and
# formulary; "accounts" adding, resetting and disabling accounts; "restore" replacing the database;
# "backup" taking a copy; "event" entries such as a view, a print or a lock, which any account writes.
PERMISSIONS: dict[str, frozenset[str]] = {
    "record": frozenset({"clinician", "nurse"}),
    "decision": frozenset({"clinician"}),
    "delete": frozenset({"clinician"}),
    "settings": frozenset({"administrator"}),
    "accounts": frozenset({"administrator"}),
    "restore": frozenset({"administrator"}),
    "backup": frozenset({"administrator", "clinician", "nurse"}),
    "event": frozenset(ROLES),
}
PERMISSION_WORDS = {
    "record": say("change a patient's record"),
    "decision": say("record, void or change a treatment decision"),
    "delete": say("delete a patient"),
    "settings": say("change the clinic's settings or formulary"),
    "accounts": say("add, reset or disable accounts"),
    "restore": say("restore the database from a backup"),
    "backup": say("take a backup"),
    "event": say("use the clinic"),
}
#: A role named inside a refusal ("the account vic has the role viewer"): the code in English,
#: words in another language.
ROLE_NAMES = {
    "administrator": say("administrator"),
    "clinician": say("clinician"),
    "nurse": say("nurse"),
    "viewer": say("viewer"),
}

# Wrong passwords allowed before the delay starts; the delay doubles with each further one.
FREE_ATTEMPTS = 5
FIRST_DELAY_SECONDS = 30
MAX_DELAY_SECONDS = 3600
MIN_PASSWORD_LENGTH = 8


class NotAllowed(StoreError):
    """The logged-in account's role does not allow this write (or nobody is logged in)."""


class LoginRefused(StoreError):
    """Unknown account, wrong password, disabled account, or still inside the wrong-password delay."""


@dataclass(frozen=True)
class Account:
    """A clinic account as the application sees it (never the password hash)."""

    id: int
    name: str
    full_name: str
    role: str
    active: bool
    created_at: str
    failed_logins: int = 0

    @property
    def label(self) -> str:
        """How the audit trail and the window name the account: "jdoe (Dr Jane Doe, clinician)"."""
        return f"{self.name} ({self.full_name}, {self.role})"


def require(account: Account | None, permission: str) -> None:
    """Raise :class:`NotAllowed` unless ``account`` may perform ``permission``."""
    if account is None:
        raise NotAllowed(
            say("log in first: this clinic has accounts, and nobody is logged in to {words}", words=_words(permission))
        )
    if not account.active:
        raise NotAllowed(say("the account {name} is disabled", name=account.name))
    if account.role not in PERMISSIONS[permission]:
        raise NotAllowed(
            say(
                "the account {name} has the role {role}, which may not {words}; nothing was changed",
                name=account.name,
                role=ROLE_NAMES.get(account.role, account.role),
                words=_words(permission),
            )
        )


def allowed(account: Account | None, permission: str) -> bool:
    return account is not None and account.active and account.role in PERMISSIONS[permission]


def _words(permission: str) -> str:
    return PERMISSION_WORDS.get(permission, permission)


def check_role(role: str) -> str:
    if role not in ROLES:
        raise StoreError(say("role: {role} is not one of {roles}", role=repr(role), roles=Listing(tuple(ROLES), ", ")))
    return role


def check_name(name: str) -> str:
    cleaned = name.strip()
    if not cleaned or len(cleaned) > 64 or any(ch.isspace() for ch in cleaned) or not cleaned.isprintable():
        raise StoreError(say("account name: one word of 1 to 64 letters, digits or signs, without spaces"))
    return cleaned


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise StoreError(say("password: at least {length} characters", length=MIN_PASSWORD_LENGTH))


# argon2id cost for new hashes (empty: argon2-cffi's RFC 9106 "low memory" defaults, 64 MiB, 3 passes).
# The tests lower it; a stored hash carries its own parameters, so verification always uses those.
HASH_COST: dict[str, Any] = {}


def hash_password(password: str) -> str:
    from argon2 import PasswordHasher

    return PasswordHasher(**HASH_COST).hash(password)


def password_matches(stored_hash: str, password: str) -> bool:
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(PasswordHasher(**HASH_COST).verify(stored_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def delay_after(failures: int) -> timedelta:
    """How long to wait after ``failures`` wrong passwords in a row: none for the first five, then
    30 s, 60 s, 120 s ... up to an hour."""
    if failures < FREE_ATTEMPTS:
        return timedelta(0)
    seconds = min(FIRST_DELAY_SECONDS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS)
    return timedelta(seconds=seconds)


def wait_left(failures: int, last_failed_at: str | None, now: datetime) -> timedelta:
    """Time still to wait before another attempt (zero when an attempt may be made now)."""
    if last_failed_at is None:
        return timedelta(0)
    until = datetime.fromisoformat(last_failed_at) + delay_after(failures)
    return max(until - now, timedelta(0))
