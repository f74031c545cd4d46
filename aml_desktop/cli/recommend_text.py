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
from aml_desktop.present.cycles import given_header
from aml_desktop.present.i18n import _, use_language
from aml_desktop.present.summary import Fact, SummaryView, build_view

WIDTH = 88


def _wrap(text: str, indent: str = "  ", hang: str = "  ") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent + hang)


def _heading(title: str) -> list[str]:
    return ["", title, "-" * len(title)]


def _facts(facts: Iterable[Fact]) -> list[str]:
    return [_wrap(f.line()) for f in facts]


def render_text(view: SummaryView) -> str:
    """The view as plain text, ``WIDTH`` columns wide."""
    lines = [view.header.versions, _("Facts as of") + f" {view.as_of}", view.clinician_note]
    if view.banner:
        lines += ["", _wrap(f"!! {view.banner}: {view.banner_detail}", "")]
    lines += _heading(_("Patient"))
    lines += _facts(view.patient)
    lines += _heading(_("Where the patient stands"))
    lines += _facts(view.standing)
    lines += _heading(_("Diagnosis and biology"))
    lines += _facts(view.diagnosis)
    if view.cycle_rows or view.anthracycline:  # issue 15: what was given, as the printed summary lists it
        lines += _heading(_("Chemotherapy given (recorded cycles)"))
        for given in view.cycle_rows:
            fields = (Fact(name, value).line() for name, value in zip(given_header(), given, strict=True) if value)
            lines.append(_wrap("- " + "; ".join(fields)))
        if view.anthracycline:
            lines.append(_wrap(view.anthracycline))
    lines += _heading(_("Recommendation"))
    lines.append(_wrap(_("Primary: {therapy}").format(therapy=view.primary)))
    if view.primary_detail:
        lines.append(_wrap(view.primary_detail))
    lines.append(_wrap(view.body_size.text))
    lines += [_wrap(_("Check:") + f" {w}") for w in view.body_size.warnings]
    if view.regimens:
        for number, block in enumerate(view.regimens, 1):
            title = f"{number}. {block.name}" + (f", {block.cycle}" if block.cycle else "")
            lines += ["", _wrap(f"{title} {block.refs}".rstrip())]
            for row in block.rows:
                patient = _("for this patient: {amount}").format(amount=row.amount)
                text = f"- {row.agent}: {row.dose}, {row.route}, {row.days}; {patient}"
                lines.append(_wrap(text + (f". {row.note}" if row.note else ""), "    "))
            lines += [_wrap(f"({note})", "    ") for note in block.notes]
    if view.alternatives:
        lines += _heading(_("Alternatives")) + [_wrap(f"- {a}") for a in view.alternatives]
    if view.fallbacks:
        lines += _heading(_("Changed because of the clinic's formulary"))
        lines += [_wrap(f"- {f}") for f in (*view.fallbacks, *view.out_of_stock)]
    if view.actions:
        lines += _heading(_("Actions")) + [_wrap(f"[ ] {i.title}: {i.detail}".rstrip(": ")) for i in view.actions]
    if view.flags:
        lines += _heading(_("Safety flags and warnings"))
        lines += [_wrap(f"!   {i.title}: {i.detail}".rstrip(": ")) for i in view.flags]
    lines += _heading(_("Needed"))
    lines += [_wrap(f"- {n.text}") for n in view.needed] or ["  " + _("Nothing missing for this recommendation.")]
    if view.expected:
        lines += _heading(_("What to expect")) + [_wrap(f"- {e.text} {e.refs}".rstrip()) for e in view.expected]
    if view.rationale:
        lines += _heading(_("Why: the rules that decided, in order"))
        for number, step in enumerate(view.rationale, 1):
            lines.append(_wrap(f"{number}. {step.text} {step.refs}".rstrip(), "  ", "   "))
            if step.facts:
                lines.append(_wrap(_("Facts used: {facts}").format(facts=step.facts), "     "))
    if view.notes:
        lines += _heading(_("Notes on the record")) + [_wrap(f"- {n}") for n in view.notes]
    if view.references:
        lines += _heading(_("References"))
        for ref in view.references:
            note = f" ({ref.note})" if ref.note else ""
            lines.append(_wrap(f"[{ref.number}] {ref.text}{note}", "  ", "    "))
    return "\n".join(lines) + "\n"


def format_result(case: Case, result: Result, *, today: date | None = None, language: str | None = None) -> str:
    """``recommend --text``: the case's view, dated ``today`` (the engine's date when not given), in ``language``."""
    with use_language(language):
        return render_text(build_view(case, result, today=today or result.as_of))
