"""Chemotherapy cycles: the plan from the regimen catalog, modifications, what was given, the calendar.

A cycle lives in the case file's ``extensions["aml_desktop"]["cycles"]`` (the case format is
fixed), as plain JSON written by ``cycle_to_json`` and read back by ``cycle_from_json``: the
round trip is exact. Everything here is a pure calculation on those records; words are in
``present.cycles``. Each number names its source (``engine.citations``):

* BSA: Mosteller 1987 (``bsa.body_surface_area``) from the height and weight recorded FOR the
  cycle; a weight older than ``CycleSettings.weight_max_age_days`` (default 7, Issue 15 [IMPL])
  on day 1, or none, is a warning.
* Rounding to the clinic's stocked strengths only within ``rounding_tolerance_percent`` (default
  10 %, Issue 15 [IMPL]) and never for an agent the clinic marks "do not round".
* Cumulative totals come from what was GIVEN (administrations), never from the plan.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, Final

from .app_data import app_block, updated_extensions
from .bsa import BSA_M2_RANGE, body_surface_area, calculate_dose, check_height_cm, check_weight_kg, round_amount
from .catalog import Dose, Regimen
from .sentences import Listing, say

#: Issue 15 [IMPL]: a weight older than this on day 1 is a warning (weigh again before dosing).
DEFAULT_WEIGHT_MAX_AGE_DAYS: Final = 7
#: Issue 15 [IMPL], "the common pharmacy practice": round to stock only within this many percent.
DEFAULT_ROUNDING_TOLERANCE_PERCENT: Final = 10.0

MODIFICATION_REASONS: Final = ("renal", "hepatic", "counts", "toxicity", "age", "patient_choice", "other")
ADMINISTRATION_STATUSES: Final = ("given", "held", "reduced")
_DAY_LIST: Final = re.compile(r"^\d+(?:\s*-\s*\d+)?(?:\s*,\s*\d+(?:\s*-\s*\d+)?)*$")


class CycleError(ValueError):
    """A cycle record or an entry in it is not valid; the message names the field."""


@dataclass(frozen=True)
class CycleSettings:
    """The clinic's settings for planning (all defaults from issue 15; BSA cap off)."""

    weight_max_age_days: int = DEFAULT_WEIGHT_MAX_AGE_DAYS
    bsa_cap_m2: float | None = None
    rounding_tolerance_percent: float = DEFAULT_ROUNDING_TOLERANCE_PERCENT
    #: agent -> stocked strengths in the agent's absolute unit (vial or tablet sizes, mg or ug).
    strengths: Mapping[str, tuple[float, ...]] = field(default_factory=dict)
    #: agents whose dose must never be rounded.
    never_round: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if self.weight_max_age_days < 0:
            raise CycleError(say("weight_max_age_days: must be 0 or more"))
        if self.bsa_cap_m2 is not None and not BSA_M2_RANGE[0] <= self.bsa_cap_m2 <= BSA_M2_RANGE[1]:
            raise CycleError(
                say("bsa_cap_m2: must be between {low} and {high} m2", low=BSA_M2_RANGE[0], high=BSA_M2_RANGE[1])
            )
        if not 0 <= self.rounding_tolerance_percent <= 50:
            raise CycleError(say("rounding_tolerance_percent: must be between 0 and 50"))
        for agent, sizes in self.strengths.items():
            if not sizes or any(not math.isfinite(s) or s <= 0 for s in sizes):
                raise CycleError(say("strengths[{agent}]: every strength must be a number above 0", agent=agent))


