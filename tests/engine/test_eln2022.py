"""ELN 2022 genetic risk: Table 6, its footnotes, each change of clinical-reference §2.3, precedence §2.4."""

from __future__ import annotations

from datetime import date

import pytest

from aml_desktop.engine import codes
from aml_desktop.engine.case import Diagnosis, Mutation
from aml_desktop.engine.citations import CITATIONS
from aml_desktop.engine.eln import MR_GENES_2022, eln2017, eln2022

PANEL = ("NPM1", "FLT3", "CEBPA", "TP53", *MR_GENES_2022)


def dx(karyotype: str | None = "46,XX", *mutations: Mutation, tested: tuple[str, ...] = PANEL) -> Diagnosis:
    return Diagnosis(date=date(2022, 6, 1), karyotype=karyotype, mutations=tuple(mutations), tested_genes=tested)


def itd(ratio: float | None = None) -> Mutation:
    return Mutation("FLT3", "ITD", allelic_ratio=ratio)


NPM1 = Mutation("NPM1", "W288fs")
TP53_HIGH = Mutation("TP53", "R273H", vaf=35.0)


@pytest.mark.parametrize(
    ("karyotype", "mutations", "risk"),
    [
        # favorable
        ("46,XX,t(8;21)(q22;q22.1)", (), "favorable"),
        ("46,XY,inv(16)(p13.1q22)", (), "favorable"),
        ("46,XY,t(16;16)(p13.1;q22)", (), "favorable"),
        ("46,XX", (NPM1,), "favorable"),
        ("46,XX", (Mutation("CEBPA", "bZIP"),), "favorable"),
        # intermediate
        ("46,XX", (NPM1, itd(0.1)), "intermediate"),
        ("46,XX", (itd(0.9),), "intermediate"),
        ("46,XY,t(9;11)(p21.3;q23.3)", (), "intermediate"),
        ("47,XY,+8", (), "intermediate"),
        ("46,XX", (), "intermediate"),
        # adverse
        ("46,XY,t(6;9)(p23.3;q34.1)", (), "adverse"),
        ("46,XX,t(11;19)(q23;p13.1)", (), "adverse"),
        ("46,XY,t(9;22)(q34.1;q11.2)", (), "adverse"),
        ("46,XX,t(8;16)(p11.2;p13.3)", (), "adverse"),
        ("46,XY,inv(3)(q21.3q26.2)", (), "adverse"),
        ("46,XY,t(3;3)(q21.3;q26.2)", (), "adverse"),
        ("46,XY,t(3;21)(q26.2;q22)", (), "adverse"),
        ("45,XY,-5", (), "adverse"),
        ("46,XX,del(5)(q13q33)", (), "adverse"),
        ("45,XX,-7", (), "adverse"),
        ("45,XY,-17", (), "adverse"),
        ("46,XY,del(17)(p11)", (), "adverse"),
        ("47,XY,del(7)(q22),+8,add(12)(p13)", (), "adverse"),
        ("44,XY,-9,-13", (), "adverse"),
        ("46,XX", (TP53_HIGH,), "adverse"),
    ],
)
def test_table_6_rows(karyotype: str, mutations: tuple[Mutation, ...], risk: str) -> None:
    result = eln2022(dx(karyotype, *mutations))
    assert result.version == "ELN2022"
    assert result.risk == risk
    assert result.missing_tests == ()
    assert any(f"{risk} (ELN 2022)" in r for r in result.reasons)


@pytest.mark.parametrize("gene", MR_GENES_2022)
def test_myelodysplasia_related_genes_are_adverse(gene: str) -> None:
    result = eln2022(dx("46,XX", Mutation(gene)))
    assert result.risk == "adverse"
    assert any(gene in r for r in result.reasons)


