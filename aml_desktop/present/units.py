"""One spelling for each unit: ``µg`` (never ``ug``), ``m²`` (never ``m2``), wherever the text comes from.

The regimen catalog and the citation registry write units in ASCII (``mg/m2``, ``ug/kg``)
so that they are easy to type and check; everything a person reads goes through here.
"""

from __future__ import annotations

import re
from typing import Final

_UNIT_IN_TEXT: Final = re.compile(r"(?<![\w/])(mg|g|ug|µg|mcg)/(m2|kg)(?!\w)")
_MICROGRAMS: Final = re.compile(r"(?<=\d)(\s?)(ug|mcg)(?!\w)")


def fmt_unit(unit: str) -> str:
    """A catalog unit as read: ``mg/m2`` -> ``mg/m²``, ``ug/kg`` -> ``µg/kg``, ``ug`` -> ``µg``."""
    return unit.replace("m2", "m²").replace("ug", "µg")


def spell_units(text: str) -> str:
    """Units inside free text spelled the one way: ``3 g/m2`` -> ``3 g/m²``, ``5 ug/kg`` -> ``5 µg/kg``."""
    text = _UNIT_IN_TEXT.sub(lambda m: fmt_unit(m.group(1).replace("mcg", "ug")) + "/" + fmt_unit(m.group(2)), text)
    return _MICROGRAMS.sub(lambda m: m.group(1) + "µg", text)
