"""The compiled Designer modules are committed; they must match their .ui sources exactly."""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECKOUT_SLACK_SECONDS = 5
UI_FILES = sorted((ROOT / "ui").glob("*.ui"))


def _compiler() -> ModuleType:
    spec = importlib.util.spec_from_file_location("compile_forms", ROOT / "scripts" / "compile_forms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_form_has_a_source() -> None:
    assert len(UI_FILES) >= 10
    compiled = {p.stem.removeprefix("ui_") for p in (ROOT / "aml_desktop" / "gui" / "forms").glob("ui_*.py")}
    assert compiled == {p.stem for p in UI_FILES}


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_compiled_form_is_fresh(ui_file: Path) -> None:
    compiler = _compiler()
    target = compiler.target_for(ui_file)
    assert target.exists(), f"{target.name} missing: run `make forms`"
    # A fresh clone writes both files within moments of each other; an edit made later is minutes apart.
    assert target.stat().st_mtime >= ui_file.stat().st_mtime - CHECKOUT_SLACK_SECONDS, (
        f"{target.name} is older than {ui_file.name}: run `make forms`"
    )
    assert target.read_text(encoding="utf-8") == compiler.compile_form(ui_file), (
        f"{target.name} differs from a fresh compile of {ui_file.name}: run `make forms` and commit"
    )


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_object_names_are_snake_case_with_a_type_suffix(ui_file: Path) -> None:
    import re
    import xml.etree.ElementTree as ET

    root = ET.parse(ui_file).getroot()
    top = root.find("widget")
    assert top is not None
    names = [w.get("name", "") for w in root.iter("widget") if w is not top]
    names += [a.get("name", "") for a in root.iter("action")]
    bad = [n for n in names if not re.fullmatch(r"[a-z][a-z0-9_]*_[a-z]+", n)]
    assert not bad, f"object names not snake_case with a type suffix: {bad}"
