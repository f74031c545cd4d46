"""The paper's three patients (DeWolf & Tallman 2020) print complete summaries through the real engine."""

from __future__ import annotations

from datetime import date

import pytest

from aml_desktop.engine.case_io import load_case
from aml_desktop.present.vocabulary import label
from aml_desktop.reports import render_summary, snapshot_from_case
from tests.conftest import CASES
from tests.reports.report_pdftools import all_text, page_texts

TODAY = date(2019, 9, 10)

EXPECTED = {
    # patient 1: fit, early relapse, no adverse biology -> intensive reinduction (MEC first) + HCT referral
    "patient1-early-relapse": (
        label("intensive_chemotherapy"),
        [label("MEC"), label("allogeneic_hct_referral"), label("relapsed")],
    ),
    # patient 2: primary refractory -> venetoclax combination (AZA-VEN) + HCT referral
    "patient2-primary-refractory": (
        label("venetoclax_combination"),
        [label("AZA-VEN"), label("allogeneic_hct_referral"), label("primary_refractory")],
    ),
    # patient 3: older, IDH1 at relapse -> ivosidenib, QTc monitoring, differentiation-syndrome warning
    "patient3-older-idh1": (
        label("idh1_inhibitor"),
        [label("IVOSIDENIB"), label("qtc_monitoring"), label("differentiation_syndrome"), "IDH1 R132C"],
    ),
}


def _summary(name: str) -> tuple[str, list[str]]:
    case = load_case((CASES / f"{name}.json").read_bytes())
    pdf = render_summary(snapshot_from_case(case, today=TODAY, clinic_name="Paper clinic"))
    return all_text(pdf), page_texts(pdf)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_paper_patient_summary_is_complete(name: str) -> None:
    primary, facts = EXPECTED[name]
    text, pages = _summary(name)
    assert f"Primary: {primary}" in text
    for fact in facts:
        assert fact in text, fact
    for section in (
        "Diagnosis and biology",
        "Course",
        "Marrow blasts and blood counts over time",
        "Where the patient stands",
        "Recommendation",
        "Why: the rules that decided, in order",
        "Clinician's decision",
        "References",
    ):
        assert section in text, section
    assert "BSA not recorded" in text  # the paper gives no height or weight
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1))
    assert all("Paper clinic" in page for page in pages)


def test_fallbacks_forced_by_the_formulary_are_printed_with_the_reason() -> None:
    import json

    raw = json.loads((CASES / "patient3-older-idh1.json").read_text())
    raw["formulary"] = {"ivosidenib": False, "venetoclax": False}
    case = load_case(json.dumps(raw))
    text = all_text(render_summary(snapshot_from_case(case, today=TODAY)))
    # clinical-spec.md §8.10 #4 (2026.2): she relapsed on azacitidine, so LDAC alone, not HMA alone.
    assert f"Primary: {label('low_dose_cytarabine')}" in text
    assert f"{label('IVOSIDENIB')} → {label('LDAC')}: not stocked: ivosidenib" in text
    assert f"{label('AZA-VEN')} → {label('LDAC')}: not stocked: venetoclax" in text
    assert "check local protocol" in text  # §8.8: LDAC alone has no verified monotherapy schedule


def test_ruleset_2026_facts_are_printed_failed_regimens_freshness_and_eln_2022() -> None:
    import json

    raw = json.loads((CASES / "patient1-early-relapse.json").read_text())
    raw["as_of"] = "2019-09-30"  # 72 days after the relapse marrow
    text = all_text(render_summary(snapshot_from_case(load_case(json.dumps(raw)), today=TODAY)))
    assert "Failed regimens" in text and "relapse on 20 Jul 2019" in text
    assert "Latest disease assessment is 72 days old" in text
    assert "ELN 2022 genetic risk" in text and "BCOR, EZH2, SF3B1" in text
