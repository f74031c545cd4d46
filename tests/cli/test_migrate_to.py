"""``aml-desktop migrate-to``: a laptop clinic moved to a PostgreSQL server, losslessly and all or nothing."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import psycopg
import pytest

from aml_desktop.cli.main import main
from aml_desktop.engine.case import Decision
from aml_desktop.store import Store
from tests.server_helpers import empty_database, scratch_names

CASES = Path(__file__).parent.parent / "fixtures" / "cases"
ADMIN_PW = "laptop admin 1"
CLIN_PW = "laptop clinician 2"


def run(monkeypatch: pytest.MonkeyPatch, *argv: str | Path, stdin: str = "", password: str | None = None) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    if password is None:
        monkeypatch.delenv("AML_DESKTOP_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("AML_DESKTOP_PASSWORD", password)
    return main([str(a) for a in argv])


def decide(store: Store, pid: str, chosen: str, **extra: object) -> None:
    decision = Decision(date(2026, 11, 20), "intensive_chemotherapy", chosen, None, None, "Dr Osei")
    if chosen != decision.recommended:
        decision = Decision(decision.date, decision.recommended, chosen, None, "Prefers treatment at home", "Dr Osei")
    store.record_decision(pid, decision, user="t", reason_code=None, ruleset_version="r", snapshot={}, **extra)  # type: ignore[arg-type]


@pytest.fixture
def laptop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A laptop clinic: the fixture cases and the demo clinic (cycles included), accounts, decisions recorded,
    voided and superseded, a changed setting."""
    path = tmp_path / "clinic.sqlite3"
    assert run(monkeypatch, "--db", path, "import", *sorted(CASES.glob("*.json"))) == 0
    assert run(monkeypatch, "--db", path, "demo", "--today", "2026-11-23") == 0
    assert run(monkeypatch, "--db", path, "users", "add", "admin", "--role", "administrator", stdin=ADMIN_PW) == 0
    assert (
        run(
            monkeypatch,
            "--db",
            path,
            "--user",
            "admin",
            "users",
            "add",
            "osei",
            "--role",
            "clinician",
            "--full-name",
            "Dr Osei",
            stdin=CLIN_PW,
            password=ADMIN_PW,
        )
        == 0
    )
    with Store.open(path) as store:
        store.login("osei", CLIN_PW)
        pid = store.resolve_patient_id("DT-1")
        assert pid is not None
        decide(store, pid, "intensive_chemotherapy")
        store.void_decision(pid, 0, reason="entered on the wrong patient", user="osei")
        decide(store, pid, "intensive_chemotherapy")
        decide(store, pid, "clinical_trial", supersedes=1, supersede_reason="a trial place came free")
    return path


def exported(
    monkeypatch: pytest.MonkeyPatch, db: str | Path, user: str, password: str, folder: Path
) -> dict[str, bytes]:
    assert run(monkeypatch, "--db", db, "--user", user, "export", "--all", "-o", folder, password=password) == 0
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def prepared_server(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pg_url: str, database: str, role: str
) -> str:
    """A database as 'server init' leaves it (its own administrator, no patients); its URL as the superuser."""
    monkeypatch.setattr("sys.stdin", io.StringIO("server admin pass\n"))
    argv = ["server", "init", "--admin-url", pg_url, "--database", database, "--role", role, "--network", "10.0.0.0/8"]
    assert main(argv) == 0
    capsys.readouterr()
    return pg_url.rsplit("/", 1)[0] + f"/{database}"


