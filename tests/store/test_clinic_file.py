"""The clinic file itself: never created by mistake, checked when opened, recoverable (issue 12, items 3 and 7)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from aml_desktop.cli.main import main
from aml_desktop.store import DamagedDatabase, Store, StoreError, backup_database
from aml_desktop.store import repository as repository_module

from .conftest import USER, all_fixture_cases


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- item 3: only import and demo make a clinic ---------------------------------------------------------


@pytest.mark.parametrize(
    "verb",
    [["list"], ["export", "--all", "-o", "out"], ["backup", "-o", "b.sqlite3"], ["summary", "--all", "-o", "pdfs"]],
)
def test_commands_refuse_a_mistyped_path_and_create_nothing(
    tmp_path: Path, verb: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--db", "nope/sub/c.sqlite3", *verb]) != 0
    assert not (tmp_path / "nope").exists()
    err = capsys.readouterr().err
    assert "nope/sub/c.sqlite3" in err and "Traceback" not in err


def test_list_refuses_an_empty_file_and_leaves_it_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "c.sqlite3"
    empty.touch()
    assert main(["--db", str(empty), "list"]) == 1
    assert "is empty (0 bytes)" in capsys.readouterr().err
    assert empty.stat().st_size == 0


def test_import_and_demo_say_they_created_a_clinic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "new.sqlite3"
    assert main(["--db", str(db), "demo", "--today", "2026-01-01"]) == 0
    assert f"created a new clinic database at {db}" in capsys.readouterr().err
    assert main(["--db", str(db), "demo", "--today", "2026-01-01"]) == 0
    assert "created" not in capsys.readouterr().err


def test_import_refuses_a_db_in_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = Path(__file__).parents[1] / "fixtures" / "cases" / "patient1-early-relapse.json"
    assert main(["--db", str(tmp_path / "nope" / "c.sqlite3"), "import", str(case)]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "nope").exists()


def test_restore_refuses_a_db_in_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup = backup_database(_clinic(tmp_path), tmp_path / "b.sqlite3").path
    assert main(["--db", str(tmp_path / "nope" / "c.sqlite3"), "restore", str(backup)]) == 1
    assert "does not exist: nothing was restored" in capsys.readouterr().err
    assert not (tmp_path / "nope").exists()


def test_open_without_create_refuses_an_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "c.sqlite3"
    empty.touch()
    with pytest.raises(StoreError, match="is empty"):
        Store.open(empty, create=False)
    assert empty.stat().st_size == 0


# --- item 7: damaged files ----------------------------------------------------------------------------


def _clinic(tmp_path: Path) -> Path:
    db = tmp_path / "clinic.sqlite3"
    with Store.open(db) as store:
        store.import_cases(all_fixture_cases(), user=USER)
    return db


def _damage_table(db: Path, table: str) -> None:
    """Overwrite the first leaf page of ``table`` with garbage, as a failing disk would."""
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        try:
            row = conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno LIMIT 1", [table]
            ).fetchone()
        except sqlite3.OperationalError:
            pytest.skip("this SQLite has no dbstat table to find a page")
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(db, "r+b") as handle:
        handle.seek((row[0] - 1) * size)
        handle.write(b"\x07" * size)


def test_a_damaged_file_is_noticed_on_opening_and_never_written(tmp_path: Path) -> None:
    db = _clinic(tmp_path)
    _damage_table(db, "assessments")
    before = _digest(db)
    with pytest.raises(DamagedDatabase, match=r"is damaged .* Restore the last good backup"):
        Store.open(db, create=False)
    case = Path(__file__).parents[1] / "fixtures" / "cases" / "patient1-early-relapse.json"
    assert main(["--db", str(db), "import", "--replace", str(case)]) == 1
    assert main(["--db", str(db), "list"]) == 1
    assert _digest(db) == before


def test_export_all_from_a_damaged_file_saves_what_it_can_and_names_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _clinic(tmp_path)
    _damage_table(db, "assessments")
    out = tmp_path / "out"
    status = main(["--db", str(db), "export", "--all", "-o", str(out)])
    err = capsys.readouterr().err
    saved = sorted(p.name for p in out.glob("*.json"))
    assert "is damaged: saving every patient that can still be read" in err
    assert status == 1 and "could not be read" in err
    lost = [line for line in err.splitlines() if line.startswith("  ")]
    assert len(saved) + len(lost) == 3 and lost
    assert all("DT-" in line for line in lost)  # named by hospital number where the list can say


def test_restore_replaces_a_damaged_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _clinic(tmp_path)
    backup = backup_database(db, tmp_path / "good.sqlite3").path
    _damage_table(db, "assessments")
    assert main(["--db", str(db), "restore", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "the previous database was kept as" in out
    with Store.open(db, create=False) as store:
        assert store.count_patients() == 3
        store.import_cases(all_fixture_cases()[:1], replace=True, user=USER)  # writable again


# --- item 7: read-only media --------------------------------------------------------------------------


def test_a_read_only_file_opens_read_only_instead_of_being_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _clinic(tmp_path)
    before = _digest(db)
    # As on a CD, a write-protected USB stick or a read-only network share (root ignores chmod).
    monkeypatch.setattr(repository_module, "writable", lambda _path: False)
    with Store.open(db, create=False) as store:
        assert store.read_only and "read-only media" in (store.read_only_reason or "")
        assert store.count_patients() == 3
        with pytest.raises(StoreError, match="open read-only"):
            store.import_cases(all_fixture_cases()[:1], replace=True, user=USER)
    assert main(["--db", str(db), "list"]) == 0
    captured = capsys.readouterr()
    assert "read-only" in captured.err and "DT-1" in captured.out
    assert _digest(db) == before
