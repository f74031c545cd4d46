"""Chemotherapy cycles as use cases shared by the window and the command line.

Each function takes the patient's ``Case`` and returns the changed ``Case`` (its
``extensions["aml_desktop"]`` rewritten, every other key kept); the caller saves it with the
store's stale-save check. Nothing here draws or prints.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from aml_desktop.engine.case import Case
from aml_desktop.engine.catalog import load_catalog
from aml_desktop.engine.cycles import (
    Administration,
    Cycle,
    CycleError,
    CycleSettings,
    Modification,
    modify,
    plan_cycle,
    read_cycles,
    record,
    with_cycles,
)
from aml_desktop.engine.measurements import measurements
from aml_desktop.engine.organ import OrganResult, read_organ_results, with_organ_results


@dataclass(frozen=True)
class BodySizeDefaults:
    """What the plan form starts with: the latest height, the latest weight and its date."""

    height_cm: float | None
    weight_kg: float | None
    weight_date: date | None


def body_size_defaults(case: Case, on: date) -> BodySizeDefaults:
    """The latest height and latest weight recorded on or before ``on`` (each shown with its date on the plan)."""
    found = [m for m in measurements(case) if m.date <= on]
    heights = [m for m in found if m.height_cm is not None]
    weights = [m for m in found if m.weight_kg is not None]
    return BodySizeDefaults(
        heights[-1].height_cm if heights else None,
        weights[-1].weight_kg if weights else None,
        weights[-1].date if weights else None,
    )


def next_cycle_number(case: Case, regimen: str) -> int:
    """1 + the number of planned cycles of ``regimen``."""
    return 1 + sum(1 for c in read_cycles(case.extensions) if c.regimen == regimen)


def plan(
    case: Case,
    *,
    regimen: str,
    start: date,
    phase: str,
    cycle_number: int,
    height_cm: float | None,
    weight_kg: float | None,
    weight_date: date | None,
    by: str,
    settings: CycleSettings,
) -> tuple[Case, Cycle]:
    """The case with a new cycle planned from the catalog; ``CycleError`` naming the field."""
    try:
        entry = load_catalog().get(regimen)
    except KeyError:
        raise CycleError(f"regimen: {regimen!r} is not in the regimen catalog") from None
    if not entry.doses:
        raise CycleError(f"regimen: {regimen} has no verified dose schedule in the catalog: check local protocol")
    cycle = plan_cycle(
        entry,
        cycle_id=uuid.uuid4().hex[:12],
        phase=phase,
        cycle_number=cycle_number,
        start=start,
        planned_by=by,
        height_cm=height_cm,
        weight_kg=weight_kg,
        weight_date=weight_date,
        settings=settings,
    )
    cycles = read_cycles(case.extensions)
    return replace(case, extensions=with_cycles(case.extensions, [*cycles, cycle])), cycle


def find_cycle(case: Case, cycle_id: str) -> Cycle:
    for cycle in read_cycles(case.extensions):
        if cycle.id == cycle_id:
            return cycle
    raise CycleError(f"cycle: no cycle {cycle_id!r} for this patient")


def _replaced(case: Case, new: Cycle) -> Case:
    cycles = [new if c.id == new.id else c for c in read_cycles(case.extensions)]
    return replace(case, extensions=with_cycles(case.extensions, cycles))


def change_dose(case: Case, cycle_id: str, agent: str, change: Modification, settings: CycleSettings) -> Case:
    return _replaced(case, modify(find_cycle(case, cycle_id), agent, change, settings))


def record_given(case: Case, cycle_id: str, entry: Administration) -> Case:
    cycle = find_cycle(case, cycle_id)
    if entry.day > cycle.last_day:
        raise CycleError(f"day: this cycle's calendar ends on day {cycle.last_day}")
    agent = next((a for a in cycle.agents if a.agent == entry.agent), None)
    if agent is not None and agent.days and entry.day not in agent.days:
        raise CycleError(f"day: {entry.agent} is not planned on day {entry.day} of this cycle (days {agent.schedule})")
    ordered = agent.ordered_on(entry.day) if agent is not None else None
    if ordered is not None and entry.dose_given is not None and entry.status in ("given", "reduced"):
        unit = agent.abs_unit if agent is not None else ""
        if entry.dose_given > ordered + 1e-9:
            raise CycleError(
                f"dose given: {entry.dose_given:g} {unit} is more than the dose to give ({ordered:g} {unit}); "
                "check the order (a higher dose needs a dose change first)"
            )
        if entry.status == "given" and entry.dose_given < ordered - 1e-9:
            raise CycleError(
                f"dose given: {entry.dose_given:g} {unit} is less than the dose to give ({ordered:g} {unit}); "
                "record it as reduced"
            )
    return _replaced(case, record(cycle, entry))


def add_organ_result(case: Case, result: OrganResult) -> Case:
    """The case with ``result`` recorded; results of the same day are merged (the new values win)."""
    kept: list[OrganResult] = []
    merged = result
    for old in read_organ_results(case.extensions):
        if old.date != result.date:
            kept.append(old)
            continue
        changes = {k: v for k, v in vars(result).items() if v is not None}
        merged = replace(old, **changes)
    return replace(case, extensions=with_organ_results(case.extensions, [*kept, merged]))


def roadmap_pdf(
    case: Case,
    cycle: Cycle,
    *,
    clinic_name: str,
    paper: str,
    settings: CycleSettings,
    today: date,
    language: str | None = None,
) -> bytes:
    """The road map of ``cycle`` as PDF in ``language`` (None: the clinic's); the header names today's cycle day."""
    from aml_desktop import __version__
    from aml_desktop.engine.version import RULESET_VERSION
    from aml_desktop.present.cycles import cycle_day_label, roadmap_versions, roadmap_view
    from aml_desktop.present.formats import fmt_date
    from aml_desktop.present.i18n import use_language
    from aml_desktop.present.summary import HeaderInfo
    from aml_desktop.reports.roadmap import render_roadmap

    with use_language(language):
        cycles = read_cycles(case.extensions)
        view = roadmap_view(case, cycle, cycles, settings, today)
        label = cycle_day_label(cycles, today)
        header = HeaderInfo(
            clinic_name=clinic_name,
            patient_name=(case.patient.name or "—") + (f"  ·  {label}" if label else ""),
            hospital_number=case.patient.hospital_number or "—",
            birth_date=fmt_date(case.patient.birth_date),
            printed_on=fmt_date(today),
            versions=roadmap_versions(__version__, RULESET_VERSION),
        )
        return render_roadmap(view, header, paper)
