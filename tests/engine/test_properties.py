"""Property tests: no valid case crashes the engine; invalid input is always refused with a message."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aml_desktop.engine import (
    CaseError,
    EngineSettings,
    Formulary,
    codes,
    evaluate,
    load_case,
    parse_case,
    result_to_json,
)

DX = date(2020, 1, 1)
GENES = ["FLT3", "IDH1", "IDH2", "NPM1", "TP53", "RUNX1", "ASXL1", "CEBPA", "DNMT3A"]
VARIANTS = [None, "ITD", "TKD", "D835Y", "R132H", "R140Q", "R172K", "biallelic", "bZIP", "single", "X"]
KARYOTYPES = [
    None,
    "46,XX",
    "46,XY,inv(3)(q21q26)",
    "45,XX,-7",
    "47,XY,+8",
    "46,XX,t(8;21)(q22;q22)",
    "failed",
    "46,XX,t(15;17)(q24;q21)",
    "44,XY,-5,-7,+8,del(17)(p11)",
    "46,XY,inv(16)(p13q22)",
    "nonsense(((",
]


def day(offset: int) -> str:
    return (DX + timedelta(days=offset)).isoformat()


mutation = st.fixed_dictionaries(
    {"gene": st.sampled_from(GENES)},
    optional={
        "variant": st.sampled_from([v for v in VARIANTS if v]),
        "allelic_ratio": st.floats(0, 3, allow_nan=False),
        "vaf": st.floats(0, 100, allow_nan=False),
    },
)
counts = st.one_of(st.none(), st.floats(0, 500, allow_nan=False))
assessment = st.fixed_dictionaries(
    {"date": st.integers(-5, 1500).map(day)},
    optional={
        "marrow_blasts_percent": st.one_of(st.none(), st.floats(0, 100, allow_nan=False)),
        "circulating_blasts": st.one_of(st.none(), st.booleans()),
        "extramedullary": st.one_of(st.none(), st.booleans()),
        "anc": counts,
        "platelets": counts,
        "wbc": counts,
        "mrd": st.fixed_dictionaries({"status": st.sampled_from(["negative", "positive"])}),
        "mutations": st.lists(mutation, max_size=3),
        "tested_genes": st.lists(st.sampled_from(GENES), max_size=5),
        "karyotype": st.sampled_from([k for k in KARYOTYPES if k]),
    },
)
regimen = st.sampled_from(list(codes.REGIMENS))
course = st.fixed_dictionaries(
    {
        "phase": st.sampled_from([p for p in codes.PHASES if p != "transplant"]),
        "regimen": regimen,
        "start": st.integers(0, 1500).map(day),
    },
    optional={"cycle": st.integers(1, 12)},
)
transplant = st.fixed_dictionaries(
    {
        "phase": st.just("transplant"),
        "regimen": st.sampled_from(["allogeneic", "autologous"]),
        "start": st.integers(0, 1500).map(day),
    }
)


@st.composite
def valid_cases(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "format": "aml-case/1",
        "as_of": day(draw(st.integers(0, 1600))),
        "patient": {"birth_date": draw(st.sampled_from(["1930-05-05", "1960-01-01", "1985-07-07", "2001-02-02"]))},
        "diagnosis": {
            "date": DX.isoformat(),
            "karyotype": draw(st.sampled_from(KARYOTYPES)),
            "mutations": draw(st.lists(mutation, max_size=3)),
            "tested_genes": draw(st.lists(st.sampled_from(GENES), max_size=9)),
            "cd33_percent": draw(st.one_of(st.none(), st.floats(0, 100, allow_nan=False))),
            "wbc": draw(counts),
        },
        "courses": draw(st.lists(st.one_of(course, transplant), max_size=6)),
        "assessments": draw(st.lists(assessment, max_size=8)),
        "fitness": draw(
            st.one_of(
                st.none(),
                st.fixed_dictionaries(
                    {}, optional={"ecog": st.integers(0, 5), "fit_for_intensive": st.one_of(st.none(), st.booleans())}
                ),
            )
        ),
        "formulary": draw(st.dictionaries(st.sampled_from(list(codes.FORMULARY_KEYS)), st.booleans(), max_size=6)),
    }


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_cases(), st.dictionaries(st.sampled_from(list(codes.FORMULARY_KEYS)), st.booleans(), max_size=8))
def test_no_valid_case_crashes_and_the_answer_is_deterministic(data, stocked):
    case = parse_case(data)
    settings_ = EngineSettings(formulary=Formulary.from_mapping(stocked))
    first = evaluate(case, today=date(2026, 1, 1), settings=settings_)
    assert result_to_json(first) == result_to_json(evaluate(case, today=date(2026, 1, 1), settings=settings_))
    r = first.recommendation
    assert r.primary.category in codes.CATEGORIES
    assert set(r.actions) <= set(codes.ACTIONS)
    assert set(r.flags) <= set(codes.FLAGS)
    assert first.derived.status in codes.STATUSES
    active = ("relapsed", "molecular_relapse", "primary_refractory", "persistent_after_one_cycle")  # §8.5a
    if first.derived.status not in active:
        assert r.primary.category == "not_applicable"
    for step in r.rationale:
        assert step.cites
    # Regimens offered are ones the clinic can give (clinical-spec.md §4).
    from aml_desktop.engine.catalog import load_catalog

    formulary = settings_.formulary.merged(case.formulary_dict)
    for therapy in (r.primary, *r.alternatives):
        for code in therapy.regimens:
            assert load_catalog().is_available(code, formulary), code


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=12)),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=10,
)


@settings(max_examples=300, deadline=None)
@given(valid_cases(), st.lists(st.tuples(st.integers(0, 50), json_values), min_size=1, max_size=3))
def test_damaged_cases_are_refused_with_a_message_or_accepted(data, damage):
    """Overwrite random fields with random JSON: the parser answers CaseError or a valid Case, nothing else."""
    paths = []

    def walk(node: Any, path: tuple) -> None:
        paths.append(path)
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, (*path, k))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, (*path, i))

    walk(data, ())
    for index, value in damage:
        path = paths[index % len(paths)]
        if not path:
            data = value
            continue
        target = data
        try:
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = value
        except (TypeError, KeyError, IndexError):
            continue  # an earlier damage already replaced this branch
    try:
        case = parse_case(data)
    except CaseError as error:
        assert error.problems
        assert all(str(p) for p in error.problems)
    else:
        evaluate(case, today=date(2026, 1, 1))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_never_crash_the_reader(raw):
    try:
        load_case(raw)
    except CaseError as error:
        assert str(error)
