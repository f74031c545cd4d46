"""The recommendation as plain text for a clinician at a terminal (``recommend --text``).

A renderer of the view model (``aml_desktop.present.summary``): the same words, doses,
checklist, needed items and numbered references as the screen and the printed summary.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from datetime import date

from aml_desktop.engine.case import Case
from aml_desktop.engine.result import Result
from aml_desktop.present.summary import Fact, SummaryView, build_view

WIDTH = 88


def _wrap(text: str, indent: str = "  ", hang: str = "  ") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent + hang)


def _heading(title: str) -> list[str]:
    return ["", title, "-" * len(title)]


def _facts(facts: Iterable[Fact]) -> list[str]:
    return [_wrap(f"{f.label}: {f.value}") for f in facts]


def render_text(view: SummaryView) -> str:
    """The view as plain text, ``WIDTH`` columns wide."""
    lines = [view.header.versions, f"Facts as of {view.as_of}", view.clinician_note]
    if view.banner:
        lines += ["", _wrap(f"!! {view.banner}: {view.banner_detail}", "")]
    lines += _heading("Patient")
    lines += _facts(view.patient)
    lines += _heading("Where the patient stands")
    lines += _facts(view.standing)
    lines += _heading("Diagnosis and biology")
    lines += _facts(view.diagnosis)
    lines += _heading("Recommendation")
    lines.append(_wrap(f"Primary: {view.primary}"))
    if view.primary_detail:
        lines.append(_wrap(view.primary_detail))
    lines.append(_wrap(view.body_size.text))
    lines += [_wrap(f"Check: {w}") for w in view.body_size.warnings]
    if view.regimens:
        for number, block in enumerate(view.regimens, 1):
            title = f"{number}. {block.name}" + (f", {block.cycle}" if block.cycle else "")
            lines += ["", _wrap(f"{title} {block.refs}".rstrip())]
            for row in block.rows:
                text = f"- {row.agent}: {row.dose}, {row.route}, {row.days}; for this patient: {row.amount}"
                lines.append(_wrap(text + (f". {row.note}" if row.note else ""), "    "))
            lines += [_wrap(f"({note})", "    ") for note in block.notes]
    if view.alternatives:
        lines += _heading("Alternatives") + [_wrap(f"- {a}") for a in view.alternatives]
    if view.fallbacks:
        lines += _heading("Changed because of the clinic's formulary")
        lines += [_wrap(f"- {f}") for f in (*view.fallbacks, *view.out_of_stock)]
    if view.actions:
        lines += _heading("Actions") + [_wrap(f"[ ] {i.title}: {i.detail}".rstrip(": ")) for i in view.actions]
    if view.flags:
        lines += _heading("Safety flags and warnings")
        lines += [_wrap(f"!   {i.title}: {i.detail}".rstrip(": ")) for i in view.flags]
    lines += _heading("Needed")
    lines += [_wrap(f"- {n.text}") for n in view.needed] or ["  Nothing missing for this recommendation."]
    if view.expected:
        lines += _heading("What to expect") + [_wrap(f"- {e.text} {e.refs}".rstrip()) for e in view.expected]
    if view.rationale:
        lines += _heading("Why: the rules that decided, in order")
        for number, step in enumerate(view.rationale, 1):
            lines.append(_wrap(f"{number}. {step.text} {step.refs}".rstrip(), "  ", "   "))
            if step.facts:
                lines.append(_wrap(f"Facts used: {step.facts}", "     "))
    if view.notes:
        lines += _heading("Notes on the record") + [_wrap(f"- {n}") for n in view.notes]
    if view.references:
        lines += _heading("References")
        for ref in view.references:
            note = f" ({ref.note})" if ref.note else ""
            lines.append(_wrap(f"[{ref.number}] {ref.text}{note}", "  ", "    "))
    return "\n".join(lines) + "\n"


def format_result(case: Case, result: Result, *, today: date | None = None) -> str:
    """``recommend --text``: the case's view, dated ``today`` (the engine's date when not given)."""
    return render_text(build_view(case, result, today=today or result.as_of))
