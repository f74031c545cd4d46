"""Every file the application writes for a patient stays in the folder it was asked to write to.

A patient's id or hospital number comes from a case file someone else wrote. Exporting or
printing a clinic must never write outside the chosen folder, never abort the whole batch for
one patient, and never give two patients the same file.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from aml_desktop.cli.main import main
from aml_desktop.engine.case import Case
from aml_desktop.engine.case_io import load_case
from aml_desktop.files import FolderNames, safe_file_name, safe_stem
from aml_desktop.store import Store

CASES = Path(__file__).parent.parent / "fixtures" / "cases"
TODAY = "2026-11-23"


def _case(patient_id: str | None, hospital_number: str | None, name: str = "Test Patient") -> Case:
    base = load_case((CASES / "patient3-older-idh1.json").read_bytes())
    return replace(base, patient=replace(base.patient, id=patient_id, hospital_number=hospital_number, name=name))


def _clinic(path: Path, cases: list[Case]) -> Path:
    with Store.open(path) as store:
        for case in cases:
            store.save_case(case, user="test")
    return path


def _every_file(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize("verb", ["export", "summary"])
def test_a_hostile_patient_id_never_writes_outside_the_folder(
    verb: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    outside = tmp_path / "outside"
    db = _clinic(
        tmp_path / "clinic.sqlite3",
        [
            _case("../../ESCAPED", None),
            _case(str(outside / "abs"), None, "Absolute"),
            _case("sub/../../x", None, "Sub"),
            _case("C:\\Windows\\x", None, "Backslashes"),
            _case("ok-1", "H" * 300, "Long number"),
            _case("ok-2", "DT-1", "Fine"),
        ],
    )
    monkeypatch.chdir(work)
    before = _every_file(tmp_path)
    extra = ["--today", TODAY] if verb == "summary" else []
    assert main(["--db", str(db), verb, "--all", "-o", "out/a", *extra]) == 0, capsys.readouterr().err
    written = _every_file(tmp_path) - before
    folder = (work / "out" / "a").resolve()
    assert len(written) == 6  # (control characters in an id are refused by the store since issue 12)
    assert all(p.resolve().parent == folder for p in written), sorted(map(str, written))
    assert not outside.exists()
    for p in written:
        assert len(p.name.encode()) <= 120
        assert not any(ch in p.name for ch in "\n\x07/\\") and ".." not in p.name


def test_a_patient_that_cannot_be_written_does_not_stop_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _clinic(tmp_path / "clinic.sqlite3", [_case("p-1", "H-1", "One"), _case("p-2", "H-2", "Two")])
    import aml_desktop.services.export as export

    real = export.export_bytes

    def broken_for_h1(case: Case, *args: object, **kwargs: object) -> bytes:
        if case.patient.hospital_number == "H-1":
            raise ValueError("simulated fault")
        return real(case, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(export, "export_bytes", broken_for_h1)
    assert main(["--db", str(db), "export", "--all", "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "H-1: simulated fault" in err and "1 patient could not be read or written" in err
    files = list((tmp_path / "out").iterdir())
    assert [json.loads(f.read_text(encoding="utf-8"))["patient"]["hospital_number"] for f in files] == ["H-2"]


def test_summary_all_with_a_failed_patient_names_it_and_does_not_exit_0(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _clinic(tmp_path / "clinic.sqlite3", [_case("p-1", "H-1", "One"), _case("p-2", "H-2", "Two")])
    import aml_desktop.services.summaries as summaries

    real = summaries.render_summary

    def broken_for_h2(snapshot: object) -> bytes:
        if snapshot.case.patient.hospital_number == "H-2":  # type: ignore[attr-defined]
            raise RuntimeError("simulated renderer fault")
        return real(snapshot)  # type: ignore[arg-type]

    monkeypatch.setattr(summaries, "render_summary", broken_for_h2)
    assert main(["--db", str(db), "summary", "--all", "-o", str(tmp_path / "pdf"), "--today", TODAY]) == 1
    err = capsys.readouterr().err
    assert "FAILED H-2: simulated renderer fault" in err and "1 patient could not be read or written" in err
    assert [p.name.split("-")[:2] for p in (tmp_path / "pdf").iterdir()] == [["H", "1"]]


def test_two_patients_whose_names_clash_get_two_files(tmp_path: Path) -> None:
    db = _clinic(
        tmp_path / "clinic.sqlite3", [_case("a/b", None, "One"), _case("a_b", None, "Two"), _case("A_B", None)]
    )
    assert main(["--db", str(db), "export", "--all", "-o", str(tmp_path / "out")]) == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["A_B-3.json", "a_b-2.json", "a_b.json"]
    ids = {load_case(p.read_bytes()).patient.id for p in (tmp_path / "out").iterdir()}
    assert ids == {"a/b", "a_b", "A_B"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("../../ESCAPED", "ESCAPED"),
        ("/etc/passwd", "etc_passwd"),
        ("C:\\Windows\\x", "C_Windows_x"),
        ("a\x00b\nc", "a_b_c"),
        ("..", "patient"),
        ("", "patient"),
        ("HN/ü 7", "HN_ü_7"),
        ("CON", "_CON"),
        ("Nguyễn", "Nguyễn"),
    ],
)
def test_safe_stem(text: str, expected: str) -> None:
    assert safe_stem(text) == expected


def test_safe_names_are_capped_in_bytes_not_characters() -> None:
    assert len(safe_stem("ễ" * 300).encode()) <= 60
    name = safe_file_name("H" * 300, "12345678", "summary", date(2026, 1, 2).isoformat(), suffix=".pdf")
    assert name.endswith("-12345678-summary-2026-01-02.pdf") and len(name.encode()) < 255


def test_folder_names_are_unique_case_insensitively(tmp_path: Path) -> None:
    names = FolderNames(tmp_path)
    assert [names.path_for(n).name for n in ("a.json", "A.json", "a.json", "b")] == [
        "a.json",
        "A-2.json",
        "a-3.json",
        "b",
    ]


def test_fhir_bundles_follow_the_same_name_rule_and_a_bad_system_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _clinic(tmp_path / "clinic.sqlite3", [_case("../../ESCAPED", None), _case("p-2", "H/2")])
    out = tmp_path / "out"
    assert main(["--db", str(db), "export", "--all", "--fhir", "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["ESCAPED.fhir.json", "H_2-p-2.fhir.json"]
    bad = tmp_path / "bad"
    assert (
        main(["--db", str(db), "export", "--all", "--fhir", "--identifier-system", "our hospital", "-o", str(bad)]) == 2
    )
    assert "not an absolute URI" in capsys.readouterr().err
    assert not bad.exists() or not any(bad.iterdir())


def test_an_invalid_import_file_does_not_even_create_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "aml-case/1"}', encoding="utf-8")
    db = tmp_path / "new.sqlite3"
    assert main(["--db", str(db), "import", str(bad)]) == 2
    assert "bad.json: patient: is required" in capsys.readouterr().err
    assert not db.exists()
