"""Summary PDFs of stored patients: one to a file, or one per patient into a folder.

reportlab is imported by ``aml_desktop.reports`` on first render, never at start-up.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from aml_desktop.engine.case import Case
from aml_desktop.files import write_atomically
from aml_desktop.reports import render_summary
from aml_desktop.store import Store

from .batch import BatchReport, Progress, no_progress, write_per_patient
from .names import summary_file_name
from .snapshot import patient_snapshot


def write_summary(
    store: Store,
    patient_id: str,
    target: Path,
    *,
    today: date,
    clinic_name: str | None = None,
    paper: str | None = None,
) -> Path:
    """Render the stored patient's summary and write it to ``target`` atomically."""
    snapshot = patient_snapshot(store, patient_id, today=today, clinic_name=clinic_name, paper=paper)
    write_atomically(target, render_summary(snapshot))
    return target


def write_summaries(
    store: Store,
    folder: Path,
    *,
    today: date,
    patient_ids: Iterable[str] | None = None,
    total: int | None = None,
    clinic_name: str | None = None,
    paper: str | None = None,
    progress: Progress = no_progress,
) -> BatchReport:
    """One summary per patient (every stored patient by default) into ``folder``; see ``write_per_patient``."""
    clinic = store.clinic_settings()

    def render(patient_id: str, case: Case) -> tuple[str, bytes]:
        snapshot = patient_snapshot(
            store, patient_id, case=case, today=today, clinic=clinic, clinic_name=clinic_name, paper=paper
        )
        return summary_file_name(case, today), render_summary(snapshot)

    return write_per_patient(store, folder, render, patient_ids=patient_ids, total=total, progress=progress)