@pytest.mark.parametrize("gene", ["BCOR", "EZH2", "SF3B1", "SRSF2", "STAG2", "U2AF1", "ZRSR2"])
def test_new_mr_genes_were_not_adverse_in_2017(gene: str) -> None:
    diagnosis = dx("46,XX", Mutation(gene), tested=PANEL)
    assert eln2017(diagnosis).risk == "intermediate"
    assert eln2022(diagnosis).risk == "adverse"


def test_cites_resolve() -> None:
    result = eln2022(dx("46,XX"))
    assert result.cites == ("ELN2022 Table 6", "ELN2022 footnotes")
    assert all(c in CITATIONS for c in eln2022(dx("46,XX", tested=())).cites)


# --- §2.3 change 1: the FLT3-ITD allelic ratio is dropped -------------------------------------


def test_change_1_allelic_ratio_dropped() -> None:
    for ratio in (0.1, 0.49, 0.5, 0.9, None):
        assert eln2022(dx("46,XX", NPM1, itd(ratio))).risk == "intermediate"
        assert eln2022(dx("46,XX", itd(ratio))).risk == "intermediate"
    assert eln2017(dx("46,XX", itd(0.9))).risk == "adverse"
    result = eln2022(dx("46,XX", NPM1, itd()))
    assert "FLT3-ITD allelic ratio" not in result.missing_tests
    assert result.missing_tests == ()


def test_flt3_untested_lists_flt3_only() -> None:
    result = eln2022(dx("46,XX", NPM1, tested=("NPM1", "CEBPA", "TP53", *MR_GENES_2022)))
    assert result.risk == "unknown"
    assert result.missing_tests == ("FLT3",)


# --- change 2: CEBPA bZIP in-frame -----------------------------------------------------------


@pytest.mark.parametrize(
    ("variant", "risk", "missing"),
    [
        ("bZIP", "favorable", ()),
        ("bZIP in-frame, monoallelic", "favorable", ()),
        ("biallelic bZIP", "favorable", ()),
        ("single", "intermediate", ()),
        ("biallelic", "favorable", ()),  # clinical-spec.md §8.7 [IMPL]: biallelic counts as bZIP (2026.2)
        (None, "unknown", ("CEBPA",)),
    ],
)
def test_change_2_cebpa_bzip(variant: str | None, risk: str, missing: tuple[str, ...]) -> None:
    result = eln2022(dx("46,XX", Mutation("CEBPA", variant), tested=PANEL))
    assert result.risk == risk
    assert result.missing_tests == missing
    if risk == "unknown" or variant == "biallelic":
        assert any("bZIP" in w for w in result.warnings)


def test_monoallelic_bzip_was_not_favorable_in_2017() -> None:
    diagnosis = dx("46,XX", Mutation("CEBPA", "single bZIP in-frame"), tested=PANEL)
    assert eln2017(diagnosis).risk == "intermediate"
    assert eln2022(diagnosis).risk == "favorable"


# --- change 3: NPM1 with adverse cytogenetics -----------------------------------------------


def test_change_3_npm1_with_adverse_cytogenetics_is_adverse() -> None:
    result = eln2022(dx("45,XX,-7", NPM1))
    assert result.risk == "adverse"
    assert any("NPM1-mutated AML with adverse-risk cytogenetics is adverse" in r for r in result.reasons)
    assert result.warnings == ()


# --- change 4: MR genes ignored with favorable subtypes ------------------------------------


@pytest.mark.parametrize(
    ("karyotype", "extra"),
    [
        ("46,XX,t(8;21)(q22;q22)", ()),
        ("46,XY,inv(16)(p13q22)", ()),
        ("46,XX", (NPM1,)),
        ("46,XX", (Mutation("CEBPA", "bZIP"),)),
    ],
)
@pytest.mark.parametrize("gene", ["SRSF2", "RUNX1", "ASXL1"])
def test_change_4_mr_genes_ignored_with_favorable_subtypes(
    karyotype: str, extra: tuple[Mutation, ...], gene: str
) -> None:
    result = eln2022(dx(karyotype, *extra, Mutation(gene)))
    assert result.risk == "favorable"
    assert any(gene in r and "not used" in r for r in result.reasons)


