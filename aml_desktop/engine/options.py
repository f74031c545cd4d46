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

INHIBITOR_FOR_GENE: Final = {"FLT3": GILTERITINIB, "IDH1": IVOSIDENIB, "IDH2": ENASIDENIB}

# Tails of the fallback table (clinical-spec.md §5).
_VEN_TAIL: Final = (HMA, LDAC_ALONE, SUPPORTIVE)


def fallback_chain(
    option: Option, *, fit: bool | None, flt3_itd: bool, prior_venetoclax_failure: bool
) -> tuple[Option, ...]:
    """What replaces ``option`` when the clinic cannot give it, in order."""
    if option.category in ("idh1_inhibitor", "idh2_inhibitor"):
        chain: tuple[Option, ...] = (VENETOCLAX, *_VEN_TAIL)
    elif option == VENETOCLAX:
        chain = _VEN_TAIL
    elif option.category == "intensive_chemotherapy":
        chain = (INTENSIVE_OTHER, VENETOCLAX, *_VEN_TAIL) if option == INTENSIVE else (VENETOCLAX, *_VEN_TAIL)
    elif option == GILTERITINIB:
        # Quizartinib for FLT3-ITD (QuANTUM-R enrolled ITD only); past it the paper is silent.
        beyond = (INTENSIVE, INTENSIVE_OTHER, VENETOCLAX, *_VEN_TAIL) if fit is True else (VENETOCLAX, *_VEN_TAIL)
        chain = ((QUIZARTINIB,) if flt3_itd else ()) + tuple(replace(o, not_from_source=True) for o in beyond)
    elif option == HMA:
        chain = (LDAC_ALONE, SUPPORTIVE)
    else:
        chain = (SUPPORTIVE,) if option != SUPPORTIVE else ()
    if prior_venetoclax_failure:
        chain = tuple(o for o in chain if not o.uses_venetoclax)
    return chain
