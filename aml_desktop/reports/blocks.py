"""Composite flowables of the summary: stacked text (optionally boxed), headings, the signature block.

Grouping a list's items into one flowable keeps the page machinery's per-flowable work
down and writes the whole list as one text object; a stack still breaks between items
(or inside a long item) at the foot of a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from aml_desktop.present.i18n import _

from .fasttext import Piece, text_block
from .styles import BLACK, BODY_SIZE, FONT, string_width
from .textblock import TextBlock


class Stack(Flowable):
    """Text blocks one under another, with their own spacing; optionally inside a ruled box."""

    def __init__(
        self,
        items: Sequence[TextBlock],
        *,
        box: float = 0.0,
        fill: Color | None = None,
        padding: tuple[float, float] = (0.0, 0.0),
        keep_together: bool = False,
    ) -> None:
        super().__init__()
        self.items = list(items)
        self.box = box
        self.fill = fill
        self.padding = padding  # (horizontal, vertical)
        self.keep_together = keep_together
        # the first item's space above and the last one's below belong to the stack itself
        self.spaceBefore = self.items[0].spaceBefore if self.items else 0.0
        self.spaceAfter = self.items[-1].spaceAfter if self.items else 0.0
        self._heights: list[tuple[float, float, float]] = []  # (space before, height, space after)

    def _inner(self, width: float) -> float:
        return width - 2 * self.padding[0]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        inner = self._inner(available_width)
        self._heights = []
        for index, item in enumerate(self.items):
            _width, h = item.wrap(inner, available_height)
            before = item.spaceBefore if index else 0.0
            after = item.spaceAfter if index < len(self.items) - 1 else 0.0
            self._heights.append((before, h, after))
        self.width = available_width
        self.height = sum(sum(h) for h in self._heights) + 2 * self.padding[1]
        return available_width, self.height

    def split(self, available_width: float, available_height: float) -> list[Any]:
        if self.box or self.keep_together:
            return []
        self.wrap(available_width, available_height)
        used = 0.0
        for index, (before, h, after) in enumerate(self._heights):
            if used + before + h > available_height:
                room = available_height - used - before
                parts = self.items[index].split(self._inner(available_width), room) if room > 0 else []
                head = self.items[:index] + (parts[:1] if len(parts) == 2 else [])
                tail = ([parts[1]] if len(parts) == 2 else [self.items[index]]) + self.items[index + 1 :]
                while head and head[-1].keepWithNext:  # a heading never ends a page alone
                    tail.insert(0, head.pop())
                if not head:
                    return []
                return [Stack(head), Stack(tail)]
            used += before + h + after
        return [self]

    def draw(self) -> None:
        canvas = self.canv
        if self.fill is not None or self.box:
            canvas.saveState()
            if self.fill is not None:
                canvas.setFillColor(self.fill)
            canvas.setStrokeColor(BLACK)
            canvas.setLineWidth(self.box or 0.1)
            canvas.rect(0, 0, self.width, self.height, stroke=1 if self.box else 0, fill=1 if self.fill else 0)
            canvas.restoreState()
        pieces: list[Piece] = []
        top = self.height - self.padding[1]
        for item, (before, h, after) in zip(self.items, self._heights, strict=True):
            top -= before
            pieces += item.pieces(self.padding[0], top)
            top -= h + after
        text_block(canvas, pieces)


class Heading(Flowable):
    """A section heading with a rule under it; kept with what follows."""

    def __init__(self, block: TextBlock, rule: float = 0.8) -> None:
        super().__init__()
        self.block = block
        self.rule = rule
        self.spaceBefore = block.spaceBefore
        self.spaceAfter = block.spaceAfter
        self.keepWithNext = True

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _width, h = self.block.wrap(available_width, available_height)
        self.width = available_width
        self.height = h + self.rule + 3
        return available_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        text_block(canvas, self.block.pieces(0.0, self.height))
        canvas.setStrokeColor(BLACK)
        canvas.setLineWidth(self.rule)
        canvas.line(0, self.rule / 2 + 1, self.width, self.rule / 2 + 1)


BOX: Final = "☐"


class SignatureBlock(Flowable):
    """Boxes to tick (accepted / overridden with a reason) and lines for name, signature and date.

    Each line has room above it to write on and its label under it.
    """

    HEIGHT: Final = 106.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.HEIGHT
        return available_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        w, top = self.width, self.height
        half = w / 2
        reason_y, name_y, date_y = top - 36, top - 68, top - 95
        accepted = f"{BOX} " + _("Recommendation accepted")
        overridden_x = string_width(accepted, 11) + 28
        pieces: list[Piece] = [
            (FONT, 11, 0, top - 12, accepted),
            (FONT, 11, overridden_x, top - 12, f"{BOX} " + _("Overridden, reason:")),
            (FONT, BODY_SIZE, 0, name_y - 11, _("Name")),
            (FONT, BODY_SIZE, half, name_y - 11, _("Signature")),
            (FONT, BODY_SIZE, 0, date_y - 11, _("Date")),
        ]
        canvas.setStrokeColor(BLACK)
        canvas.setLineWidth(0.6)
        canvas.line(overridden_x, reason_y, w, reason_y)
        canvas.line(0, name_y, half - 14, name_y)
        canvas.line(half, name_y, w, name_y)
        canvas.line(0, date_y, half - 14, date_y)
        text_block(canvas, pieces)
