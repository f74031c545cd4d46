"""Writes ``schema-0001.sqlite3``: a clinic database as the first schema made it (run once, committed).

Kept so a reviewer can see how the file was made; the upgrade test uses the committed file, so
an accidental edit of migration 0001 shows up as a failing upgrade.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sqlite_utils import Database

from aml_desktop.engine.case_io import load_case
from aml_desktop.store import mapping
from aml_desktop.store.connection import UserSlot, connect
from aml_desktop.store.schema import migrations

HERE = Path(__file__).parent
CASES = HERE.parent.parent / "fixtures" / "cases"


def make(path: Path) -> None:
    path.unlink(missing_ok=True)
    slot = UserSlot()
    conn = connect(path, slot)
    slot.user = "system:migration"
    migrations(upto=1).apply(Database(conn, execute_plugins=False, strict=True))
    slot.user = "schema-0001 fixture"
    conn.execute("BEGIN IMMEDIATE")
    for number, source in enumerate(sorted(CASES.glob("*.json")), start=1):
        case = load_case(source.read_bytes())
        if number == 1:
            case = case.__class__(
                **{
                    **case.__dict__,
                    "patient": case.patient.__class__(**{**case.patient.__dict__, "name": "Nguyễn Thị Hương"}),
                }
            )
        rows = mapping.case_to_rows(case)
        pid = f"00000000-0000-4000-8000-00000000000{number}"
        now = f"2026-01-0{number}T10:00:00.000000Z"
        conn.execute(
            "INSERT INTO patients (id, hospital_number, name, sex, birth_date, extensions, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [pid, *rows.patient.values(), now, now],
        )
        conn.execute(
            f"INSERT INTO diagnoses (id, patient_id, {', '.join(rows.diagnosis)}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [f"{pid}-dx", pid, *rows.diagnosis.values()],
        )
        for i, course in enumerate(rows.courses):
            conn.execute(
                f"INSERT INTO courses (id, patient_id, {', '.join(course)}) "
                f"VALUES ({', '.join('?' * (len(course) + 2))})",
                [f"{pid}-c{i}", pid, *course.values()],
            )
        for i, a in enumerate(rows.assessments):
            conn.execute(
                f"INSERT INTO assessments (id, patient_id, {', '.join(a)}) VALUES ({', '.join('?' * (len(a) + 2))})",
                [f"{pid}-a{i}", pid, *a.values()],
            )
        for i, m in enumerate(rows.mutations):
            owner = m.pop("assessment_position")
            conn.execute(
                "INSERT INTO mutations (id, patient_id, assessment_id, position, gene, variant, allelic_ratio, vaf) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [f"{pid}-m{i}", pid, f"{pid}-a{owner}" if owner is not None else None, *m.values()],
            )
        if rows.fitness is not None:
            conn.execute(
                "INSERT INTO fitness (id, patient_id, date, ecog, fit_for_intensive) VALUES (?, ?, ?, ?, ?)",
                [f"{pid}-f", pid, *rows.fitness.values()],
            )
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


if __name__ == "__main__":
    make(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "schema-0001.sqlite3")
