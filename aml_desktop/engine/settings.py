"""The clinic's formulary and the thresholds clinical-spec.md makes settings.

Passed into the engine explicitly (no globals), so a stored decision can be replayed
with the settings that produced it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from . import codes
from .sentences import say


@dataclass(frozen=True)
class Formulary:
    """What the clinic can give. Every key of clinical-spec.md §7 defaults to available."""

    unavailable: frozenset[str] = frozenset()

    def has(self, key: str) -> bool:
        if key not in codes.FORMULARY_KEYS:
            raise KeyError(f"unknown formulary key {key!r}")
        return key not in self.unavailable

    @classmethod
    def from_mapping(cls, stocked: Mapping[str, bool]) -> Formulary:
        """Build from ``{key: stocked}``; unknown keys are a programming error."""
        unknown = sorted(set(stocked) - set(codes.FORMULARY_KEYS))
        if unknown:
            raise KeyError(f"unknown formulary keys: {', '.join(unknown)}")
        return cls(frozenset(k for k, v in stocked.items() if not v))

    def to_mapping(self) -> dict[str, bool]:
        return {key: key not in self.unavailable for key in codes.FORMULARY_KEYS}

    def merged(self, overrides: Mapping[str, bool]) -> Formulary:
        """This formulary with ``overrides`` applied (a case file's formulary on top of defaults)."""
        current = self.to_mapping()
        current.update(overrides)
        return Formulary.from_mapping(current)


@dataclass(frozen=True)
class EngineSettings:
    """Thresholds the spec makes clinic settings, with the spec's defaults."""

    # clinical-spec.md §3: under this age with ECOG < 3 counts as fit when not judged.
    fit_age_below: int = 60
    # clinical-spec.md §3: from this age counts as unfit when not judged.
    unfit_age_from: int = 75
    # clinical-spec.md §3: ECOG at or above this counts as unfit when not judged.
    unfit_ecog_from: int = 3
    # clinical-spec.md §4 rule 0: the clinic's cytoreduction threshold (x10^9/L).
    cytoreduction_wbc: float = 50.0
    # clinical-spec.md §4 rule 1: CD33-positive cut-off (a common laboratory cut-off, not the paper's).
    cd33_positive_percent: float = 20.0
    # clinical-spec.md §8.6 [IMPL]: relapsed AML changes within weeks; the paper repeats marrows
    # "even weekly" when unsure [DT §Definitions]. Older data are flagged, never silently used.
    stale_assessment_days: int = 30
    stale_fitness_days: int = 30
    formulary: Formulary = field(default_factory=Formulary)

    def __post_init__(self) -> None:
        if not 0 < self.fit_age_below <= self.unfit_age_from:
            raise ValueError(say("fit_age_below must be positive and not above unfit_age_from"))
        if self.cytoreduction_wbc <= 0:
            raise ValueError(say("cytoreduction_wbc must be positive"))
        if self.stale_assessment_days < 1 or self.stale_fitness_days < 1:
            raise ValueError(say("stale_assessment_days and stale_fitness_days must be at least 1"))
