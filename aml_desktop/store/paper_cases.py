"""The three patients of DeWolf & Tallman (Blood 2020), as ``aml-case/1`` data for the demo clinic.

Copied from the project's fixture cases (tests/fixtures/cases) so that the installed application
needs no test files; a test checks the two stay identical.
"""

from __future__ import annotations

from typing import Any

PAPER_CASES: dict[str, dict[str, Any]] = {
    "patient1-early-relapse": {
        "format": "aml-case/1",
        "as_of": "2019-07-25",
        "patient": {"hospital_number": "DT-1", "name": "Patient One", "sex": "female", "birth_date": "1989-03-14"},
        "diagnosis": {
            "date": "2019-01-07",
            "karyotype": "46,XX",
            "mutations": [{"gene": "DNMT3A", "variant": "R882H"}],
            "tested_genes": ["FLT3", "NPM1", "CEBPA", "IDH1", "IDH2", "TP53", "RUNX1", "ASXL1", "DNMT3A"],
            "extramedullary": True,
            "wbc": 322,
        },
        "courses": [
            {"phase": "induction", "regimen": "7+3", "start": "2019-01-08", "end": "2019-01-14", "cycle": 1},
            {"phase": "consolidation", "regimen": "HIDAC", "start": "2019-02-20", "cycle": 1},
            {"phase": "consolidation", "regimen": "HIDAC", "start": "2019-03-20", "cycle": 2},
            {"phase": "consolidation", "regimen": "HIDAC", "start": "2019-04-17", "cycle": 3},
            {"phase": "consolidation", "regimen": "HIDAC", "start": "2019-05-15", "end": "2019-05-20", "cycle": 4},
        ],
        "assessments": [
            {
                "date": "2019-01-07",
                "marrow_blasts_percent": 92,
                "circulating_blasts": True,
                "extramedullary": True,
                "wbc": 322,
            },
            {
                "date": "2019-02-08",
                "marrow_blasts_percent": 2,
                "circulating_blasts": False,
                "extramedullary": False,
                "anc": 1.6,
                "platelets": 145,
                "mrd": {"status": "negative", "method": "flow"},
            },
            {
                "date": "2019-07-20",
                "marrow_blasts_percent": 55,
                "extramedullary": True,
                "mutations": [{"gene": "DNMT3A", "variant": "R882H"}],
                "tested_genes": ["FLT3", "IDH1", "IDH2", "DNMT3A"],
            },
        ],
        "fitness": {"date": "2019-07-22", "ecog": 0, "fit_for_intensive": True},
    },
    "patient2-primary-refractory": {
        "format": "aml-case/1",
        "as_of": "2019-09-02",
        "patient": {"hospital_number": "DT-2", "name": "Patient Two", "sex": "male", "birth_date": "1966-11-02"},
        "diagnosis": {
            "date": "2019-01-03",
            "karyotype": "46,XY,inv(3)(q21q26)",
            "mutations": [],
            "tested_genes": ["FLT3", "NPM1", "CEBPA", "IDH1", "IDH2", "TP53", "RUNX1", "ASXL1"],
        },
        "courses": [
            {"phase": "induction", "regimen": "7+3", "start": "2019-01-05", "end": "2019-01-11", "cycle": 1},
            {"phase": "induction", "regimen": "HIDAC", "start": "2019-02-08", "end": "2019-02-13", "cycle": 2},
            {"phase": "reinduction", "regimen": "MEC", "start": "2019-06-10", "end": "2019-06-15", "cycle": 1},
        ],
        "assessments": [
            {"date": "2019-01-03", "marrow_blasts_percent": 60, "circulating_blasts": True, "hemoglobin": 6.2},
            {"date": "2019-02-01", "marrow_blasts_percent": 70},
            {"date": "2019-03-10", "marrow_blasts_percent": 33},
            {"date": "2019-08-20", "marrow_blasts_percent": 48},
        ],
        "fitness": {"date": "2019-08-25", "ecog": 1, "fit_for_intensive": True},
    },
    "patient3-older-idh1": {
        "format": "aml-case/1",
        "as_of": "2019-06-05",
        "patient": {"hospital_number": "DT-3", "name": "Patient Three", "sex": "female", "birth_date": "1933-02-20"},
        "diagnosis": {
            "date": "2017-03-01",
            "karyotype": "46,XX,del(5)(q13q33)",
            "mutations": [],
            "tested_genes": ["FLT3", "NPM1", "CEBPA", "IDH1", "IDH2"],
        },
        "courses": [
            {"phase": "induction", "regimen": "AZA", "start": "2017-03-06", "cycle": 1},
            {"phase": "maintenance", "regimen": "AZA", "start": "2017-09-04", "cycle": 7},
        ],
        "assessments": [
            {"date": "2017-03-01", "marrow_blasts_percent": 64, "hemoglobin": 7.0},
            {
                "date": "2017-08-28",
                "marrow_blasts_percent": 4,
                "circulating_blasts": False,
                "extramedullary": False,
                "anc": 1.2,
                "platelets": 110,
                "hemoglobin": 10.8,
            },
            {
                "date": "2019-05-28",
                "marrow_blasts_percent": 35,
                "circulating_blasts": True,
                "mutations": [{"gene": "IDH1", "variant": "R132C"}],
                "tested_genes": ["FLT3", "IDH1", "IDH2"],
            },
        ],
        "fitness": {"date": "2019-06-01", "ecog": 2, "fit_for_intensive": False},
    },
}
