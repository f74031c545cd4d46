"""ISCN karyotype reading: ELN lesions, complex and monosomal karyotype, unreadable text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aml_desktop.engine import codes
from aml_desktop.engine.karyotype import LESION_CODES, T_3Q26_V, T_8_16, merge_findings, read_karyotype


@pytest.mark.parametrize(
    ("text", "lesions"),
    [
        ("46,XY,inv(3)(q21q26)", {"inv(3)"}),
        ("46,XX,t(3;3)(q21.3;q26.2)", {"inv(3)"}),
        ("45,XX,-7", {"-7"}),
        ("45,XY,-5", {"-5"}),
        ("45,XY,-17", {"-17"}),
        ("46,XX,del(5)(q13q33)", {"del(5q)"}),
        ("46,XX,del(5q)", {"del(5q)"}),
        ("47,XY,+8", {"+8"}),
        ("46,XX,t(8;21)(q22;q22)", {"t(8;21)"}),
        ("46,XY,t(9;11)(p22;q23)", {"t(9;11)"}),
        ("46,XY,t(9;11)(p21.3;q23.3)", {"t(9;11)"}),
        ("46,XX,t(11;19)(q23;p13.1)", {"t(v;11q23)"}),
        ("46,XY,t(6;11)(q27;q23)", {"t(v;11q23)"}),
        ("46,XY,t(4;11)(q21;q23)", {"t(v;11q23)"}),
        ("46,XY,inv(16)(p13.1q22)", {"inv(16)"}),
        ("46,XY,t(16;16)(p13;q22)", {"inv(16)"}),
        ("46,XX,t(15;17)(q24;q21)", {"t(15;17)"}),
        ("46,XY,t(6;9)(p23;q34)", {"t(6;9)"}),
        ("46,XY,t(9;22)(q34;q11.2)", {"t(9;22)"}),
        ("46,XY,del(17)(p11)", {"abn(17p)"}),
        ("46,XX,i(17)(q10)", {"abn(17p)"}),
        ("46,XX,i(17q)", {"abn(17p)"}),
        ("46,XY,add(17)(p13)", {"abn(17p)"}),
        ("46,XX,t(8;16)(p11.2;p13.3)", {T_8_16}),
        ("46,XY,t(3;21)(q26;q22)", {T_3Q26_V}),
        ("46,XY,t(2;3)(p21;q26.2)", {T_3Q26_V}),
        ("45,X,-Y", {"other"}),
        ("46,XY,del(7)(q22)", {"other"}),
        ("47,XY,+mar", {"other"}),
        ("46,XY,add(12)(p13)", {"other"}),
        ("46,XX,ins(10;11)(p12;q23q13)", {"t(v;11q23)"}),
        ("46,XY,inv(11)(p15q23)", {"t(v;11q23)"}),
        ("46,XY,t(9;11)(q34;q23)", {"t(v;11q23)"}),  # 9q34 is not MLLT3 (9p21.3)
        ("46,xy,T(8;21)(q22;q22)", {"t(8;21)"}),
        ("46,XY,5q-", {"del(5q)"}),
        ("48,XY,+8x2", {"+8"}),
        ("46,XX,t(1;3)(p36;q21)", {"other"}),
    ],
)
def test_lesions_from_real_iscn(text: str, lesions: set[str]) -> None:
    reading = read_karyotype(text)
    assert reading.readable
    assert not reading.normal
    assert reading.lesions == lesions
    assert reading.lesions <= set(LESION_CODES)


def test_normal_karyotypes() -> None:
    for text in ("46,XY[20]", "46,XX", "46,XY", " 46, XX [20] "):
        reading = read_karyotype(text)
        assert reading.readable and reading.normal, text
        assert reading.lesions == frozenset()
        assert reading.abnormality_count == 0


def test_constitutional_change_is_not_counted() -> None:
    reading = read_karyotype("46,XX,+21c")
    assert reading.readable and reading.normal
    assert reading.abnormalities == ()
    assert read_karyotype("47,XY,+21c,+8").abnormalities == ("+8",)
    assert read_karyotype("46,XY,inv(9)(p12q13)c,t(8;21)(q22;q22)").lesions == {"t(8;21)"}


@pytest.mark.parametrize("text", ["failed", "no metaphases", "", "   ", None, "normal", "karyotype pending"])
def test_text_that_is_not_a_karyotype_is_unreadable_with_a_warning(text: str | None) -> None:
    reading = read_karyotype(text)
    assert not reading.readable
    assert not reading.normal
    assert reading.lesions == frozenset()
    assert reading.warnings


def test_small_clones_are_counted_with_a_warning() -> None:
    reading = read_karyotype("45,XY,-7[2]/46,XY[18]")
    assert reading.lesions == {"-7"}
    assert any("3 cells for a loss" in w for w in reading.warnings)
    assert read_karyotype("45,XY,-7[3]/46,XY[17]").warnings == ()
    assert any("2 cells" in w for w in read_karyotype("47,XY,+8[1]/46,XY[19]").warnings)


def test_constitutional_sex_chromosomes() -> None:
    reading = read_karyotype("47,XXYc,+8")
    assert reading.abnormalities == ("+8",)
    assert reading.warnings == ()


def test_clone_sizes_and_mixed_normal_clone() -> None:
    reading = read_karyotype("45,XY,-7[12]/46,XY[8]")
    assert reading.readable and not reading.normal
    assert reading.lesions == {"-7"}
    assert reading.abnormalities == ("-7",)


def test_each_abnormality_counts_once_across_clones() -> None:
    reading = read_karyotype("46,XY,t(8;21)(q22;q22)[10]/45,X,-Y,t(8;21)(q22;q22)[5]")
    assert reading.abnormalities == ("t(8;21)(q22;q22)", "-Y")
    assert reading.abnormality_count == 2
    assert reading.lesions == {"t(8;21)", "other"}


def test_idem_sl_sdl_refer_to_earlier_clones() -> None:
    reading = read_karyotype("46,XX,del(5)(q13q33)[4]/45,idem,-7[6]/44,sl,-17[3]/44,sdl1,+8,-9[2]")
    assert reading.abnormalities == ("del(5)(q13q33)", "-7", "-17", "+8", "-9")
    assert reading.lesions == {"del(5q)", "-7", "-17", "+8", "other"}
    assert reading.complex_2017 and reading.monosomal_2017


def test_composite_karyotype_and_markers() -> None:
    reading = read_karyotype("47~49,XY,+8,+9,+mar[cp15]")
    assert reading.readable
    assert reading.abnormalities == ("+8", "+9", "+mar")
    assert reading.complex_2017
    assert reading.complex_2022  # a marker is structural, so not "trisomies only"


def test_derivative_chromosome_carries_its_translocation() -> None:
    reading = read_karyotype("46,XY,t(9;22)(q34;q11.2)[5]/47,idem,+der(22)t(9;22)(q34;q11.2)[10]")
    assert reading.lesions == {"t(9;22)"}
    assert reading.abnormality_count == 2
    der17 = read_karyotype("46,XY,der(17)t(12;17)(q13;p11)")
    assert der17.lesions == {"abn(17p)"}


def test_complex_needs_three_unrelated_abnormalities() -> None:
    two = read_karyotype("46,XY,del(7)(q22),+8")
    assert not two.complex_2017 and not two.complex_2022
    three = read_karyotype("47,XY,del(7)(q22),+8,add(12)(p13)")
    assert three.abnormality_count == 3
    assert three.complex_2017 and three.complex_2022


def test_loss_of_y_counts_for_complex() -> None:
    reading = read_karyotype("46,X,-Y,+8,del(9)(q13)")
    assert reading.abnormality_count == 3
    assert reading.complex_2017


def test_complex_excluded_by_recurring_translocations() -> None:
    for text in (
        "47,XX,t(8;21)(q22;q22),-X,+8,del(9)(q13)",
        "48,XY,inv(16)(p13q22),+8,+22,del(7)(q22)",
        "48,XY,t(9;11)(p22;q23),+8,+19,del(7)(q22)",
        "48,XY,t(11;19)(q23;p13.1),+8,+19,del(7)(q22)",
        "48,XY,t(6;9)(p23;q34),+8,+19,del(7)(q22)",
        "48,XY,inv(3)(q21q26),+8,+19,del(7)(q22)",
        "48,XY,t(9;22)(q34;q11),+8,+19,del(7)(q22)",
    ):
        reading = read_karyotype(text)
        assert reading.abnormality_count >= 3, text
        assert not reading.complex_2017, text
        assert not reading.complex_2022, text


def test_complex_2022_excludes_hyperdiploid_trisomies_only() -> None:
    reading = read_karyotype("49,XY,+8,+10,+21[20]")
    assert reading.complex_2017
    assert not reading.complex_2022
    with_structural = read_karyotype("49,XY,+8,+10,+21,del(7)(q22)[20]")
    assert with_structural.complex_2022


def test_complex_2022_excludes_class_defining_2022_rearrangements() -> None:
    reading = read_karyotype("48,XY,t(3;21)(q26;q22),+8,+19,del(7)(q22)")
    assert reading.complex_2017  # t(3q26;v) is not in the ELN 2017 exclusion list
    assert not reading.complex_2022


def test_monosomal_needs_two_monosomies_or_one_plus_structural() -> None:
    assert not read_karyotype("45,XY,-7").monosomal_2017
    assert read_karyotype("44,XY,-5,-7").monosomal_2017
    assert read_karyotype("45,XY,-7,del(5)(q13q33)").monosomal_2017
    assert read_karyotype("45,XY,-7,del(5)(q13q33)").monosomal_2022
    # a trisomy is not a structural abnormality
    assert not read_karyotype("46,XY,-7,+8").monosomal_2017


def test_monosomal_with_marker_as_structural() -> None:
    reading = read_karyotype("45,XY,-7,-9,+mar")
    assert reading.monosomal_2017


def test_loss_of_x_or_y_never_counts_for_monosomal() -> None:
    assert not read_karyotype("44,X,-Y,-7").monosomal_2017
    assert not read_karyotype("44,X,-X,-7").monosomal_2022
    assert read_karyotype("44,X,-Y,-7").autosomal_monosomies == ("7",)


def test_core_binding_factor_aml_is_never_monosomal() -> None:
    reading = read_karyotype("44,X,-X,t(8;21)(q22;q22),-9,-7")
    assert not reading.monosomal_2017 and not reading.monosomal_2022
    assert not reading.complex_2017


def test_unknown_tokens_warn_and_count_as_other_when_clearly_abnormal() -> None:
    reading = read_karyotype("46,XY,zzz(3)(q21),+foo")
    assert reading.readable
    assert reading.lesions == {"other"}
    assert reading.abnormality_count == 2
    assert len(reading.warnings) == 2
    # clinical-spec.md §8.12 (2026.2): an unread token is never silently normal; it is named.
    ignored = read_karyotype("46,XY,hello")
    assert not ignored.normal and not ignored.complete and ignored.unread_parts == ("hello",)
    assert any("hello" in w and "not available" in w for w in ignored.warnings)


def test_fish_after_karyotype_is_not_read_but_warned() -> None:
    reading = read_karyotype("46,XY[20].nuc ish(RUNX1T1,RUNX1)x3(RUNX1T1 con RUNX1x2)[200]")
    assert reading.normal
    assert any("FISH" in w for w in reading.warnings)


def test_kmt2a_deletion_is_other_with_a_warning() -> None:
    reading = read_karyotype("46,XY,del(11)(q23)")
    assert reading.lesions == {"other"}
    assert any("KMT2A" in w for w in reading.warnings)


def test_sources_quote_the_token() -> None:
    reading = read_karyotype("46,XY,inv(3)(q21q26)")
    assert reading.sources("inv(3)") == ("inv(3)(q21q26)",)
    assert reading.sources("-7") == ()


def test_merge_findings() -> None:
    normal = read_karyotype("46,XX")
    assert merge_findings(normal, ()) == {"normal"}
    assert merge_findings(normal, ("normal",)) == {"normal"}
    assert merge_findings(normal, ("-7",)) == {"-7"}
    assert merge_findings(normal, ("complex",)) == {"complex"}
    failed = read_karyotype("failed")
    assert merge_findings(failed, ()) == frozenset()
    assert merge_findings(failed, ("inv(3)", "monosomal")) == {"inv(3)", "monosomal"}
    complex_reading = read_karyotype("44,XY,-5,-7,+8")
    assert merge_findings(complex_reading, ("normal",)) == {"-5", "-7", "+8", "complex", "monosomal"}
    hyperdiploid = read_karyotype("49,XY,+8,+10,+21")
    assert "complex" in merge_findings(hyperdiploid, ())
    assert "complex" not in merge_findings(hyperdiploid, (), version="ELN2022")


def test_extra_2022_codes_are_not_in_the_shared_vocabulary() -> None:
    assert T_8_16 not in codes.CYTOGENETIC_FINDINGS
    assert T_3Q26_V not in codes.CYTOGENETIC_FINDINGS
    assert set(LESION_CODES) - {T_8_16, T_3Q26_V} <= set(codes.CYTOGENETIC_FINDINGS)


_ISCN_PIECES = st.sampled_from(
    ["46", "45", "47~49", "XY", "XX", "X", ",", "/", "[20]", "[cp5]", "idem", "sl", "-7", "+8", "+mar", "+2mar",
     "t(8;21)(q22;q22)", "del(5)(q13q33)", "inv(3)", "(", ")", "[", "]", ";", "c", "?", "der(", "nuc ish", ".", "~"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_any_text_never_raises(text: str) -> None:
    reading = read_karyotype(text)
    assert reading.readable or reading.warnings
    assert reading.abnormality_count == len(reading.abnormalities)


@settings(max_examples=400, deadline=None)
@given(st.lists(_ISCN_PIECES, max_size=25).map("".join))
def test_iscn_like_text_never_raises(text: str) -> None:
    reading = read_karyotype(text)
    assert reading.lesions <= set(LESION_CODES)
    assert not (reading.normal and reading.lesions)
    merge_findings(reading, ("normal",))
