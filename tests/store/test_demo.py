"""The demo clinic: valid, varied, every status, the paper's three patients, and safe to run twice."""

from __future__ import annotations

import json

from aml_desktop.engine import codes
from aml_desktop.store import Store, make_demo_clinic
from aml_desktop.store.demo import demo_case_dicts
from aml_desktop.store.paper_cases import PAPER_CASES

from .conftest import CASES, TODAY


def test_paper_cases_are_the_fixture_cases() -> None:
    fixtures = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in CASES.glob("*.json")}
    assert fixtures == PAPER_CASES


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
