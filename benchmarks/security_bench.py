"""What accounts, the hash-chained trail and encryption cost, on a synthetic clinic.

- the audit trail's share of the file after an import (one entry per patient), beside the bytes the
  former per-row JSON copies of the same rows would take;
- ``audit verify`` (chain plus every row against its last audited state);
- SQLCipher against plain SQLite: opening the clinic (with its quick check), saving one patient's
  edit, a search, and reading one patient.

Run: ``python -m benchmarks.security_bench [--patients N]``. Prints, never asserts.
"""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
import time
from datetime import date
from pathlib import Path

from aml_desktop.store import Store, driver
from benchmarks.store_bench import _median_ms
from benchmarks.synthetic import synthetic_clinic

TODAY = date(2026, 11, 23)
PASSPHRASE = "benchmark clinic passphrase"
_RECORD_TABLES = ("patients", "diagnoses", "courses", "assessments", "mutations", "fitness", "decisions")


def _row_json_bytes(store: Store) -> int:
    """What the former per-row audit copies of these rows would hold (values as JSON, one per row)."""
    total = 0
    for table in _RECORD_TABLES:
        columns = [r[1] for r in store._conn.execute(f"PRAGMA table_info({table})")]
        values = ", ".join(f"'{c}', {c}" for c in columns)
        total += int(store._scalar(f"SELECT coalesce(sum(length(json_object({values}))), 0) FROM {table}") or 0)
    return total


def _audit_bytes(store: Store) -> int:
    return int(
        store._scalar(
            "SELECT sum(coalesce(length(values_before), 0) + coalesce(length(values_after), 0) + "
            "coalesce(length(detail), 0) + 3 * 64 + length(at) + length(user) + length(row_id) + 40) FROM audit_log"
        )
        or 0
    )


def measure(folder: Path, patients: int) -> None:
    plain = folder / "plain.sqlite3"
    cases = list(synthetic_clinic(patients))
    start = time.perf_counter()
    with Store.open(plain, today=lambda: TODAY) as store:
        sources = [{"file": f"case-{i:06d}.json", "sha256": f"{i:064x}"} for i in range(len(cases))]
        store.import_cases(cases, user="bench", validate=False, derive=False, sources=sources)
        imported = time.perf_counter() - start
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = plain.stat().st_size
        audit = _audit_bytes(store)
        rows = _row_json_bytes(store)
        entries = store.last_change_id()
        start = time.perf_counter()
        verdict = store.verify_audit()
        verify_s = time.perf_counter() - start
    print(f"{patients:,} patients imported in {imported:.1f} s; file {size / 1e6:.1f} MB")
    print(
        f"audit trail: {entries:,} entries, about {audit / 1e6:.1f} MB ({100 * audit / size:.1f} % of the file); "
        f"per-row JSON copies of the same rows would add about {rows / 1e6:.1f} MB"
    )
    print(f"audit verify: {verify_s:.2f} s ({'whole' if verdict.whole else 'BROKEN'})")

    encrypted = folder / "encrypted.sqlite3"
    encrypted.write_bytes(plain.read_bytes())
    driver.encrypt_database(encrypted, PASSPHRASE)
    print(f"encrypted file {encrypted.stat().st_size / 1e6:.1f} MB")
    for label, path in (("plain", plain), ("SQLCipher", encrypted)):
        _time_store(label, path)


def _time_store(label: str, path: Path) -> None:
    open_ms = _median_ms(lambda: Store.open(path, create=False).close(), repeat=5)
    with Store.open(path, create=False, today=lambda: TODAY) as store:
        first = store.list_patients(limit=1)[0]
        case = store.get_case(first.id)
        flip = [case, dataclasses.replace(case, courses=case.courses[:-1])]
        turn = [0]

        def save() -> None:
            turn[0] += 1
            store.save_case(flip[turn[0] % 2], user="bench")

        save_ms = _median_ms(save, repeat=20)
        search_ms = _median_ms(lambda: store.list_patients("syn", limit=50), repeat=50)
        read_ms = _median_ms(lambda: store.get_case(first.id), repeat=50)
    print(
        f"{label:>9}: open {open_ms:7.1f} ms   save one patient {save_ms:6.1f} ms   "
        f"search {search_ms:5.1f} ms   read one patient {read_ms:5.2f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--patients", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        measure(Path(folder), args.patients)


if __name__ == "__main__":
    main()
