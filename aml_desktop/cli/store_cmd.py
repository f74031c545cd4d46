"""Command-line verbs on the clinic database: import, export, list, backup, restore, demo.

Each handler takes the parsed arguments (global ``--db``) and returns an exit status:
0 done, 1 refused by the store (a patient already stored, a foreign or damaged database),
2 invalid input (a case file, an argument). Messages go to standard error and name the file,
the field and the problem. Never imports Qt; heavy modules are imported inside handlers.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_INVALID = 2


def register(subparsers: Any) -> None:
    """Add the store's subcommands to ``aml-desktop``."""
    p = subparsers.add_parser(
        "import",
        help="import aml-case/1 files into the database (all or nothing)",
        description="Import case files. If any file is invalid nothing is imported (exit status 2). "
        "A patient already stored is refused (exit status 1) unless --replace is given.",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help="aml-case/1 JSON files")
    p.add_argument("--replace", action="store_true", help="replace patients that are already stored")
    p.set_defaults(func=run_import)

    p = subparsers.add_parser(
        "export",
        help="export patients as aml-case/1 files (or FHIR R4 bundles with --fhir)",
        description="Write one patient (by id or hospital number) to FILE, or every patient to a folder. "
        "With --fhir each patient is written as one HL7 FHIR R4 Bundle (type collection) instead.",
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("patient", nargs="?", metavar="ID", help="patient id or hospital number")
    which.add_argument("--all", action="store_true", help="export every patient, one file each")
    p.add_argument("-o", "--output", type=Path, required=True, help="the file (one patient) or folder (--all)")
    p.add_argument("--fhir", action="store_true", help="write FHIR R4 Bundle JSON instead of aml-case/1")
    p.add_argument(
        "--identifier-system",
        metavar="URI",
        help="with --fhir: the system URI of your hospital numbers (default: the clinic setting, else a local name)",
    )
    p.set_defaults(func=run_export)

    p = subparsers.add_parser("list", help="list patients with their derived status")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--status", help="only patients with this status (e.g. relapsed)")
    p.add_argument("--search", metavar="TEXT", default="", help="name or hospital number (prefix or part)")
    p.set_defaults(func=run_list)

    p = subparsers.add_parser(
        "backup",
        help="take a verified copy of the database",
        description="Copy the database with SQLite's online backup API (safe while the application is "
        "writing) and verify the copy before reporting success. On a PostgreSQL server (--db postgresql://...) "
        "the copy is a pg_dump archive of one consistent snapshot, read back and counted before success.",
    )
    p.add_argument("-o", "--output", type=Path, required=True, help="the backup file to write")
    p.set_defaults(func=run_backup)

    p = subparsers.add_parser(
        "restore",
        help="replace the database with a verified backup",
        description="Verify FILE, keep the current database as a dated safety copy, then restore FILE. On a "
        "PostgreSQL server the safety copy is a pg_dump archive beside FILE and the restore is one transaction.",
    )
    p.add_argument("file", type=Path, metavar="FILE", help="a backup made by 'aml-desktop backup'")
    p.set_defaults(func=run_restore)

    p = subparsers.add_parser("demo", help="fill the database with a realistic demo clinic")
    p.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)
    p.set_defaults(func=run_demo)


def _db_path(args: argparse.Namespace) -> Path:
    from aml_desktop.paths import default_db_path

    return Path(args.db) if args.db is not None else default_db_path()


def _user() -> str:
    try:
        import getpass

        return f"cli:{getpass.getuser()}"
    except Exception:  # no login name in some service environments
        return "cli"


def _error(verb: str, message: str) -> None:
    print(f"aml-desktop {verb}: {message}", file=sys.stderr)


def _say_if_created(verb: str, store: Any) -> None:
    if store.created:
        _error(verb, f"created a new clinic database at {store.location}")


