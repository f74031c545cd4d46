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
from .sentences import say
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
        if f.fit_for_intensive:
            reason = (
                say("judged fit for intensive therapy on {date}", date=f.date)
                if f.date
                else say("judged fit for intensive therapy")
            )
        else:
            reason = (
                say("judged not fit for intensive therapy on {date}", date=f.date)
                if f.date
                else say("judged not fit for intensive therapy")
            )
        return FitnessJudgement(f.fit_for_intensive, "clinician", ecog, reason)
    if age >= settings.unfit_age_from:
        return FitnessJudgement(
            False,
            "default_rule",
            ecog,
            say("age {age} >= {limit}: unfit by default", age=age, limit=settings.unfit_age_from),
        )
    if ecog is not None and ecog >= settings.unfit_ecog_from:
        return FitnessJudgement(
            False,
            "default_rule",
            ecog,
            say("ECOG {ecog} >= {limit}: unfit by default", ecog=ecog, limit=settings.unfit_ecog_from),
        )
    if age < settings.fit_age_below:
        reason = (
            say("age {age} < {limit}, ECOG {ecog}: fit by default", age=age, limit=settings.fit_age_below, ecog=ecog)
            if ecog is not None
            else say("age {age} < {limit}, ECOG not recorded: fit by default", age=age, limit=settings.fit_age_below)
        )
        return FitnessJudgement(True, "default_rule", ecog, reason)
    return FitnessJudgement(
        None,
        "unknown",
        ecog,
        say(
            "age {age} ({low}-{high}) and no clinician judgement: fitness unknown",
            age=age,
            low=settings.fit_age_below,
            high=settings.unfit_age_from - 1,
        ),
    )