@dataclass(frozen=True)
class Modification:
    """A dose change: ``percent`` of the calculated dose, or a ``new_dose`` in the absolute unit."""

    reason: str
    by: str
    on: date
    percent: float | None = None
    new_dose: float | None = None
    text: str = ""
    from_day: int = 1  # the first cycle day the change applies to (earlier days keep the earlier dose)

    def __post_init__(self) -> None:
        if self.from_day < 1:
            raise CycleError(say("modification from day: must be 1 or more"))
        if self.reason not in MODIFICATION_REASONS:
            raise CycleError(
                say(
                    "modification reason: {reason} is not one of {items}",
                    reason=repr(self.reason),
                    items=Listing(tuple(MODIFICATION_REASONS), ", "),
                )
            )
        if (self.percent is None) == (self.new_dose is None):
            raise CycleError(say("modification: give either a percentage or a new dose, not both or neither"))
        if self.percent is not None and not 0 < self.percent <= 200:
            raise CycleError(say("modification percent: must be above 0 and at most 200"))
        if self.new_dose is not None and not (math.isfinite(self.new_dose) and self.new_dose > 0):
            raise CycleError(say("modification new dose: must be a number above 0"))
        if not self.by.strip():
            raise CycleError(say("modification: who made it is required"))
        if self.reason == "other" and not self.text.strip():
            raise CycleError(say("modification reason 'other': the reason must be written out"))


@dataclass(frozen=True)
class PlannedAgent:
    """One agent of the cycle: the published line, the computed dose, and the dose ordered."""

    agent: str
    dose: float | None  # as published (per m2, per kg or flat)
    unit: str  # as published: mg/m2, g/m2, mg/kg, ug/kg, mg
    route: str
    days: tuple[int, ...]  # cycle days; empty when the source gives no day list (see schedule)
    schedule: str  # the published days text
    source: str
    abs_unit: str  # mg or ug
    exact: float | None  # computed from body size (after cap), before modification and rounding
    capped: bool = False  # the dose line's own cap (e.g. gemtuzumab 4.5 mg) applied
    modification: Modification | None = None
    rounded: float | None = None  # the stocked amount, when rounding applied
    rounding_note: str = ""  # code: "" | "rounded" | "outside_tolerance" | "never_round" | "no_strengths"
    previous: float | None = None  # the dose to give before the modification (days before its from_day)

    @property
    def modified(self) -> float | None:
        """The exact dose after the modification (not rounded)."""
        change = self.modification
        if change is None:
            return self.exact
        if change.new_dose is not None:
            return change.new_dose
        if self.exact is None or change.percent is None:
            return None
        return round_amount(self.exact * change.percent / 100.0)

    @property
    def ordered(self) -> float | None:
        """What is to be given per administration: the rounded amount if rounding applied, else the modified."""
        return self.rounded if self.rounded is not None else self.modified

    def ordered_on(self, day: int) -> float | None:
        """The dose to give on a cycle day: days before the modification's first day keep the earlier dose."""
        if self.modification is not None and day < self.modification.from_day:
            return self.previous
        return self.ordered


@dataclass(frozen=True)
class Administration:
    """What happened for one agent on one cycle day."""

    day: int
    agent: str
    status: str  # given | held | reduced
    dose_given: float | None  # absolute unit; None when held
    by: str
    note: str = ""

    def __post_init__(self) -> None:
        if self.status not in ADMINISTRATION_STATUSES:
            raise CycleError(
                say("administration status: {status} is not one of given, held, reduced", status=repr(self.status))
            )
        if self.day < 1:
            raise CycleError(say("administration day: must be 1 or more"))
        if self.status == "held" and self.dose_given not in (None, 0):
            raise CycleError(say("administration: a held dose has no dose given"))
        if self.status != "held" and (
            self.dose_given is None or not math.isfinite(self.dose_given) or self.dose_given <= 0
        ):
            raise CycleError(
                say("administration day {day} {agent}: the dose given must be above 0", day=self.day, agent=self.agent)
            )
        if not self.by.strip():
            raise CycleError(say("administration: who recorded it is required"))


