"""Summary PDFs of stored patients: one to a file, or one per patient into a folder.

reportlab is imported by ``aml_desktop.reports`` on first render, never at start-up.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from aml_desktop.files import FolderNames, write_atomically
from aml_desktop.reports import render_summary
from aml_desktop.store import Store

from .batch import BatchReport, Progress, no_progress, run_batch
from .names import summary_file_name
from .patients import label_of
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
    """One summary per patient (every stored patient by default) into ``folder``.

    A patient whose summary cannot be made or written is named in the report with the reason
    and the others are still written. Raises ``OSError`` only when the folder cannot be created.
    """
    folder.mkdir(parents=True, exist_ok=True)
    ids = list(patient_ids) if patient_ids is not None else list(store.patient_ids())
    clinic = store.clinic_settings()
    names = FolderNames(folder)

    def write_one(patient_id: str) -> Path:
        snapshot = patient_snapshot(store, patient_id, today=today, clinic=clinic, clinic_name=clinic_name, paper=paper)
        path = names.path_for(summary_file_name(snapshot.case, today))
        write_atomically(path, render_summary(snapshot))
        return path

    return run_batch(
        folder,
        ids,
        write_one,
        label_of=lambda patient_id: label_of(store, patient_id),
        total=total if total is not None else len(ids),
        progress=progress,
    )
