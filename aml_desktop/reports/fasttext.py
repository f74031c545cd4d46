"""Text written straight into the page stream, one ``BT … ET`` block per paragraph or table.

reportlab's text object formats every number and font change through generic helpers;
for a summary made of hundreds of short runs that was the largest single cost. This
module emits the same operators with the documented dynamic-font API (``splitString``
and ``getSubsetInternalName``, see ``reportlab.pdfbase.ttfonts``), so the fonts are still
subset and embedded by reportlab. Text is drawn in the current fill colour (black).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

from .styles import font_runs

# (font name, size, x, y, text) in the current user space
Piece = tuple[str, float, float, float, str]


@lru_cache(maxsize=16384)
def _escape(chunk: bytes) -> str:
    """PDF string escaping, memoised: ASCII text maps to the same bytes in every document."""
    return str(escapePDF(chunk))


def _num(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def text_block(canvas: Any, pieces: Iterable[Piece]) -> None:
    """Draw every piece in one text object (positions absolute in the current user space)."""
    doc = canvas._doc  # the document the font subsets belong to (reportlab's documented dynamic-font use)
    out = ["BT"]
    current: tuple[str, float] | None = None
    fonts: dict[str, Any] = {}
    for font_name, size, x, y, text in pieces:
        if not text:
            continue
        runs = font_runs(text, font_name)
        for run_font, run_text in runs:
            font = fonts.get(run_font)
            if font is None:
                font = fonts[run_font] = getFont(run_font)
            out.append(f"1 0 0 1 {_num(x)} {_num(y)} Tm")
            for subset, chunk in font.splitString(run_text, doc):
                name = font.getSubsetInternalName(subset, doc)
                if current != (name, size):
                    out.append(f"{name} {_num(size)} Tf")
                    current = (name, size)
                out.append(f"({_escape(chunk)}) Tj")
            if len(runs) > 1:
                x += stringWidth(run_text, run_font, size)
    if len(out) == 1:
        return
    out.append("ET")
    canvas.addLiteral(" ".join(out))
