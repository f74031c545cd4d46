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
from collections.abc import Callable
from datetime import date
from importlib import resources
from pathlib import Path

SINGLE_TARGET = 1.5
BATCH_TARGET = 1.2
BATCH_SIZE = 100
ROUNDS = 7
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


def _snapshots() -> list[object]:
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


def _per_call_ms(func: Callable[[], object], count: int) -> float:
    start = time.perf_counter()
    for _ in range(count):
        func()
    return (time.perf_counter() - start) / count * 1000


def main() -> int:
    from aml_desktop.reports import render_many, render_summary

    _register_floor_font()
    snapshots = _snapshots()
    # "once the application is running": fonts registered, catalog loaded, modules imported
    floor_pdf()
    for snapshot in snapshots:
        render_summary(snapshot)  # type: ignore[arg-type]

    pages = []
    from pypdf import PdfReader

    for snapshot in snapshots:
        pages.append(len(PdfReader(io.BytesIO(render_summary(snapshot))).pages))  # type: ignore[arg-type]

    floors, singles = [], []
    for _ in range(ROUNDS):
        floors.append(_per_call_ms(floor_pdf, PER_ROUND))
        index = iter(range(PER_ROUND))
        singles.append(_per_call_ms(lambda: render_summary(snapshots[next(index) % len(snapshots)]), PER_ROUND))  # type: ignore[arg-type]
    floor_ms = statistics.median(floors)
    single_ms = statistics.median(singles)

    batch = [snapshots[i % len(snapshots)] for i in range(BATCH_SIZE)]
    batch_floors, batches = [], []
    for _ in range(3):
        batch_floors.append(_per_call_ms(floor_pdf, BATCH_SIZE) * BATCH_SIZE)
        batches.append(_per_call_ms(lambda: render_many(batch), 1))  # type: ignore[arg-type]
    batch_floor_ms = statistics.median(batch_floors)
    batch_ms = statistics.median(batches)

    single_ratio = single_ms / floor_ms
    batch_ratio = batch_ms / batch_floor_ms
    print("summary_bench: printed summary vs a bare reportlab floor (same run, median of rounds)")
    print(f"  floor (2 pages, TTF, 2x30-row tables, line chart): {floor_ms:7.2f} ms")
    print(f"  summary (paper patients + Unicode, {min(pages)}-{max(pages)} pages):  {single_ms:7.2f} ms")
    print(
        f"    ratio {single_ratio:.2f} (target <= {SINGLE_TARGET}) {'ok' if single_ratio <= SINGLE_TARGET else 'OVER'}"
    )
    print(f"  100 floors: {batch_floor_ms:8.1f} ms   batch of 100 summaries: {batch_ms:8.1f} ms")
    print(f"    ratio {batch_ratio:.2f} (target <= {BATCH_TARGET}) {'ok' if batch_ratio <= BATCH_TARGET else 'OVER'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
