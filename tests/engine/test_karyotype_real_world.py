"""The karyotype reader on ISCN as laboratories write it (clinical-spec.md §8.12, ruleset 2026.2).

Ranges, ``idem``/``sl``/``sdl``, ``cp``, markers, FISH joined with or without a space, bands with a
semicolon, recurrent rearrangements read with their breakpoints, three-way variants, and an
unreadable part that is named and makes the karyotype unavailable (never silently normal).
"""

from __future__ import annotations

from datetime import date

import pytest

from aml_desktop.engine.case import Diagnosis, Mutation
from aml_desktop.engine.eln import eln2017, eln2022
from aml_desktop.engine.karyotype import T_3Q26_V, read_karyotype

PANEL = ("NPM1", "FLT3", "CEBPA", "RUNX1", "ASXL1", "TP53", "BCOR", "EZH2", "SF3B1", "SRSF2", "STAG2", "U2AF1", "ZRSR2")


def risk(karyotype: str, *mutations: Mutation) -> tuple[str, tuple[str, ...], str]:
    diagnosis = Diagnosis(date(2020, 1, 1), karyotype=karyotype, mutations=mutations, tested_genes=PANEL)
    r17 = eln2017(diagnosis)
    return r17.risk, r17.missing_tests, eln2022(diagnosis).risk


def test_count_range_with_a_hyphen_is_read_and_the_clone_counts() -> None:
    # The cohort's miss: -5, -7, -17 in a clone counted "44-45" came back normal, intermediate.
    text = "45,XY,-7[5]/44-45,XY,-5,-7,-17[3]/46,XY[12]"
    reading = read_karyotype(text)
    assert reading.complete
    assert {"-5", "-7", "-17"} <= reading.lesions
    assert reading.monosomal_2017
    assert risk(text)[0] == "adverse"


def test_an_unreadable_clone_makes_the_karyotype_unavailable_and_is_named() -> None:
    text = "46,XY[12]/4?,XY,-5,-7,-17[3]"
    reading = read_karyotype(text)
    assert not reading.complete and not reading.normal
    assert reading.unread_parts == ("4?,XY,-5,-7,-17[3]",)
    assert any("4?,XY,-5,-7,-17[3]" in w and "not available" in w for w in reading.warnings)
    r17, missing, r22 = risk(text)
    assert (r17, missing, r22) == ("unknown", ("karyotype",), "unknown")


def test_a_readable_adverse_lesion_decides_whatever_the_unread_part() -> None:
    text = "46,XY,inv(3)(q21q26.2)[15]/4?,XY,+8[5]"
    assert not read_karyotype(text).complete
    assert risk(text)[:2] == ("adverse", ())


@pytest.mark.parametrize(
    "text", ["46,XY,inv(3)(q21;q26.2)[20]", "46,XY,inv(3)(q21q26.2)[20]", "46,XX,t(3;3)(q21.3;q26.2)"]
)
def test_inv3_with_or_without_a_semicolon_between_the_bands(text: str) -> None:
    assert "inv(3)" in read_karyotype(text).lesions
    assert risk(text)[0] == "adverse"


def test_an_inv3_with_one_breakpoint_at_3q26_is_a_mecom_rearrangement() -> None:
    assert T_3Q26_V in read_karyotype("46,XY,inv(3)(p21;q26.2)[20]").lesions


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("46,XY,t(8;21)(q22;q22)[20]", "t(8;21)"),
        ("45,X,-Y,t(8;21)(q22;q22.1)[20]", "t(8;21)"),
        ("46,XX,t(15;17)(q24;q21)[20]", "t(15;17)"),
        ("46,XX,t(15;17)(q22;q21)[20]", "t(15;17)"),  # older band name
        ("46,XX,t(15;17)(q24.1;q21.2)[20]", "t(15;17)"),
        ("46,XY,inv(16)(p13.1q22)[20]", "inv(16)"),
        ("46,XY,t(16;16)(p13.1;q22)[20]", "inv(16)"),
        ("46,XY,t(9;22)(q34.1;q11.2)[20]", "t(9;22)"),
        ("46,XY,t(6;9)(p23;q34.1)[20]", "t(6;9)"),
        ("46,XY,t(6;9)(p22;q34)[20]", "t(6;9)"),
        ("46,XY,t(9;11)(p21.3;q23.3)[20]", "t(9;11)"),
    ],
)
def test_recurrent_rearrangements_at_their_breakpoints(text: str, code: str) -> None:
    assert code in read_karyotype(text).lesions


