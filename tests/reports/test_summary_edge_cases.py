"""Summaries of unusual records: long names, no name, no therapy yet, long histories, post-transplant relapse."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from aml_desktop.engine.case import Assessment, Course, Decision
from aml_desktop.engine.case_io import parse_case
from aml_desktop.present.vocabulary import label
from aml_desktop.reports import DecisionEntry, render_many, render_summary, snapshot_from_case
from tests.engine.builders import base_case, relapse_case
from tests.reports.report_pdftools import all_text, page_texts
from tests.reports.report_samples import sample_snapshot

TODAY = date(2021, 6, 1)


def _render(raw: dict[str, Any]) -> tuple[str, list[str]]:
    pdf = render_summary(snapshot_from_case(parse_case(raw), today=TODAY, clinic_name="Test clinic"))
    return all_text(pdf), page_texts(pdf)


def test_long_name_gets_its_own_header_line_on_every_page() -> None:
    name = "Maria Fernanda de los Ángeles Gonçalves-Ødegård Nguyễn Thị Hương Wolfeschlegelsteinhausen"
    raw = relapse_case()
    raw["patient"]["name"] = name
    _, pages = _render(raw)
    for page in pages:
        assert name in page
        assert "Hospital no. T-1 · Born 1 Jan 1980" in page


def test_missing_name_and_hospital_number_are_said() -> None:
    raw = relapse_case()
    del raw["patient"]["name"]
    del raw["patient"]["hospital_number"]
    _text, pages = _render(raw)
    assert all("Name not recorded" in page and "Hospital no. not recorded" in page for page in pages)


def test_patient_in_remission_prints_state_and_no_treatment() -> None:
    text, _ = _render(base_case())
    assert f"Primary: {label('not_applicable')}" in text
    assert f"the status is {label('in_remission').lower()}" in text
    assert "Clinician's decision" in text and "References" in text


def test_newly_diagnosed_without_courses_or_assessments() -> None:
    raw = base_case(courses=[], assessments=[], as_of="2020-01-02")
    text, _ = _render(raw)
    assert "No courses of therapy recorded." in text
    assert "No marrow or blood assessments recorded." in text
    assert "not recorded" in text  # empty chart panels say so


def test_long_history_splits_tables_with_repeated_header() -> None:
    raw = relapse_case()
    start = date(2020, 3, 1)
    for week in range(60):
        day = start + timedelta(days=7 * week)
        raw["assessments"].append({"date": day.isoformat(), "marrow_blasts_percent": 2, "anc": 1.5, "platelets": 120})
    raw["assessments"].sort(key=lambda a: a["date"])
    raw["as_of"] = "2021-06-01"
    text, pages = _render(raw)
    with_header = [p for p in pages if "Response (ELN)" in p]
    assert len(with_header) >= 2  # the header repeats on the continuation page
    for week in range(60):
        day = start + timedelta(days=7 * week)
        assert f"{day.day} {day:%b %Y}" in text


def test_long_override_reason_flows_over_pages() -> None:
    reason = " ".join(f"word{n}" for n in range(1500))
    snapshot = sample_snapshot()
    entry = snapshot.decisions[0]
    long_entry = DecisionEntry(replace(entry.decision, override_reason=reason), reason_code="other")
    text = all_text(render_summary(replace(snapshot, decisions=(long_entry,))))
    assert "word0 " in text and "word1499" in text
    assert text.count("word7") >= 1


def test_post_transplant_relapse_marks_the_transplant() -> None:
    raw = relapse_case(cr1_months_days=500)
    raw["courses"].append({"phase": "transplant", "regimen": "allogeneic", "start": "2020-06-01"})
    text, _ = _render(raw)
    assert "allo-HCT" in text  # the chart's event line
    assert "relapse after allogeneic HCT" in text


def test_render_many_reports_progress_in_order() -> None:
    calls: list[tuple[int, int]] = []
    pdfs = render_many([sample_snapshot(), sample_snapshot(paper="letter")], progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, 2), (2, 2)]
    assert all(pdf.startswith(b"%PDF-") for pdf in pdfs)


def test_assessment_and_course_after_as_of_are_not_printed() -> None:
    snapshot = sample_snapshot()
    later = date(2019, 12, 1)
    case = replace(
        snapshot.case,
        courses=(*snapshot.case.courses, Course("reinduction", "MEC", later)),
        assessments=(*snapshot.case.assessments, Assessment(later, marrow_blasts_percent=80)),
        decisions=(Decision(later, recommended="x", chosen="x"),),
    )
    text = all_text(render_summary(replace(snapshot, case=case)))
    assert "1 Dec 2019" not in text.split("Clinician's decision")[0]


def test_header_text_shrinks_to_fit_and_is_cut_only_below_9_pt() -> None:
    from aml_desktop.reports.pdf import fit_text
    from aml_desktop.reports.styles import string_width

    name = "Maria Fernanda de los Ángeles Gonçalves-Ødegård Nguyễn Thị Hương Wolfeschlegelsteinhausen"
    text, size = fit_text(name, 504, 11.5, bold=True)
    assert text == name and 9 <= size < 11.5
    assert string_width(text, size, True) <= 504
    text, size = fit_text(name * 2, 504, 11.5, bold=True)
    assert size == 9 and text.endswith("…") and string_width(text, size, True) <= 504
    assert fit_text("Short", 504, 11.5) == ("Short", 11.5)


def test_missing_karyotype_and_unknown_risk_are_said() -> None:
    raw = relapse_case()
    del raw["diagnosis"]["karyotype"]
    text, _ = _render(raw)
    assert "Lesions read none: no karyotype recorded" in text
    assert f"ELN 2017 genetic risk {label('unknown')}" in text
    assert "Missing tests that could change the group: karyotype" in text
    assert "read as not adverse" in text


def test_a_name_the_font_cannot_print_is_flagged() -> None:
    text = all_text(render_summary(sample_snapshot("አበበ ቢቂላ")))  # Ethiopic: not in DejaVu Sans
    assert "The embedded font cannot print some characters of the name or number" in text
    assert "cannot print" not in all_text(render_summary(sample_snapshot("Zoë Ødegård")))
