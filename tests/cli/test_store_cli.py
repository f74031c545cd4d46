"""The store's command-line verbs: import, export, list, backup, restore, demo."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from aml_desktop.cli import store_cmd
from aml_desktop.engine.case_io import load_case
from aml_desktop.paths import default_db_path
from aml_desktop.store import Store

CASES = Path(__file__).parent.parent / "fixtures" / "cases"
FIXTURES = sorted(CASES.glob("*.json"))
COMPARED = ("patient", "diagnosis", "courses", "assessments", "fitness", "decisions", "extensions")


def run(*argv: str | Path) -> int:
    """Parse like ``aml-desktop`` (global ``--db``) with the store's verbs, and run the handler."""
    parser = argparse.ArgumentParser(prog="aml-desktop")
    parser.add_argument("--db", type=Path)
    store_cmd.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args([str(a) for a in argv])
    return int(args.func(args))


def _same(exported: Path, original: Path) -> None:
    out = json.loads(exported.read_text(encoding="utf-8"))
    src = json.loads(original.read_text(encoding="utf-8"))
    assert out["format"] == "aml-case/1"
    assert out["as_of"] == date.today().isoformat()
    assert out["patient"].pop("id")
    src.setdefault("decisions", [])
    src.setdefault("extensions", {})
    for key in COMPARED:
        assert out.get(key) == src.get(key), key


def test_import_then_export_gives_back_every_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "clinic.sqlite3"
    assert run("--db", db, "import", *FIXTURES) == 0
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == 3
    assert run("--db", db, "export", "--all", "-o", tmp_path / "out") == 0
    exported = sorted((tmp_path / "out").glob("*.json"))
    assert [p.name.split("-")[0] + "-" + p.name.split("-")[1] for p in exported] == ["DT-1", "DT-2", "DT-3"]
    for out, src in zip(exported, FIXTURES, strict=True):
        _same(out, src)
        formulary = json.loads(out.read_text(encoding="utf-8"))["formulary"]
        assert formulary["cytarabine"] is True  # the exporting clinic's formulary
    assert run("--db", db, "export", "DT-2", "-o", tmp_path / "one.json") == 0
    _same(tmp_path / "one.json", FIXTURES[1])
    patient_id = printed[2].split()[0]
    assert run("--db", db, "export", patient_id, "-o", tmp_path / "three.json") == 0
    _same(tmp_path / "three.json", FIXTURES[2])
    # The exported files import into another clinic unchanged.
    assert run("--db", tmp_path / "other.sqlite3", "import", *exported) == 0
    with Store.open(tmp_path / "other.sqlite3") as other:
        assert other.get_case(patient_id).patient.name == "Patient Three"


def test_a_bad_file_imports_nothing_and_names_file_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "clinic.sqlite3"
    bad = tmp_path / "bad.json"
    data = json.loads(FIXTURES[0].read_text(encoding="utf-8"))
    data["assessments"][1]["marrow_blasts_percent"] = 140
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert run("--db", db, "import", FIXTURES[1], bad) == 2
    err = capsys.readouterr().err
    assert "nothing was imported" in err
    assert f"{bad}: assessments[1].marrow_blasts_percent: 140 is out of range" in err
    with Store.open(db) as store:
        assert store.count_patients() == 0


def test_an_existing_patient_is_refused_unless_replace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "clinic.sqlite3"
    assert run("--db", db, "import", FIXTURES[0]) == 0
    assert run("--db", db, "import", FIXTURES[0], FIXTURES[1]) == 1
    assert "DT-1" in capsys.readouterr().err
    with Store.open(db) as store:
        assert store.count_patients() == 1
    assert run("--db", db, "import", "--replace", FIXTURES[0], FIXTURES[1]) == 0
    with Store.open(db) as store:
        assert store.count_patients() == 2


def test_list_shows_derived_status_and_filters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "clinic.sqlite3"
    assert run("--db", db, "demo") == 0
    capsys.readouterr()
    assert run("--db", db, "list", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) >= 30
    statuses = {r["status"] for r in rows}
    assert {"relapsed", "primary_refractory", "in_remission", "newly_diagnosed"} <= statuses
    assert run("--db", db, "list", "--json", "--search", "nguyen") == 0
    assert [r["name"] for r in json.loads(capsys.readouterr().out)] == ["Nguyễn Thị Hương"]
    assert run("--db", db, "list", "--status", "primary_refractory") == 0
    table = capsys.readouterr().out
    assert "DT-2" in table and "DT-1" not in table
    assert run("--db", db, "list", "--status", "cured") == 2


