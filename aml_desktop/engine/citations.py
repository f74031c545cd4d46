"""Every source a rule, threshold or dose may cite, resolved by a stable id.

A rule cites ids from this registry only; a meta-test checks that every id used
anywhere in the engine and the regimen catalog resolves here. ``tag`` is the
verification tag of clinical-reference.md: V (checked against the source), V2 (secondary
source only: shown with a note), IMPL (an implementation choice recorded in
clinical-spec.md or clinical-reference.md, not from the paper: needs clinical sign-off).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Citation:
    id: str
    text: str
    tag: str = "V"


_DT = 'DeWolf S, Tallman MS. "How I treat relapsed or refractory AML." Blood 2020;136(9):1023-1032'
_ELN2017 = (
    "Döhner H, et al. Diagnosis and management of AML in adults: 2017 ELN recommendations. Blood 2017;129(4):424-447"
)
_ELN2022 = (
    "Döhner H, et al. Diagnosis and management of AML in adults: 2022 ELN recommendations. Blood 2022;140(12):1345-1377"
)
_SPEC = (
    "AML Desktop clinical specification (clinical-spec.md), an implementation decision that fills a gap in the paper"
)

_ENTRIES: Final = (
    Citation("DT §Abstract", f"{_DT}, Abstract: allogeneic HCT in CR2 is the only reliable curative option."),
    Citation("DT §Introduction", f"{_DT}, Introduction: clinical trials first where available."),
    Citation("DT §Definitions", f"{_DT}, section 'Definitions' (PIF after at least 2 intensive cycles; relapse; MRD)."),
    Citation("DT Table 1", f"{_DT}, Table 1: definitions of relapsed and refractory AML (modified from ELN 2017)."),
    Citation(
        "DT Table 2", f"{_DT}, Table 2: targeted therapeutics for relapsed or refractory AML (response and survival)."
    ),
    Citation("DT Figure 1", f"{_DT}, Figure 1: OS from relapse by age and CR1 duration (Ganzel, ECOG-ACRIN)."),
    Citation("DT Figure 2", f"{_DT}, Figure 2 and its summary in 'Conclusions': the treatment algorithm."),
    Citation("DT §Conclusions", f"{_DT}, section 'Conclusions': young/fit vs older/less fit, CR1 > 6 months, biology."),
    Citation("DT §Patient 1", f"{_DT}, 'Patient 1: early relapsed AML in a young patient' (MEC as a bridge to HCT)."),
    Citation(
        "DT §Implications of a FLT3 mutation", f"{_DT}, 'Implications of a FLT3 mutation' (ADMIRAL, gilteritinib)."
    ),
    Citation("DT §Patient 2", f"{_DT}, 'Patient 2: PIF' (HMA + venetoclax, then allogeneic HCT)."),
    Citation("DT §Relapse following allogeneic HCT", f"{_DT}, 'Relapse following allogeneic HCT'."),
    Citation("DT §Patient 3", f"{_DT}, 'Patient 3: relapsed IDH1 AML in the older patient' (ivosidenib; fallbacks)."),
    Citation("DT §Resistance to targeted therapy", f"{_DT}, 'Resistance to targeted therapy'."),
    Citation("ELN2017 Table 5", f"{_ELN2017}, Table 5: 2017 ELN risk stratification by genetics, with footnotes."),
    Citation("ELN2017 Table 6", f"{_ELN2017}, Table 6: response criteria in AML."),
    Citation("ELN2022 Table 6", f"{_ELN2022}, Table 6: 2022 ELN genetic risk classification."),
    Citation(
        "ELN2022 footnotes",
        f"{_ELN2022}, Table 6 footnotes (as reproduced by BMJ Best Practice; consistent with the primary table).",
        "V2",
    ),
    Citation(
        "Thol 2015",
        "Thol F, Schlenk RF, Heuser M, Ganser A. How I treat refractory and early relapsed AML. Blood 2015;126(3):319-327.",
    ),
    Citation(
        "Breems 2005",
        "Breems DA, et al. Prognostic index for adult patients with AML in first relapse. J Clin Oncol 2005;23(9):1969-1978 "
        "(point table as reproduced by bloodref.com).",
        "V2",
    ),
    Citation(
        "Venclexta label",
        "VENCLEXTA (venetoclax) US prescribing information, AML dosing, TLS and drug-interaction pages (venclextahcp.com).",
    ),
    Citation("Xospata label", "XOSPATA (gilteritinib) US prescribing information and dosing page (xospatahcp.com)."),
    Citation("Tibsovo label", "TIBSOVO (ivosidenib) US prescribing information, boxed warning and dosing (DailyMed)."),
    Citation(
        "Idhifa FDA 2018",
        "IDHIFA (enasidenib): FDA Drug Safety Communication on differentiation syndrome, 29 Nov 2018.",
    ),
    Citation("Mylotarg label", "MYLOTARG (gemtuzumab ozogamicin) US prescribing information §2 and §5.1 (Pfizer)."),
    Citation(
        "QuANTUM-R",
        "Cortes JE, et al. Quizartinib versus salvage chemotherapy in relapsed or refractory FLT3-ITD AML (QuANTUM-R). "
        "Lancet Oncol 2019;20(7):984-997.",
    ),
    Citation(
        "MEC Blood 2008",
        "MEC (mitoxantrone, etoposide, intermediate-dose cytarabine) in relapsed/refractory AML. Blood 2008;112(11):4007 (abstract).",
    ),
    Citation(
        "MEC Rinsho Ketsueki 2018", "MEC with mitoxantrone on days 1-3 only. Rinsho Ketsueki 2018 (PubMed 30078794)."
    ),
    Citation(
        "NZ SACT FLAG-Ida10",
        "New Zealand national SACT Regimen Library: LEU AML Refractory - FLAG-Ida10 [under 60 years] (srl.org.nz).",
    ),
    Citation(
        "NZ SACT HiDAC",
        "New Zealand national SACT Regimen Library: cytarabine 3 g/m2 and 1.5 g/m2 consolidation regimens (srl.org.nz).",
    ),
    Citation(
        "Wierzbowska 2008",
        "Wierzbowska A, et al. CLAG-M in refractory or relapsed AML. Eur J Haematol 2008;80:115-126.",
    ),
    Citation("ChemoExperts CLAG-M", "ChemoExperts CLAG-M schedule (secondary source).", "V2"),
    Citation(
        "CLASSIC I",
        "Faderl S, et al. Clofarabine plus cytarabine in AML patients 55 and older (CLASSIC I). J Clin Oncol 2012;30(20):2492-2499.",
    ),
    Citation(
        "Ferrara 2013",
        "Ferrara F, et al. Consensus-based definition of unfitness to intensive and non-intensive chemotherapy in AML. Leukemia 2013;27:997-999.",
        "V2",
    ),
    Citation(
        "Hydroxyurea Blood 2013",
        "Hydroxyurea cytoreduction in AML, median 50 mg/kg/day. Blood 2013;122(21):2657 (abstract).",
    ),
    Citation(
        "Idhifa dose",
        "IDHIFA (enasidenib) 100 mg orally once daily, per the ASH Clinical News brief summary and empr.com.",
    ),
    Citation(
        "Mosteller 1987",
        "Mosteller RD. Simplified calculation of body-surface area. N Engl J Med 1987;317(17):1098.",
    ),
    Citation("SPEC §2", f"{_SPEC} §2 (definitions derived from the course).", "IMPL"),
    Citation("SPEC §3", f"{_SPEC} §3 (default fitness rule when the clinician has not judged).", "IMPL"),
    Citation("SPEC §4", f"{_SPEC} §4 (fills for gaps G1-G12 of clinical-reference.md §6).", "IMPL"),
    Citation("SPEC §5", f"{_SPEC} §5 (fallbacks beyond those the paper names).", "IMPL"),
    Citation(
        "SPEC §8",
        f"{_SPEC} §8, ruleset 2026.2 (prior therapy, transplant pathway, data freshness): its windows, landmarks "
        "and exclusions marked [IMPL] there are implementation choices that need clinical sign-off.",
        "IMPL",
    ),
    Citation(
        "ELN MRD 2021",
        "Heuser M, et al. 2021 update on MRD in AML: a consensus document from the ELN MRD Working Party. "
        "Blood 2021;138(26):2753-2767 (>= 1 log10 rise between two positive samples; secondary source only, "
        "clinical-reference.md §3.1).",
        "V2",
    ),
    Citation(
        "Feijen 2019",
        "Feijen EAM, et al. Derivation of anthracycline and anthraquinone equivalence ratios to doxorubicin for "
        "late-onset cardiotoxicity. JAMA Oncol 2019;5(6):864-871, Table 3 (mean ratios: daunorubicin 0.6, "
        "mitoxantrone 10.5; idarubicin not estimable).",
    ),
    Citation(
        "IGHG cardiomyopathy 2023",
        "IGHG cardiomyopathy surveillance guideline (Lancet Oncol 2023) as given by the PanCare follow-up "
        "recommendations (pancare.eu, 'Cardiac problems', footnote d): doxorubicin isotoxic equivalents = "
        "doxorubicin x 1, daunorubicin x 0.6, epirubicin x 0.8 (Feijen 2019), idarubicin x 5 (COG guideline), "
        "mitoxantrone x 10 (Feijen 2019). Read on a secondary page.",
        "V2",
    ),
    Citation(
        "IGHG 2015",
        "Armenian SH, et al. Recommendations for cardiomyopathy surveillance for survivors of childhood cancer (IGHG). "
        "Lancet Oncol 2015;16(3):e123-e136, Table 4: high dose anthracyclines >= 250 mg/m2 (doxorubicin "
        "equivalents), moderate >= 100 to < 250 mg/m2.",
    ),
    Citation(
        "Cockcroft-Gault 1976",
        "Cockcroft DW, Gault MH. Prediction of creatinine clearance from serum creatinine. Nephron 1976;16(1):31-41: "
        "CrCl (mL/min) = (140 - age) x weight (kg) / (72 x serum creatinine (mg/dL)), x 0.85 for women. "
        "Checked against secondary sources (Taber's dictionary, medicalalgorithms.com), not the original paper. "
        "The cycle's actual weight is used; ideal or adjusted weight in obesity: check local protocol.",
        "V2",
    ),
    Citation(
        "Venetoclax practice 2022",
        "How we incorporate venetoclax in AML practice, J Cancer 2022 (PMC8785772, Table 2): bone marrow between "
        "day 14 and day 28 of cycle 1.",
    ),
    Citation(
        "Issue 15",
        "AML Desktop issue 15 (chemotherapy cycles): overdue checks (no marrow by day 35 of an induction, no blood "
        "counts for 14 days during a cycle), weight older than 7 days, rounding tolerance 10 %. Implementation "
        "choices, not from a clinical source: need clinical sign-off; check local protocol.",
        "IMPL",
    ),
)

CITATIONS: Final[dict[str, Citation]] = {c.id: c for c in _ENTRIES}


def resolve(citation_id: str) -> Citation:
    """The full citation for an id; ``KeyError`` for an id that is not registered."""
    return CITATIONS[citation_id]
