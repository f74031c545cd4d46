"""The patient list as a windowed table model: only the rows on screen are ever fetched.

A clinic may hold 50,000 patients; the model asks the store for the count and then for
pages of ``PAGE_SIZE`` rows as the view paints them, keeping at most ``MAX_PAGES`` pages,
so memory stays flat however far the user scrolls.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from aml_desktop.gui.words import label
from aml_desktop.present.formats import fmt_date
from aml_desktop.store.search import SEARCH_COUNT_CAP

PAGE_SIZE = 100
MAX_PAGES = 4  # the screen and its neighbours: enough for keyset reads either way

COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", "Name"),
    ("hospital_number", "Hospital no."),
    ("status", "Status"),
    ("eln2017_risk", "ELN 2017 risk"),
    ("current_phase", "Current phase"),
    ("last_assessment_date", "Last assessment"),
    ("cycle_status", "Cycle"),
    ("updated_at", "Last change ▼"),
)

# Statuses that need the clinician's attention are drawn in red.
URGENT_STATUSES = frozenset({"relapsed", "molecular_relapse", "primary_refractory", "persistent_after_one_cycle"})

Index = QModelIndex | QPersistentModelIndex

# Roles as plain ints: data() is called thousands of times per repaint, enum arithmetic costs.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_USER = int(Qt.ItemDataRole.UserRole.value)
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, _USER})
_STATUS_COLUMN = 2
_CYCLE_COLUMN = 6
_URGENT_BRUSH = QBrush(QColor("#b00020"))
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


class _Row:
    """One list row with its cell texts computed once, when its page is fetched."""

    __slots__ = ("cells", "id", "overdue", "summary", "urgent")

    def __init__(self, summary: Any, today: date) -> None:
        self.summary = summary
        self.id = summary.id
        self.cells = tuple(cell_text(summary, key, today) for key, _ in COLUMNS)
        self.urgent = summary.status in URGENT_STATUSES
        self.overdue = _cycle_cell(summary, today)[1]


class PatientListModel(QAbstractTableModel):
    """Rows are ``PatientSummary`` objects fetched lazily, newest change first (the store's order)."""

    search_done = Signal()

    def __init__(self, controller: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.query = ""
        self.status: str | None = None
        self._count = 0
        self._more = False  # the count stopped at its cap: more lines match than are shown
        self._cap: int | None = None
        self._pages: OrderedDict[int, list[_Row]] = OrderedDict()
        self.fetches = 0  # pages fetched since the last reset (benchmarks and tests read it)
        self.pending: tuple[str, str | None] = ("", None)
        self._pending_seq = -1
        found = getattr(controller, "search_found", None)
        if found is not None:
            found.connect(self._found)
        self.refresh()

    # ----------------------------------------------------------------- filtering

    def set_filter(self, query: str, status: str | None) -> None:
        """A new search: answered on the search thread when the controller has one, else here."""
        self.pending = (query, status)
        search = getattr(self.controller, "search", None)
        if search is None:
            self.query, self.status = query, status
            self.refresh()
            return
        self._pending_seq = search(query, status, page_size=PAGE_SIZE)

    def _found(self, seq: int, query: str, status_text: str, count: int, rows: Any) -> None:
        """The search thread's answer: the count and the first page, shown in one reset."""
        if seq != self._pending_seq:
            return
        status = status_text or None
        self.beginResetModel()
        self.query, self.status = query, status
        self._pages.clear()
        self.fetches = 1
        self._set_count(count, SEARCH_COUNT_CAP if query.strip() else None)
        today = self.controller.today() if hasattr(self.controller, "today") else date.today()
        self._pages[0] = [_Row(summary, today) for summary in rows]
        self.endResetModel()
        self.search_done.emit()

    def searching(self) -> bool:
        """True while the list does not yet show the newest search."""
        return self.pending != (self.query, self.status)

    def refresh(self) -> None:
        """Re-count and drop every cached page (after a save, an import or a new filter)."""
        self._pending_seq = -1  # an answer still on its way is now stale
        self.query, self.status = self.pending
        self.beginResetModel()
        self._pages.clear()
        self.fetches = 0
        cap = SEARCH_COUNT_CAP if self.query.strip() else None
        self._set_count(self.controller.count_patients(self.query, self.status, cap=cap), cap)
        self.endResetModel()

    def _set_count(self, count: int, cap: int | None) -> None:
        """A count taken with ``cap`` may be ``cap + 1``: "more than cap", shown as cap rows and "cap+"."""
        self._more = cap is not None and count > cap
        self._count = min(count, cap) if cap is not None else count
        self._cap = cap

    def more_than_counted(self) -> bool:
        """True when more lines match than the count went to (the window says "1,000+")."""
        return self._more

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        """Scrolled to the end of a capped search: count ten times further and show the new lines."""
        if parent.isValid() or not self._more or self._cap is None:
            return
        cap = self._cap * 10
        count = self.controller.count_patients(self.query, self.status, cap=cap)
        shown = min(count, cap)
        if shown > self._count:
            self.beginInsertRows(QModelIndex(), self._count, shown - 1)
            self._count, self._more, self._cap = shown, count > cap, cap
            self.endInsertRows()
        else:
            self._more, self._cap = count > cap, cap

    # ----------------------------------------------------------------- rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    def _row(self, row: int) -> _Row | None:
        if not 0 <= row < self._count:
            return None
        page_number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(page_number)
        if page is None:
            today = self.controller.today() if hasattr(self.controller, "today") else date.today()
            page = [_Row(summary, today) for summary in self._fetch(page_number)]
            self.fetches += 1
            self._pages[page_number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        elif len(self._pages) > 1:
            self._pages.move_to_end(page_number)
        return page[offset] if offset < len(page) else None

    def _fetch(self, page_number: int) -> Any:
        """A page read from its neighbour's boundary key when a neighbour is held (scrolling: as cheap
        deep in the list as at its top), else by position (a jump)."""
        before, after = self._pages.get(page_number - 1), self._pages.get(page_number + 1)
        if before and len(before) == PAGE_SIZE:
            return self.controller.list_patients(
                self.query, self.status, limit=PAGE_SIZE, below_key=before[-1].summary.list_key
            )
        if after:
            return self.controller.list_patients(
                self.query, self.status, limit=PAGE_SIZE, above_key=after[0].summary.list_key
            )
        return self.controller.list_patients(self.query, self.status, limit=PAGE_SIZE, offset=page_number * PAGE_SIZE)

    def summary_at(self, row: int) -> Any | None:
        found = self._row(row)
        return found.summary if found is not None else None

    def row_of(self, patient_id: str) -> int | None:
        """The row of a patient among the cached pages (the visible neighbourhood), else None."""
        for number, page in self._pages.items():
            for offset, row in enumerate(page):
                if row.id == patient_id:
                    return number * PAGE_SIZE + offset
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ROLES:
            return None
        found = self._row(index.row())
        if found is None:
            return None
        if role in (_DISPLAY, _TOOLTIP):
            return found.cells[index.column()]
        if role == _USER:
            return found.id
        if index.column() == _STATUS_COLUMN and found.urgent:
            return _URGENT_BRUSH
        if index.column() == _CYCLE_COLUMN and found.overdue:
            return _URGENT_BRUSH
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][1]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS


def _cycle_cell(summary: Any, today: date) -> tuple[str, bool]:
    """``MEC C1 day 9 · overdue: counts`` on ``today`` and whether something is overdue (issue 15)."""
    from aml_desktop.engine.cycle_checks import status_on, timeline_from_json
    from aml_desktop.present.cycles import status_text

    return status_text(status_on(timeline_from_json(getattr(summary, "cycle_status", None)), today))


def cell_text(summary: Any, key: str, today: date | None = None) -> str:
    if key == "cycle_status":
        return _cycle_cell(summary, today or date.today())[0]
    value = getattr(summary, key)
    if value is None:
        return "—" if key in ("last_assessment_date", "current_phase") else ""
    if key in ("status", "eln2017_risk", "current_phase"):
        return label(value)
    if key == "last_assessment_date":
        return fmt_date(value)
    if key == "updated_at":
        return str(value).replace("T", " ")[:16]
    return str(value)
