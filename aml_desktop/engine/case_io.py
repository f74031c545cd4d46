"""Reading and writing ``aml-case/1`` (case-format.md), strictly.

Every problem names its field path and what is wrong with it, e.g.
``courses[2].start: "2019-13-01" is not a date``. An unknown field is an error: a typo
in clinical data must not pass silently. All problems are collected before raising, so
a clinician fixing a file sees every mistake at once.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

from . import codes, input_rules
from .case import (
    FORMAT,
    Assessment,
    Case,
    Course,
    Decision,
    Diagnosis,
    Fitness,
    Mrd,
    Mutation,
    Patient,
)
from .genes import is_known_gene, normalise_mutation
from .sentences import Listing, join, say

T = TypeVar("T")

# A course may start shortly before the diagnosis is formally dated (pre-phase
# hydroxyurea, for example); more than this is an impossible history (case-format.md).
COURSE_BEFORE_DIAGNOSIS_DAYS = 30

REGIMEN_BY_UPPER = {code.upper(): code for code in codes.REGIMENS}
TRANSPLANT_BY_LOWER = {code.lower(): code for code in codes.TRANSPLANT_TYPES}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a case file: where, and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return say("{path}: {message}", path=self.path, message=self.message) if self.path else self.message


class CaseError(ValueError):
    """A case file that cannot be accepted. ``problems`` lists every issue found."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(problems)
        super().__init__(join("; ", [str(p) for p in self.problems]))


class _Reader:
    """Collects problems while walking a JSON object, one field path at a time."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def obj(self, value: Any, path: str, allowed: tuple[str, ...]) -> Mapping[str, Any] | None:
        if not isinstance(value, dict):
            self.fail(path, say("must be an object, not {value}", value=_describe(value)))
            return None
        for key in value:
            if key not in allowed:
                self.fail(_join(path, key), say("is not a known field"))
        return value

    def get(
        self,
        source: Mapping[str, Any],
        path: str,
        key: str,
        convert: Callable[[Any, str], T | None],
        *,
        required: bool = False,
    ) -> T | None:
        value = source.get(key)
        field_path = _join(path, key)
        if value is None:
            if required:
                self.fail(field_path, say("is required"))
            return None
        return convert(value, field_path)

    # Converters: each returns None after recording a problem.

    def text(self, value: Any, path: str, *, identity: bool = False) -> str | None:
        if not isinstance(value, str):
            self.fail(path, say("must be text, not {value}", value=_describe(value)))
            return None
        if not value.strip():
            self.fail(path, say("must not be empty"))
            return None
        problem = input_rules.text_problem(value, identity=identity)
        if problem is not None:
            self.fail(path, problem)
            return None
        return input_rules.normalise_text(value)

    def line(self, value: Any, path: str) -> str | None:
        """Identity text (a name, a hospital number, an id): one line, nothing invisible."""
        return self.text(value, path, identity=True)

    def day(self, value: Any, path: str) -> date | None:
        parsed = input_rules.parse_day(value)
        if parsed is not None:
            return parsed
        self.fail(path, say("{value} is not a date (YYYY-MM-DD)", value=_show(value)))
        return None

    def boolean(self, value: Any, path: str) -> bool | None:
        if not isinstance(value, bool):
            self.fail(path, say("must be true or false, not {value}", value=_describe(value)))
            return None
        return value

    def number(self, value: Any, path: str, low: float, high: float | None) -> float | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.fail(path, say("must be a number, not {value}", value=_describe(value)))
            return None
        try:
            finite = math.isfinite(value)
        except OverflowError:  # an integer too large for any float
            finite = False
        if not finite:
            self.fail(path, say("{value} is not a finite number", value=_show(value)))
            return None
        if value < low or (high is not None and value > high):
            bound = (
                say("between {low} and {high}", low=_num(low), high=_num(high))
                if high is not None
                else say("{low} or more", low=_num(low))
            )
            shown = _num(value) if abs(value) < 1e15 else _show(value)
            self.fail(path, say("{value} is out of range (must be {bound})", value=shown, bound=bound))
            return None
        return float(value)

    def whole(self, value: Any, path: str, low: int, high: int | None) -> int | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.fail(path, say("must be a whole number, not {value}", value=_describe(value)))
            return None
        if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
            self.fail(path, say("{value} is not a whole number", value=_num(value)))
            return None
        number = int(value)
        if number < low or (high is not None and number > high):
            bound = (
                say("between {low} and {high}", low=low, high=high)
                if high is not None
                else say("{low} or more", low=low)
            )
            self.fail(path, say("{value} is out of range (must be {bound})", value=number, bound=bound))
            return None
        return number

    def choice(self, value: Any, path: str, allowed: tuple[str, ...]) -> str | None:
        if not isinstance(value, str) or value not in allowed:
            self.fail(path, say("{value} is not one of: {allowed}", value=_show(value), allowed=Listing(allowed, ", ")))
            return None
        return value

    def array(self, value: Any, path: str) -> list[Any] | None:
        if not isinstance(value, list):
            self.fail(path, say("must be a list, not {value}", value=_describe(value)))
            return None
        return value


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _num(value: float | int | None) -> float | int | str:
    """A number as its English text has always shown it (``5``, ``2.5``), kept a number where ``{:g}`` agrees
    so the message can write it the language's way."""
    if value is None:
        return ""
    if float(value).is_integer():
        return int(value)
    return value if isinstance(value, float) and f"{value:g}" == str(value) else str(value)


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if _jsonable(value) else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _jsonable(value: Any) -> bool:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return False
    return True


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return say("true/false ({value})", value=_show(value))
    if isinstance(value, (int, float)):
        return say("a number ({value})", value=_show(value))
    if isinstance(value, str):
        return say("text ({value})", value=_show(value))
    if isinstance(value, list):
        return say("a list")
    if isinstance(value, dict):
        return say("an object")
    return type(value).__name__


