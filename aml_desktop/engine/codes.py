"""The machine-readable vocabulary of clinical-spec.md §7.

These codes are a contract with other tools: they may be added to, never renamed.
Human-readable text for each code lives in ``aml_desktop/present/vocabulary.py`` (the engine speaks codes).
"""

from __future__ import annotations

from typing import Final

CATEGORIES: Final = (
    "intensive_chemotherapy",
    "flt3_inhibitor",
    "idh1_inhibitor",
    "idh2_inhibitor",
    "venetoclax_combination",
    "hypomethylating_agent",
    "low_dose_cytarabine",
    "gemtuzumab_ozogamicin",
    "clinical_trial",
    "cellular_therapy",
    "best_supportive_care",
    "not_applicable",
)

REGIMENS: Final = (
    "7+3",
    "HIDAC",
    "IDAC",
    "MEC",
    "FLAG-IDA",
    "CLAG-M",
    "CLO-ARA",
    "AZA-VEN",
    "DEC-VEN",
    "LDAC-VEN",
    "AZA",
    "DEC",
    "LDAC",
    "GILTERITINIB",
    "QUIZARTINIB",
    "IVOSIDENIB",
    "ENASIDENIB",
    "GO",
    "DLI",
    "HYDROXYUREA",
    "BSC",
)

TRANSPLANT_TYPES: Final = ("allogeneic", "autologous")

STATUSES: Final = (
    "newly_diagnosed",
    "on_induction",
    "persistent_after_one_cycle",
    "primary_refractory",
    "in_remission",
    "relapsed",
    "molecular_relapse",
    "unknown",
)

ACTIONS: Final = (
    "molecular_testing",
    "cytoreduction",
    "repeat_marrow_to_confirm_relapse",
    "allogeneic_hct_referral",
    "flt3_maintenance_post_hct",
    "marrow_after_cycle_1",
    "reassess_after_2_cycles",
    "continue_until_progression",
    "qtc_monitoring",
    "consider_clinical_trial",
    "assess_fitness",
    # clinical-spec.md §8.9 (ruleset 2026.2)
    "transplant_centre_referral",
    "hla_typing",
    "repeat_disease_assessment",
    "continue_current_therapy",
)

FLAGS: Final = (
    "differentiation_syndrome",
    "qtc_prolongation",
    "veno_occlusive_disease",
    "azole_venetoclax_interaction",
    "tumor_lysis_syndrome",
    "mutation_status_from_diagnosis",
    "guidance_ambiguous",
    "not_from_source",
    "fitness_unknown",
    "apl_out_of_scope",
    "prior_venetoclax_failure",
    # clinical-spec.md §8.9 (ruleset 2026.2)
    "prior_intensive_failure",
    "prior_hma_failure",
    "prior_ldac_failure",
    "prior_targeted_failure",
    "cr1_near_cutoff",
    "mrd_log_rise",
    "high_dose_cytarabine",
    "stale_disease_assessment",
    "stale_fitness",
)

AGENTS: Final = (
    "cytarabine",
    "daunorubicin",
    "idarubicin",
    "mitoxantrone",
    "etoposide",
    "fludarabine",
    "cladribine",
    "clofarabine",
    "filgrastim",
    "azacitidine",
    "decitabine",
    "venetoclax",
    "gilteritinib",
    "quizartinib",
    "ivosidenib",
    "enasidenib",
    "gemtuzumab_ozogamicin",
    "hydroxyurea",
)

CAPABILITIES: Final = (
    "intensive_chemotherapy",
    "allogeneic_hct",
    "clinical_trials",
    "molecular_testing",
    "ngs_panel",
    "flow_mrd",
)

FORMULARY_KEYS: Final = AGENTS + CAPABILITIES

PHASES: Final = (
    "induction",
    "consolidation",
    "reinduction",
    "maintenance",
    "transplant",
    "supportive",
)

INTENSITIES: Final = ("intensive", "low_intensity", "targeted", "transplant", "supportive")

SEXES: Final = ("female", "male", "other", "unknown")

CYTOGENETIC_FINDINGS: Final = (
    "normal",
    "t(8;21)",
    "inv(16)",
    "t(15;17)",
    "t(9;11)",
    "t(6;9)",
    "t(v;11q23)",
    "t(9;22)",
    "inv(3)",
    "-5",
    "del(5q)",
    "-7",
    "-17",
    "abn(17p)",
    "complex",
    "monosomal",
    "+8",
    "other",
)

MRD_STATUSES: Final = ("negative", "positive")
MRD_METHODS: Final = ("flow", "qpcr", "ngs")

ELN_RISKS: Final = ("favorable", "intermediate", "adverse", "unknown")

# clinical-spec.md §8.1: classes of runs, and §8.9: kinds of failure.
RUN_CLASSES: Final = (
    "intensive",
    "venetoclax",
    "hma",
    "ldac",
    "flt3_inhibitor",
    "idh1_inhibitor",
    "idh2_inhibitor",
    "gemtuzumab",
)
FAILURE_KINDS: Final = ("relapse", "refractory", "progression")

# Pathways: the rule that decided (recommendation.pathway); the last three are clinical-spec.md §8.9's.
PATHWAYS: Final = (
    "apl-out-of-scope",
    "not-applicable",
    "post-transplant-relapse",
    "fit-late-first-relapse",
    "fit-early-first-relapse",
    "unfit-pif-or-later-relapse",
    "refractory-to-salvage",
    "persistent-after-one-cycle",
    "salvage-remission",
)

# clinical-spec.md §8.7: ELN 2022 missing-test names, in this order.
ELN2022_TEST_NAMES: Final = (
    "karyotype",
    "NPM1",
    "FLT3",
    "CEBPA",
    "TP53",
    "TP53 VAF",
    "ASXL1",
    "BCOR",
    "EZH2",
    "RUNX1",
    "SF3B1",
    "SRSF2",
    "STAG2",
    "U2AF1",
    "ZRSR2",
)

ELN2017_TEST_NAMES: Final = (
    "karyotype",
    "NPM1",
    "FLT3",
    "FLT3-ITD allelic ratio",
    "CEBPA",
    "RUNX1",
    "ASXL1",
    "TP53",
)

# Codes this application adds (clinical-spec.md §7 allows additions, never renames).
DECISION_REASONS: Final = (
    "patient_preference",
    "not_available_today",
    "contraindication",
    "clinical_trial",
    "clinician_judgement",
    "other",
)
