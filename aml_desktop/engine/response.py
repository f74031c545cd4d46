"""ELN 2017 response category of one marrow/blood assessment.

Thresholds are module-level so a reviewer can check them against ELN 2017 Table 6 and the
paper's Table 1 [clinical-reference.md §3.1, §3.2: ELN 2017 uses >=, not >].
"""

from __future__ import annotations

from typing import Final

from .case import Assessment

# ELN 2017 Table 6 [V]: CR needs BM blasts < 5 %, ANC >= 1.0 x10^9/L, platelets >= 100 x10^9/L.
REMISSION_BLASTS_BELOW: Final = 5.0
CR_ANC_AT_LEAST: Final = 1.0
CR_PLATELETS_AT_LEAST: Final = 100.0
# DT Table 1 / ELN 2017 [V]: hematologic relapse is >= 5 % blasts in the marrow.
RELAPSE_BLASTS_AT_LEAST: Final = 5.0
# DT §Definitions: a marrow with 5-10 % blasts alone may be regeneration; repeat it.
REGENERATION_BLASTS_UP_TO: Final = 10.0
# ELN 2017 Table 6 [V]: PR = blasts down to 5-25 % and at least a 50 % fall.
PR_BLASTS_UP_TO: Final = 25.0
PR_FALL_AT_LEAST: Final = 0.5

RESPONSE_CATEGORIES: Final = (
    "baseline",
    "CR_MRD_NEG",
    "CR",
    "CRi",
    "MLFS",
    "PR",
    "NR",
    "relapse",
    "molecular_relapse",
    "not_evaluable",
)


def disease_free(a: Assessment) -> bool:
    """Marrow blasts < 5 %, no circulating blasts, no extramedullary disease.

    Absent circulating-blast and extramedullary fields read as "not present": clinicians
    record positives (clinical-spec.md §2). The marrow blast count itself must be measured.
    """
    return (
        a.marrow_blasts_percent is not None
        and a.marrow_blasts_percent < REMISSION_BLASTS_BELOW
        and a.circulating_blasts is not True
        and a.extramedullary is not True
    )


def shows_disease(a: Assessment) -> bool:
    """Hematologic evidence of leukemia: marrow blasts >= 5 %, circulating blasts, or EMD."""
    return (
        (a.marrow_blasts_percent is not None and a.marrow_blasts_percent >= RELAPSE_BLASTS_AT_LEAST)
        or a.circulating_blasts is True
        or a.extramedullary is True
    )


def counts_recovered(a: Assessment) -> bool | None:
    """True for CR-level counts, False when a count is below, None when not measured."""
    if a.anc is not None and a.anc < CR_ANC_AT_LEAST:
        return False
    if a.platelets is not None and a.platelets < CR_PLATELETS_AT_LEAST:
        return False
    if a.anc is None or a.platelets is None:
        return None
    return True


def remission_category(a: Assessment) -> str:
    """CR_MRD_NEG, CR, CRi or MLFS for a disease-free assessment.

    CRi when counts are available and at least one is below the CR threshold; MLFS when
    the counts were not recorded [clinical-reference.md §3.2, IMPL default].
    """
    recovered = counts_recovered(a)
    if recovered is True:
        return "CR_MRD_NEG" if a.mrd is not None and a.mrd.status == "negative" else "CR"
    if recovered is False:
        return "CRi"
    return "MLFS"


def partial_response(a: Assessment, baseline_blasts: float | None) -> bool:
    """ELN 2017 PR: CR's hematologic criteria, blasts 5-25 % and down by >= 50 %."""
    blasts = a.marrow_blasts_percent
    return (
        blasts is not None
        and baseline_blasts is not None
        and baseline_blasts > 0
        and RELAPSE_BLASTS_AT_LEAST <= blasts <= PR_BLASTS_UP_TO
        and blasts <= baseline_blasts * (1 - PR_FALL_AT_LEAST)
        and a.circulating_blasts is not True
        and a.extramedullary is not True
        and counts_recovered(a) is True
    )