def test_import_then_migrate_then_export_gives_the_same_case_files(
    laptop: Path, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = exported(monkeypatch, laptop, "admin", ADMIN_PW, tmp_path / "laptop")
    with scratch_names(pg_url) as (database, role):
        server = prepared_server(monkeypatch, capsys, pg_url, database, role)
        assert run(monkeypatch, "--db", laptop, "--user", "admin", "migrate-to", "--db", server, password=ADMIN_PW) == 0
        out = capsys.readouterr().out
        with Store.open(laptop) as store:  # the file as migrate-to read it (its login entry included)
            expected_patients = store.count_patients()
            trail_before = sorted((e.id, e.at, e.user, e.action, e.row_id) for e in store.audit_entries())
        expected_entries = len(trail_before)
        counts = dict(re.findall(r"^  ([a-z ()]+): ([\d,]+)", out, re.MULTILINE))
        assert int(counts["patients"]) == expected_patients
        assert int(counts["accounts"]) == 2
        assert int(counts["audit trail entries"]) == expected_entries
        assert re.search(r"^  decisions: \d+ \(of which 1 voided, 1 superseded\)$", out, re.MULTILINE), out
        # Every count printed is the server's.
        with psycopg.connect(server) as conn:
            for table, words in (
                ("patients", "patients"),
                ("courses", "courses and cycles"),
                ("assessments", "assessments"),
                ("mutations", "mutations"),
                ("users", "accounts"),
                ("formulary", "formulary entries"),
            ):
                assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == int(
                    counts[words].replace(",", "")
                )
        # The same case files come out of the server, for the laptop's own accounts and passwords.
        assert exported(monkeypatch, server, "admin", ADMIN_PW, tmp_path / "server") == before
        # The trail came verbatim, then the move at its end; it verifies on the server.
        assert run(monkeypatch, "--db", server, "--user", "admin", "audit", "verify", password=ADMIN_PW) == 0
        with Store.open(server) as store:
            entries = store.audit_entries()
            copied = sorted((e.id, e.at, e.user, e.action, e.row_id) for e in entries)
            assert copied[: len(trail_before)] == trail_before
            moved = [e for e in entries if e.detail and "migrated_from" in e.detail]
            assert len(moved) == 1 and moved[0].detail["migrated_from"] == str(laptop)  # type: ignore[index]
            # The server's own set-up (its first settings, the administrator server init made) was replaced.
            assert moved[0].detail["server_setup_entries_replaced"] == 2  # type: ignore[index]
            assert store.login("osei", CLIN_PW).full_name == "Dr Osei"
            records = store.decision_records(store.resolve_patient_id("DT-1"))  # type: ignore[arg-type]
            assert [(r.decision.chosen, r.status) for r in records] == [
                ("intensive_chemotherapy", "voided"),
                ("intensive_chemotherapy", "superseded"),
                ("clinical_trial", None),
            ]
        # A second run is refused: the server holds a clinic now.
        assert run(monkeypatch, "--db", laptop, "--user", "admin", "migrate-to", "--db", server, password=ADMIN_PW) == 1
        assert "already holds a clinic" in capsys.readouterr().err


def test_a_failed_copy_leaves_the_server_empty(
    laptop: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with empty_database(pg_url) as server:
        # The server refuses one of the rows half-way (a check the file does not have): nothing may stay.
        with Store.open(server, create=True):
            pass
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute("ALTER TABLE mutations ADD CONSTRAINT no_flt3 CHECK (gene <> 'FLT3') NOT VALID")
        assert run(monkeypatch, "--db", laptop, "--user", "admin", "migrate-to", "--db", server, password=ADMIN_PW) == 1
        err = capsys.readouterr().err
        assert "no_flt3" in err and "nothing was moved" in err and "Traceback" not in err
        with psycopg.connect(server) as conn:
            for table in ("patients", "courses", "users", "patient_list"):
                assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
            operations = {r[0] for r in conn.execute("SELECT operation FROM audit_log")}
        assert operations <= {"insert"}  # only the schema's own first settings


def test_a_server_with_accounts_needs_accounts_in_the_file(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    open_file = tmp_path / "open.sqlite3"
    assert run(monkeypatch, "--db", open_file, "import", CASES / "patient1-early-relapse.json") == 0
    with scratch_names(pg_url) as (database, role):
        server = prepared_server(monkeypatch, capsys, pg_url, database, role)
        assert run(monkeypatch, "--db", open_file, "migrate-to", "--db", server) == 1
        assert "add an administrator on this computer first" in capsys.readouterr().err
        with Store.open(server) as store:
            assert store.count_patients() == 0 and [a.name for a in store.list_accounts()] == ["admin"]