@dataclass(frozen=True)
class Cycle:
    """One planned cycle and what was given in it."""

    id: str
    regimen: str
    phase: str
    cycle: int
    start: date
    planned_by: str
    height_cm: float | None
    weight_kg: float | None
    weight_date: date | None
    agents: tuple[PlannedAgent, ...]
    administrations: tuple[Administration, ...] = ()
    length_days: int | None = None
    #: the BSA the doses were computed from (the clinic's cap, if it applied at planning), m2
    bsa_m2: float | None = None

    @property
    def bsa_uncapped(self) -> float | None:
        if self.height_cm is None or self.weight_kg is None:
            return None
        return body_surface_area(self.height_cm, self.weight_kg)

    def day_of(self, day: date) -> int:
        """Cycle day of a calendar date (day 1 = start date)."""
        return (day - self.start).days + 1

    def date_of(self, cycle_day: int) -> date:
        return self.start + timedelta(days=cycle_day - 1)

    @property
    def last_day(self) -> int:
        """The calendar's last day: the cycle length if known, else the last dosing day."""
        dosing = max((d for a in self.agents for d in a.days), default=1)
        return max(self.length_days or 0, dosing)


def parse_days(text: str) -> tuple[int, ...]:
    """``"1-6"`` -> (1..6), ``"1, 3, 5"`` -> (1, 3, 5); any other text -> () (no day list)."""
    text = text.strip()
    if not _DAY_LIST.match(text):
        return ()
    days: set[int] = set()
    for part in text.split(","):
        bounds = [int(x) for x in part.split("-")]
        low, high = bounds[0], bounds[-1]
        days.update(range(low, high + 1))
    return tuple(sorted(days))


def round_to_stock(amount: float, strengths: Sequence[float], tolerance_percent: float) -> tuple[float | None, str]:
    """The nearest amount made of the smallest stocked strength, if within the tolerance.

    Returns ``(rounded, code)``: code ``rounded`` (rounded is the amount), ``outside_tolerance``
    (rounded is None: the exact dose stands). A rounding to zero is never offered.
    """
    if not strengths:
        return None, "no_strengths"
    step = min(strengths)
    candidate = round_amount(round(amount / step) * step)
    if candidate <= 0:
        return None, "outside_tolerance"
    if abs(candidate - amount) / amount * 100.0 > tolerance_percent + 1e-9:
        return None, "outside_tolerance"
    return candidate, "rounded"


def plan_bsa(height_cm: float | None, weight_kg: float | None, settings: CycleSettings) -> tuple[float | None, bool]:
    """The BSA the doses use and whether the clinic's cap reduced it."""
    if height_cm is None or weight_kg is None:
        return None, False
    bsa = body_surface_area(height_cm, weight_kg)
    if settings.bsa_cap_m2 is not None and bsa > settings.bsa_cap_m2:
        return settings.bsa_cap_m2, True
    return bsa, False


def _planned(line: Dose, bsa: float | None, weight: float | None, settings: CycleSettings) -> PlannedAgent:
    computed = calculate_dose(line, bsa, weight)
    if computed is not None:
        exact: float | None = computed.amount
        abs_unit, capped = computed.unit, computed.capped
    elif line.unit == "mg" and line.amount is not None:
        exact, abs_unit, capped = float(line.amount), "mg", False
    else:
        exact, abs_unit, capped = None, "ug" if line.unit == "ug/kg" else "mg", False
    agent = PlannedAgent(
        agent=line.agent,
        dose=line.amount,
        unit=line.unit,
        route=line.route,
        days=parse_days(line.days),
        schedule=line.days,
        source=line.source,
        abs_unit=abs_unit,
        exact=exact,
        capped=capped,
    )
    return apply_rounding(agent, settings)


def apply_rounding(agent: PlannedAgent, settings: CycleSettings) -> PlannedAgent:
    """Round the (modified) dose to stock where allowed; the exact dose is always kept."""
    amount = agent.modified
    if amount is None:
        return replace(agent, rounded=None, rounding_note="")
    if agent.agent in settings.never_round:
        return replace(agent, rounded=None, rounding_note="never_round")
    strengths = settings.strengths.get(agent.agent, ())
    rounded, code = round_to_stock(amount, strengths, settings.rounding_tolerance_percent)
    if rounded is not None and math.isclose(rounded, amount):
        rounded = None
        code = "exact_in_stock"
    return replace(agent, rounded=rounded, rounding_note=code)


