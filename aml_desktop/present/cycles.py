"""Chemotherapy cycles in words: the plan's warnings, the road map (day by day), the patient's cycle label.

Every number printed here names its source through ``References`` (numbered ``[n]`` with the
reference list at the end of the page), as the regimen catalog does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from aml_desktop.engine.case import Case
from aml_desktop.engine.catalog import CHECK_LOCAL_PROTOCOL, load_catalog
from aml_desktop.engine.cycle_checks import CycleStatus, Overdue, is_intensive_regimen, overdue_checks, planned_checks
from aml_desktop.engine.cycles import Cycle, CycleSettings, PlannedAgent, current_cycle, given_totals, weight_check
from aml_desktop.engine.organ import (
    ANTHRACYCLINE_HIGH_DOSE,
    OrganFinding,
    cumulative_anthracycline,
    has_anthracycline,
    organ_findings,
    read_organ_results,
)

from .formats import DASH, age_on, fmt_amount, fmt_date, fmt_number, fmt_unit, printable_note, semicolon, text_label
from .i18n import N_, _
from .references import BSA_CITATION, Reference, References

#: Column names (English; ``agent_header()``/``day_header()`` give them in the current language).
AGENT_HEADER: Final = (
    N_("Agent"),
    N_("Published dose"),
    N_("Route"),
    N_("Days"),
    N_("Exact"),
    N_("To give"),
    N_("Change"),
    N_("Source"),
)
DAY_HEADER: Final = (N_("Day"), N_("Date"), N_("Drugs and doses"), N_("Checks"), N_("Given"), N_("Signature"))
_CHECK_WORDS: Final = {
    "counts": N_("Blood counts"),
    "marrow": N_("Bone marrow"),
    "ecg": N_("ECG"),
    "tls_chemistry": N_("Blood chemistries (TLS)"),
}
_CHECK_NOTES: Final = {
    "window_14_28": N_("(between day 14 and 28)"),
    "before_first_dose": N_("(before the first dose)"),
}
#: The coded reasons for a dose change, in English (``reason_words`` gives them in the current language).
REASON_WORDS: Final = {
    "renal": N_("renal function"),
    "hepatic": N_("hepatic function"),
    "counts": N_("blood counts"),
    "toxicity": N_("toxicity"),
    "age": N_("age"),
    "patient_choice": N_("patient choice"),
    "other": N_("other (write the reason)"),
}


def agent_header() -> tuple[str, ...]:
    """The dose table's column names in the current language."""
    return tuple(_(name) for name in AGENT_HEADER)


def day_header() -> tuple[str, ...]:
    """The day-by-day table's column names in the current language."""
    return tuple(_(name) for name in DAY_HEADER)


def reason_words(reason: str) -> str:
    """A dose-change reason code in the current language's words."""
    return _(REASON_WORDS[reason])


_STATUS: Final = {"given": N_("given"), "held": N_("HELD"), "reduced": N_("reduced")}


def agent_name(code: str) -> str:
    return text_label(code)


def cycle_title(cycle: Cycle) -> str:
    """``MEC cycle 1`` (``MEC cure 1``)."""
    return _("{regimen} cycle {number}").format(regimen=cycle.regimen, number=cycle.cycle)


def roadmap_versions(app: str, ruleset: str) -> str:
    """The road map's footer: ``AML Desktop 0.1.0 · ruleset 2026.2`` in the current language."""
    return _("AML Desktop {app} · ruleset {ruleset}").format(app=app, ruleset=ruleset)


def cycle_day_label(cycles: Sequence[Cycle], today: date) -> str:
    """``MEC cycle 1, day 9`` for the cycle running today; empty when none is."""
    running = current_cycle(cycles, today)
    if running is None:
        return ""
    cycle, day = running
    return _("{cycle}, day {day}").format(cycle=cycle_title(cycle), day=day)


def ordered_text(agent: PlannedAgent, day: int | None = None) -> str:
    """The dose to give (on ``day``, when a change applies from a later day)."""
    amount = agent.ordered if day is None else agent.ordered_on(day)
    return DASH if amount is None else f"{fmt_amount(amount)} {fmt_unit(agent.abs_unit)}"


