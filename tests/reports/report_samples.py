"""Hand-built snapshots for report tests: every section filled, independent of the rules engine.

The paper's three patients go through the real engine in ``test_paper_patients.py``;
these samples pin the layout to known facts (a Unicode name, doses with a BSA, a recorded
override) so that a test can name exactly what must appear on the page.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from aml_desktop.engine.case import Assessment, Case, Course, Decision, Diagnosis, Fitness, Mrd, Mutation, Patient
from aml_desktop.engine.result import (
    Derived,
    ExpectedOutcome,
    Fallback,
    RationaleStep,
    Recommendation,
    Result,
    Therapy,
)
from aml_desktop.reports import DecisionEntry, SummarySnapshot

UNICODE_NAME = "Nguyễn Thị Hương"
OTHER_UNICODE_NAME = "Zoë Ødegård"
PRINTED_ON = date(2019, 8, 1)


def sample_case(name: str = UNICODE_NAME, *, measurements: list[dict[str, object]] | None = None) -> Case:
    if measurements is None:
        measurements = [{"date": "2019-07-22", "height_cm": 160, "weight_kg": 52}]
    return Case(
        patient=Patient(birth_date=date(1989, 3, 14), id="p-1", hospital_number="HN-0042", name=name, sex="female"),
        diagnosis=Diagnosis(
            date=date(2019, 1, 7),
            karyotype="46,XX,t(9;11)(p21.3;q23.3)[20]",
            mutations=(Mutation("DNMT3A", "R882H"), Mutation("FLT3", "ITD", allelic_ratio=0.3)),
            tested_genes=("FLT3", "NPM1", "CEBPA", "DNMT3A"),
            wbc=32.5,
        ),
        as_of=date(2019, 7, 25),
        courses=(
            Course("induction", "7+3", date(2019, 1, 8), date(2019, 1, 14), 1),
            Course("consolidation", "HIDAC", date(2019, 2, 20), None, 1),
            Course("consolidation", "HIDAC", date(2019, 3, 20), date(2019, 3, 25), 2),
        ),
        assessments=(
            Assessment(date(2019, 1, 7), marrow_blasts_percent=92, circulating_blasts=True, wbc=32.5),
            Assessment(
                date(2019, 2, 8),
                marrow_blasts_percent=2,
                circulating_blasts=False,
                anc=1.6,
                platelets=145,
                hemoglobin=10.2,
                mrd=Mrd("negative", "flow"),
            ),
            Assessment(date(2019, 7, 20), marrow_blasts_percent=55, anc=0.4, platelets=38),
        ),
        fitness=Fitness(date(2019, 7, 22), ecog=1, fit_for_intensive=True),
        decisions=(
            Decision(
                date(2019, 7, 26),
                recommended="flt3_inhibitor",
                chosen="intensive_chemotherapy",
                regimen="MEC",
                override_reason="Gilteritinib out of stock until September",
                clinician="Dr Ådne Øvrebø",
            ),
        ),
        extensions={"aml_desktop": {"measurements": measurements}},
    )


def sample_result() -> Result:
    derived = Derived(
        age_years=30,
        eln2017_risk="intermediate",
        eln2017_missing_tests=("RUNX1", "ASXL1", "TP53"),
        status="relapsed",
        relapse_number=1,
        cr1_date=date(2019, 2, 8),
        first_relapse_date=date(2019, 7, 20),
        cr1_duration_months=5.4,
        post_transplant=False,
        months_since_transplant=None,
        intensive_cycles_without_remission=0,
        targetable_mutations=("FLT3",),
        fit_for_intensive=True,
        karyotype_lesions=("t(9;11)",),
        remission_dates=(date(2019, 2, 8),),
        relapse_dates=(date(2019, 7, 20),),
        latest_relapse_date=date(2019, 7, 20),
        fitness_source="clinician",
        ecog=1,
        mutation_sources=(("FLT3", "diagnosis 2019-01-07"),),
    )
    rec = Recommendation(
        pathway="fit-early-relapse",
        primary=Therapy("flt3_inhibitor", ("GILTERITINIB",)),
        alternatives=(Therapy("intensive_chemotherapy", ("MEC", "FLAG-IDA")),),
        fallbacks_applied=(Fallback("QUIZARTINIB", "not stocked: quizartinib", "GILTERITINIB"),),
        actions=("molecular_testing", "allogeneic_hct_referral", "qtc_monitoring"),
        flags=("differentiation_syndrome", "qtc_prolongation", "mutation_status_from_diagnosis"),
        rationale=(
            RationaleStep(
                "RR-FIT-EARLY",
                "Fit patient in first relapse after a CR1 of 5.4 months: early relapse.",
                ("DT §Conclusions", "Thol 2015"),
                (("cr1_duration_months", 5.4), ("fit_for_intensive", True)),
            ),
            RationaleStep("RR-FLT3", "FLT3-ITD: gilteritinib (ADMIRAL).", ("DT §Implications of a FLT3 mutation",)),
        ),
        expected_outcomes=(
            ExpectedOutcome("GILTERITINIB", "CR/CRh 34 % (CR 21 %); median OS 9.3 vs 5.6 months", ("DT Table 2",)),
        ),
    )
    return Result(
        as_of=date(2019, 7, 25),
        derived=derived,
        recommendation=rec,
        engine_version="1.0.0",
        ruleset_version="2020.1-dt",
        warnings=("Mutation status taken from diagnosis: repeat FLT3/IDH testing at relapse.",),
    )


def sample_snapshot(name: str = UNICODE_NAME, **changes: object) -> SummarySnapshot:
    case = sample_case(name)
    snapshot = SummarySnapshot(
        clinic_name="Hôpital Régional de Kédougou",
        case=case,
        result=sample_result(),
        decisions=(
            DecisionEntry(
                case.decisions[0],
                reason_code="not_available_today",
                ruleset_version="2020.1-dt",
                recorded_at="2019-07-26T10:15:00",
            ),
        ),
        printed_on=PRINTED_ON,
        paper="A4",
        app_version="0.1.0",
    )
    return replace(snapshot, **changes) if changes else snapshot