def plan_cycle(
    regimen: Regimen,
    *,
    cycle_id: str,
    phase: str,
    cycle_number: int,
    start: date,
    planned_by: str,
    height_cm: float | None,
    weight_kg: float | None,
    weight_date: date | None,
    settings: CycleSettings,
) -> Cycle:
    """A new cycle of ``regimen`` with every dose computed from THIS cycle's height and weight."""
    if not planned_by.strip():
        raise CycleError(say("planned by: the planning clinician is required"))
    if cycle_number < 1:
        raise CycleError(say("cycle: must be 1 or more"))
    if height_cm is not None:
        check_height_cm(height_cm)
    if weight_kg is not None:
        check_weight_kg(weight_kg)
    if weight_kg is not None and weight_date is None:
        raise CycleError(say("weight date: the date the weight was measured is required"))
    bsa, _ = plan_bsa(height_cm, weight_kg, settings)
    length = calendar_length(regimen, phase)
    agents = tuple(
        replace(agent, days=tuple(range(1, (length or 1) + 1)))
        if not agent.days and is_continuous(agent.schedule)
        else agent
        for agent in (_planned(line, bsa, weight_kg, settings) for line in regimen.doses)
    )
    return Cycle(
        id=cycle_id,
        regimen=regimen.code,
        phase=phase,
        cycle=cycle_number,
        start=start,
        planned_by=planned_by.strip(),
        height_cm=height_cm,
        weight_kg=weight_kg,
        weight_date=weight_date,
        agents=agents,
        length_days=length,
        bsa_m2=bsa,
    )


#: Issue 15 [IMPL]: an intensive induction's calendar runs to day 35 (the marrow is due by then).
INDUCTION_CALENDAR_DAYS: Final = 35
#: Issue 15 [IMPL]: a continuous daily drug without a catalog cycle length gets a one-month road map.
CONTINUOUS_CALENDAR_DAYS: Final = 28


def is_continuous(days_text: str) -> bool:
    """A dose line given every day without end ("once daily, continuous")."""
    text = days_text.lower()
    return "daily" in text and "continuous" in text


def calendar_length(regimen: Regimen, phase: str) -> int | None:
    """The catalog's cycle length; else day 35 for an intensive (re)induction; else the last dosing day."""
    if regimen.cycle_days:
        return regimen.cycle_days
    if regimen.intensity == "intensive" and phase in ("induction", "reinduction"):
        return INDUCTION_CALENDAR_DAYS
    if any(is_continuous(line.days) for line in regimen.doses):
        return CONTINUOUS_CALENDAR_DAYS
    return None


def modify(cycle: Cycle, agent: str, modification: Modification, settings: CycleSettings) -> Cycle:
    """The cycle with ``agent``'s dose modified (then rounded again within the tolerance)."""
    names = [a.agent for a in cycle.agents]
    if agent not in names:
        raise CycleError(say("modification: {agent!r} is not an agent of this cycle", agent=agent))
    if modification.from_day > cycle.last_day:
        raise CycleError(
            say("modification from day: this cycle's calendar ends on day {last_day}", last_day=cycle.last_day)
        )
    agents = tuple(
        apply_rounding(
            replace(a, modification=modification, previous=a.ordered_on(modification.from_day - 1)), settings
        )
        if a.agent == agent
        else a
        for a in cycle.agents
    )
    return replace(cycle, agents=agents)


def record(cycle: Cycle, entry: Administration) -> Cycle:
    """The cycle with ``entry`` recorded (replacing an earlier entry for the same day and agent)."""
    planned = {a.agent: a for a in cycle.agents}
    if entry.agent not in planned:
        raise CycleError(say("administration: {agent!r} is not an agent of this cycle", agent=entry.agent))
    kept = tuple(a for a in cycle.administrations if (a.day, a.agent) != (entry.day, entry.agent))
    return replace(cycle, administrations=tuple(sorted((*kept, entry), key=lambda a: (a.day, a.agent))))


