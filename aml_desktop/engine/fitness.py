"""Fitness for intensive chemotherapy: the clinician's judgement, else the spec's default rule.

clinical-spec.md §3: age >= 75 or ECOG >= 3 counts as unfit; under 60 with ECOG below 3
(or not recorded) counts as fit; 60-74 without a judgement is unknown and the engine asks
for it rather than guessing. The paper's words are "young and/or fit" versus "older, less
fit" [DT §Conclusions]; the age limits are clinic settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .case import Case
from .settings import EngineSettings


@dataclass(frozen=True)
class FitnessJudgement:
    fit: bool | None
    source: str  # "clinician", "default_rule", "unknown"
    ecog: int | None
    reason: str


def judge_fitness(case: Case, *, age: int, as_of: date, settings: EngineSettings) -> FitnessJudgement:
    """The fitness the rules use, and where it came from."""
    f = case.fitness
    if f is not None and f.date is not None and f.date > as_of:
        f = None  # nothing dated after as_of is considered
    ecog = f.ecog if f is not None else None
    if f is not None and f.fit_for_intensive is not None:
        word = "fit" if f.fit_for_intensive else "not fit"
        when = f" on {f.date.isoformat()}" if f.date else ""
        return FitnessJudgement(f.fit_for_intensive, "clinician", ecog, f"judged {word} for intensive therapy{when}")
    if age >= settings.unfit_age_from:
        return FitnessJudgement(
            False, "default_rule", ecog, f"age {age} >= {settings.unfit_age_from}: unfit by default"
        )
    if ecog is not None and ecog >= settings.unfit_ecog_from:
        return FitnessJudgement(
            False, "default_rule", ecog, f"ECOG {ecog} >= {settings.unfit_ecog_from}: unfit by default"
        )
    if age < settings.fit_age_below:
        shown = f"ECOG {ecog}" if ecog is not None else "ECOG not recorded"
        return FitnessJudgement(
            True, "default_rule", ecog, f"age {age} < {settings.fit_age_below}, {shown}: fit by default"
        )
    return FitnessJudgement(
        None,
        "unknown",
        ecog,
        f"age {age} ({settings.fit_age_below}-{settings.unfit_age_from - 1}) and no clinician judgement: "
        "fitness unknown",
    )
