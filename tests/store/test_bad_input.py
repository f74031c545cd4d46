"""Bad input of every kind gets a clear message naming file, field and problem; the database is unchanged."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aml_desktop.engine.case_io import CaseError
from aml_desktop.store import CaseFileError, Store, read_case_files
from aml_desktop.store.case_files import MAX_CASE_FILE_BYTES

from .conftest import CASES, USER, comparable

VALID = json.loads((CASES / "patient1-early-relapse.json").read_text(encoding="utf-8"))


def _state(store: Store) -> tuple[Any, ...]:
    """Everything an import could change, cheaply: row counts and the last audit entry."""
    tables = ("patients", "diagnoses", "courses", "assessments", "mutations", "fitness", "decisions", "patient_list")
    counts = tuple(store._scalar(f"SELECT count(*) FROM {t}") for t in tables)
    return (*counts, store._scalar("SELECT max(id) FROM audit_log"))


def _import(store: Store, paths: list[Path]) -> list[str]:
    return store.import_cases(read_case_files(paths), user=USER)


def _with(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(VALID)
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


BAD_FILES: list[tuple[str, bytes, str]] = [
    ("not-json", b"hello, I am not JSON", "not valid JSON"),
    ("truncated", json.dumps(VALID).encode()[:200], "not valid JSON"),
    ("latin-1", json.dumps(_with(("patient", "name"), "Zoë"), ensure_ascii=False).encode("latin-1"), "not UTF-8"),
    ("empty", b"", "not valid JSON"),
    ("a-list", b"[1, 2, 3]", "must be an object"),
    ("wrong-type", json.dumps(_with(("diagnosis", "wbc"), "high")).encode(), "diagnosis.wbc: must be a number"),
    ("impossible-date", json.dumps(_with(("courses", 1, "start"), "2019-02-30")).encode(), "courses[1].start"),
    (
        "blasts-over-100",
        json.dumps(_with(("assessments", 0, "marrow_blasts_percent"), 120)).encode(),
        "assessments[0].marrow_blasts_percent: 120 is out of range",
    ),
    ("unknown-field", json.dumps(_with(("patient", "nmae"), "typo")).encode(), "patient.nmae: is not a known field"),
    ("before-birth", json.dumps(_with(("assessments", 0, "date"), "1980-01-01")).encode(), "before the birth date"),
    ("nan", json.dumps(VALID).replace('"wbc": 322', '"wbc": NaN').encode(), "not valid JSON"),
    ("deep", b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
    ("duplicate-key", b'{"format": "aml-case/1", "format": "aml-case/1"}', "appears twice"),
    ("wrong-format", json.dumps(_with(("format",), "aml-case/2")).encode(), "format"),
]


@pytest.mark.parametrize(("name", "raw", "message"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_a_bad_file_stops_the_whole_import(store: Store, tmp_path: Path, name: str, raw: bytes, message: str) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(_with(("patient", "hospital_number"), "GOOD-1")), encoding="utf-8")
    bad = tmp_path / f"{name}.json"
    bad.write_bytes(raw)
    before = _state(store)
    with pytest.raises(CaseFileError) as error:
        _import(store, [good, bad])
    text = str(error.value)
    assert str(bad) in text and message in text
    assert str(good) not in text
    assert _state(store) == before


def test_a_huge_file_is_refused_without_reading_it_all(store: Store, tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as handle:
        handle.truncate(MAX_CASE_FILE_BYTES + 1)
    before = _state(store)
    with pytest.raises(CaseFileError, match="too large"):
        _import(store, [huge])
    assert _state(store) == before


def test_missing_files_and_folders_are_named(store: Store, tmp_path: Path) -> None:
    with pytest.raises(CaseFileError) as error:
        _import(store, [tmp_path / "nope.json", tmp_path])
    assert "nope.json: cannot be read" in str(error.value)
    assert "is a folder" in str(error.value)


def test_every_problem_in_every_file_is_reported_at_once(store: Store, tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps(_with(("diagnosis", "cd33_percent"), 101)), encoding="utf-8")
    two = tmp_path / "two.json"
    two.write_text(json.dumps(_with(("fitness", "ecog"), 7)), encoding="utf-8")
    with pytest.raises(CaseFileError) as error:
        _import(store, [one, two])
    assert [str(p.path.name) for p in error.value.problems] == ["one.json", "two.json"]
    assert "diagnosis.cd33_percent" in str(error.value) and "fitness.ecog" in str(error.value)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**12), 10**12) | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=10,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, child in value.items():
            found.extend(_paths(child, (*prefix, key)))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            found.extend(_paths(child, (*prefix, i)))
    return found


ALL_PATHS = _paths(VALID)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    edits=st.lists(st.tuples(st.sampled_from(ALL_PATHS), JSON_VALUES), min_size=1, max_size=3),
    new_keys=st.lists(
        st.tuples(st.sampled_from([(), ("patient",), ("diagnosis",), ("fitness",)]), st.text(max_size=8)), max_size=1
    ),
)
def test_fuzzed_case_files_are_imported_exactly_or_refused_cleanly(
    store: Store, tmp_path: Path, edits: list[tuple[tuple[Any, ...], Any]], new_keys: list[tuple[tuple[str, ...], str]]
) -> None:
    data = copy.deepcopy(VALID)
    data["patient"]["hospital_number"] = None
    for path, value in edits:
        target: Any = data
        try:
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    for path, key in new_keys:
        target = data
        for part in path:
            target = target.get(part) if isinstance(target, dict) else None
        if isinstance(target, dict):
            target.setdefault(key, 1)
    file = tmp_path / "fuzz.json"
    file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = _state(store)
    try:
        [patient_id] = _import(store, [file])
    except CaseFileError as error:
        assert error.problems and all(str(p.path) == str(file) and p.message for p in error.problems)
        assert _state(store) == before
        return
    stored = store.get_case(patient_id)
    assert comparable(stored, drop_id=True) == comparable(read_case_files([file])[0], drop_id=True)
    store.delete_patient(patient_id, user=USER)


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(max_size=300) | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_arbitrary_bytes_never_crash_the_reader(raw: bytes) -> None:
    from aml_desktop.store.case_files import read_case_bytes

    try:
        read_case_bytes(raw)
    except CaseError as error:
        assert str(error)
