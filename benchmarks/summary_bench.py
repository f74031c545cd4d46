"""How fast a printed summary is, against a floor measured in the same run (issue 5).

The floor is the cheapest honest PDF of the same kind: a bare two-page reportlab document
with an embedded TrueType font, two 30-row tables and a line chart. Machines differ, so
only the ratio means anything: a summary should cost at most 1.5 floors once the
application is running (fonts registered, catalog loaded), and a batch of 100 summaries
at most 1.2 times 100 floors. Rounds alternate floor and summary so that both see the
same machine load; the median round is reported.

Run: ``python -m benchmarks`` (all benchmarks) or ``python -m benchmarks.summary_bench``.
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable, Sequence
from datetime import date
from importlib import resources
from pathlib import Path

SINGLE_TARGET = 1.5
BATCH_TARGET = 1.2
BATCH_SIZE = 100
ROUNDS = 7
BATCH_ROUNDS = 3
PER_ROUND = 10
FLOOR_FONT = "BenchFloorDejaVu"
FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "cases"


def _register_floor_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FLOOR_FONT not in pdfmetrics.getRegisteredFontNames():
        data = resources.files("aml_desktop.resources").joinpath("fonts", "DejaVuSans.ttf").read_bytes()
        pdfmetrics.registerFont(TTFont(FLOOR_FONT, io.BytesIO(data)))


def floor_pdf() -> bytes:
    """The floor: a bare 2-page document, embedded TTF font, two 30-row tables, a line chart."""
    from reportlab.graphics.charts.lineplots import LinePlot
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1)
    style = ParagraphStyle("floor", fontName=FLOOR_FONT, fontSize=10)
    rows = [[f"Row {i}", f"{i * 1.5:.1f}", "value text", f"2019-01-{i % 28 + 1:02d}"] for i in range(30)]
    tables = []
    for _ in range(2):
        table = Table(rows)
        table.setStyle([("FONTNAME", (0, 0), (-1, -1), FLOOR_FONT)])
        tables.append(table)
    chart = Drawing(400, 200)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 40, 30, 340, 150
    plot.data = [[(i, (i * 7) % 50) for i in range(20)]]
    chart.add(plot)
    doc.build([Paragraph("Floor", style), tables[0], PageBreak(), tables[1], chart])
    return buffer.getvalue()


def _snapshots() -> list[object]:  # list[SummarySnapshot]; typed loosely so importing stays cheap
    """The paper's three patients and a Unicode-named patient with height and weight."""
    from dataclasses import replace

    from aml_desktop.engine.case_io import load_case
    from aml_desktop.reports import snapshot_from_case

    today = date(2019, 9, 10)
    cases = [load_case(path.read_bytes()) for path in sorted(FIXTURES.glob("*.json"))]
    unicode_case = replace(
        cases[0],
        patient=replace(cases[0].patient, name="Nguyễn Thị Hương", hospital_number="HN-0042"),
        extensions={"aml_desktop": {"measurements": [{"date": "2019-07-22", "height_cm": 160, "weight_kg": 52}]}},
    )
    cases.append(unicode_case)
    return [snapshot_from_case(c, today=today, clinic_name="Hôpital Régional de Kédougou") for c in cases]


def _per_call_ms(func: Callable[[], object], count: int) -> tuple[float, float]:
    """(wall, CPU) milliseconds per call. CPU time is steadier on a shared machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(count):
        func()
    return (time.perf_counter() - wall) / count * 1000, (time.process_time() - cpu) / count * 1000


def _report(label: str, floor: tuple[float, float], ours: tuple[float, float], target: float) -> None:
    for kind, f, o in (("wall", floor[0], ours[0]), ("cpu", floor[1], ours[1])):
        ratio = o / f
        verdict = "ok" if ratio <= target else "OVER"
        print(
            f"    {label:<32} {kind:>4}: floor {f:8.2f} ms  ours {o:8.2f} ms  "
            f"ratio {ratio:4.2f} (<= {target}) {verdict}"
        )


def _median(pairs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures; ``argv`` is accepted for ``python -m benchmarks`` and ignored."""
    from pypdf import PdfReader

    from aml_desktop.reports import render_many, render_summary
    from aml_desktop.reports.snapshot import SummarySnapshot

    _register_floor_font()
    snapshots: list[SummarySnapshot] = _snapshots()  # type: ignore[assignment]
    # "once the application is running": fonts registered, catalog loaded, modules imported
    floor_pdf()
    pages = [len(PdfReader(io.BytesIO(render_summary(s))).pages) for s in snapshots]

    cycle = [snapshots[i % len(snapshots)] for i in range(PER_ROUND)]
    floors, singles = [], []
    for _ in range(ROUNDS):
        floors.append(_per_call_ms(floor_pdf, PER_ROUND))
        position = iter(cycle)
        singles.append(_per_call_ms(lambda: render_summary(next(position)), PER_ROUND))  # noqa: B023

    batch = [snapshots[i % len(snapshots)] for i in range(BATCH_SIZE)]
    batch_floors, batches = [], []
    for _ in range(BATCH_ROUNDS):
        wall, cpu = _per_call_ms(floor_pdf, BATCH_SIZE)
        batch_floors.append((wall * BATCH_SIZE, cpu * BATCH_SIZE))
        batches.append(_per_call_ms(lambda: render_many(batch), 1))

    print("summary_bench: printed summary vs a bare reportlab floor in the same run (median of rounds)")
    print("  floor: 2 pages, embedded TTF, two 30-row tables, a line chart")
    print(f"  summary: the 3 paper patients and a Unicode-named patient, {min(pages)}-{max(pages)} pages each")
    _report("one summary (app running)", _median(floors), _median(singles), SINGLE_TARGET)
    _report(f"batch of {BATCH_SIZE} vs {BATCH_SIZE} floors", _median(batch_floors), _median(batches), BATCH_TARGET)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
