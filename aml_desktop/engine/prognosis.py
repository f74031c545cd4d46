"""European Prognostic Index for AML in first relapse (Breems 2005): context, not a rule.

The paper does not base decisions on prognostic indices and neither does the engine
(clinical-spec.md §6); the GUI and PDF may show it in a prognosis panel. Point table as
reproduced by bloodref.com [V2]; fractional month boundaries are an implementation
choice [clinical-reference.md §4.1, IMPL].
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from .sentences import join, say

# Relapse-free interval after CR1 (months): <= 6.0 -> 5, > 6.0 to 18.0 -> 3, > 18.0 -> 0.
RFI_POINTS: Final = ((6.0, 5), (18.0, 3))
# Cytogenetics at diagnosis: inv(16)/t(16;16) 0, t(8;21) 3, other 5.
CYTOGENETIC_POINTS: Final = {"inv(16)": 0, "t(8;21)": 3}
OTHER_CYTOGENETICS_POINTS: Final = 5
# Age at relapse: <= 35 -> 0, 36-45 -> 1, > 45 -> 2.
AGE_POINTS: Final = ((35, 0), (45, 1))
OLDER_AGE_POINTS: Final = 2
PRIOR_TRANSPLANT_POINTS: Final = 2
# Groups: 0-6 favourable, 7-9 intermediate, 10-14 poor.
GROUPS: Final = ((6, "favorable"), (9, "intermediate"), (14, "poor"))
# The derivation cohort: first relapse, ages 15-60, non-APL.
VALIDATED_AGES: Final = (15, 60)


@dataclass(frozen=True)
class PrognosticIndex:
    score: int
    group: str
    points: tuple[tuple[str, int], ...]
    outside_validated_population: bool
    note: str


def european_prognostic_index(
    *,
    cr1_months: float,
    lesions: frozenset[str],
    karyotype_known: bool,
    age_at_relapse: int,
    prior_transplant: bool,
) -> PrognosticIndex | None:
    """The EPI score, or None when the diagnosis karyotype is not known."""
    if not karyotype_known:
        return None
    rfi = next((points for limit, points in RFI_POINTS if cr1_months <= limit), 0)
    cyto = min(
        (CYTOGENETIC_POINTS[lesion] for lesion in lesions if lesion in CYTOGENETIC_POINTS),
        default=OTHER_CYTOGENETICS_POINTS,
    )
    age = next((points for limit, points in AGE_POINTS if age_at_relapse <= limit), OLDER_AGE_POINTS)
    transplant = PRIOR_TRANSPLANT_POINTS if prior_transplant else 0
    score = rfi + cyto + age + transplant
    group = next(name for limit, name in GROUPS if score <= limit)
    low, high = VALIDATED_AGES
    outside = not low <= age_at_relapse <= high
    note: str = say("Any transplant before first relapse counted (the original definition was not verified).")
    if outside:
        outside_note = say(
            "Age {age} is outside the validated population ({low}-{high} years).",
            age=age_at_relapse,
            low=low,
            high=high,
        )
        note = join(" ", (note, outside_note))
    points = (("relapse-free interval", rfi), ("cytogenetics", cyto), ("age", age), ("prior transplant", transplant))
    return PrognosticIndex(score, group, points, outside, note)
