"""``migrate-to``: a laptop clinic moved to the hospital's PostgreSQL server in one step.

Who may do it (an administrator, once the file has accounts), the copy itself (``store.transfer``:
every row, the audit trail verbatim, all or nothing), and the entry that records the move at the
end of the server's trail, naming the file and how many of each kind came.
"""

from __future__ import annotations

from pathlib import Path

from aml_desktop.engine.sentences import say
from aml_desktop.store import Store, StoreError, open_store_for_cli
from aml_desktop.store.connection import read_only_connection
from aml_desktop.store.server import server_url, shown
from aml_desktop.store.transfer import TransferReport, copy_to_server, describe_detail


def migrate_to_server(source_db: Path | str | None, target: str, *, user: str) -> TransferReport:
    """Copy the clinic file (``--db``, or the default database) into the empty server database ``target``."""
    url = server_url(target)
    if url is None:
        raise StoreError(say("--db {target}: give the server as postgresql://USER@HOST:PORT/DATABASE", target=target))
    with open_store_for_cli(source_db) as store:
        if store.is_server:
            raise StoreError(
                say(
                    "the clinic to move must be a file: {location} is already on a server (use backup and "
                    "restore to copy a server)",
                    location=store.location,
                )
            )
        store.check_allowed("restore")
        path = Path(store.path)
        who = f"{user} ({store.account.name})" if store.account is not None else user
    report = copy_to_server(path, url, open_source=read_only_connection, user=who)
    with Store.open(url, create=False) as moved:
        moved.record_event("restore", detail=describe_detail(path, report), user=who, permission="system")
        verdict = moved.verify_audit()
    if not verdict.whole:  # checked before the commit too; this is the trail with the move's own entry
        raise StoreError(
            say(
                "the clinic was moved to {shown}, but its trail does not verify: {problem}",
                shown=shown(url),
                problem=verdict.problems[0],
            )
        )
    return report
