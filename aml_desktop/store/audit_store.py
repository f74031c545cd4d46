"""The store's accounts, logins, recorded events (views, prints, exports, locks...) and its audit trail.

A mixin of :class:`~aml_desktop.store.repository.Store`, kept apart so the clinical repository stays
about patients. Every method here goes through the same audited, role-checked write transaction.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import accounts, audit_chain, driver
from .accounts import Account, LoginRefused, NotAllowed
from .dbapi import Connection
from .errors import StoreError
from .models import AuditEntry

# The account logged in on each database file in this process: a worker thread's own Store on the
# same file acts for the same person. Cleared by logout and lock.
_SESSIONS: dict[Path, Account] = {}


def session_for(path: Path) -> Account | None:
    return _SESSIONS.get(Path(path).resolve())


def forget_session(path: Path) -> None:
    """Nobody is logged in on this file in this process any more."""
    _SESSIONS.pop(Path(path).resolve(), None)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _account(row: Mapping[str, Any]) -> Account:
    return Account(
        id=int(row["id"]),
        name=str(row["name"]),
        full_name=str(row["full_name"]),
        role=str(row["role"]),
        active=bool(row["active"]),
        created_at=str(row["created_at"]),
        failed_logins=int(row["failed_logins"]),
    )


class AuditMixin:
    """Accounts, events and the trail; needs the Store's connection, path and audited ``_write``."""

    path: Path
    account: Account | None
    _conn: Connection
    # The clock logins and the wrong-password delay read (tests set a fixed one; nothing sleeps).
    clock: Callable[[], datetime] = staticmethod(_utc_now)

    def _write(self, user: str, permission: str = "record") -> AbstractContextManager[Connection]:
        raise NotImplementedError

    def _rows(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        raise NotImplementedError

    # --- accounts ----------------------------------------------------------------------------------------

    def has_accounts(self) -> bool:
        """True once the clinic has any account: from then on every write needs a logged-in account."""
        try:
            return self._conn.execute("SELECT 1 FROM users LIMIT 1").fetchone() is not None
        except driver.OperationalError:  # a read-only file from before accounts existed
            return False

    def has_administrator(self) -> bool:
        row = self._conn.execute("SELECT 1 FROM users WHERE role = 'administrator' AND active = 1 LIMIT 1")
        return row.fetchone() is not None

    def list_accounts(self) -> list[Account]:
        return [_account(r) for r in self._rows("SELECT * FROM users ORDER BY name COLLATE NOCASE")]

    def find_account(self, name: str) -> Account | None:
        rows = self._rows("SELECT * FROM users WHERE name = ?", [name.strip()])
        return _account(rows[0]) if rows else None

    def add_account(self, name: str, full_name: str, role: str, password: str) -> Account:
        """Add an account. The first one must be an administrator (and needs nobody logged in); after
        that only a logged-in administrator adds accounts."""
        name = accounts.check_name(name)
        accounts.check_role(role)
        if not full_name.strip():
            raise StoreError("full name: required (it signs the account's decisions and entries)")
        accounts.check_password(password)
        first = not self.has_accounts()
        if first and role != "administrator":
            raise StoreError("the clinic's first account must be an administrator (who then adds the others)")
        if self.find_account(name) is not None:
            raise StoreError(f"account name: {name!r} is already taken (accounts are never deleted)")
        hashed = accounts.hash_password(password)
        with self._write(f"setup:{name}" if first else "accounts", "event" if first else "accounts") as conn:
            cursor = conn.execute(
                "INSERT INTO users (name, full_name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?) "
                "RETURNING id",
                [name, full_name.strip(), role, hashed, _iso(self.clock())],
            )
            self._account_entry("account_add", int(cursor.fetchone()[0]), {"name": name, "role": role})
        added = self.find_account(name)
        assert added is not None
        return added

    def _account_entry(self, operation: str, user_id: int, detail: Mapping[str, Any], who: str | None = None) -> None:
        self._conn.execute(
            "INSERT INTO audit_log (at, user, operation, table_name, row_id, detail) "
            "VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(?, aml_user()), ?, 'users', ?, ?)",
            [who, operation, str(user_id), json.dumps(dict(detail), ensure_ascii=False, sort_keys=True)],
        )

    def reset_password(self, name: str, password: str) -> None:
        """An administrator sets a new password (and clears the wrong-password delay)."""
        accounts.check_password(password)
        target = self._existing(name)
        hashed = accounts.hash_password(password)
        with self._write("accounts", "accounts") as conn:
            conn.execute(
                "UPDATE users SET password_hash = ?, failed_logins = 0, last_failed_at = NULL WHERE id = ?",
                [hashed, target.id],
            )
            self._account_entry("password_reset", target.id, {"name": target.name})

    def set_account_active(self, name: str, active: bool) -> None:
        """Disable (or enable again) an account. Accounts are never deleted: the record keeps its authors."""
        target = self._existing(name)
        if not active and target.role == "administrator" and self._active_administrators() <= 1:
            raise StoreError("the last active administrator cannot be disabled")
        with self._write("accounts", "accounts") as conn:
            conn.execute("UPDATE users SET active = ? WHERE id = ?", [int(active), target.id])
            self._account_entry("account_change", target.id, {"name": target.name, "active": active})

    def set_account_role(self, name: str, role: str) -> None:
        target = self._existing(name)
        accounts.check_role(role)
        if target.role == "administrator" and role != "administrator" and self._active_administrators() <= 1:
            raise StoreError("the last active administrator must stay an administrator")
        with self._write("accounts", "accounts") as conn:
            conn.execute("UPDATE users SET role = ? WHERE id = ?", [role, target.id])
            self._account_entry("account_change", target.id, {"name": target.name, "role": role})

    def _active_administrators(self) -> int:
        row = self._conn.execute("SELECT count(*) FROM users WHERE role = 'administrator' AND active = 1").fetchone()
        return int(row[0])

    def _existing(self, name: str) -> Account:
        found = self.find_account(name)
        if found is None:
            raise StoreError(f"there is no account named {name!r}")
        return found

    # --- logging in and out --------------------------------------------------------------------------------

    def login(self, name: str, password: str) -> Account:
        """Check the password and make the account this store's (and this file's, in this process).

        Wrong passwords are recorded; after five in a row each attempt must wait a growing delay
        (refused at once, without checking, while it runs). Raises :class:`LoginRefused`."""
        now = self.clock()
        rows = self._rows("SELECT * FROM users WHERE name = ?", [name.strip()])
        if not rows:
            self._failed(None, name, "no such account")
            raise LoginRefused(f"wrong account name or password for {name!r}")
        row = rows[0]
        left = accounts.wait_left(int(row["failed_logins"]), row["last_failed_at"], now)
        if left.total_seconds() > 0:
            raise LoginRefused(
                f"too many wrong passwords for {row['name']}: try again in {math.ceil(left.total_seconds())} seconds "
                "(or ask an administrator to reset the password)"
            )
        if not accounts.password_matches(str(row["password_hash"]), password):
            self._failed(int(row["id"]), str(row["name"]), "wrong password", now)
            raise LoginRefused(f"wrong account name or password for {name!r}")
        if not row["active"]:
            self._failed(int(row["id"]), str(row["name"]), "account disabled", now)
            raise LoginRefused(f"the account {row['name']} is disabled; an administrator can enable it again")
        account = _account({**row, "failed_logins": 0})
        self.account = account
        _SESSIONS[Path(self.path).resolve()] = account
        if getattr(self, "read_only_reason", None) is not None:
            return account  # read-only media: nothing can be recorded, reading is all that is possible
        with self._write(account.name, "event") as conn:
            conn.execute("UPDATE users SET failed_logins = 0, last_failed_at = NULL WHERE id = ?", [account.id])
            self._account_entry("login", account.id, {"name": account.name})
        return account

    def _failed(self, user_id: int | None, name: str, why: str, now: datetime | None = None) -> None:
        if getattr(self, "read_only_reason", None) is not None:
            return
        who = f"login attempt: {name.strip()[:64]}"
        with self._write(who, "system") as conn:
            if user_id is not None:
                conn.execute(
                    "UPDATE users SET failed_logins = failed_logins + 1, last_failed_at = ? WHERE id = ?",
                    [_iso(now or self.clock()), user_id],
                )
            self._account_entry("login_failed", user_id or 0, {"name": name.strip()[:64], "why": why}, who)

    def logout(self, operation: str = "logout") -> None:
        """End the session ("lock" keeps the window open behind the lock screen)."""
        if self.account is not None:
            self.record_event(operation)
        self.account = None
        forget_session(self.path)

    def check_allowed(self, permission: str) -> None:
        """Raise :class:`NotAllowed` unless the logged-in account may do this (always allowed without accounts)."""
        if self.has_accounts():
            accounts.require(self.account, permission)

    # --- events --------------------------------------------------------------------------------------------

    def record_event(
        self,
        operation: str,
        *,
        patient_id: str | None = None,
        detail: Mapping[str, Any] | None = None,
        user: str = "",
        permission: str = "event",
    ) -> None:
        """Record a view, export, print, summary, backup, restore, lock or unlock in the trail.

        ``permission`` is what the logged-in account must be allowed ("backup" for a backup); the
        restore of a file whose accounts are not the current clinic's passes "system"."""
        if getattr(self, "read_only_reason", None) is not None:
            return  # a read-only file cannot hold the entry; nothing else is written either
        who = user or (self.account.name if self.account is not None else "unknown")
        with self._write(who, permission) as conn:
            conn.execute(
                "INSERT INTO audit_log (at, user, operation, table_name, row_id, patient_id, detail) "
                "VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), aml_user(), ?, ?, ?, ?, ?)",
                [
                    operation,
                    "patients" if patient_id else "clinic",
                    patient_id or "",
                    patient_id,
                    json.dumps(dict(detail), ensure_ascii=False, sort_keys=True) if detail else None,
                ],
            )

    # --- the trail -----------------------------------------------------------------------------------------

    def audit_entries(
        self,
        patient_id: str | None = None,
        *,
        user: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 200,
    ) -> list[AuditEntry]:
        """Recorded entries, newest first: all, or one patient's, one account's, between two dates."""
        clauses, params = [], []
        for clause, value in (
            ("patient_id = ?", patient_id),
            ("user = ?", user),
            ("at >= ?", since),
            ("at < ?", until),
        ):
            if value is not None:
                clauses.append(clause)
                params.append(value)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._rows(f"SELECT * FROM audit_log {where} ORDER BY id DESC LIMIT ?", [*params, int(limit)])
        return [_entry(r) for r in rows]

    def verify_audit(self) -> audit_chain.Verdict:
        """Check the trail's hash chain and the rows against their last audited state."""
        return audit_chain.verify(self._conn, Path(self.path))

    # --- idle lock -----------------------------------------------------------------------------------------

    def idle_lock_minutes(self) -> int:
        row = self._conn.execute("SELECT idle_lock_minutes FROM clinic_settings WHERE id = 1").fetchone()
        return int(row[0]) if row is not None else 10

    def set_idle_lock_minutes(self, minutes: int) -> None:
        if not 1 <= minutes <= 240:
            raise StoreError("idle lock: between 1 and 240 minutes")
        with self._write("settings", "settings") as conn:
            conn.execute("UPDATE clinic_settings SET idle_lock_minutes = ? WHERE id = 1", [int(minutes)])


def _entry(r: Mapping[str, Any]) -> AuditEntry:
    return AuditEntry(
        id=r["id"],
        at=r["at"],
        user=r["user"],
        action=r["operation"],
        table=r["table_name"],
        row_id=r["row_id"],
        patient_id=r["patient_id"],
        before=json.loads(r["values_before"]) if r["values_before"] else None,
        after=json.loads(r["values_after"]) if r["values_after"] else None,
        detail=json.loads(r["detail"]) if r.get("detail") else None,
    )


__all__ = ["AuditMixin", "LoginRefused", "NotAllowed", "session_for"]
