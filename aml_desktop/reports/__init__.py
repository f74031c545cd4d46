"""Printed summaries: a pure function from an immutable snapshot to PDF bytes.

``snapshot_from_case`` runs the engine once and freezes what the page shows;
``render_summary`` lays it out with reportlab. reportlab is imported only when a PDF is
actually made, so importing this package (from the GUI or the command line) stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from aml_desktop.present.decisions import DecisionEntry

from .snapshot import (
    NO_CLINIC_NAME,
    PAPER_SIZES,
    SummarySnapshot,
    decisions_from_case,
    normalise_paper,
    snapshot_from_case,
)


def render_summary(snapshot: SummarySnapshot) -> bytes:
    """The summary PDF of ``snapshot``; the same snapshot always gives the same bytes."""
    from .pdf import render_summary as render

    return render(snapshot)


def render_many(
    snapshots: Iterable[SummarySnapshot], progress: Callable[[int, int], None] | None = None
) -> list[bytes]:
    """Render a batch in order, calling ``progress(done, total)`` after each summary."""
    from .pdf import render_many as render

    return render(snapshots, progress)


def iter_render(
    snapshots: Iterable[SummarySnapshot], progress: Callable[[int, int], None] | None = None
) -> Iterator[bytes]:
    """Like ``render_many`` but yields each PDF as soon as it is made (for large batches)."""
    from .pdf import iter_render as render

    return render(snapshots, progress)


__all__ = [
    "NO_CLINIC_NAME",
    "PAPER_SIZES",
    "DecisionEntry",
    "SummarySnapshot",
    "decisions_from_case",
    "iter_render",
    "normalise_paper",
    "render_many",
    "render_summary",
    "snapshot_from_case",
]
