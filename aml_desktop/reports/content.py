"""What a printed summary says, worked out before any layout: the snapshot turned into text.

Everything the PDF prints is decided here, with no reportlab in sight, so that the words,
numbers and references can be tested and reviewed apart from the drawing. Human text for
every code comes from ``engine.vocabulary``; doses from the engine's regimen catalog and
BSA functions; citations from the engine's registry, numbered in order of first use.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from aml_desktop.engine.bsa import body_surface_area, calculate_dose
from aml_desktop.engine.case import Assessment, Case, Mutation
from aml_desktop.engine.catalog import CHECK_LOCAL_PROTOCOL, Dose, Regimen, load_catalog
from aml_desktop.engine.citations import resolve
from aml_desktop.engine.course import classify_assessments
from aml_desktop.engine.measurements import latest_measurement, latest_weight
from aml_desktop.engine.result import Derived, Recommendation, Result
from aml_desktop.engine.vocabulary import eln2022_text, explain, failed_regimen_lines, freshness_lines, label

from .snapshot import DecisionEntry, SummarySnapshot

# A weight older than this before the print date is re-checked before dosing (about 4 weeks:
# the usual interval between cycles, over which weight in acute leukaemia can change).
WEIGHT_STALE_AFTER_DAYS: Final = 28

NOT_RECORDED: Final = "not recorded"
DASH: Final = "—"

# Citations for facts the summary itself states (risk group, response categories, BSA).
ELN_RISK_CITATION: Final = "ELN2017 Table 5"
RESPONSE_CITATION: Final = "ELN2017 Table 6"
BSA_CITATION: Final = "Mosteller 1987"

# What a reference's verification tag means for the reader (citations.py documents the tags).
TAG_NOTES: Final = {
    "V2": "secondary source: check the primary source",
    "IMPL": "implementation decision, not from the paper: needs local clinical sign-off",
}


# ---------------------------------------------------------------------------- formatting


def fmt_date(day: date | None) -> str:
    """``7 Jan 2019``: a month name cannot be misread as day/month or month/day."""
    if day is None:
        return DASH
    return f"{day.day} {day:%b %Y}"


def fmt_number(value: float | None, unit: str = "") -> str:
    """92 -> ``92``, 1.6 -> ``1.6``; trailing zeros dropped; ``—`` when not measured."""
    if value is None:
        return DASH
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{text} {unit}".strip() if unit else text


def fmt_amount(value: float) -> str:
    """A calculated dose: whole units from 100 up, one decimal from 10, two below."""
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}".rstrip("0").rstrip(".")
    return f"{value:.2f}".rstrip("0").rstrip(".")


_TAGS: Final = (
    ("[V2]", "(secondary source)"),
    ("[V]", ""),
    ("[U]", "(unverified)"),
    ("[IMPL]", "(implementation choice)"),
)


def printable_note(text: str) -> str:
    """Catalog text without the reviewers' verification tags: ``[V]`` goes, ``[V2]`` is said in words.

    The tags are for the people who check the data against clinical-reference.md; on the
    page they would read like reference numbers.
    """
    for tag, words in _TAGS:
        text = text.replace(f" {tag}", f" {words}" if words else "").replace(tag, words)
    return " ".join(text.split())


def fmt_yes_no(value: bool | None) -> str:
    if value is None:
        return NOT_RECORDED
    return "yes" if value else "no"


def text_label(code: str) -> str:
    """The vocabulary's human text for ``code``; the code itself if the vocabulary lacks it."""
    try:
        return label(code)
    except KeyError:
        return code


def fmt_unit(unit: str) -> str:
    """Catalog units as printed: ``mg/m2`` -> ``mg/m²``, ``ug/kg`` -> ``µg/kg``."""
    return unit.replace("m2", "m²").replace("ug", "µg")


def fmt_mutation(m: Mutation) -> str:
    parts = [m.gene]
    if m.variant:
        parts.append(m.variant)
    extra = []
    if m.allelic_ratio is not None:
        extra.append(f"allelic ratio {fmt_number(m.allelic_ratio)}")
    if m.vaf is not None:
        extra.append(f"VAF {fmt_number(m.vaf)} %")
    text = " ".join(parts)
    return f"{text} ({', '.join(extra)})" if extra else text


