"""Saving, importing, deleting, listing and searching patients."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aml_desktop.engine.case import Case, Diagnosis, Patient
from aml_desktop.store import ImportConflict, PatientNotFound, Store, StoreError
from aml_desktop.store.search import fold

from .conftest import TODAY, USER, all_fixture_cases, fixture_case


def _patient(name: str, number: str, **extra: object) -> Case:
    return Case(
        patient=Patient(birth_date=date(1970, 1, 1), name=name, hospital_number=number),
        diagnosis=Diagnosis(date=date(2026, 1, 1)),
        **extra,  # type: ignore[arg-type]
    )


def test_save_case_assigns_a_uuid_and_derives_the_list_line(store: Store) -> None:
    patient_id = store.save_case(fixture_case("patient1-early-relapse"), user=USER)
    assert len(patient_id) == 36
    [line] = store.list_patients()
    assert line.id == patient_id
    assert line.status == "relapsed"
    assert line.current_phase == "consolidation"
    assert line.last_assessment_date == date(2019, 7, 20)
    assert line.eln2017_risk in {"favorable", "intermediate", "adverse", "unknown"}


def test_import_refuses_existing_patients_unless_replace(store: Store) -> None:
    first = store.import_cases(all_fixture_cases(), user=USER)
    with pytest.raises(ImportConflict, match="DT-1") as error:
        store.import_cases([fixture_case("patient1-early-relapse"), _patient("New", "N-1")], user=USER)
    assert "--replace" in str(error.value)
    assert store.count_patients() == 3  # all or nothing: N-1 was not imported either
    changed = fixture_case("patient1-early-relapse")
    changed = dataclasses.replace(changed, patient=dataclasses.replace(changed.patient, name="Patient One Renamed"))
    again = store.import_cases([changed], replace=True, user=USER)
    assert again == first[:1]
    assert store.get_case(first[0]).patient.name == "Patient One Renamed"
    assert store.count_patients() == 3


def test_import_by_id_conflicts_too(store: Store) -> None:
    case = dataclasses.replace(_patient("A", "A-1"), patient=Patient(date(1970, 1, 1), id="fixed-id", name="A"))
    store.import_cases([case], user=USER)
    with pytest.raises(ImportConflict, match="fixed-id"):
        store.import_cases([case], user=USER)


def test_a_hospital_number_belongs_to_one_patient(store: Store) -> None:
    store.save_case(_patient("First", "H-1"), user=USER)
    with pytest.raises(ImportConflict, match="H-1"):
        store.save_case(_patient("Second", "H-1"), user=USER)
    clash = dataclasses.replace(
        _patient("Third", "H-1"), patient=Patient(date(1970, 1, 1), id="x", hospital_number="H-1")
    )
    with pytest.raises(ImportConflict, match="another patient"):
        store.import_cases([clash], replace=True, user=USER)
    with pytest.raises(StoreError, match="same hospital number"):
        store.import_cases([_patient("B", "H-2"), _patient("C", "H-2")], user=USER)
    assert store.count_patients() == 1


def test_invalid_dataclasses_are_refused_with_the_field_named(store: Store) -> None:
    bad = dataclasses.replace(_patient("X", "X-1"), diagnosis=Diagnosis(date=date(2026, 1, 1), cd33_percent=140.0))
    with pytest.raises(StoreError, match=r"diagnosis\.cd33_percent"):
        store.save_case(bad, user=USER)
    assert store.count_patients() == 0


def test_delete_patient_removes_every_row(store: Store) -> None:
    keep, gone = store.import_cases(all_fixture_cases()[:2], user=USER)
    store.delete_patient(gone, user=USER)
    assert [p.id for p in store.list_patients()] == [keep]
    assert store.list_patients("DT-2") == []
    for table in ("diagnoses", "courses", "assessments", "mutations", "fitness", "decisions"):
        assert store._rows(f"SELECT count(*) AS n FROM {table} WHERE patient_id = ?", [gone])[0]["n"] == 0
    with pytest.raises(PatientNotFound):
        store.get_case(gone)
    with pytest.raises(PatientNotFound):
        store.delete_patient(gone, user=USER)


def test_search_is_accent_and_case_insensitive_by_prefix_and_substring(store: Store) -> None:
    names = ["Nguyễn Thị Hương", "Zoë Ødegård", "José Álvarez", "Josephine Baker", "陈伟"]
    for i, name in enumerate(names):
        store.save_case(_patient(name, f"H-{1000 + i}"), user=USER)

    def found(query: str) -> list[str]:
        return sorted((p.name or "" for p in store.list_patients(query)), key=fold)

    assert found("nguyen") == ["Nguyễn Thị Hương"]
    assert found("guye") == ["Nguyễn Thị Hương"]
    assert found("NGUYỄN") == ["Nguyễn Thị Hương"]
    assert found("huong") == ["Nguyễn Thị Hương"]
    assert found("odegard") == ["Zoë Ødegård"]
    assert found("zo") == ["Zoë Ødegård"]
    assert found("jos") == ["José Álvarez", "Josephine Baker"]
    assert found("jose alv") == ["José Álvarez"]
    assert found("varez") == ["José Álvarez"]
    assert found("h-1003") == ["Josephine Baker"]
    assert found("1004") == ["陈伟"]
    assert found("陈伟") == ["陈伟"]
    assert found("nobody") == []
    assert found('"; DROP TABLE patients; --') == []
    assert store.count_patients("jos") == 2


def test_list_pages_newest_change_first_and_filters_by_status(store: Store) -> None:
    ids = [store.save_case(_patient(f"P{i}", f"H-{i}"), user=USER) for i in range(7)]
    assert [p.id for p in store.list_patients(limit=3)] == ids[::-1][:3]
    assert [p.id for p in store.list_patients(limit=3, offset=3)] == ids[::-1][3:6]
    store.save_case(store.get_case(ids[0]), user=USER)
    assert store.list_patients(limit=1)[0].id == ids[0]
    store.import_cases(all_fixture_cases(), user=USER)
    assert store.count_patients(status="primary_refractory") == 1
    assert [p.hospital_number for p in store.list_patients(status="primary_refractory")] == ["DT-2"]
    assert store.count_patients("dt", status="relapsed") == 2


def test_current_phase_is_the_latest_course_started_by_today(db_path: object) -> None:
    case = fixture_case("patient2-primary-refractory")
    with Store.open(db_path, today=lambda: date(2019, 3, 1)) as store:  # type: ignore[arg-type]
        store.save_case(case, user=USER)
        assert store.list_patients()[0].current_phase == "induction"
        assert store.list_patients()[0].last_assessment_date == date(2019, 2, 1)


def test_stale_summaries_are_refreshed_for_a_new_day(db_path: object) -> None:
    day = [date(2019, 1, 4)]
    with Store.open(db_path, today=lambda: day[0]) as store:  # type: ignore[arg-type]
        store.save_case(fixture_case("patient2-primary-refractory"), user=USER)
        assert store.list_patients()[0].status == "newly_diagnosed"
        day[0] = TODAY
        assert store.stale_summary_count() == 1
        assert store.refresh_summaries() == 1
        assert store.list_patients()[0].status == "primary_refractory"
        assert store.refresh_summaries() == 0


def test_a_lost_list_line_is_rebuilt_on_the_next_save(store: Store) -> None:
    patient_id = store.save_case(fixture_case("patient1-early-relapse"), user=USER)
    key = store._scalar("SELECT list_key FROM patient_list")
    store._conn.execute("DELETE FROM patient_list")
    for table in ("patient_words", "patient_trigram"):
        store._conn.execute(f"DELETE FROM {table} WHERE rowid = ?", [key])
    assert store.count_patients() == 0
    store.save_case(store.get_case(patient_id), user=USER)
    assert [p.id for p in store.list_patients("patient one")] == [patient_id]
    assert store.list_patients()[0].status == "relapsed"


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=40))
def test_fold_matches_its_definition(text: str) -> None:
    """The fast paths of ``fold`` give exactly NFKD, marks stripped, case folded, spaces collapsed."""
    import unicodedata

    from aml_desktop.store.search import _EXTRA_FOLDS

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    expected = " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).translate(_EXTRA_FOLDS).split())
    assert fold(text) == expected


def test_fold_drops_a_word_that_is_only_an_accent() -> None:
    assert fold("0 ´") == "0"
