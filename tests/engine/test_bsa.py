"""Body-surface area (Mosteller) and absolute dose amounts."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aml_desktop.engine.bsa import (
    BSA_CITATION,
    HEIGHT_CM_RANGE,
    WEIGHT_KG_RANGE,
    body_surface_area,
    calculate_dose,
    dose_amount,
    round_amount,
)
from aml_desktop.engine.catalog import Dose, load_catalog
from aml_desktop.engine.citations import CITATIONS


def _dose(code: str, agent: str) -> Dose:
    return next(d for d in load_catalog().get(code).doses if d.agent == agent)


def test_mosteller_170_cm_70_kg() -> None:
    assert body_surface_area(170, 70) == 1.82
    assert body_surface_area(170.0, 70.0) == pytest.approx(math.sqrt(170 * 70 / 3600), abs=0.005)


def test_mosteller_hand_checked_values() -> None:
    # sqrt(180*90/3600) = sqrt(4.5) = 2.1213; sqrt(150*50/3600) = 1.4434
    assert body_surface_area(180, 90) == 2.12
    assert body_surface_area(150, 50) == 1.44


def test_bsa_citation_is_registered() -> None:
    assert BSA_CITATION in CITATIONS
    assert "Mosteller" in CITATIONS[BSA_CITATION].text


@pytest.mark.parametrize(
    ("height", "weight", "name"),
    [
        (1.70, 70, "height_cm"),  # metres typed for centimetres
        (170, 700, "weight_kg"),
        (170, 0, "weight_kg"),
        (-170, 70, "height_cm"),
        (float("nan"), 70, "height_cm"),
        (170, float("inf"), "weight_kg"),
        (True, 70, "height_cm"),
        ("170", 70, "height_cm"),
    ],
)
def test_implausible_inputs_raise_naming_the_argument(height: object, weight: object, name: str) -> None:
    with pytest.raises(ValueError, match=name):
        body_surface_area(height, weight)  # type: ignore[arg-type]


@given(
    st.floats(min_value=HEIGHT_CM_RANGE[0], max_value=HEIGHT_CM_RANGE[1]),
    st.floats(min_value=WEIGHT_KG_RANGE[0], max_value=WEIGHT_KG_RANGE[1]),
)
def test_bsa_is_monotone_and_in_range(height: float, weight: float) -> None:
    bsa = body_surface_area(height, weight)
    assert 0.8 <= bsa <= 4.6
    assert body_surface_area(min(height + 1, HEIGHT_CM_RANGE[1]), weight) >= bsa


def test_mec_cytarabine_1_g_per_m2_at_1_8() -> None:
    assert dose_amount(_dose("MEC", "cytarabine"), 1.8, 70) == (1800.0, "mg")


def test_mg_per_m2_rounding() -> None:
    assert dose_amount(_dose("MEC", "mitoxantrone"), 1.82, None) == (10.9, "mg")
    assert dose_amount(_dose("FLAG-IDA", "fludarabine"), 1.82, None) == (54.6, "mg")
    assert dose_amount(_dose("FLAG-IDA", "cytarabine"), 1.82, None) == (3640.0, "mg")
    assert dose_amount(_dose("AZA-VEN", "azacitidine"), 1.82, None) == (137.0, "mg")  # 136.5 rounds half up


def test_per_kg_doses_use_weight() -> None:
    assert dose_amount(_dose("FLAG-IDA", "filgrastim"), 1.82, 70) == (350.0, "ug")
    assert dose_amount(_dose("HYDROXYUREA", "hydroxyurea"), None, 70) == (3500.0, "mg")


def test_gemtuzumab_capped_at_4_5_mg() -> None:
    go = _dose("GO", "gemtuzumab_ozogamicin")
    assert dose_amount(go, 1.8, 70) == (4.5, "mg")  # 3 mg/m2 x 1.8 = 5.4 mg, capped
    detail = calculate_dose(go, 1.8, 70)
    assert detail is not None and detail.capped and detail.uncapped == 5.4
    # Below the cap the computed amount stands.
    assert dose_amount(go, 1.4, 50) == (4.2, "mg")
    small = calculate_dose(go, 1.4, 50)
    assert small is not None and not small.capped


def test_flat_missing_or_unknown_size_gives_none() -> None:
    assert dose_amount(_dose("AZA-VEN", "venetoclax"), 1.8, 70) is None  # flat 400 mg
    assert dose_amount(_dose("CLAG-M", "filgrastim"), 1.8, 70) is None  # no verified amount
    assert dose_amount(_dose("MEC", "cytarabine"), None, 70) is None
    assert dose_amount(_dose("FLAG-IDA", "filgrastim"), 1.8, None) is None


def test_implausible_bsa_or_weight_in_dose_amount_raises() -> None:
    with pytest.raises(ValueError, match="bsa_m2"):
        dose_amount(_dose("MEC", "cytarabine"), 18.0, 70)
    with pytest.raises(ValueError, match="weight_kg"):
        dose_amount(_dose("HYDROXYUREA", "hydroxyurea"), 1.8, 7000)


def test_round_amount() -> None:
    assert round_amount(1799.6) == 1800.0
    assert round_amount(54.64) == 54.6
    assert round_amount(5.456) == 5.46
    assert round_amount(136.5) == 137.0
    assert round_amount(0.125) == 0.13
