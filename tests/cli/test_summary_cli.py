"""``aml-desktop summary``: from a case file, from the database, and for every stored patient."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from aml_desktop.cli.main import main
from aml_desktop.engine.case import Decision
from aml_desktop.engine.case_io import load_case
from aml_desktop.present.vocabulary import label
from aml_desktop.store import Store
from tests.conftest import CASES
from tests.reports.report_pdftools import all_text, page_texts, qpdf_check, reader

TODAY = "2019-09-10"
PAPER_CASES = sorted(CASES.glob("*.json"))


def _summary(*argv: str) -> int:
    return main(["summary", *argv, "--today", TODAY])


def test_case_file_to_pdf(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "p1.pdf"
    assert _summary(str(CASES / "patient1-early-relapse.json"), "-o", str(out)) == 0
    pages = page_texts(out.read_bytes())
    assert all("—" in page.split("Printed")[0] for page in pages)  # no clinic: a dash
    assert "Patient One" in pages[0]
    assert "Printed 10 Sep 2019" in pages[0]
    assert qpdf_check(out).returncode == 0
    assert list(folder.iterdir()) == [out]  # no temporary file left behind


def test_clinic_name_and_paper_options(tmp_path: Path) -> None:
    out = tmp_path / "p3.pdf"
    case = str(CASES / "patient3-older-idh1.json")
    assert _summary(case, "-o", str(out), "--clinic-name", "Clínica São João", "--paper", "letter") == 0
    pdf = out.read_bytes()
    assert "Clínica São João" in page_texts(pdf)[0]
    assert float(reader(pdf).pages[0].mediabox.height) == pytest.approx(792)


def test_invalid_case_file_exits_2_naming_the_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    raw = json.loads((CASES / "patient1-early-relapse.json").read_text())
    raw["courses"][1]["start"] = "2019-13-01"
    bad.write_text(json.dumps(raw))
    out = tmp_path / "bad.pdf"
    assert _summary(str(bad), "-o", str(out)) == 2
    err = capsys.readouterr().err
    assert "courses[1].start" in err and "2019-13-01" in err
    assert not out.exists()


def test_missing_case_file_and_missing_output_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _summary(str(tmp_path / "nope.json"), "-o", str(tmp_path / "x.pdf")) == 2
    assert "cannot read" in capsys.readouterr().err
    case = str(CASES / "patient1-early-relapse.json")
    assert _summary(case, "-o", str(tmp_path / "no" / "such" / "x.pdf")) == 2
    assert "does not exist" in capsys.readouterr().err


def test_failed_render_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import aml_desktop.files as files

    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "p1.pdf"
    out.write_bytes(b"the previous summary")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", disk_full)
    assert _summary(str(CASES / "patient1-early-relapse.json"), "-o", str(out)) == 2
    assert out.read_bytes() == b"the previous summary"  # the old file is untouched
    assert list(folder.iterdir()) == [out]  # and no half-written temporary file


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite3"
    with Store.open(path) as store:
        ids = store.import_cases([load_case(p.read_bytes()) for p in PAPER_CASES], user="test")
        unicode_case = load_case((CASES / "patient3-older-idh1.json").read_bytes())
        unicode_case = replace(
            unicode_case, patient=replace(unicode_case.patient, name="Nguyễn Thị Hương", hospital_number="HN/ü 7")
        )
        ids.append(store.save_case(unicode_case, user="test"))
        store.record_decision(
            ids[0],
            Decision(
                date(2019, 7, 26),
                recommended="intensive_chemotherapy",
                chosen="venetoclax_combination",
                regimen="AZA-VEN",
                override_reason="No inpatient bed this month",
                clinician="Dr Zoë Ødegård",
            ),
            user="dr.o",
            reason_code="not_available_today",
            ruleset_version="2020.1-dt",
            snapshot={},
        )
        settings = store.clinic_settings()
        store.save_clinic_settings(replace(settings, clinic_name="Hôpital de Test", paper_size="letter"), user="test")
    return path


def test_stored_patient_with_decision_clinic_name_and_paper(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "dt1.pdf"
    assert main(["--db", str(db), "summary", "--patient", "DT-1", "-o", str(out), "--today", TODAY]) == 0
    pdf = out.read_bytes()
    text = all_text(pdf)
    assert "Hôpital de Test" in page_texts(pdf)[0]
    assert float(reader(pdf).pages[0].mediabox.height) == pytest.approx(792)  # clinic paper: letter
    assert "26 Jul 2019: Overridden" in text
    assert "No inpatient bed this month" in text
    assert label("not_available_today") in text
    assert "Dr Zoë Ødegård" in text


def test_paper_option_overrides_clinic_setting(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "dt2.pdf"
    argv = ["--db", str(db), "summary", "--patient", "DT-2", "-o", str(out), "--paper", "a4", "--today", TODAY]
    assert main(argv) == 0
    assert float(reader(out.read_bytes()).pages[0].mediabox.height) == pytest.approx(841.89, abs=0.01)


def test_unknown_patient_exits_2(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pdf"
    assert main(["--db", str(db), "summary", "--patient", "NOPE", "-o", str(out)]) == 2
    assert "NOPE" in capsys.readouterr().err
    assert not out.exists()


def test_all_patients_with_progress(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "summaries"
    assert main(["--db", str(db), "summary", "--all", "-o", str(folder), "--today", TODAY]) == 0
    pdfs = sorted(folder.iterdir())
    assert len(pdfs) == 4
    assert all(p.suffix == ".pdf" for p in pdfs)
    err = capsys.readouterr().err
    assert "[1/4]" in err and "[4/4]" in err and "wrote 4 summaries" in err
    texts = {p.name: all_text(p.read_bytes()) for p in pdfs}
    assert any("Nguyễn Thị Hương" in t for t in texts.values())
    assert any(name.startswith("HN_ü_7-") for name in texts)
    for pdf in pdfs:
        assert qpdf_check(pdf).returncode == 0


def test_not_a_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fake = tmp_path / "not.sqlite3"
    fake.write_bytes(b"this is not a database")
    assert main(["--db", str(fake), "summary", "--patient", "DT-1", "-o", str(tmp_path / "x.pdf")]) == 1
    assert capsys.readouterr().err.startswith("aml-desktop summary:")


def test_summary_command_does_not_import_qt_or_reportlab_until_needed() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from aml_desktop.cli.main import build_parser; build_parser(); "
        "print(any(m.startswith(('PySide6', 'reportlab')) for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_every_demo_clinic_patient_prints(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from aml_desktop.services.demo import make_demo_clinic

    path = tmp_path / "demo.sqlite3"
    with Store.open(path) as store:
        count = make_demo_clinic(store, today=date(2026, 11, 23))
    folder = tmp_path / "demo-summaries"
    assert main(["--db", str(path), "summary", "--all", "-o", str(folder), "--today", "2026-11-23"]) == 0
    pdfs = sorted(folder.glob("*.pdf"))
    assert len(pdfs) == count >= 30
    assert f"wrote {count} summaries" in capsys.readouterr().err
    for pdf in pdfs:
        pages = page_texts(pdf.read_bytes())
        assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1))


def test_same_case_gives_identical_bytes_across_processes(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}.pdf"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        argv = ["summary", str(CASES / "patient2-primary-refractory.json"), "-o", str(out), "--today", TODAY]
        subprocess.run([sys.executable, "-m", "aml_desktop", *argv], env=env, check=True, capture_output=True)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
