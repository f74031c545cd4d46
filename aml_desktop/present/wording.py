"""Engine sentences made readable: codes inside a sentence become the vocabulary's words.

The engine writes its rationale with codes in it ("The clinic cannot give
venetoclax_combination (AZA-VEN): ..."). A clinician reads "HMA or low-dose cytarabine
with venetoclax (Azacitidine with venetoclax)". Rule ids (``RR-...``) and spec paragraphs
are for support and stay out of the sentence; the screen shows them as a tooltip.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from aml_desktop.engine.catalog import load_catalog

from .units import spell_units
from .vocabulary import VOCABULARIES, label

# A rule id in parentheses or brackets at the end of, or inside, a sentence.
_RULE_ID: Final = re.compile(r"\s*[(\[]\s*RR-[A-Z0-9-]+\s*[)\]]")


@cache
def _pattern() -> re.Pattern[str]:
    """Whole-word codes worth replacing: snake_case vocabulary codes and the catalog's regimen codes."""
    codes = {code for vocabulary in VOCABULARIES.values() for code in vocabulary if "_" in code}
    codes |= set(load_catalog().codes())
    ordered = sorted(codes, key=len, reverse=True)  # AZA-VEN before AZA
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(c) for c in ordered) + r")(?![\w-])")


def readable(text: str) -> str:
    """``text`` with every code replaced by its words and rule ids removed."""
    text = _RULE_ID.sub("", text)
    return spell_units(_pattern().sub(lambda m: label(m.group(1)), text))
