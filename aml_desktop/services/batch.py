"""What a batch (export of every patient, summaries for a clinic) did: written files and named failures.

One rule for every batch: a patient that fails does not stop the others, every failure is
named (patient and reason), and the batch counts as failed when any patient failed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from aml_desktop.engine.case import Case
from aml_desktop.engine.sentences import Sentence, say
from aml_desktop.files import FolderNames, write_atomically
from aml_desktop.store import Store

from .patients import patient_label

# progress(done, total, text): the text names the file just written or the patient that failed.
Progress = Callable[[int, int, str], None]


def no_progress(done: int, total: int, text: str) -> None:
    """The default progress callback: report nothing."""


@dataclass(frozen=True)
class Failure:
    patient_id: str
    text: str  # names the patient as a person recognises them (hospital number, name or id) and why

    def __str__(self) -> str:
        return self.text


@dataclass
class BatchReport:
    folder: Path
    written: list[Path] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def describe(self, verb: str, noun: str, plural: str) -> str:
        """``wrote 3 summaries to DIR`` and, when some failed, one indented line per failed patient."""
        count = len(self.written)
        text = f"{verb} {count} {noun if count == 1 else plural} to {self.folder}"
        if self.failed:
            failed = len(self.failed)
            text += f"; {failed} patient{'s' if failed != 1 else ''} could not be read or written:"
            text += "".join(f"\n  {failure}" for failure in self.failed)
        return text


def error_text(error: BaseException) -> str:
    """An exception as one line for a clinician: its message (the sentence it carries, so the window can
    word it in its language), or its kind when it has none."""
    said = error.args[0] if len(error.args) == 1 else None
    if isinstance(said, Sentence) and "\n" not in said:
        return said
    text = " ".join(str(error).split())
    if isinstance(error, OSError) and error.strerror:
        text = error.strerror
    return text or type(error).__name__


def stored_cases(store: Store, patient_ids: Iterable[str] | None) -> Iterator[tuple[str, Case | None, str | None]]:
    """``(id, case, None)`` for each patient, or ``(id, None, problem)`` for one that cannot be read.

    Every stored patient by default, found as the store's salvage finds them (a damaged file
    still gives every patient it can read); else the given ids, read one by one.
    """
    if patient_ids is None:
        yield from store.salvage_cases()
        return
    for patient_id in patient_ids:
        try:
            yield patient_id, store.get_case(patient_id), None
        except Exception as error:  # named in the report; the others are still read
            yield patient_id, None, say("{patient}: {problem}", patient=patient_id, problem=error_text(error))


def write_per_patient(
    store: Store,
    folder: Path,
    render: Callable[[str, Case], tuple[str, bytes]],
    *,
    patient_ids: Iterable[str] | None,
    total: int | None,
    progress: Progress,
) -> BatchReport:
    """One file per patient (every stored patient by default) into ``folder``.

    ``render(patient_id, case)`` gives the file's name (from :mod:`.names`) and bytes; each
    file is made unique in the folder and written atomically. A patient whose record cannot be
    read, or whose file cannot be made or written, is named in the report with the reason and
    the others are still written. Raises ``OSError`` only when the folder cannot be created.
    """
    folder.mkdir(parents=True, exist_ok=True)
    if patient_ids is not None:
        patient_ids = list(patient_ids)
        total = len(patient_ids) if total is None else total
    elif total is None:
        total = store.count_patients()
    names = FolderNames(folder)
    report = BatchReport(folder)
    for done, (patient_id, case, problem) in enumerate(stored_cases(store, patient_ids), start=1):
        if case is None:
            failure = Failure(patient_id, say("could not be read: {problem}", problem=problem))
        else:
            try:
                name, data = render(patient_id, case)
                path = names.path_for(name)
                write_atomically(path, data)
            except Exception as error:  # one patient's failure must not stop the clinic's batch
                failure = Failure(
                    patient_id, say("{patient}: {problem}", patient=patient_label(case), problem=error_text(error))
                )
            else:
                report.written.append(path)
                progress(done, max(total, done), path.name)
                continue
        report.failed.append(failure)
        progress(done, max(total, done), f"FAILED {failure}")
    return report