def _published(agent: PlannedAgent) -> str:
    if agent.dose is None:
        return _(CHECK_LOCAL_PROTOCOL)
    return f"{fmt_number(agent.dose)} {fmt_unit(agent.unit)}"


def _rounding(agent: PlannedAgent, refs: References) -> str:
    cite = refs.cite(["Issue 15"])
    if agent.rounding_note == "rounded" and agent.rounded is not None and agent.modified is not None:
        return _("rounded to stock from {amount} (within tolerance) {refs}").format(
            amount=f"{fmt_amount(agent.modified)} {fmt_unit(agent.abs_unit)}", refs=cite
        )
    if agent.rounding_note == "outside_tolerance":
        return _("not rounded: the stocked sizes are outside the tolerance {refs}").format(refs=cite)
    if agent.rounding_note == "never_round":
        return _("never rounded (clinic setting)")
    return ""


def change_text(agent: PlannedAgent) -> str:
    m = agent.modification
    if m is None:
        return ""
    how = f"{fmt_number(m.percent)} %" if m.percent is not None else f"{fmt_amount(m.new_dose or 0)} {agent.abs_unit}"
    reason = (_("other") if m.reason == "other" else reason_words(m.reason)) + (f": {m.text}" if m.text else "")
    if m.from_day > 1:
        return _("{change} from day {day}, {reason}, by {who} on {date}").format(
            change=how, day=m.from_day, reason=reason, who=m.by, date=fmt_date(m.on)
        )
    return _("{change}, {reason}, by {who} on {date}").format(change=how, reason=reason, who=m.by, date=fmt_date(m.on))


def _finding_text(f: OrganFinding, refs: References) -> str:
    def cite() -> str:
        return refs.cite([f.source]) if f.source else ""

    if f.code == "creatinine_clearance":
        return _(
            "Creatinine clearance {value} mL/min (Cockcroft-Gault, actual weight, creatinine of {date}) {refs}"
        ).format(value=fmt_number(f.value), date=fmt_date(f.when), refs=cite())
    if f.code == "clearance_needs_weight":
        return _("Creatinine of {date} recorded; creatinine clearance needs this cycle's weight.").format(
            date=fmt_date(f.when)
        )
    if f.code == "no_creatinine":
        return _("No creatinine recorded before day 1: creatinine clearance unknown.")
    if f.code == "renal_check_local_protocol":
        value = (
            _("creatinine clearance {value} mL/min").format(value=fmt_number(f.value))
            if f.value is not None
            else _("clearance unknown")
        )
        why = f" {refs.cite(['Issue 15'])}" if f.agent == "cytarabine" else ""
        text = _("{agent}: renal dose adjustment: {check} ({value}; no verified rule)").format(
            agent=agent_name(f.agent), check=_(CHECK_LOCAL_PROTOCOL), value=value
        )
        return text + why
    if f.code == "venetoclax_hepatic":
        return _(
            "Venetoclax: severe hepatic impairment (Child-Pugh C) halves the daily dose {refs}; Child-Pugh class is "
            "not recorded here: {check}."
        ).format(refs=cite(), check=_(CHECK_LOCAL_PROTOCOL))
    if f.code == "lvef_missing":
        return _("No LVEF recorded before this anthracycline: record an echocardiogram or MUGA first.")
    if f.code == "lvef_low":
        return _("LVEF {value} % on {date}: at or below 50 %, a Ferrara unfitness criterion {refs}").format(
            value=fmt_number(f.value), date=fmt_date(f.when), refs=cite()
        )
    if f.code == "lvef_recorded":
        return _("LVEF {value} % on {date}; how recent it must be: {check}.").format(
            value=fmt_number(f.value), date=fmt_date(f.when), check=_(CHECK_LOCAL_PROTOCOL)
        )
    return f.code


def _regimen_notes(cycle: Cycle) -> tuple[str, ...]:
    """The catalog's notes for the regimen and each dose line, as the recommendation shows them."""
    try:
        regimen = load_catalog().get(cycle.regimen)
    except KeyError:
        return ()
    lines = [
        _("{label}: {value}").format(label=agent_name(d.agent), value=printable_note(_(d.note)))
        for d in regimen.doses
        if d.note
    ]
    return (*lines, *(printable_note(_(note)) for note in regimen.notes))


