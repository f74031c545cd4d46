"""``backup`` and ``restore`` with a PostgreSQL ``--db``: pg_dump archives, verified, restored all or nothing."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from aml_desktop.cli.main import main
from aml_desktop.store import Store, pg_backup
from tests.server_helpers import empty_database

CASES = Path(__file__).parent.parent / "fixtures" / "cases"


def run(monkeypatch: pytest.MonkeyPatch, *argv: str | Path) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    return main([str(a) for a in argv])


@pytest.fixture
def clinic(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A server clinic holding the fixture cases (no accounts: anyone at the command line)."""
    with empty_database(pg_url) as url:
        assert run(monkeypatch, "--db", url, "import", *sorted(CASES.glob("*.json"))) == 0
        yield url


def exported(monkeypatch: pytest.MonkeyPatch, url: str, folder: Path) -> dict[str, bytes]:
    assert run(monkeypatch, "--db", url, "export", "--all", "-o", folder) == 0
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def patients(url: str) -> int:
    with Store.open(url, create=False) as store:
        return int(store.count_patients())


def test_backup_then_restore_brings_the_clinic_back_and_the_trail_says_so(
    clinic: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = exported(monkeypatch, clinic, tmp_path / "before")
    archive = tmp_path / "clinic.dump"
    assert run(monkeypatch, "--db", clinic, "backup", "-o", archive) == 0
    out = capsys.readouterr().out
    assert f"backup written to {archive}" in out and "pg_dump archive" in out and "read back and counted" in out
    assert not archive.with_name("clinic.dump.partial").exists()
    # Later work that the restore must take away.
    assert run(monkeypatch, "--db", clinic, "demo") == 0
    assert patients(clinic) > len(before)
    capsys.readouterr()
    assert run(monkeypatch, "--db", clinic, "restore", archive) == 0
    out = capsys.readouterr().out
    safety = next(tmp_path.glob("clinic.before-restore-*.dump"))
    assert f"kept in {safety}" in out
    assert exported(monkeypatch, clinic, tmp_path / "after") == before
    assert run(monkeypatch, "--db", clinic, "audit", "verify") == 0
    with Store.open(clinic, create=False) as store:
        restores = [e for e in store.audit_entries() if e.action == "restore"]
    assert len(restores) == 1
    last = restores[0]
    assert last.detail is not None and last.detail["backup"] == str(archive)
    assert last.detail["replaced_database_kept_as"] == str(safety)
    # The safety dump is itself a restorable backup of the clinic with the demo patients.
    assert run(monkeypatch, "--db", clinic, "restore", safety) == 0
    assert patients(clinic) > len(before)


def test_a_restore_that_cannot_finish_leaves_the_clinic_as_it_was(
    clinic: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "clinic.dump"
    pg_backup.dump_database(clinic, archive)
    assert run(monkeypatch, "--db", clinic, "demo") == 0
    count = patients(clinic)
    before = exported(monkeypatch, clinic, tmp_path / "before")
    # Another workstation sits in a transaction that has read the patient list: the restore cannot take its
    # tables within the bounded wait, and rolls back whole.
    with psycopg.connect(clinic) as other:
        other.execute("SELECT count(*) FROM patients").fetchone()
        with pytest.raises(pg_backup.StoreError, match="nothing was restored"):
            pg_backup.restore_archive(clinic, archive, lock_wait_seconds=0.2)
        other.rollback()
    assert patients(clinic) == count
    assert exported(monkeypatch, clinic, tmp_path / "after") == before


def test_refusals_in_words(
    clinic: str, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    count = patients(clinic)
    # Not an archive at all.
    text = tmp_path / "notes.txt"
    text.write_text("not a backup\n")
    assert run(monkeypatch, "--db", clinic, "restore", text) == 1
    err = capsys.readouterr().err
    assert "is not a PostgreSQL backup made by 'aml-desktop backup'" in err and "Traceback" not in err
    # A pg_dump archive of some other database.
    with empty_database(pg_url) as other:
        with psycopg.connect(other, autocommit=True) as conn:
            conn.execute("CREATE TABLE lab_results (id int)")
        foreign = tmp_path / "foreign.dump"
        import subprocess

        subprocess.run([str(pg_backup.find_tool("pg_dump")), "-Fc", "-f", str(foreign), "--dbname", other], check=True)
    assert run(monkeypatch, "--db", clinic, "restore", foreign) == 1
    assert "is not a backup of an AML Desktop clinic" in capsys.readouterr().err
    assert patients(clinic) == count
    # A folder that does not exist.
    assert run(monkeypatch, "--db", clinic, "backup", "-o", tmp_path / "missing" / "x.dump") == 1
    assert "does not exist: no backup was written" in capsys.readouterr().err


def test_without_pg_dump_the_message_says_what_to_install(
    clinic: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(pg_backup, "_candidates", lambda: iter(()))
    folder = tmp_path / "backups"
    folder.mkdir()
    monkeypatch.setenv("PATH", str(folder))
    assert run(monkeypatch, "--db", clinic, "backup", "-o", folder / "x.dump") == 1
    err = capsys.readouterr().err
    assert "pg_dump is not installed on this computer: Debian/Ubuntu: apt-get install postgresql-client" in err
    assert "Traceback" not in err
    assert not list(folder.iterdir())


def test_another_workstation_accepts_a_recorded_restore_but_not_a_silent_rollback(
    clinic: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each workstation remembers the newest entry it saw; a restore's entry names the trail it replaced."""
    archive = tmp_path / "clinic.dump"
    assert run(monkeypatch, "--db", clinic, "backup", "-o", archive) == 0
    ward = tmp_path / "ward-workstation"
    office = tmp_path / "office-workstation"
    ward.mkdir()
    office.mkdir()
    monkeypatch.setenv("AML_DESKTOP_DATA_DIR", str(ward))
    assert run(monkeypatch, "--db", clinic, "demo") == 0  # the ward saw the entries the restore will put aside
    monkeypatch.setenv("AML_DESKTOP_DATA_DIR", str(office))
    assert run(monkeypatch, "--db", clinic, "restore", archive) == 0
    capsys.readouterr()
    monkeypatch.setenv("AML_DESKTOP_DATA_DIR", str(ward))
    assert run(monkeypatch, "--db", clinic, "audit", "verify") == 0, capsys.readouterr()
    # The same trail rolled back without a restore entry (entries deleted behind the application's back).
    with psycopg.connect(clinic, autocommit=True) as conn:
        conn.execute("ALTER TABLE audit_log DISABLE TRIGGER USER")
        conn.execute("DELETE FROM audit_log WHERE operation = 'restore'")
        conn.execute("ALTER TABLE audit_log ENABLE TRIGGER USER")
    capsys.readouterr()
    assert run(monkeypatch, "--db", clinic, "audit", "verify") != 0
    said = capsys.readouterr()
    assert "this computer last saw entry" in said.out + said.err
