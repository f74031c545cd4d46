"""The demo clinic: valid, varied, every status, the paper's three patients, and safe to run twice."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from aml_desktop.engine import codes
from aml_desktop.engine.case_io import load_case
from aml_desktop.services.demo import DATED_AS_OF, demo_case_dicts, make_demo_clinic, paper_case_dicts
from aml_desktop.store import Store

CASES = Path(__file__).parent.parent / "fixtures" / "cases"
DEMO = Path(__file__).parent.parent.parent / "resources" / "demo"
TODAY = date(2026, 11, 23)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "clinic.sqlite3")


def test_paper_cases_are_the_fixture_cases() -> None:
    fixtures = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in CASES.glob("*.json")}
    assert fixtures == paper_case_dicts()


def test_every_demo_file_is_a_strict_case_file() -> None:
    files = sorted(DEMO.rglob("*.json"))
    assert len(files) == 35
    for path in files:
        load_case(path.read_bytes())  # raises with the field and the problem


def test_demo_dates_move_with_today_and_the_paper_keeps_its_own() -> None:
    later = demo_case_dicts(DATED_AS_OF + timedelta(days=10))
    first = demo_case_dicts(DATED_AS_OF)
    assert later[:3] == first[:3]  # the paper's patients, as published
    before, after = first[3], later[3]
    assert date.fromisoformat(after["diagnosis"]["date"]) - date.fromisoformat(
        before["diagnosis"]["date"]
    ) == timedelta(days=10)
    assert after["patient"]["name"] == before["patient"]["name"]


def test_demo_clinic_covers_every_status_and_is_idempotent(store: Store) -> None:
    added = make_demo_clinic(store, today=TODAY)
    assert added >= 30
    assert store.count_patients() == added
    statuses = {p.status for p in store.list_patients(limit=1000)}
    assert statuses == set(codes.STATUSES) - {"unknown"}
    assert {"DT-1", "DT-2", "DT-3"} <= {p.hospital_number for p in store.list_patients(limit=1000)}
    assert store.list_patients("nguyen")[0].name == "Nguyễn Thị Hương"
    assert store.clinic_settings().clinic_name == "Demo clinic"
    assert not store.clinic_settings().formulary.has("gilteritinib")
    assert make_demo_clinic(store, today=TODAY) == 0
    assert store.count_patients() == added


def test_demo_cases_cover_the_pathways_the_algorithm_distinguishes() -> None:
    cases = demo_case_dicts(TODAY)
    text = json.dumps(cases, ensure_ascii=False)
    for needle in (
        '"allogeneic"',
        '"ITD"',
        '"R132H"',
        '"R140Q"',
        '"t(15;17)"',
        '"AZA-VEN"',
        '"positive"',
        "Zoë Ødegård",
    ):
        assert needle in text, needle
