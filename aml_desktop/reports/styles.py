"""Fonts and text styles of the printed summary.

DejaVu Sans ships with the application (``resources/fonts``) and is embedded in every
PDF, so names such as "Nguyễn Thị Hương" or "Zoë Ødegård" print on any computer; a character
DejaVu lacks is taken from a fallback font (Noto Sans Ethiopic, Nanum Gothic for Hangul, Droid
Sans Fallback for Han and kana, ``scripts/build_fonts.py``), so "አበበ በቀለ" and "陈伟" print too. Nothing
is smaller than 9 pt, and nothing relies on colour: the page is read in black and white
from a cheap printer, so emphasis is bold text, rules and boxes, never a hue.
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Final

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT: Final = "AMLDejaVuSans"
FONT_BOLD: Final = "AMLDejaVuSans-Bold"
_FONT_FILES: Final = (
    (FONT, "DejaVuSans.ttf"),
    (FONT_BOLD, "DejaVuSans-Bold.ttf"),
    ("AMLNotoSansEthiopic", "NotoSansEthiopic-Regular.ttf"),
    ("AMLNotoSansEthiopic-Bold", "NotoSansEthiopic-Bold.ttf"),
    ("AMLNanumGothic", "NanumGothic-Hangul.ttf"),
    ("AMLDroidSansFallback", "DroidSansFallback-Subset.ttf"),
)
#: For each summary font, the fonts tried in order for a character it has no glyph for (Hangul and Han have no bold).
FALLBACKS: Final = {
    FONT: ("AMLNotoSansEthiopic", "AMLNanumGothic", "AMLDroidSansFallback"),
    FONT_BOLD: ("AMLNotoSansEthiopic-Bold", "AMLNanumGothic", "AMLDroidSansFallback"),
}
_LOCK = threading.Lock()

#: The smallest text on the page (issue 5: at least 9 pt, readable from a cheap printer).
MIN_SIZE: Final = 9.0
BODY_SIZE: Final = 9.5

BLACK: Final = colors.black
# Greys only for rules and fills behind black text; they survive any printer.
RULE_GREY: Final = colors.Color(0.45, 0.45, 0.45)
FILL_GREY: Final = colors.Color(0.90, 0.90, 0.90)
LIGHT_FILL: Final = colors.Color(0.96, 0.96, 0.96)


def register_fonts() -> None:
    """Register the embedded fonts once per process (thread-safe; later calls are free)."""
    if _FONT_FILES[-1][0] in pdfmetrics.getRegisteredFontNames():
        return
    with _LOCK:
        registered = pdfmetrics.getRegisteredFontNames()
        folder = resources.files("aml_desktop.resources").joinpath("fonts")
        for name, filename in _FONT_FILES:
            if name not in registered:
                data = folder.joinpath(filename).read_bytes()
                pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


@lru_cache(maxsize=8)
def _glyphs(font: str) -> dict[int, int]:
    register_fonts()
    glyphs: dict[int, int] = pdfmetrics.getFont(font).face.charToGlyph
    return glyphs


@lru_cache(maxsize=32768)
def font_runs(text: str, font: str) -> tuple[tuple[str, str], ...]:
    """``text`` as (font, text) runs: each character in ``font`` if it has it, else in the first fallback that does.

    A character no font has stays in ``font`` (it prints as a box; ``unprintable`` names it).
    """
    primary = _glyphs(font)
    if all(ord(ch) in primary or ch.isspace() for ch in text):
        return ((font, text),)
    runs: list[tuple[str, str]] = []
    for ch in text:
        chosen = font
        if not ch.isspace() and ord(ch) not in primary:
            chosen = next((f for f in FALLBACKS.get(font, ()) if ord(ch) in _glyphs(f)), font)
        if runs and runs[-1][0] == chosen:
            runs[-1] = (chosen, runs[-1][1] + ch)
        else:
            runs.append((chosen, ch))
    return tuple(runs)


@lru_cache(maxsize=32768)
def string_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of ``text`` in the summary font (and its fallbacks); cached, since words repeat."""
    register_fonts()
    font = FONT_BOLD if bold else FONT
    return float(sum(pdfmetrics.stringWidth(run, name, size) for name, run in font_runs(text, font)))


@dataclass(frozen=True)
class TextStyle:
    """Size, leading and spacing of one kind of text (see ``textblock.TextBlock``)."""

    size: float = BODY_SIZE
    leading: float = 12.2
    bold: bool = False
    indent: float = 0.0
    bullet_size: float | None = None
    space_before: float = 0.0
    space_after: float = 0.0
    keep_with_next: bool = False


BODY: Final = TextStyle()
TITLE: Final = TextStyle(size=15, leading=19, bold=True, space_after=2)
SUBTITLE: Final = TextStyle(space_after=4)
H1: Final = TextStyle(size=12, leading=15, bold=True, space_before=9, space_after=3, keep_with_next=True)
H2: Final = TextStyle(size=10, leading=13, bold=True, space_before=6, space_after=2, keep_with_next=True)
PRIMARY: Final = TextStyle(size=12.5, leading=16, bold=True)
BULLET: Final = TextStyle(indent=12, space_after=1.5)
CHECK: Final = TextStyle(indent=17, bullet_size=12, space_after=3)
NUMBERED: Final = TextStyle(indent=18, space_after=3)
TRACE: Final = TextStyle(size=MIN_SIZE, leading=11.2, indent=18, space_after=3)
REFERENCE: Final = TextStyle(size=MIN_SIZE, leading=11.2, indent=24, space_after=2)


def unprintable(text: str) -> str:
    """The characters of ``text`` no embedded font has a glyph for (they would print as boxes)."""
    fonts = (FONT, *FALLBACKS[FONT])
    missing = dict.fromkeys(
        ch for ch in text if not ch.isspace() and not any(ord(ch) in _glyphs(font) for font in fonts)
    )
    return "".join(missing)