def _gene(r: _Reader, value: Any, path: str) -> str | None:
    text = r.text(value, path)
    if text is None:
        return None
    # A gene symbol, or a fusion in standard notation: PML::RARA (HGVS/ISCN 2020), PML-RARA, PML/RARA.
    parts = re.split(r"::|/", text)
    if not all(part and all(ch.isalnum() or ch in "-_." for ch in part) for part in parts):
        r.fail(
            path,
            say(
                "{value} is not a gene symbol (letters, digits, '-', '.', '_') or a fusion such as PML::RARA",
                value=_show(value),
            ),
        )
        return None
    return text


def _symbol_reader(r: _Reader, variant: str | None) -> Callable[[Any, str], str | None]:
    """Reads a mutation's gene field as the engine spells it (given the entry's variant), then checks it."""

    def read(value: Any, path: str) -> str | None:
        symbol = normalise_mutation(value, variant).gene if isinstance(value, str) else value
        return _gene(r, symbol, path)

    return read


def _genes(r: _Reader, value: Any, path: str) -> tuple[str, ...] | None:
    items = r.array(value, path)
    if items is None:
        return None
    genes = [_gene(r, item, f"{path}[{i}]") for i, item in enumerate(items)]
    return tuple(g.strip().upper() if is_known_gene(g) else g for g in genes if g is not None)


def _mutations(r: _Reader, value: Any, path: str) -> tuple[Mutation, ...] | None:
    items = r.array(value, path)
    if items is None:
        return None
    result = []
    for i, item in enumerate(items):
        p = f"{path}[{i}]"
        m = r.obj(item, p, ("gene", "variant", "allelic_ratio", "vaf"))
        if m is None:
            continue
        variant = r.get(m, p, "variant", r.text)
        # FLT3-ITD / "FLT3 ITD" -> FLT3 + ITD, as the forms do; then the symbol must be one.
        gene = r.get(m, p, "gene", _symbol_reader(r, variant), required=True)
        ratio = r.get(m, p, "allelic_ratio", _count(r, "allelic_ratio"))
        vaf = r.get(m, p, "vaf", lambda v, q: r.number(v, q, 0, 100))
        if gene is not None:
            result.append(Mutation(gene, normalise_mutation(m["gene"], variant).variant, ratio, vaf))
    return tuple(result)


def _findings(r: _Reader, value: Any, path: str) -> tuple[str, ...] | None:
    items = r.array(value, path)
    if items is None:
        return None
    found = [r.choice(item, f"{path}[{i}]", codes.CYTOGENETIC_FINDINGS) for i, item in enumerate(items)]
    return tuple(f for f in found if f is not None)