@dataclass(frozen=True)
class WeightCheck:
    """Whether the weight the plan rests on is usable: code ``ok``, ``missing`` or ``stale``."""

    code: str
    age_days: int | None


def weight_check(cycle: Cycle, settings: CycleSettings) -> WeightCheck:
    """``stale`` when the weight was measured more than ``weight_max_age_days`` before day 1."""
    if cycle.weight_kg is None or cycle.weight_date is None:
        return WeightCheck("missing", None)
    age = (cycle.start - cycle.weight_date).days
    return WeightCheck("stale" if age > settings.weight_max_age_days else "ok", age)


def given_totals(cycles: Iterable[Cycle]) -> dict[tuple[str, str], float]:
    """(agent, unit) -> total amount actually given (given and reduced entries), across ``cycles``."""
    totals: dict[tuple[str, str], float] = {}
    for cycle in cycles:
        units = {a.agent: a.abs_unit for a in cycle.agents}
        for entry in cycle.administrations:
            if entry.dose_given is not None and entry.status != "held":
                key = (entry.agent, units[entry.agent])
                totals[key] = totals.get(key, 0.0) + entry.dose_given
    return {k: round_amount(v) for k, v in totals.items()}


def current_cycle(cycles: Iterable[Cycle], today: date) -> tuple[Cycle, int] | None:
    """The latest started cycle whose calendar covers ``today``, with today's cycle day."""
    running = [c for c in cycles if c.start <= today and c.day_of(today) <= c.last_day]
    if not running:
        return None
    latest = max(running, key=lambda c: c.start)
    return latest, latest.day_of(today)


# --- the case file's extension block ------------------------------------------------------------------


def _date_text(value: date | None) -> str | None:
    return value.isoformat() if value else None


def cycle_to_json(cycle: Cycle) -> dict[str, Any]:
    """The cycle as the JSON stored in ``extensions["aml_desktop"]["cycles"]``."""
    return {
        "id": cycle.id,
        "regimen": cycle.regimen,
        "phase": cycle.phase,
        "cycle": cycle.cycle,
        "start": cycle.start.isoformat(),
        "planned_by": cycle.planned_by,
        "height_cm": cycle.height_cm,
        "weight_kg": cycle.weight_kg,
        "weight_date": _date_text(cycle.weight_date),
        "length_days": cycle.length_days,
        "bsa_m2": cycle.bsa_m2,
        "agents": [
            {
                "agent": a.agent,
                "dose": a.dose,
                "unit": a.unit,
                "route": a.route,
                "days": list(a.days),
                "schedule": a.schedule,
                "source": a.source,
                "abs_unit": a.abs_unit,
                "exact": a.exact,
                "capped": a.capped,
                "rounded": a.rounded,
                "rounding": a.rounding_note,
                "previous": a.previous,
                "modification": None
                if a.modification is None
                else {
                    "reason": a.modification.reason,
                    "text": a.modification.text,
                    "by": a.modification.by,
                    "on": a.modification.on.isoformat(),
                    "percent": a.modification.percent,
                    "new_dose": a.modification.new_dose,
                    "from_day": a.modification.from_day,
                },
            }
            for a in cycle.agents
        ],
        "administrations": [
            {"day": e.day, "agent": e.agent, "status": e.status, "dose_given": e.dose_given, "by": e.by, "note": e.note}
            for e in cycle.administrations
        ],
    }


def _get(raw: Mapping[str, Any], key: str, where: str, kinds: tuple[type, ...], *, optional: bool = False) -> Any:
    value = raw.get(key)
    if value is None and optional:
        return None
    if (isinstance(value, bool) and bool not in kinds) or not isinstance(value, kinds):
        raise CycleError(
            say(
                "{where}.{key}: must be {kind}, not {value}",
                where=where,
                key=key,
                kind=kinds[0].__name__,
                value=repr(value),
            )
        )
    return value


