"""``aml-desktop audit``: check the tamper-evident trail (``verify``) and read it (``list``).

``verify`` exits 0 when the chain is whole and every row matches its last audited state, 1 naming
the first broken entry otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

EXIT_OK = 0
EXIT_BROKEN = 1
EXIT_INVALID = 2


def register(subparsers: Any) -> None:
    audit = subparsers.add_parser("audit", help="verify or list the audit trail")
    verbs = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p = verbs.add_parser(
        "verify",
        help="check the trail's hash chain and every row against its last audited state",
        description="Exit 0 when the trail is whole, 1 naming the first broken entry.",
    )
    p.set_defaults(func=run_verify)
    p = verbs.add_parser("list", help="list audit entries, newest first")
    p.add_argument("--patient", metavar="ID", help="one patient (id or hospital number)")
    p.add_argument("--user", dest="by_user", metavar="NAME", help="one account (or recorded user)")
    p.add_argument("--since", metavar="DATE", help="entries on or after this date (YYYY-MM-DD)")
    p.add_argument("--limit", type=int, default=200, help="at most this many entries (default 200)")
    p.add_argument("--json", action="store_true", help="print JSON lines instead of a table")
    p.set_defaults(func=run_list)


def _error(message: str) -> None:
    print(f"aml-desktop audit: {message}", file=sys.stderr)


def run_verify(args: argparse.Namespace) -> int:
    from aml_desktop.store import StoreError, open_store_for_cli

    try:
        with open_store_for_cli(args.db) as store:
            verdict = store.verify_audit()
    except StoreError as error:
        _error(str(error))
        return EXIT_INVALID
    if verdict.whole:
        print(f"the audit trail is whole: {verdict.entries} entries, every row as its last entry left it")
        return EXIT_OK
    print(f"the audit trail is BROKEN at entry {verdict.first_broken}:")
    for problem in verdict.problems:
        print(f"  {problem}")
    return EXIT_BROKEN


def run_list(args: argparse.Namespace) -> int:
    from aml_desktop.store import StoreError, open_store_for_cli

    try:
        with open_store_for_cli(args.db) as store:
            patient = None
            if args.patient:
                patient = store.resolve_patient_id(args.patient) or args.patient
            entries = store.audit_entries(patient, user=args.by_user, since=args.since, limit=args.limit)
    except StoreError as error:
        _error(str(error))
        return EXIT_INVALID
    for e in entries:
        if args.json:
            print(
                json.dumps(
                    {
                        "id": e.id,
                        "at": e.at,
                        "user": e.user,
                        "action": e.action,
                        "table": e.table,
                        "row_id": e.row_id,
                        "patient_id": e.patient_id,
                        "detail": e.detail,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            what = e.table if e.action in ("insert", "update", "delete") else ""
            detail = json.dumps(e.detail, ensure_ascii=False) if e.detail else ""
            print(f"{e.id}\t{e.at[:19]}\t{e.user}\t{e.action}\t{what}\t{e.patient_id or ''}\t{detail}".rstrip())
    print(f"{len(entries)} entr{'ies' if len(entries) != 1 else 'y'}", file=sys.stderr)
    return EXIT_OK
