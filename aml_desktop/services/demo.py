"""The demo clinic, read from the ``aml-case/1`` files in ``resources/demo`` (see its README).

The paper's three patients keep the paper's dates. The other demo patients were written as
seen on :data:`DATED_AS_OF`; every date in them is moved by the same number of days so that
the clinic always looks current (a relapse "20 days ago" stays 20 days ago).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, timedelta
from importlib import resources
from typing import Any

from aml_desktop.engine.case import Case
from aml_desktop.engine.case_io import parse_case
from aml_desktop.engine.settings import Formulary
from aml_desktop.store import Store

DEMO_USER = "demo"
DATED_AS_OF = date(2026, 12, 31)  # every age in the files is exact on this day
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _files(folder: str) -> list[Any]:
    root = resources.files("aml_desktop.resources").joinpath("demo", folder)
    return sorted((item for item in root.iterdir() if item.name.endswith(".json")), key=lambda item: item.name)


def _moved(value: Any, days: timedelta) -> Any:
    """``value`` with every ISO date string moved by ``days`` (the case format's only date form)."""
    if isinstance(value, dict):
        return {key: _moved(item, days) for key, item in value.items()}
    if isinstance(value, list):
        return [_moved(item, days) for item in value]
    if isinstance(value, str) and _ISO_DATE.match(value):
        return (date.fromisoformat(value) + days).isoformat()
    return value


def paper_case_dicts() -> dict[str, dict[str, Any]]:
    """The paper's patients as ``aml-case/1`` objects, by file stem (``patient1-early-relapse``)."""
    return {item.name.removesuffix(".json"): json.loads(item.read_text(encoding="utf-8")) for item in _files("paper")}


def demo_case_dicts(today: date) -> list[dict[str, Any]]:
    """The demo clinic as ``aml-case/1`` objects dated for ``today`` (the paper's patients first)."""
    shift = today - DATED_AS_OF
    clinic = [_moved(json.loads(item.read_text(encoding="utf-8")), shift) for item in _files("clinic")]
    return list(paper_case_dicts().values()) + clinic


def demo_cases(today: date) -> list[Case]:
    """The demo cases, each through the engine's strict parser (a demo must be valid data)."""
    return [parse_case(case) for case in demo_case_dicts(today)]


def make_demo_clinic(store: Store, *, today: date, user: str = DEMO_USER) -> int:
    """Add the demo clinic's patients that are not already stored; returns how many were added.

    On an empty database the clinic is named "Demo clinic" and a realistic formulary is set
    (no gilteritinib or quizartinib, no transplant programme), as in many of the clinics this
    application is for.
    """
    empty = store.count_patients() == 0
    cases = [
        case
        for case in demo_cases(today)
        if case.patient.hospital_number is None or store.find_patient_id(case.patient.hospital_number) is None
    ]
    if empty:
        settings = store.clinic_settings()
        if settings.clinic_name == "My clinic":
            out = {"gilteritinib": today - timedelta(days=60), "quizartinib": today - timedelta(days=200)}
            settings = replace(
                settings,
                clinic_name="Demo clinic",
                formulary=Formulary(frozenset({"gilteritinib", "quizartinib", "allogeneic_hct"})),
                out_of_stock_since=out,
            )
            store.save_clinic_settings(settings, user=user)
    if cases:
        store.import_cases(cases, user=user)
    return len(cases)