def test_cbf_with_kit_or_flt3_stays_favorable() -> None:
    result = eln2022(dx("46,XX,t(8;21)(q22;q22)", Mutation("KIT", "D816V"), itd(0.9)))
    assert result.risk == "favorable"


def test_untested_new_mr_genes_are_missing_tests() -> None:
    # clinical-spec.md §8.7 (ruleset 2026.2): listed as missing, no longer read as not mutated.
    result = eln2022(dx("46,XX", tested=("NPM1", "FLT3", "CEBPA", "RUNX1", "ASXL1", "TP53")))
    assert result.risk == "unknown"
    assert result.missing_tests == ("BCOR", "EZH2", "SF3B1", "SRSF2", "STAG2", "U2AF1", "ZRSR2")
    tested = eln2022(dx("46,XX", tested=PANEL))
    assert (tested.risk, tested.missing_tests) == ("intermediate", ())


# --- change 5: new adverse rearrangements; KMT2A-PTD is not a rearrangement -------------------


def test_change_5_new_adverse_rearrangements() -> None:
    for karyotype in ("46,XX,t(8;16)(p11;p13)", "46,XY,t(3;21)(q26;q22)", "46,XY,t(2;3)(p21;q26)"):
        assert eln2017(dx(karyotype, tested=PANEL)).risk == "intermediate", karyotype
        assert eln2022(dx(karyotype)).risk == "adverse", karyotype


def test_change_5_kmt2a_ptd_is_not_kmt2a_rearranged() -> None:
    result = eln2022(dx("46,XX", Mutation("KMT2A", "PTD")))
    assert result.risk == "intermediate"
    assert eln2022(dx(None, Mutation("KMT2A-PTD"))).risk != "adverse"
    assert eln2022(dx("46,XX", Mutation("KMT2A::MLLT10"))).risk == "adverse"
    assert eln2022(dx("46,XX", Mutation("KAT6A::CREBBP"))).risk == "adverse"


# --- change 6: hyperdiploid karyotypes ------------------------------------------------------


def test_change_6_hyperdiploid_trisomies_only_is_not_complex() -> None:
    diagnosis = dx("49,XY,+8,+10,+21[20]", tested=PANEL)
    assert eln2017(diagnosis).risk == "adverse"
    assert eln2022(diagnosis).risk == "intermediate"
    assert eln2022(dx("49,XY,+8,+10,del(7)(q22)[20]")).risk == "adverse"


# --- change 7: TP53 VAF >= 10 % ---------------------------------------------------------------


def test_change_7_tp53_vaf_threshold() -> None:
    assert eln2022(dx("46,XX", Mutation("TP53", vaf=10.0))).risk == "adverse"
    below = eln2022(dx("46,XX", Mutation("TP53", vaf=9.9)))
    assert below.risk == "intermediate"
    assert any("< 10 %" in r for r in below.reasons)
    assert eln2017(dx("46,XX", Mutation("TP53", vaf=9.9), tested=PANEL)).risk == "adverse"


def test_tp53_vaf_unknown_is_provisional() -> None:
    result = eln2022(dx("46,XX", Mutation("TP53"), tested=PANEL))
    assert result.risk == "unknown"
    assert result.missing_tests == ("TP53 VAF",)  # clinical-spec.md §8.7 name (2026.2)
    assert any("VAF not recorded" in w for w in result.warnings)


def test_tp53_vaf_unknown_does_not_matter_when_cytogenetics_decide() -> None:
    result = eln2022(dx("45,XX,-7", Mutation("TP53")))
    assert (result.risk, result.missing_tests) == ("adverse", ())
    assert any("VAF not recorded" in w for w in result.warnings)


