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


class ServerUnavailable(StoreError):
    """The PostgreSQL server cannot be reached, or the connection to it was lost: nothing of the change in
    progress was kept (or, lost while committing, it is unknown whether it was). The next call reconnects,
    so the same save can simply be tried again; what the user typed must stay on screen."""


#: What a clinic on a server, or ``server init``, says where the ``server`` extra is not installed (a pip
#: install without it, or a frozen program built without it) instead of a traceback.
SERVER_EXTRA_MISSING = "the PostgreSQL driver is not installed: pip install 'aml-desktop[server]'"
