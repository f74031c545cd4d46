"""The patient list never loads every row: pages are fetched as painted and the cache is bounded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from aml_desktop.gui.patient_list_model import MAX_PAGES, PAGE_SIZE, PatientListModel


@dataclass(frozen=True)
class Row:
    id: str
    hospital_number: str | None
    name: str | None
    birth_date: date
    status: str
    eln2017_risk: str
    current_phase: str | None
    last_assessment_date: date | None
    updated_at: str
    list_key: int = 0


class FakeController:
    """Stands in for the store: 50,000 patients, counting every row handed out."""

    def __init__(self, total: int = 50_000) -> None:
        self.total = total
        self.rows_served = 0
        self.calls: list[tuple[str, str | None, int, int]] = []

    def count_patients(self, query: str = "", status: str | None = None, *, cap: int | None = None) -> int:
        return self.total if not query else 3

    def list_patients(
        self,
        query: str = "",
        status: str | None = None,
        *,
        limit: int,
        offset: int = 0,
        below_key: int | None = None,
        above_key: int | None = None,
    ) -> list[Any]:
        """Row i has list key total - i (newest first); a key bound is turned back into a position."""
        total = self.count_patients(query, status)
        if below_key is not None:
            offset = total - below_key + 1
        elif above_key is not None:
            offset = max(0, total - above_key - limit)
            limit = total - above_key - offset
        self.calls.append((query, status, limit, offset))
        n = max(0, min(limit, total - offset))
        self.rows_served += n
        return [
            Row(
                f"id-{offset + i}",
                f"H-{offset + i}",
                f"Patient {offset + i}",
                date(1970, 1, 1),
                "relapsed",
                "adverse",
                "reinduction",
                date(2020, 1, 1),
                "2026-11-23T10:00:00",
                total - (offset + i),
            )
            for i in range(n)
        ]


def test_only_visible_pages_are_fetched_and_memory_stays_bounded(qtbot: Any) -> None:
    controller = FakeController()
    model = PatientListModel(controller)
    assert model.rowCount() == 50_000
    assert controller.rows_served == 0
    assert model.data(model.index(0, 0)) == "Patient 0"
    assert model.data(model.index(49_999, 1)) == "H-49999"
    assert controller.rows_served == 2 * PAGE_SIZE
    for row in range(0, 50_000, 997):  # scroll through the whole list
        model.data(model.index(row, 0))
    assert model.cached_rows() <= MAX_PAGES * PAGE_SIZE
    assert model.data(model.index(5, 2)) == "Relapsed"
    assert model.data(model.index(5, 2), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(5, 0), Qt.ItemDataRole.UserRole) == "id-5"


def test_a_new_search_recounts_and_drops_the_cache(qtbot: Any) -> None:
    controller = FakeController()
    model = PatientListModel(controller)
    model.data(model.index(10, 0))
    model.set_filter("jo", "relapsed")
    assert model.rowCount() == 3
    assert model.cached_rows() == 0
    assert model.data(model.index(2, 0)) == "Patient 2"
    assert controller.calls[-1] == ("jo", "relapsed", PAGE_SIZE, 0)
    assert model.data(model.index(3, 0)) is None
