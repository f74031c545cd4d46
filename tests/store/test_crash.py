"""``kill -9`` at random moments while writing: afterwards the file is intact, every transaction that
reported success is there, and no patient is half-written."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from aml_desktop.store import Store, verify_database
from aml_desktop.store.repository import _BULK_INDEXES

WORKER = Path(__file__).parent / "crash_worker.py"
ROUNDS = 30
SERVER_ROUNDS = 12


def _check(db: Path | str, present: dict[str, int], decisions: dict[str, int], deleted: set[str]) -> None:
    with Store.open(db) as store:
        conn = store._conn
        if not store.is_server:  # the file's own checks: pages, indexes rebuilt after a bulk load, FTS5
            verify_database(Path(db))
            indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
            assert set(_BULK_INDEXES) <= indexes
            for table in ("patient_words", "patient_trigram"):
                conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
        verdict = store.verify_audit()
        assert verdict.whole, verdict.problems
        ids = set(store.patient_ids())
        assert store.count_patients() == len(ids)
        for patient_id in ids:
            case = store.get_case(patient_id)
            expected = case.extensions["crash_check"]
            assert len(case.courses) == expected["courses"], patient_id
            assert len(case.assessments) == expected["assessments"], patient_id
            inserts = [e for e in store.audit_entries(patient_id, limit=5) if e.table == "patients"]
            assert inserts or store.audit_entries(patient_id, limit=1)
        for patient_id, assessments in present.items():
            if patient_id in deleted:
                continue
            if patient_id not in ids:
                # Only a later delete, committed but killed before it was reported, may remove it.
                trail = store.audit_entries(patient_id, limit=10_000)
                assert any(e.table == "patients" and e.action == "delete" for e in trail), patient_id
                continue
            assert len(store.get_case(patient_id).assessments) >= assessments
        for patient_id, count in decisions.items():
            if patient_id in ids:
                assert len(store.get_case(patient_id).decisions) >= count


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_kill_minus_nine_never_loses_or_half_writes(db_path: Path | str, engine: str) -> None:
    """On PostgreSQL the writer is a client killed mid-transaction: the server rolls its transaction back."""
    db = db_path
    rng = random.Random(20261123)
    present: dict[str, int] = {}
    decisions: dict[str, int] = {}
    deleted: set[str] = set()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    for round_number in range(ROUNDS if engine == "sqlite" else SERVER_ROUNDS):
        worker = subprocess.Popen(
            [sys.executable, str(WORKER), str(db), str(round_number)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert worker.stdout is not None
        wanted = rng.randint(1, 12)
        lines = []
        while len(lines) < wanted:
            line = worker.stdout.readline()
            if not line:
                pytest.fail(f"the worker stopped by itself: {worker.stderr.read() if worker.stderr else ''}")
            lines.append(line.split())
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        assert worker.returncode == -signal.SIGKILL
        worker.stdout.close()
        if worker.stderr:
            worker.stderr.close()
        for kind, *rest in lines:
            if kind == "import":
                for patient_id in rest:
                    present[patient_id] = 3
            elif kind == "edit":
                present[rest[0]] = max(present.get(rest[0], 0), int(rest[1]))
            elif kind == "decision":
                decisions[rest[0]] = max(decisions.get(rest[0], 0), int(rest[1]))
            elif kind == "delete":
                deleted.add(rest[0])
        _check(db, present, decisions, deleted)
    assert present, "no transaction was reported"
