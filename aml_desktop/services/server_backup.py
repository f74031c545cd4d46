"""Backup and restore of a clinic on a PostgreSQL server, with the same permissions and trail as a file's.

The work is ``store.pg_backup``'s (``pg_dump``/``pg_restore``, verified, all or nothing); this use case
adds what the clinic requires around it: who may do it (a backup: any clinical role; a restore: an
administrator), and an entry in the audit trail naming the file (a restore's entry also names the
dump of the clinic as it was before).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from aml_desktop.store import open_store_for_cli
from aml_desktop.store.audit_chain import replaced_end_detail
from aml_desktop.store.pg_backup import ServerBackupReport, ServerRestoreReport, dump_database, restore_archive


def backup_server(url: str, output: Path, *, user: str) -> ServerBackupReport:
    """A verified ``pg_dump`` archive of the clinic at ``url``, recorded in its trail."""
    with open_store_for_cli(url) as store:
        store.check_allowed("backup")
        report = dump_database(url, output)
        store.record_event(
            "backup",
            detail={"file": str(report.path), "rows": sum(report.rows.values())},
            user=user,
            permission="backup",
        )
    return report


def restore_server(url: str, backup: Path, *, user: str) -> ServerRestoreReport:
    """Replace the clinic at ``url`` with ``backup`` (administrators, once the clinic has accounts)."""
    account: Any = None
    with open_store_for_cli(url) as store:
        store.check_allowed("restore")
        account = store.account
    report = restore_archive(url, backup)
    with open_store_for_cli(url) as store:
        store.account = account if store.has_accounts() else None
        who = account.name if account is not None else user
        store.record_event(
            "restore",
            detail={
                "backup": str(report.backup),
                "replaced_database_kept_as": str(report.safety),
                "rows": sum(report.rows.values()),
                **replaced_end_detail(report.replaced_end),
            },
            user=who,
            permission="event" if store.account is not None else "system",
        )
    return report
