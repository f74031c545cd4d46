"""The regimen catalog: what each regimen of clinical-spec.md §7 needs, and its published doses.

The data live in ``resources/regimens.json`` so that a reviewer can check every dose line
against clinical-reference.md §5 without reading code. Only numbers tagged [V] or [V2]
there are entered; a regimen without a verified schedule has no dose lines and a note
saying "check local protocol". The file is validated strictly on first load: a catalog
that names an unknown agent, category or citation is a programming error, and failing
loudly is safer than recommending from a half-read table.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Final

from . import codes
from .citations import CITATIONS
from .settings import Formulary

#: Units a dose line may use. Per-m2 and per-kg amounts are converted by ``bsa.dose_amount``.
UNITS: Final = ("mg/m2", "g/m2", "mg", "ug/kg", "mg/kg")
#: Routes a dose line may use.
ROUTES: Final = ("IV", "SC", "IV or SC", "oral")

#: clinical-spec.md §8.8: what is printed where no verified schedule applies.
CHECK_LOCAL_PROTOCOL: Final = "check local protocol"
#: clinical-spec.md §8.8: FLAG-IDA's verified schedule is the under-60 one (clinical-reference §5.1 [V]).
VERIFIED_SCHEDULE_BELOW_AGE: Final = {"FLAG-IDA": 60}

_DAY_LIST: Final = re.compile(r"\d+(?:\s*-\s*\d+)?(?:\s*,\s*\d+(?:\s*-\s*\d+)?)*")

_REGIMEN_FIELDS: Final = (
    "code",
    "name",
    "category",
    "intensity",
    "requires",
    "capability",
    "doses",
    "cycle_days",
    "sources",
    "notes",
    "warnings",
    "wbc_ceiling",
)
_DOSE_FIELDS: Final = ("agent", "amount", "unit", "route", "days", "note", "max_amount", "source")


class CatalogError(ValueError):
    """The regimen catalog file is malformed; the message names the entry and the field."""


@dataclass(frozen=True)
class Dose:
    """One published dose line of a regimen.

    ``amount`` is ``None`` when the source gives no verified number (the note then says
    what to check). ``max_amount`` is a cap on the computed absolute amount, in the unit
    ``bsa.dose_amount`` returns (mg for mg/m2 and g/m2, ug for ug/kg), e.g. gemtuzumab
    ozogamicin 4.5 mg per dose. ``source`` is a citation id from ``citations.CITATIONS``.
    """

    agent: str
    amount: float | None
    unit: str
    route: str
    days: str
    note: str = ""
    max_amount: float | None = None
    source: str = ""

    @property
    def schedule(self) -> str:
        """``days`` ready to print: "days 1-6" for a list of cycle days, else the text as written.

        ``days`` holds cycle days ("1-6", "2, 3, 4") for chemotherapy, but plain words for
        continuous or open-ended dosing ("once daily, continuous"), which must not get a prefix.
        """
        if _DAY_LIST.fullmatch(self.days):
            return f"day {self.days}" if self.days.isdigit() else f"days {self.days}"
        return self.days


@dataclass(frozen=True)
class Regimen:
    """A regimen code with what it needs from the formulary and what it carries.

    ``requires`` is a tuple of agent groups; each group is satisfied by any one of its
    agents (7+3: cytarabine, and daunorubicin or idarubicin). ``warnings`` are flag codes
    the regimen always carries; ``wbc_ceiling`` (x10^9/L) is the label's upper WBC limit
    before starting, above which cytoreduction comes first.
    """

    code: str
    name: str
    category: str
    intensity: str
    requires: tuple[tuple[str, ...], ...]
    capability: str | None
    doses: tuple[Dose, ...]
    cycle_days: int | None
    sources: tuple[str, ...]
    notes: tuple[str, ...]
    warnings: tuple[str, ...] = ()
    wbc_ceiling: float | None = None

    @property
    def agents(self) -> tuple[str, ...]:
        """Every agent named in ``requires``, in order, without repeats."""
        return tuple(dict.fromkeys(agent for group in self.requires for agent in group))


class Catalog:
    """All regimens, in the order of ``codes.REGIMENS``."""

    def __init__(self, regimens: tuple[Regimen, ...]) -> None:
        self._by_code: dict[str, Regimen] = {r.code: r for r in regimens}
        self._order = tuple(r.code for r in regimens)

    def get(self, code: str) -> Regimen:
        """The regimen for ``code``; ``KeyError`` naming the code if it is unknown."""
        try:
            return self._by_code[code]
        except KeyError:
            raise KeyError(f"unknown regimen code {code!r}") from None

    def all(self) -> tuple[Regimen, ...]:
        return tuple(self._by_code[c] for c in self._order)

    def codes(self) -> tuple[str, ...]:
        return self._order

    def in_category(self, category: str) -> tuple[Regimen, ...]:
        """Regimens of one category code, in catalog order (empty for a category without regimens)."""
        if category not in codes.CATEGORIES:
            raise KeyError(f"unknown category code {category!r}")
        return tuple(r for r in self.all() if r.category == category)

    def schedule(self, code: str, age_years: int) -> tuple[Dose, ...]:
        """The verified dose lines to print for this patient; empty means "check local protocol".

        clinical-spec.md §8.8: every listed regimen prints a schedule or "check local protocol",
        never blank. AZA, DEC and LDAC alone have no verified monotherapy schedule (their verified
        doses are venetoclax backbones); FLAG-IDA's verified schedule is the under-60 one [V].
        """
        regimen = self.get(code)
        limit = VERIFIED_SCHEDULE_BELOW_AGE.get(code)
        if limit is not None and age_years >= limit:
            return ()
        if not any(d.amount is not None for d in regimen.doses):
            return ()
        return regimen.doses

    def missing(self, code: str, formulary: Formulary) -> tuple[str, ...]:
        """Formulary keys the clinic lacks for ``code``: the "why" of a fallback.

        For a group of alternatives (daunorubicin or idarubicin) every alternative is
        listed when none is stocked; the capability comes last. Empty when available.
        """
        regimen = self.get(code)
        lacking: list[str] = []
        for group in regimen.requires:
            if not any(formulary.has(agent) for agent in group):
                lacking.extend(group)
        if regimen.capability is not None and not formulary.has(regimen.capability):
            lacking.append(regimen.capability)
        return tuple(lacking)

    def is_available(self, code: str, formulary: Formulary) -> bool:
        """True when every agent group is stocked and the capability is present (BSC always)."""
        return not self.missing(code, formulary)


def _fail(where: str, problem: str) -> CatalogError:
    return CatalogError(f"regimens.json: {where}: {problem}")


def _exact_keys(obj: Any, allowed: tuple[str, ...], where: str) -> Mapping[str, Any]:
    if not isinstance(obj, dict):
        raise _fail(where, f"must be an object, not {type(obj).__name__}")
    extra = sorted(set(obj) - set(allowed))
    absent = [k for k in allowed if k not in obj]
    if extra:
        raise _fail(where, f"unknown field(s) {', '.join(extra)}")
    if absent:
        raise _fail(where, f"missing field(s) {', '.join(absent)}")
    return obj


def _text(value: Any, where: str, *, empty_ok: bool = False) -> str:
    if not isinstance(value, str) or (not empty_ok and not value.strip()):
        raise _fail(where, f"must be {'a' if empty_ok else 'a non-empty'} string, not {value!r}")
    return value


def _texts(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise _fail(where, f"must be a list, not {type(value).__name__}")
    return tuple(_text(v, f"{where}[{i}]") for i, v in enumerate(value))


def _choice(value: Any, allowed: tuple[str, ...], where: str, what: str) -> str:
    if value not in allowed:
        raise _fail(where, f"{value!r} is not a known {what}")
    return str(value)


def _positive(value: Any, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise _fail(where, f"must be a positive number or null, not {value!r}")
    return float(value)


def _source(value: Any, where: str) -> str:
    text = _text(value, where)
    if text not in CITATIONS:
        raise _fail(where, f"citation id {text!r} is not registered in citations.py")
    return text


def _dose(obj: Any, where: str, agents: tuple[str, ...]) -> Dose:
    d = _exact_keys(obj, _DOSE_FIELDS, where)
    agent = _choice(d["agent"], codes.AGENTS, f"{where}.agent", "agent (formulary key)")
    if agent not in agents:
        raise _fail(f"{where}.agent", f"{agent!r} is not among the regimen's required agents")
    unit = _choice(d["unit"], UNITS, f"{where}.unit", "unit")
    max_amount = _positive(d["max_amount"], f"{where}.max_amount")
    if max_amount is not None and unit == "mg":
        raise _fail(f"{where}.max_amount", "a cap only applies to per-m2 or per-kg doses")
    return Dose(
        agent=agent,
        amount=_positive(d["amount"], f"{where}.amount"),
        unit=unit,
        route=_choice(d["route"], ROUTES, f"{where}.route", "route"),
        days=_text(d["days"], f"{where}.days"),
        note=_text(d["note"], f"{where}.note", empty_ok=True),
        max_amount=max_amount,
        source=_source(d["source"], f"{where}.source"),
    )


def _requires(value: Any, where: str) -> tuple[tuple[str, ...], ...]:
    if not isinstance(value, list):
        raise _fail(where, "must be a list of agent groups")
    groups: list[tuple[str, ...]] = []
    for i, group in enumerate(value):
        if not isinstance(group, list) or not group:
            raise _fail(f"{where}[{i}]", "must be a non-empty list of agents (any one of them suffices)")
        groups.append(
            tuple(_choice(a, codes.AGENTS, f"{where}[{i}][{j}]", "agent (formulary key)") for j, a in enumerate(group))
        )
    return tuple(groups)


def _regimen(obj: Any, where: str) -> Regimen:
    r = _exact_keys(obj, _REGIMEN_FIELDS, where)
    code = _choice(r["code"], codes.REGIMENS, f"{where}.code", "regimen code")
    where = f"regimen {code!r}"
    requires = _requires(r["requires"], f"{where}.requires")
    capability = r["capability"]
    if capability is not None:
        capability = _choice(capability, codes.CAPABILITIES, f"{where}.capability", "capability")
    agents = tuple(a for group in requires for a in group)
    if not isinstance(r["doses"], list):
        raise _fail(f"{where}.doses", "must be a list")
    doses = tuple(_dose(d, f"{where}.doses[{i}]", agents) for i, d in enumerate(r["doses"]))
    cycle_days = r["cycle_days"]
    if cycle_days is not None and (isinstance(cycle_days, bool) or not isinstance(cycle_days, int) or cycle_days < 1):
        raise _fail(f"{where}.cycle_days", f"must be a positive whole number or null, not {cycle_days!r}")
    sources = tuple(_source(s, f"{where}.sources[{i}]") for i, s in enumerate(_texts(r["sources"], f"{where}.sources")))
    if not sources:
        raise _fail(f"{where}.sources", "must name at least one citation")
    warnings = tuple(
        _choice(w, codes.FLAGS, f"{where}.warnings[{i}]", "flag code")
        for i, w in enumerate(_texts(r["warnings"], f"{where}.warnings"))
    )
    return Regimen(
        code=code,
        name=_text(r["name"], f"{where}.name"),
        category=_choice(r["category"], codes.CATEGORIES, f"{where}.category", "category code"),
        intensity=_choice(r["intensity"], codes.INTENSITIES, f"{where}.intensity", "intensity"),
        requires=requires,
        capability=capability,
        doses=doses,
        cycle_days=cycle_days,
        sources=sources,
        notes=_texts(r["notes"], f"{where}.notes"),
        warnings=warnings,
        wbc_ceiling=_positive(r["wbc_ceiling"], f"{where}.wbc_ceiling"),
    )


def parse_catalog(data: Any) -> Catalog:
    """Validate decoded ``regimens.json`` content and build the catalog (no file access)."""
    top = _exact_keys(data, ("format", "regimens"), "top level")
    if top["format"] != "aml-regimens/1":
        raise _fail("format", f"expected 'aml-regimens/1', not {top['format']!r}")
    if not isinstance(top["regimens"], list):
        raise _fail("regimens", "must be a list")
    regimens: dict[str, Regimen] = {}
    for i, entry in enumerate(top["regimens"]):
        regimen = _regimen(entry, f"regimens[{i}]")
        if regimen.code in regimens:
            raise _fail(f"regimen {regimen.code!r}", "appears twice")
        regimens[regimen.code] = regimen
    absent = [c for c in codes.REGIMENS if c not in regimens]
    if absent:
        raise _fail("regimens", f"no entry for regimen code(s) {', '.join(absent)}")
    return Catalog(tuple(regimens[c] for c in codes.REGIMENS))


@cache
def load_catalog() -> Catalog:
    """The installed catalog, read once from ``aml_desktop.resources/regimens.json`` and cached."""
    raw = (resources.files("aml_desktop.resources") / "regimens.json").read_text(encoding="utf-8")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise CatalogError(f"regimens.json: not valid JSON: {error}") from None
    return parse_catalog(data)
