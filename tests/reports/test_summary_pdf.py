"""The printed summary as a reader sees it: text extracted from the PDF, page by page."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from aml_desktop.present.vocabulary import explain, label
from aml_desktop.reports import render_summary
from aml_desktop.reports.pdf import DECISION_SUPPORT
from tests.reports.report_pdftools import all_text, font_sizes, fonts, page_texts, qpdf_check, reader, require_tool
from tests.reports.report_samples import OTHER_UNICODE_NAME, UNICODE_NAME, sample_case, sample_snapshot

A4_POINTS = (595.28, 841.89)
LETTER_POINTS = (612.0, 792.0)


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_summary(sample_snapshot())


@pytest.fixture(scope="module")
def text(pdf: bytes) -> str:
    return all_text(pdf)


def test_every_page_has_header_and_numbered_footer(pdf: bytes) -> None:
    pages = page_texts(pdf)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert "Hôpital Régional de Kédougou" in page
        assert UNICODE_NAME in page
        assert "Hospital no. HN-0042" in page
        assert "Born 14 Mar 1989" in page
        assert "Printed 1 Aug 2019" in page
        assert f"Page {number} of {len(pages)}" in page
        assert DECISION_SUPPORT in page
        assert "AML Desktop 0.1.0 · engine 1.0.0 · ruleset 2020.1-dt" in page


def test_diagnosis_and_biology(text: str) -> None:
    assert "Diagnosis date 7 Jan 2019" in text
    assert "46,XX,t(9;11)(p21.3;q23.3)[20]" in text  # karyotype as entered
    assert label("t(9;11)") in text  # the lesion read from it
    assert "DNMT3A R882H" in text
    assert "FLT3 ITD (allelic ratio 0.3)" in text
    assert "no mutation in NPM1, CEBPA" in text  # tested, wild type
    assert f"ELN 2017 genetic risk {label('intermediate')}" in text
    assert "Missing tests that could change the group: RUNX1, ASXL1, TP53" in text


def test_course_table_chart_and_responses(text: str) -> None:
    for cell in ("Phase", "Regimen", "Start", "End", "Cycle", "7+3", "8 Jan 2019", "14 Jan 2019", "High-dose"):
        assert cell in text
    assert "Marrow blasts and blood counts over time" in text
    for chart_word in ("Marrow blasts (%)", "ANC (×10⁹/L)", "Platelets (×10⁹/L)", "CR1", "Relapse 1", "Therapy"):
        assert chart_word in text
    assert label("CR_MRD_NEG") in text  # response category of 8 Feb 2019
    assert label("relapse") in text
    assert "MRD negative (Flow cytometry)" in text


def test_where_the_patient_stands(text: str) -> None:
    assert f"Status {label('relapsed')}" in text
    assert "First remission (CR1) 8 Feb 2019" in text
    assert "CR1 length 5.4 months" in text
    assert "Relapse number 1" in text
    assert "Transplant none recorded" in text
    assert "ECOG 1" in text
    assert "Mutation status taken from diagnosis: repeat FLT3/IDH testing at relapse." in text


def test_recommendation_with_bsa_doses_checklists_and_rationale(text: str) -> None:
    assert f"Primary: {label('flt3_inhibitor')}" in text
    assert "BSA 1.52 m²" in text  # Mosteller: sqrt(160 x 52 / 3600)
    assert "120 mg (fixed dose)" in text  # gilteritinib
    assert "Alternatives" in text
    assert label("MEC") in text
    assert f"{label('QUIZARTINIB')} → {label('GILTERITINIB')}: not stocked: quizartinib" in text
    for code in ("molecular_testing", "allogeneic_hct_referral", "qtc_monitoring", "differentiation_syndrome"):
        assert f"☐ {label(code)}" in text
        assert " ".join(explain(code).split()[:6]) in text
    assert "CR/CRh 34 % (CR 21 %); median OS 9.3 vs 5.6 months" in text
    assert "1. Fit patient in first relapse after a CR1 of 5.4 months: early relapse." in text
    assert "Facts used: CR1 duration: 5.4 months" in text or "Facts used: " in text
    assert "RR-FIT-EARLY" not in text  # rule ids are for support, not for the page


def test_decision_and_signature_lines(text: str) -> None:
    assert "26 Jul 2019: Overridden" in text
    assert "Gilteritinib out of stock until September" in text
    assert label("not_available_today") in text
    assert "Dr Ådne Øvrebø" in text
    for blank in ("Recommendation accepted", "Overridden, reason:", "Name", "Signature", "Date"):
        assert blank in text


def test_references_list_every_cited_source_in_full(text: str) -> None:
    refs = text.split("References")[-1]
    assert "[1] Döhner H, et al." in refs
    assert "Thol F, Schlenk RF, Heuser M, Ganser A. How I treat refractory and early relapsed AML." in refs
    assert "Mosteller RD. Simplified calculation of body-surface area." in refs
    assert "XOSPATA (gilteritinib)" in refs
    numbers = [int(n) for n in __import__("re").findall(r"\[(\d+)\] [A-Z]", refs)]
    assert numbers == list(range(1, len(numbers) + 1))


def test_same_snapshot_gives_identical_bytes() -> None:
    assert render_summary(sample_snapshot()) == render_summary(sample_snapshot())


def test_a_changed_fact_changes_the_bytes(pdf: bytes) -> None:
    assert render_summary(sample_snapshot(clinic_name="Another clinic")) != pdf


@pytest.mark.parametrize("name", [UNICODE_NAME, OTHER_UNICODE_NAME])
def test_unicode_names_print_and_fonts_are_embedded(name: str) -> None:
    pdf = render_summary(sample_snapshot(name))
    assert all(name in page for page in page_texts(pdf))
    used = fonts(pdf)
    assert used and all(embedded for _, embedded in used), used
    assert all("DejaVuSans" in font for font, _ in used)


def test_no_text_smaller_than_9_pt(pdf: bytes) -> None:
    sizes = font_sizes(pdf)
    assert sizes and min(sizes) >= 9


@pytest.mark.parametrize(("paper", "size"), [("A4", A4_POINTS), ("letter", LETTER_POINTS)])
def test_paper_size(paper: str, size: tuple[float, float]) -> None:
    box = reader(render_summary(sample_snapshot(paper=paper))).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(size, abs=0.01)


def test_without_height_and_weight_doses_are_per_m2_and_bsa_not_recorded() -> None:
    snapshot = sample_snapshot()
    snapshot = replace(snapshot, case=sample_case(measurements=[]))
    text = all_text(render_summary(snapshot))
    assert "BSA not recorded" in text
    assert "BSA 1.52" not in text


def test_passes_qpdf_check(tmp_path: Path, pdf: bytes) -> None:
    path = tmp_path / "summary.pdf"
    path.write_bytes(pdf)
    result = qpdf_check(path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_renders_to_png(tmp_path: Path, pdf: bytes) -> None:
    path = tmp_path / "summary.pdf"
    path.write_bytes(pdf)
    tool = require_tool("pdftoppm")
    subprocess.run([tool, "-r", "40", "-png", str(path), str(tmp_path / "page")], check=True, capture_output=True)
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert len(pngs) == len(reader(pdf).pages)
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in pngs)
