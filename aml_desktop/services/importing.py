"""Case files into the store: every file read and checked first, then all stored in one transaction.

The two steps are separate so that a caller can check the files before it opens (or creates)
the database: a bad file then changes nothing at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from aml_desktop.engine.case import Case
from aml_desktop.store import Store, check_batch, read_case_files

Imported = list[tuple[Path, Case, str]]  # (file, case, patient id) for each file, in order


def check_case_files(paths: Sequence[Path]) -> list[Case]:
    """Read and strictly check every file; ``CaseFileError`` names every file, field and problem,
    ``InvalidBatch`` two files of the same patient."""
    cases = read_case_files(paths)
    check_batch(cases)
    return cases


def store_checked_cases(
    store: Store, paths: Sequence[Path], cases: Sequence[Case], *, user: str, replace: bool = False
) -> Imported:
    """Store cases from :func:`check_case_files` all or nothing.

    ``ImportConflict`` when a patient is already stored and ``replace`` is false, or another
    ``StoreError``; in every case nothing was imported.
    """
    # The files were just checked by the strict parser: no need to check them twice. The list's
    # statuses are left pending ("unknown", never a guess) and derived by the store's refresh after
    # the import's transaction (the window's worker, or 'aml-desktop list'): the write lock is held
    # for the storage work only.
    ids = store.import_cases(cases, replace=replace, user=user, validate=False, derive=False)
    return list(zip(paths, cases, ids, strict=True))


def import_files(store: Store, paths: Sequence[Path], *, user: str, replace: bool = False) -> Imported:
    """Check ``paths`` and import them all or nothing (see the two steps above)."""
    return store_checked_cases(store, paths, check_case_files(paths), user=user, replace=replace)