@dataclass(frozen=True)
class PlanView:
    """The words of one cycle's plan: what the screen and the road map show above the calendar."""

    title: str
    start: str
    body: str
    warnings: tuple[str, ...]
    checklist: tuple[str, ...]
    anthracycline: str
    agent_rows: tuple[tuple[str, ...], ...]
    given_rows: tuple[tuple[str, str], ...]
    notes: tuple[str, ...] = ()  # the catalog's notes on the regimen and its dose lines (e.g. sources disagree)


def plan_view(
    case: Case, cycle: Cycle, all_cycles: Sequence[Cycle], settings: CycleSettings, refs: References
) -> PlanView:
    check = weight_check(cycle, settings)
    warnings: list[str] = []
    issue = refs.cite(["Issue 15"])
    if check.code == "missing":
        warnings.append(_("No weight recorded for this cycle: doses cannot be calculated."))
    elif check.code == "stale":
        warnings.append(
            _(
                "Weight of {date} is {days} days old on day 1 (more than {limit}): weigh again before dosing {refs}"
            ).format(
                date=fmt_date(cycle.weight_date), days=check.age_days, limit=settings.weight_max_age_days, refs=issue
            )
        )
    bsa = cycle.bsa_uncapped
    body = _("Height and weight for this cycle are needed to compute the doses.")
    if bsa is not None and cycle.height_cm is not None and cycle.weight_kg is not None:
        body = _("Height {height} cm, weight {weight} kg ({date}), BSA {bsa} m² {refs}").format(
            height=fmt_number(cycle.height_cm),
            weight=fmt_number(cycle.weight_kg),
            date=fmt_date(cycle.weight_date),
            bsa=fmt_number(bsa),
            refs=refs.cite([BSA_CITATION]),
        )
        if cycle.bsa_m2 is not None and cycle.bsa_m2 < bsa:
            body += semicolon() + _("doses use the clinic's BSA cap of {bsa} m² (set when planned)").format(
                bsa=fmt_number(cycle.bsa_m2)
            )
    age = age_on(case.patient.birth_date, cycle.start)
    findings = organ_findings(
        cycle, read_organ_results(case.extensions), age_years=age, female=case.patient.sex == "female"
    )
    checklist = tuple(_finding_text(f, refs) for f in findings if f.code.startswith("lvef"))
    warnings += [_finding_text(f, refs) for f in findings if not f.code.startswith("lvef")]
    anth = cumulative_anthracycline([c for c in all_cycles if c.start <= cycle.start], cycle)
    limit, source = ANTHRACYCLINE_HIGH_DOSE
    anth_text = (
        _("Cumulative anthracycline given before this cycle: {total} mg/m² doxorubicin equivalents {refs}").format(
            total=fmt_number(anth.given), refs=refs.cite([r[3] for r in anth.per_agent])
        )
    ).rstrip()
    if has_anthracycline(cycle):
        factors = refs.cite(["IGHG cardiomyopathy 2023", "Feijen 2019"])
        anth_text += semicolon() + _("this plan adds {added}, total {total} mg/m² (factors {refs})").format(
            added=fmt_number(anth.planned), total=fmt_number(anth.after_plan), refs=factors
        )
        if anth.passes_threshold:
            what = (
                _(
                    "The cumulative anthracycline already given is {total} mg/m² doxorubicin equivalents, at or above "
                    "{limit} mg/m² (high dose {refs}); adult lifetime limits: {check}."
                )
                if anth.given >= limit
                else _(
                    "This plan takes the cumulative anthracycline to {total} mg/m² doxorubicin equivalents, at or "
                    "above {limit} mg/m² (high dose {refs}); adult lifetime limits: {check}."
                )
            )
            warnings.insert(
                0,
                what.format(
                    total=fmt_number(anth.after_plan if anth.given < limit else anth.given),
                    limit=fmt_number(limit),
                    refs=refs.cite([source]),
                    check=_(CHECK_LOCAL_PROTOCOL),
                ),
            )
    if anth.unconverted:
        warnings.append(
            _("Anthracycline given without a BSA for the cycle ({agents}): not in the total.").format(
                agents=", ".join(agent_name(a) for a in anth.unconverted)
            )
        )
    rows = tuple(
        (
            agent_name(a.agent),
            _published(a),
            _(a.route),
            _(a.schedule),
            DASH
            if a.exact is None
            else f"{fmt_amount(a.exact)} {fmt_unit(a.abs_unit)}" + (" " + _("(capped)") if a.capped else ""),
            ordered_text(a),
            semicolon().join(t for t in (change_text(a), _rounding(a, refs)) if t),
            refs.cite([a.source]),
        )
        for a in cycle.agents
    )
    totals = given_totals([cycle])
    given_rows = tuple(
        (agent_name(agent), f"{fmt_amount(amount)} {fmt_unit(unit)}")
        for (agent, unit), amount in sorted(totals.items())
    )
    notes = _regimen_notes(cycle)
    return PlanView(
        title=cycle_title(cycle),
        start=fmt_date(cycle.start),
        body=body,
        warnings=tuple(warnings),
        checklist=checklist,
        anthracycline=anth_text,
        agent_rows=rows,
        given_rows=given_rows,
        notes=notes,
    )


