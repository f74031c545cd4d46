"""References numbered in order of first use, the same on screen, on paper and at the terminal.

The engine cites by id (``DT Table 2``, ``SPEC §4``); a reader sees ``[1]`` and, in the
list of references, the full text. The id stays available (the screen's tooltip) for support.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from aml_desktop.engine.citations import resolve

from .units import spell_units

# Citations for facts the presentation itself states (risk group, response categories, BSA).
ELN_RISK_CITATION: Final = "ELN2017 Table 5"
RESPONSE_CITATION: Final = "ELN2017 Table 6"
BSA_CITATION: Final = "Mosteller 1987"

# What a reference's verification tag means for the reader (citations.py documents the tags).
TAG_NOTES: Final = {
    "V2": "secondary source: check the primary source",
    "IMPL": "implementation decision, not from the paper: needs local clinical sign-off",
}


@dataclass(frozen=True)
class Reference:
    number: int
    id: str
    text: str
    note: str = ""


@dataclass(frozen=True)
class CitedText:
    """A sentence and its reference numbers (``[1, 3]``; empty for none); ``ids`` for tooltips."""

    text: str
    refs: str = ""
    ids: tuple[str, ...] = ()


class References:
    """Citation ids numbered in order of first use: ``[1]``, ``[2]``..."""

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}

    def cite(self, ids: Iterable[str]) -> str:
        """``[1, 3]`` for these ids (numbered now if new); empty text for no ids."""
        numbers = []
        for cid in ids:
            if not cid:
                continue
            if cid not in self._numbers:
                self._numbers[cid] = len(self._numbers) + 1
            number = self._numbers[cid]
            if number not in numbers:
                numbers.append(number)
        return f"[{', '.join(str(n) for n in numbers)}]" if numbers else ""

    def entries(self) -> tuple[Reference, ...]:
        out = []
        for cid, number in self._numbers.items():
            try:
                citation = resolve(cid)
            except KeyError:
                out.append(Reference(number, cid, cid, "not in the citation registry"))
                continue
            out.append(Reference(number, cid, spell_units(citation.text), TAG_NOTES.get(citation.tag, "")))
        return tuple(out)
