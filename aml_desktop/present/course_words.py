"""The ruleset 2026.2 facts about a patient's course in words: failed regimens, old data, ELN 2022.

Shown on the Standing tab, the printed summary and ``recommend --text`` alike (through
``summary.build_view``), and in the Needed box (``checklist.needed_items``).
"""

from __future__ import annotations

from collections.abc import Iterable

from aml_desktop.engine.result import Derived
from aml_desktop.engine.runs import FailedRun

from .formats import fmt_date
from .i18n import _
from .sentences import eln_test_names
from .vocabulary import label


def failed_regimen_lines(failed: Iterable[FailedRun]) -> tuple[str, ...]:
    """clinical-spec.md §8.9 ``failed_regimens`` in words, one line each: what, how, when, class."""
    return tuple(
        _("{regimen}: {kind} on {date} ({klass}, given from {start})").format(
            regimen=label(f.regimen),
            kind=label(f.kind).lower(),
            date=fmt_date(f.date),
            klass=label(f.klass).lower(),
            start=fmt_date(f.run_start),
        )
        for f in failed
    )


def freshness_items(derived: Derived, flags: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """clinical-spec.md §8.6 warnings as (flag, words): which data are old, said in the current language."""
    shown = set(flags)
    items = []
    if "stale_disease_assessment" in shown:
        days = derived.days_since_disease_assessment
        line = _("Latest disease assessment is {days} days old: repeat it before treating.").format(days=days)
        items.append(("stale_disease_assessment", line))
    if "stale_fitness" in shown:
        line = (
            _("Fitness judgement is {days} days old: judge fitness again.").format(days=derived.days_since_fitness)
            if derived.days_since_fitness is not None
            else _("Fitness judgement has no date: judge fitness again.")
        )
        items.append(("stale_fitness", line))
    return tuple(items)


def freshness_lines(derived: Derived, flags: Iterable[str]) -> tuple[str, ...]:
    """clinical-spec.md §8.6 warnings in words (empty when the data are fresh or the rule does not apply)."""
    return tuple(line for _flag, line in freshness_items(derived, flags))


def eln2022_text(derived: Derived) -> str:
    """ELN 2022 group with the tests that could still change it (clinical-spec.md §8.7)."""
    text = label(derived.eln2022_risk or "unknown")
    if derived.eln2022_missing_tests:
        tests = eln_test_names(derived.eln2022_missing_tests)
        text += " " + _("(missing tests that could change it: {tests})").format(tests=tests)
    return text