def _day(raw: Mapping[str, Any], key: str, where: str, *, optional: bool = False) -> date | None:
    text = _get(raw, key, where, (str,), optional=optional)
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CycleError(say("{where}.{key}: {text!r} is not a date", where=where, key=key, text=text)) from None


def _num(raw: Mapping[str, Any], key: str, where: str) -> float | None:
    value = _get(raw, key, where, (int, float), optional=True)
    return None if value is None else float(value)


def cycle_from_json(raw: Any, where: str = "cycle") -> Cycle:
    """Read one stored cycle; ``CycleError`` naming the field when it cannot be read."""
    if not isinstance(raw, Mapping):
        raise CycleError(say("{where}: must be an object", where=where))
    agents: list[PlannedAgent] = []
    for i, a in enumerate(_get(raw, "agents", where, (list,))):
        w = f"{where}.agents[{i}]"
        if not isinstance(a, Mapping):
            raise CycleError(say("{where}: must be an object", where=w))
        mod_raw = a.get("modification")
        modification = None
        if mod_raw is not None:
            mw = f"{w}.modification"
            if not isinstance(mod_raw, Mapping):
                raise CycleError(say("{where}: must be an object", where=mw))
            on = _day(mod_raw, "on", mw)
            assert on is not None
            modification = Modification(
                reason=_get(mod_raw, "reason", mw, (str,)),
                text=_get(mod_raw, "text", mw, (str,), optional=True) or "",
                by=_get(mod_raw, "by", mw, (str,)),
                on=on,
                percent=_num(mod_raw, "percent", mw),
                new_dose=_num(mod_raw, "new_dose", mw),
                from_day=_get(mod_raw, "from_day", mw, (int,), optional=True) or 1,
            )
        days = _get(a, "days", w, (list,))
        if any(isinstance(d, bool) or not isinstance(d, int) or d < 1 for d in days):
            raise CycleError(say("{where}.days: must be whole numbers 1 or more", where=w))
        agents.append(
            PlannedAgent(
                agent=_get(a, "agent", w, (str,)),
                dose=_num(a, "dose", w),
                unit=_get(a, "unit", w, (str,)),
                route=_get(a, "route", w, (str,)),
                days=tuple(days),
                schedule=_get(a, "schedule", w, (str,)),
                source=_get(a, "source", w, (str,)),
                abs_unit=_get(a, "abs_unit", w, (str,)),
                exact=_num(a, "exact", w),
                capped=bool(_get(a, "capped", w, (bool,), optional=True)),
                modification=modification,
                rounded=_num(a, "rounded", w),
                rounding_note=_get(a, "rounding", w, (str,), optional=True) or "",
                previous=_num(a, "previous", w),
            )
        )
    entries: list[Administration] = []
    for i, e in enumerate(_get(raw, "administrations", where, (list,), optional=True) or []):
        w = f"{where}.administrations[{i}]"
        if not isinstance(e, Mapping):
            raise CycleError(say("{where}: must be an object", where=w))
        entries.append(
            Administration(
                day=_get(e, "day", w, (int,)),
                agent=_get(e, "agent", w, (str,)),
                status=_get(e, "status", w, (str,)),
                dose_given=_num(e, "dose_given", w),
                by=_get(e, "by", w, (str,)),
                note=_get(e, "note", w, (str,), optional=True) or "",
            )
        )
    start = _day(raw, "start", where)
    assert start is not None
    cycle = Cycle(
        id=_get(raw, "id", where, (str,)),
        regimen=_get(raw, "regimen", where, (str,)),
        phase=_get(raw, "phase", where, (str,)),
        cycle=_get(raw, "cycle", where, (int,)),
        start=start,
        planned_by=_get(raw, "planned_by", where, (str,)),
        height_cm=_num(raw, "height_cm", where),
        weight_kg=_num(raw, "weight_kg", where),
        weight_date=_day(raw, "weight_date", where, optional=True),
        agents=tuple(agents),
        administrations=tuple(entries),
        length_days=_get(raw, "length_days", where, (int,), optional=True),
        bsa_m2=_num(raw, "bsa_m2", where),
    )
    known = {a.agent for a in cycle.agents}
    for i, e in enumerate(cycle.administrations):
        if e.agent not in known:
            raise CycleError(
                say(
                    "{where}.administrations[{i}].agent: {agent!r} is not an agent of this cycle",
                    where=where,
                    i=i,
                    agent=e.agent,
                )
            )
    return cycle