def _percent(r: _Reader) -> Callable[[Any, str], float | None]:
    return lambda v, p: r.number(v, p, 0, 100)


def _count(r: _Reader, key: str) -> Callable[[Any, str], float | None]:
    """A count from 0 up to its plausibility limit (``input_rules.COUNT_LIMITS``)."""
    return lambda v, p: r.number(v, p, 0, input_rules.COUNT_LIMITS[key])


def _patient(r: _Reader, value: Any) -> Patient | None:
    p = r.obj(value, "patient", ("id", "hospital_number", "name", "sex", "birth_date"))
    if p is None:
        return None
    birth = r.get(p, "patient", "birth_date", r.day, required=True)
    patient_id = r.get(p, "patient", "id", r.line)
    number = r.get(p, "patient", "hospital_number", r.line)
    name = r.get(p, "patient", "name", r.line)
    sex = r.get(p, "patient", "sex", lambda v, q: r.choice(v, q, codes.SEXES))
    if birth is None:
        return None
    return Patient(birth, patient_id, number, name, sex)


def _diagnosis(r: _Reader, value: Any) -> Diagnosis | None:
    allowed = (
        "date",
        "karyotype",
        "cytogenetic_findings",
        "mutations",
        "tested_genes",
        "cd33_percent",
        "extramedullary",
        "wbc",
    )
    d = r.obj(value, "diagnosis", allowed)
    if d is None:
        return None
    path = "diagnosis"
    when = r.get(d, path, "date", r.day, required=True)
    karyotype = r.get(d, path, "karyotype", r.text)
    findings = r.get(d, path, "cytogenetic_findings", lambda v, q: _findings(r, v, q))
    mutations = r.get(d, path, "mutations", lambda v, q: _mutations(r, v, q))
    tested = r.get(d, path, "tested_genes", lambda v, q: _genes(r, v, q))
    cd33 = r.get(d, path, "cd33_percent", _percent(r))
    emd = r.get(d, path, "extramedullary", r.boolean)
    wbc = r.get(d, path, "wbc", _count(r, "wbc"))
    if when is None:
        return None
    return Diagnosis(when, karyotype, findings or (), mutations or (), tested or (), cd33, emd, wbc)


def canonical_regimen(text: str) -> str:
    """A regimen code in its canonical spelling, or the text unchanged if it is no code."""
    stripped = text.strip()
    return REGIMEN_BY_UPPER.get(stripped.upper()) or TRANSPLANT_BY_LOWER.get(stripped.lower()) or text


def is_known_regimen(text: str) -> bool:
    """True for a regimen code or a transplant type (any case)."""
    stripped = text.strip()
    return stripped.upper() in REGIMEN_BY_UPPER or stripped.lower() in TRANSPLANT_BY_LOWER


def _course(r: _Reader, value: Any, path: str) -> Course | None:
    c = r.obj(value, path, ("phase", "regimen", "start", "end", "cycle", "intensity"))
    if c is None:
        return None
    phase = r.get(c, path, "phase", lambda v, q: r.choice(v, q, codes.PHASES), required=True)
    regimen = r.get(c, path, "regimen", r.text, required=True)
    start = r.get(c, path, "start", r.day, required=True)
    end = r.get(c, path, "end", r.day)
    cycle = r.get(c, path, "cycle", lambda v, q: r.whole(v, q, 1, input_rules.MAX_CYCLE))
    intensity = r.get(c, path, "intensity", lambda v, q: r.choice(v, q, codes.INTENSITIES))
    if regimen is not None:
        if is_known_regimen(regimen):
            regimen = canonical_regimen(regimen)
        elif intensity is None and c.get("intensity") is None:
            r.fail(
                f"{path}.intensity",
                say(
                    "is required because regimen {regimen} is not a regimen code (one of: {intensities})",
                    regimen=_show(regimen),
                    intensities=Listing(codes.INTENSITIES, ", "),
                ),
            )
    if start is not None and end is not None and end < start:
        r.fail(f"{path}.end", say("{end} is before the start {start}", end=end, start=start))
        end = None
    if phase is None or regimen is None or start is None:
        return None
    return Course(phase, regimen, start, end, cycle, intensity)


