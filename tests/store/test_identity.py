"""One patient, one record: canonical hospital numbers, duplicates in a batch, probable duplicates (issue 12)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from aml_desktop.cli.main import main
from aml_desktop.engine.case import Case, Diagnosis, Patient
from aml_desktop.engine.case_io import case_to_dict
from aml_desktop.store import ImportConflict, InvalidBatch, Store, StoreError

from .conftest import TODAY, USER, fixture_case

DATA = Path(__file__).parent / "data"


def numbered(number: str | None, name: str = "Patient One", case: Case | None = None) -> Case:
    base = case or fixture_case("patient1-early-relapse")
    return replace(base, patient=replace(base.patient, id=None, hospital_number=number, name=name))


@pytest.mark.parametrize("variant", ["DT-1\u200b", "DT-1 ", "dt-1", "ＤＴ－１", "DT\u20101"])
def test_spellings_of_one_hospital_number_are_one_patient(store: Store, variant: str) -> None:
    store.save_case(numbered("DT-1"), user=USER)
    if "\u200b" in variant:  # refused outright: invisible characters never reach the store
        with pytest.raises(StoreError, match="invisible formatting character"):
            store.save_case(numbered(variant), user=USER)
    else:
        with pytest.raises(ImportConflict, match="already exists"):
            store.save_case(numbered(variant), user=USER)
    assert store.count_patients() == 1
    assert store.find_patient_id(variant.replace("\u200b", "")) is not None


def test_a_batch_holding_one_patient_twice_is_invalid_input(store: Store) -> None:
    with pytest.raises(InvalidBatch, match="cases 1 and 2 have the same hospital number"):
        store.import_cases([numbered("DT-1"), numbered("dt-1 ")], user=USER)
    assert store.count_patients() == 0


def _write(path: Path, case: Case) -> Path:
    path.write_text(json.dumps(case_to_dict(case), ensure_ascii=False), encoding="utf-8")
    return path


def test_cli_import_of_one_patient_twice_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = [_write(tmp_path / "a.json", numbered("DT-1")), _write(tmp_path / "b.json", numbered("dt-1"))]
    db = tmp_path / "c.sqlite3"
    assert main(["--db", str(db), "import", *map(str, files)]) == 2
    assert "same hospital number" in capsys.readouterr().err
    with Store.open(db) as store:
        assert store.count_patients() == 0


def test_cli_import_warns_about_a_probable_duplicate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "c.sqlite3"
    assert main(["--db", str(db), "import", str(_write(tmp_path / "a.json", numbered("DT-1", "Ann Lee")))]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "import", str(_write(tmp_path / "b.json", numbered("X-9", "ANN  LEE")))]) == 0
    err = capsys.readouterr().err
    assert "warning: X-9 (ANN  LEE, born 1989-03-14) is probably the same patient as DT-1: same name" in err


def test_similar_patients_needs_the_same_birth_date(store: Store) -> None:
    store.save_case(numbered("DT-1", "Ann Lee"), user=USER)
    other = numbered("DT-2", "Ann Lee")
    assert [p.hospital_number for p in store.similar_patients(other)] == ["DT-1"]
    later = replace(other, patient=replace(other.patient, birth_date=other.patient.birth_date.replace(year=1990)))
    assert store.similar_patients(later) == []


def test_upgrading_a_file_with_clashing_numbers_keeps_both_and_names_the_clash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copy(DATA / "schema-0001.sqlite3", old)
    with sqlite3.connect(old) as conn:
        conn.create_function("aml_user", 0, lambda: "test")
        conn.execute("UPDATE patients SET hospital_number = 'dt-1 ' WHERE hospital_number = 'DT-3'")
    with Store.open(old, today=lambda: TODAY) as store:
        assert store.count_patients() == 3
        assert store.hospital_number_clashes() == [("00000000-0000-4000-8000-000000000003", "dt-1 ")]
        assert store.find_patient_id("DT-1") == "00000000-0000-4000-8000-000000000001"
        # The clash is not made worse: a third spelling is refused.
        with pytest.raises(ImportConflict):
            store.save_case(numbered("Dt-1"), user=USER)
    assert main(["--db", str(old), "list"]) == 0
    err = capsys.readouterr().err
    assert "warning: 1 patient shares a hospital number with another patient" in err and "(dt-1 )" in err


def test_list_never_sends_a_stored_escape_sequence_to_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.sqlite3"
    with Store.open(db) as store:
        store.save_case(numbered("DT-1", "Ann Lee"), user=USER)
    # A record written before names were checked (or by another program).
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE patient_list SET name = 'Ann\x1b[2JLee'")
    assert main(["--db", str(db), "list"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "Ann\\u001b[2JLee" in out


def test_a_large_import_finds_the_same_duplicates_as_one_by_one(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The one-pass comparison used for big imports says exactly what the per-patient search says."""
    from aml_desktop.store import repository

    people = [
        Case(
            patient=Patient(birth_date=date(1960 + i % 3, 1, 1), name=("Zoë Müller", "ZOE MULLER", "Ana Ba")[i % 3]),
            diagnosis=Diagnosis(date=date(2026, 1, 1)),
        )
        for i in range(12)
    ]
    ids = [store.save_case(case, user=USER) for case in people]
    monkeypatch.setattr(repository, "_DUPLICATE_SCAN_FROM", 10**9)
    searched = store.duplicate_warnings(ids)
    monkeypatch.setattr(repository, "_DUPLICATE_SCAN_FROM", 1)
    scanned = store.duplicate_warnings(ids)
    assert searched and sorted(scanned) == sorted(searched)
