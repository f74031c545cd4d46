"""The rationale's "why" steps of the paper's patients are their own sentences in French, Spanish and Portuguese.

Each step is the engine's sentence about this patient (a ``say`` template and its values). In a
translated language it must be that sentence worded in the language: no English phrase of the
step left, and not the rule's generic statement in its place (which names none of the
patient's values).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from aml_desktop.engine.case_io import load_case
from aml_desktop.engine.evaluate import evaluate
from aml_desktop.engine.rule_registry import RULES
from aml_desktop.engine.sentences import Sentence
from aml_desktop.present.i18n import _, use_language
from aml_desktop.present.rationale import rationale, step_text
from aml_desktop.present.references import References
from aml_desktop.present.units import spell_units
from tests.i18n.page_text import TRANSLATED
from tests.i18n.test_no_english_sentences import _phrases

ROOT = Path(__file__).resolve().parents[2]
PAPER = sorted((ROOT / "resources" / "demo" / "paper").glob("*.json"))
TODAY = date(2026, 11, 30)


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize("patient", PAPER, ids=lambda p: p.stem)
def test_each_step_is_the_patients_sentence_in_the_language(patient: Path, language: str) -> None:
    rec = evaluate(load_case(patient.read_bytes()), today=TODAY).recommendation
    with use_language(language):
        items = rationale(rec, References())
        assert len(items) == len(rec.rationale) > 0
        for step, item in zip(rec.rationale, items, strict=True):
            assert isinstance(step.text, Sentence), step.rule
            left = [phrase for phrase in _phrases(step.text, words=3) if phrase in item.text]
            assert left == [], (step.rule, item.text)
            statement = spell_units(_(RULES[step.rule].statement))
            assert item.text != statement, (step.rule, "the rule's statement, not the patient's sentence")
            assert not item.text[:1].islower(), (step.rule, "a step is a sentence: capital first")


def test_a_step_that_is_not_a_sentence_falls_back_to_the_rule_statement() -> None:
    """A step read back from a stored snapshot (plain text) is shown as the rule's statement, translated."""
    with use_language("fr"):
        printed = step_text("RR-TRIALS", "This clinic has clinical trials: consider one first.")
        assert printed == spell_units(_(RULES["RR-TRIALS"].statement))
        assert "clinical trials" not in printed
