"""The aml-case/1 contract: strict, every problem named by field path, round trip exact."""

from __future__ import annotations

import json

import pytest

from aml_desktop.engine import CaseError, case_to_dict, dump_case, load_case, parse_case
from tests.engine.builders import CASES, base_case


def problems(data) -> list[str]:
    with pytest.raises(CaseError) as caught:
        parse_case(data)
    return [str(p) for p in caught.value.problems]


def test_paper_cases_parse():
    for path in sorted(CASES.glob("*.json")):
        case = load_case(path.read_bytes())
        assert case.patient.birth_date.year > 1900


def test_unknown_field_is_named():
    data = base_case()
    data["assessments"][1]["blasts"] = 3
    assert problems(data) == ["assessments[1].blasts: is not a known field"]


def test_unknown_top_level_field_is_named():
    data = base_case(patient_notes="x")
    assert problems(data) == ["patient_notes: is not a known field"]


def test_bad_date_is_named_like_the_contract():
    data = base_case()
    data["courses"][0]["start"] = "2019-13-01"
    assert 'courses[0].start: "2019-13-01" is not a date (YYYY-MM-DD)' in problems(data)


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("assessments", 1, "marrow_blasts_percent"), 101, "101 is out of range (must be between 0 and 100)"),
        (("assessments", 1, "anc"), -1, "-1 is out of range (must be between 0 and 2000)"),
        (("assessments", 1, "anc"), True, "must be a number"),
        (("assessments", 1, "anc"), "1.2", "must be a number"),
        (("fitness", "ecog"), 6, "6 is out of range (must be between 0 and 5)"),
        (("fitness", "ecog"), 1.5, "1.5 is not a whole number"),
        (("courses", 0, "cycle"), 0, "0 is out of range (must be between 1 and 99)"),
        (("patient", "sex"), "f", '"f" is not one of: female, male, other, unknown'),
        (("assessments", 1, "circulating_blasts"), "no", "must be true or false"),
    ],
)
def test_values_out_of_range_or_wrong_type(path, value, message):
    data = base_case()
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    found = problems(data)
    dotted = ".".join(f"[{p}]" if isinstance(p, int) else p for p in path).replace(".[", "[")
    assert any(p.startswith(dotted) and message in p for p in found), found


def test_every_problem_is_reported_at_once():
    data = base_case()
    data["assessments"][1]["marrow_blasts_percent"] = 120
    data["courses"][0]["start"] = "x"
    data["fitness"]["ecog"] = 9
    assert len(problems(data)) == 3


def test_required_fields():
    data = base_case()
    del data["patient"]["birth_date"]
    del data["diagnosis"]["date"]
    assert set(problems(data)) == {"patient.birth_date: is required", "diagnosis.date: is required"}


def test_impossible_chronology():
    data = base_case(as_of="2019-12-31")
    data["assessments"].append({"date": "1979-12-31", "marrow_blasts_percent": 1})
    data["courses"].append({"phase": "induction", "regimen": "7+3", "start": "2019-11-30"})
    found = problems(data)
    assert any(p.startswith("as_of: 2019-12-31 is before the diagnosis date") for p in found)
    assert any(p.startswith("assessments[2].date: 1979-12-31 is before the birth date") for p in found)
    assert any(p.startswith("courses[1].start: 2019-11-30 is more than 30 days before") for p in found)


def test_course_thirty_days_before_diagnosis_is_allowed():
    data = base_case()
    data["courses"].append({"phase": "supportive", "regimen": "HYDROXYUREA", "start": "2019-12-02"})
    parse_case(data)


def test_end_before_start():
    data = base_case()
    data["courses"][0]["end"] = "2020-01-01"
    assert problems(data) == ["courses[0].end: 2020-01-01 is before the start 2020-01-03"]


def test_free_text_regimen_needs_intensity_and_codes_are_canonicalised():
    data = base_case()
    data["courses"].append({"phase": "reinduction", "regimen": "FLAG", "start": "2020-03-01"})
    assert any(p.startswith("courses[1].intensity: is required") for p in problems(data))
    data["courses"][1] = {"phase": "reinduction", "regimen": "flag-ida", "start": "2020-03-01"}
    assert parse_case(data).courses[1].regimen == "FLAG-IDA"
    data["courses"][1] = {"phase": "transplant", "regimen": "Allogeneic", "start": "2020-03-01"}
    assert parse_case(data).courses[1].regimen == "allogeneic"


def test_override_needs_a_reason():
    data = base_case(
        decisions=[{"date": "2021-01-01", "recommended": "intensive_chemotherapy", "chosen": "venetoclax_combination"}]
    )
    assert problems(data) == [
        "decisions[0].override_reason: is required when the chosen therapy differs from the recommended one"
    ]


def test_unknown_formulary_key():
    data = base_case(formulary={"ivosidenib": False, "imatinib": True})
    assert problems(data) == ["formulary.imatinib: is not a known field"]


def test_null_means_absent():
    data = base_case()
    data["assessments"][1]["anc"] = None
    data["fitness"] = None
    case = parse_case(data)
    assert case.assessments[1].anc is None
    assert case.fitness is None


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\xff\xfe{", "not UTF-8"),
        (b"{", "not valid JSON"),
        (b'{"format": NaN}', "not valid JSON"),
        (b'{"format": "aml-case/1", "format": "aml-case/1"}', "appears twice"),
        (b"[]", "must be an object"),
        (b'{"format": "aml-case/2"}', "is not 'aml-case/1'"),
    ],
)
def test_broken_files(raw, message):
    with pytest.raises(CaseError) as caught:
        load_case(raw)
    assert message in str(caught.value)


def test_round_trip_is_field_for_field():
    data = base_case(
        decisions=[
            {
                "date": "2021-01-01",
                "recommended": "intensive_chemotherapy",
                "chosen": "venetoclax_combination",
                "regimen": "AZA-VEN",
                "override_reason": "patient preference",
                "clinician": "Dr Nguyễn",
            }
        ],
        extensions={"other_tool": {"x": [1, 2]}},
        formulary={"ivosidenib": False},
    )
    data["patient"]["name"] = "Zoë Ødegård"
    data["diagnosis"]["mutations"] = [{"gene": "FLT3", "variant": "ITD", "allelic_ratio": 0.5, "vaf": 33.3}]
    data["assessments"][1]["mrd"] = {"status": "negative", "method": "flow", "value": 0.01}
    case = parse_case(data)
    again = load_case(dump_case(case))
    assert again == case
    assert case_to_dict(again) == case_to_dict(case)
    assert "Zoë Ødegård" in dump_case(case)
    assert json.loads(dump_case(case))["formulary"] == {"ivosidenib": False}