def _mrd(r: _Reader, value: Any, path: str) -> Mrd | None:
    m = r.obj(value, path, ("status", "method", "value"))
    if m is None:
        return None
    status = r.get(m, path, "status", lambda v, q: r.choice(v, q, codes.MRD_STATUSES), required=True)
    method = r.get(m, path, "method", lambda v, q: r.choice(v, q, codes.MRD_METHODS))
    amount = r.get(m, path, "value", _percent(r))
    if status is None:
        return None
    return Mrd(status, method, amount)


ASSESSMENT_FIELDS = (
    "date",
    "marrow_blasts_percent",
    "circulating_blasts",
    "extramedullary",
    "anc",
    "platelets",
    "hemoglobin",
    "wbc",
    "mrd",
    "mutations",
    "tested_genes",
    "karyotype",
    "cytogenetic_findings",
)


def _assessment(r: _Reader, value: Any, path: str) -> Assessment | None:
    a = r.obj(value, path, ASSESSMENT_FIELDS)
    if a is None:
        return None
    when = r.get(a, path, "date", r.day, required=True)
    result = Assessment(
        date=when or date.min,
        marrow_blasts_percent=r.get(a, path, "marrow_blasts_percent", _percent(r)),
        circulating_blasts=r.get(a, path, "circulating_blasts", r.boolean),
        extramedullary=r.get(a, path, "extramedullary", r.boolean),
        anc=r.get(a, path, "anc", _count(r, "anc")),
        platelets=r.get(a, path, "platelets", _count(r, "platelets")),
        hemoglobin=r.get(a, path, "hemoglobin", _count(r, "hemoglobin")),
        wbc=r.get(a, path, "wbc", _count(r, "wbc")),
        mrd=r.get(a, path, "mrd", lambda v, q: _mrd(r, v, q)),
        mutations=r.get(a, path, "mutations", lambda v, q: _mutations(r, v, q)),
        tested_genes=r.get(a, path, "tested_genes", lambda v, q: _genes(r, v, q)),
        karyotype=r.get(a, path, "karyotype", r.text),
        cytogenetic_findings=r.get(a, path, "cytogenetic_findings", lambda v, q: _findings(r, v, q)),
    )
    return result if when is not None else None


def _fitness(r: _Reader, value: Any) -> Fitness | None:
    f = r.obj(value, "fitness", ("date", "ecog", "fit_for_intensive"))
    if f is None:
        return None
    return Fitness(
        date=r.get(f, "fitness", "date", r.day),
        ecog=r.get(f, "fitness", "ecog", lambda v, q: r.whole(v, q, 0, 5)),
        fit_for_intensive=r.get(f, "fitness", "fit_for_intensive", r.boolean),
    )


def _formulary(r: _Reader, value: Any) -> tuple[tuple[str, bool], ...]:
    f = r.obj(value, "formulary", codes.FORMULARY_KEYS)
    if f is None:
        return ()
    entries = []
    for key in codes.FORMULARY_KEYS:
        stocked = r.get(f, "formulary", key, r.boolean)
        if stocked is not None:
            entries.append((key, stocked))
    return tuple(entries)


def _decision(r: _Reader, value: Any, path: str) -> Decision | None:
    allowed = ("date", "recommended", "chosen", "regimen", "override_reason", "clinician")
    d = r.obj(value, path, allowed)
    if d is None:
        return None
    when = r.get(d, path, "date", r.day, required=True)
    recommended = r.get(d, path, "recommended", lambda v, q: r.choice(v, q, codes.CATEGORIES), required=True)
    chosen = r.get(d, path, "chosen", lambda v, q: r.choice(v, q, codes.CATEGORIES), required=True)
    regimen = r.get(d, path, "regimen", r.text)
    reason = r.get(d, path, "override_reason", r.text)
    clinician = r.get(d, path, "clinician", r.line)
    if regimen is not None and is_known_regimen(regimen):
        regimen = canonical_regimen(regimen)
    if recommended is not None and chosen is not None and recommended != chosen and reason is None:
        r.fail(f"{path}.override_reason", say("is required when the chosen therapy differs from the recommended one"))
    if when is None or recommended is None or chosen is None:
        return None
    return Decision(when, recommended, chosen, regimen, reason, clinician)


def _items(
    r: _Reader, data: Mapping[str, Any], key: str, read: Callable[[_Reader, Any, str], T | None]
) -> tuple[T, ...]:
    value = data.get(key)
    if value is None:
        return ()
    items = r.array(value, key)
    if items is None:
        return ()
    parsed = [read(r, item, f"{key}[{i}]") for i, item in enumerate(items)]
    return tuple(item for item in parsed if item is not None)


