"""The road map of one cycle as PDF: the summary's page frame, the plan, then one row per day to sign."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer

from aml_desktop.present.cycles import RoadmapView, agent_header, day_header
from aml_desktop.present.i18n import _
from aml_desktop.present.summary import HeaderInfo

from .pdf import (
    FOOTER_HEIGHT,
    HEADER_HEIGHT,
    MARGIN_X,
    MARGIN_Y,
    PAGE_SIZES,
    _Layout,
    _NumberedCanvas,
    _render_settings,
)
from .styles import BODY, BODY_SIZE, FONT, H1, H2, REFERENCE, SUBTITLE, TITLE, register_fonts


def render_roadmap(view: RoadmapView, header: HeaderInfo, paper: str = "A4") -> bytes:
    """The road map as PDF bytes (deterministic: reportlab invariant mode)."""
    register_fonts()
    page = PAGE_SIZES[paper]
    buffer = io.BytesIO()
    width = page[0] - 2 * MARGIN_X
    doc = BaseDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_Y + HEADER_HEIGHT + 14,
        bottomMargin=MARGIN_Y + FOOTER_HEIGHT,
        invariant=1,
        initialFontName=FONT,
        initialFontSize=BODY_SIZE,
        initialLeading=BODY.leading,
        title=_("Road map: {cycle}").format(cycle=view.plan.title) + f": {header.patient_name}",
        author=header.clinic_name,
        creator=header.versions,
        producer="AML Desktop (ReportLab)",
    )
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, width, page[1] - doc.topMargin - doc.bottomMargin,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )  # fmt: skip
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    class Canvas_(_NumberedCanvas):
        pass

    Canvas_.header = header
    with _render_settings():
        doc.build(_story(view, width), canvasmaker=Canvas_)
    return buffer.getvalue()


def _story(view: RoadmapView, width: float) -> list[Flowable]:
    lay = _Layout.__new__(_Layout)
    lay.width = width
    plan = view.plan
    title = _("Road map: {cycle}").format(cycle=plan.title)
    out: list[Flowable] = [lay.t(title, TITLE), lay.t(view.subtitle, SUBTITLE)]
    out.append(lay.t(plan.body, BODY))
    if view.overdue:
        out += [lay.t(_("Overdue"), H2), *lay.bullets(view.overdue, "!")]
    if plan.warnings:
        out += [lay.t(_("Warnings"), H2), *lay.bullets(plan.warnings, "!")]
    out += [lay.t(_("Before day 1"), H2), *lay.bullets([*plan.checklist, plan.anthracycline], "☐")]
    if plan.notes:
        out += [lay.t(_("Regimen notes (catalog)"), H2), *lay.bullets(plan.notes)]
    out += lay.heading(_("Doses"))
    widths = [w * mm for w in (26, 20, 14, 12, 18, 18, 50)]
    widths.append(width - sum(widths))
    out.append(lay.grid(agent_header(), plan.agent_rows, widths))
    if plan.given_rows:
        out += [
            lay.t(_("Given so far in this cycle"), H2),
            lay.grid((_("Agent"), _("Total given")), plan.given_rows, [60 * mm, width - 60 * mm]),
        ]
    out += lay.heading(_("Day by day"))
    day_widths = [w * mm for w in (9, 21, 48, 30, 46)]
    day_widths.append(width - sum(day_widths))
    out.append(lay.grid(day_header(), view.days, day_widths))
    out.append(Spacer(1, 6))
    out.append(lay.t(_("Sign each day when the doses and checks of that day are done. Decision support only."), BODY))
    if view.references:
        out += lay.heading(_("References"))
        for ref in view.references:
            note = f" ({ref.note})" if ref.note else ""
            out.append(lay.t(f"[{ref.number}] {ref.text}{note}", REFERENCE))
    out.append(lay.t("", H1))
    return out