def molecular_text(mutations: tuple[Mutation, ...] | None, tested: tuple[str, ...] | None) -> str:
    """Mutations found, then genes tested without a mutation (wild type); untested genes stay unknown."""
    found = [fmt_mutation(m) for m in mutations or ()]
    mutated = {m.gene for m in mutations or ()}
    wild = [g for g in tested or () if g not in mutated]
    parts = list(found)
    if wild:
        parts.append(f"no mutation in {', '.join(wild)}")
    elif tested and not found:
        parts.append("no mutation found")
    if not parts:
        return NOT_RECORDED
    text = "; ".join(parts)
    return text[0].upper() + text[1:]


# ---------------------------------------------------------------------------- references


class References:
    """Citation ids numbered in order of first use on the page: ``[1]``, ``[2]``..."""

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}

    def cite(self, ids: Iterable[str]) -> str:
        """``[1, 3]`` for these ids (numbered now if new); empty text for no ids."""
        numbers = []
        for cid in ids:
            if not cid:
                continue
            if cid not in self._numbers:
                self._numbers[cid] = len(self._numbers) + 1
            number = self._numbers[cid]
            if number not in numbers:
                numbers.append(number)
        return f"[{', '.join(str(n) for n in numbers)}]" if numbers else ""

    def entries(self) -> tuple[Reference, ...]:
        out = []
        for cid, number in self._numbers.items():
            try:
                citation = resolve(cid)
            except KeyError:
                out.append(Reference(number, cid, cid, "not in the citation registry"))
                continue
            out.append(Reference(number, cid, citation.text, TAG_NOTES.get(citation.tag, "")))
        return tuple(out)


# ---------------------------------------------------------------------------- the content model


@dataclass(frozen=True)
class Fact:
    """A label and its value, printed as one row of a two-column table."""

    label: str
    value: str


@dataclass(frozen=True)
class Reference:
    number: int
    id: str
    text: str
    note: str = ""


@dataclass(frozen=True)
class DoseRow:
    agent: str
    dose: str
    route: str
    days: str
    amount: str
    note: str


@dataclass(frozen=True)
class RegimenDoses:
    code: str
    name: str
    cycle: str
    rows: tuple[DoseRow, ...]
    notes: tuple[str, ...]
    refs: str


@dataclass(frozen=True)
class CheckItem:
    """A line of the checklist: a box to tick, what to do, and why."""

    title: str
    detail: str


@dataclass(frozen=True)
class CitedText:
    text: str
    refs: str = ""


@dataclass(frozen=True)
class RationaleItem:
    rule: str
    text: str
    refs: str
    facts: str


@dataclass(frozen=True)
class DecisionLine:
    heading: str
    details: tuple[str, ...]


@dataclass(frozen=True)
class ChartSeries:
    """Dated values of one measurement (marrow blasts, ANC, platelets)."""

    points: tuple[tuple[date, float], ...]


@dataclass(frozen=True)
class ChartEvent:
    """A dated event drawn as a labelled vertical line: remission, relapse, transplant."""

    day: date
    label: str
    kind: str  # "remission" | "relapse" | "molecular_relapse" | "transplant"


@dataclass(frozen=True)
class ChartCourse:
    start: date
    end: date | None
    label: str


@dataclass(frozen=True)
class ChartData:
    start: date
    end: date
    blasts: ChartSeries
    anc: ChartSeries
    platelets: ChartSeries
    events: tuple[ChartEvent, ...]
    courses: tuple[ChartCourse, ...]


@dataclass(frozen=True)
class HeaderInfo:
    clinic_name: str
    patient_name: str
    hospital_number: str
    birth_date: str
    printed_on: str
    versions: str


