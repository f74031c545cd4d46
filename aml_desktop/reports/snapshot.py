"""The immutable input of a printed summary: everything the PDF shows, fixed at one moment.

A summary is a pure function of a ``SummarySnapshot``: the same snapshot always prints the
same bytes, so a printout can be reproduced and compared later. Building the snapshot is
the only step that runs the engine; nothing here imports reportlab, so the GUI and the
command line can prepare snapshots without paying for the PDF library.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from aml_desktop import __version__
from aml_desktop.engine.app_data import DecisionDetail, app_data
from aml_desktop.engine.case import Case
from aml_desktop.engine.result import Result
from aml_desktop.engine.settings import EngineSettings
from aml_desktop.present.decisions import DecisionEntry

PAPER_SIZES = ("A4", "letter")

# Printed when the summary is made without a clinic database (a case file on the command line).
NO_CLINIC_NAME = "—"


@dataclass(frozen=True)
class SummarySnapshot:
    """Everything one printed summary shows. Frozen: the PDF is a pure function of it."""

    clinic_name: str
    case: Case
    result: Result
    printed_on: date  # never defaulted from the clock: the same snapshot must print the same page
    decisions: tuple[DecisionEntry, ...] = ()
    paper: str = "A4"
    app_version: str = __version__
    language: str | None = None  # the page's language; None: the clinic's (``present.i18n``)

    def __post_init__(self) -> None:
        if self.paper not in PAPER_SIZES:
            raise ValueError(f"paper: {self.paper!r} is not a paper size (use one of {', '.join(PAPER_SIZES)})")
        if not isinstance(self.decisions, tuple):
            object.__setattr__(self, "decisions", tuple(self.decisions))


def normalise_paper(text: str) -> str:
    """``"a4"``/``"A4"`` -> ``"A4"``, ``"Letter"`` -> ``"letter"``; ValueError names the bad value."""
    for size in PAPER_SIZES:
        if text.strip().lower() == size.lower():
            return size
    raise ValueError(f"paper: {text!r} is not a paper size (use a4 or letter)")


def decisions_from_case(case: Case) -> tuple[DecisionEntry, ...]:
    """The case's decisions joined with ``extensions["aml_desktop"]["decision_details"]``."""
    entries = []
    for decision, detail in zip(case.decisions, app_data(case).decision_details, strict=True):
        extra = detail or DecisionDetail()
        entries.append(
            DecisionEntry(
                decision=decision,
                reason_code=extra.reason_code,
                ruleset_version=extra.ruleset_version,
                recorded_at=extra.recorded_at,
                recorded_by=extra.recorded_by,
                status=extra.status,
                status_reason=extra.status_reason,
            )
        )
    return tuple(entries)


def snapshot_from_case(
    case: Case,
    *,
    today: date,
    settings: EngineSettings | None = None,
    clinic_name: str = NO_CLINIC_NAME,
    paper: str = "A4",
    decisions: Iterable[DecisionEntry] | None = None,
    printed_on: date | None = None,
    language: str | None = None,
) -> SummarySnapshot:
    """Evaluate ``case`` and freeze what its summary prints.

    ``today`` is the print date and the engine's date when the case has no ``as_of``.
    ``decisions`` replaces the decisions read from the case (the store passes its richer
    records); by default they come from the case and its ``decision_details`` extension.
    """
    from aml_desktop.engine.evaluate import evaluate

    result = evaluate(case, today=today, settings=settings)
    return SummarySnapshot(
        clinic_name=clinic_name.strip() or NO_CLINIC_NAME,
        case=case,
        result=result,
        decisions=tuple(decisions) if decisions is not None else decisions_from_case(case),
        printed_on=printed_on or today,
        paper=normalise_paper(paper),
        language=language,
    )