def extension_list(extensions: Any, key: str) -> list[Any]:
    """The list ``extensions["aml_desktop"][key]`` ([] when absent); ``CycleError`` when it is not a list."""
    raw = app_block(extensions).get(key)
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise CycleError(say('extensions["aml_desktop"]["{key}"]: must be a list', key=key))
    return raw


def with_extension_list(extensions: Any, key: str, items: list[Any]) -> dict[str, Any]:
    """A copy of ``extensions`` whose ``aml_desktop[key]`` holds ``items`` (every other key kept; none: removed)."""
    return updated_extensions(extensions, **{key: items})


def read_cycles(extensions: Any) -> tuple[Cycle, ...]:
    """Every cycle in a case's extensions, oldest first (``CycleError`` naming the entry if one is bad)."""
    where = 'extensions["aml_desktop"]["cycles"]'
    cycles = [cycle_from_json(c, f"{where}[{i}]") for i, c in enumerate(extension_list(extensions, "cycles"))]
    return tuple(sorted(cycles, key=lambda c: (c.start, c.id)))


def with_cycles(extensions: Any, cycles: Iterable[Cycle]) -> dict[str, Any]:
    """A copy of ``extensions`` whose ``aml_desktop.cycles`` holds ``cycles`` (every other key kept)."""
    ordered = sorted(cycles, key=lambda c: (c.start, c.id))
    return with_extension_list(extensions, "cycles", [cycle_to_json(c) for c in ordered])


def settings_to_json(settings: CycleSettings) -> dict[str, Any]:
    """The clinic's cycle settings as stored (``clinic_settings.cycle_settings``)."""
    return {
        "weight_max_age_days": settings.weight_max_age_days,
        "bsa_cap_m2": settings.bsa_cap_m2,
        "rounding_tolerance_percent": settings.rounding_tolerance_percent,
        "strengths": {agent: list(sizes) for agent, sizes in sorted(settings.strengths.items())},
        "never_round": sorted(settings.never_round),
    }


def settings_from_json(raw: Any) -> CycleSettings:
    """Read stored cycle settings (``None``: the defaults); ``CycleError`` naming the field."""
    if raw is None:
        return CycleSettings()
    where = "cycle_settings"
    if not isinstance(raw, Mapping):
        raise CycleError(say("{where}: must be an object", where=where))
    strengths_raw = _get(raw, "strengths", where, (dict,), optional=True) or {}
    strengths: dict[str, tuple[float, ...]] = {}
    for agent, sizes in strengths_raw.items():
        if not isinstance(sizes, list) or any(isinstance(s, bool) or not isinstance(s, int | float) for s in sizes):
            raise CycleError(say("{where}.strengths[{agent}]: must be a list of numbers", where=where, agent=agent))
        strengths[str(agent)] = tuple(float(s) for s in sizes)
    never = _get(raw, "never_round", where, (list,), optional=True) or []
    days = _get(raw, "weight_max_age_days", where, (int,), optional=True)
    tolerance = _num(raw, "rounding_tolerance_percent", where)
    return CycleSettings(
        weight_max_age_days=DEFAULT_WEIGHT_MAX_AGE_DAYS if days is None else days,
        bsa_cap_m2=_num(raw, "bsa_cap_m2", where),
        rounding_tolerance_percent=DEFAULT_ROUNDING_TOLERANCE_PERCENT if tolerance is None else tolerance,
        strengths=strengths,
        never_round=frozenset(str(a) for a in never),
    )