@dataclass(frozen=True)
class SummaryContent:
    """Every word and number of one summary, in the order the PDF prints them."""

    header: HeaderInfo
    title: str
    as_of: str
    patient: tuple[Fact, ...]
    diagnosis: tuple[Fact, ...]
    course_rows: tuple[tuple[str, ...], ...]
    assessment_rows: tuple[tuple[str, ...], ...]
    response_refs: str
    chart: ChartData
    standing: tuple[Fact, ...]
    notes: tuple[str, ...]
    primary: str
    primary_detail: str
    bsa: str
    bsa_warnings: tuple[str, ...]
    regimens: tuple[RegimenDoses, ...]
    alternatives: tuple[str, ...]
    fallbacks: tuple[str, ...]
    actions: tuple[CheckItem, ...]
    flags: tuple[CheckItem, ...]
    expected: tuple[CitedText, ...]
    rationale: tuple[RationaleItem, ...]
    pathway: str
    decisions: tuple[DecisionLine, ...]
    references: tuple[Reference, ...]


COURSE_HEADER: Final = ("Phase", "Regimen", "Start", "End", "Cycle")
ASSESSMENT_HEADER: Final = (
    "Date",
    "Marrow blasts %",
    "Circ. blasts",
    "EMD",
    "ANC",
    "Platelets",
    "Hb g/dL",
    "MRD",
    "Response",
)


# ---------------------------------------------------------------------------- sections


def _patient_facts(case: Case, derived: Derived) -> tuple[Fact, ...]:
    p = case.patient
    return (
        Fact("Name", p.name or NOT_RECORDED),
        Fact("Hospital number", p.hospital_number or NOT_RECORDED),
        Fact("Date of birth", f"{fmt_date(p.birth_date)} (age {derived.age_years})"),
        Fact("Sex", text_label(p.sex) if p.sex else NOT_RECORDED),
    )


def _later_samples(case: Case, as_of: date) -> list[Fact]:
    """Molecular and cytogenetic results of samples after diagnosis (e.g. at relapse)."""
    facts = []
    for a in case.assessments:
        if a.date <= case.diagnosis.date or a.date > as_of:
            continue
        if a.has_molecular_result:
            facts.append(Fact(f"Mutations, {fmt_date(a.date)}", molecular_text(a.mutations, a.tested_genes)))
        if a.karyotype or a.cytogenetic_findings:
            shown = a.karyotype or ", ".join(text_label(c) for c in a.cytogenetic_findings or ())
            facts.append(Fact(f"Karyotype, {fmt_date(a.date)}", shown))
    return facts


def _diagnosis_facts(case: Case, derived: Derived, as_of: date, refs: References) -> tuple[Fact, ...]:
    dx = case.diagnosis
    lesions = list(derived.karyotype_lesions)
    for finding in dx.cytogenetic_findings:
        if finding not in lesions:
            lesions.append(finding)
    risk = text_label(derived.eln2017_risk)
    risk_text = f"{risk} {refs.cite([ELN_RISK_CITATION])}"
    if derived.eln2017_missing_tests:
        risk_text += f". Missing tests that could change the group: {', '.join(derived.eln2017_missing_tests)}"
    facts = [
        Fact("Diagnosis date", fmt_date(dx.date)),
        Fact("Karyotype (as entered)", dx.karyotype or NOT_RECORDED),
        Fact("Lesions read", _lesions_text(dx.karyotype, lesions)),
        Fact("Mutations at diagnosis", molecular_text(dx.mutations, dx.tested_genes or None)),
    ]
    facts.extend(_later_samples(case, as_of))
    facts.append(Fact("ELN 2017 genetic risk", risk_text))
    if derived.eln2017_reasons:
        facts.append(Fact("Why this risk group", "; ".join(r.rstrip(". ") for r in derived.eln2017_reasons) + "."))
    if derived.eln2022_risk:
        facts.append(Fact("ELN 2022 genetic risk", eln2022_text(derived)))
    adverse = "yes" if derived.adverse_biology else "no"
    if not derived.adverse_biology and derived.eln2017_risk == "unknown":
        adverse += " (ELN 2017 risk unknown and no later adverse lesion: read as not adverse)"
    if derived.adverse_biology_sources:
        adverse += f" ({'; '.join(derived.adverse_biology_sources)})"
    facts.append(Fact("Adverse biology", adverse))
    facts.append(Fact("Targetable mutations", _targetable_text(derived)))
    if dx.cd33_percent is not None:
        facts.append(Fact("CD33", f"{fmt_number(dx.cd33_percent)} % of blasts"))
    if dx.wbc is not None:
        facts.append(Fact("WBC at diagnosis", f"{fmt_number(dx.wbc)} ×10⁹/L"))
    return tuple(facts)