@dataclass(frozen=True)
class RoadmapView:
    plan: PlanView
    subtitle: str
    days: tuple[tuple[str, ...], ...]
    overdue: tuple[str, ...]
    references: tuple[Reference, ...]


def overdue_text(item: Overdue, refs: References) -> str:
    cite = refs.cite([item.source])
    if item.code == "marrow":
        return _("Bone marrow overdue: none recorded by day 35 of this induction {refs}").format(refs=cite)
    if item.since:
        return _("Blood counts overdue: none since {date} (more than 14 days) {refs}").format(
            date=fmt_date(item.since), refs=cite
        )
    return _("Blood counts overdue: none recorded in this cycle (more than 14 days) {refs}").format(refs=cite)


def roadmap_view(
    case: Case, cycle: Cycle, all_cycles: Sequence[Cycle], settings: CycleSettings, today: date
) -> RoadmapView:
    refs = References()
    plan = plan_view(case, cycle, all_cycles, settings, refs)
    intensive = is_intensive_regimen(cycle.regimen)
    checks = planned_checks(cycle, intensive=intensive)
    last = max([cycle.last_day, *(c.day for c in checks)])
    given = {(e.day, e.agent): e for e in cycle.administrations}
    days: list[tuple[str, ...]] = []
    for day in range(1, last + 1):
        drugs = [f"{agent_name(a.agent)} {ordered_text(a, day)} {_(a.route)}" for a in cycle.agents if day in a.days]
        todays = [
            f"{_(_CHECK_WORDS[c.code])}{' ' + _(_CHECK_NOTES[c.note]) if c.note in _CHECK_NOTES else ''} "
            f"{refs.cite([c.source])}"
            for c in checks
            if c.day == day
        ]
        recorded = []
        for a in cycle.agents:
            entry = given.get((day, a.agent))
            if entry is not None:
                dose = "" if entry.dose_given is None else f" {fmt_amount(entry.dose_given)} {fmt_unit(a.abs_unit)}"
                note = f", {entry.note}" if entry.note else ""
                recorded.append(f"{agent_name(a.agent)} {_(_STATUS[entry.status])}{dose} ({entry.by}{note})")
        if not drugs and not todays and not recorded:
            continue
        days.append(
            (
                str(day),
                fmt_date(cycle.date_of(day)),
                semicolon().join(drugs) or DASH,
                semicolon().join(todays),
                semicolon().join(recorded),
                "",
            )
        )
    unscheduled = [a for a in cycle.agents if not a.days]
    for a in unscheduled:
        plan_warning = _("{agent}: schedule '{schedule}' has no day list; see the regimen note.").format(
            agent=agent_name(a.agent), schedule=_(a.schedule)
        )
        plan = PlanView(**{**plan.__dict__, "warnings": (*plan.warnings, plan_warning)})
    overdue = tuple(overdue_text(o, refs) for o in overdue_checks(cycle, case.assessments, today, intensive=intensive))
    running = cycle.day_of(today)
    subtitle = _("Day 1 = {date}; planned by {who}").format(date=fmt_date(cycle.start), who=cycle.planned_by)
    if 1 <= running <= last:
        subtitle += semicolon() + _("today is day {day}").format(day=running)
    return RoadmapView(plan=plan, subtitle=subtitle, days=tuple(days), overdue=overdue, references=refs.entries())


