"""What a batch (export of every patient, summaries for a clinic) did: written files and named failures.

One rule for every batch: a patient that fails does not stop the others, every failure is
named (patient and reason), and the batch counts as failed when any patient failed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from aml_desktop.files import FolderNames, write_atomically
from aml_desktop.store import Store

from .patients import label_of

# progress(done, total, text): the text names the file just written or the patient that failed.
Progress = Callable[[int, int, str], None]


def no_progress(done: int, total: int, text: str) -> None:
    """The default progress callback: report nothing."""


@dataclass(frozen=True)
class Failure:
    patient_id: str
    label: str  # what a person recognises: hospital number, name, or the id
    reason: str

    def __str__(self) -> str:
        return f"{self.label}: {self.reason}"


@dataclass
class BatchReport:
    folder: Path
    written: list[Path] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def describe(self, verb: str, noun: str, plural: str) -> str:
        """``wrote 3 summaries to DIR; 1 failed: H-1: ...`` in words a clinician reads."""
        count = len(self.written)
        text = f"{verb} {count} {noun if count == 1 else plural} to {self.folder}"
        if self.failed:
            text += f"; {len(self.failed)} failed: " + "; ".join(str(f) for f in self.failed)
        return text


def error_text(error: BaseException) -> str:
    """An exception as one line for a clinician: its message, or its kind when it has none."""
    text = " ".join(str(error).split())
    if isinstance(error, OSError) and error.strerror:
        text = error.strerror
    return text or type(error).__name__


def write_per_patient(
    store: Store,
    folder: Path,
    render: Callable[[str], tuple[str, bytes]],
    *,
    patient_ids: Iterable[str] | None,
    total: int | None,
    progress: Progress,
) -> BatchReport:
    """One file per patient (every stored patient by default) into ``folder``.

    ``render(patient_id)`` gives the file's name (from :mod:`.names`) and bytes; each file is
    made unique in the folder and written atomically. A patient whose file cannot be made or
    written is named in the report with the reason and the others are still written. Raises
    ``OSError`` only when the folder cannot be created.
    """
    folder.mkdir(parents=True, exist_ok=True)
    ids = list(patient_ids) if patient_ids is not None else list(store.patient_ids())
    total = total if total is not None else len(ids)
    names = FolderNames(folder)
    report = BatchReport(folder)
    for done, patient_id in enumerate(ids, start=1):
        try:
            name, data = render(patient_id)
            path = names.path_for(name)
            write_atomically(path, data)
        except Exception as error:  # one patient's failure must not stop the clinic's batch
            failure = Failure(patient_id, label_of(store, patient_id), error_text(error))
            report.failed.append(failure)
            progress(done, total, f"FAILED {failure}")
            continue
        report.written.append(path)
        progress(done, total, path.name)
    return report
