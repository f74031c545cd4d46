"""Body-surface area and the absolute amount of a per-m2 or per-kg dose line.

Mosteller's formula (Mosteller 1987) is used because it is the one most dosing sheets
print and the easiest to check by hand: sqrt(height_cm x weight_kg / 3600). The result is
rounded to two decimals, as clinicians write it, and doses are computed from that rounded
value so that the printed BSA and the printed amount agree.

The amounts are a checking aid, not an order: no rounding to vial sizes, no adjustment
for obesity, renal or hepatic function (local protocol decides those).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from .catalog import Dose
from .sentences import say

#: Plausible adult ranges; outside them a typing slip (metres for centimetres, pounds for kg) is likelier.
HEIGHT_CM_RANGE: Final = (100.0, 250.0)
WEIGHT_KG_RANGE: Final = (25.0, 300.0)
BSA_M2_RANGE: Final = (0.8, 3.5)

BSA_CITATION: Final = "Mosteller 1987"

# unit of the dose line -> (what it is per, factor to the absolute unit, absolute unit)
_CONVERSIONS: Final[dict[str, tuple[str, float, str]]] = {
    "mg/m2": ("m2", 1.0, "mg"),
    "g/m2": ("m2", 1000.0, "mg"),
    "mg/kg": ("kg", 1.0, "mg"),
    "ug/kg": ("kg", 1.0, "ug"),
}


def _check(value: float, name: str, low: float, high: float, unit: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(say("{name} must be a number, not {value}", name=name, value=repr(value)))
    if not low <= value <= high:
        raise ValueError(
            say(
                "{name} must be between {low} and {high} {unit}, not {value}",
                name=name,
                low=low,
                high=high,
                unit=unit,
                value=value,
            )
        )
    return float(value)


def check_height_cm(height_cm: float) -> float:
    """The height as a float; ``ValueError`` naming ``height_cm`` when implausible."""
    return _check(height_cm, "height_cm", *HEIGHT_CM_RANGE, "cm")


def check_weight_kg(weight_kg: float) -> float:
    """The weight as a float; ``ValueError`` naming ``weight_kg`` when implausible."""
    return _check(weight_kg, "weight_kg", *WEIGHT_KG_RANGE, "kg")


def body_surface_area(height_cm: float, weight_kg: float) -> float:
    """Mosteller body-surface area in m2, rounded to 2 decimals (cite ``BSA_CITATION``)."""
    height = check_height_cm(height_cm)
    weight = check_weight_kg(weight_kg)
    return _half_up(math.sqrt(height * weight / 3600.0), "0.01")


def round_amount(amount: float) -> float:
    """Round half up as a dosing sheet would: whole units from 100, one decimal from 10, else two.

    Half up (136.5 -> 137), not Python's round-half-even, so a hand check agrees.
    """
    return _half_up(amount, "1" if amount >= 100 else "0.1" if amount >= 10 else "0.01")


def _half_up(value: float, places: str) -> float:
    return float(Decimal(repr(value)).quantize(Decimal(places), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class DoseAmount:
    """An absolute amount for one administration, and whether the dose line's cap applied."""

    amount: float
    unit: str
    uncapped: float
    capped: bool


def calculate_dose(dose: Dose, bsa_m2: float | None, weight_kg: float | None) -> DoseAmount | None:
    """The absolute amount of ``dose`` with the cap shown; see ``dose_amount``."""
    if dose.amount is None or dose.unit not in _CONVERSIONS:
        return None
    per, factor, unit = _CONVERSIONS[dose.unit]
    if per == "m2":
        if bsa_m2 is None:
            return None
        size = _check(bsa_m2, "bsa_m2", *BSA_M2_RANGE, "m2")
    else:
        if weight_kg is None:
            return None
        size = check_weight_kg(weight_kg)
    uncapped = round_amount(dose.amount * factor * size)
    if dose.max_amount is not None and uncapped > dose.max_amount:
        return DoseAmount(dose.max_amount, unit, uncapped, True)
    return DoseAmount(uncapped, unit, uncapped, False)


def dose_amount(dose: Dose, bsa_m2: float | None, weight_kg: float | None) -> tuple[float, str] | None:
    """``(amount, unit)`` per administration for a per-m2 or per-kg dose line.

    mg/m2 and g/m2 give mg; mg/kg gives mg; ug/kg gives ug. The dose line's
    ``max_amount`` caps the result (gemtuzumab ozogamicin: 4.5 mg). ``None`` for a flat
    dose (already absolute), a line without a verified amount, or when the BSA or weight
    it needs is not known. Implausible BSA or weight raises ``ValueError`` naming it.
    """
    result = calculate_dose(dose, bsa_m2, weight_kg)
    return None if result is None else (result.amount, result.unit)
