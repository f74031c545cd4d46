"""Body size and doses: the one file that decides how a dose reads, on screen, paper and terminal.

Rules, the same everywhere:

* Doses by body size come from ONE measurement with both height and weight
  (``engine.measurements.latest_measurement``): BSA (Mosteller) and the weight for per-kg
  doses come from the same day. A weight without a height gives no dose at all: every
  per-m² and per-kg line reads "needs height and weight", and "Needed" asks for both.
* A weight is stale (weigh again before dosing) when it is older than
  ``WEIGHT_STALE_AFTER_DAYS`` on the day the page is made, or older than the latest
  course's start (weight changes during a course of chemotherapy).
* Amounts are rounded as a dosing sheet would (``engine.bsa.round_amount``) and written
  with ``formats.fmt_amount`` and ``formats.fmt_unit``: ``1,850 mg``, ``357 µg``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Final

from aml_desktop.engine.bsa import body_surface_area, calculate_dose
from aml_desktop.engine.case import Case
from aml_desktop.engine.catalog import CHECK_LOCAL_PROTOCOL, Dose, Regimen, load_catalog
from aml_desktop.engine.measurements import Measurement, latest_measurement, latest_weight

from .formats import DASH, fmt_amount, fmt_date, fmt_number, fmt_unit, printable_note, spell_units, text_label
from .references import BSA_CITATION, References

# About 4 weeks: the usual interval between cycles, over which weight in acute leukaemia can
# change (implementation decision, clinical-spec.md has no number; check local protocol).
WEIGHT_STALE_AFTER_DAYS: Final = 28

NEEDS_BODY_SIZE: Final = "needs height and weight"

#: The columns of a dose table, on screen and paper (``DoseRow`` in this order).
DOSE_HEADER: Final = ("Agent", "Published dose", "Route", "Schedule", "For this patient", "Note")
NEEDED_BODY_SIZE: Final = "Height and weight (measured the same day) are needed to compute doses."


@dataclass(frozen=True)
class BodySize:
    """What the doses rest on: the line to print, warnings, and the numbers (None when unknown)."""

    text: str
    warnings: tuple[str, ...]
    bsa: float | None
    weight: float | None
    measured: date | None

    @property
    def complete(self) -> bool:
        return self.bsa is not None and self.weight is not None


@dataclass(frozen=True)
class DoseRow:
    agent: str
    dose: str  # as published: "100 mg/m²"
    route: str
    days: str  # the schedule: "days 1-6", "once daily, continuous"
    amount: str  # per administration for this patient: "357 µg", "needs height and weight"
    note: str


@dataclass(frozen=True)
class RegimenDoses:
    code: str
    name: str
    cycle: str
    rows: tuple[DoseRow, ...]
    notes: tuple[str, ...]
    refs: str
    ref_ids: tuple[str, ...]

    @property
    def needs_body_size(self) -> bool:
        return any(row.amount == NEEDS_BODY_SIZE for row in self.rows)


def _stale(measured: date, case: Case, as_of: date, today: date) -> list[str]:
    warnings = []
    age_days = (today - measured).days
    if age_days > WEIGHT_STALE_AFTER_DAYS:
        warnings.append(
            f"The weight is {age_days} days old on {fmt_date(today)} (measured {fmt_date(measured)}): "
            "weigh the patient again before dosing."
        )
    latest_course = max((c.start for c in case.courses if c.start <= as_of), default=None)
    if latest_course is not None and measured < latest_course:
        warnings.append(
            f"The weight was measured on {fmt_date(measured)}, before the latest course began "
            f"({fmt_date(latest_course)}): weigh the patient again before dosing."
        )
    return warnings


def _safe(find: Callable[[], Measurement | None]) -> Measurement | None:
    """A measurement lookup that a malformed extension block cannot break (its warnings say why)."""
    try:
        return find()
    except (ValueError, TypeError):
        return None


def body_size(case: Case, *, as_of: date, today: date, refs: References) -> BodySize:
    """The body size behind the doses of ``case`` on ``as_of``; stale-weight warnings against ``today``."""
    pair = _safe(lambda: latest_measurement(case, on_or_before=as_of))
    weight = _safe(lambda: latest_weight(case, on_or_before=as_of))
    if pair is None or pair.height_cm is None or pair.weight_kg is None:
        if weight is None or weight.weight_kg is None:
            return BodySize(
                "BSA not recorded: no height and weight on file. Doses by body size need both, measured the same day.",
                (),
                None,
                None,
                None,
            )
        text = (
            f"BSA not recorded: no height on file (weight {fmt_number(weight.weight_kg)} kg on "
            f"{fmt_date(weight.date)}). Doses by body size need height and weight measured the same day."
        )
        return BodySize(text, (), None, None, weight.date)
    try:
        bsa = body_surface_area(pair.height_cm, pair.weight_kg)
    except ValueError as error:
        return BodySize(f"BSA not calculated: {error}.", (), None, None, pair.date)
    text = (
        f"BSA {bsa:.2f} m² (Mosteller {refs.cite([BSA_CITATION])}) from height {fmt_number(pair.height_cm)} cm and "
        f"weight {fmt_number(pair.weight_kg)} kg measured {fmt_date(pair.date)}."
    )
    warnings = _stale(pair.date, case, as_of, today)
    if weight is not None and weight.weight_kg is not None and weight.date > pair.date:
        warnings.append(
            f"A newer weight ({fmt_number(weight.weight_kg)} kg on {fmt_date(weight.date)}) has no height: "
            "the doses use the older pair. Measure the height to use the newer weight."
        )
    return BodySize(text, tuple(warnings), bsa, pair.weight_kg, pair.date)


def dose_row(dose: Dose, size: BodySize) -> DoseRow:
    """One dose line: as published, and per administration for this patient."""
    unit = fmt_unit(dose.unit)
    published = f"{fmt_number(dose.amount)} {unit}" if dose.amount is not None else "check local protocol"
    if dose.amount is None:
        amount = DASH
    elif not (dose.unit.endswith("/m2") or dose.unit.endswith("/kg")):
        amount = f"{fmt_number(dose.amount)} {unit} (fixed dose)"
    elif not size.complete:
        amount = NEEDS_BODY_SIZE
    else:
        calculated = calculate_dose(dose, size.bsa, size.weight)
        if calculated is None:
            amount = NEEDS_BODY_SIZE
        else:
            amount = f"{fmt_amount(calculated.amount)} {fmt_unit(calculated.unit)}"
            if calculated.capped:
                amount += f" (cap; {fmt_amount(calculated.uncapped)} calculated)"
    return DoseRow(text_label(dose.agent), published, dose.route, dose.schedule, amount, printable_note(dose.note))


def regimen_doses(
    regimen: Regimen, size: BodySize, refs: References, printed: dict[str, str], age_years: int
) -> RegimenDoses:
    """One regimen's dose table for a patient of ``age_years``; never blank (clinical-spec.md §8.8).

    The verified schedule for this age (``Catalog.schedule``), or one row "check local protocol".
    A note already given under an earlier regimen is referred to, not repeated.
    """
    schedule = load_catalog().schedule(regimen.code, age_years)
    sources = tuple(dict.fromkeys([*regimen.sources, *(d.source for d in schedule if d.source)]))
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
        name=spell_units(regimen.name),
        cycle=f"{regimen.cycle_days}-day cycle" if regimen.cycle_days else "",
        rows=tuple(dose_row(d, size) for d in schedule)
        or (DoseRow("All agents", CHECK_LOCAL_PROTOCOL, DASH, DASH, DASH, ""),),
        notes=tuple(notes),
        refs=refs.cite(sources),
        ref_ids=sources,
    )


def regimens_doses(codes: Iterable[str], size: BodySize, refs: References, age_years: int) -> tuple[RegimenDoses, ...]:
    """Dose tables for the regimens the catalog knows, in the order given (free text is skipped)."""
    catalog = load_catalog()
    printed: dict[str, str] = {}
    blocks = []
    for code in codes:
        try:
            regimen = catalog.get(code)
        except KeyError:
            continue
        blocks.append(regimen_doses(regimen, size, refs, printed, age_years))
    return tuple(blocks)
