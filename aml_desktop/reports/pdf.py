"""Lays out a summary's content as PDF pages with reportlab (platypus + vector graphics).

``render_summary(snapshot) -> bytes`` is pure: reportlab's invariant mode fixes the
document id and dates, so the same snapshot gives the same bytes. Every page carries the
clinic, the patient and the print date at the top, and "Page X of Y", the versions and the
decision-support sentence at the bottom (drawn after layout, when Y is known).
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Final

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
)

from aml_desktop.present.checklist import CheckItem
from aml_desktop.present.cycles import given_header
from aml_desktop.present.doses import RegimenDoses, dose_header
from aml_desktop.present.i18n import N_, _, use_language
from aml_desktop.present.summary import Fact, HeaderInfo, assessment_header, course_header
from aml_desktop.present.summary import SummaryView as SummaryContent

from .blocks import BOX, Heading, SignatureBlock, Stack
from .chart import course_chart
from .content import build_content
from .fasttext import Piece, text_block
from .grid import Grid
from .snapshot import SummarySnapshot
from .styles import (
    BLACK,
    BODY,
    BODY_SIZE,
    BULLET,
    CHECK,
    FILL_GREY,
    FONT,
    FONT_BOLD,
    H1,
    H2,
    LIGHT_FILL,
    MIN_SIZE,
    NUMBERED,
    PRIMARY,
    REFERENCE,
    SUBTITLE,
    TITLE,
    TRACE,
    TextStyle,
    register_fonts,
    string_width,
    unprintable,
)
from .textblock import Run, TextBlock

# A numbered line followed by its trace line: no gap between the two.
NUMBERED_TIGHT: Final = TextStyle(indent=NUMBERED.indent, space_after=0.5)
DECISION: Final = TextStyle(space_after=3)

PAGE_SIZES: Final = {"A4": A4, "letter": LETTER}
MARGIN_X: Final = 16 * mm
HEADER_HEIGHT: Final = 17 * mm
FOOTER_HEIGHT: Final = 13 * mm
MARGIN_Y: Final = 9 * mm
DECISION_SUPPORT: Final = N_("Decision support only: the treating clinician decides.")
CELL_PADDING: Final = 6.0

Progress = Callable[[int, int], None]


def _refs(refs: str) -> str:
    return f" {refs}" if refs else ""


class _NumberedCanvas(Canvas):
    """Defers each page until the end, so the footer can say "Page X of Y"."""

    header: HeaderInfo

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            _draw_page_frame(self, self.header, number, total)
            super().showPage()
        super().save()


NAME_SIZE: Final = 11.5


def fit_text(text: str, width: float, size: float, bold: bool = False, smallest: float = MIN_SIZE) -> tuple[str, float]:
    """``text`` at the largest size from ``size`` down to ``smallest`` that fits ``width``.

    Cut with an ellipsis only if it does not fit even at the smallest size (the page still
    carries the full name in its opening line).
    """
    current = size
    while current > smallest and string_width(text, current, bold) > width:
        current = max(smallest, current - 0.5)
    if string_width(text, current, bold) <= width:
        return text, current
    cut = text
    while cut and string_width(cut + "…", current, bold) > width:
        cut = cut[:-1]
    return cut.rstrip() + "…", current


def _header_fits_two_lines(header: HeaderInfo, width: float) -> bool:
    """Whether the patient's name and details share one line (otherwise the details get their own)."""
    return string_width(header.patient_name, NAME_SIZE, True) + 14 + string_width(_details(header), 10) <= width


def _details(header: HeaderInfo) -> str:
    return _("Hospital no. {number}   ·   Born {date}").format(number=header.hospital_number, date=header.birth_date)


