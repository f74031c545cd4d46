"""The view model of one patient: every word and number a person reads, in reading order.

``build_view`` turns a case and the engine's answer into a frozen ``SummaryView``. The
screen (``gui.presenters``), the printed summary (``reports.pdf``) and the terminal
(``cli.recommend_text``) render this one object; only the rendering differs (HTML,
reportlab flowables, plain text), never the words, doses or references.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Final

from aml_desktop import __version__
from aml_desktop.engine.app_data import app_data
from aml_desktop.engine.case import Case, Mutation
from aml_desktop.engine.course import classify_assessments
from aml_desktop.engine.result import Derived, Result

from .chart import ChartData, chart_data
from .checklist import CheckItem, NeededItem, actions, flags, needed_items
from .course_words import eln2022_text, failed_regimen_lines, freshness_lines
from .cycles import given_summary
from .decisions import DecisionEntry
from .doses import BodySize, RegimenDoses, body_size, regimens_doses
from .formats import DASH, fmt_date, fmt_mrd, fmt_number, not_recorded, semicolon, text_label, yes_no
from .i18n import N_, _
from .rationale import RationaleItem, rationale
from .references import ELN_RISK_CITATION, RESPONSE_CITATION, CitedText, Reference, References
from .sentences import eln_test_names, worded
from .vocabulary import explain
from .wording import readable

CLINICIAN_NOTE: Final = N_(
    "Decision support only — the treating clinician decides. Check every dose against the local protocol "
    "and the drug label."
)

# Relapse-related states for which the algorithm gives a recommendation (clinical-spec.md §1).
RELAPSED_STATES: Final = frozenset({"relapsed", "molecular_relapse", "primary_refractory"})

_COURSE_HEADER: Final = (N_("Phase"), N_("Regimen"), N_("Start"), N_("End"), N_("Cycle"))
_ASSESSMENT_HEADER: Final = (
    N_("Date"),
    N_("Marrow blasts %"),
    N_("Circ. blasts"),
    N_("EMD"),
    N_("ANC"),
    N_("Platelets"),
    N_("Hb g/dL"),
    N_("MRD"),
    N_("Response"),
)


def course_header() -> tuple[str, ...]:
    """The course table's column names in the current language."""
    return tuple(_(name) for name in _COURSE_HEADER)


def assessment_header() -> tuple[str, ...]:
    """The assessment table's column names in the current language."""
    return tuple(_(name) for name in _ASSESSMENT_HEADER)


@dataclass(frozen=True)
class Fact:
    """A label and its value: one row of a two-column table."""

    label: str
    value: str

    def line(self) -> str:
        """``Name: Patient One`` (``Nom : …`` in French: the colon follows the language's typography)."""
        return _("{label}: {value}").format(label=self.label, value=self.value)


@dataclass(frozen=True)
class DecisionLine:
    heading: str
    details: tuple[str, ...]


@dataclass(frozen=True)
class HeaderInfo:
    clinic_name: str
    patient_name: str
    hospital_number: str
    birth_date: str
    printed_on: str
    versions: str


@dataclass(frozen=True)
class SummaryView:
    """Every word and number about one patient, in reading order (the PDF's order)."""

    header: HeaderInfo
    title: str
    as_of: str
    status: str  # the status in words
    relapsed: bool  # the status is one the algorithm treats (shown in red on screen)
    banner: str  # said first when not empty (APL is out of scope)
    banner_detail: str
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
    not_applicable: bool
    body_size: BodySize
    regimens: tuple[RegimenDoses, ...]
    alternatives: tuple[str, ...]
    fallbacks: tuple[str, ...]
    out_of_stock: tuple[str, ...]
    actions: tuple[CheckItem, ...]
    flags: tuple[CheckItem, ...]
    needed: tuple[NeededItem, ...]
    expected: tuple[CitedText, ...]
    rationale: tuple[RationaleItem, ...]
    pathway: str
    decisions: tuple[DecisionLine, ...]
    references: tuple[Reference, ...]
    clinician_note: str = CLINICIAN_NOTE  # build_view gives it in the view's language
    # Issue 15: each cycle's doses given, and the cumulative anthracycline (empty: no cycles recorded).
    cycle_rows: tuple[tuple[str, ...], ...] = ()
    anthracycline: str = ""

    @property
    def checklist(self) -> tuple[CheckItem, ...]:
        """Actions, then flags: the order every renderer lists them in."""
        return self.actions + self.flags