TOP_FIELDS = (
    "format",
    "as_of",
    "patient",
    "diagnosis",
    "courses",
    "assessments",
    "fitness",
    "formulary",
    "decisions",
    "extensions",
)


def parse_case(data: Any, *, today: date | None = None) -> Case:
    """Validate decoded JSON and build a :class:`Case`; raise :class:`CaseError` listing every problem.

    ``today`` (default: the computer's date) is the latest possible birth date.
    """
    r = _Reader()
    unstorable = input_rules.surrogate_paths(data)
    if unstorable:
        raise CaseError(
            [Problem(path, say("holds an unpaired surrogate code point, which is not text")) for path in unstorable]
        )
    top = r.obj(data, "", TOP_FIELDS)
    if top is None:
        raise CaseError(r.problems)
    if top.get("format") != FORMAT:
        r.fail("format", say("{value} is not {format!r}", value=_show(top.get("format")), format=FORMAT))
    as_of = r.get(top, "", "as_of", r.day)
    if top.get("patient") is None:
        r.fail("patient", say("is required"))
        patient = None
    else:
        patient = _patient(r, top["patient"])
    if top.get("diagnosis") is None:
        r.fail("diagnosis", say("is required"))
        diagnosis = None
    else:
        diagnosis = _diagnosis(r, top["diagnosis"])
    courses = _items(r, top, "courses", _course)
    assessments = _items(r, top, "assessments", _assessment)
    fitness = _fitness(r, top["fitness"]) if top.get("fitness") is not None else None
    formulary = _formulary(r, top["formulary"]) if top.get("formulary") is not None else ()
    decisions = _items(r, top, "decisions", _decision)
    extensions = top.get("extensions")
    if extensions is not None and not isinstance(extensions, dict):
        r.fail("extensions", say("must be an object, not {value}", value=_describe(extensions)))
    if patient is not None and diagnosis is not None:
        _check_chronology(r, top, patient, diagnosis, as_of, courses, assessments)
        _check_lifetime(r, top, patient.birth_date, today or date.today())
    if r.problems or patient is None or diagnosis is None:
        raise CaseError(r.problems or [Problem("", say("the case could not be read"))])
    return Case(
        patient=patient,
        diagnosis=diagnosis,
        as_of=as_of,
        courses=courses,
        assessments=assessments,
        fitness=fitness,
        formulary=formulary,
        decisions=decisions,
        extensions=extensions,
    )


def _check_chronology(
    r: _Reader,
    top: Mapping[str, Any],
    patient: Patient,
    diagnosis: Diagnosis,
    as_of: date | None,
    courses: tuple[Course, ...],
    assessments: tuple[Assessment, ...],
) -> None:
    """Dates that cannot be true are errors (case-format.md), named by their path."""
    birth = patient.birth_date
    if diagnosis.date < birth:
        r.fail("diagnosis.date", say("{date} is before the birth date {birth}", date=diagnosis.date, birth=birth))
    if as_of is not None and as_of < diagnosis.date:
        r.fail("as_of", say("{date} is before the diagnosis date {diagnosis}", date=as_of, diagnosis=diagnosis.date))
    earliest_course = diagnosis.date - timedelta(days=COURSE_BEFORE_DIAGNOSIS_DAYS)
    # Indexes must match the file even when an invalid item was dropped, so walk the raw list.
    for i, raw in enumerate(_raw_list(top, "courses")):
        start = _raw_date(raw, "start")
        if start is not None and start < earliest_course:
            r.fail(
                f"courses[{i}].start",
                say(
                    "{date} is more than {days} days before the diagnosis date {diagnosis}",
                    date=start,
                    days=COURSE_BEFORE_DIAGNOSIS_DAYS,
                    diagnosis=diagnosis.date,
                ),
            )
    for i, raw in enumerate(_raw_list(top, "assessments")):
        when = _raw_date(raw, "date")
        if when is not None and when < birth:
            r.fail(f"assessments[{i}].date", say("{date} is before the birth date {birth}", date=when, birth=birth))
    del courses, assessments


