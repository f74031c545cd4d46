"""A plain ruled table of text cells: fixed column widths, wrapped cells, header repeated on split.

The summary's tables hold only text, so this flowable does only that: each cell is laid
out once with ``textblock.layout_lines``, rules and the header shading are drawn as one
path, and all text of the table goes out in one text object (``fasttext``). reportlab's
general ``Table`` spent most of a summary's drawing time on per-cell style handling.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from .fasttext import Piece, text_block
from .styles import BLACK, FILL_GREY, FONT, FONT_BOLD, MIN_SIZE, RULE_GREY
from .textblock import Line, layout_lines

SIZE: Final = MIN_SIZE
LEADING: Final = 11.0
TOP_PAD: Final = 1.5
BOTTOM_PAD: Final = 2.5


class Grid(Flowable):
    """Rows of text cells in columns of fixed width.

    ``header``: the first row is a header (bold, shaded, ruled, repeated after a page break).
    ``bold_columns``: columns printed bold in every row (the labels of a facts table).
    ``pad``: horizontal padding inside each cell (left, right).
    ``rule``: colour of the thin rule under each body row.
    """

    def __init__(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        header: bool = True,
        bold_columns: frozenset[int] = frozenset(),
        pad: tuple[float, float] = (3.0, 3.0),
        rule: Color = RULE_GREY,
        _laid: list[tuple[list[tuple[Line, ...]], float]] | None = None,
    ) -> None:
        super().__init__()
        self.rows = [list(r) for r in rows]
        self.widths = list(widths)
        self.header = header
        self.bold_columns = bold_columns
        self.pad = pad
        self.rule = rule
        self._laid = _laid

    def _bold(self, row: int, column: int) -> bool:
        return (self.header and row == 0) or column in self.bold_columns

    def _layout(self) -> list[tuple[list[tuple[Line, ...]], float]]:
        """Per row: the wrapped lines of each cell and the row height."""
        if self._laid is None:
            laid = []
            inner = [w - self.pad[0] - self.pad[1] for w in self.widths]
            for r, row in enumerate(self.rows):
                cells = [layout_lines([(text, self._bold(r, c))], SIZE, inner[c]) for c, text in enumerate(row)]
                lines = max((len(cell) for cell in cells), default=1) or 1
                laid.append((cells, lines * LEADING + TOP_PAD + BOTTOM_PAD))
            self._laid = laid
        return self._laid

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = sum(h for _, h in self._layout())
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Any]:
        laid = self._layout()
        head = 1 if self.header else 0
        used = sum(h for _, h in laid[:head])
        fit = head
        for _, h in laid[head:]:
            if used + h > available_height:
                break
            used += h
            fit += 1
        if fit <= head or fit >= len(laid):
            return []
        common: dict[str, Any] = {
            "header": self.header,
            "bold_columns": self.bold_columns,
            "pad": self.pad,
            "rule": self.rule,
        }
        first = Grid(self.rows[:fit], self.widths, _laid=laid[:fit], **common)
        rest = Grid(self.rows[:head] + self.rows[fit:], self.widths, _laid=laid[:head] + laid[fit:], **common)
        return [first, rest]

    def draw(self) -> None:
        canvas = self.canv
        laid = self._layout()
        width = sum(self.widths)
        lefts = [sum(self.widths[:c]) for c in range(len(self.widths))]
        pieces: list[Piece] = []
        rules: list[tuple[float, float, Color]] = []  # (y, line width, colour)
        top = self.height
        for r, (cells, height) in enumerate(laid):
            is_header = self.header and r == 0
            if is_header:
                canvas.setFillColor(FILL_GREY)
                canvas.rect(0, top - height, width, height, stroke=0, fill=1)
                canvas.setFillColor(BLACK)
                rules.append((top, 0.8, BLACK))
                rules.append((top - height, 0.8, BLACK))
            elif r < len(laid) - 1 or self.header:
                rules.append((top - height, 0.3, self.rule))
            for c, lines in enumerate(cells):
                y = top - TOP_PAD - SIZE
                for line in lines:
                    for segment, bold, x in line:
                        pieces.append((FONT_BOLD if bold else FONT, SIZE, lefts[c] + self.pad[0] + x, y, segment))
                    y -= LEADING
            top -= height
        styles: dict[tuple[float, Color], list[tuple[float, float, float, float]]] = {}
        for y, line_width, colour in rules:
            styles.setdefault((line_width, colour), []).append((0, y, width, y))
        for (line_width, colour), segments in styles.items():
            canvas.setStrokeColor(colour)
            canvas.setLineWidth(line_width)
            canvas.lines(segments)
        canvas.setStrokeColor(BLACK)
        text_block(canvas, pieces)
