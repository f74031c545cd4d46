"""Why the engine answered as it did: each rule that fired, in words, with its references."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from aml_desktop.engine.result import Recommendation
from aml_desktop.engine.rule_registry import RULES
from aml_desktop.engine.sentences import Sentence

from .formats import fmt_date, fmt_number, not_recorded, semicolon, yes_no
from .i18n import SOURCE_LANGUAGE, _, current_language
from .references import References
from .sentences import worded
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
        return yes_no(value)
    if isinstance(value, date):
        return fmt_date(value)
    if isinstance(value, float):
        return fmt_number(value)
    if isinstance(value, tuple | list):
        return ", ".join(_fact_value(v) for v in value) or _("none")
    if value is None:
        return not_recorded()
    if isinstance(value, str):
        words = label(value)
        return spell_units(words) if words != value else readable(value)  # a code, or free text with codes
    return str(value)


def _fact_name(name: str) -> str:
    text = label(name)
    return name.replace("_", " ").capitalize() if text == name else text


def step_text(rule: str, english: str) -> str:
    """The engine's sentence about this patient, in the current language.

    The engine writes each step with ``say`` (``engine.sentences``): a template and the
    patient's values, which ``worded`` writes in the language (English: the engine's own text).
    A step that is plain text (a decision snapshot read back from JSON) cannot be translated:
    another language prints the rule itself (``rule_registry.RULES``, the same words whatever
    the patient) and the patient's values follow in "Facts used".
    """
    if current_language() == SOURCE_LANGUAGE or rule not in RULES:
        return readable(english)
    if isinstance(english, Sentence):
        text = worded(english)  # a step is a whole sentence, even when it opens on a word the language writes small
        return text[:1].upper() + text[1:]
    return spell_units(_(RULES[rule].statement))


def rationale(rec: Recommendation, refs: References) -> tuple[RationaleItem, ...]:
    items = []
    for step in rec.rationale:
        facts = semicolon().join(
            _("{label}: {value}").format(label=_fact_name(name), value=_fact_value(value)) for name, value in step.facts
        )
        text = step_text(step.rule, step.text)
        items.append(RationaleItem(step.rule, text, refs.cite(step.cites), facts, tuple(step.cites)))
    return tuple(items)
