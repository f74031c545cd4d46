"""A non-editable install (a built wheel) carries every resource and finds it at run time.

The source tree is not on the path here: a clean copy of it (no ``build/`` or egg-info left
by earlier builds, which setuptools would reuse) is installed into a temporary folder with
``pip install --no-deps --target``, so a data file missing from ``pyproject.toml``'s package
data shows up as a failure, not as the checkout quietly filling the gap.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CASE = ROOT / "tests" / "fixtures" / "cases" / "patient3-older-idh1.json"

PROBE = """
import json, sys
from importlib import resources
import aml_desktop
from aml_desktop.engine.catalog import load_catalog
from aml_desktop.reports.styles import register_fonts
register_fonts()
root = resources.files("aml_desktop.resources")
print(json.dumps({
    "package": aml_desktop.__file__,
    "regimens": len(load_catalog().all()),
    "files": sorted(
        f"{folder}/{item.name}" if folder else item.name
        for folder in ("", "fonts", "guide", "icons", "demo", "demo/paper", "demo/clinic")
        for item in (root.joinpath(folder) if folder else root).iterdir()
        if item.is_file() and item.name != "__init__.py"
    ),
}))
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("checkout") / "aml-desktop"
    leftovers = ("build", "dist", "*.egg-info", ".*", "__pycache__", "bench-data", "tmp", "docs")
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*leftovers))
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", target, source],
        check=True,
        capture_output=True,
        text=True,
    )
    return target


def _run(installed: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(installed), "PYTHONSAFEPATH": "1"}
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, check=False)


def test_the_installed_package_finds_its_catalog_fonts_guide_and_icon(installed: Path, tmp_path: Path) -> None:
    run = _run(installed, "-c", PROBE, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout)
    assert found["package"].startswith(str(installed)), "the checkout, not the install, was imported"
    assert found["regimens"] > 10
    shipped = {str(p.relative_to(ROOT / "resources")) for p in (ROOT / "resources").rglob("*") if p.is_file()}
    shipped -= {"__init__.py"}
    shipped = {p for p in shipped if "__pycache__" not in p}
    assert set(found["files"]) == shipped


def test_the_installed_demo_command_reads_the_shipped_demo_clinic(installed: Path, tmp_path: Path) -> None:
    run = _run(installed, "-m", "aml_desktop", "--db", str(tmp_path / "demo.sqlite3"), "demo", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "added 35 demo patients" in run.stdout


def test_the_installed_command_recommends_for_a_paper_patient(installed: Path, tmp_path: Path) -> None:
    run = _run(installed, "-m", "aml_desktop", "recommend", str(CASE), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["recommendation"]["primary"]["regimens"][0] == "IVOSIDENIB"
