"""The clinic's patient store: one SQLite file (the default) or a PostgreSQL server, safe from crashes and bad input.

Everything outside this package uses only the names below; nobody else sees SQL or rows.
"""

from __future__ import annotations

from pathlib import Path

from . import driver
from .backup import (
    auto_backup_due,
    backup_database,
    backup_warning,
    restore_database,
    rotate_backups,
    verify_database,
)
from .case_files import CaseFileError, file_sources, read_case_files
from .errors import (
    DamagedDatabase,
    ImportConflict,
    InvalidBatch,
    PatientNotFound,
    ServerUnavailable,
    StaleRecord,
    StoreError,
)
from .models import AuditEntry, BackupReport, ClinicSettings, DecisionRecord, PatientSummary, RecordVersion
from .repository import Store, check_batch


def open_store_for_cli(db: Path | str | None, *, create: bool = False, damaged_ok: bool = False) -> Store:
    """The store a command-line verb works on: ``--db`` or the application-data folder's database.

    Only the verbs that make a clinic (``import``, ``demo``) pass ``create``; they must say so when
    they did (``Store.created``). A ``--db`` in a folder that does not exist is refused even then:
    a mistyped path must not grow folders and a new, empty clinic.
    """
    from aml_desktop.paths import default_db_path

    from .location import server_url

    url = server_url(db)
    if url is not None:
        return Store.open(url, create=create, damaged_ok=damaged_ok)
    path = db if db is not None else default_db_path()
    if create and db is not None and not Path(db).parent.is_dir():
        raise StoreError(f"the folder {Path(db).parent} does not exist: no database was created (check the --db path)")
    return Store.open(path, create=create, damaged_ok=damaged_ok)


__all__ = [
    "AuditEntry",
    "BackupReport",
    "CaseFileError",
    "ClinicSettings",
    "DamagedDatabase",
    "DecisionRecord",
    "ImportConflict",
    "InvalidBatch",
    "PatientNotFound",
    "PatientSummary",
    "RecordVersion",
    "ServerUnavailable",
    "StaleRecord",
    "Store",
    "StoreError",
    "auto_backup_due",
    "backup_database",
    "backup_warning",
    "check_batch",
    "driver",
    "file_sources",
    "open_store_for_cli",
    "read_case_files",
    "restore_database",
    "rotate_backups",
    "verify_database",
]