def _check_lifetime(r: _Reader, top: Mapping[str, Any], birth: date, today: date) -> None:
    """A birth date between 1900 and today, nothing dated before birth, nobody older than 120 at an event."""
    if birth > today:
        r.fail("patient.birth_date", say("{date} is in the future", date=birth))
        return
    too_early = birth < input_rules.EARLIEST_BIRTH_DATE
    if too_early:
        r.fail(
            "patient.birth_date",
            say("{date} is before {earliest}", date=birth, earliest=input_rules.EARLIEST_BIRTH_DATE),
        )
    too_old = []
    for path, when in _event_dates(top):
        if when < birth:
            # Diagnosis and assessment dates before birth are reported by _check_chronology.
            if not (path == "diagnosis.date" or path.startswith("assessments[")):
                r.fail(path, say("{date} is before the birth date {birth}", date=when, birth=birth))
        elif path != "as_of" and input_rules.age_years(birth, when) > input_rules.MAX_AGE_YEARS:
            too_old.append((when, path))
    if too_old and not too_early:  # one message: the birth date is what is wrong
        when, path = min(too_old)
        age, limit = input_rules.age_years(birth, when), input_rules.MAX_AGE_YEARS
        if len(too_old) > 1:
            problem = say(
                "{date} makes the patient {age} years old (more than {limit}) (and {more} later dates); "
                "check the birth date",
                date=when,
                age=age,
                limit=limit,
                more=len(too_old) - 1,
            )
        else:
            problem = say(
                "{date} makes the patient {age} years old (more than {limit}); check the birth date",
                date=when,
                age=age,
                limit=limit,
            )
        r.fail(path, problem)


def _event_dates(top: Mapping[str, Any]) -> list[tuple[str, date]]:
    """Every readable date of the case with its field path (unreadable ones are reported elsewhere)."""
    found: list[tuple[str, date | None]] = [("as_of", _raw_date(top, "as_of"))]
    found.append(("diagnosis.date", _raw_date(top.get("diagnosis"), "date")))
    found.append(("fitness.date", _raw_date(top.get("fitness"), "date")))
    for key, fields in (("courses", ("start", "end")), ("assessments", ("date",)), ("decisions", ("date",))):
        for i, raw in enumerate(_raw_list(top, key)):
            found.extend((f"{key}[{i}].{name}", _raw_date(raw, name)) for name in fields)
    return [(path, when) for path, when in found if when is not None]


def _raw_list(top: Mapping[str, Any], key: str) -> list[Any]:
    value = top.get(key)
    return value if isinstance(value, list) else []


def _raw_date(raw: Any, key: str) -> date | None:
    if not isinstance(raw, dict):
        return None
    value = raw.get(key)
    return input_rules.parse_day(value)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the field {key!r} appears twice in one object")
        result[key] = value
    return result


def decode_json(raw: bytes | str) -> Any:
    """Decode UTF-8 JSON strictly (no NaN, no duplicate keys); raise :class:`CaseError`."""
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise CaseError([Problem("", say("the file is not UTF-8 text (byte {byte})", byte=error.start))]) from None
    else:
        text = raw
    try:
        return json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as error:
        raise CaseError(
            [
                Problem(
                    "",
                    say(
                        "not valid JSON: {problem} at line {line} column {column}",
                        problem=error.msg,
                        line=error.lineno,
                        column=error.colno,
                    ),
                )
            ]
        ) from None
    except ValueError as error:
        raise CaseError([Problem("", say("not valid JSON: {problem}", problem=str(error)))]) from None
    except RecursionError:
        raise CaseError([Problem("", say("not valid JSON: nested too deeply"))]) from None


def load_case(raw: bytes | str) -> Case:
    """Parse the text of an ``aml-case/1`` file; raise :class:`CaseError` on any problem."""
    return parse_case(decode_json(raw))


# Writing ----------------------------------------------------------------------------------


def _put(target: dict[str, Any], key: str, value: Any) -> None:
    if value is not None:
        target[key] = value


