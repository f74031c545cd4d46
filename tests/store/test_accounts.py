"""Accounts and roles, enforced by the store itself: each role against each kind of write."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from aml_desktop.engine.case import Decision
from aml_desktop.store import Store, StoreError, backup_database, restore_database
from aml_desktop.store.accounts import LoginRefused, NotAllowed

from .conftest import TODAY, USER, fixture_case
from .engines import all_text

PASSWORD = "correct horse 1"
ROLES = ("administrator", "clinician", "nurse", "viewer")


def clinic(store: Store) -> dict[str, str]:
    """An administrator, then one account of each other role; nobody logged in at the end."""
    store.add_account("admin", "Ada Admin", "administrator", PASSWORD)
    store.login("admin", PASSWORD)
    store.add_account("clin", "Dr Clara Clinician", "clinician", PASSWORD)
    store.add_account("nurse", "Nina Nurse", "nurse", PASSWORD)
    store.add_account("view", "Victor Viewer", "viewer", PASSWORD)
    store.logout()
    return {"administrator": "admin", "clinician": "clin", "nurse": "nurse", "viewer": "view"}


def _decision(store: Store, patient_id: str) -> None:
    decision = Decision(
        date=TODAY, recommended="venetoclax_combination", chosen="venetoclax_combination", clinician="typed name"
    )
    store.record_decision(patient_id, decision, user=USER, reason_code=None, ruleset_version="x", snapshot={})


def _settings(store: Store) -> None:
    store.save_clinic_settings(dataclasses.replace(store.clinic_settings(), clinic_name="Ward 7"), user=USER)


def _restore(store: Store, tmp: Path) -> None:
    backup = tmp / "b.sqlite3"
    backup_database(store.path, backup)
    restore_database(store.path, backup, account=store.account)


WRITES: dict[str, tuple[Callable[[Store, str, Path], object], set[str]]] = {
    "add a patient": (
        lambda s, pid, t: s.save_case(fixture_case("patient1-early-relapse"), user=USER),
        {"clinician", "nurse"},
    ),
    "change a record": (
        lambda s, pid, t: s.save_case(dataclasses.replace(s.get_case(pid), courses=()), user=USER),
        {"clinician", "nurse"},
    ),
    "import": (
        lambda s, pid, t: s.import_cases([fixture_case("patient1-early-relapse")], user=USER),
        {"clinician", "nurse"},
    ),
    "record a decision": (lambda s, pid, t: _decision(s, pid), {"clinician"}),
    "delete a patient": (lambda s, pid, t: s.delete_patient(pid, user=USER), {"clinician"}),
    "change settings": (lambda s, pid, t: _settings(s), {"administrator"}),
    "change the idle lock": (lambda s, pid, t: s.set_idle_lock_minutes(5), {"administrator"}),
    "add an account": (lambda s, pid, t: s.add_account("new", "New Person", "viewer", PASSWORD), {"administrator"}),
    "reset a password": (lambda s, pid, t: s.reset_password("view", "another pass 2"), {"administrator"}),
    "disable an account": (lambda s, pid, t: s.set_account_active("nurse", False), {"administrator"}),
    "restore a backup": (lambda s, pid, t: _restore(s, t), {"administrator"}),
    "record a view": (lambda s, pid, t: s.record_event("view", patient_id=pid), set(ROLES)),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("write", sorted(WRITES))
def test_each_role_against_each_kind_of_write(tmp_path: Path, role: str, write: str) -> None:
    with Store.open(tmp_path / "c.sqlite3", today=lambda: TODAY) as store:
        patient_id = store.save_case(fixture_case("patient2-primary-refractory"), user=USER)  # before accounts
        names = clinic(store)
        store.login(names[role], PASSWORD)
        action, allowed = WRITES[write]
        entries = len(store.audit_entries(limit=100_000))
        if role in allowed:
            action(store, patient_id, tmp_path)
            newest = store.audit_entries(limit=1)[0]
            assert newest.user == names[role]  # the entry names the account, not the OS login
        else:
            with pytest.raises(NotAllowed, match=f"has the role {role}"):
                action(store, patient_id, tmp_path)
            assert len(store.audit_entries(limit=100_000)) == entries  # nothing written
        assert store.verify_audit().whole


def test_without_a_login_every_write_is_refused_once_there_are_accounts(store: Store) -> None:
    store.add_account("admin", "Ada Admin", "administrator", PASSWORD)
    assert store.has_accounts() and store.account is None
    with pytest.raises(NotAllowed, match="log in first"):
        store.save_case(fixture_case("patient1-early-relapse"), user="cli:root")
    assert store.count_patients() == 0


def test_a_clinic_without_accounts_works_as_before(store: Store) -> None:
    store.save_case(fixture_case("patient1-early-relapse"), user="cli:someone")
    assert not store.has_accounts()
    assert store.audit_entries(limit=1)[0].user == "cli:someone"


def test_the_first_account_must_be_an_administrator(store: Store) -> None:
    with pytest.raises(StoreError, match="first account must be an administrator"):
        store.add_account("clin", "Dr C", "clinician", PASSWORD)
    store.add_account("admin", "Ada Admin", "administrator", PASSWORD)
    with pytest.raises(NotAllowed):  # the second needs a logged-in administrator
        store.add_account("clin", "Dr C", "clinician", PASSWORD)


def test_a_nurse_cannot_record_or_void_a_decision_even_through_save_case(store: Store) -> None:
    patient_id = store.save_case(fixture_case("patient1-early-relapse"), user=USER)
    clinic(store)
    store.login("clin", PASSWORD)
    _decision(store, patient_id)
    store.logout()
    store.login("nurse", PASSWORD)
    case = store.get_case(patient_id)
    with pytest.raises(NotAllowed, match="decision"):
        store.save_case(dataclasses.replace(case, decisions=()), user=USER)
    # Courses and results are a nurse's to enter.
    store.save_case(dataclasses.replace(case, courses=case.courses[:1]), user=USER)
    assert len(store.get_case(patient_id).decisions) == 1


def test_decisions_are_signed_by_the_logged_in_clinician_not_a_typed_name(store: Store) -> None:
    patient_id = store.save_case(fixture_case("patient1-early-relapse"), user=USER)
    clinic(store)
    store.login("clin", PASSWORD)
    _decision(store, patient_id)
    record = store.decision_records(patient_id)[-1]
    assert record.decision.clinician == "Dr Clara Clinician"
    assert record.recorded_by == "clin"
    case = store.get_case(patient_id)
    added = Decision(
        date=TODAY,
        recommended="venetoclax_combination",
        chosen="clinical_trial",
        override_reason="why",
        clinician="Someone Else",
    )
    store.save_case(dataclasses.replace(case, decisions=(*case.decisions, added)), user=USER)
    assert store.get_case(patient_id).decisions[-1].clinician == "Dr Clara Clinician"


def test_passwords_are_never_stored_in_clear(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.add_account("admin", "Ada Admin", "administrator", "s3cret-Pa55word")
        store.login("admin", "s3cret-Pa55word")
        with pytest.raises(LoginRefused):
            store.login("admin", "wrong-Pa55word-typed")
    data = all_text(db_path)
    assert b"s3cret-Pa55word" not in data and b"wrong-Pa55word" not in data
    with Store.open(db_path) as store:
        stored = store._scalar("SELECT password_hash FROM users")
        assert stored.startswith("$argon2id$")


def test_wrong_passwords_are_recorded_and_after_five_a_growing_delay(store: Store) -> None:
    clinic(store)
    now = [datetime(2026, 11, 30, 9, 0, tzinfo=UTC)]
    store.clock = lambda: now[0]
    for _ in range(5):
        with pytest.raises(LoginRefused, match="wrong account name or password"):
            store.login("clin", "not it at all")
    failed = [e for e in store.audit_entries(limit=50) if e.action == "login_failed"]
    assert len(failed) == 5 and failed[0].detail == {"name": "clin", "why": "wrong password"}
    # The sixth attempt must wait 30 s, even with the right password; nothing sleeps, the clock moves.
    with pytest.raises(LoginRefused, match="try again in 30 seconds"):
        store.login("clin", PASSWORD)
    now[0] += timedelta(seconds=31)
    with pytest.raises(LoginRefused, match="wrong"):
        store.login("clin", "still wrong!")
    with pytest.raises(LoginRefused, match="try again in 60 seconds"):
        store.login("clin", PASSWORD)
    now[0] += timedelta(seconds=61)
    assert store.login("clin", PASSWORD).name == "clin"
    assert store.find_account("clin").failed_logins == 0  # type: ignore[union-attr]


def test_an_administrator_resets_a_password_and_disables_but_never_deletes(store: Store) -> None:
    clinic(store)
    store.login("admin", PASSWORD)
    store.reset_password("nurse", "brand new pass")
    store.set_account_active("view", False)
    with pytest.raises(StoreError, match="last active administrator"):
        store.set_account_active("admin", False)
    store.logout()
    assert store.login("nurse", "brand new pass").role == "nurse"
    store.logout()
    with pytest.raises(LoginRefused, match="disabled"):
        store.login("view", PASSWORD)
    assert [a.name for a in store.list_accounts()] == ["admin", "clin", "nurse", "view"]
    assert not hasattr(store, "delete_account")
    actions = [e.action for e in store.audit_entries(user="admin", limit=50)]
    assert "password_reset" in actions and "account_change" in actions and "login" in actions


def test_a_worker_store_on_the_same_file_acts_for_the_logged_in_account(db_path: Path) -> None:
    with Store.open(db_path) as store:
        clinic(store)
        store.login("clin", PASSWORD)
        with Store.open(db_path, check=False) as worker:
            worker.save_case(fixture_case("patient1-early-relapse"), user="gui:worker")
            assert worker.audit_entries(limit=1)[0].user == "clin"
        store.logout()
        with Store.open(db_path, check=False) as worker, pytest.raises(NotAllowed):
            worker.save_case(fixture_case("patient2-primary-refractory"), user="gui:worker")
