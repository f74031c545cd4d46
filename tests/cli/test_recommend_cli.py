"""``aml-desktop recommend`` as a user runs it: JSON on stdout, errors on stderr, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

CASES = Path(__file__).parents[1] / "fixtures" / "cases"


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aml_desktop", *args], capture_output=True, text=True, input=stdin, timeout=60
    )


@pytest.mark.parametrize(
    ("name", "category", "regimen", "action"),
    [
        ("patient1-early-relapse", "intensive_chemotherapy", "MEC", "allogeneic_hct_referral"),
        ("patient2-primary-refractory", "venetoclax_combination", "AZA-VEN", "allogeneic_hct_referral"),
        ("patient3-older-idh1", "idh1_inhibitor", "IVOSIDENIB", "qtc_monitoring"),
    ],
)
def test_recommend_answers_the_paper_cases(name, category, regimen, action):
    done = cli("recommend", str(CASES / f"{name}.json"))
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["format"] == "aml-recommendation/1"
    assert out["recommendation"]["primary"]["category"] == category
    assert regimen in out["recommendation"]["primary"]["regimens"]
    assert action in out["recommendation"]["actions"]
    assert done.stderr == ""


def test_invalid_case_exits_2_with_the_field_on_stderr_and_nothing_on_stdout(tmp_path):
    data = json.loads((CASES / "patient1-early-relapse.json").read_text())
    data["assessments"][1]["marrow_blasts_percent"] = 150
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    done = cli("recommend", str(bad))
    assert done.returncode == 2
    assert done.stdout == ""
    assert "assessments[1].marrow_blasts_percent: 150 is out of range" in done.stderr


@pytest.mark.parametrize("content", [b"", b"{not json", b"\xff\xfe\x00", b"[]"])
def test_broken_files_exit_2(tmp_path, content):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    done = cli("recommend", str(bad))
    assert done.returncode == 2
    assert done.stdout == ""
    assert "bad.json" in done.stderr


def test_missing_file_exits_2(tmp_path):
    done = cli("recommend", str(tmp_path / "nope.json"))
    assert done.returncode == 2
    assert "cannot read" in done.stderr


def test_output_is_byte_identical_between_runs():
    path = str(CASES / "patient3-older-idh1.json")
    assert cli("recommend", path).stdout == cli("recommend", path).stdout


def test_text_form_for_a_clinician():
    done = cli("recommend", "--text", str(CASES / "patient3-older-idh1.json"))
    assert done.returncode == 0
    assert "the treating clinician decides" in done.stdout
    assert "Ivosidenib" in done.stdout
    assert "RR-INHIBITOR" not in done.stdout  # rule ids are for support (JSON), not for the clinician
    assert "Targetable mutation IDH1 (R132C): Ivosidenib." in done.stdout
    assert "DeWolf S, Tallman MS" in done.stdout


def test_recommend_does_not_import_qt_or_reportlab():
    code = (
        "import sys; from aml_desktop.cli.main import main; "
        f"rc = main(['recommend', {str(CASES / 'patient1-early-relapse.json')!r}]); "
        "bad = [m for m in ('PySide6', 'reportlab') if m in sys.modules]; "
        "sys.stderr.write(repr(bad)); sys.exit(rc or (3 if bad else 0))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_recommend_patient_takes_the_hospital_number_as_well_as_the_id(tmp_path):
    db = str(tmp_path / "clinic.sqlite3")
    done = cli("--db", db, "import", str(CASES / "patient3-older-idh1.json"))
    assert done.returncode == 0, done.stderr
    by_number = cli("--db", db, "recommend", "--patient", "DT-3", "--today", "2019-06-05")
    assert by_number.returncode == 0, by_number.stderr
    patient_id = done.stdout.split()[0]  # import prints "<id>  <hospital number>  <file>"
    by_id = cli("--db", db, "recommend", "--patient", patient_id, "--today", "2019-06-05")
    assert by_id.returncode == 0, by_id.stderr
    assert by_number.stdout == by_id.stdout
    assert json.loads(by_number.stdout)["recommendation"]["primary"]["regimens"] == ["IVOSIDENIB"]
    missing = cli("--db", db, "recommend", "--patient", "NO-SUCH")
    assert missing.returncode == 2 and missing.stdout == ""
    assert "NO-SUCH" in missing.stderr
