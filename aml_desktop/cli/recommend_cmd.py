"""``aml-desktop recommend``: the engine's answer for a case file or a stored patient.

Prints ``aml-recommendation/1`` JSON (or ``--text`` for a clinician at a terminal). An
invalid case exits 2 with the problems on standard error and nothing on standard output.
Never imports Qt.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from aml_desktop.cli.language_option import add_language_option

EXIT_INVALID = 2


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "recommend",
        help="recommend treatment for a case file or a stored patient",
        description="Apply the relapsed/refractory AML algorithm. Decision support: the treating clinician decides.",
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("case", nargs="?", type=Path, help="an aml-case/1 JSON file")
    source.add_argument(
        "--patient", metavar="ID", help="a patient stored in the database (--db), by id or hospital number"
    )
    parser.add_argument("--text", action="store_true", help="print a readable summary instead of JSON")
    add_language_option(parser, "the language of --text (the JSON never changes)")
    parser.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from aml_desktop.engine.case_io import CaseError, load_case
    from aml_desktop.engine.evaluate import evaluate
    from aml_desktop.engine.result import result_to_json

    today = args.today or date.today()
    clinic_language: str | None = None
    if args.patient:
        from aml_desktop.store import StoreError, open_store_for_cli

        try:
            with open_store_for_cli(args.db) as store:
                found = store.resolve_patient_id(args.patient)
                if found is None:
                    print(
                        f"aml-desktop recommend: no patient with id or hospital number {args.patient!r}",
                        file=sys.stderr,
                    )
                    return EXIT_INVALID
                case = store.get_case(found)
                clinic = store.clinic_settings()
                settings = clinic.engine_settings()
                clinic_language = clinic.language
                store.record_event("view", patient_id=found, detail={"by": "recommend"}, user="cli")
        except (StoreError, KeyError) as error:
            print(f"aml-desktop recommend: {error}", file=sys.stderr)
            return EXIT_INVALID
    else:
        try:
            raw = args.case.read_bytes()
        except OSError as error:
            print(f"aml-desktop recommend: {args.case}: cannot read: {error.strerror}", file=sys.stderr)
            return EXIT_INVALID
        try:
            case = load_case(raw)
        except CaseError as error:
            print(f"aml-desktop recommend: {args.case}: invalid case file", file=sys.stderr)
            for problem in error.problems:
                print(f"  {problem}", file=sys.stderr)
            return EXIT_INVALID
        settings = None
    result = evaluate(case, today=today, settings=settings)
    if args.text:
        from aml_desktop.cli.recommend_text import format_result

        language = args.lang or (clinic_language if args.patient else None)
        sys.stdout.write(format_result(case, result, today=today, language=language))
    else:
        from aml_desktop.present.worded_result import with_worded_sentences

        sys.stdout.write(result_to_json(with_worded_sentences(result)))
    return 0
