"""How clinicians write mutations, read the one way the rules need (issue 11).

Each spelling named in the issue has its own test, through ``normalise_mutation`` (the forms)
and through the case-file reader (imported files); a gene that cannot be read is never wild type.
"""

from __future__ import annotations

from typing import Any

import pytest

from aml_desktop.engine import parse_case
from aml_desktop.engine.genes import normalise_mutation, suggest_gene, unreadable_genes
from aml_desktop.engine.targets import find_targets
from tests.engine.builders import ALL_TESTED, base_case, relapse_case, run


def read_in_file(gene: str, variant: str | None = None) -> tuple[str, str | None]:
    entry: dict[str, Any] = {"gene": gene}
    if variant is not None:
        entry["variant"] = variant
    data = base_case()
    data["diagnosis"]["mutations"] = [entry]
    m = parse_case(data).diagnosis.mutations[0]
    return m.gene, m.variant


@pytest.mark.parametrize(
    ("gene", "variant", "expected"),
    [
        ("FLT3-ITD", None, ("FLT3", "ITD")),
        ("FLT3-ITD", "ITD", ("FLT3", "ITD")),
        ("FLT3 ITD", None, ("FLT3", "ITD")),
        ("flt3 itd", None, ("FLT3", "ITD")),
        ("FLT3-TKD", None, ("FLT3", "TKD")),
        ("FLT3", "D835Y", ("FLT3", "D835Y")),
        ("FLT3", "d835y", ("FLT3", "D835Y")),
        ("FLT3 D835Y", None, ("FLT3", "D835Y")),
        ("NPM1 type A", None, ("NPM1", "type A")),
        ("npm1", "TYPE A", ("NPM1", "type A")),
        ("  Npm1  ", " type   a ", ("NPM1", "type A")),
        ("idh1", "r132h", ("IDH1", "R132H")),
        ("CEBPA", "BZIP", ("CEBPA", "bZIP")),
    ],
)
def test_common_spelling_is_read_alike_by_form_and_file(gene: str, variant: str | None, expected: tuple) -> None:
    read = normalise_mutation(gene, variant)
    assert (read.gene, read.variant) == expected
    assert read_in_file(gene, variant) == expected


def test_a_change_is_said_in_words() -> None:
    assert normalise_mutation("FLT3-ITD", "ITD").note == "“FLT3-ITD” with variant “ITD” read as gene FLT3, variant ITD"
    assert normalise_mutation("FLT3", "ITD").note is None


@pytest.mark.parametrize("fusion", ["RUNX1-RUNX1T1", "PML::RARA", "CBFB-MYH11", "BCR-ABL1"])
def test_fusions_are_left_as_written(fusion: str) -> None:
    assert normalise_mutation(fusion, None).gene == fusion
    assert suggest_gene(fusion) is None


def test_conflicting_gene_and_variant_is_not_guessed() -> None:
    read = normalise_mutation("FLT3-ITD", "D835Y")
    assert (read.gene, read.variant) == ("FLT3-ITD", "D835Y")
    assert unreadable_genes([read.gene]) == {"FLT3": "FLT3-ITD"}


@pytest.mark.parametrize(("typed", "meant"), [("NMP1", "NPM1"), ("FLT", "FLT3"), ("IHD2", "IDH2"), ("TP35", "TP53")])
def test_a_slip_of_the_keyboard_is_recognised(typed: str, meant: str) -> None:
    assert suggest_gene(typed) == meant


def test_unknown_real_gene_has_no_suggestion() -> None:
    assert suggest_gene("DNMT3A") is None


def test_a_typo_never_makes_the_gene_wild_type() -> None:
    """NMP1 entered with NPM1 tested: NPM1 is not tested (risk unknown), never "NPM1 wild type"."""
    data = base_case()
    data["diagnosis"]["mutations"] = [{"gene": "NMP1", "variant": "type A"}]
    result = run(data)
    assert result.derived.eln2017_risk == "unknown"
    assert "NPM1" in result.derived.eln2017_missing_tests
    assert any("NMP1" in w and "did you mean NPM1" in w for w in result.warnings)


def test_flt3_itd_in_the_gene_field_is_targetable_at_relapse() -> None:
    data = relapse_case(relapse={"mutations": [{"gene": "FLT3-ITD", "variant": "ITD"}]})
    assert "FLT3" in run(data).derived.targetable_mutations


def test_unreadable_flt3_entry_is_not_counted_as_tested_negative() -> None:
    data = relapse_case(relapse={"mutations": [{"gene": "FLT3-ITD", "variant": "D835Y"}]})
    data["diagnosis"]["tested_genes"] = ["NPM1"]  # nothing older to fall back on
    case = parse_case(data)
    assert "FLT3" not in run(data).derived.targetable_mutations
    findings = find_targets(case, as_of=case.as_of, episode_start=case.assessments[-1].date, refractory=False)
    flt3 = next(t for t in findings if t.gene == "FLT3")
    assert flt3.mutated is None  # not tested: the clinician is asked for a readable result


def test_tested_gene_symbols_are_upper_cased() -> None:
    data = base_case()
    data["diagnosis"]["tested_genes"] = [g.lower() for g in ALL_TESTED] + ["RUNX1-RUNX1T1"]
    assert parse_case(data).diagnosis.tested_genes == (*ALL_TESTED, "RUNX1-RUNX1T1")
