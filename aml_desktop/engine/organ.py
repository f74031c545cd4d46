"""Organ function and heart before a cycle: creatinine clearance, liver tests, LVEF, cumulative anthracycline.

Recorded in ``extensions["aml_desktop"]["organ_results"]`` as
``{"date", "creatinine_mg_dl", "bilirubin_mg_dl", "alt_u_l", "ast_u_l", "lvef_percent"}`` (any
field but the date may be absent). Warnings only where a source gives the rule; everywhere
else the code is ``check_local_protocol`` (clinical-reference.md §5 gives no renal rule for
cytarabine, fludarabine or clofarabine, and venetoclax's hepatic rule is by Child-Pugh class,
which is not recorded here).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from .cycles import Cycle, CycleError, extension_list, with_extension_list
from .sentences import Listing, say

CG_CITATION: Final = "Cockcroft-Gault 1976"
_FIELDS: Final = {
    "creatinine_mg_dl": (0.05, 20.0),
    "bilirubin_mg_dl": (0.0, 50.0),
    "alt_u_l": (0.0, 10000.0),
    "ast_u_l": (0.0, 10000.0),
    "lvef_percent": (5.0, 90.0),
}

#: Doxorubicin isotoxic-equivalent factors (per mg/m2 of the agent). Source per factor.
ANTHRACYCLINE_FACTORS: Final[Mapping[str, tuple[float, str]]] = {
    "doxorubicin": (1.0, "IGHG cardiomyopathy 2023"),
    "daunorubicin": (0.6, "Feijen 2019"),
    "epirubicin": (0.8, "IGHG cardiomyopathy 2023"),
    # Feijen 2019 could not estimate idarubicin; the IGHG page takes x5 from the COG guideline [V2].
    "idarubicin": (5.0, "IGHG cardiomyopathy 2023"),
    # IGHG x10 (Feijen 2019's mean ratio is 10.5; the IGHG guideline rounds to 10) [V2].
    "mitoxantrone": (10.0, "IGHG cardiomyopathy 2023"),
}
#: IGHG 2015 Table 4: "high dose" anthracyclines, >= 250 mg/m2 doxorubicin equivalents (survivor surveillance).
ANTHRACYCLINE_HIGH_DOSE: Final = (250.0, "IGHG 2015")
#: clinical-reference.md §7.1 (Ferrara 2013 [V2]): documented cardiomyopathy with EF <= 50 % is an unfitness criterion.
LVEF_FERRARA_LIMIT: Final = (50.0, "Ferrara 2013")
#: Agents with renal elimination concerns named by issue 15; the rule itself: check local protocol.
RENAL_CHECK_AGENTS: Final = ("fludarabine", "clofarabine")
#: Cytarabine at or above this per-dose amount (g/m2) gets the renal check: issue 15's wording [IMPL]
#: (clinical-spec.md §8.4l flags "high-dose cytarabine" from 1.5 g/m2 for cerebellar toxicity).
CYTARABINE_RENAL_CHECK_G_M2: Final = 1.0


@dataclass(frozen=True)
class OrganResult:
    date: date
    creatinine_mg_dl: float | None = None
    bilirubin_mg_dl: float | None = None
    alt_u_l: float | None = None
    ast_u_l: float | None = None
    lvef_percent: float | None = None


def organ_from_json(raw: Any, where: str) -> OrganResult:
    if not isinstance(raw, Mapping):
        raise CycleError(say("{where}: must be an object", where=where))
    unknown = sorted(set(raw) - {"date", *_FIELDS})
    if unknown:
        raise CycleError(say("{where}: unknown field(s) {items}", where=where, items=Listing(tuple(unknown), ", ")))
    text = raw.get("date")
    try:
        day = date.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        day = None
    if day is None:
        raise CycleError(say("{where}.date: {text!r} is not a date", where=where, text=text))
    values: dict[str, float | None] = {}
    for name, (low, high) in _FIELDS.items():
        value = raw.get(name)
        if value is None:
            values[name] = None
            continue
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise CycleError(
                say("{where}.{name}: must be a number, not {value}", where=where, name=name, value=repr(value))
            )
        if not low <= value <= high:
            raise CycleError(
                say(
                    "{where}.{name}: must be between {low} and {high}, not {value}",
                    where=where,
                    name=name,
                    low=low,
                    high=high,
                    value=value,
                )
            )
        values[name] = float(value)
    if all(v is None for v in values.values()):
        raise CycleError(say("{where}: has no result", where=where))
    return OrganResult(day, **values)


def organ_to_json(result: OrganResult) -> dict[str, Any]:
    out: dict[str, Any] = {"date": result.date.isoformat()}
    for name in _FIELDS:
        value = getattr(result, name)
        if value is not None:
            out[name] = value
    return out


def read_organ_results(extensions: Any) -> tuple[OrganResult, ...]:
    where = 'extensions["aml_desktop"]["organ_results"]'
    raw = extension_list(extensions, "organ_results")
    return tuple(sorted((organ_from_json(r, f"{where}[{i}]") for i, r in enumerate(raw)), key=lambda r: r.date))


def latest(results: Iterable[OrganResult], name: str, on_or_before: date) -> OrganResult | None:
    """The latest result with ``name`` measured on or before the day."""
    having = [r for r in results if getattr(r, name) is not None and r.date <= on_or_before]
    return having[-1] if having else None


def cockcroft_gault(age_years: int, weight_kg: float, creatinine_mg_dl: float, female: bool) -> float:
    """Creatinine clearance in mL/min, rounded to a whole number (Cockcroft & Gault 1976)."""
    if creatinine_mg_dl <= 0:
        raise ValueError(say("creatinine_mg_dl must be above 0"))
    value = (140 - age_years) * weight_kg / (72.0 * creatinine_mg_dl)
    if female:
        value *= 0.85
    return float(round(max(value, 0.0)))


@dataclass(frozen=True)
class Anthracycline:
    """Doxorubicin equivalents (mg/m2) given so far and what a plan would add."""

    given: float
    planned: float
    per_agent: tuple[tuple[str, float, float, str], ...]  # agent, mg/m2 given, factor, source
    unconverted: tuple[str, ...]  # anthracyclines given without a verified factor

    @property
    def after_plan(self) -> float:
        return round(self.given + self.planned, 1)

    @property
    def passes_threshold(self) -> bool:
        return self.after_plan >= ANTHRACYCLINE_HIGH_DOSE[0]


def _per_m2(cycle: Cycle, amount_mg: float) -> float | None:
    bsa = cycle.bsa_uncapped
    return None if bsa is None else amount_mg / bsa


def cumulative_anthracycline(cycles: Iterable[Cycle], plan: Cycle | None = None) -> Anthracycline:
    """Doxorubicin equivalents GIVEN across ``cycles`` (mg / that cycle's BSA x factor), plus ``plan``'s doses."""
    per_agent: dict[str, float] = {}
    unconverted: set[str] = set()
    for cycle in cycles:
        if plan is not None and cycle.id == plan.id:
            continue
        units = {a.agent: a.abs_unit for a in cycle.agents}
        for entry in cycle.administrations:
            if entry.status == "held" or entry.dose_given is None or entry.agent not in ANTHRACYCLINE_FACTORS:
                continue
            per_m2 = _per_m2(cycle, entry.dose_given) if units.get(entry.agent) == "mg" else None
            if per_m2 is None:
                unconverted.add(entry.agent)
                continue
            per_agent[entry.agent] = per_agent.get(entry.agent, 0.0) + per_m2
    planned = 0.0
    if plan is not None:
        for agent in plan.agents:
            if agent.agent in ANTHRACYCLINE_FACTORS and agent.ordered is not None:
                per_m2 = _per_m2(plan, agent.ordered)
                if per_m2 is not None:
                    planned += per_m2 * len(agent.days) * ANTHRACYCLINE_FACTORS[agent.agent][0]
    rows = tuple(
        (name, round(total, 1), ANTHRACYCLINE_FACTORS[name][0], ANTHRACYCLINE_FACTORS[name][1])
        for name, total in sorted(per_agent.items())
    )
    # from the unrounded totals: rounding each agent first would move a mitoxantrone total by up to 0.5
    given = sum(total * ANTHRACYCLINE_FACTORS[name][0] for name, total in per_agent.items())
    return Anthracycline(round(given, 1), round(planned, 1), rows, tuple(sorted(unconverted)))


def has_anthracycline(cycle: Cycle) -> bool:
    return any(a.agent in ANTHRACYCLINE_FACTORS for a in cycle.agents)


@dataclass(frozen=True)
class OrganFinding:
    """One line for the plan: a code, the agent (if any), the numbers, and the source (or none)."""

    code: str
    agent: str = ""
    value: float | None = None
    when: date | None = None
    source: str = ""


def organ_findings(
    cycle: Cycle, results: Iterable[OrganResult], *, age_years: int, female: bool
) -> tuple[OrganFinding, ...]:
    """What organ function says about this plan. ``check_local_protocol`` where no source gives the rule."""
    results = tuple(results)
    day1 = cycle.start
    found: list[OrganFinding] = []
    creat = latest(results, "creatinine_mg_dl", day1)
    clearance: float | None = None
    if creat is not None and creat.creatinine_mg_dl is not None and cycle.weight_kg is not None:
        clearance = cockcroft_gault(age_years, cycle.weight_kg, creat.creatinine_mg_dl, female)
        found.append(OrganFinding("creatinine_clearance", value=clearance, when=creat.date, source=CG_CITATION))
    elif creat is None:
        found.append(OrganFinding("no_creatinine"))
    else:
        found.append(OrganFinding("clearance_needs_weight", when=creat.date))
    for agent in cycle.agents:
        renal = agent.agent in RENAL_CHECK_AGENTS or (
            agent.agent == "cytarabine"
            and agent.dose is not None
            and (agent.dose if agent.unit == "g/m2" else agent.dose / 1000.0 if agent.unit == "mg/m2" else 0.0)
            >= CYTARABINE_RENAL_CHECK_G_M2
        )
        if renal:
            found.append(OrganFinding("renal_check_local_protocol", agent=agent.agent, value=clearance))
        if agent.agent == "venetoclax":
            bili = latest(results, "bilirubin_mg_dl", day1)
            found.append(
                OrganFinding(
                    "venetoclax_hepatic",
                    agent="venetoclax",
                    value=bili.bilirubin_mg_dl if bili else None,
                    when=bili.date if bili else None,
                    source="Venclexta label",
                )
            )
    if has_anthracycline(cycle):
        lvef = latest(results, "lvef_percent", day1)
        if lvef is None or lvef.lvef_percent is None:
            found.append(OrganFinding("lvef_missing"))
        else:
            code = "lvef_low" if lvef.lvef_percent <= LVEF_FERRARA_LIMIT[0] else "lvef_recorded"
            found.append(OrganFinding(code, value=lvef.lvef_percent, when=lvef.date, source=LVEF_FERRARA_LIMIT[1]))
    return tuple(found)


def with_organ_results(extensions: Any, results: Iterable[OrganResult]) -> dict[str, Any]:
    ordered = sorted(results, key=lambda r: r.date)
    return with_extension_list(extensions, "organ_results", [organ_to_json(r) for r in ordered])
