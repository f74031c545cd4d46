"""Test-wide safety: Qt draws offscreen and no test can touch real clinic data."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# Deterministic property tests: the same examples on every run and every machine, so CI
# never turns red by chance. Set HYPOTHESIS_PROFILE=explore to search with fresh seeds.
settings.register_profile("deterministic", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Redirect the application-data folder before anything imports the app.
_SESSION_DATA = Path(tempfile.mkdtemp(prefix="aml-desktop-test-"))
os.environ["AML_DESKTOP_DATA_DIR"] = str(_SESSION_DATA)
os.environ["XDG_CONFIG_HOME"] = str(_SESSION_DATA / "config")
os.environ["XDG_DATA_HOME"] = str(_SESSION_DATA / "data")

FIXTURES = Path(__file__).parent / "fixtures"
CASES = FIXTURES / "cases"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own application-data folder."""
    folder = tmp_path / "appdata"
    folder.mkdir()
    monkeypatch.setenv("AML_DESKTOP_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def case_path() -> callable:
    """Path of a fixture case file by its stem, e.g. ``case_path('patient1-early-relapse')``."""

    def get(name: str) -> Path:
        return CASES / f"{name}.json"

    return get


@pytest.fixture(autouse=True)
def _cheap_password_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id at its lowest cost in tests (the stored hash names its parameters, so checks still work)."""
    from aml_desktop.store import accounts

    monkeypatch.setattr(accounts, "HASH_COST", {"time_cost": 1, "memory_cost": 8, "parallelism": 1})
    monkeypatch.delenv("AML_DESKTOP_PASSWORD", raising=False)
