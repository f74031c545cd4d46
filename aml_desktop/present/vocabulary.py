"""The one place with human text for the engine's codes (``engine/codes.py``): screen, paper and terminal print these.

``label(code)`` gives a short name for any code of any vocabulary; ``explain(code)`` gives
one or two sentences for an action or a flag, what a clinician needs to check it in ten
seconds. Regimen labels are the catalog's names (``resources/regimens.json``), so that a
regimen is named in one place only. A code that appears in two vocabularies (``unknown``,
``molecular_testing``, ``intensive_chemotherapy``...) has one text that fits both.

The wording carries the content of clinical-spec.md §6 and the [V]-tagged safety numbers
of clinical-reference.md §5; changing a number here needs the same source as the catalog.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from aml_desktop.engine import codes
from aml_desktop.engine.catalog import load_catalog
from aml_desktop.engine.response import RESPONSE_CATEGORIES

from .units import spell_units

_CATEGORIES: Final = {
    "intensive_chemotherapy": "Intensive chemotherapy",
    "flt3_inhibitor": "FLT3 inhibitor",
    "idh1_inhibitor": "IDH1 inhibitor",
    "idh2_inhibitor": "IDH2 inhibitor",
    "venetoclax_combination": "HMA or low-dose cytarabine with venetoclax",
    "hypomethylating_agent": "Hypomethylating agent (HMA) alone",
    "low_dose_cytarabine": "Low-dose cytarabine alone",
    "gemtuzumab_ozogamicin": "Gemtuzumab ozogamicin",
    "clinical_trial": "Clinical trial",
    "cellular_therapy": "Cellular therapy (donor lymphocyte infusion)",
    "best_supportive_care": "Best supportive care",
    "not_applicable": "Not applicable",
}

_STATUSES: Final = {
    "newly_diagnosed": "Newly diagnosed",
    "on_induction": "On induction",
    "persistent_after_one_cycle": "Persistent disease after 1 cycle (not yet primary refractory)",
    "primary_refractory": "Primary refractory (primary induction failure)",
    "in_remission": "In remission",
    "relapsed": "Relapsed",
    "molecular_relapse": "Molecular (MRD) relapse",
    "unknown": "Unknown",
}

_ACTIONS: Final = {
    "molecular_testing": "Molecular testing",
    "cytoreduction": "Cytoreduction first",
    "repeat_marrow_to_confirm_relapse": "Repeat marrow to confirm relapse",
    "allogeneic_hct_referral": "Refer for allogeneic HCT",
    "flt3_maintenance_post_hct": "FLT3-inhibitor maintenance after HCT",
    "marrow_after_cycle_1": "Bone marrow after cycle 1",
    "reassess_after_2_cycles": "Judge response after 2 cycles",
    "continue_until_progression": "Continue until clear progression",
    "qtc_monitoring": "ECG (QTc) monitoring",
    "consider_clinical_trial": "Consider a clinical trial",
    "assess_fitness": "Assess fitness for intensive chemotherapy",
    "transplant_centre_referral": "Refer to a transplant centre",
    "hla_typing": "HLA typing now",
    "repeat_disease_assessment": "Repeat the disease assessment",
    "continue_current_therapy": "Continue the current therapy",
}

_FLAGS: Final = {
    "differentiation_syndrome": "Differentiation syndrome risk",
    "qtc_prolongation": "QTc prolongation",
    "veno_occlusive_disease": "Veno-occlusive disease risk",
    "azole_venetoclax_interaction": "Azole-venetoclax interaction",
    "tumor_lysis_syndrome": "Tumour lysis syndrome risk",
    "mutation_status_from_diagnosis": "Mutation status taken from diagnosis",
    "guidance_ambiguous": "Guidance ambiguous",
    "not_from_source": "Not from the source paper",
    "fitness_unknown": "Fitness unknown",
    "apl_out_of_scope": "APL: out of scope",
    "prior_venetoclax_failure": "Prior venetoclax failure",
    "prior_intensive_failure": "Prior intensive chemotherapy failure",
    "prior_hma_failure": "Prior hypomethylating agent failure",
    "prior_ldac_failure": "Prior low-dose cytarabine failure",
    "prior_targeted_failure": "Prior targeted therapy failure",
    "cr1_near_cutoff": "CR1 just above 6 months",
    "mrd_log_rise": "MRD rise of 1 log or more",
    "high_dose_cytarabine": "High-dose cytarabine toxicity",
    "stale_disease_assessment": "Disease assessment out of date",
    "stale_fitness": "Fitness judgement out of date",
}

#: clinical-spec.md §8.1 classes of runs and §8.9 kinds of failure.
_RUN_CLASSES: Final = {
    "intensive": "Intensive",
    "venetoclax": "Venetoclax",
    "hma": "Hypomethylating agent",
    "ldac": "Low-dose cytarabine",
    "flt3_inhibitor": "FLT3 inhibitor",
    "idh1_inhibitor": "IDH1 inhibitor",
    "idh2_inhibitor": "IDH2 inhibitor",
    "gemtuzumab": "Gemtuzumab ozogamicin",
}
_FAILURE_KINDS: Final = {"relapse": "Relapse", "refractory": "Refractory", "progression": "Progression"}

#: The rule that decided (``recommendation.pathway``).
_PATHWAYS: Final = {
    "apl-out-of-scope": "APL: out of scope",
    "not-applicable": "The relapsed/refractory algorithm does not apply",
    "post-transplant-relapse": "Relapse after allogeneic HCT",
    "fit-late-first-relapse": "Fit, late first relapse (CR1 over 6 months)",
    "fit-early-first-relapse": "Fit, early first relapse (CR1 of 6 months or less)",
    "unfit-pif-or-later-relapse": "Unfit, primary refractory or second or later relapse",
    "refractory-to-salvage": "Refractory to intensive salvage",
    "persistent-after-one-cycle": "Persistent disease after one intensive cycle",
    "salvage-remission": "Remission after salvage: transplant now",
}

_AGENTS: Final = {
    "cytarabine": "Cytarabine",
    "daunorubicin": "Daunorubicin",
    "idarubicin": "Idarubicin",
    "mitoxantrone": "Mitoxantrone",
    "etoposide": "Etoposide",
    "fludarabine": "Fludarabine",
    "cladribine": "Cladribine",
    "clofarabine": "Clofarabine",
    "filgrastim": "Filgrastim (G-CSF)",
    "azacitidine": "Azacitidine",
    "decitabine": "Decitabine",
    "venetoclax": "Venetoclax",
    "gilteritinib": "Gilteritinib",
    "quizartinib": "Quizartinib",
    "ivosidenib": "Ivosidenib",
    "enasidenib": "Enasidenib",
    "gemtuzumab_ozogamicin": "Gemtuzumab ozogamicin",
    "hydroxyurea": "Hydroxyurea",
}

_CAPABILITIES: Final = {
    "intensive_chemotherapy": "Intensive chemotherapy",
    "allogeneic_hct": "Allogeneic HCT",
    "clinical_trials": "Clinical trials",
    "molecular_testing": "Molecular testing",
    "ngs_panel": "NGS panel",
    "flow_mrd": "Flow cytometry MRD",
}

_PHASES: Final = {
    "induction": "Induction",
    "consolidation": "Consolidation",
    "reinduction": "Reinduction",
    "maintenance": "Maintenance",
    "transplant": "Transplant",
    "supportive": "Supportive",
}

_INTENSITIES: Final = {
    "intensive": "Intensive",
    "low_intensity": "Low intensity",
    "targeted": "Targeted",
    "transplant": "Transplant",
    "supportive": "Supportive",
}

_SEXES: Final = {"female": "Female", "male": "Male", "other": "Other", "unknown": "Unknown"}

_ELN_RISKS: Final = {
    "favorable": "Favorable",
    "intermediate": "Intermediate",
    "adverse": "Adverse",
    "unknown": "Unknown",
}

_CYTOGENETIC_FINDINGS: Final = {
    "normal": "Normal karyotype",
    "t(8;21)": "t(8;21) RUNX1-RUNX1T1",
    "inv(16)": "inv(16) or t(16;16) CBFB-MYH11",
    "t(15;17)": "t(15;17) PML-RARA (APL)",
    "t(9;11)": "t(9;11) MLLT3-KMT2A",
    "t(6;9)": "t(6;9) DEK-NUP214",
    "t(v;11q23)": "t(v;11q23) KMT2A rearranged",
    "t(9;22)": "t(9;22) BCR-ABL1",
    "inv(3)": "inv(3) or t(3;3) GATA2, MECOM",
    "-5": "Monosomy 5",
    "del(5q)": "Deletion 5q",
    "-7": "Monosomy 7",
    "-17": "Monosomy 17",
    "abn(17p)": "17p abnormality",
    "complex": "Complex karyotype (3 or more abnormalities)",
    "monosomal": "Monosomal karyotype",
    "+8": "Trisomy 8",
    "other": "Other",
}

_MRD_STATUSES: Final = {"negative": "MRD negative", "positive": "MRD positive"}
_MRD_METHODS: Final = {"flow": "Flow cytometry", "qpcr": "RT-qPCR", "ngs": "NGS"}
_TRANSPLANT_TYPES: Final = {"allogeneic": "Allogeneic", "autologous": "Autologous"}

_DECISION_REASONS: Final = {
    "patient_preference": "Patient preference",
    "not_available_today": "Not available today",
    "contraindication": "Contraindication",
    "clinical_trial": "Clinical trial",
    "clinician_judgement": "Clinician's judgement",
    "other": "Other",
}

_RESPONSES: Final = {
    "CR_MRD_NEG": "CR without measurable residual disease (CR MRD-negative)",
    "CR": "Complete remission (CR)",
    "CRi": "CR with incomplete count recovery (CRi)",
    "MLFS": "Morphologic leukemia-free state (MLFS)",
    "PR": "Partial remission (PR)",
    "NR": "No response",
    "relapse": "Relapse",
    "molecular_relapse": "Molecular (MRD) relapse",
    "baseline": "Baseline (before treatment)",
    "not_evaluable": "Not evaluable",
}

#: Names of the derived facts (``result.Derived`` fields and rationale fact keys) shown beside their values.
_FACTS: Final = {
    "age_years": "Age (years)",
    "eln2017_risk": "ELN 2017 genetic risk",
    "eln2017_missing_tests": "Tests missing for ELN 2017",
    "status": "Disease status",
    "relapse_number": "Relapse number",
    "cr1_date": "First remission (CR1) date",
    "first_relapse_date": "First relapse date",
    "cr1_duration_months": "CR1 duration (months)",
    "post_transplant": "Relapse after allogeneic HCT",
    "months_since_transplant": "Months since allogeneic HCT",
    "intensive_cycles_without_remission": "Intensive cycles without remission",
    "targetable_mutations": "Targetable mutations",
    "fit_for_intensive": "Fit for intensive chemotherapy",
    "fit": "Fit for intensive chemotherapy",
    "eln2022_risk": "ELN 2022 genetic risk",
    "eln2017_reasons": "ELN 2017 reasons",
    "karyotype_lesions": "Karyotype lesions",
    "adverse_biology": "Adverse biology",
    "adverse_biology_sources": "Adverse biology from",
    "latest_relapse_date": "Latest relapse date",
    "molecular_relapse_date": "Molecular relapse date",
    "relapse_dates": "Relapse dates",
    "remission_dates": "Remission dates",
    "fitness_source": "Fitness judged by",
    "ecog": "ECOG performance status",
    "current_wbc": "Current WBC (x10^9/L)",
    "mutation_sources": "Mutation results from",
    "prior_venetoclax_failure": "Prior venetoclax failure",
    "venetoclax_cycles_without_remission": "Venetoclax cycles without remission",
    "european_prognostic_index": "European Prognostic Index (points)",
    "european_prognostic_index_group": "European Prognostic Index group",
    "notes": "Notes",
    "flt3_itd": "FLT3-ITD",
    "used": "Used instead",
    "intended": "Intended",
    # clinical-spec.md §8 (ruleset 2026.2).
    "failed_regimens": "Failed regimens",
    "targets_with_failed_inhibitor": "Targets whose inhibitor failed",
    "salvage_remission": "Remission after salvage",
    "days_since_disease_assessment": "Days since the latest disease assessment",
    "days_since_fitness": "Days since the fitness judgement",
    "eln2022_missing_tests": "Tests missing for ELN 2022",
    "eln2022_reasons": "ELN 2022 reasons",
    "excluded": "Not offered again",
    "regimen": "Regimen",
    "date": "Date",
    "start": "Started",
    "remission_date": "Remission date",
    "prior_allogeneic_hct": "Prior allogeneic HCT",
    "marrow_blasts_percent": "Marrow blasts (%)",
    "marrow_day": "Day of the marrow",
    "cd33_percent": "CD33 (%)",
}

#: Ferrara 2013 unfitness criteria the fitness dialog stores in ``extensions["aml_desktop"]["fitness_criteria"]``
#: (clinical-reference.md §7.1, [V2]). The codes are the GUI's; they belong in ``codes.py`` when the lead adds them.
_FERRARA_CRITERIA: Final = {
    "age_over_75": "Age over 75 years",
    "cardiac": "Heart failure or cardiomyopathy with EF 50 % or less",
    "pulmonary": "Lung disease (DLCO or FEV1 65 % or less, dyspnea at rest, oxygen need)",
    "renal": "On dialysis and over 60, or uncontrolled renal carcinoma",
    "hepatic": "Liver disease (transaminases over 3x normal, cirrhosis Child-Pugh B/C, acute viral hepatitis)",
    "infection": "Infection resistant to anti-infective therapy",
    "cognitive": "Mental illness or cognitive dependence (Ferrara definition)",
    "ecog_over_2": "ECOG above 2, not caused by the leukemia",
    "other_comorbidity": "Other comorbidity incompatible with intensive chemotherapy",
}
FERRARA_CRITERIA: Final = tuple(_FERRARA_CRITERIA)

#: Who judged fitness (``fitness.FitnessJudgement.source``).
_FITNESS_SOURCES: Final = {
    "clinician": "Clinician's judgement",
    "default_rule": "Default rule (age and ECOG)",
    "unknown": "Unknown",
}

#: European Prognostic Index groups (Breems 2005).
_EPI_GROUPS: Final = {"favorable": "Favorable", "intermediate": "Intermediate", "poor": "Poor"}

#: Karyotype lesions the ELN 2022 reading adds to ``codes.CYTOGENETIC_FINDINGS``.
_EXTRA_LESIONS: Final = {"t(8;16)": "t(8;16) KAT6A-CREBBP", "t(3q26;v)": "t(3q26.2;v) MECOM rearranged"}

_EXPLANATIONS: Final = {
    # Actions (clinical-spec.md §4 and §6).
    "molecular_testing": (
        "Test FLT3 (ITD and TKD), IDH1 and IDH2 on the relapse sample, with an NGS panel where available: "
        "mutations are gained and lost at relapse, and the result decides targeted therapy (DT §Patient 3)."
    ),
    "cytoreduction": (
        "Lower the white count with hydroxyurea (or cytarabine) before the chosen therapy: the WBC is at or above "
        "the regimen's label ceiling (venetoclax 25, gemtuzumab 30 x10^9/L) or the clinic's threshold."
    ),
    "repeat_marrow_to_confirm_relapse": (
        "Repeat the bone marrow before acting: 5-10 % blasts alone during count recovery or growth-factor use may be "
        "regeneration, and a molecular (MRD) relapse alone has no treatment defined by the paper (DT §Definitions)."
    ),
    "allogeneic_hct_referral": (
        "Refer for allogeneic HCT, the only reliably curative option: proceed after 1-2 cycles, ideally in "
        "morphologic CR, even with MRD or incomplete count recovery (DT §Patient 2)."
    ),
    "flt3_maintenance_post_hct": (
        "FLT3-ITD: plan FLT3-inhibitor maintenance after the transplant, as the paper encourages "
        "(DT §Implications of a FLT3 mutation)."
    ),
    "marrow_after_cycle_1": (
        "Bone marrow after cycle 1 of the venetoclax combination, especially if still cytopenic; venetoclax days may "
        "be shortened from 28 to 21 or 14 for slow count recovery (DT §Patient 2)."
    ),
    "reassess_after_2_cycles": (
        "Give the venetoclax combination 2 cycles before judging it has failed; continue longer if tolerated "
        "without obvious progression (DT §Definitions)."
    ),
    "continue_until_progression": (
        "Targeted inhibitors act slowly (median time to remission over 2 months, responses up to 4-6 months): "
        "continue until clear progression (DT §Definitions)."
    ),
    "qtc_monitoring": (
        "ECGs for QTc: ivosidenib monthly, as the paper's authors do (label: weekly for 3 weeks, then monthly); "
        "gilteritinib before starting, on days 8 and 15 of cycle 1 and before cycles 2 and 3 (label). "
        "Correct potassium and magnesium."
    ),
    "consider_clinical_trial": (
        "This clinic has clinical trials: consider enrolment first, as the paper and every other source advise "
        "(DT §Introduction)."
    ),
    "assess_fitness": (
        "Record or renew the clinician's judgement of fitness for intensive chemotherapy (age, ECOG, "
        "comorbidities): it changes the recommendation. Without one the unfit branch is shown; an old one is "
        "still used until renewed."
    ),
    # Flags and warnings.
    "differentiation_syndrome": (
        "Watch for differentiation syndrome: fever, fluid overload and organ dysfunction. Start steroids; interrupt "
        "the drug only if hospitalisation is needed or severe symptoms last more than 48 h on steroids (DT §Patient 3)."
    ),
    "qtc_prolongation": (
        "This drug prolongs the QT interval: monitor ECGs, correct potassium and magnesium, and review other "
        "QT-prolonging drugs, azole antifungals included."
    ),
    "veno_occlusive_disease": (
        "Gemtuzumab ozogamicin can cause hepatic veno-occlusive disease, most often within 3 months of an allogeneic "
        "HCT (before or after) and with hepatic impairment: prefer other therapy near a transplant."
    ),
    "azole_venetoclax_interaction": (
        "Azoles raise venetoclax levels: with posaconazole give 70 mg daily, with another strong CYP3A inhibitor "
        "(e.g. voriconazole) 100 mg daily, with a moderate CYP3A or P-gp inhibitor at least 50 % less "
        "(Venclexta label)."
    ),
    "tumor_lysis_syndrome": (
        "Tumour lysis risk during the venetoclax ramp-up: WBC below 25 x10^9/L first, hydration and an "
        "anti-hyperuricemic, blood chemistries before and 6-8 h after each new dose (Venclexta label)."
    ),
    "mutation_status_from_diagnosis": (
        "No molecular test since the relapse covers this gene, so the diagnosis result was used. Mutations are "
        "gained and lost at relapse: retest before relying on it (DT §Patient 3)."
    ),
    "guidance_ambiguous": (
        "The paper does not decide this situation; the application chose a documented default "
        "(clinical-spec.md). Clinical judgement is needed."
    ),
    "not_from_source": (
        "This step is the application's own choice, not from DeWolf & Tallman 2020 (clinical-spec.md §5); "
        "check it against local practice."
    ),
    "fitness_unknown": (
        "Fitness for intensive chemotherapy is not recorded and the age leaves it open: the unfit branch was "
        "recommended and the fit branch is the first alternative."
    ),
    "apl_out_of_scope": (
        "Acute promyelocytic leukemia (t(15;17), PML-RARA) is outside this tool's scope: no recommendation is given."
    ),
    "prior_venetoclax_failure": (
        "The disease did not respond to, or came back during or within 90 days of, a venetoclax combination: "
        "outcomes are poor and the paper gives no guidance, so venetoclax and its backbone alone are not offered again."
    ),
    # Ruleset 2026.2 (clinical-spec.md §8).
    "transplant_centre_referral": (
        "This clinic has no allogeneic HCT: refer to a transplant centre now, before remission; transplant is the only "
        "reliably curative option (DT §Abstract, §Patient 2)."
    ),
    "hla_typing": (
        "Start HLA typing of the patient (and siblings) now, so that a donor search does not delay a transplant "
        "in remission."
    ),
    "repeat_disease_assessment": (
        "The latest marrow or blood assessment is older than the clinic's limit: repeat it before treating, as "
        "relapsed AML changes within weeks (DT §Definitions)."
    ),
    "continue_current_therapy": (
        "The recommended regimen is the one being given now and it has not failed by its landmark: continue it "
        "(for a fit patient, until the transplant)."
    ),
    "prior_intensive_failure": (
        "An intensive regimen failed (relapse within 6 months of its end, or disease at day 22 or later): that regimen "
        "is not offered again; other intensive regimens stay (DT §Patient 1)."
    ),
    "prior_hma_failure": (
        "Azacitidine or decitabine failed (or the backbone of a failed venetoclax combination): neither is offered "
        "again alone; an HMA with venetoclax stays possible after HMA alone (DT §Patient 3)."
    ),
    "prior_ldac_failure": (
        "Low-dose cytarabine failed (alone or as a venetoclax backbone): it is not offered again alone."
    ),
    "prior_targeted_failure": (
        "A targeted drug (FLT3 or IDH inhibitor, or gemtuzumab ozogamicin) failed: it is not offered again and its "
        "target no longer counts (resistance, DT §Resistance to targeted therapy)."
    ),
    "cr1_near_cutoff": (
        "CR1 lasted just over 6 months: the paper calls the 6-month cut-off arbitrary and relapse within the first "
        "year does worst, so the early-relapse choice is the first alternative (DT §Conclusions)."
    ),
    "mrd_log_rise": (
        "qPCR MRD rose at least 10-fold (1 log10) between two positive samples in remission: a molecular relapse "
        "(ELN MRD 2021, secondary source)."
    ),
    "high_dose_cytarabine": (
        "Cytarabine 1.5 g/m2 per dose or more: cerebellar toxicity, more likely from age 60 or with renal impairment; "
        "check neurology before each dose and give steroid eye drops."
    ),
    "stale_disease_assessment": (
        "The recommendation rests on a disease assessment older than the clinic's limit (default 30 days): repeat "
        "it before treating."
    ),
    "stale_fitness": (
        "The fitness judgement is older than the clinic's limit (default 30 days) or undated: it was still used; "
        "judge fitness again."
    ),
}

#: Every vocabulary by name, with its codes: for pickers in the GUI and for the completeness test.
VOCABULARIES: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "category": codes.CATEGORIES,
        "regimen": codes.REGIMENS,
        "status": codes.STATUSES,
        "action": codes.ACTIONS,
        "flag": codes.FLAGS,
        "formulary_key": codes.FORMULARY_KEYS,
        "phase": codes.PHASES,
        "intensity": codes.INTENSITIES,
        "sex": codes.SEXES,
        "eln_risk": codes.ELN_RISKS,
        "cytogenetic_finding": codes.CYTOGENETIC_FINDINGS,
        "mrd_status": codes.MRD_STATUSES,
        "mrd_method": codes.MRD_METHODS,
        "transplant_type": codes.TRANSPLANT_TYPES,
        "decision_reason": codes.DECISION_REASONS,
        "response": RESPONSE_CATEGORIES,
        "fact": tuple(_FACTS),
        "fitness_source": tuple(_FITNESS_SOURCES),
        "ferrara_criterion": FERRARA_CRITERIA,
        "epi_group": tuple(_EPI_GROUPS),
        "karyotype_lesion": codes.CYTOGENETIC_FINDINGS + tuple(_EXTRA_LESIONS),
        "run_class": codes.RUN_CLASSES,
        "failure_kind": codes.FAILURE_KINDS,
        "pathway": codes.PATHWAYS,
    }
)

_TABLES: Final = (
    _CATEGORIES,
    _STATUSES,
    _ACTIONS,
    _FLAGS,
    _AGENTS,
    _CAPABILITIES,
    _PHASES,
    _INTENSITIES,
    _SEXES,
    _ELN_RISKS,
    _CYTOGENETIC_FINDINGS,
    _MRD_STATUSES,
    _MRD_METHODS,
    _TRANSPLANT_TYPES,
    _DECISION_REASONS,
    _RESPONSES,
    _FACTS,
    _FITNESS_SOURCES,
    _FERRARA_CRITERIA,
    _EPI_GROUPS,
    _EXTRA_LESIONS,
    _RUN_CLASSES,
    _FAILURE_KINDS,
    _PATHWAYS,
)
_LABELS: Final[dict[str, str]] = {code: text for table in _TABLES for code, text in table.items()}


def label(code: str) -> str:
    """Short human text for any code; an unknown code is returned as it is (never raises)."""
    if code in _LABELS:
        return _LABELS[code]
    catalog = load_catalog()
    if code in catalog.codes():
        return spell_units(catalog.get(code).name)
    return code


def explain(code: str) -> str:
    """One or two sentences for an action or a flag; empty for a code that has none."""
    return spell_units(_EXPLANATIONS.get(code, ""))


def label_conflicts() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Codes shared by vocabularies whose tables give different texts (must stay empty)."""
    seen: dict[str, set[str]] = {}
    for table in _TABLES:
        for code, text in table.items():
            seen.setdefault(code, set()).add(text)
    return tuple((code, tuple(sorted(texts))) for code, texts in seen.items() if len(texts) > 1)
