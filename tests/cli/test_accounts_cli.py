"""Accounts at the command line: ``users``, the global ``--user``, ``audit verify`` and ``audit list``."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from aml_desktop.cli.main import main
from aml_desktop.store import Store

CASES = Path(__file__).parent.parent / "fixtures" / "cases"
ADMIN_PW = "admin pass 1"
CLIN_PW = "clinician pass 2"


def run(monkeypatch: pytest.MonkeyPatch, *argv: str | Path, stdin: str = "", password: str | None = None) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))  # not a terminal: one line is the new password
    if password is None:
        monkeypatch.delenv("AML_DESKTOP_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("AML_DESKTOP_PASSWORD", password)
    return main([str(a) for a in argv])


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "clinic.sqlite3"
    assert run(monkeypatch, "--db", path, "import", CASES / "patient1-early-relapse.json") == 0
    return path


def test_a_clinic_without_accounts_works_as_today(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(monkeypatch, "--db", db, "list") == 0
    assert run(monkeypatch, "--db", db, "audit", "verify") == 0


def test_accounts_then_every_command_needs_a_valid_user(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    d = ("--db", db)
    assert run(monkeypatch, *d, "users", "add", "admin", "--role", "administrator", stdin=ADMIN_PW + "\n") == 0
    # Adding the next account needs the administrator.
    assert run(monkeypatch, *d, "users", "add", "drc", "--role", "clinician", stdin=CLIN_PW + "\n") == 2
    assert (
        run(
            monkeypatch,
            *d,
            "--user",
            "admin",
            "users",
            "add",
            "drc",
            "--role",
            "clinician",
            "--full-name",
            "Dr Clara Clinician",
            stdin=CLIN_PW + "\n",
            password=ADMIN_PW,
        )
        == 0
    )
    capsys.readouterr()
    before = _entries(db)
    out = tmp_path / "p.json"
    assert run(monkeypatch, *d, "export", "DT-1", "-o", out) == 2  # no --user
    assert run(monkeypatch, *d, "--user", "drc", "export", "DT-1", "-o", out, password="wrong one") == 2
    assert run(monkeypatch, *d, "--user", "nobody", "list", password=CLIN_PW) == 2
    err = capsys.readouterr().err
    assert "give --user NAME" in err and "wrong account name or password" in err and "nothing was read" in err
    assert not out.exists()
    assert _entries(db)[len(before) :] == ["login_failed", "login_failed"]  # the failures, nothing else
    assert run(monkeypatch, *d, "--user", "drc", "export", "DT-1", "-o", out, password=CLIN_PW) == 0
    assert out.exists()
    assert _entries(db)[-2:] == ["login", "export"]
    assert run(monkeypatch, *d, "--user", "drc", "users", "list", password=CLIN_PW) == 0
    listed = capsys.readouterr().out
    assert "drc\tDr Clara Clinician\tclinician\tactive" in listed and ADMIN_PW not in listed
    # A clinician cannot add accounts; the store refuses whatever calls it.
    assert (
        run(
            monkeypatch,
            *d,
            "--user",
            "drc",
            "users",
            "add",
            "x",
            "--role",
            "viewer",
            stdin="pass word 3\n",
            password=CLIN_PW,
        )
        == 1
    )
    assert "may not add, reset or disable accounts" in capsys.readouterr().err


def test_audit_verify_exits_1_naming_the_first_broken_entry(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(monkeypatch, "--db", db, "audit", "verify") == 0
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("DROP TRIGGER audit_assessments_update")
    conn.execute("UPDATE assessments SET marrow_blasts_percent = 4 WHERE marrow_blasts_percent = 55")
    conn.close()
    capsys.readouterr()
    assert run(monkeypatch, "--db", db, "audit", "verify") == 1
    out = capsys.readouterr().out
    assert "BROKEN at entry" in out and "import of patient" in out


def test_audit_list_by_patient_and_user(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(db) as store:
        (patient,) = store.list_patients()
    capsys.readouterr()
    assert run(monkeypatch, "--db", db, "audit", "list", "--patient", "DT-1") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and "\timport\t" in lines[0] and patient.id in lines[0]
    assert "patient1-early-relapse.json" in lines[0] and "sha256" in lines[0]
    assert run(monkeypatch, "--db", db, "audit", "list", "--user", "nobody") == 0
    assert capsys.readouterr().out == ""


def _entries(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT operation FROM audit_log ORDER BY id")]
    finally:
        conn.close()


def test_encrypt_then_the_passphrase_is_needed(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from aml_desktop.store import driver

    if not driver.available():
        pytest.skip("SQLCipher (sqlcipher3) is not installed")
    d = ("--db", db)
    assert run(monkeypatch, *d, "users", "add", "admin", "--role", "administrator", stdin=ADMIN_PW + "\n") == 0
    assert run(monkeypatch, *d, "--user", "admin", "encrypt", stdin="short\n", password=ADMIN_PW) == 2
    assert not driver.is_encrypted(db)
    passphrase = "the clinic passphrase"
    assert run(monkeypatch, *d, "--user", "admin", "encrypt", stdin=passphrase + "\n", password=ADMIN_PW) == 0
    assert driver.is_encrypted(db) and b"Patient One" not in db.read_bytes()
    driver.set_passphrase(db, None)  # a new process knows nothing
    capsys.readouterr()
    assert run(monkeypatch, *d, "--user", "admin", "list", password=ADMIN_PW) == 2
    assert "give the clinic passphrase" in capsys.readouterr().err
    monkeypatch.setenv("AML_DESKTOP_PASSPHRASE", passphrase)
    assert run(monkeypatch, *d, "--user", "admin", "audit", "verify", password=ADMIN_PW) == 0
    assert "encrypt" in _entries_encrypted(db, passphrase)
    driver.set_passphrase(db, None)


def _entries_encrypted(db: Path, passphrase: str) -> list[str]:
    from aml_desktop.store import Store, driver

    driver.set_passphrase(db, passphrase)
    with Store.open(db, create=False) as store:
        return [e.action for e in store.audit_entries(limit=20)]
