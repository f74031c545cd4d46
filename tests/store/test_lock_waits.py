"""Every lock wait is bounded and the holder is named in words (issue 12, item 4)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from aml_desktop.store import Store, StoreError, backup_database, restore_database
from aml_desktop.store import connection as connection_module
from aml_desktop.store.lock_holder import describe_holder, holder_path, holding

from .conftest import USER, all_fixture_cases

HOLDER = textwrap.dedent(
    """
    import sqlite3, sys
    from pathlib import Path
    from aml_desktop.store.lock_holder import holding
    db = Path(sys.argv[1])
    with holding(db, "an import of 4000 patients"):
        conn = sqlite3.connect(db, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        print("holding", flush=True)
        sys.stdin.readline()
        conn.execute("ROLLBACK")
    """
)


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    db = tmp_path / "clinic.sqlite3"
    with Store.open(db) as store:
        store.import_cases(all_fixture_cases(), user=USER)
    return db


@pytest.fixture
def other_program(clinic: Path) -> Iterator[subprocess.Popen[str]]:
    """A second program holding the clinic's write lock, as a long command-line import would."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(clinic)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "holding"
    yield process
    assert process.stdin is not None
    process.stdin.write("\n")
    process.stdin.flush()
    process.wait(timeout=30)


def test_restore_gives_up_instead_of_waiting_forever_and_names_the_holder(
    clinic: Path, tmp_path: Path, other_program: subprocess.Popen[str]
) -> None:
    backup = backup_database(clinic, tmp_path / "b.sqlite3").path  # reading is not blocked by the writer
    with pytest.raises(StoreError) as refused:
        restore_database(clinic, backup, wait_seconds=0.5)
    text = str(refused.value)
    assert "the database is busy: an import of 4000 patients by " in text
    assert "has been writing since" in text and "nothing was restored" in text


def test_a_save_waits_a_bounded_time_and_says_who_is_writing(
    clinic: Path, other_program: subprocess.Popen[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(connection_module, "BUSY_TIMEOUT_SECONDS", 0.3)
    with Store.open(clinic, create=False) as store:
        case = store.get_case(next(store.patient_ids()))
        with pytest.raises(StoreError, match="the database is busy: an import of 4000 patients by "):
            store.save_case(case, user=USER)


def test_the_holder_note_is_removed_when_the_write_ends(clinic: Path) -> None:
    with holding(clinic, "a restore"):
        assert holder_path(clinic).exists()
        assert describe_holder(clinic).startswith("a restore by ")
    assert not holder_path(clinic).exists()
    assert describe_holder(clinic) == "another program is writing to it (it did not say which)"


def test_a_note_left_by_a_program_that_ended_is_not_believed(clinic: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-c",
            f"import os; open({str(holder_path(clinic))!r}, 'w').write("
            '\'{"what": "an import", "host": \' + repr(__import__(\'socket\').gethostname()).replace("\'", \'"\') '
            "+ ', \"pid\": ' + str(os.getpid()) + '}')",
        ],
        check=True,
    )
    assert "earlier program that has ended" in describe_holder(clinic)
