"""A lean wrapping-text flowable: plain runs of regular or bold text, nothing else.

reportlab's ``Paragraph`` parses markup and keeps rich fragments for every word; most of a
summary's time went there. The summary needs only two fonts, a bullet and word wrapping,
so this flowable takes text runs as data (no markup, so no escaping of patient names or
karyotypes) and measures each word once. Lines are laid out on ``wrap`` and the result is
reused when the frame asks again at the same width, and a block splits between lines at
a page break.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any, Final

from reportlab.platypus import Flowable

from .fasttext import Piece, text_block
from .styles import FONT, FONT_BOLD, string_width

Run = tuple[str, bool]  # (text, bold)
Line = tuple[tuple[str, bool, float], ...]  # segments of (text, bold, x offset)

_FONTS: Final = {False: FONT, True: FONT_BOLD}
MIN_LINES_PER_PART: Final = 2


def _words(runs: Sequence[Run]) -> list[tuple[str, bool, bool]]:
    """(word, bold, space before) for every word of the runs, keeping spaces between runs."""
    out: list[tuple[str, bool, bool]] = []
    pending_space = False
    for text, bold in runs:
        if not text:
            continue
        parts = text.split(" ")
        for index, part in enumerate(parts):
            if index > 0:
                pending_space = True
            if part:
                out.append((part, bold, pending_space and bool(out)))
                pending_space = False
    return out


def _split_long(word: str, font: str, size: float, width: float) -> list[str]:
    """Cut a word wider than the line into pieces that fit (long karyotypes, identifiers)."""
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and string_width(current + char, size, font == FONT_BOLD) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def layout_lines(runs: Sequence[Run], size: float, width: float) -> tuple[Line, ...]:
    """Greedy line breaking of ``runs`` into lines no wider than ``width`` points.

    Memoised: the same notes, explanations and references recur in every summary of a
    batch, and their lines depend only on the text, the size and the width.
    """
    return _layout_cached(tuple(runs), size, width)


@lru_cache(maxsize=8192)
def _layout_cached(runs: tuple[Run, ...], size: float, width: float) -> tuple[Line, ...]:
    lines: list[Line] = []
    words: list[tuple[str, bool, float, bool]] = []  # (word, bold, x, space before)
    x = 0.0
    spaces = {bold: string_width(" ", size, bold) for bold in (False, True)}
    for word, bold, space in _words(runs):
        font = _FONTS[bold]
        w = string_width(word, size, bold)
        gap = spaces[bold] if space and words else 0.0
        if words and x + gap + w > width:
            lines.append(_merge(words))
            words, x, gap = [], 0.0, 0.0
        if w > width:
            pieces = _split_long(word, font, size, width)
            for piece in pieces[:-1]:
                if words:
                    lines.append(_merge(words))
                lines.append(((piece, bold, 0.0),))
                words, x, gap = [], 0.0, 0.0
            word = pieces[-1]
            w = string_width(word, size, bold)
        words.append((word, bold, x + gap, gap > 0))
        x += gap + w
    if words:
        lines.append(_merge(words))
    return tuple(lines)


def _merge(words: list[tuple[str, bool, float, bool]]) -> Line:
    """Join neighbouring words of the same font into one segment (fewer PDF text operators)."""
    merged: list[tuple[str, bool, float]] = []
    for text, bold, x, space in words:
        if merged and merged[-1][1] == bold:
            prev_text, _, prev_x = merged[-1]
            merged[-1] = (prev_text + (" " if space else "") + text, bold, prev_x)
        else:
            merged.append((text, bold, x))
    return tuple(merged)


def _runs_of(lines: tuple[Line, ...]) -> tuple[Run, ...]:
    """Runs that lay out again as ``lines`` (used only if a split piece meets another width)."""
    return tuple((f"{text} ", bold) for line in lines for text, bold, _ in line)


class TextBlock(Flowable):
    """Wrapped text with optional bullet; ``runs`` are (text, bold) pairs."""

    def __init__(
        self,
        runs: Sequence[Run],
        *,
        size: float,
        leading: float,
        indent: float = 0.0,
        bullet: str = "",
        bullet_size: float | None = None,
        space_before: float = 0.0,
        space_after: float = 0.0,
        keep_with_next: bool = False,
        lines: tuple[Line, ...] | None = None,
        laid_width: float | None = None,
    ) -> None:
        super().__init__()
        self.runs = tuple(runs)
        self.size = size
        self.leading = leading
        self.indent = indent
        self.bullet = bullet
        self.bullet_size = bullet_size or size
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.keepWithNext = keep_with_next
        self._lines = lines
        self._laid_width = laid_width

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.runs)

    def _layout(self, width: float) -> tuple[Line, ...]:
        if self._lines is None or self._laid_width != width:
            self._lines = layout_lines(self.runs, self.size, max(1.0, width - self.indent))
            self._laid_width = width
        return self._lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        lines = self._layout(available_width)
        self.width = available_width
        self.height = len(lines) * self.leading
        return available_width, self.height

    def split(self, available_width: float, available_height: float) -> list[Any]:
        lines = self._layout(available_width)
        fit = int(available_height // self.leading)
        if fit >= len(lines):
            return [self]
        # no single line left behind or carried over (widows and orphans): move the block whole
        fit = min(fit, len(lines) - MIN_LINES_PER_PART)
        if fit < MIN_LINES_PER_PART:
            return []
        common: dict[str, Any] = {
            "size": self.size,
            "leading": self.leading,
            "indent": self.indent,
            "bullet_size": self.bullet_size,
            "laid_width": available_width,
        }
        head, tail = lines[:fit], lines[fit:]
        first = TextBlock(_runs_of(head), bullet=self.bullet, space_before=self.spaceBefore, lines=head, **common)
        rest = TextBlock(_runs_of(tail), space_after=self.spaceAfter, lines=tail, **common)
        return [first, rest]

    def pieces(self, x0: float = 0.0, top: float | None = None) -> list[Piece]:
        """The block's text pieces with the first line's top at ``top`` (default: its own height)."""
        lines: tuple[Line, ...] = self._lines or ()
        y = (self.height if top is None else top) - self.size
        out: list[Piece] = []
        if self.bullet:
            out.append((FONT, self.bullet_size, x0, y, self.bullet))
        for line in lines:
            for segment, bold, x in line:
                out.append((_FONTS[bold], self.size, x0 + self.indent + x, y, segment))
            y -= self.leading
        return out

    def draw(self) -> None:
        text_block(self.canv, self.pieces())