def test_backup_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "clinic.sqlite3"
    assert run("--db", db, "import", FIXTURES[0]) == 0
    assert run("--db", db, "backup", "-o", tmp_path / "usb" / "backup.sqlite3") == 0
    assert "integrity check: ok" in capsys.readouterr().out
    assert run("--db", db, "import", FIXTURES[1]) == 0
    assert run("--db", db, "restore", tmp_path / "usb" / "backup.sqlite3") == 0
    out = capsys.readouterr().out
    assert "kept as" in out
    with Store.open(db) as store:
        assert store.count_patients() == 1
    (tmp_path / "junk.sqlite3").write_bytes(b"junk" * 1000)
    assert run("--db", db, "restore", tmp_path / "junk.sqlite3") == 1
    assert "nothing was changed" in capsys.readouterr().err


def test_default_database_is_in_the_application_data_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("import", FIXTURES[2]) == 0
    assert default_db_path().exists()
    with Store.open(default_db_path()) as store:
        assert store.count_patients() == 1


def test_a_foreign_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    foreign = tmp_path / "photos.db"
    foreign.write_bytes(b"not a database at all" * 100)
    assert run("--db", foreign, "import", FIXTURES[0]) == 1
    assert "not an AML Desktop database" in capsys.readouterr().err
    assert foreign.read_bytes() == b"not a database at all" * 100


def test_the_store_verbs_do_not_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys, argparse; from pathlib import Path; from aml_desktop.cli import store_cmd\n"
        "p = argparse.ArgumentParser(); p.add_argument('--db', type=Path); store_cmd.register(p.add_subparsers())\n"
        f"a = p.parse_args(['--db', {str(tmp_path / 'x.db')!r}, 'demo']); assert a.func(a) == 0\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_exported_files_are_valid_case_files(tmp_path: Path) -> None:
    db = tmp_path / "clinic.sqlite3"
    assert run("--db", db, "demo") == 0
    assert run("--db", db, "export", "--all", "-o", tmp_path / "out") == 0
    files = list((tmp_path / "out").glob("*.json"))
    assert len(files) >= 30
    names = {load_case(f.read_bytes()).patient.name for f in files}
    assert {"Nguyễn Thị Hương", "Zoë Ødegård", "José Álvarez"} <= names


def test_recommend_for_a_stored_patient_matches_its_exported_case_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from aml_desktop.cli.main import main

    db = tmp_path / "clinic.sqlite3"
    assert run("--db", db, "demo") == 0
    capsys.readouterr()
    today = date.today().isoformat()
    for number in ("DT-3", "DEMO-006", "DEMO-023"):
        assert run("--db", db, "export", number, "-o", tmp_path / f"{number}.json") == 0
        patient_id = json.loads((tmp_path / f"{number}.json").read_text(encoding="utf-8"))["patient"]["id"]
        capsys.readouterr()
        assert main(["--db", str(db), "recommend", "--patient", patient_id, "--today", today]) == 0
        stored = capsys.readouterr().out
        assert main(["recommend", str(tmp_path / f"{number}.json"), "--today", today]) == 0
        from_file = capsys.readouterr().out
        assert stored == from_file, number


def test_export_fhir_writes_one_bundle_per_patient(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from fhir.resources.R4B.bundle import Bundle

    db = tmp_path / "clinic.sqlite3"
    assert run("--db", db, "import", *FIXTURES) == 0
    one = tmp_path / "dt1.fhir.json"
    assert run("--db", db, "export", "DT-1", "--fhir", "--identifier-system", "urn:oid:1.2.3", "-o", one) == 0
    bundle = json.loads(one.read_text(encoding="utf-8"))
    Bundle.model_validate(bundle)
    [patient] = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"]
    mrn = patient["identifier"][0]
    assert (mrn["system"], mrn["value"]) == ("urn:oid:1.2.3", "DT-1")
    with Store.open(db) as store:  # the clinic's setting applies when no --identifier-system is given
        settings = store.clinic_settings()
        store.save_clinic_settings(replace(settings, fhir_identifier_system="urn:oid:9.8.7"), user="admin")
    assert run("--db", db, "export", "--all", "--fhir", "-o", tmp_path / "all") == 0
    written = sorted((tmp_path / "all").glob("*.fhir.json"))
    assert len(written) == 3
    for path in written:
        Bundle.model_validate_json(path.read_bytes())
        assert '"system": "urn:oid:9.8.7"' in path.read_text(encoding="utf-8")
    assert (
        run("--db", db, "export", "DT-1", "--fhir", "--identifier-system", "my hospital", "-o", tmp_path / "x.json")
        == 2
    )
    assert "not an absolute URI" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()
    assert run("--db", db, "export", "DT-1", "--identifier-system", "urn:oid:1.2", "-o", tmp_path / "x.json") == 2
    assert "--fhir exports only" in capsys.readouterr().err