def _draw_page_frame(canvas: Canvas, header: HeaderInfo, number: int, total: int) -> None:
    """Header (clinic, patient, print date) and footer (decision support, page X of Y, versions)."""
    width, height = canvas._pagesize
    left, right = MARGIN_X, width - MARGIN_X
    top = height - MARGIN_Y
    details = _details(header)
    printed = _("Printed {date}").format(date=header.printed_on)
    page = _("Page {number} of {total}").format(number=number, total=total)
    decision_support = _(DECISION_SUPPORT)
    two_lines = _header_fits_two_lines(header, right - left)
    details_y = top - 26 if two_lines else top - 40
    rule_y = top - 32 if two_lines else top - 46
    clinic, clinic_size = fit_text(header.clinic_name, right - left - string_width(printed, MIN_SIZE) - 14, 10, True)
    name, name_size = fit_text(header.patient_name, right - left, NAME_SIZE, True)
    bottom = MARGIN_Y
    pieces: list[Piece] = [
        (FONT_BOLD, clinic_size, left, top - 10, clinic),
        (FONT, MIN_SIZE, right - string_width(printed, MIN_SIZE), top - 10, printed),
        (FONT_BOLD, name_size, left, top - 26, name),
        (FONT, 10, right - string_width(details, 10), details_y, details),
        (FONT_BOLD, MIN_SIZE, left, bottom + 14, decision_support),
        (FONT_BOLD, MIN_SIZE, right - string_width(page, MIN_SIZE, True), bottom + 14, page),
        (FONT, MIN_SIZE, left, bottom + 3, header.versions),
    ]
    # the patient's name again at the foot of the page, when it fits beside the versions
    room = right - left - string_width(header.versions, MIN_SIZE) - 14
    if string_width(header.patient_name, MIN_SIZE) <= room:
        footer_name = header.patient_name
        pieces.append((FONT, MIN_SIZE, right - string_width(footer_name, MIN_SIZE), bottom + 3, footer_name))
    canvas.saveState()
    canvas.setFillColor(BLACK)
    canvas.setStrokeColor(BLACK)
    canvas.setLineWidth(0.9)
    canvas.line(left, rule_y, right, rule_y)
    canvas.setLineWidth(0.6)
    canvas.line(left, bottom + 25, right, bottom + 25)
    text_block(canvas, pieces)
    canvas.restoreState()