def _lesions_text(karyotype: str | None, lesions: list[str]) -> str:
    if lesions:
        return ", ".join(text_label(c) for c in lesions)
    return "none" if karyotype else "none: no karyotype recorded"


def _targetable_text(derived: Derived) -> str:
    """FLT3/IDH1/IDH2 as the rules read them: what was found, what was negative, what is unknown.

    ``mutation_sources`` names the sample each gene's status comes from, or "not tested":
    an untested gene is unknown, never reported as "none found".
    """
    sources = dict(derived.mutation_sources)
    parts = [f"{g} ({sources[g]})" if g in sources else g for g in derived.targetable_mutations]
    negative: dict[str, list[str]] = {}
    untested: list[str] = []
    for gene, source in derived.mutation_sources:
        if gene in derived.targetable_mutations:
            continue
        if source == "not tested":
            untested.append(gene)
        else:
            negative.setdefault(source, []).append(gene)
    for source, genes in negative.items():
        parts.append(f"no mutation in {', '.join(genes)} ({source})")
    if untested:
        parts.append(f"{', '.join(untested)} not tested: status unknown")
    if not parts:
        return "none found"
    text = "; ".join(parts)
    return text[0].upper() + text[1:]


def _course_rows(case: Case, as_of: date) -> tuple[tuple[str, ...], ...]:
    rows = []
    for c in sorted(case.courses, key=lambda c: c.start):
        if c.start > as_of:
            continue
        rows.append(
            (
                text_label(c.phase),
                c.regimen,
                fmt_date(c.start),
                fmt_date(c.end),
                str(c.cycle) if c.cycle is not None else DASH,
            )
        )
    return tuple(rows)


def _flag(value: bool | None) -> str:
    return DASH if value is None else ("yes" if value else "no")


def _mrd(a: Assessment) -> str:
    if a.mrd is None:
        return DASH
    text = a.mrd.status
    if a.mrd.method:
        text += f" ({a.mrd.method})"
    return text


def _assessment_rows(case: Case, as_of: date) -> tuple[tuple[str, ...], ...]:
    responses = {r.index: r.label for r in classify_assessments(case, as_of)}
    rows = []
    for index, a in sorted(enumerate(case.assessments), key=lambda pair: pair[1].date):
        if a.date > as_of:
            continue
        rows.append(
            (
                fmt_date(a.date),
                fmt_number(a.marrow_blasts_percent),
                _flag(a.circulating_blasts),
                _flag(a.extramedullary),
                fmt_number(a.anc),
                fmt_number(a.platelets),
                fmt_number(a.hemoglobin),
                _mrd(a),
                responses.get(index, DASH),
            )
        )
    return tuple(rows)


# Free-text regimens can be long; the chart's therapy lane shows a short form (the table has it in full).
CHART_LABEL_CHARS: Final = 14


def _short(text: str) -> str:
    return text if len(text) <= CHART_LABEL_CHARS else text[: CHART_LABEL_CHARS - 1].rstrip() + "…"


