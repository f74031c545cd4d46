"""The checklist (actions to take, safety warnings) and what is still needed, worded once.

"Needed" is derived from the same view as the doses and the checklist, so the two cannot
disagree: when a dose line reads "needs height and weight", Needed asks for them; when no
dose depends on body size, Needed does not.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from aml_desktop.engine.result import Result

from .course_words import freshness_items
from .doses import NEEDED_BODY_SIZE, RegimenDoses
from .formats import text_label
from .i18n import _
from .sentences import eln_test_names
from .vocabulary import explain


@dataclass(frozen=True)
class CheckItem:
    """A line of the checklist: a box to tick (action) or a warning (flag), what, and why."""

    code: str  # for support (tooltip), never shown as text
    kind: str  # "action" | "flag"
    title: str
    detail: str


@dataclass(frozen=True)
class NeededItem:
    """Missing data the clinician can enter: what is missing, and which form supplies it."""

    text: str
    target: str  # "fitness" | "patient" | "molecular" | "assessment"
    button: str


def _items(codes: Iterable[str], kind: str) -> tuple[CheckItem, ...]:
    items = []
    for code in dict.fromkeys(codes):
        try:
            detail = explain(code)
        except KeyError:
            detail = ""
        items.append(CheckItem(code, kind, text_label(code), detail))
    return tuple(items)


def actions(result: Result) -> tuple[CheckItem, ...]:
    return _items(sorted(result.recommendation.actions), "action")


def flags(result: Result) -> tuple[CheckItem, ...]:
    return _items(sorted(result.recommendation.flags), "flag")


def needed_items(result: Result, regimens: tuple[RegimenDoses, ...]) -> tuple[NeededItem, ...]:
    """Missing data that changes or limits the answer, each with the form that supplies it."""
    d = result.derived
    r = result.recommendation
    items: list[NeededItem] = []
    if d.fit_for_intensive is None or "fitness_unknown" in r.flags:
        items.append(
            NeededItem(_("Fitness for intensive chemotherapy has not been judged."), "fitness", _("Judge fitness…"))
        )
    # clinical-spec.md §8.6: old data are used but flagged; the button opens the form that renews them.
    for flag, line in freshness_items(d, r.flags):
        if flag == "stale_disease_assessment":
            items.append(NeededItem(line, "assessment", _("Add assessment…")))
        else:
            items.append(NeededItem(line, "fitness", _("Judge fitness…")))
    if "mutation_status_from_diagnosis" in r.flags or "molecular_testing" in r.actions:
        text = (
            _("Mutation status at relapse (FLT3, IDH1, IDH2) is missing.")
            if d.status != "primary_refractory"
            else _("Mutation status since diagnosis (FLT3, IDH1, IDH2) is missing.")
        )
        items.append(NeededItem(text, "molecular", _("Add molecular result…")))
    if d.eln2017_missing_tests:
        tests = eln_test_names(d.eln2017_missing_tests)
        items.append(
            NeededItem(_("ELN 2017 risk needs: {tests}.").format(tests=tests), "patient", _("Enter diagnosis results…"))
        )
    if any(block.needs_body_size for block in regimens):
        items.append(NeededItem(_(NEEDED_BODY_SIZE), "patient", _("Enter height and weight…")))
    return tuple(items)
