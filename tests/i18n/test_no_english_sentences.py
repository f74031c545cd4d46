"""No English sentence left on a translated page: the summary PDF and ``recommend --text`` of every demo patient.

Two nets, for French, Spanish and Portuguese alike:

- the English rendering of the same patient, cut into sentences: none of them may appear on the
  translated page (this catches English that never reached a catalogue, such as an engine
  sentence written as an f-string);
- every English text of the gettext template (``aml_desktop.pot``: the words of ``present/``,
  the engine's ``say`` templates, rule statements, regimen notes), cut at its placeholders:
  none of its phrases may appear unless the translation itself keeps it (a catalogue entry
  missing or left in English).

Patient data, drug and gene names and the reference list are not sentences of the application
and are excepted: the reference list is cut off, and a phrase must hold several lower-case
English words to count.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from aml_desktop.cli.main import main
from aml_desktop.engine.case_io import load_case
from aml_desktop.reports import render_summary, snapshot_from_case
from tests.i18n.page_text import TRANSLATED, before_references
from tests.reports.report_pdftools import all_text

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
PATIENTS = sorted((ROOT / "resources" / "demo" / "paper").glob("*.json")) + sorted(
    (ROOT / "resources" / "demo" / "clinic").glob("*.json")
)
LANGUAGES = TRANSLATED
TODAY = "2026-11-30"
# DeWolf & Tallman section names are quoted as published (GLOSSARY.md).
_QUOTED = re.compile(r"DT §[^;,.)\]]*")
_WORD = re.compile(r"\b[a-z]{3,}\b")


def _phrases(text: str, *, words: int) -> Iterator[str]:
    """Sentence pieces of ``text`` holding at least ``words`` lower-case words, DT section names removed."""
    for piece in re.split(r"(?<=[.;:!?])\s+|[()\[\]]|\s[-—→]\s|\n", _QUOTED.sub(" ", text)):
        piece = " ".join(piece.split()).strip(" .;:,")
        if len(_WORD.findall(piece)) >= words:
            yield piece


def _flat(text: str) -> str:
    return " ".join(text.split())


@cache
def _terminal(patient: Path, language: str) -> str:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["recommend", "--text", "--lang", language, str(patient), "--today", TODAY]) == 0
    return _flat(before_references(out.getvalue(), language))


def _pdf(patient: Path, language: str) -> str:
    case = load_case(patient.read_bytes())
    snapshot = snapshot_from_case(case, today=date.fromisoformat(TODAY), clinic_name="Clinic", language=language)
    return _flat(before_references(all_text(render_summary(snapshot)), language))


@cache
def _catalogue_phrases(language: str) -> tuple[str, ...]:
    """English phrases of every template entry that the language's translation does not keep."""
    with (TRANSLATIONS / "aml_desktop.pot").open("rb") as handle:
        template = read_po(handle)
    with (TRANSLATIONS / language / "LC_MESSAGES" / "aml_desktop.po").open("rb") as handle:
        catalogue = read_po(handle)
    phrases: set[str] = set()
    for message in template:
        if not message.id or not isinstance(message.id, str):
            continue
        translated = catalogue.get(message.id)
        kept = _flat(str(translated.string)) if translated is not None and translated.string else ""
        try:  # the literal text between placeholders, one piece per line
            literal = "\n".join(text for text, *_ in string.Formatter().parse(message.id) if text)
        except ValueError:
            literal = message.id
        phrases |= {p for p in _phrases(literal, words=3) if p not in kept}
    return tuple(sorted(phrases))


def _english_left(page: str, english: str, language: str) -> list[str]:
    left = [p for p in _phrases(english, words=4) if p in page]
    left += [p for p in _catalogue_phrases(language) if p in page]
    return sorted(set(left))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("patient", PATIENTS, ids=lambda p: p.stem)
def test_no_english_sentence_at_the_terminal(patient: Path, language: str) -> None:
    english = _terminal(patient, "en")
    assert _english_left(_terminal(patient, language), english, language) == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("patient", PATIENTS, ids=lambda p: p.stem)
def test_no_english_sentence_on_the_printed_summary(patient: Path, language: str) -> None:
    english = _terminal(patient, "en")  # the same view model, on one column: its sentences read whole
    assert _english_left(_pdf(patient, language), english, language) == []


def test_the_net_catches_an_english_sentence() -> None:
    """The check itself: an engine sentence printed in English on a French page is found."""
    english = "Normal karyotype: no favorable or adverse cytogenetic lesion; NPM1 wild type without FLT3-ITD."
    page = "Pourquoi ce groupe de risque : " + english
    assert _english_left(page, english, "fr") != []
    french = "Caryotype normal : aucune lésion cytogénétique favorable ou défavorable."
    assert _english_left(french, english, "fr") == []