def _chart(case: Case, derived: Derived, as_of: date) -> ChartData:
    assessments = sorted((a for a in case.assessments if a.date <= as_of), key=lambda a: a.date)
    courses = sorted((c for c in case.courses if c.start <= as_of), key=lambda c: c.start)

    def series(values: Iterable[tuple[date, float | None]]) -> ChartSeries:
        return ChartSeries(tuple((d, v) for d, v in values if v is not None))

    events: list[ChartEvent] = []
    for n, day in enumerate(derived.remission_dates, start=1):
        events.append(ChartEvent(day, f"CR{n}", "remission"))
    for n, day in enumerate(derived.relapse_dates, start=1):
        events.append(ChartEvent(day, f"Relapse {n}", "relapse"))
    if derived.molecular_relapse_date is not None:
        events.append(ChartEvent(derived.molecular_relapse_date, "MRD relapse", "molecular_relapse"))
    for c in courses:
        if c.phase == "transplant":
            events.append(ChartEvent(c.start, "allo-HCT" if c.regimen == "allogeneic" else "auto-HCT", "transplant"))
    events.sort(key=lambda e: e.day)
    dated = [case.diagnosis.date, as_of] + [a.date for a in assessments] + [c.start for c in courses]
    start = min(dated)
    end = max(dated + [c.end for c in courses if c.end is not None and c.end <= as_of])
    if end <= start:
        end = start + timedelta(days=30)
    return ChartData(
        start=start,
        end=end,
        blasts=series((a.date, a.marrow_blasts_percent) for a in assessments),
        anc=series((a.date, a.anc) for a in assessments),
        platelets=series((a.date, a.platelets) for a in assessments),
        events=tuple(events),
        courses=tuple(ChartCourse(c.start, c.end, _short(c.regimen)) for c in courses if c.phase != "transplant"),
    )


def _standing(case: Case, result: Result) -> tuple[Fact, ...]:
    d = result.derived
    facts = [Fact("Status", text_label(d.status)), Fact("Age", f"{d.age_years} years")]
    if d.cr1_date is not None:
        facts.append(Fact("First remission (CR1)", fmt_date(d.cr1_date)))
    else:
        facts.append(Fact("First remission (CR1)", "never reached"))
    if d.cr1_duration_months is not None:
        facts.append(Fact("CR1 length", f"{fmt_number(d.cr1_duration_months)} months (CR1 to first relapse)"))
    facts.append(Fact("Relapse number", str(d.relapse_number)))
    if d.first_relapse_date is not None:
        facts.append(Fact("First relapse", fmt_date(d.first_relapse_date)))
    if d.latest_relapse_date is not None and d.latest_relapse_date != d.first_relapse_date:
        facts.append(Fact("Latest relapse", fmt_date(d.latest_relapse_date)))
    if d.molecular_relapse_date is not None:
        facts.append(Fact("Molecular (MRD) relapse", fmt_date(d.molecular_relapse_date)))
    if d.intensive_cycles_without_remission:
        facts.append(Fact("Intensive cycles without remission", str(d.intensive_cycles_without_remission)))
    if d.venetoclax_cycles_without_remission:
        facts.append(Fact("Venetoclax cycles without remission", str(d.venetoclax_cycles_without_remission)))
    if d.post_transplant:
        since = f", {fmt_number(d.months_since_transplant)} months before relapse" if d.months_since_transplant else ""
        facts.append(Fact("Transplant", f"relapse after allogeneic HCT{since}"))
    else:
        hct = [c for c in case.courses if c.phase == "transplant" and c.start <= result.as_of]
        shown = "; ".join(f"{c.regimen} {fmt_date(c.start)}" for c in hct)
        facts.append(Fact("Transplant", shown or "none recorded"))
    facts.append(Fact("Fitness for intensive therapy", _fitness_text(case, d)))
    if d.prior_venetoclax_failure:
        facts.append(Fact("Prior venetoclax failure", "yes"))
    failed = failed_regimen_lines(d.failed_regimens)
    facts.append(Fact("Failed regimens (not offered again)", "; ".join(failed) if failed else "none"))
    for line in freshness_lines(d, result.recommendation.flags):
        facts.append(Fact("Data freshness", line))
    if d.current_wbc is not None:
        facts.append(Fact("Current WBC", f"{fmt_number(d.current_wbc)} ×10⁹/L"))
    if d.european_prognostic_index is not None:
        group = f" ({d.european_prognostic_index_group})" if d.european_prognostic_index_group else ""
        facts.append(Fact("European Prognostic Index", f"{d.european_prognostic_index} points{group}"))
    return tuple(facts)


