"""Hostile or impossible input in a case file is refused with the field named (issue 12, item 2)."""

from __future__ import annotations

import json
import unicodedata
from datetime import date

import pytest

from aml_desktop.engine import CaseError, load_case, parse_case
from aml_desktop.engine.input_rules import COUNT_LIMITS, hospital_number_key, text_problem
from tests.engine.builders import base_case


def problems(data, **kwargs) -> list[str]:
    with pytest.raises(CaseError) as caught:
        parse_case(data, **kwargs)
    return [str(p) for p in caught.value.problems]


def test_a_cycle_too_large_for_the_database_is_refused_not_overflowed():
    data = base_case()
    data["courses"][0]["cycle"] = 9223372036854775808
    assert problems(data) == ["courses[0].cycle: 9223372036854775808 is out of range (must be between 1 and 99)"]


def test_a_lone_surrogate_in_a_name_is_refused_from_the_file_text():
    text = json.dumps(base_case()).replace('"Test Patient"', '"\\ud800Test"')
    with pytest.raises(CaseError) as caught:
        load_case(text.encode())
    assert [str(p) for p in caught.value.problems] == [
        "patient.name: holds an unpaired surrogate code point, which is not text"
    ]


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("name", "Ann\x1b[2JSmith", "terminal escape"),
        ("name", "Ann\nSmith", "line break"),
        ("name", "Ann\x07", "control character"),
        ("name", "Ann\u202eSmith", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("name", "\u200dAnn", "zero-width"),
        ("hospital_number", "DT-1\u200b", "U+200B ZERO WIDTH SPACE"),
        ("hospital_number", "DT\u20281", "line or paragraph separator"),
        ("id", "a\tb", "control character"),
    ],
)
def test_names_and_hospital_numbers_refuse_invisible_and_control_characters(field, value, expected):
    data = base_case()
    data["patient"][field] = value
    [problem] = problems(data)
    assert problem.startswith(f"patient.{field}: holds") and expected in problem


def test_a_joiner_is_part_of_a_persian_name_but_never_leads_one():
    data = base_case()
    data["patient"]["name"] = "نرگس\u200cنیک"
    assert parse_case(data).patient.name == "نرگس\u200cنیک"
    data["patient"]["name"] = "\u200cنرگس"
    [problem] = problems(data)
    assert problem.startswith("patient.name: holds an invisible formatting character (U+200C")


def test_free_text_keeps_its_line_breaks_but_not_escapes():
    data = base_case()
    data["diagnosis"]["karyotype"] = "46,XX\n[20]"
    assert parse_case(data).diagnosis.karyotype == "46,XX\n[20]"
    data["diagnosis"]["karyotype"] = "46,XX\x1b[31m"
    assert problems(data) == ["diagnosis.karyotype: holds a terminal escape sequence (ESC), which is not allowed"]


def test_text_is_stored_in_nfc():
    data = base_case()
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị")
    data["patient"]["name"] = decomposed
    assert parse_case(data).patient.name == unicodedata.normalize("NFC", "Nguyễn Thị") != decomposed


def test_hospital_numbers_have_one_canonical_form():
    assert hospital_number_key("DT-1") == hospital_number_key("dt-1") == hospital_number_key(" DT-1 ")
    assert hospital_number_key("DT\u20101") == hospital_number_key("ＤＴ－１") == "dt-1"
    assert hospital_number_key("DT-1") != hospital_number_key("DT-11")


def test_only_calendar_dates_written_yyyy_mm_dd_are_dates():
    for text in ("2019-W02-1", "2019-007", "20190107", "２０１９-01-07", "2019-1-07"):  # week date first
        data = base_case()
        data["diagnosis"]["date"] = text
        assert f'diagnosis.date: "{text}" is not a date (YYYY-MM-DD)' in problems(data)


def test_a_birth_date_in_the_future_is_refused():
    data = base_case()
    data["patient"]["birth_date"] = "2030-01-01"
    assert "patient.birth_date: 2030-01-01 is in the future" in problems(data, today=date(2026, 1, 1))


def test_a_birth_date_before_1900_is_refused():
    data = base_case()
    data["patient"]["birth_date"] = "1899-12-31"
    assert "patient.birth_date: 1899-12-31 is before 1900-01-01" in problems(data)


def test_an_age_over_120_at_an_event_is_refused():
    data = base_case()
    data["patient"]["birth_date"] = "1900-01-01"
    data["diagnosis"]["date"] = "2021-01-01"
    data["assessments"] = []
    data["courses"] = []
    data["fitness"] = None
    data["as_of"] = None
    assert problems(data) == [
        "diagnosis.date: 2021-01-01 makes the patient 121 years old (more than 120); check the birth date"
    ]


def test_no_event_before_birth():
    data = base_case()
    birth = data["patient"]["birth_date"]
    data["courses"][0]["start"] = "1940-01-01"
    data["fitness"] = {"date": "1940-01-02", "ecog": 1}
    data["decisions"] = [{"date": "1940-01-03", "recommended": "clinical_trial", "chosen": "clinical_trial"}]
    found = problems(data)
    for path, when in (("courses[0].start", "1940-01-01"), ("fitness.date", "1940-01-02")):
        assert f"{path}: {when} is before the birth date {birth}" in found
    assert f"decisions[0].date: 1940-01-03 is before the birth date {birth}" in found


@pytest.mark.parametrize("field", sorted(set(COUNT_LIMITS) - {"allelic_ratio"}))
def test_every_count_has_an_upper_bound(field):
    data = base_case()
    data["assessments"][1][field] = 1e308
    assert problems(data) == [
        f"assessments[1].{field}: 1e+308 is out of range (must be between 0 and {COUNT_LIMITS[field]:g})"
    ]


def test_a_wbc_of_1e308_at_diagnosis_is_refused():
    data = base_case()
    data["diagnosis"]["wbc"] = 1e308
    assert problems(data) == ["diagnosis.wbc: 1e+308 is out of range (must be between 0 and 2000)"]


def test_an_integer_too_large_for_a_float_is_refused_not_a_crash():
    data = base_case()
    data["diagnosis"]["wbc"] = 10**400
    [problem] = problems(data)
    assert problem.startswith("diagnosis.wbc:") and "is not a finite number" in problem


def test_text_problem_accepts_ordinary_names():
    for name in ("Amina Diallo", "Nguyễn Thị Lan", "O'Brien-Smith", "张伟", "Мария", "José María"):
        assert text_problem(name, identity=True) is None
