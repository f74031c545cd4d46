"""The clinic's patient store: one SQLite file, safe from crashes and bad input.

Everything outside this package uses only the names below; nobody else sees SQL or rows.
"""

from __future__ import annotations

from pathlib import Path

from .backup import auto_backup_due, backup_database, restore_database, rotate_backups, verify_database
from .case_files import CaseFileError, read_case_files
from .errors import ImportConflict, PatientNotFound, StoreError
from .models import AuditEntry, BackupReport, ClinicSettings, DecisionRecord, PatientSummary
from .repository import Store


def open_store_for_cli(db: Path | None, *, create: bool = True) -> Store:
    """The store a command-line verb works on: ``--db`` or the application-data folder's database."""
    from aml_desktop.paths import default_db_path

    return Store.open(db if db is not None else default_db_path(), create=create)


__all__ = [
    "AuditEntry",
    "BackupReport",
    "CaseFileError",
    "ClinicSettings",
    "DecisionRecord",
    "ImportConflict",
    "PatientNotFound",
    "PatientSummary",
    "Store",
    "StoreError",
    "auto_backup_due",
    "backup_database",
    "open_store_for_cli",
    "read_case_files",
    "restore_database",
    "rotate_backups",
    "verify_database",
]
