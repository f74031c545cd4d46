"""The screen's rendering of the view model (``aml_desktop.present``): HTML for the text panes.

Nothing is worded, formatted or decided here: every word and number comes from the
``SummaryView`` that the printed summary and ``recommend --text`` render too. What the
screen adds is HTML, and tooltips that carry the codes (rule ids, citation ids) for support.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from html import escape

from aml_desktop.engine.case import Case
from aml_desktop.engine.citations import resolve
from aml_desktop.engine.result import Result
from aml_desktop.present.checklist import CheckItem
from aml_desktop.present.doses import RegimenDoses, dose_header
from aml_desktop.present.formats import age_on, fmt_date, text_label
from aml_desktop.present.i18n import _
from aml_desktop.present.summary import (
    CLINICIAN_NOTE,
    RELAPSED_STATES,
    Fact,
    SummaryView,
    assessment_header,
    course_header,
)

__all__ = ["CLINICIAN_NOTE", "h", "header_html", "recommendation_html", "standing_html", "summary_html"]

STYLE = """
<style>
 body { font-size: 10pt; }
 h2 { margin: 4px 0 2px 0; }
 h3 { margin: 10px 0 2px 0; color: #1a3d6d; }
 .muted { color: #555; }
 .warn { color: #8a4b00; }
 .needed { color: #a40000; font-weight: bold; }
 td { padding: 1px 6px 1px 0; vertical-align: top; }
 th { text-align: left; padding-right: 8px; background: #eef2f7; }
</style>
"""


def h(text: object) -> str:
    return escape(str(text), quote=False)


def _attr(text: str) -> str:
    return escape(text, quote=True)


def _tip(ids: Iterable[str]) -> str:
    """Tooltip for support: the citation ids and their full text."""
    lines = []
    for cid in ids:
        try:
            lines.append(f"{cid}: {resolve(cid).text}")
        except KeyError:
            lines.append(cid)
    return "\n".join(lines)


def _refs(refs: str, ids: Sequence[str]) -> str:
    if not refs:
        return ""
    return f" <span class='muted' title=\"{_attr(_tip(ids))}\">{h(refs)}</span>"


def _facts(facts: Iterable[Fact]) -> str:
    rows = "".join(f"<tr><td class='muted' width='230'>{h(f.label)}</td><td>{h(f.value)}</td></tr>" for f in facts)
    return f"<table>{rows}</table>"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th>{h(x)}</th>" for x in header)
    # The first cell (an agent, a date, a phase) is one word or two: whole, never "Mitoxantron/e".
    body = "".join(
        "<tr>" + "".join(f"<td{' nowrap' if i == 0 else ''}>{h(x)}</td>" for i, x in enumerate(row)) + "</tr>"
        for row in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"


def _bullets(items: Iterable[str], css: str = "") -> str:
    cls = f" class='{css}'" if css else ""
    return "<ul>" + "".join(f"<li{cls}>{h(x)}</li>" for x in items) + "</ul>"


def header_html(case: Case, result: Result | None, today: date) -> str:
    """The line above the tabs: who the patient is and, in red, a relapsed or refractory status."""
    p = case.patient
    bits = [f"<b>{h(p.name or _('Unnamed patient'))}</b>"]
    if p.hospital_number:
        bits.append(h(p.hospital_number))
    if p.sex:
        bits.append(h(text_label(p.sex)))
    as_of = result.as_of if result is not None else today
    born = _("born {date} (age {age})").format(date=fmt_date(p.birth_date), age=age_on(p.birth_date, as_of))
    bits.append(h(born))
    bits.append(h(_("diagnosed {date}").format(date=fmt_date(case.diagnosis.date))))
    text = " · ".join(bits)
    if result is not None:
        status = result.derived.status
        colour = "#b00020" if status in RELAPSED_STATES else "#1a3d6d"
        text += f"<br><span style='color:{colour}; font-weight:bold'>{h(text_label(status))}</span>"
    return text


def _banner(view: SummaryView) -> str:
    """APL is outside this application's scope (clinical-spec.md §1): said first, in red."""
    if not view.banner:
        return ""
    detail = f" — {h(view.banner_detail)}" if view.banner_detail else ""
    return f"<p style='color:#a40000; font-size:12pt'><b>{h(view.banner)}</b>{detail}</p>"


def _body_size(view: SummaryView) -> str:
    out = [f"<p>{h(view.body_size.text)}</p>"]
    out += [f"<p class='warn'>⚠ {h(w)}</p>" for w in view.body_size.warnings]
    return "".join(out)


def standing_html(view: SummaryView) -> str:
    """Where the patient stands: the same facts as the printed summary's first sections."""
    out = [STYLE, _banner(view), f"<h2>{h(view.status)}</h2>"]
    out.append(
        "<p class='muted'>"
        + h(
            _(
                "As of {date} · computed from the recorded course; "
                "correct the inputs (courses, assessments), not the conclusions."
            ).format(date=view.as_of)
        )
        + "</p>"
    )
    out.append("<h3>" + h(_("Where the patient stands")) + "</h3>" + _facts(view.standing))
    out.append("<h3>" + h(_("Diagnosis and biology")) + "</h3>" + _facts(view.diagnosis))
    out.append("<h3>" + h(_("Height and weight")) + "</h3>" + _body_size(view))
    if view.notes:
        out.append("<h3>" + h(_("Notes on the record")) + "</h3>" + _bullets(view.notes))
    return "".join(out)


def _regimen(number: int, block: RegimenDoses) -> str:
    cycle = f" <span class='muted'>({h(block.cycle)})</span>" if block.cycle else ""
    out = [f"<p><b>{number}. {h(block.name)}</b>{cycle}{_refs(block.refs, block.ref_ids)}</p>"]
    if block.rows:
        rows = [(r.agent, r.dose, r.route, r.days, r.amount, r.note) for r in block.rows]
        out.append(_table(dose_header(), rows))
    if block.notes:
        out.append("<p class='muted'>" + "<br>".join(h(n) for n in block.notes) + "</p>")
    return "".join(out)


def _check(item: CheckItem) -> str:
    mark = "⚠ " if item.kind == "flag" else "☐ "
    detail = f" <span class='muted'>— {h(item.detail)}</span>" if item.detail else ""
    return f'<li title="{_attr(item.code)}">{mark}<b>{h(item.title)}</b>{detail}</li>'


def _recommendation_sections(view: SummaryView) -> list[str]:
    out = [f"<h2>{h(_('Primary: {therapy}').format(therapy=view.primary))}</h2>"]
    if view.primary_detail:
        out.append(f"<p>{h(view.primary_detail)}</p>")
    out.append(_body_size(view))
    out += [_regimen(i, block) for i, block in enumerate(view.regimens, 1)]
    if view.alternatives:
        out.append(
            "<h3>"
            + h(_("Alternatives"))
            + "</h3><ol>"
            + "".join(f"<li>{h(a)}</li>" for a in view.alternatives)
            + "</ol>"
        )
    if view.fallbacks:
        out.append("<h3>" + h(_("Changed because of the clinic's formulary")) + "</h3>")
        out.append(_bullets(view.fallbacks) + (_bullets(view.out_of_stock, "muted") if view.out_of_stock else ""))
    if view.actions:
        out.append("<h3>" + h(_("Actions")) + "</h3><ul>" + "".join(_check(i) for i in view.actions) + "</ul>")
    if view.flags:
        out.append(
            "<h3>" + h(_("Safety flags and warnings")) + "</h3><ul>" + "".join(_check(i) for i in view.flags) + "</ul>"
        )
    if view.expected:
        out.append(
            "<h3>"
            + h(_("What to expect"))
            + "</h3><ul>"
            + "".join(f"<li>{h(e.text)}{_refs(e.refs, e.ids)}</li>" for e in view.expected)
            + "</ul>"
        )
    if view.rationale:
        out.append("<h3>" + h(_("Why: the rules that decided, in order")) + "</h3><ol>")
        for step in view.rationale:
            used = _("Facts used: {facts}").format(facts=step.facts)
            facts = f"<br><span class='muted'>{h(used)}</span>" if step.facts else ""
            out.append(f'<li title="{_attr(step.rule)}">{h(step.text)}{_refs(step.refs, step.ref_ids)}{facts}</li>')
        out.append("</ol>")
    return out


def _references(view: SummaryView) -> str:
    if not view.references:
        return ""
    items = "".join(
        f'<li title="{_attr(r.id)}">[{r.number}] {h(r.text)}' + (f" ({h(r.note)})" if r.note else "") + "</li>"
        for r in view.references
    )
    return f"<h3>{h(_('References'))}</h3><ul style='list-style-type:none'>{items}</ul>"


def recommendation_html(view: SummaryView) -> str:
    """The recommendation tab: therapy and doses, fallbacks, checklist, what to expect, why, references."""
    out = [STYLE, _banner(view)]
    line = _("As of {date} · {versions} · status: {status}").format(
        date=view.as_of, versions=view.header.versions, status=view.status
    )
    out.append(f"<p class='muted'>{h(line)}</p>")
    out += _recommendation_sections(view)
    out.append(_references(view))
    return "".join(out)


def summary_html(view: SummaryView) -> str:
    """The printed summary's content, in the PDF's order (the summary dialog's preview)."""
    patient = " · ".join(f.line() for f in view.patient)
    out = [STYLE, f"<h2>{h(view.header.clinic_name)} — {h(view.title)}</h2>", _banner(view)]
    out.append(
        f"<p>{h(_('Facts as of'))} <b>{h(view.as_of)}</b>, "
        f"{h(_('the date the recommendation below was computed.'))} {h(patient)}</p>"
    )
    out.append(f"<p><b>{h(view.clinician_note)}</b></p>")
    out.append("<h3>" + h(_("Diagnosis and biology")) + "</h3>" + _facts(view.diagnosis))
    out.append("<h3>" + h(_("Course")) + "</h3>")
    out.append(
        _table(course_header(), view.course_rows)
        if view.course_rows
        else "<p>" + h(_("No courses of therapy recorded.")) + "</p>"
    )
    if view.assessment_rows:
        names = assessment_header()
        header = [*names[:-1], f"{names[-1]} (ELN) {view.response_refs}"]
        out.append(_table(header, view.assessment_rows))
    out.append("<h3>" + h(_("Where the patient stands")) + "</h3>" + _facts(view.standing))
    if view.notes:
        out.append("<h3>" + h(_("Notes on the record")) + "</h3>" + _bullets(view.notes))
    out.append("<h3>" + h(_("Recommendation")) + "</h3>")
    out += _recommendation_sections(view)
    if view.needed:
        out.append("<h3>" + h(_("Needed")) + "</h3>" + _bullets((n.text for n in view.needed), "needed"))
    out.append("<h3>" + h(_("Clinician's decision")) + "</h3>")
    if view.decisions:
        out.append(
            "<ul>"
            + "".join(f"<li><b>{h(d.heading)}.</b> {h('. '.join(d.details))}.</li>" for d in view.decisions)
            + "</ul>"
        )
    else:
        out.append("<p>" + h(_("No decision recorded for this patient yet.")) + "</p>")
    out.append(_references(view))
    out.append(
        "<p class='muted'>"
        + h(
            _("Printed {date} · {versions} · signature lines on the printed page.").format(
                date=view.header.printed_on, versions=view.header.versions
            )
        )
        + "</p>"
    )
    return "".join(out)