def _fitness_text(case: Case, d: Derived) -> str:
    text = "not judged: fitness unknown" if d.fit_for_intensive is None else "fit" if d.fit_for_intensive else "unfit"
    source = text_label(d.fitness_source) if d.fitness_source and d.fitness_source != "unknown" else ""
    if source:
        text += f" ({source})"
    if d.ecog is not None:
        text += f"; ECOG {d.ecog}"
    if case.fitness is not None and case.fitness.date is not None:
        text += f"; assessed {fmt_date(case.fitness.date)}"
    return text


def _weight_warnings(weighed: date, snapshot: SummarySnapshot, case: Case) -> list[str]:
    """Why the weight behind the doses should be checked again before dosing."""
    warnings = []
    age_days = (snapshot.printed_on - weighed).days
    if age_days > WEIGHT_STALE_AFTER_DAYS:
        warnings.append(
            f"The weight is {age_days} days old on the print date ({fmt_date(snapshot.printed_on)}): "
            "weigh the patient again before dosing."
        )
    as_of = snapshot.result.as_of
    latest_course = max((c.start for c in case.courses if c.start <= as_of), default=None)
    if latest_course is not None and weighed < latest_course:
        warnings.append(
            f"The weight was measured before the latest course (started {fmt_date(latest_course)}): "
            "weigh the patient again before dosing."
        )
    return warnings


def _bsa(
    case: Case, snapshot: SummarySnapshot, refs: References
) -> tuple[str, tuple[str, ...], float | None, float | None]:
    """The BSA line, warnings about an old weight, the BSA and the weight (None when unknown).

    Height and weight come from one measurement (``latest_measurement`` never pairs a
    height with another day's weight); a newer weight without a height is named.
    """
    as_of = snapshot.result.as_of
    pair = latest_measurement(case, on_or_before=as_of)
    weight = latest_weight(case, on_or_before=as_of)
    if pair is None:
        if weight is None or weight.weight_kg is None:
            return (
                "BSA not recorded: no height and weight on file. Doses are shown as published (per m², per kg).",
                (),
                None,
                None,
            )
        line = (
            f"BSA not recorded: no height on file (weight {fmt_number(weight.weight_kg)} kg on "
            f"{fmt_date(weight.date)}). Per-m² doses are shown as published; per-kg doses use this weight."
        )
        return line, tuple(_weight_warnings(weight.date, snapshot, case)), None, weight.weight_kg
    assert pair.height_cm is not None and pair.weight_kg is not None
    try:
        bsa = body_surface_area(pair.height_cm, pair.weight_kg)
    except ValueError as error:
        return f"BSA not calculated: {error}. Doses are shown as published (per m², per kg).", (), None, None
    line = (
        f"BSA {bsa:.2f} m² (Mosteller {refs.cite([BSA_CITATION])}) from height {fmt_number(pair.height_cm)} cm and "
        f"weight {fmt_number(pair.weight_kg)} kg measured {fmt_date(pair.date)}."
    )
    warnings = _weight_warnings(pair.date, snapshot, case)
    if weight is not None and weight.weight_kg is not None and weight.date > pair.date:
        warnings.append(
            f"A newer weight ({fmt_number(weight.weight_kg)} kg on {fmt_date(weight.date)}) has no height: "
            "the BSA above uses the older pair. Measure the height to use the newer weight."
        )
    return line, tuple(warnings), bsa, pair.weight_kg


def _dose_row(dose: Dose, bsa: float | None, weight: float | None) -> DoseRow:
    unit = fmt_unit(dose.unit)
    published = f"{fmt_number(dose.amount)} {unit}" if dose.amount is not None else "check local protocol"
    if dose.amount is None:
        amount = DASH
    elif dose.unit == "mg":
        amount = f"{fmt_number(dose.amount)} mg (fixed dose)"
    else:
        calculated = calculate_dose(dose, bsa, weight)
        if calculated is not None:
            amount = f"{fmt_amount(calculated.amount)} {fmt_unit(calculated.unit)}"
            if calculated.capped:
                amount += f" (cap; {fmt_amount(calculated.uncapped)} calculated)"
        elif dose.unit.endswith("/m2"):
            amount = "needs height and weight"
        else:
            amount = "needs weight"
    return DoseRow(text_label(dose.agent), published, dose.route, dose.days, amount, printable_note(dose.note))