def run_import(args: argparse.Namespace) -> int:
    from aml_desktop.services.importing import check_case_files, store_checked_cases
    from aml_desktop.store import CaseFileError, InvalidBatch, StoreError, open_store_for_cli

    try:
        # Before the database is opened: a bad file, or one patient twice, makes nothing at all.
        cases = check_case_files(args.files)
    except CaseFileError as error:
        _error("import", "nothing was imported:")
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_INVALID
    except InvalidBatch as error:
        _error("import", f"nothing was imported: {error}")
        return EXIT_INVALID
    try:
        with open_store_for_cli(args.db, create=True) as store:
            _say_if_created("import", store)
            imported = store_checked_cases(store, args.files, cases, user=_user(), replace=args.replace)
            for warning in store.duplicate_warnings([patient_id for _path, _case, patient_id in imported]):
                print(f"warning: {warning}", file=sys.stderr)
    except StoreError as error:  # ImportConflict among them
        _error("import", f"nothing was imported: {error}")
        return EXIT_REFUSED
    for path, case, patient_id in imported:
        print(f"{patient_id}  {case.patient.hospital_number or '-'}  {path}")
    print(f"imported {len(imported)} patient{'s' if len(imported) != 1 else ''}", file=sys.stderr)
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    from aml_desktop.cli.progress import progress_line
    from aml_desktop.exchange.fhir import FhirExportError
    from aml_desktop.services.export import ExportFormat, export_case, export_cases
    from aml_desktop.store import StoreError, open_store_for_cli

    today = date.today()
    if args.identifier_system is not None and not args.fhir:
        _error("export", "--identifier-system applies to --fhir exports only")
        return EXIT_INVALID
    fmt = ExportFormat(fhir=args.fhir, identifier_system=args.identifier_system)
    try:
        with open_store_for_cli(args.db, damaged_ok=args.all) as store:
            if args.all:
                if store.read_only_reason and "damaged" in store.read_only_reason:
                    _error("export", f"{store.location} is damaged: saving every patient that can still be read")
                report = export_cases(store, args.output, today=today, fmt=fmt, progress=progress_line)
                print(report.describe("exported", "patient", "patients"), file=sys.stderr)
                store.record_event(
                    "export",
                    detail={"folder": str(args.output), "patients": len(report.written), "fhir": args.fhir},
                    user=_user(),
                )
                return EXIT_OK if report.ok else EXIT_REFUSED
            found = store.resolve_patient_id(args.patient)
            if found is None:
                _error("export", f"no patient with id or hospital number {args.patient!r}")
                return EXIT_INVALID
            if args.output.parent != Path(""):
                args.output.parent.mkdir(parents=True, exist_ok=True)
            export_case(store, found, args.output, today=today, fmt=fmt)
            store.record_event(
                "export", patient_id=found, detail={"file": str(args.output), "fhir": args.fhir}, user=_user()
            )
    except StoreError as error:
        _error("export", str(error))
        return EXIT_REFUSED
    except FhirExportError as error:
        _error("export", str(error))
        return EXIT_INVALID
    except OSError as error:
        _error("export", f"cannot write {error.filename or args.output}: {error.strerror or error}")
        return EXIT_INVALID
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    from aml_desktop.engine import codes
    from aml_desktop.store import StoreError, open_store_for_cli

    if args.status is not None and args.status not in codes.STATUSES:
        _error("list", f"--status: {args.status!r} is not one of: {', '.join(codes.STATUSES)}")
        return EXIT_INVALID
    try:
        with open_store_for_cli(args.db) as store:
            if store.read_only:
                _error("list", f"read-only: {store.read_only_reason}; statuses are shown as last computed")
            else:
                store.refresh_summaries()
            clash = store.clash_warning()
            if clash is not None:
                _error("list", f"warning: {clash}")
            rows: list[Any] = []
            page = 1000
            while True:
                chunk = store.list_patients(args.search, args.status, limit=page, offset=len(rows))
                rows.extend(chunk)
                if len(chunk) < page:
                    break
    except StoreError as error:
        _error("list", str(error))
        return EXIT_REFUSED
    if args.json:
        items = [
            {
                "id": p.id,
                "hospital_number": p.hospital_number,
                "name": p.name,
                "birth_date": p.birth_date.isoformat(),
                "status": p.status,
                "eln2017_risk": p.eln2017_risk,
                "current_phase": p.current_phase,
                "last_assessment_date": p.last_assessment_date.isoformat() if p.last_assessment_date else None,
                "updated_at": p.updated_at,
            }
            for p in rows
        ]
        sys.stdout.write(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    header = ("HOSPITAL NO", "NAME", "BORN", "STATUS", "ELN 2017", "PHASE", "LAST ASSESSED", "ID")
    table = [
        (
            p.hospital_number or "-",
            p.name or "-",
            p.birth_date.isoformat(),
            p.status,
            p.eln2017_risk,
            p.current_phase or "-",
            p.last_assessment_date.isoformat() if p.last_assessment_date else "-",
            p.id,
        )
        for p in rows
    ]
    from aml_desktop.engine.input_rules import printable

    shown = [tuple(printable(str(value)) for value in row) for row in table]
    widths = [max(len(str(r[i])) for r in [header, *shown]) for i in range(len(header))]
    for line in [header, *shown]:
        print("  ".join(str(v).ljust(w) for v, w in zip(line, widths, strict=True)).rstrip())
    print(f"{len(rows)} patient{'s' if len(rows) != 1 else ''}", file=sys.stderr)
    return EXIT_OK


def _server(args: argparse.Namespace) -> str | None:
    """The PostgreSQL URL ``--db`` names (None for a file)."""
    from aml_desktop.store.server import server_url

    return server_url(args.db)


def run_backup(args: argparse.Namespace) -> int:
    from aml_desktop.store import StoreError, backup_database, open_store_for_cli

    url = _server(args)
    if url is not None:
        return _backup_server(url, args)
    try:
        with open_store_for_cli(args.db) as store:
            store.check_allowed("backup")
            report = backup_database(_db_path(args), args.output)
            store.record_event("backup", detail={"file": str(report.path)}, user=_user(), permission="backup")
    except StoreError as error:
        _error("backup", str(error))
        return EXIT_REFUSED
    except OSError as error:
        _error("backup", f"cannot write {args.output}: {error.strerror or error}")
        return EXIT_INVALID
    print(f"backup written to {report.path} ({report.bytes:,} bytes); integrity check: {report.integrity}")
    return EXIT_OK


def _backup_server(url: str, args: argparse.Namespace) -> int:
    from aml_desktop.services.server_backup import backup_server
    from aml_desktop.store import StoreError

    try:
        report = backup_server(url, args.output, user=_user())
    except StoreError as error:
        text = str(error)
        _error("backup", text if "written" in text or "nothing was" in text else f"{text}; no backup was written")
        return EXIT_REFUSED
    print(f"backup written to {report.path} ({report.bytes:,} bytes, pg_dump archive); integrity: {report.integrity}")
    return EXIT_OK


def _restore_server(url: str, args: argparse.Namespace) -> int:
    from aml_desktop.services.server_backup import restore_server
    from aml_desktop.store import StoreError
    from aml_desktop.store.server import shown

    try:
        report = restore_server(url, args.file, user=_user())
    except StoreError as error:
        text = str(error)
        _error("restore", text if text.startswith("nothing was restored") else f"nothing was changed: {text}")
        return EXIT_REFUSED
    print(f"restored {args.file} into {shown(url)} ({sum(report.rows.values()):,} rows)")
    print(f"the clinic as it was before is kept in {report.safety}")
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    from aml_desktop.store import StoreError, restore_database

    url = _server(args)
    if url is not None:
        return _restore_server(url, args)
    target = _db_path(args)
    existed = target.exists() and target.stat().st_size > 0
    from aml_desktop.store.audit_store import session_for

    try:
        safety = restore_database(target, args.file, account=session_for(target), user=_user())
    except StoreError as error:
        _error("restore", f"nothing was changed: {error}")
        return EXIT_REFUSED
    print(f"restored {args.file} into {target}")
    if safety.exists():
        print(f"the previous database was kept as {safety}")
    elif not existed:
        _error("restore", f"there was no clinic database at {target}: the backup is now the clinic database there")
    return EXIT_OK


def run_demo(args: argparse.Namespace) -> int:
    from aml_desktop.services.demo import make_demo_clinic
    from aml_desktop.store import StoreError, open_store_for_cli

    try:
        with open_store_for_cli(args.db, create=True) as store:
            _say_if_created("demo", store)
            added = make_demo_clinic(store, today=args.today or date.today())
            total = store.count_patients()
    except StoreError as error:
        _error("demo", str(error))
        return EXIT_REFUSED
    print(f"added {added} demo patients; the database now holds {total}")
    return EXIT_OK
