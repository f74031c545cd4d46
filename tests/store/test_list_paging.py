"""Pages of the list read from a neighbouring page's boundary key, and capped search counts (issue 14)."""

from __future__ import annotations

from datetime import date

import pytest

from aml_desktop.engine.case import Case, Diagnosis, Patient
from aml_desktop.store import Store

from .conftest import USER

NAMES = ("Nguyễn Văn An", "José Pérez", "Søren Ødegård", "Amina Diallo", "Ana Santos", "Zoë Müller")


def _patient(i: int) -> Case:
    return Case(
        patient=Patient(birth_date=date(1970, 1, 1), name=f"{NAMES[i % len(NAMES)]} {i}", hospital_number=f"P-{i:03d}"),
        diagnosis=Diagnosis(date=date(2026, 1, 1)),
    )


@pytest.fixture
def clinic(store: Store) -> Store:
    store.import_cases([_patient(i) for i in range(47)], user=USER)
    # A few later edits, so list order (newest change first) is not insertion order.
    for pid in [p.id for p in store.list_patients(limit=100)][10:14]:
        store.save_case(store.get_case(pid), user=USER)
    return store


QUERIES = [("", None), ("ana", None), ("an", None), ("p-0", None), ("jose perez", None), ("", "newly_diagnosed")]


@pytest.mark.parametrize(("query", "status"), QUERIES)
def test_keyset_pages_are_the_offset_pages(clinic: Store, query: str, status: str | None) -> None:
    size = 5
    everything = clinic.list_patients(query, status, limit=1000)
    assert everything, "the query must match something for the test to mean anything"
    by_offset = [clinic.list_patients(query, status, limit=size, offset=n) for n in range(0, len(everything), size)]
    # forwards: each page from the last line of the page before
    pages = [clinic.list_patients(query, status, limit=size)]
    while len(pages) < len(by_offset):
        pages.append(clinic.list_patients(query, status, limit=size, below_key=pages[-1][-1].list_key))
    assert pages == by_offset
    assert clinic.list_patients(query, status, limit=size, below_key=pages[-1][-1].list_key) == []
    # backwards: each page from the first line of the page after (still newest first)
    for n in range(len(by_offset) - 1, 0, -1):
        above = by_offset[n][0].list_key
        assert clinic.list_patients(query, status, limit=size, above_key=above) == by_offset[n - 1]
    assert [p.id for p in everything] == [p.id for page in by_offset for p in page]


@pytest.mark.parametrize(("query", "status"), QUERIES)
def test_a_capped_count_stops_just_above_the_cap(clinic: Store, query: str, status: str | None) -> None:
    exact = clinic.count_patients(query, status)
    assert exact == len(clinic.list_patients(query, status, limit=1000))
    assert clinic.count_patients(query, status, cap=exact) == exact  # not above the cap: exact
    assert clinic.count_patients(query, status, cap=1000) == exact
    if exact > 2:
        assert clinic.count_patients(query, status, cap=2) == 3  # "2+": more than the cap


def test_a_one_word_search_stays_exact_after_edits_and_deletes(clinic: Store) -> None:
    before = clinic.count_patients("ana", cap=1000)
    victim = clinic.list_patients("ana", limit=1)[0]
    clinic.delete_patient(victim.id, user=USER)
    assert clinic.count_patients("ana", cap=1000) == before - 1 == clinic.count_patients("ana")
    assert victim.id not in [p.id for p in clinic.list_patients("ana", limit=1000)]


def test_both_boundaries_are_refused(clinic: Store) -> None:
    with pytest.raises(ValueError):
        clinic.list_patients(below_key=5, above_key=1)


@pytest.mark.parametrize(("query", "status"), QUERIES)
@pytest.mark.parametrize("cap", [3, 1000])
def test_a_search_keystroke_is_the_capped_count_and_the_first_page(
    clinic: Store, query: str, status: str | None, cap: int
) -> None:
    """One full-text read answers both; it must say exactly what counting and paging say."""
    count, page = clinic.search(query, status, limit=4, cap=cap)
    expected = clinic.count_patients(query, status, cap=cap if query.strip() else None)
    assert count == expected
    assert page == clinic.list_patients(query, status, limit=4)
    assert [p.list_key for p in page] == [p.list_key for p in clinic.list_patients(query, status, limit=4)]