def _number_out(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _mutation_dict(m: Mutation) -> dict[str, Any]:
    out: dict[str, Any] = {"gene": m.gene}
    _put(out, "variant", m.variant)
    _put(out, "allelic_ratio", _number_out(m.allelic_ratio))
    _put(out, "vaf", _number_out(m.vaf))
    return out


def case_to_dict(
    case: Case, *, as_of: date | None = None, formulary: Mapping[str, bool] | None = None
) -> dict[str, Any]:
    """The ``aml-case/1`` JSON object for a case (absent values are left out)."""
    out: dict[str, Any] = {"format": FORMAT}
    when = as_of or case.as_of
    _put(out, "as_of", when.isoformat() if when else None)
    p = case.patient
    patient: dict[str, Any] = {}
    _put(patient, "id", p.id)
    _put(patient, "hospital_number", p.hospital_number)
    _put(patient, "name", p.name)
    _put(patient, "sex", p.sex)
    patient["birth_date"] = p.birth_date.isoformat()
    out["patient"] = patient
    d = case.diagnosis
    diagnosis: dict[str, Any] = {"date": d.date.isoformat()}
    _put(diagnosis, "karyotype", d.karyotype)
    if d.cytogenetic_findings:
        diagnosis["cytogenetic_findings"] = list(d.cytogenetic_findings)
    diagnosis["mutations"] = [_mutation_dict(m) for m in d.mutations]
    diagnosis["tested_genes"] = list(d.tested_genes)
    _put(diagnosis, "cd33_percent", _number_out(d.cd33_percent))
    _put(diagnosis, "extramedullary", d.extramedullary)
    _put(diagnosis, "wbc", _number_out(d.wbc))
    out["diagnosis"] = diagnosis
    courses = []
    for c in case.courses:
        course: dict[str, Any] = {"phase": c.phase, "regimen": c.regimen, "start": c.start.isoformat()}
        _put(course, "end", c.end.isoformat() if c.end else None)
        _put(course, "cycle", c.cycle)
        _put(course, "intensity", c.intensity)
        courses.append(course)
    out["courses"] = courses
    out["assessments"] = [_assessment_dict(a) for a in case.assessments]
    if case.fitness is not None:
        f = case.fitness
        fitness: dict[str, Any] = {}
        _put(fitness, "date", f.date.isoformat() if f.date else None)
        _put(fitness, "ecog", f.ecog)
        _put(fitness, "fit_for_intensive", f.fit_for_intensive)
        out["fitness"] = fitness
    chosen_formulary = dict(formulary) if formulary is not None else case.formulary_dict
    if chosen_formulary:
        out["formulary"] = {k: chosen_formulary[k] for k in codes.FORMULARY_KEYS if k in chosen_formulary}
    decisions = []
    for dec in case.decisions:
        item: dict[str, Any] = {
            "date": dec.date.isoformat(),
            "recommended": dec.recommended,
            "chosen": dec.chosen,
        }
        _put(item, "regimen", dec.regimen)
        _put(item, "override_reason", dec.override_reason)
        _put(item, "clinician", dec.clinician)
        decisions.append(item)
    out["decisions"] = decisions
    out["extensions"] = case.extensions if case.extensions is not None else {}
    return out


def _assessment_dict(a: Assessment) -> dict[str, Any]:
    out: dict[str, Any] = {"date": a.date.isoformat()}
    _put(out, "marrow_blasts_percent", _number_out(a.marrow_blasts_percent))
    _put(out, "circulating_blasts", a.circulating_blasts)
    _put(out, "extramedullary", a.extramedullary)
    _put(out, "anc", _number_out(a.anc))
    _put(out, "platelets", _number_out(a.platelets))
    _put(out, "hemoglobin", _number_out(a.hemoglobin))
    _put(out, "wbc", _number_out(a.wbc))
    if a.mrd is not None:
        mrd: dict[str, Any] = {"status": a.mrd.status}
        _put(mrd, "method", a.mrd.method)
        _put(mrd, "value", _number_out(a.mrd.value))
        out["mrd"] = mrd
    if a.mutations is not None:
        out["mutations"] = [_mutation_dict(m) for m in a.mutations]
    if a.tested_genes is not None:
        out["tested_genes"] = list(a.tested_genes)
    _put(out, "karyotype", a.karyotype)
    if a.cytogenetic_findings is not None:
        out["cytogenetic_findings"] = list(a.cytogenetic_findings)
    return out


def dump_case(case: Case, **kwargs: Any) -> str:
    """The case as pretty, stable ``aml-case/1`` JSON text (UTF-8, names unescaped)."""
    return json.dumps(case_to_dict(case, **kwargs), ensure_ascii=False, indent=2) + "\n"
