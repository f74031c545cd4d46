"""The ruleset 2026.2 facts about a patient's course in words: failed regimens, old data, ELN 2022.

Shown on the Standing tab, the printed summary and ``recommend --text`` alike (through
``summary.build_view``), and in the Needed box (``checklist.needed_items``).
"""

from __future__ import annotations

from collections.abc import Iterable

from aml_desktop.engine.result import Derived
from aml_desktop.engine.runs import FailedRun

from .formats import fmt_date
from .vocabulary import label


def failed_regimen_lines(failed: Iterable[FailedRun]) -> tuple[str, ...]:
    """clinical-spec.md §8.9 ``failed_regimens`` in words, one line each: what, how, when, class."""
    return tuple(
        f"{label(f.regimen)}: {label(f.kind).lower()} on {fmt_date(f.date)} "
        f"({label(f.klass).lower()}, given from {fmt_date(f.run_start)})"
        for f in failed
    )


def freshness_lines(derived: Derived, flags: Iterable[str]) -> tuple[str, ...]:
    """clinical-spec.md §8.6 warnings in words (empty when the data are fresh or the rule does not apply)."""
    shown = set(flags)
    lines = []
    if "stale_disease_assessment" in shown:
        lines.append(
            f"Latest disease assessment is {derived.days_since_disease_assessment} days old: repeat it before treating."
        )
    if "stale_fitness" in shown:
        lines.append(
            f"Fitness judgement is {derived.days_since_fitness} days old: judge fitness again."
            if derived.days_since_fitness is not None
            else "Fitness judgement has no date: judge fitness again."
        )
    return tuple(lines)


def eln2022_text(derived: Derived) -> str:
    """ELN 2022 group with the tests that could still change it (clinical-spec.md §8.7)."""
    text = label(derived.eln2022_risk or "unknown")
    if derived.eln2022_missing_tests:
        text += f" (missing tests that could change it: {', '.join(derived.eln2022_missing_tests)})"
    return text
