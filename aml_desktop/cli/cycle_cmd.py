"""``aml-desktop cycle ...`` and ``aml-desktop roadmap``: plan a chemotherapy cycle, change a dose,
record what was given and organ function, and print a cycle's road map.

- ``--db DB cycle plan --patient ID --regimen MEC --start DATE --height CM --weight KG --weight-date DATE --by NAME``
- ``--db DB cycle modify --patient ID --agent A (--percent P | --dose D) --reason R [--text T] --by NAME``
- ``--db DB cycle give --patient ID --day N --agent A --status given|held|reduced [--dose D] --by NAME``
- ``--db DB cycle organ --patient ID --date DATE [--creatinine MG_DL] [--bilirubin MG_DL] [--alt U_L]
  [--ast U_L] [--lvef PERCENT]``
- ``--db DB roadmap --patient ID [--course N] -o roadmap.pdf``

``--course N`` is the patient's N-th planned cycle (default: the latest). Everything is kept in the
patient's ``extensions["aml_desktop"]`` (cycles, organ_results), so a case-file export carries it.
Exit status: 0 done; 1 refused by the store; 2 invalid input (the message names the option).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from aml_desktop.cli.language_option import add_language_option
from aml_desktop.files import write_atomically

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_INVALID = 2


def register(subparsers: Any) -> None:
    cycle = subparsers.add_parser("cycle", help="plan a chemotherapy cycle and record what was given")
    actions = cycle.add_subparsers(dest="cycle_action", metavar="ACTION", required=True)

    plan = actions.add_parser("plan", help="plan a cycle from the regimen catalog with this cycle's height and weight")
    _patient(plan)
    plan.add_argument("--regimen", required=True, help="regimen code from the catalog, e.g. MEC")
    plan.add_argument("--start", type=date.fromisoformat, required=True, help="day 1 (YYYY-MM-DD)")
    plan.add_argument("--phase", default="reinduction", help="induction, consolidation, reinduction, maintenance")
    plan.add_argument("--cycle", type=int, default=1, help="cycle number of this regimen (default 1)")
    plan.add_argument("--height", type=float, help="height in cm for this cycle")
    plan.add_argument("--weight", type=float, help="weight in kg for this cycle")
    plan.add_argument("--weight-date", type=date.fromisoformat, help="the day the weight was measured")
    plan.add_argument("--by", required=True, help="the planning clinician")
    plan.set_defaults(func=run_plan)

    modify = actions.add_parser("modify", help="change one agent's dose (percentage or new dose) with a reason")
    _patient(modify)
    modify.add_argument("--agent", required=True)
    how = modify.add_mutually_exclusive_group(required=True)
    how.add_argument("--percent", type=float, help="percent of the calculated dose")
    how.add_argument("--dose", type=float, help="new dose per administration (mg, or ug for per-kg ug doses)")
    modify.add_argument("--reason", required=True, help="renal, hepatic, counts, toxicity, age, patient_choice, other")
    modify.add_argument("--text", default="", help="the reason in words (required for 'other')")
    modify.add_argument("--from-day", type=int, default=1, help="first cycle day the change applies to (default 1)")
    modify.add_argument("--by", required=True, help="the clinician who made the change")
    modify.set_defaults(func=run_modify)

    give = actions.add_parser("give", help="record what was given on a cycle day")
    _patient(give)
    give.add_argument("--day", type=int, required=True)
    give.add_argument("--agent", required=True)
    give.add_argument("--status", required=True, choices=("given", "held", "reduced"))
    give.add_argument("--dose", type=float, help="dose given (required unless held)")
    give.add_argument("--note", default="")
    give.add_argument("--by", required=True, help="who gave it")
    give.set_defaults(func=run_give)

    organ = actions.add_parser("organ", help="record organ function and heart results")
    organ.add_argument("--patient", metavar="ID", required=True)
    organ.add_argument("--date", type=date.fromisoformat, required=True)
    organ.add_argument("--creatinine", type=float, help="serum creatinine, mg/dL")
    organ.add_argument("--bilirubin", type=float, help="total bilirubin, mg/dL")
    organ.add_argument("--alt", type=float, help="ALT, U/L")
    organ.add_argument("--ast", type=float, help="AST, U/L")
    organ.add_argument("--lvef", type=float, help="LVEF, percent")
    organ.add_argument("--by", default="cli", help="who recorded it")
    organ.set_defaults(func=run_organ)

    chosen = actions.add_parser("settings", help="show or change the clinic's cycle-planning settings")
    chosen.add_argument("--weight-days", type=int, help="warn when the weight is older than this on day 1 (default 7)")
    chosen.add_argument("--bsa-cap", help="cap the BSA doses use, in m2, or 'off' (default off)")
    chosen.add_argument("--tolerance", type=float, help="round to stock only within this percent (default 10)")
    chosen.add_argument(
        "--strength", action="append", default=[], metavar="AGENT=SIZES", help="stocked sizes, e.g. cytarabine=100,500"
    )
    chosen.add_argument("--never-round", action="append", default=[], metavar="AGENT", help="an agent never rounded")
    chosen.add_argument("--by", default="cli", help="who changed the settings")
    chosen.set_defaults(func=run_settings)

    roadmap = subparsers.add_parser("roadmap", help="print a cycle's road map (PDF calendar to sign day by day)")
    roadmap.add_argument("--patient", metavar="ID", required=True, help="a stored patient's id or hospital number")
    roadmap.add_argument("--course", type=int, help="the patient's N-th planned cycle (default: the latest)")
    roadmap.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    roadmap.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)
    add_language_option(roadmap, "the language of the road map (default: the clinic's)")
    roadmap.set_defaults(func=run_roadmap)


def _patient(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--patient", metavar="ID", required=True, help="a stored patient's id or hospital number")
    parser.add_argument("--course", type=int, help="the patient's N-th planned cycle (default: the latest)")


def _error(message: str) -> None:
    print(f"aml-desktop: {message}", file=sys.stderr)


def _resolve(store: Any, id_or_number: str) -> str | None:
    patient_id: str | None = store.resolve_patient_id(id_or_number)
    if patient_id is None:
        _error(f"--patient: no patient with id or hospital number {id_or_number!r}")
    return patient_id


def _edit(args: argparse.Namespace, change: Any) -> int:
    """Load the patient, apply ``change(case, store) -> new extensions``, save; errors named."""
    from aml_desktop.engine.cycles import CycleError
    from aml_desktop.store import StoreError, open_store_for_cli

    try:
        with open_store_for_cli(args.db, create=False) as store:
            patient_id = _resolve(store, args.patient)
            if patient_id is None:
                return EXIT_INVALID
            case = store.get_case(patient_id)
            try:
                extensions, message = change(case, store.clinic_settings().cycle_settings)
            except (CycleError, ValueError) as error:
                _error(str(error))
                return EXIT_INVALID
            store.save_case(replace(case, extensions=extensions), user=getattr(args, "by", "cli"))
    except StoreError as error:
        _error(str(error))
        return EXIT_REFUSED
    print(message)
    return EXIT_OK


def _pick(cycles: tuple[Any, ...], number: int | None) -> Any:
    from aml_desktop.engine.cycles import CycleError

    if not cycles:
        raise CycleError("--course: this patient has no planned cycle")
    if number is None:
        return cycles[-1]
    if not 1 <= number <= len(cycles):
        raise CycleError(f"--course: must be between 1 and {len(cycles)}")
    return cycles[number - 1]


def run_plan(args: argparse.Namespace) -> int:
    from aml_desktop.present.cycles import ordered_text
    from aml_desktop.services.cycles import plan

    def change(case: Any, settings: Any) -> tuple[Any, str]:
        new_case, cycle = plan(
            case,
            regimen=args.regimen,
            start=args.start,
            phase=args.phase,
            cycle_number=args.cycle,
            height_cm=args.height,
            weight_kg=args.weight,
            weight_date=args.weight_date,
            by=args.by,
            settings=settings,
        )
        lines = [f"planned {cycle.regimen} cycle {cycle.cycle} from {cycle.start.isoformat()}"]
        lines += [f"  {a.agent}: {ordered_text(a)} {a.route} days {a.schedule}" for a in cycle.agents]
        return new_case.extensions, "\n".join(lines)

    return _edit(args, change)


def run_modify(args: argparse.Namespace) -> int:
    from aml_desktop.engine.cycles import Modification, read_cycles
    from aml_desktop.services.cycles import change_dose

    def change(case: Any, settings: Any) -> tuple[Any, str]:
        cycle = _pick(read_cycles(case.extensions), args.course)
        modification = Modification(
            reason=args.reason,
            by=args.by,
            on=date.today(),
            percent=args.percent,
            new_dose=args.dose,
            text=args.text,
            from_day=args.from_day,
        )
        new_case = change_dose(case, cycle.id, args.agent, modification, settings)
        return new_case.extensions, f"changed {args.agent} in {cycle.regimen} cycle {cycle.cycle}"

    return _edit(args, change)


def run_give(args: argparse.Namespace) -> int:
    from aml_desktop.engine.cycles import Administration, read_cycles
    from aml_desktop.services.cycles import record_given

    def change(case: Any, settings: Any) -> tuple[Any, str]:
        cycle = _pick(read_cycles(case.extensions), args.course)
        entry = Administration(args.day, args.agent, args.status, args.dose, args.by, args.note)
        return record_given(case, cycle.id, entry).extensions, f"recorded day {args.day} {args.agent}: {args.status}"

    return _edit(args, change)


def run_organ(args: argparse.Namespace) -> int:
    from aml_desktop.engine.organ import organ_from_json
    from aml_desktop.services.cycles import add_organ_result

    def change(case: Any, settings: Any) -> tuple[Any, str]:
        raw = {
            "date": args.date.isoformat(),
            "creatinine_mg_dl": args.creatinine,
            "bilirubin_mg_dl": args.bilirubin,
            "alt_u_l": args.alt,
            "ast_u_l": args.ast,
            "lvef_percent": args.lvef,
        }
        result = organ_from_json({k: v for k, v in raw.items() if v is not None}, "organ result")
        return add_organ_result(case, result).extensions, f"recorded organ results of {args.date.isoformat()}"

    return _edit(args, change)


def run_settings(args: argparse.Namespace) -> int:
    from aml_desktop.engine.cycles import CycleError, CycleSettings, settings_to_json
    from aml_desktop.store import StoreError, open_store_for_cli

    try:
        with open_store_for_cli(args.db, create=False) as store:
            clinic = store.clinic_settings()
            current = clinic.cycle_settings
            try:
                strengths = dict(current.strengths)
                for item in args.strength:
                    agent, _, sizes = item.partition("=")
                    strengths[agent.strip()] = tuple(float(x) for x in sizes.split(",") if x.strip())
                cap = current.bsa_cap_m2
                if args.bsa_cap is not None:
                    cap = None if args.bsa_cap.lower() == "off" else float(args.bsa_cap)
                chosen = CycleSettings(
                    weight_max_age_days=current.weight_max_age_days if args.weight_days is None else args.weight_days,
                    bsa_cap_m2=cap,
                    rounding_tolerance_percent=(
                        current.rounding_tolerance_percent if args.tolerance is None else args.tolerance
                    ),
                    strengths=strengths,
                    never_round=current.never_round | frozenset(args.never_round),
                )
            except (CycleError, ValueError) as error:
                _error(f"cycle settings: {error}")
                return EXIT_INVALID
            if chosen != current:
                store.save_clinic_settings(replace(clinic, cycle_settings=chosen), user=args.by)
    except StoreError as error:
        _error(str(error))
        return EXIT_REFUSED
    import json

    print(json.dumps(settings_to_json(chosen), indent=2, sort_keys=True))
    return EXIT_OK


def run_roadmap(args: argparse.Namespace) -> int:
    from aml_desktop.engine.cycles import CycleError, read_cycles
    from aml_desktop.services.cycles import roadmap_pdf
    from aml_desktop.store import StoreError, open_store_for_cli

    today = args.today or date.today()
    if args.output.is_dir() or not args.output.parent.is_dir():
        _error(f"-o {args.output}: give a PDF file in an existing folder")
        return EXIT_INVALID
    try:
        with open_store_for_cli(args.db, create=False) as store:
            patient_id = _resolve(store, args.patient)
            if patient_id is None:
                return EXIT_INVALID
            case = store.get_case(patient_id)
            clinic = store.clinic_settings()
    except StoreError as error:
        _error(str(error))
        return EXIT_REFUSED
    try:
        cycle = _pick(read_cycles(case.extensions), args.course)
    except CycleError as error:
        _error(str(error))
        return EXIT_INVALID
    pdf = roadmap_pdf(
        case,
        cycle,
        clinic_name=clinic.clinic_name,
        paper=clinic.paper_size,
        settings=clinic.cycle_settings,
        today=today,
        language=args.lang or clinic.language,
    )
    try:
        write_atomically(args.output, pdf)
    except OSError as error:
        _error(f"-o {args.output}: cannot write: {error.strerror or error}")
        return EXIT_INVALID
    return EXIT_OK
