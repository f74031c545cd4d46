"""Why the engine answered as it did: each rule that fired, in words, with its references."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from aml_desktop.engine.result import Recommendation

from .formats import NOT_RECORDED, fmt_date, fmt_number
from .references import References
from .units import spell_units
from .vocabulary import label
from .wording import readable


@dataclass(frozen=True)
class RationaleItem:
    rule: str  # the rule id, for support (tooltip), never printed
    text: str
    refs: str
    facts: str
    ref_ids: tuple[str, ...] = ()


def _fact_value(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return fmt_date(value)
    if isinstance(value, float):
        return fmt_number(value)
    if isinstance(value, tuple | list):
        return ", ".join(_fact_value(v) for v in value) or "none"
    if value is None:
        return NOT_RECORDED
    if isinstance(value, str):
        words = label(value)
        return spell_units(words) if words != value else readable(value)  # a code, or free text with codes
    return str(value)


def _fact_name(name: str) -> str:
    text = label(name)
    return name.replace("_", " ").capitalize() if text == name else text


def rationale(rec: Recommendation, refs: References) -> tuple[RationaleItem, ...]:
    items = []
    for step in rec.rationale:
        facts = "; ".join(f"{_fact_name(name)}: {_fact_value(value)}" for name, value in step.facts)
        items.append(RationaleItem(step.rule, readable(step.text), refs.cite(step.cites), facts, tuple(step.cites)))
    return tuple(items)