class _Layout:
    """Builds the flowables of one summary."""

    def __init__(self, content: SummaryContent, width: float) -> None:
        self.c = content
        self.width = width

    # -- small helpers -------------------------------------------------------------
    def t(self, text: str | Sequence[Run], style: TextStyle = BODY, bullet: str = "") -> TextBlock:
        runs: Sequence[Run] = [(text, style.bold)] if isinstance(text, str) else text
        return TextBlock(
            runs,
            size=style.size,
            leading=style.leading,
            indent=style.indent,
            bullet=bullet,
            bullet_size=style.bullet_size,
            space_before=style.space_before,
            space_after=style.space_after,
            keep_with_next=style.keep_with_next,
        )

    def heading(self, text: str) -> list[Flowable]:
        return [CondPageBreak(70), Heading(self.t(text, H1))]

    def section(self, title: str, items: Sequence[TextBlock]) -> list[Flowable]:
        """A subheading and its items as one stack (the heading never ends a page alone)."""
        return [Stack([self.t(title, H2), *items])]

    def facts(self, facts: Sequence[Fact], label_width: float = 46 * mm) -> Grid:
        rows = [(f.label, f.value) for f in facts]
        return Grid(
            rows,
            [label_width, self.width - label_width],
            header=False,
            bold_columns=frozenset({0}),
            pad=(0.0, CELL_PADDING),
            rule=FILL_GREY,
        )

    def grid(self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> Grid:
        return Grid([list(header), *[list(r) for r in rows]], widths, pad=(CELL_PADDING / 2, CELL_PADDING / 2))

    def check(self, warning: str) -> Stack:
        """A boxed "Check:" warning the clinician must act on."""
        return Stack([self.t([(_("Check:") + " ", True), (warning, False)])], box=1.0, padding=(6, 4))

    def bullets(self, items: Iterable[str], symbol: str = "•") -> list[TextBlock]:
        return [self.t(text, BULLET, bullet=symbol) for text in items]

    def checklist(self, items: Sequence[CheckItem]) -> list[TextBlock]:
        out: list[TextBlock] = []
        for item in items:
            runs: list[Run] = [(item.title, True)]
            if item.detail:
                runs.append((f": {item.detail}", False))
            out.append(self.t(runs, CHECK, bullet=BOX))
        return out

    # -- sections ------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        c = self.c
        patient = " · ".join(f.line() for f in c.patient)
        story: list[Flowable] = [
            self.t(c.title, TITLE),
            self.t(
                [
                    (_("Facts as of") + " ", False),
                    (c.as_of, True),
                    (", " + _("the date the recommendation below was computed.") + f" {patient}", False),
                ],
                SUBTITLE,
            ),
        ]
        missing = unprintable(c.header.patient_name + c.header.hospital_number + c.header.clinic_name)
        if missing:
            warning = _(
                "The embedded font cannot print some characters of the name or number ({missing}); "
                "they appear as boxes. Check the name against the hospital record."
            ).format(missing=missing)
            story.append(self.check(warning))
        story += self.heading(_("Diagnosis and biology"))
        story.append(self.facts(c.diagnosis))
        story += self.course()
        story += self.heading(_("Where the patient stands"))
        story.append(self.facts(c.standing))
        if c.notes:
            story.append(Spacer(1, 4))
            story += self.section(_("Notes on the record"), self.bullets(c.notes))
        story += self.recommendation()
        story += self.decision()
        story += self.references()
        return story

    def course(self) -> list[Flowable]:
        c = self.c
        out = self.heading(_("Course"))
        w = self.width
        if c.course_rows:
            out.append(self.grid(course_header(), c.course_rows, [0.24 * w, 0.28 * w, 0.18 * w, 0.18 * w, 0.12 * w]))
        else:
            out.append(self.t(_("No courses of therapy recorded.")))
        if c.cycle_rows or c.anthracycline:
            out.append(Spacer(1, 4))
            out.append(self.t(_("Chemotherapy given (recorded cycles)"), H2))
            if c.cycle_rows:
                out.append(self.grid(given_header(), c.cycle_rows, [0.16 * w, 0.14 * w, 0.42 * w, 0.28 * w]))
            if c.anthracycline:
                out.append(self.t(c.anthracycline))
        out.append(Spacer(1, 6))
        chart = course_chart(c.chart, w)
        out.append(CondPageBreak(chart.height + 20))
        out.append(self.t(_("Marrow blasts and blood counts over time"), H2))
        out.append(chart)
        out.append(Spacer(1, 4))
        if c.assessment_rows:
            widths = [0.13, 0.1, 0.08, 0.06, 0.07, 0.11, 0.07, 0.15, 0.23]
            header = list(assessment_header())
            header[-1] = f"{header[-1]} (ELN) {c.response_refs}"
            out.append(self.grid(header, c.assessment_rows, [f * w for f in widths]))
        else:
            out.append(self.t(_("No marrow or blood assessments recorded.")))
        return out

    def regimen(self, block: RegimenDoses) -> list[Flowable]:
        title: list[Run] = [(block.name, True)]
        if block.cycle:
            title.append((f", {block.cycle}", True))
        if block.refs:
            title.append((f" {block.refs}", False))
        out: list[Flowable] = [CondPageBreak(60), self.t(title, H2)]
        if block.rows:
            w = self.width
            rows = [(r.agent, r.dose, r.route, r.days, r.amount, r.note) for r in block.rows]
            out.append(self.grid(dose_header(), rows, [f * w for f in (0.14, 0.13, 0.08, 0.11, 0.17, 0.37)]))
        if block.notes:
            out.append(Stack([self.t(n, BULLET, bullet="–") for n in block.notes]))
        return out

    def recommendation(self) -> list[Flowable]:
        c = self.c
        out = self.heading(_("Recommendation"))
        inner = [self.t(_("Primary: {therapy}").format(therapy=c.primary), PRIMARY)]
        if c.primary_detail:
            inner.append(self.t(c.primary_detail))
        out.append(Stack(inner, box=1.4, fill=LIGHT_FILL, padding=(7, 5)))
        if c.needed:
            out += self.section(_("Needed"), self.bullets(n.text for n in c.needed))
        out.append(Spacer(1, 5))
        out.append(self.t(c.body_size.text))
        for warning in c.body_size.warnings:
            out.append(Spacer(1, 3))
            out.append(self.check(warning))
        for block in c.regimens:
            out += self.regimen(block)
        out += self.section(
            _("Alternatives"), self.bullets(c.alternatives) if c.alternatives else [self.t(_("None listed."))]
        )
        fallbacks = self.bullets(c.fallbacks) or [self.t(_("None: the clinic can give the intended therapy."))]
        out += self.section(_("Substitutions forced by the clinic's formulary"), fallbacks)
        if c.actions:
            out += self.section(_("Actions (tick when done)"), self.checklist(c.actions))
        if c.flags:
            out += self.section(_("Safety flags and warnings (tick when addressed)"), self.checklist(c.flags))
        if c.expected:
            out += self.section(_("What to expect"), self.bullets(f"{e.text}{_refs(e.refs)}" for e in c.expected))
        if c.rationale:
            steps: list[TextBlock] = []
            for number, step in enumerate(c.rationale, start=1):
                steps.append(self.t(f"{step.text}{_refs(step.refs)}", NUMBERED_TIGHT, bullet=f"{number}."))
                if step.facts:
                    steps.append(self.t(_("Facts used: {facts}").format(facts=step.facts), TRACE))
            out += self.section(_("Why: the rules that decided, in order"), steps)
        return out

    def decision(self) -> list[Flowable]:
        c = self.c
        out = self.heading(_("Clinician's decision"))
        if c.decisions:
            out.append(
                Stack(
                    [
                        self.t([(f"{line.heading}. ", True), (". ".join(line.details) + ".", False)], DECISION)
                        for line in c.decisions
                    ]
                )
            )
        else:
            out.append(self.t(_("No decision recorded for this patient yet.")))
        out.append(Spacer(1, 6))
        out.append(CondPageBreak(SignatureBlock.HEIGHT + 30))
        out.append(self.t(_("Decision for this summary"), H2))
        out.append(SignatureBlock())
        return out

    def references(self) -> list[Flowable]:
        out = self.heading(_("References"))
        if not self.c.references:
            out.append(self.t(_("No sources cited.")))
        items = []
        for ref in self.c.references:
            note = f" ({ref.note})" if ref.note else ""
            items.append(self.t(f"{ref.text}{note}", REFERENCE, bullet=f"[{ref.number}]"))
        if items:
            out.append(Stack(items))
        return out


def render_summary(snapshot: SummarySnapshot) -> bytes:
    """The summary of ``snapshot`` as PDF bytes, in its language; the same snapshot gives the same bytes."""
    with use_language(snapshot.language):
        content = build_content(snapshot)
        return render_content(content, snapshot.paper)


def render_content(content: SummaryContent, paper: str = "A4") -> bytes:
    """Lay out already-built content (``build_content``) on ``paper``.

    Safe to call from a worker thread: builds take turns (reportlab's global switches are
    set for one build at a time, see ``_render_settings``).
    """
    register_fonts()
    page = PAGE_SIZES[paper]
    buffer = io.BytesIO()
    frame_width = page[0] - 2 * MARGIN_X
    header_height = HEADER_HEIGHT if _header_fits_two_lines(content.header, frame_width) else HEADER_HEIGHT + 14
    doc = BaseDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_Y + header_height,
        bottomMargin=MARGIN_Y + FOOTER_HEIGHT,
        invariant=1,
        # every page starts in the embedded font: no unembedded Helvetica in the file
        initialFontName=FONT,
        initialFontSize=BODY_SIZE,
        initialLeading=BODY.leading,
        title=_("Treatment summary: {name}").format(name=content.header.patient_name),
        author=content.header.clinic_name,
        subject=_("Relapsed or refractory AML: decision support, the treating clinician decides"),
        creator=content.header.versions,
        producer="AML Desktop (ReportLab)",
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        frame_width,
        page[1] - doc.topMargin - doc.bottomMargin,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    header = content.header

    class Canvas_(_NumberedCanvas):
        pass

    Canvas_.header = header
    with _render_settings():
        doc.build(_Layout(content, frame_width).story(), canvasmaker=Canvas_)
    return buffer.getvalue()


_SETTINGS_LOCK = threading.Lock()


@contextmanager
def _render_settings() -> Iterator[None]:
    """reportlab's global switches for one build, restored afterwards.

    - Streams are written as compressed binary, not ASCII85 text: ASCII85 makes every
      stream (the embedded fonts above all) a quarter larger and costs a pure-Python
      encoding pass; binary streams are standard PDF.
    - Shape attribute checking is off: the chart's shapes are built here from checked data.

    reportlab reads both from its global configuration, so they are set under a lock (one
    build at a time changes them) for the duration of one build.
    """
    with _SETTINGS_LOCK:
        previous = rl_config.useA85, rl_config.shapeChecking
        rl_config.useA85 = 0
        rl_config.shapeChecking = 0
        try:
            yield
        finally:
            rl_config.useA85, rl_config.shapeChecking = previous


def iter_render(snapshots: Iterable[SummarySnapshot], progress: Progress | None = None) -> Iterator[bytes]:
    """Render one summary after another, yielding each PDF as it is made (low memory for big batches).

    ``progress(done, total)`` is called after each summary when the total is known (a sized
    collection), with ``total`` = -1 otherwise.
    """
    total = len(snapshots) if isinstance(snapshots, Sequence) else -1
    for done, snapshot in enumerate(snapshots, start=1):
        pdf = render_summary(snapshot)
        if progress is not None:
            progress(done, total)
        yield pdf


def render_many(snapshots: Iterable[SummarySnapshot], progress: Progress | None = None) -> list[bytes]:
    """Render a batch of summaries in order; ``progress(done, total)`` after each one."""
    return list(iter_render(snapshots, progress))


__all__ = ["iter_render", "render_content", "render_many", "render_summary"]
