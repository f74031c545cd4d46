"""A writer for the crash test: imports, edits, decisions and deletes in a loop until killed.

After each transaction commits it prints one line saying what is now durably stored; the test
kills this process with SIGKILL at a random line and checks the database afterwards. Every case
carries its own expected row counts in ``extensions["crash_check"]`` so a half-written patient
is detectable.
"""

from __future__ import annotations

import dataclasses
import random
import sys
from datetime import date, timedelta
from pathlib import Path

from aml_desktop.engine.case import Assessment, Case, Course, Decision
from aml_desktop.engine.case_io import load_case
from aml_desktop.store import Store, repository

TODAY = date(2026, 11, 23)
TEMPLATE = load_case((Path(__file__).parent.parent / "fixtures" / "cases" / "patient1-early-relapse.json").read_bytes())


def checked(case: Case) -> Case:
    counts = {"courses": len(case.courses), "assessments": len(case.assessments)}
    return dataclasses.replace(case, extensions={"crash_check": counts})


def new_case(rng: random.Random, tag: str) -> Case:
    extra = rng.randint(0, 6)
    assessments = list(TEMPLATE.assessments) + [
        Assessment(TEMPLATE.diagnosis.date + timedelta(days=200 + i), marrow_blasts_percent=rng.uniform(0, 100))
        for i in range(extra)
    ]
    courses = list(TEMPLATE.courses) + [
        Course("reinduction", "MEC", TEMPLATE.diagnosis.date + timedelta(days=210 + i), cycle=i + 1)
        for i in range(extra)
    ]
    patient = dataclasses.replace(TEMPLATE.patient, hospital_number=tag, name=f"Crash Ünïcode {tag}")
    return checked(
        dataclasses.replace(TEMPLATE, patient=patient, assessments=tuple(assessments), courses=tuple(courses))
    )


def main() -> None:
    db, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    repository.BULK_REINDEX_FROM = 4  # exercise the drop-and-rebuild-indexes path with small batches
    store = Store.open(db, today=lambda: TODAY)
    counter = 0
    while True:
        counter += 1
        op = rng.random()
        existing = [p.id for p in store.list_patients(limit=30)]
        if op < 0.4 or not existing:
            cases = [new_case(rng, f"S{seed}-{counter}-{i}") for i in range(rng.choice([1, 2, 5]))]
            ids = store.import_cases(cases, user="crash-test")
            print("import", *ids, flush=True)
        elif op < 0.75:
            patient_id = rng.choice(existing)
            case = store.get_case(patient_id)
            grown = dataclasses.replace(
                case,
                assessments=(*case.assessments, Assessment(TODAY - timedelta(days=counter % 300), anc=1.0)),
                courses=case.courses[:-1] if rng.random() < 0.3 and len(case.courses) > 1 else case.courses,
            )
            store.save_case(checked(grown), user="crash-test")
            print("edit", patient_id, len(grown.assessments), flush=True)
        elif op < 0.93:
            patient_id = rng.choice(existing)
            decision = Decision(TODAY, "intensive_chemotherapy", "intensive_chemotherapy", "MEC", None, "Dr. K")
            store.record_decision(
                patient_id,
                decision,
                user="crash-test",
                reason_code=None,
                ruleset_version="test",
                snapshot={"n": counter},
            )
            print("decision", patient_id, len(store.get_case(patient_id).decisions), flush=True)
        else:
            patient_id = rng.choice(existing)
            store.delete_patient(patient_id, user="crash-test")
            print("delete", patient_id, flush=True)


if __name__ == "__main__":
    main()