# ---------------------------------------------------------------------------- sections


def fmt_mutation(m: Mutation) -> str:
    parts = [m.gene]
    if m.variant:
        parts.append(m.variant)
    extra = []
    if m.allelic_ratio is not None:
        extra.append(_("allelic ratio {value}").format(value=fmt_number(m.allelic_ratio)))
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
        parts.append(_("no mutation in {genes}").format(genes=", ".join(wild)))
    elif tested and not found:
        parts.append(_("no mutation found"))
    if not parts:
        return not_recorded()
    text = semicolon().join(parts)
    return text[0].upper() + text[1:]


# ---------------------------------------------------------------------------- patient and diagnosis


def _patient_facts(case: Case, derived: Derived) -> tuple[Fact, ...]:
    p = case.patient
    return (
        Fact(_("Name"), p.name or not_recorded()),
        Fact(_("Hospital number"), p.hospital_number or not_recorded()),
        Fact(_("Date of birth"), _("{date} (age {age})").format(date=fmt_date(p.birth_date), age=derived.age_years)),
        Fact(_("Sex"), text_label(p.sex) if p.sex else not_recorded()),
    )


def _later_samples(case: Case, as_of: date) -> list[Fact]:
    """Molecular and cytogenetic results of samples after diagnosis (e.g. at relapse)."""
    facts = []
    for a in case.assessments:
        if a.date <= case.diagnosis.date or a.date > as_of:
            continue
        if a.has_molecular_result:
            facts.append(
                Fact(_("Mutations, {date}").format(date=fmt_date(a.date)), molecular_text(a.mutations, a.tested_genes))
            )
        if a.karyotype or a.cytogenetic_findings:
            shown = a.karyotype or ", ".join(text_label(c) for c in a.cytogenetic_findings or ())
            facts.append(Fact(_("Karyotype, {date}").format(date=fmt_date(a.date)), shown))
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
        missing = eln_test_names(derived.eln2017_missing_tests)
        risk_text += ". " + _("Missing tests that could change the group: {tests}").format(tests=missing)
    facts = [
        Fact(_("Diagnosis date"), fmt_date(dx.date)),
        Fact(_("Karyotype (as entered)"), dx.karyotype or not_recorded()),
        Fact(_("Lesions read"), _lesions_text(dx.karyotype, lesions)),
        Fact(_("Mutations at diagnosis"), molecular_text(dx.mutations, dx.tested_genes or None)),
    ]
    facts.extend(_later_samples(case, as_of))
    facts.append(Fact(_("ELN 2017 genetic risk"), risk_text))
    if derived.eln2017_reasons:
        reasons = semicolon().join(worded(r).rstrip(". ") for r in derived.eln2017_reasons)
        facts.append(Fact(_("Why this risk group"), reasons + "."))
    if derived.eln2022_risk:
        facts.append(Fact(_("ELN 2022 genetic risk"), eln2022_text(derived)))
    adverse = yes_no(derived.adverse_biology)
    if not derived.adverse_biology and derived.eln2017_risk == "unknown":
        adverse += " " + _("(ELN 2017 risk unknown and no later adverse lesion: read as not adverse)")
    if derived.adverse_biology_sources:
        adverse += f" ({semicolon().join(worded(s) for s in derived.adverse_biology_sources)})"
    facts.append(Fact(_("Adverse biology"), adverse))
    facts.append(Fact(_("Targetable mutations"), _targetable_text(derived)))
    if dx.cd33_percent is not None:
        facts.append(Fact("CD33", _("{percent} % of blasts").format(percent=fmt_number(dx.cd33_percent))))
    if dx.wbc is not None:
        facts.append(Fact(_("WBC at diagnosis"), f"{fmt_number(dx.wbc)} ×10⁹/L"))
    return tuple(facts)


def _lesions_text(karyotype: str | None, lesions: list[str]) -> str:
    if lesions:
        return ", ".join(text_label(c) for c in lesions)
    return _("none") if karyotype else _("none: no karyotype recorded")


