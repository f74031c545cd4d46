"""What the engine answers: the ``aml-recommendation/1`` contract as frozen dataclasses.

``result_to_dict`` is the single place the JSON shape is produced, so the command line,
the store's decision snapshots and the PDF all print the same facts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from .runs import FailedRun

FORMAT = "aml-recommendation/1"


@dataclass(frozen=True)
class Therapy:
    """A treatment category with the regimens the clinic can give, best first."""

    category: str
    regimens: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fallback:
    """One substitution forced by the clinic's formulary (clinical-spec.md §5)."""

    intended: str
    reason: str
    used: str


@dataclass(frozen=True)
class RationaleStep:
    """One rule that fired: its stable id, a plain sentence, the facts it read, its sources."""

    rule: str
    text: str
    cites: tuple[str, ...]
    facts: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class ExpectedOutcome:
    regimen: str
    text: str
    cites: tuple[str, ...] = ()


@dataclass(frozen=True)
class Derived:
    """Every fact the rules used, computed from the dated course (clinical-spec.md §2)."""

    age_years: int
    eln2017_risk: str
    eln2017_missing_tests: tuple[str, ...]
    status: str
    relapse_number: int
    cr1_date: date | None
    first_relapse_date: date | None
    cr1_duration_months: float | None
    post_transplant: bool
    months_since_transplant: float | None
    intensive_cycles_without_remission: int
    targetable_mutations: tuple[str, ...]
    fit_for_intensive: bool | None
    # Additional derived facts (case-format.md allows them).
    eln2022_risk: str | None = None
    eln2017_reasons: tuple[str, ...] = ()
    karyotype_lesions: tuple[str, ...] = ()
    adverse_biology: bool = False
    adverse_biology_sources: tuple[str, ...] = ()
    latest_relapse_date: date | None = None
    molecular_relapse_date: date | None = None
    relapse_dates: tuple[date, ...] = ()
    remission_dates: tuple[date, ...] = ()
    fitness_source: str = "unknown"
    ecog: int | None = None
    current_wbc: float | None = None
    mutation_sources: tuple[tuple[str, str], ...] = ()
    prior_venetoclax_failure: bool = False
    venetoclax_cycles_without_remission: int = 0
    european_prognostic_index: int | None = None
    european_prognostic_index_group: str | None = None
    notes: tuple[str, ...] = ()
    # clinical-spec.md §8.9 (ruleset 2026.2).
    failed_regimens: tuple[FailedRun, ...] = ()
    targets_with_failed_inhibitor: tuple[str, ...] = ()
    salvage_remission: bool = False
    days_since_disease_assessment: int | None = None
    days_since_fitness: int | None = None
    eln2022_missing_tests: tuple[str, ...] = ()
    eln2022_reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Recommendation:
    pathway: str
    primary: Therapy
    alternatives: tuple[Therapy, ...] = ()
    fallbacks_applied: tuple[Fallback, ...] = ()
    actions: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    rationale: tuple[RationaleStep, ...] = ()
    expected_outcomes: tuple[ExpectedOutcome, ...] = ()


@dataclass(frozen=True)
class Result:
    as_of: date
    derived: Derived
    recommendation: Recommendation
    engine_version: str
    ruleset_version: str
    warnings: tuple[str, ...] = ()


def _value(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_value(v) for v in value]
    return value


def _therapy(t: Therapy) -> dict[str, Any]:
    return {"category": t.category, "regimens": list(t.regimens)}


CONTRACT_DERIVED = (
    "age_years",
    "eln2017_risk",
    "eln2017_missing_tests",
    "status",
    "relapse_number",
    "cr1_date",
    "first_relapse_date",
    "cr1_duration_months",
    "post_transplant",
    "months_since_transplant",
    "intensive_cycles_without_remission",
    "targetable_mutations",
    "fit_for_intensive",
)


def result_to_dict(result: Result) -> dict[str, Any]:
    """The ``aml-recommendation/1`` object. Sets (actions, flags) are sorted for stable bytes."""
    d = result.derived
    derived: dict[str, Any] = {name: _value(getattr(d, name)) for name in CONTRACT_DERIVED}
    derived.update(
        {
            "eln2022_risk": d.eln2022_risk,
            "eln2017_reasons": list(d.eln2017_reasons),
            "karyotype_lesions": list(d.karyotype_lesions),
            "adverse_biology": d.adverse_biology,
            "adverse_biology_sources": list(d.adverse_biology_sources),
            "latest_relapse_date": _value(d.latest_relapse_date),
            "molecular_relapse_date": _value(d.molecular_relapse_date),
            "relapse_dates": _value(d.relapse_dates),
            "remission_dates": _value(d.remission_dates),
            "fitness_source": d.fitness_source,
            "ecog": d.ecog,
            "current_wbc": d.current_wbc,
            "mutation_sources": {gene: source for gene, source in d.mutation_sources},
            "prior_venetoclax_failure": d.prior_venetoclax_failure,
            "venetoclax_cycles_without_remission": d.venetoclax_cycles_without_remission,
            "european_prognostic_index": d.european_prognostic_index,
            "european_prognostic_index_group": d.european_prognostic_index_group,
            "notes": list(d.notes),
            # clinical-spec.md §8.9: present in every answer, null or [] when empty.
            "failed_regimens": [
                {"regimen": f.regimen, "class": f.klass, "kind": f.kind, "date": f.date.isoformat()}
                for f in d.failed_regimens
            ],
            "targets_with_failed_inhibitor": list(d.targets_with_failed_inhibitor),
            "salvage_remission": d.salvage_remission,
            "days_since_disease_assessment": d.days_since_disease_assessment,
            "days_since_fitness": d.days_since_fitness,
            "eln2022_missing_tests": list(d.eln2022_missing_tests),
            "eln2022_reasons": list(d.eln2022_reasons),
        }
    )
    r = result.recommendation
    recommendation = {
        "pathway": r.pathway,
        "primary": _therapy(r.primary),
        "alternatives": [_therapy(t) for t in r.alternatives],
        "fallbacks_applied": [
            {"intended": f.intended, "reason": f.reason, "used": f.used} for f in r.fallbacks_applied
        ],
        "actions": sorted(set(r.actions)),
        "flags": sorted(set(r.flags)),
        "rationale": [
            {
                "rule": step.rule,
                "text": step.text,
                "cites": list(step.cites),
                "facts": {name: _value(value) for name, value in step.facts},
            }
            for step in r.rationale
        ],
        "expected_outcomes": [
            {"regimen": o.regimen, "text": o.text, "cites": list(o.cites)} for o in r.expected_outcomes
        ],
    }
    return {
        "format": FORMAT,
        "engine_version": result.engine_version,
        "ruleset_version": result.ruleset_version,
        "as_of": result.as_of.isoformat(),
        "derived": derived,
        "recommendation": recommendation,
        "warnings": list(result.warnings),
    }


def result_to_json(result: Result) -> str:
    """Deterministic JSON text: the same case gives byte-identical output."""
    return json.dumps(result_to_dict(result), ensure_ascii=False, indent=2) + "\n"
