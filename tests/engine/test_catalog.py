"""The regimen catalog: loads from the installed package, follows clinical-spec.md §7, cites everything."""

from __future__ import annotations

import copy
import json
import re
from importlib import resources
from typing import Any

import pytest

from aml_desktop.engine import codes
from aml_desktop.engine.catalog import UNITS, Catalog, CatalogError, Dose, Regimen, load_catalog, parse_catalog
from aml_desktop.engine.citations import CITATIONS
from aml_desktop.engine.settings import Formulary


def _without(*keys: str) -> Formulary:
    return Formulary(frozenset(keys))


def _raw() -> dict[str, Any]:
    text = (resources.files("aml_desktop.resources") / "regimens.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


# The table of clinical-spec.md §7, written out independently of regimens.json.
SPEC_TABLE: dict[str, tuple[tuple[tuple[str, ...], ...], str | None]] = {
    "7+3": ((("cytarabine",), ("daunorubicin", "idarubicin")), "intensive_chemotherapy"),
    "HIDAC": ((("cytarabine",),), "intensive_chemotherapy"),
    "IDAC": ((("cytarabine",),), "intensive_chemotherapy"),
    "MEC": ((("mitoxantrone",), ("etoposide",), ("cytarabine",)), "intensive_chemotherapy"),
    "FLAG-IDA": ((("fludarabine",), ("cytarabine",), ("idarubicin",), ("filgrastim",)), "intensive_chemotherapy"),
    "CLAG-M": ((("cladribine",), ("cytarabine",), ("mitoxantrone",), ("filgrastim",)), "intensive_chemotherapy"),
    "CLO-ARA": ((("clofarabine",), ("cytarabine",), ("filgrastim",)), "intensive_chemotherapy"),
    "AZA-VEN": ((("azacitidine",), ("venetoclax",)), None),
    "DEC-VEN": ((("decitabine",), ("venetoclax",)), None),
    "LDAC-VEN": ((("cytarabine",), ("venetoclax",)), None),
    "AZA": ((("azacitidine",),), None),
    "DEC": ((("decitabine",),), None),
    "LDAC": ((("cytarabine",),), None),
    "GILTERITINIB": ((("gilteritinib",),), None),
    "QUIZARTINIB": ((("quizartinib",),), None),
    "IVOSIDENIB": ((("ivosidenib",),), None),
    "ENASIDENIB": ((("enasidenib",),), None),
    "GO": ((("gemtuzumab_ozogamicin",),), None),
    "DLI": ((), "allogeneic_hct"),
    "HYDROXYUREA": ((("hydroxyurea",),), None),
    "BSC": ((), None),
}

CATEGORY = {
    "7+3": "intensive_chemotherapy",
    "HIDAC": "intensive_chemotherapy",
    "IDAC": "intensive_chemotherapy",
    "MEC": "intensive_chemotherapy",
    "FLAG-IDA": "intensive_chemotherapy",
    "CLAG-M": "intensive_chemotherapy",
    "CLO-ARA": "intensive_chemotherapy",
    "AZA-VEN": "venetoclax_combination",
    "DEC-VEN": "venetoclax_combination",
    "LDAC-VEN": "venetoclax_combination",
    "AZA": "hypomethylating_agent",
    "DEC": "hypomethylating_agent",
    "LDAC": "low_dose_cytarabine",
    "GILTERITINIB": "flt3_inhibitor",
    "QUIZARTINIB": "flt3_inhibitor",
    "IVOSIDENIB": "idh1_inhibitor",
    "ENASIDENIB": "idh2_inhibitor",
    "GO": "gemtuzumab_ozogamicin",
    "DLI": "cellular_therapy",
    "HYDROXYUREA": "best_supportive_care",
    "BSC": "best_supportive_care",
}


def test_loads_from_installed_package_with_every_code_in_spec_order(catalog: Catalog) -> None:
    assert catalog.codes() == codes.REGIMENS
    assert tuple(r.code for r in catalog.all()) == codes.REGIMENS
    assert all(isinstance(r, Regimen) for r in catalog.all())


def test_load_is_cached() -> None:
    assert load_catalog() is load_catalog()


@pytest.mark.parametrize("code", codes.REGIMENS)
def test_requirements_follow_spec_table(catalog: Catalog, code: str) -> None:
    regimen = catalog.get(code)
    assert (regimen.requires, regimen.capability) == SPEC_TABLE[code]
    assert regimen.category == CATEGORY[code]


def test_unknown_code_is_a_clear_key_error(catalog: Catalog) -> None:
    with pytest.raises(KeyError, match="XYZ"):
        catalog.get("XYZ")


def test_in_category(catalog: Catalog) -> None:
    assert [r.code for r in catalog.in_category("venetoclax_combination")] == ["AZA-VEN", "DEC-VEN", "LDAC-VEN"]
    assert [r.code for r in catalog.in_category("hypomethylating_agent")] == ["AZA", "DEC"]
    assert catalog.in_category("clinical_trial") == ()
    with pytest.raises(KeyError):
        catalog.in_category("chemo")


def test_everything_available_with_default_formulary(catalog: Catalog) -> None:
    assert all(catalog.is_available(c, Formulary()) for c in codes.REGIMENS)
    assert all(catalog.missing(c, Formulary()) == () for c in codes.REGIMENS)


def test_7_plus_3_needs_one_anthracycline(catalog: Catalog) -> None:
    assert catalog.is_available("7+3", _without("daunorubicin"))
    assert catalog.is_available("7+3", _without("idarubicin"))
    assert not catalog.is_available("7+3", _without("daunorubicin", "idarubicin"))
    assert catalog.missing("7+3", _without("daunorubicin", "idarubicin")) == ("daunorubicin", "idarubicin")
    assert not catalog.is_available("7+3", _without("cytarabine"))


def test_flag_ida_needs_filgrastim(catalog: Catalog) -> None:
    assert not catalog.is_available("FLAG-IDA", _without("filgrastim"))
    assert catalog.missing("FLAG-IDA", _without("filgrastim")) == ("filgrastim",)
    assert catalog.is_available("MEC", _without("filgrastim"))


def test_intensive_regimens_need_the_capability(catalog: Catalog) -> None:
    no_capacity = _without("intensive_chemotherapy")
    for regimen in catalog.in_category("intensive_chemotherapy"):
        assert not catalog.is_available(regimen.code, no_capacity)
        assert catalog.missing(regimen.code, no_capacity) == ("intensive_chemotherapy",)
    # Low-dose cytarabine and venetoclax do not need inpatient intensive support.
    assert catalog.is_available("LDAC-VEN", no_capacity)
    assert catalog.is_available("AZA", no_capacity)


def test_missing_lists_agents_then_capability(catalog: Catalog) -> None:
    formulary = _without("mitoxantrone", "etoposide", "intensive_chemotherapy")
    assert catalog.missing("MEC", formulary) == ("mitoxantrone", "etoposide", "intensive_chemotherapy")


def test_dli_needs_allogeneic_hct(catalog: Catalog) -> None:
    assert not catalog.is_available("DLI", _without("allogeneic_hct"))
    assert catalog.missing("DLI", _without("allogeneic_hct")) == ("allogeneic_hct",)


def test_venetoclax_combinations_need_venetoclax_and_backbone(catalog: Catalog) -> None:
    assert not catalog.is_available("AZA-VEN", _without("venetoclax"))
    assert catalog.is_available("AZA", _without("venetoclax"))
    assert not catalog.is_available("LDAC-VEN", _without("cytarabine"))
    assert catalog.is_available("DEC-VEN", _without("azacitidine"))


def test_bsc_is_always_available(catalog: Catalog) -> None:
    nothing = Formulary(frozenset(codes.FORMULARY_KEYS))
    assert catalog.is_available("BSC", nothing)
    assert [c for c in codes.REGIMENS if catalog.is_available(c, nothing)] == ["BSC"]


def test_every_source_resolves_and_every_dose_line_has_one(catalog: Catalog) -> None:
    for regimen in catalog.all():
        assert regimen.sources, regimen.code
        for source in regimen.sources:
            assert source in CITATIONS, (regimen.code, source)
        for dose in regimen.doses:
            assert dose.source in CITATIONS, (regimen.code, dose)
            assert dose.unit in UNITS
            assert dose.agent in regimen.agents


def test_dose_sources_are_verified_not_implementation_choices(catalog: Catalog) -> None:
    """Doses come from [V]/[V2] sources only, never from an IMPL spec citation."""
    for regimen in catalog.all():
        for dose in regimen.doses:
            assert CITATIONS[dose.source].tag in ("V", "V2"), (regimen.code, dose.source)


@pytest.mark.parametrize("code", ["7+3", "DLI", "AZA", "DEC", "LDAC"])
def test_regimens_without_verified_schedule_say_check_local_protocol(catalog: Catalog, code: str) -> None:
    regimen = catalog.get(code)
    assert regimen.doses == ()
    assert any("check" in note.lower() and "protocol" in note.lower() for note in regimen.notes)


def test_published_doses(catalog: Catalog) -> None:
    mec = {d.agent: d for d in catalog.get("MEC").doses}
    assert (mec["mitoxantrone"].amount, mec["mitoxantrone"].unit) == (6.0, "mg/m2")
    assert (mec["etoposide"].amount, mec["etoposide"].unit, mec["etoposide"].days) == (80.0, "mg/m2", "1-6")
    assert (mec["cytarabine"].amount, mec["cytarabine"].unit) == (1.0, "g/m2")
    flag = {d.agent: d for d in catalog.get("FLAG-IDA").doses}
    assert (flag["filgrastim"].amount, flag["filgrastim"].unit) == (5.0, "ug/kg")
    assert (flag["idarubicin"].amount, flag["idarubicin"].days) == (10.0, "2, 3, 4")
    assert catalog.get("FLAG-IDA").cycle_days == 28
    go = catalog.get("GO").doses[0]
    assert (go.amount, go.unit, go.days, go.max_amount) == (3.0, "mg/m2", "1, 4, 7", 4.5)
    ven = {d.agent: d for d in catalog.get("LDAC-VEN").doses}
    assert (ven["venetoclax"].amount, ven["venetoclax"].unit) == (600.0, "mg")
    assert (ven["cytarabine"].amount, ven["cytarabine"].days) == (20.0, "1-10")
    assert catalog.get("AZA-VEN").doses[1] == Dose(
        "venetoclax",
        400.0,
        "mg",
        "oral",
        "1-28",
        catalog.get("AZA-VEN").doses[1].note,
        None,
        "Venclexta label",
    )
    assert catalog.get("HYDROXYUREA").doses[0].unit == "mg/kg"


def test_dose_schedule_text(catalog: Catalog) -> None:
    assert _dose_of(catalog, "MEC", "etoposide").schedule == "days 1-6"
    assert _dose_of(catalog, "GO", "gemtuzumab_ozogamicin").schedule == "days 1, 4, 7"
    assert _dose_of(catalog, "GILTERITINIB", "gilteritinib").schedule == "once daily, continuous"
    assert _dose_of(catalog, "AZA-VEN", "venetoclax").schedule == "days 1-28"
    assert Dose("cytarabine", 1.0, "g/m2", "IV", "3").schedule == "day 3"


def _dose_of(catalog: Catalog, code: str, agent: str) -> Dose:
    return next(d for d in catalog.get(code).doses if d.agent == agent)


def test_safety_notes(catalog: Catalog) -> None:
    mec = " ".join(catalog.get("MEC").notes)
    assert "days 1-3" in mec and "days 1-6" in mec
    aza_ven = " ".join(catalog.get("AZA-VEN").notes)
    assert "posaconazole: 70 mg" in aza_ven and "100 mg once daily at steady state [V]" in aza_ven
    assert "day 1 100 mg, day 2 200 mg, day 3 onward 400 mg" in aza_ven
    assert "600 mg" in " ".join(catalog.get("LDAC-VEN").notes)
    assert "Japan" in " ".join(catalog.get("QUIZARTINIB").notes)
    assert "4.5 mg" in " ".join(catalog.get("GO").notes)


def test_unverified_numbers_are_not_in_the_catalog() -> None:
    """[U] items of clinical-reference.md §5 that must not appear as fact."""
    text = json.dumps(_raw())
    for unverified in (
        "25 mg/m2",
        "mitoxantrone 8",
        "etoposide 100",
        "30 mg lead-in",
        "day 4 onward 100",
        "D4 onward 100",
    ):
        assert unverified not in text


def test_every_number_in_a_regimen_note_carries_its_tag(catalog: Catalog) -> None:
    """Dose lines are vouched for by their source; free-text notes must show [V] or [V2] themselves."""
    number = re.compile(r"\d+(\.\d+)?\s*(mg|g/m2|ug|x10\^9/L|%|ms|h\b)")
    for regimen in catalog.all():
        for note in regimen.notes:
            if number.search(note):
                assert re.search(r"\[V2?\]", note), (regimen.code, note)


def test_warnings_and_wbc_ceilings(catalog: Catalog) -> None:
    assert catalog.get("GILTERITINIB").warnings == ("differentiation_syndrome", "qtc_prolongation")
    assert catalog.get("IVOSIDENIB").warnings == ("differentiation_syndrome", "qtc_prolongation")
    assert catalog.get("ENASIDENIB").warnings == ("differentiation_syndrome",)
    assert catalog.get("QUIZARTINIB").warnings == ("qtc_prolongation",)
    assert catalog.get("GO").warnings == ("veno_occlusive_disease",)
    for code in ("AZA-VEN", "DEC-VEN", "LDAC-VEN"):
        assert set(catalog.get(code).warnings) == {"tumor_lysis_syndrome", "azole_venetoclax_interaction"}
        assert catalog.get(code).wbc_ceiling == 25.0
    assert catalog.get("GO").wbc_ceiling == 30.0
    assert catalog.get("MEC").wbc_ceiling is None
    for regimen in catalog.all():
        assert set(regimen.warnings) <= set(codes.FLAGS)


def test_intensities(catalog: Catalog) -> None:
    assert {r.intensity for r in catalog.in_category("intensive_chemotherapy")} == {"intensive"}
    assert catalog.get("AZA-VEN").intensity == "low_intensity"
    assert catalog.get("GILTERITINIB").intensity == "targeted"
    assert catalog.get("BSC").intensity == "supportive"


# --- strict validation -------------------------------------------------------------------


def _entry(data: dict[str, Any], code: str) -> dict[str, Any]:
    entry: dict[str, Any] = next(r for r in data["regimens"] if r["code"] == code)
    return entry


def test_installed_file_parses() -> None:
    assert parse_catalog(_raw()).codes() == codes.REGIMENS


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["regimens"].pop(3), "no entry for regimen code(s) MEC"),
        (lambda d: _entry(d, "MEC")["requires"].append(["aspirin"]), "regimen 'MEC'.requires[3][0]: 'aspirin'"),
        (lambda d: _entry(d, "DLI").update(capability="teleport"), "regimen 'DLI'.capability: 'teleport'"),
        (lambda d: _entry(d, "AZA").update(category="hma"), "regimen 'AZA'.category: 'hma'"),
        (lambda d: _entry(d, "AZA").update(intensity="mild"), "regimen 'AZA'.intensity"),
        (lambda d: _entry(d, "GO")["sources"].append("Nobody 2099"), "'Nobody 2099' is not registered"),
        (lambda d: _entry(d, "GO")["doses"][0].update(source="Nobody 2099"), "regimen 'GO'.doses[0].source"),
        (lambda d: _entry(d, "GO")["doses"][0].update(unit="mg/lb"), "regimen 'GO'.doses[0].unit: 'mg/lb'"),
        (lambda d: _entry(d, "GO")["doses"][0].update(amount=-3), "regimen 'GO'.doses[0].amount"),
        (lambda d: _entry(d, "GO")["doses"][0].update(agent="venetoclax"), "not among the regimen's required agents"),
        (lambda d: _entry(d, "GO")["doses"][0].pop("source"), "regimen 'GO'.doses[0]: missing field(s) source"),
        (lambda d: _entry(d, "GO").update(colour="red"), "unknown field(s) colour"),
        (lambda d: _entry(d, "GO").update(warnings=["scary"]), "regimen 'GO'.warnings[0]: 'scary'"),
        (lambda d: _entry(d, "GO").update(wbc_ceiling="30"), "regimen 'GO'.wbc_ceiling"),
        (lambda d: _entry(d, "GO").update(cycle_days=0), "regimen 'GO'.cycle_days"),
        (lambda d: _entry(d, "GO").update(sources=[]), "regimen 'GO'.sources: must name at least one"),
        (lambda d: d["regimens"].append(copy.deepcopy(d["regimens"][0])), "regimen '7+3': appears twice"),
        (lambda d: d.update(format="other"), "format"),
    ],
)
def test_invalid_catalog_is_rejected_naming_entry_and_field(mutate: Any, message: str) -> None:
    data = copy.deepcopy(_raw())
    mutate(data)
    with pytest.raises(CatalogError) as info:
        parse_catalog(data)
    assert message in str(info.value)