_GIVEN_HEADER: Final = (N_("Cycle"), N_("Day 1"), N_("Doses given (total per agent)"), N_("Held or reduced"))


def given_header() -> tuple[str, ...]:
    """The given-chemotherapy table's column names in the current language."""
    return tuple(_(name) for name in _GIVEN_HEADER)


def given_summary(case: Case, refs: References, as_of: date) -> tuple[tuple[tuple[str, ...], ...], str]:
    """For the summary: each cycle's doses GIVEN up to ``as_of``, and the cumulative anthracycline since diagnosis.

    A stored cycle that cannot be read is named instead of silently left out.
    """
    from dataclasses import replace

    from aml_desktop.engine.cycles import CycleError, read_cycles

    try:
        stored = read_cycles(case.extensions)
    except CycleError as error:
        return (), _("The stored chemotherapy cycles cannot be read: {error}").format(error=error)
    cycles = [
        replace(c, administrations=tuple(e for e in c.administrations if c.date_of(e.day) <= as_of))
        for c in stored
        if c.start <= as_of
    ]
    if not cycles:
        return (), ""
    rows = []
    for cycle in cycles:
        totals = given_totals([cycle])
        given = semicolon().join(
            f"{agent_name(agent)} {fmt_amount(amount)} {fmt_unit(unit)}"
            for (agent, unit), amount in sorted(totals.items())
        )
        exceptions = semicolon().join(
            _("day {day} {agent} {status}").format(day=e.day, agent=agent_name(e.agent), status=_(_STATUS[e.status]))
            + (f" ({e.note})" if e.note else "")
            for e in cycle.administrations
            if e.status != "given"
        )
        rows.append((cycle_title(cycle), fmt_date(cycle.start), given or _("nothing recorded as given"), exceptions))
    anth = cumulative_anthracycline(cycles)
    text = ""
    if anth.given or anth.unconverted or any(has_anthracycline(c) for c in cycles):
        limit, source = ANTHRACYCLINE_HIGH_DOSE
        parts = ", ".join(
            f"{agent_name(a)} {fmt_number(t)} mg/m² x {fmt_number(f)}" for a, t, f, _unit in anth.per_agent
        )
        factors = refs.cite(["IGHG cardiomyopathy 2023", "Feijen 2019"])
        text = _(
            "Cumulative anthracycline given: {total} mg/m² doxorubicin equivalents{agents} {refs}; "
            "high dose from {limit} mg/m² {source}."
        ).format(
            total=fmt_number(anth.given),
            agents=f" ({parts})" if parts else "",
            refs=factors,
            limit=fmt_number(limit),
            source=refs.cite([source]),
        )
        if anth.unconverted:
            agents = ", ".join(agent_name(a) for a in anth.unconverted)
            text += " " + _("Not counted (no BSA for the cycle): {agents}.").format(agents=agents)
    return tuple(rows), text


_OVERDUE_WORDS: Final = {"marrow": N_("marrow"), "counts": N_("counts")}


def status_text(status: CycleStatus | None) -> tuple[str, bool]:
    """The patient list's cycle cell: ``MEC C1 day 9``, with ``overdue: counts``; and whether anything is overdue."""
    if status is None:
        return "", False
    text = (
        _("{regimen} C{cycle} day {day}").format(regimen=status.regimen, cycle=status.cycle, day=status.day)
        if status.running
        else f"{status.regimen} C{status.cycle}"
    )
    if status.overdue:
        overdue = ", ".join(_(_OVERDUE_WORDS[o]) if o in _OVERDUE_WORDS else o for o in status.overdue)
        text += " · " + _("overdue: {items}").format(items=overdue)
    return text, bool(status.overdue)