def _targetable_text(derived: Derived) -> str:
    """FLT3/IDH1/IDH2 as the rules read them: what was found, what was negative, what is unknown.

    ``mutation_sources`` names the sample each gene's status comes from, or "not tested":
    an untested gene is unknown, never reported as "none found".
    """
    sources = dict(derived.mutation_sources)
    parts = [f"{g} ({worded(sources[g])})" if g in sources else g for g in derived.targetable_mutations]
    negative: dict[str, list[str]] = {}
    untested: list[str] = []
    for gene, source in derived.mutation_sources:
        if gene in derived.targetable_mutations or gene in derived.targets_with_failed_inhibitor:
            continue  # found (a target, or one whose inhibitor failed): never "no mutation"
        if source == "not tested":
            untested.append(gene)
        else:
            negative.setdefault(source, []).append(gene)
    for source, genes in negative.items():
        parts.append(_("no mutation in {genes}").format(genes=", ".join(genes)) + f" ({worded(source)})")
    if untested:
        parts.append(_("{genes} not tested: status unknown").format(genes=", ".join(untested)))
    if derived.targets_with_failed_inhibitor:
        failed = ", ".join(derived.targets_with_failed_inhibitor)
        parts.append(_("no longer a target: {genes} (its inhibitor failed)").format(genes=failed))
    if not parts:
        return _("none found")
    text = readable(semicolon().join(parts))
    return text[0].upper() + text[1:]


def _course_rows(case: Case, as_of: date) -> tuple[tuple[str, ...], ...]:
    rows = []
    for c in sorted(case.courses, key=lambda c: c.start):
        if c.start > as_of:
            continue
        rows.append(
            (
                text_label(c.phase),
                text_label(c.regimen),
                fmt_date(c.start),
                fmt_date(c.end),
                str(c.cycle) if c.cycle is not None else DASH,
            )
        )
    return tuple(rows)


def _flag(value: bool | None) -> str:
    return DASH if value is None else yes_no(value)


def _assessment_rows(case: Case, as_of: date) -> tuple[tuple[str, ...], ...]:
    responses = {r.index: text_label(r.category) for r in classify_assessments(case, as_of)}
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
                fmt_mrd(a.mrd),
                responses.get(index, DASH),
            )
        )
    return tuple(rows)


def _standing(case: Case, result: Result) -> tuple[Fact, ...]:
    d = result.derived
    facts = [Fact(_("Status"), text_label(d.status)), Fact(_("Age"), _("{years} years").format(years=d.age_years))]
    if d.cr1_date is not None:
        facts.append(Fact(_("First remission (CR1)"), fmt_date(d.cr1_date)))
    else:
        facts.append(Fact(_("First remission (CR1)"), _("never reached")))
    if d.cr1_duration_months is not None:
        length = _("{months} months (CR1 to first relapse)").format(months=fmt_number(d.cr1_duration_months))
        facts.append(Fact(_("CR1 length"), length))
    facts.append(Fact(_("Relapse number"), str(d.relapse_number)))
    if d.first_relapse_date is not None:
        facts.append(Fact(_("First relapse"), fmt_date(d.first_relapse_date)))
    if d.latest_relapse_date is not None and d.latest_relapse_date != d.first_relapse_date:
        facts.append(Fact(_("Latest relapse"), fmt_date(d.latest_relapse_date)))
    if d.molecular_relapse_date is not None:
        facts.append(Fact(_("Molecular (MRD) relapse"), fmt_date(d.molecular_relapse_date)))
    if d.intensive_cycles_without_remission:
        facts.append(Fact(_("Intensive cycles without remission"), str(d.intensive_cycles_without_remission)))
    if d.venetoclax_cycles_without_remission:
        facts.append(Fact(_("Venetoclax cycles without remission"), str(d.venetoclax_cycles_without_remission)))
    if d.post_transplant:
        if d.months_since_transplant:
            months = fmt_number(d.months_since_transplant)
            shown = _("relapse after allogeneic HCT, {months} months before relapse").format(months=months)
        else:
            shown = _("relapse after allogeneic HCT")
        facts.append(Fact(_("Transplant"), shown))
    else:
        hct = [c for c in case.courses if c.phase == "transplant" and c.start <= result.as_of]
        shown = semicolon().join(f"{text_label(c.regimen)} {fmt_date(c.start)}" for c in hct)
        facts.append(Fact(_("Transplant"), shown or _("none recorded")))
    facts.append(Fact(_("Fitness for intensive therapy"), _fitness_text(case, d)))
    criteria = app_data(case).fitness_criteria  # ticked in the fitness form (Ferrara 2013)
    if criteria:
        facts.append(Fact(_("Ferrara criteria ticked"), ", ".join(text_label(c) for c in criteria)))
    if d.prior_venetoclax_failure:
        facts.append(Fact(_("Prior venetoclax failure"), yes_no(True)))
    # clinical-spec.md §8.9 and §8.6 (ruleset 2026.2): what failed, and data too old to rely on.
    failed = failed_regimen_lines(d.failed_regimens)
    facts.append(Fact(_("Failed regimens (not offered again)"), semicolon().join(failed) if failed else _("none")))
    facts += [Fact(_("Data freshness"), line) for line in freshness_lines(d, result.recommendation.flags)]
    if d.current_wbc is not None:
        facts.append(Fact(_("Current WBC"), f"{fmt_number(d.current_wbc)} ×10⁹/L"))
    if d.european_prognostic_index is not None:
        points = _("{points} points").format(points=d.european_prognostic_index)
        group = f" ({text_label(d.european_prognostic_index_group)})" if d.european_prognostic_index_group else ""
        facts.append(Fact(_("European Prognostic Index"), points + group))
    return tuple(facts)


