"""The store's exceptions: each message names the problem so it can be shown as is."""

from __future__ import annotations


class StoreError(Exception):
    """The database cannot be used as asked: a foreign or newer file, a bad backup, a missing patient."""


class ImportConflict(StoreError):
    """A patient in the import already exists (same id or hospital number) and replace was not asked for."""


class PatientNotFound(StoreError):
    """No patient with this id is stored."""


class InvalidBatch(StoreError):
    """The cases given together contradict each other (the same patient twice): invalid input."""


class StaleRecord(StoreError):
    """The patient's record changed since the caller read it; saving would overwrite that change."""


class DamagedDatabase(StoreError):
    """SQLite's check found damage in the file: nothing is written to it; a backup can replace it."""
