"""The road map from the command line: plan, record, modify, print; the case file keeps it all."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from aml_desktop.cli.main import main
from aml_desktop.engine.cycles import read_cycles

FIXTURES = Path(__file__).parents[1] / "fixtures" / "cases"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.db"
    assert main(["--db", str(path), "import", str(FIXTURES / "patient1-early-relapse.json")]) == 0
    return path


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def test_plan_give_modify_roadmap_and_export_round_trip(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run(db, "cycle", "organ", "--patient", "DT-1", "--date", "2019-07-26", "--creatinine", "0.8", "--lvef", "60")
        == 0
    )
    assert (
        run(
            db,
            "cycle",
            "plan",
            "--patient",
            "DT-1",
            "--regimen",
            "MEC",
            "--start",
            "2019-07-29",
            "--height",
            "165",
            "--weight",
            "61",
            "--weight-date",
            "2019-07-26",
            "--by",
            "Dr T",
        )
        == 0
    )
    assert "etoposide: 134 mg IV days 1-6" in capsys.readouterr().out  # 80 mg/m2 x 1.67 m2
    assert run(db, "cycle", "give", "--patient", "DT-1", "--day", "1", "--agent", "etoposide", "--status", "given",
               "--dose", "134", "--by", "RN Lee") == 0  # fmt: skip
    assert run(db, "cycle", "give", "--patient", "DT-1", "--day", "2", "--agent", "etoposide", "--status", "held",
               "--by", "RN Lee") == 0  # fmt: skip
    assert run(db, "cycle", "modify", "--patient", "DT-1", "--agent", "cytarabine", "--percent", "75", "--reason",
               "renal", "--by", "Dr T") == 0  # fmt: skip
    # wrong input: named, nothing changed
    assert run(db, "cycle", "give", "--patient", "DT-1", "--day", "1", "--agent", "aspirin", "--status", "given",
               "--dose", "1", "--by", "RN") == 2  # fmt: skip
    assert "aspirin" in capsys.readouterr().err
    assert run(db, "cycle", "modify", "--patient", "DT-1", "--agent", "cytarabine", "--percent", "75", "--reason",
               "other", "--by", "Dr T") == 2  # fmt: skip
    out = tmp_path / "roadmap.pdf"
    assert run(db, "roadmap", "--patient", "DT-1", "-o", str(out), "--today", "2019-08-06") == 0
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert "MEC cycle 1, day 9" in text
        assert "Etoposide HELD" in text
        assert "Bone marrow" in text and "75 %, renal function, by Dr T" in text
    exported = tmp_path / "out"
    exported.mkdir()
    assert run(db, "export", "--all", "-o", str(exported)) == 0
    files = list(exported.glob("*.json"))
    data = json.loads(files[0].read_text())
    (cycle,) = read_cycles(data["extensions"])
    assert [(a.day, a.agent, a.status) for a in cycle.administrations] == [
        (1, "etoposide", "given"),
        (2, "etoposide", "held"),
    ]
    # import the export again: the same extensions come back
    db2 = tmp_path / "again.db"
    assert main(["--db", str(db2), "import", str(files[0])]) == 0
    again = tmp_path / "again"
    again.mkdir()
    assert main(["--db", str(db2), "export", "--all", "-o", str(again)]) == 0
    assert json.loads(next(again.glob("*.json")).read_text())["extensions"] == data["extensions"]


def test_the_summary_lists_doses_given_and_the_cumulative_anthracycline(db: Path, tmp_path: Path) -> None:
    assert run(db, "cycle", "plan", "--patient", "DT-1", "--regimen", "MEC", "--start", "2019-07-29", "--height",
               "165", "--weight", "61", "--weight-date", "2019-07-26", "--by", "Dr T") == 0  # fmt: skip
    for day in ("1", "2"):
        assert run(db, "cycle", "give", "--patient", "DT-1", "--day", day, "--agent", "mitoxantrone", "--status",
                   "given", "--dose", "10", "--by", "RN") == 0  # fmt: skip
    out = tmp_path / "summary.pdf"
    assert run(db, "summary", "--patient", "DT-1", "-o", str(out), "--today", "2019-08-06") == 0
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
        assert "Mitoxantrone 20 mg" in text  # what was given, not the six planned doses
        # 20 mg / 1.67 m2 = 11.98 mg/m2 x 10 = 119.8 doxorubicin equivalents
        assert "119.8 mg/m² doxorubicin equivalents" in text
