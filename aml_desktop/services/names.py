"""The names of the files written for a patient (case files, summaries), from one rule.

``<hospital number>-<last 8 characters of the id>`` when the patient has a hospital number,
else ``<id>``. The ids are time-ordered UUIDs, so their first characters are the same for
patients stored together; the last 8 are random and tell them apart. Each part is made safe
by :func:`aml_desktop.files.safe_file_name` (no folder, no ``..``, no control character,
length-capped). A summary adds ``-summary-<date>``.
"""

from __future__ import annotations

from datetime import date

from aml_desktop.engine.case import Case
from aml_desktop.files import safe_file_name


def _parts(case: Case) -> tuple[str | None, ...]:
    patient = case.patient
    if patient.hospital_number:
        return (patient.hospital_number, (patient.id or "")[-8:] or None)
    return (patient.id,)


def case_file_name(case: Case, *, fhir: bool = False) -> str:
    """``H-0042-adb14b71.json``: the patient's exported ``aml-case/1`` file (``.fhir.json``: a FHIR bundle)."""
    return safe_file_name(*_parts(case), suffix=".fhir.json" if fhir else ".json")


def summary_file_name(case: Case, today: date) -> str:
    """``H-0042-adb14b71-summary-2026-11-30.pdf``: the patient's printed summary of ``today``."""
    return safe_file_name(*_parts(case), "summary", today.isoformat(), suffix=".pdf")
