"""The list window over a clinic bigger than a page: neighbouring pages by key, capped search counts (issue 14)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from aml_desktop.engine.case import Case, Diagnosis, Patient
from aml_desktop.gui import patient_list_model
from aml_desktop.gui.patient_list_model import PatientListModel


def _patient(i: int) -> Case:
    return Case(
        patient=Patient(birth_date=date(1970, 1, 1), name=f"Ana Santos {i}", hospital_number=f"P-{i:04d}"),
        diagnosis=Diagnosis(date=date(2026, 1, 1)),
    )


@pytest.fixture
def clinic(store: Any) -> Any:
    store.import_cases([_patient(i) for i in range(250)], user="tester")
    return store


def test_scrolling_reads_each_page_from_its_neighbour_and_shows_the_offset_rows(
    clinic: Any, controller: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, Any]] = []
    original = controller.list_patients

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs)
        return original(*args, **kwargs)

    monkeypatch.setattr(controller, "list_patients", spy)
    model = PatientListModel(controller)
    seen = [model.data(model.index(row, 0), patient_list_model._USER) for row in range(model.rowCount())]
    assert seen == [p.id for p in clinic.list_patients(limit=1000)]
    assert [c.get("below_key") is not None for c in calls] == [False, True, True]  # page 0 by position
    # a jump to the end reads by position; the page before it then from the end page's first key
    model._pages.clear()
    calls.clear()
    last = model.rowCount() - 1
    model.data(model.index(last, 0), patient_list_model._USER)
    model.data(model.index(last - 100, 0), patient_list_model._USER)
    assert calls[0].get("offset") == 200 and calls[1].get("above_key") is not None
    assert model.data(model.index(last - 100, 0), patient_list_model._USER) == seen[last - 100]


def test_a_search_counts_to_its_cap_and_counts_further_at_the_end(
    qtbot: Any, clinic: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(patient_list_model, "SEARCH_COUNT_CAP", 20)
    from aml_desktop.gui import controller as controller_module

    monkeypatch.setattr(controller_module, "SEARCH_COUNT_CAP", 20)
    model = window.model
    with qtbot.waitSignal(model.search_done, timeout=10_000):
        window.ui.search_edit.setText("santos")
    assert model.rowCount() == 20 and model.more_than_counted()
    assert window.ui.patient_count_label.text() == "20+ patients"
    assert model.canFetchMore()
    model.fetchMore()  # what the view does at the end of the list
    assert model.rowCount() == 200 and model.more_than_counted()
    model.fetchMore()
    assert model.rowCount() == 250 and not model.more_than_counted()
    assert window.ui.patient_count_label.text() == "250 patients"
