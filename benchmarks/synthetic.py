"""A synthetic clinic of any size, for the benchmark and load tests (never for clinical use).

Deterministic for a given seed. Each patient has a diagnosis with a mutation panel, courses and
assessments in a plausible order, and a name drawn from several languages (with accents), so
that search and list queries see realistic text.
"""

from __future__ import annotations

import itertools
import os
import random
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

from aml_desktop.engine.case import Assessment, Case, Course, Diagnosis, Fitness, Mrd, Mutation, Patient

GIVEN = (
    "Amina",
    "José",
    "Zoë",
    "Hương",
    "Kwame",
    "Fatima",
    "Rajesh",
    "Chidi",
    "Ana",
    "Mehmet",
    "Olga",
    "Thandiwe",
    "Juan",
    "Esi",
    "Priya",
    "Abebe",
    "Ngozi",
    "Wei",
    "Samira",
    "Daniela",
    "Imran",
    "Grace",
    "François",
    "Björn",
    "Søren",
    "Aïssatou",
    "Lê",
    "Maria",
    "Pedro",
    "Nomvula",
    "Tariq",
    "Wanjiru",
    "Hiroshi",
    "Élodie",
    "Łukasz",
)
FAMILY = (
    "Diallo",
    "Álvarez",
    "Ødegård",
    "Nguyễn",
    "Mensah",
    "El Idrissi",
    "Kumar",
    "Okafor",
    "Ferreira",
    "Yılmaz",
    "Petrova",
    "Dlamini",
    "Pérez",
    "Boateng",
    "Sharma",
    "Bekele",
    "Eze",
    "Chen",
    "Haddad",
    "Rojas",
    "Qureshi",
    "Atieno",
    "Dubois",
    "Ström",
    "Ba",
    "Santos",
    "Gonçalves",
    "Zulu",
    "Hussain",
    "Kamau",
    "Tanaka",
    "Müller",
    "Wójcik",
    "Trần",
    "Çelik",
)
REGIMENS = ("7+3", "HIDAC", "IDAC", "MEC", "FLAG-IDA", "AZA-VEN", "AZA", "DEC", "LDAC", "GILTERITINIB")
PHASES = ("induction", "consolidation", "consolidation", "reinduction", "maintenance")
GENES = ("FLT3", "NPM1", "CEBPA", "IDH1", "IDH2", "TP53", "RUNX1", "ASXL1")


def synthetic_case(rng: random.Random, number: int, *, events: int = 10, today: date = date(2026, 11, 23)) -> Case:
    """One synthetic patient with ``events`` courses plus assessments (half each)."""
    age = rng.randint(18, 90)
    diagnosed = today - timedelta(days=rng.randint(20, 3000))
    birth = date(diagnosed.year - age, rng.randint(1, 12), rng.randint(1, 28))
    mutations = tuple(
        Mutation(g, "ITD" if g == "FLT3" else None, 0.6 if g == "FLT3" else None)
        for g in rng.sample(GENES, rng.randint(0, 2))
    )
    n_courses = events // 2
    n_assessments = events - n_courses
    courses = tuple(
        Course(
            PHASES[min(i, len(PHASES) - 1)],
            rng.choice(REGIMENS),
            diagnosed + timedelta(days=2 + 35 * i),
            diagnosed + timedelta(days=8 + 35 * i),
            cycle=i + 1,
        )
        for i in range(n_courses)
    )
    assessments = tuple(
        Assessment(
            diagnosed + timedelta(days=30 * i),
            marrow_blasts_percent=round(rng.uniform(0, 90), 1),
            circulating_blasts=rng.random() < 0.3,
            anc=round(rng.uniform(0.1, 4), 2),
            platelets=float(rng.randint(10, 300)),
            hemoglobin=round(rng.uniform(6, 14), 1),
            mrd=Mrd("negative", "flow") if i and rng.random() < 0.2 else None,
        )
        for i in range(n_assessments)
    )
    return Case(
        patient=Patient(
            birth_date=birth,
            hospital_number=f"SYN-{number:06d}",
            name=f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
            sex=rng.choice(("female", "male")),
        ),
        diagnosis=Diagnosis(
            date=diagnosed,
            karyotype=rng.choice(("46,XX", "46,XY", "45,XY,-7", "46,XX,inv(16)(p13.1q22)", None)),
            mutations=mutations,
            tested_genes=GENES,
            wbc=round(rng.uniform(1, 150), 1),
        ),
        courses=courses,
        assessments=assessments,
        fitness=Fitness(diagnosed, rng.randint(0, 3), rng.choice((True, False, None))),
    )


def synthetic_clinic(patients: int, *, events_per_patient: int = 10, seed: int = 2026) -> Iterator[Case]:
    """``patients`` synthetic cases, ``events_per_patient`` courses and assessments each."""
    rng = random.Random(seed)
    for number in range(1, patients + 1):
        yield synthetic_case(rng, number, events=events_per_patient)


# ----------------------------------------------------------------------------- a cached clinic

CACHE = Path(tempfile.gettempdir()) / "aml-desktop-bench"
# The day the synthetic clinic's lines are derived on (the generator's "today").
DERIVED_ON = date(2026, 11, 23)
_IMPORT_CHUNK = 50_000


def schema_key() -> str:
    """The migrations a file has had: a cached file made by another schema is not reused."""
    from aml_desktop.store.schema import MIGRATIONS

    return "-".join(name[:4] for name, _ in MIGRATIONS)


def cached_clinic(patients: int, *, log: Callable[[str], None] = print) -> Path:
    """A synthetic clinic of ``patients`` patients, every line derived on :data:`DERIVED_ON`, built once.

    Kept in the temporary folder, keyed by size and schema, so a 500,000-patient file is built once
    and reused by every benchmark run (building it takes minutes). Built the way a clinic would be:
    ``import_cases`` without derivation, then the refresh derives every line. Benchmarks that change
    the file work on a copy.
    """
    from aml_desktop.store import Store

    path = CACHE / f"clinic-{patients}-schema{schema_key()}.sqlite3"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    building = path.with_name(path.name + ".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(building) + suffix).unlink(missing_ok=True)
    start = time.perf_counter()
    with Store.open(building, today=lambda: DERIVED_ON) as store:
        cases = synthetic_clinic(patients)
        done = 0
        while done < patients:
            chunk = list(itertools.islice(cases, _IMPORT_CHUNK))
            store.import_cases(chunk, user="benchmark", validate=False, derive=False)
            done += len(chunk)
            log(f"  building the {patients:,}-patient clinic: {done:,} stored ({time.perf_counter() - start:.0f} s)")
        store.refresh_summaries(DERIVED_ON, batch=2000)
        log(f"  every line derived ({time.perf_counter() - start:.0f} s)")
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    os.replace(building, path)
    for suffix in ("-wal", "-shm"):
        Path(str(building) + suffix).unlink(missing_ok=True)
    return path


def working_copy(path: Path, folder: Path) -> Path:
    """A copy of a cached clinic that a benchmark may change."""
    target = folder / path.name
    shutil.copyfile(path, target)
    return target
