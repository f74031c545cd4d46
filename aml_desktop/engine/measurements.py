"""Height and weight over time, read from the case file's ``extensions["aml_desktop"]["measurements"]``.

The case format is fixed, so BSA inputs live in the application's extension block as a
list of ``{"date": "YYYY-MM-DD", "height_cm": number, "weight_kg": number}`` (either
number may be absent: weight is often measured without height). The block may have been
written by another tool or by hand, so it is read defensively: an entry that cannot be
read is skipped whole (a half-read entry could pair a height with the wrong weight) and
reported by ``measurement_warnings`` naming the entry and the field; nothing is guessed.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from .bsa import HEIGHT_CM_RANGE, WEIGHT_KG_RANGE, body_surface_area
from .case import Case

_PATH: Final = 'extensions["aml_desktop"]["measurements"]'
_FIELDS: Final = ("date", "height_cm", "weight_kg")


@dataclass(frozen=True)
class Measurement:
    """One dated measurement; ``None`` means not measured that day."""

    date: date
    height_cm: float | None = None
    weight_kg: float | None = None

    @property
    def bsa_m2(self) -> float | None:
        """Mosteller BSA when both height and weight were measured, else ``None``."""
        if self.height_cm is None or self.weight_kg is None:
            return None
        return body_surface_area(self.height_cm, self.weight_kg)


def _number(value: Any, name: str, low: float, high: float, unit: str) -> tuple[float | None, str | None]:
    if value is None:
        return None, None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None, f"{name} must be a number, not {value!r}"
    if not low <= value <= high:
        return None, f"{name} must be between {low:g} and {high:g} {unit}, not {value:g}"
    return float(value), None


def _entry(raw: Any) -> tuple[Measurement | None, list[str]]:
    """The measurement and the problems with it (a problem other than an unknown field skips it)."""
    if not isinstance(raw, Mapping):
        return None, [f"must be an object, not {type(raw).__name__}"]
    problems: list[str] = []
    when: date | None = None
    text = raw.get("date")
    if not isinstance(text, str):
        problems.append("date is missing" if text is None else f"date must be a YYYY-MM-DD string, not {text!r}")
    else:
        try:
            when = date.fromisoformat(text)
        except ValueError:
            problems.append(f"date must be a valid YYYY-MM-DD date, not {text!r}")
    height, height_problem = _number(raw.get("height_cm"), "height_cm", *HEIGHT_CM_RANGE, "cm")
    weight, weight_problem = _number(raw.get("weight_kg"), "weight_kg", *WEIGHT_KG_RANGE, "kg")
    problems += [p for p in (height_problem, weight_problem) if p]
    if not problems and height is None and weight is None:
        problems.append("has neither height_cm nor weight_kg")
    unknown = sorted(str(k) for k in raw if k not in _FIELDS)
    notes = [f"unknown field(s) {', '.join(unknown)} ignored"] if unknown else []
    if problems or when is None:
        return None, [*problems, *notes]
    return Measurement(when, height, weight), notes


def parse_measurements(entries: Any, path: str = _PATH) -> tuple[tuple[Measurement, ...], tuple[str, ...]]:
    """The readable entries of a measurement list, oldest first, and one warning per problem."""
    if entries is None:
        return (), ()
    if not isinstance(entries, list):
        return (), (f"{path} must be a list, not {type(entries).__name__}: measurements not read",)
    found: list[Measurement] = []
    warnings: list[str] = []
    for index, raw in enumerate(entries):
        measurement, problems = _entry(raw)
        suffix = "" if measurement is not None else " (entry skipped)"
        warnings += [f"{path}[{index}]: {problem}{suffix}" for problem in problems]
        if measurement is not None:
            found.append(measurement)
    # sorted() is stable: entries on the same day keep their order in the file.
    return tuple(sorted(found, key=lambda m: m.date)), tuple(warnings)


def _read(case: Case) -> tuple[tuple[Measurement, ...], tuple[str, ...]]:
    from .app_data import app_data  # app_data reads the whole block (and imports this module)

    data = app_data(case)
    return data.measurements, data.measurement_warnings


def measurements(case: Case) -> tuple[Measurement, ...]:
    """Every readable measurement, oldest first (invalid entries skipped: see ``measurement_warnings``)."""
    return _read(case)[0]


def measurement_warnings(case: Case) -> tuple[str, ...]:
    """One message per problem in the measurement block, each naming the entry and the field."""
    return _read(case)[1]


def latest_measurement(case: Case, on_or_before: date | None = None) -> Measurement | None:
    """The latest entry with both height and weight, on or before ``on_or_before`` if given.

    Heights and weights are not combined across entries: a weight from one day and a
    height from another would be a silent guess. So a newer weight-only entry does not
    replace the last complete pair; the GUI should show the newer weight beside it and
    ask for a height. Of several complete entries on the same day the last one listed wins.
    """
    complete = [
        m
        for m in measurements(case)
        if m.height_cm is not None and m.weight_kg is not None and (on_or_before is None or m.date <= on_or_before)
    ]
    return complete[-1] if complete else None


def latest_weight(case: Case, on_or_before: date | None = None) -> Measurement | None:
    """The latest entry with a weight (height may be absent), for showing a newer weight than the last pair."""
    weighed = [
        m for m in measurements(case) if m.weight_kg is not None and (on_or_before is None or m.date <= on_or_before)
    ]
    return weighed[-1] if weighed else None