def _fitness_text(case: Case, d: Derived) -> str:
    if d.fit_for_intensive is None:
        text = _("not judged: fitness unknown")
    else:
        text = _("fit") if d.fit_for_intensive else _("unfit")
    source = text_label(d.fitness_source) if d.fitness_source and d.fitness_source != "unknown" else ""
    if source:
        text += f" ({source})"
    if d.ecog is not None:
        text += f"{semicolon()}ECOG {d.ecog}"
    if case.fitness is not None and case.fitness.date is not None:
        text += semicolon() + _("assessed {date}").format(date=fmt_date(case.fitness.date))
    return text


def _decision_lines(entries: tuple[DecisionEntry, ...], current_ruleset: str) -> tuple[DecisionLine, ...]:
    lines = []
    for entry in entries:
        d = entry.decision
        verdict = _("Accepted") if entry.accepted else _("Overridden")
        heading = f"{fmt_date(d.date)}: {verdict}"
        if entry.status:  # corrected: still printed, marked, with why
            heading += " — " + (_("VOID") if entry.status == "voided" else _("SUPERSEDED"))
        details = [
            _("Recommended: {therapy}").format(therapy=text_label(d.recommended)),
            _("Chosen: {therapy}").format(therapy=text_label(d.chosen)),
        ]
        if d.regimen:
            details[-1] += f" ({text_label(d.regimen)})"
        if not entry.accepted or d.override_reason or entry.reason_code:
            reason = d.override_reason or not_recorded()
            if entry.reason_code:
                coded = text_label(entry.reason_code)
                # Older records carry the coded words in the text too: never print them twice.
                repeated = not d.override_reason or d.override_reason.startswith(coded)
                reason = (d.override_reason or coded) if repeated else f"{coded}: {reason}"
            details.append(_("Reason: {reason}").format(reason=reason))
        if entry.status:
            word = _("Voided") if entry.status == "voided" else _("Superseded")
            details.insert(0, f"{word}: {entry.status_reason or not_recorded()}")
        who = d.clinician or entry.recorded_by
        if who:
            details.append(_("Clinician: {name}").format(name=who))
        if entry.recorded_at:
            details.append(_("Recorded {when}").format(when=entry.recorded_at.replace("T", " ")[:16]))
        if entry.ruleset_version:
            note = (
                ""
                if entry.ruleset_version == current_ruleset
                else " " + _("(this page uses {ruleset})").format(ruleset=current_ruleset)
            )
            details.append(_("Rule set {version}").format(version=entry.ruleset_version) + note)
        lines.append(DecisionLine(heading, tuple(details)))
    return tuple(lines)


def _therapy_text(category: str, regimens: tuple[str, ...]) -> str:
    text = text_label(category)
    if regimens:
        text += ": " + ", ".join(text_label(r) for r in regimens)
    return text