def _regimen_doses(
    regimen: Regimen,
    bsa: float | None,
    weight: float | None,
    refs: References,
    printed: dict[str, str],
    age_years: int,
) -> RegimenDoses:
    """One regimen's dose table; a note already printed under an earlier regimen is referred to, not repeated."""
    schedule = load_catalog().schedule(regimen.code, age_years)
    sources = list(regimen.sources) + [d.source for d in schedule if d.source]
    cycle = f"{regimen.cycle_days}-day cycle" if regimen.cycle_days else ""
    notes: list[str] = []
    repeated: list[str] = []
    for raw in regimen.notes:
        note = printable_note(raw)
        if note in printed:
            if printed[note] not in repeated:
                repeated.append(printed[note])
            continue
        printed[note] = regimen.code
        notes.append(note)
    if repeated:
        notes.append(f"Further notes as for {', '.join(text_label(c) for c in repeated)} above.")
    return RegimenDoses(
        code=regimen.code,
        name=regimen.name,
        cycle=cycle,
        rows=tuple(_dose_row(d, bsa, weight) for d in schedule)
        # clinical-spec.md §8.8: never blank.
        or (DoseRow("All agents", CHECK_LOCAL_PROTOCOL, DASH, DASH, DASH, ""),),
        notes=tuple(notes),
        refs=refs.cite(sources),
    )


def _therapy_text(category: str, regimens: tuple[str, ...]) -> str:
    text = text_label(category)
    if regimens:
        text += ": " + ", ".join(text_label(r) for r in regimens)
    return text


def _recommendation_parts(
    rec: Recommendation, refs: References, bsa: float | None, weight: float | None, age_years: int
) -> tuple[tuple[RegimenDoses, ...], tuple[str, ...], tuple[str, ...]]:
    catalog = load_catalog()
    blocks = []
    printed: dict[str, str] = {}
    for code in rec.primary.regimens:
        try:
            regimen = catalog.get(code)
        except KeyError:
            continue
        blocks.append(_regimen_doses(regimen, bsa, weight, refs, printed, age_years))
    alternatives = tuple(_therapy_text(t.category, t.regimens) for t in rec.alternatives)
    fallbacks = tuple(f"{text_label(f.intended)} → {text_label(f.used)}: {f.reason}" for f in rec.fallbacks_applied)
    return tuple(blocks), alternatives, fallbacks


def _checklist(codes: Iterable[str]) -> tuple[CheckItem, ...]:
    items = []
    for code in dict.fromkeys(codes):
        try:
            detail = explain(code)
        except KeyError:
            detail = ""
        items.append(CheckItem(text_label(code), detail))
    return tuple(items)