def test_tp53_vaf_fraction_is_questioned() -> None:
    result = eln2022(dx("46,XX", Mutation("TP53", vaf=0.35)))
    assert any("fraction" in w for w in result.warnings)


def test_tp53_with_npm1_is_adverse() -> None:
    # clinical-spec.md §8.12 (ruleset 2026.2): TP53 is never exempt (was favorable by precedence).
    result = eln2022(dx("46,XX", NPM1, TP53_HIGH))
    assert result.risk == "adverse"
    assert any("never exempt" in r for r in result.reasons)
    assert eln2022(dx("46,XX", NPM1, Mutation("CEBPA", "bZIP"), TP53_HIGH)).risk == "adverse"


def test_npm1_with_itd_and_mr_gene_is_adverse() -> None:
    # clinical-spec.md §8.12: NPM1 with any FLT3-ITD is intermediate, so an MR gene with it is adverse.
    assert eln2022(dx("46,XX", NPM1, itd(0.1), Mutation("BCOR"), tested=PANEL)).risk == "adverse"
    assert eln2022(dx("46,XX", NPM1, Mutation("FLT3", "D835Y"), Mutation("BCOR"), tested=PANEL)).risk == ("favorable")


def test_no_karyotype_tp53_high_is_unknown_because_the_karyotype_could_change_it() -> None:
    result = eln2022(dx(None, TP53_HIGH))
    assert result.risk == "unknown"
    assert result.missing_tests == ("karyotype",)


# --- change 8 and precedence: t(9;11) ------------------------------------------------------


def test_change_8_t9_11_stays_intermediate() -> None:
    result = eln2022(dx("46,XY,t(9;11)(p22;q23)", Mutation("RUNX1")))
    assert result.risk == "intermediate"
    assert any("t(9;11)" in w for w in result.warnings)  # precedence over gene mutations is assumed


def test_adverse_cytogenetics_beat_t9_11_in_2022() -> None:
    diagnosis = dx("45,XY,t(9;11)(p22;q23),-7", tested=PANEL)
    assert eln2017(diagnosis).risk == "intermediate"
    result = eln2022(diagnosis)
    assert result.risk == "adverse"
    assert any("t(9;11)" in w for w in result.warnings)


# --- unknowns --------------------------------------------------------------------------------


def test_unknowns_2022() -> None:
    assert eln2022(dx("46,XX,t(8;21)(q22;q22)", tested=())).missing_tests == ()
    assert eln2022(dx("46,XY,inv(3)(q21q26)", tested=())).risk == "adverse"
    result = eln2022(dx("46,XX", tested=()))
    assert result.risk == "unknown"
    # clinical-spec.md §8.7 order and genes (2026.2): every name but the karyotype and the TP53 VAF
    assert result.missing_tests == tuple(n for n in codes.ELN2022_TEST_NAMES if n not in ("karyotype", "TP53 VAF"))


def test_apl_2022() -> None:
    result = eln2022(dx("46,XX,t(15;17)(q24;q21)"))
    assert result.apl and result.risk == "unknown"


def test_paper_patients_2022() -> None:
    p1 = dx(
        "46,XX",
        Mutation("DNMT3A", "R882H"),
        tested=("FLT3", "NPM1", "CEBPA", "IDH1", "IDH2", "TP53", "RUNX1", "ASXL1", "DNMT3A"),
    )
    # clinical-spec.md §8.10 #1 (2026.2): the myelodysplasia-related genes were never tested.
    assert (eln2022(p1).risk, eln2022(p1).missing_tests) == (
        "unknown",
        ("BCOR", "EZH2", "SF3B1", "SRSF2", "STAG2", "U2AF1", "ZRSR2"),
    )
    p3 = dx("46,XX,del(5)(q13q33)", tested=("FLT3", "NPM1", "CEBPA", "IDH1", "IDH2"))
    assert (eln2022(p3).risk, eln2022(p3).missing_tests) == ("adverse", ())
