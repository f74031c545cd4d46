"""``aml-desktop summary``: print the signed-summary PDF of a case file or of stored patients.

- ``aml-desktop summary CASE.json -o OUT.pdf``: no database; the clinic name is "—"
  unless ``--clinic-name`` is given.
- ``aml-desktop --db DB summary --patient ID -o OUT.pdf``: a stored patient (id or hospital
  number) with its decision records; clinic name and paper size from the clinic settings.
- ``aml-desktop --db DB summary --all -o DIR``: every stored patient, one PDF each, with
  progress on standard error.

Exit status: 0 written; 1 refused by the store (foreign or damaged database) or a batch in
which some summaries failed; 2 invalid input (case file, patient, option, output path).
Each PDF is written to a temporary file and renamed, so a failed run never leaves half a
PDF. reportlab and the store are imported inside the handler; Qt never.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from aml_desktop.files import write_atomically

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_INVALID = 2


def register(subparsers: Any) -> None:
    """Add ``summary`` to ``aml-desktop``."""
    parser = subparsers.add_parser(
        "summary",
        help="print the PDF summary of a case file or of stored patients",
        description=(
            "Write the printable treatment summary (PDF) the clinician signs: from a case file, from a "
            "stored patient (--patient, with --db), or for every stored patient (--all). "
            "Decision support: the treating clinician decides."
        ),
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("case", nargs="?", type=Path, help="an aml-case/1 JSON file")
    source.add_argument("--patient", metavar="ID", help="a stored patient's id or hospital number")
    source.add_argument("--all", action="store_true", help="every stored patient, one PDF each into the -o folder")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, help="the PDF to write (a folder with --all)", metavar="OUT"
    )
    parser.add_argument("--paper", type=str.lower, choices=("a4", "letter"), help="paper size (default: clinic's)")
    parser.add_argument(
        "--clinic-name", metavar="NAME", help="clinic name printed in the header (default: clinic settings, or —)"
    )
    parser.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)
    parser.set_defaults(func=run)


def _error(message: str) -> None:
    print(f"aml-desktop summary: {message}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    today = args.today or date.today()
    if args.case is not None:
        return _from_case_file(args, today)
    return _from_store(args, today)


def _check_output_file(path: Path) -> bool:
    if path.is_dir():
        _error(f"-o {path}: is a folder; give the PDF file to write")
        return False
    if not path.parent.is_dir():
        _error(f"-o {path}: the folder {path.parent} does not exist")
        return False
    return True


def _from_case_file(args: argparse.Namespace, today: date) -> int:
    from aml_desktop.engine.case_io import CaseError, load_case

    try:
        raw = args.case.read_bytes()
    except OSError as error:
        _error(f"{args.case}: cannot read: {error.strerror}")
        return EXIT_INVALID
    try:
        case = load_case(raw)
    except CaseError as error:
        _error(f"{args.case}: invalid case file, no summary written:")
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_INVALID
    if not _check_output_file(args.output):
        return EXIT_INVALID
    from aml_desktop.reports import NO_CLINIC_NAME, render_summary, snapshot_from_case

    snapshot = snapshot_from_case(
        case, today=today, clinic_name=args.clinic_name or NO_CLINIC_NAME, paper=args.paper or "A4"
    )
    try:
        write_atomically(args.output, render_summary(snapshot))
    except OSError as error:
        _error(f"-o {args.output}: cannot write: {error.strerror or error}")
        return EXIT_INVALID
    return EXIT_OK


def _from_store(args: argparse.Namespace, today: date) -> int:
    from aml_desktop.cli.progress import progress_line
    from aml_desktop.services.summaries import write_summaries, write_summary
    from aml_desktop.store import StoreError, open_store_for_cli

    if args.all:
        if args.output.exists() and not args.output.is_dir():
            _error(f"-o {args.output}: is a file; --all writes one PDF per patient into a folder")
            return EXIT_INVALID
    elif not _check_output_file(args.output):
        return EXIT_INVALID
    try:
        with open_store_for_cli(args.db, create=False) as store:
            if args.all:
                try:
                    report = write_summaries(
                        store,
                        args.output,
                        today=today,
                        clinic_name=args.clinic_name,
                        paper=args.paper,
                        progress=progress_line,
                    )
                except OSError as error:
                    _error(f"-o {args.output}: cannot create the folder: {error.strerror or error}")
                    return EXIT_INVALID
                print(report.describe("wrote", "summary", "summaries"), file=sys.stderr)
                return EXIT_OK if report.ok else EXIT_REFUSED
            patient_id = store.resolve_patient_id(args.patient)
            if patient_id is None:
                _error(f"--patient: no patient with id or hospital number {args.patient!r}")
                return EXIT_INVALID
            write_summary(store, patient_id, args.output, today=today, clinic_name=args.clinic_name, paper=args.paper)
    except StoreError as error:
        _error(str(error))
        return EXIT_REFUSED
    except OSError as error:
        _error(f"-o {args.output}: cannot write: {error.strerror or error}")
        return EXIT_INVALID
    return EXIT_OK