def _fact_value(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return fmt_date(value)
    if isinstance(value, float):
        return fmt_number(value)
    if isinstance(value, tuple | list):
        return ", ".join(_fact_value(v) for v in value) or "none"
    if value is None:
        return NOT_RECORDED
    return text_label(value) if isinstance(value, str) else str(value)


def _rationale(rec: Recommendation, refs: References) -> tuple[RationaleItem, ...]:
    items = []
    for step in rec.rationale:
        facts = "; ".join(f"{name.replace('_', ' ')}: {_fact_value(value)}" for name, value in step.facts)
        items.append(RationaleItem(step.rule, step.text, refs.cite(step.cites), facts))
    return tuple(items)


def _decision_lines(entries: tuple[DecisionEntry, ...], current_ruleset: str) -> tuple[DecisionLine, ...]:
    lines = []
    for entry in entries:
        d = entry.decision
        verdict = "Accepted" if entry.accepted else "Overridden"
        heading = f"{fmt_date(d.date)}: {verdict}"
        if entry.status:  # corrected: still printed, marked, with why
            heading += " — VOID" if entry.status == "voided" else " — SUPERSEDED"
        details = [f"Recommended: {text_label(d.recommended)}", f"Chosen: {text_label(d.chosen)}"]
        if d.regimen:
            details[-1] += f" ({text_label(d.regimen)})"
        if not entry.accepted or d.override_reason or entry.reason_code:
            reason = d.override_reason or NOT_RECORDED
            if entry.reason_code:
                coded = text_label(entry.reason_code)
                # Older records carry the coded words in the text too: never print them twice.
                repeated = not d.override_reason or d.override_reason.startswith(coded)
                reason = (d.override_reason or coded) if repeated else f"{coded}: {reason}"
            details.append(f"Reason: {reason}")
        if entry.status:
            word = "Voided" if entry.status == "voided" else "Superseded"
            details.insert(0, f"{word}: {entry.status_reason or NOT_RECORDED}")
        who = d.clinician or entry.recorded_by
        if who:
            details.append(f"Clinician: {who}")
        if entry.recorded_at:
            details.append(f"Recorded {entry.recorded_at.replace('T', ' ')[:16]}")
        if entry.ruleset_version:
            note = "" if entry.ruleset_version == current_ruleset else f" (this page uses {current_ruleset})"
            details.append(f"Rule set {entry.ruleset_version}{note}")
        lines.append(DecisionLine(heading, tuple(details)))
    return tuple(lines)


def build_content(snapshot: SummarySnapshot) -> SummaryContent:
    """Turn a snapshot into the words and numbers of its summary, in print order."""
    case, result = snapshot.case, snapshot.result
    derived, rec = result.derived, result.recommendation
    refs = References()
    as_of = result.as_of
    patient = case.patient
    header = HeaderInfo(
        clinic_name=snapshot.clinic_name,
        patient_name=patient.name or "Name not recorded",
        hospital_number=patient.hospital_number or NOT_RECORDED,
        birth_date=fmt_date(patient.birth_date),
        printed_on=fmt_date(snapshot.printed_on),
        versions=(
            f"AML Desktop {snapshot.app_version} · engine {result.engine_version} · ruleset {result.ruleset_version}"
        ),
    )
    diagnosis = _diagnosis_facts(case, derived, as_of, refs)
    course_rows = _course_rows(case, as_of)
    response_refs = refs.cite([RESPONSE_CITATION])
    assessment_rows = _assessment_rows(case, as_of)
    standing = _standing(case, result)
    notes = tuple(dict.fromkeys(list(derived.notes) + list(result.warnings)))
    bsa_line, bsa_warnings, bsa, weight = _bsa(case, snapshot, refs)
    regimens, alternatives, fallbacks = _recommendation_parts(rec, refs, bsa, weight, result.derived.age_years)
    primary = text_label(rec.primary.category)
    if rec.primary.category == "not_applicable":
        primary_detail = (
            f"No relapsed or refractory treatment applies: the status is {text_label(derived.status).lower()}."
        )
    elif rec.primary.regimens:
        primary_detail = "Regimens the clinic can give, best first: " + ", ".join(
            text_label(r) for r in rec.primary.regimens
        )
    else:
        primary_detail = ""
    expected = tuple(CitedText(f"{text_label(o.regimen)}: {o.text}", refs.cite(o.cites)) for o in rec.expected_outcomes)
    rationale = _rationale(rec, refs)
    return SummaryContent(
        header=header,
        title="Treatment summary: relapsed or refractory AML",
        as_of=fmt_date(as_of),
        patient=_patient_facts(case, derived),
        diagnosis=diagnosis,
        course_rows=course_rows,
        assessment_rows=assessment_rows,
        response_refs=response_refs,
        chart=_chart(case, derived, as_of),
        standing=standing,
        notes=notes,
        primary=primary,
        primary_detail=primary_detail,
        bsa=bsa_line,
        bsa_warnings=bsa_warnings,
        regimens=regimens,
        alternatives=alternatives,
        fallbacks=fallbacks,
        actions=_checklist(rec.actions),
        flags=_checklist(rec.flags),
        expected=expected,
        rationale=rationale,
        pathway=rec.pathway,
        decisions=_decision_lines(snapshot.decisions, result.ruleset_version),
        references=refs.entries(),
    )