def test_der21_t8_21_at_other_bands_is_another_abnormality_counting_toward_complex() -> None:
    text = "46,XY,der(21)t(8;21)(q13;p12),-5,-7,+8[20]"
    reading = read_karyotype(text)
    assert "t(8;21)" not in reading.lesions
    assert reading.complex_2017
    assert risk(text)[0] == "adverse"  # was favorable in ruleset 2020.1-dt


def test_t15_17_at_other_bands_is_not_apl() -> None:
    text = "46,XX,t(15;17)(p12;q11.2)[20]"
    assert "t(15;17)" not in read_karyotype(text).lesions
    diagnosis = Diagnosis(date(2020, 1, 1), karyotype=text, tested_genes=PANEL)
    assert not eln2017(diagnosis).apl
    assert eln2017(diagnosis).risk == "intermediate"


def test_a_pair_without_bands_is_read_as_the_recurrent_one_with_a_warning() -> None:
    reading = read_karyotype("46,XX,t(8;21)[20]")
    assert "t(8;21)" in reading.lesions
    assert any("no breakpoints" in w for w in reading.warnings)


@pytest.mark.parametrize(
    ("text", "code"),
    [("46,XY,t(8;2;21)(q22;p13;q22)[20]", "t(8;21)"), ("46,XX,t(4;15;17)(q21;q24;q21)[20]", "t(15;17)")],
)
def test_three_way_variants_carry_the_recurrent_rearrangement(text: str, code: str) -> None:
    reading = read_karyotype(text)
    assert code in reading.lesions
    assert any("three-way" in w for w in reading.warnings)


def test_three_way_apl_variant_is_out_of_scope() -> None:
    diagnosis = Diagnosis(date(2020, 1, 1), karyotype="46,XX,t(4;15;17)(q21;q24;q21)[20]", tested_genes=PANEL)
    assert eln2017(diagnosis).apl


@pytest.mark.parametrize(
    "text",
    [
        "46,XX[20].nuc ish(RUNX1T1,RUNX1)x2[200]",
        "46,XX[20] nuc ish(RUNX1T1,RUNX1)x2[200]",
        "46,XX[20]nuc ish(RUNX1T1,RUNX1)x2[200]",
        "46,XX[20].ish 8q22(RUNX1T1x2)",
        "46,XX[20]ish del(5)(q31)(EGR1-)",
    ],
)
def test_fish_joined_with_or_without_a_space_is_never_a_clone(text: str) -> None:
    reading = read_karyotype(text)
    assert reading.normal and reading.complete
    assert any("FISH" in w for w in reading.warnings)


def test_idem_sl_sdl_cp_and_markers_together() -> None:
    text = "47,XY,+8[5]/48,idem,+10[3]/49,sl,+11[2]/50,sdl1,+mar[2]/46,XY[10]"
    reading = read_karyotype(text)
    assert reading.complete
    assert {"+8", "other"} <= reading.lesions
    assert reading.abnormality_count == 4
    cp = read_karyotype("43~45,XY,del(5)(q13q33),-7,-17,+1~2mar[cp10]")
    assert cp.complete and {"del(5q)", "-7", "-17"} <= cp.lesions


def test_npm1_with_tp53_is_adverse_in_both_versions() -> None:
    npm1, tp53 = Mutation("NPM1", "W288fs"), Mutation("TP53", "R273H", vaf=40.0)
    r17, _, r22 = risk("46,XX[20]", npm1, tp53)
    assert (r17, r22) == ("adverse", "adverse")


def test_older_apl_band_names_are_still_apl() -> None:
    for text in ("46,XX,t(15;17)(q22;q11-12)[20]", "46,XX,t(15;17)(q22;q12)[20]"):
        assert "t(15;17)" in read_karyotype(text).lesions, text
