"""Shared fixtures for the store tests: a fresh database file per test, the paper's cases."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from aml_desktop.engine.case import Case
from aml_desktop.engine.case_io import case_to_dict, load_case
from aml_desktop.store import Store

CASES = Path(__file__).parent.parent / "fixtures" / "cases"
TODAY = date(2026, 11, 23)
USER = "test:clinician"
COMPARED = ("patient", "diagnosis", "courses", "assessments", "fitness", "decisions", "extensions")


def fixture_case(name: str) -> Case:
    return load_case((CASES / f"{name}.json").read_bytes())


def all_fixture_cases() -> list[Case]:
    return [load_case(path.read_bytes()) for path in sorted(CASES.glob("*.json"))]


def comparable(case: Case, *, drop_id: bool = False) -> dict[str, Any]:
    """The parts of a case that must survive a round trip (case-format.md), as JSON values."""
    data = json.loads(json.dumps(case_to_dict(case)))
    if drop_id:
        data["patient"].pop("id", None)
    return {key: data.get(key) for key in COMPARED}


ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    """The engine the test runs on: every test that opens a clinic runs on a SQLite file and on PostgreSQL,
    except those marked ``sqlite_only`` (about the file itself: WAL, pragmas, damage, encryption, file
    backups, read-only media), which are collected for SQLite alone (see pytest_collection_modifyitems)."""
    return str(request.param)


@pytest.fixture
def db_path(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Any:
    """Where the test's clinic lives: a new file's path (SQLite), or a new, migrated database's URL (PostgreSQL)."""
    if engine == "sqlite":
        return tmp_path / "clinic.sqlite3"
    return request.getfixturevalue("pg_database")


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(db_path, today=lambda: TODAY) as opened:
        yield opened
