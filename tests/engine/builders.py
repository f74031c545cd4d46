"""Compact builders for test cases: write the course as dicts, parse through the real parser."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

from aml_desktop.engine import Case, EngineSettings, Formulary, Result, evaluate, parse_case

CASES = Path(__file__).parents[1] / "fixtures" / "cases"
ALL_TESTED = ["FLT3", "NPM1", "CEBPA", "IDH1", "IDH2", "TP53", "RUNX1", "ASXL1"]
TODAY = date(2026, 1, 1)


def base_case(**overrides: Any) -> dict[str, Any]:
    """A 40-year-old, intermediate-risk patient in CR1 from 2020-02-10; add events to taste."""
    case: dict[str, Any] = {
        "format": "aml-case/1",
        "as_of": "2021-06-01",
        "patient": {"hospital_number": "T-1", "name": "Test Patient", "sex": "female", "birth_date": "1980-01-01"},
        "diagnosis": {
            "date": "2020-01-01",
            "karyotype": "46,XX",
            "mutations": [],
            "tested_genes": list(ALL_TESTED),
        },
        "courses": [
            {"phase": "induction", "regimen": "7+3", "start": "2020-01-03", "end": "2020-01-09", "cycle": 1},
        ],
        "assessments": [
            {"date": "2020-01-01", "marrow_blasts_percent": 60},
            {"date": "2020-02-10", "marrow_blasts_percent": 2, "anc": 1.5, "platelets": 150},
        ],
        "fitness": {"date": "2021-05-30", "ecog": 1, "fit_for_intensive": True},
    }
    case.update(copy.deepcopy(overrides))
    return case


def relapse_case(
    cr1_months_days: int = 400, *, relapse: dict[str, Any] | None = None, **overrides: Any
) -> dict[str, Any]:
    """CR1 on 2020-02-10 and a relapse ``cr1_months_days`` days later (with a molecular panel)."""
    case = base_case(**overrides)
    relapse_date = date.fromordinal(date(2020, 2, 10).toordinal() + cr1_months_days)
    event = {
        "date": relapse_date.isoformat(),
        "marrow_blasts_percent": 40,
        "mutations": [],
        "tested_genes": ["FLT3", "IDH1", "IDH2"],
    }
    event.update(relapse or {})
    case["assessments"].append(event)
    if "as_of" not in overrides:
        case["as_of"] = date.fromordinal(relapse_date.toordinal() + 5).isoformat()
    if case.get("fitness") and "fitness" not in overrides:
        case["fitness"]["date"] = relapse_date.isoformat()
    return case


def run(data: dict[str, Any], *, stocked: dict[str, bool] | None = None, **settings: Any) -> Result:
    """Parse and evaluate; ``stocked`` sets the clinic formulary."""
    case: Case = parse_case(data)
    formulary = Formulary.from_mapping(stocked or {})
    return evaluate(case, today=TODAY, settings=EngineSettings(formulary=formulary, **settings))
