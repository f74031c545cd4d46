"""Every code of every vocabulary has human text; every action and flag an explanation."""

from __future__ import annotations

import dataclasses

import pytest

from aml_desktop.engine import codes
from aml_desktop.engine.catalog import load_catalog
from aml_desktop.engine.karyotype import LESION_CODES
from aml_desktop.engine.result import Derived
from aml_desktop.present.units import spell_units
from aml_desktop.present.vocabulary import RESPONSE_CATEGORIES, VOCABULARIES, explain, label, label_conflicts

ALL_CODES = sorted({(name, code) for name, vocabulary in VOCABULARIES.items() for code in vocabulary})


def test_vocabularies_cover_every_code_tuple_in_codes_module() -> None:
    covered = set(VOCABULARIES.values())
    skipped = {
        "ELN2017_TEST_NAMES",
        "ELN2022_TEST_NAMES",
        "AGENTS",
        "CAPABILITIES",
    }  # test names are already human; keys via FORMULARY_KEYS
    for name in dir(codes):
        value = getattr(codes, name)
        if name.isupper() and isinstance(value, tuple) and name not in skipped:
            assert value in covered, name


@pytest.mark.parametrize(("vocabulary", "code"), ALL_CODES)
def test_every_code_has_a_label(vocabulary: str, code: str) -> None:
    text = label(code)
    assert text.strip(), (vocabulary, code)
    assert text != code, (vocabulary, code)  # a real label, not the unknown-code fallback


def test_every_derived_fact_has_a_label() -> None:
    for field in dataclasses.fields(Derived):
        assert label(field.name) != field.name, field.name


def test_karyotype_lesion_codes_have_labels() -> None:
    for code in LESION_CODES:
        assert label(code) != code, code


def test_shared_codes_have_one_text() -> None:
    assert label_conflicts() == ()


@pytest.mark.parametrize("code", codes.ACTIONS + codes.FLAGS)
def test_every_action_and_flag_is_explained_briefly(code: str) -> None:
    text = explain(code)
    assert text.endswith("."), code
    assert 40 <= len(text) <= 330, (code, len(text))


def test_regimen_labels_are_the_catalog_names() -> None:
    catalog = load_catalog()
    for code in codes.REGIMENS:
        assert label(code) == spell_units(catalog.get(code).name)  # the catalog's name, units spelled µg, m²
    assert label("MEC") == "MEC (mitoxantrone, etoposide, cytarabine)"


def test_unknown_codes_never_raise() -> None:
    assert label("no_such_code") == "no_such_code"
    assert label("") == ""
    assert explain("no_such_code") == ""
    assert explain("MEC") == ""


def test_key_labels() -> None:
    assert label("venetoclax_combination") == "HMA or low-dose cytarabine with venetoclax"
    assert label("CR_MRD_NEG").startswith("CR without measurable residual disease")
    assert label("filgrastim") == "Filgrastim (G-CSF)"
    assert label("unknown") == "Unknown"
    assert set(RESPONSE_CATEGORIES) >= {"CR", "CRi", "MLFS", "relapse", "baseline", "not_evaluable"}


def test_explanations_carry_the_spec_content() -> None:
    ds = explain("differentiation_syndrome")
    for part in ("fever", "fluid overload", "organ dysfunction", "steroids", "hospitalisation", "48 h"):
        assert part in ds
    qtc = explain("qtc_monitoring")
    assert "ivosidenib monthly" in qtc and "days 8 and 15" in qtc and "cycles 2 and 3" in qtc
    azole = explain("azole_venetoclax_interaction")
    assert "posaconazole give 70 mg" in azole and "100 mg" in azole
    assert "25" in explain("cytoreduction") and "30" in explain("cytoreduction")
    assert "3 months" in explain("veno_occlusive_disease")
    assert "1-2 cycles" in explain("allogeneic_hct_referral")