def build_view(
    case: Case,
    result: Result,
    *,
    today: date,
    clinic_name: str = DASH,
    decisions: Iterable[DecisionEntry] = (),
    out_of_stock: Mapping[str, date] | None = None,
    app_version: str = __version__,
) -> SummaryView:
    """The view of ``case`` and the engine's ``result``; ``today`` is the day the page is made.

    ``out_of_stock`` (formulary key -> since) is listed beside the substitutions it caused.
    """
    derived, rec = result.derived, result.recommendation
    refs = References()
    as_of = result.as_of
    patient = case.patient
    header = HeaderInfo(
        clinic_name=clinic_name,
        patient_name=patient.name or _("Name not recorded"),
        hospital_number=patient.hospital_number or not_recorded(),
        birth_date=fmt_date(patient.birth_date),
        printed_on=fmt_date(today),
        versions=_("AML Desktop {app} · engine {engine} · ruleset {ruleset}").format(
            app=app_version, engine=result.engine_version, ruleset=result.ruleset_version
        ),
    )
    diagnosis = _diagnosis_facts(case, derived, as_of, refs)
    course_rows = _course_rows(case, as_of)
    response_refs = refs.cite([RESPONSE_CITATION])
    assessment_rows = _assessment_rows(case, as_of)
    standing = _standing(case, result)
    cycle_rows, anthracycline = given_summary(case, refs, as_of)
    notes = tuple(dict.fromkeys(worded(n) for n in [*derived.notes, *result.warnings]))
    size = body_size(case, as_of=as_of, today=today, refs=refs)
    regimens = regimens_doses(rec.primary.regimens, size, refs, derived.age_years)
    alternatives = tuple(_therapy_text(t.category, t.regimens) for t in rec.alternatives)
    fallbacks = tuple(
        _("{label}: {value}").format(label=f"{text_label(f.intended)} → {text_label(f.used)}", value=worded(f.reason))
        for f in rec.fallbacks_applied
    )
    stock = tuple(
        _("{item}: out of stock since {date}").format(item=text_label(key), date=fmt_date(since))
        for key, since in sorted((out_of_stock or {}).items())
    )
    not_applicable = rec.primary.category == "not_applicable"
    primary = text_label(rec.primary.category)
    if not_applicable:
        primary_detail = _(
            "No relapsed or refractory treatment applies: the status is {status}. "
            "The algorithm of DeWolf & Tallman applies once the disease is relapsed or refractory; continue the "
            "course and record each assessment."
        ).format(status=text_label(derived.status).lower())
    elif rec.primary.regimens:
        regimen_names = ", ".join(text_label(r) for r in rec.primary.regimens)
        primary_detail = _("Regimens the clinic can give, best first: {regimens}").format(regimens=regimen_names)
    else:
        primary_detail = _("No drug regimen: see the checklist.") if rec.actions or rec.flags else _("No drug regimen.")
    expected = tuple(
        CitedText(f"{text_label(o.regimen)}: {readable(_(o.text))}", refs.cite(o.cites), tuple(o.cites))
        for o in rec.expected_outcomes
    )
    steps = rationale(rec, refs)
    apl = "apl_out_of_scope" in rec.flags
    return SummaryView(
        header=header,
        title=_("Treatment summary: relapsed or refractory AML"),
        as_of=fmt_date(as_of),
        status=text_label(derived.status),
        relapsed=derived.status in RELAPSED_STATES,
        banner=text_label("apl_out_of_scope") if apl else "",
        banner_detail=explain("apl_out_of_scope") if apl else "",
        patient=_patient_facts(case, derived),
        diagnosis=diagnosis,
        course_rows=course_rows,
        assessment_rows=assessment_rows,
        response_refs=response_refs,
        chart=chart_data(case, derived, as_of),
        standing=standing,
        notes=notes,
        primary=primary,
        primary_detail=primary_detail,
        not_applicable=not_applicable,
        body_size=size,
        regimens=regimens,
        alternatives=alternatives,
        fallbacks=fallbacks,
        out_of_stock=stock if fallbacks else (),
        actions=actions(result),
        flags=flags(result),
        needed=needed_items(result, regimens),
        expected=expected,
        rationale=steps,
        pathway=rec.pathway,
        decisions=_decision_lines(tuple(decisions), result.ruleset_version),
        cycle_rows=cycle_rows,
        anthracycline=anthracycline,
        references=refs.entries(),
        clinician_note=_(CLINICIAN_NOTE),
    )
