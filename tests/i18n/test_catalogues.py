"""The translation catalogues are complete, current against the code, and compiled.

Fails when a string was added, changed or removed in the code without ``make translations``,
when any entry of any language is untranslated or fuzzy, when a translation lost or renamed a
``{placeholder}``, or when a committed ``.mo``/``.qm`` differs from its source.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gettext_catalogues_complete_current_and_compiled() -> None:
    problems = [p for p in _script().check() if not p.startswith("resources/translations/aml_desktop_")]
    assert problems == []


def test_qt_catalogues_complete_current_and_compiled() -> None:
    assert _script().check_qt() == []


@pytest.mark.parametrize("language", ["fr", "es", "pt"])
def test_every_entry_is_marked_for_clinical_review_until_reviewed(language: str) -> None:
    """The convention README describes: machine-drafted text says so until a clinician removes the flag."""
    script = _script()
    catalog = script.read_catalog(language)
    unflagged = [m.id for m in catalog if m.id and script.REVIEW_FLAG not in m.flags]
    assert unflagged == []
    ts = (ROOT / "resources" / "translations" / f"aml_desktop_{language}.ts").read_text(encoding="utf-8")
    messages = ts.count("<message>")
    assert messages > 0
    assert len(re.findall(r"<translatorcomment>needs clinical review</translatorcomment>", ts)) == messages


def test_glossary_lists_each_language() -> None:
    glossary = (ROOT / "resources" / "translations" / "GLOSSARY.md").read_text(encoding="utf-8")
    for term in ("rémission complète", "allogreffe de cellules souches hématopoïétiques", "recidiva", "recaída"):
        assert term in glossary


@pytest.mark.parametrize("language", ["fr", "es", "pt"])
def test_the_user_guide_is_translated_section_by_section(language: str) -> None:
    """Each translated guide has the English guide's sections and table rows (a new English section fails)."""
    from aml_desktop.gui.guide import guide_text

    english, translated = guide_text("en"), guide_text(language)

    def shape(text: str) -> tuple[int, int, int]:
        lines = text.splitlines()
        return (
            sum(line.startswith("## ") for line in lines),
            sum(line.startswith("|") for line in lines),
            sum(line.startswith("- **") for line in lines),
        )

    assert shape(translated) == shape(english)
    assert "Ctrl+P" in translated and "DeWolf & Tallman" in translated
