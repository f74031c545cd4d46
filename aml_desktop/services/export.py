"""Stored patients as ``aml-case/1`` files: one to a file, or one per patient into a folder.

An exported file carries the clinic's full formulary (every item, stocked or not) and the day
of the export as ``as_of``, so the receiving clinic, or this one later, evaluates it exactly as
it was seen here. Every file is written atomically under the one safe-name rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from aml_desktop.engine.case import Case
from aml_desktop.engine.case_io import dump_case
from aml_desktop.files import write_atomically
from aml_desktop.store import Store

from .batch import BatchReport, Progress, no_progress, write_per_patient
from .names import case_file_name


def case_file_bytes(case: Case, *, today: date, formulary: dict[str, bool]) -> bytes:
    """The case file's bytes (UTF-8 JSON) as exported on ``today`` with the clinic's ``formulary``."""
    return dump_case(case, as_of=today, formulary=formulary).encode("utf-8")


def export_case(store: Store, patient_id: str, target: Path, *, today: date) -> Case:
    """Write one stored patient to ``target`` atomically; returns the case written."""
    case = store.get_case(patient_id)
    formulary = store.clinic_settings().formulary.to_mapping()
    write_atomically(target, case_file_bytes(case, today=today, formulary=formulary))
    return case


def export_cases(
    store: Store,
    folder: Path,
    *,
    today: date,
    patient_ids: Iterable[str] | None = None,
    total: int | None = None,
    progress: Progress = no_progress,
) -> BatchReport:
    """One case file per patient (every stored patient by default) into ``folder``; see ``write_per_patient``."""
    formulary = store.clinic_settings().formulary.to_mapping()

    def render(patient_id: str) -> tuple[str, bytes]:
        case = store.get_case(patient_id)
        return case_file_name(case), case_file_bytes(case, today=today, formulary=formulary)

    return write_per_patient(store, folder, render, patient_ids=patient_ids, total=total, progress=progress)
