"""Engine sentences made readable: codes inside a sentence become the vocabulary's words.

The engine writes its rationale with codes in it ("The clinic cannot give
venetoclax_combination (AZA-VEN): ..."). A clinician reads "HMA or low-dose cytarabine
with venetoclax (Azacitidine with venetoclax)". Rule ids (``RR-...``) and spec paragraphs
are for support and stay out of the sentence; the screen shows them as a tooltip.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Final

from aml_desktop.engine.catalog import load_catalog

from .formats import fmt_date
from .units import spell_units
from .vocabulary import VOCABULARIES, label

# A rule id in parentheses or brackets at the end of, or inside, a sentence.
_RULE_ID: Final = re.compile(r"\s*[(\[]\s*RR-[A-Z0-9-]+\s*[)\]]")
_ISO_DATE: Final = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@cache
def _pattern() -> re.Pattern[str]:
    """Whole-word codes worth replacing: snake_case vocabulary codes and the catalog's regimen codes."""
    codes = {code for vocabulary in VOCABULARIES.values() for code in vocabulary if "_" in code}
    codes |= set(load_catalog().codes())
    ordered = sorted(codes, key=len, reverse=True)  # AZA-VEN before AZA
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(c) for c in ordered) + r")(?![\w-])")


def _date(match: re.Match[str]) -> str:
    try:
        return fmt_date(date.fromisoformat(match.group(0)))
    except ValueError:
        return match.group(0)


def readable(text: str) -> str:
    """``text`` with codes replaced by their words, rule ids removed, dates and units written the one way."""
    text = _RULE_ID.sub("", text)
    text = _ISO_DATE.sub(_date, text)
    return spell_units(_pattern().sub(lambda m: label(m.group(1)), text))
