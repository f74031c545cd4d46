"""Treatment options the rules choose between, and the paper's fallback order.

clinical-spec.md §5 as data: what replaces an option the clinic cannot give. Kept apart
from the rules so a reviewer can read the table against the spec line by line.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final


@dataclass(frozen=True)
class Option:
    """A category with its regimens in order of preference."""

    category: str
    regimens: tuple[str, ...]
    # The paper does not name this step (clinical-spec.md §5): flag `not_from_source` when used.
    not_from_source: bool = False

    @property
    def uses_venetoclax(self) -> bool:
        return self.category == "venetoclax_combination"


# clinical-spec.md §4 rule 2 [DT §Patient 1]: MEC, FLAG-IDA, intermediate-dose cytarabine;
# classical HiDAC less often; CLAG-M or clofarabine-based as alternatives.
INTENSIVE: Final = Option("intensive_chemotherapy", ("MEC", "FLAG-IDA", "IDAC", "HIDAC"))
INTENSIVE_OTHER: Final = Option("intensive_chemotherapy", ("CLAG-M", "CLO-ARA"))
# clinical-spec.md §7: every intensive regimen code (a first course repeated after persistence, §8.5a).
INTENSIVE_CODES: Final = frozenset({"7+3", "HIDAC", "IDAC", "MEC", "FLAG-IDA", "CLAG-M", "CLO-ARA"})
# HMA or LDAC backbone with venetoclax [DT §Conclusions].
VENETOCLAX: Final = Option("venetoclax_combination", ("AZA-VEN", "DEC-VEN", "LDAC-VEN"))
HMA: Final = Option("hypomethylating_agent", ("AZA", "DEC"))
LDAC_ALONE: Final = Option("low_dose_cytarabine", ("LDAC",), not_from_source=True)
SUPPORTIVE: Final = Option("best_supportive_care", ("BSC",))
GILTERITINIB: Final = Option("flt3_inhibitor", ("GILTERITINIB",))
QUIZARTINIB: Final = Option("flt3_inhibitor", ("QUIZARTINIB",))
IVOSIDENIB: Final = Option("idh1_inhibitor", ("IVOSIDENIB",))
ENASIDENIB: Final = Option("idh2_inhibitor", ("ENASIDENIB",))
TRIAL: Final = Option("clinical_trial", ())
DLI: Final = Option("cellular_therapy", ("DLI",))
GEMTUZUMAB: Final = Option("gemtuzumab_ozogamicin", ("GO",))
# clinical-spec.md §8.4c: after HCT with HMA excluded, LDAC + venetoclax is not named by the paper.
LDAC_VEN_NOT_FROM_SOURCE: Final = Option("venetoclax_combination", ("LDAC-VEN",), not_from_source=True)

INHIBITOR_FOR_GENE: Final = {"FLT3": GILTERITINIB, "IDH1": IVOSIDENIB, "IDH2": ENASIDENIB}

# Tails of the fallback table (clinical-spec.md §5).
_VEN_TAIL: Final = (HMA, LDAC_ALONE, SUPPORTIVE)


def fallback_chain(
    option: Option,
    *,
    fit: bool | None,
    flt3_itd: bool,
    prior_venetoclax_failure: bool,
    go: bool = False,
    hma_excluded_after_hct: bool = False,
    dli: bool = False,
) -> tuple[Option, ...]:
    """What replaces ``option`` when the clinic cannot give it, in order.

    ``go``: gemtuzumab ozogamicin may enter directly before "LDAC alone" (clinical-spec.md §8.4g;
    after HCT only outside the 3-month VOD window, §8.11). ``hma_excluded_after_hct``: rule 1's
    HMA failed before, so §8.4c's chain (GO, DLI, LDAC + venetoclax, BSC) replaces it.
    """
    go_step: tuple[Option, ...] = (GEMTUZUMAB,) if go else ()
    ven_tail = (HMA, *go_step, LDAC_ALONE, SUPPORTIVE)
    if option.category in ("idh1_inhibitor", "idh2_inhibitor"):
        chain: tuple[Option, ...] = (VENETOCLAX, *ven_tail)
    elif option == VENETOCLAX:
        chain = ven_tail
    elif option.category == "intensive_chemotherapy":
        chain = (INTENSIVE_OTHER, VENETOCLAX, *ven_tail) if option != INTENSIVE_OTHER else (VENETOCLAX, *ven_tail)
    elif option == GILTERITINIB:
        # Quizartinib for FLT3-ITD (QuANTUM-R enrolled ITD only); past it the paper is silent.
        beyond = (INTENSIVE, INTENSIVE_OTHER, VENETOCLAX, *ven_tail) if fit is True else (VENETOCLAX, *ven_tail)
        chain = ((QUIZARTINIB,) if flt3_itd else ()) + tuple(replace(o, not_from_source=True) for o in beyond)
    elif option == HMA and hma_excluded_after_hct:
        chain = (*go_step, *((DLI,) if dli else ()), LDAC_VEN_NOT_FROM_SOURCE, SUPPORTIVE)
    elif option == HMA:
        chain = (*go_step, LDAC_ALONE, SUPPORTIVE)
    else:
        chain = (SUPPORTIVE,) if option != SUPPORTIVE else ()
    if prior_venetoclax_failure:
        chain = tuple(o for o in chain if not o.uses_venetoclax)
    return chain
