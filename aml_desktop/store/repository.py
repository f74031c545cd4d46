"""The patient store: the only code that reads and writes the clinical tables.

Repository methods take and return the engine's dataclasses. Every change runs in one write
transaction attributed to a user (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: ``BEGIN`` and the clinic's
advisory write lock, see ``store.pg``); the audit triggers record it in the same
transaction. Saving a patient changes only the rows that differ (record ids stay stable and the
audit trail shows real before/after values).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from aml_desktop.engine import codes
from aml_desktop.engine.app_data import DETAIL_KEYS
from aml_desktop.engine.case import Case, Decision
from aml_desktop.engine.case_io import CaseError, case_to_dict, parse_case
from aml_desktop.engine.input_rules import hospital_number_key
from aml_desktop.engine.settings import EngineSettings
from aml_desktop.engine.version import RULESET_VERSION

from . import audit_chain, clinic, driver, mapping, writes
from .accounts import Account, require
from .audit_store import AuditMixin, session_for
from .connection import (
    RECOVERY_HINT,
    UserSlot,
    check_ours,
    connect,
    migrate,
    pending_migrations,
    quick_check,
    writable,
    write_transaction,
)
from .dbapi import Connection
from .errors import DamagedDatabase, ImportConflict, InvalidBatch, PatientNotFound, StaleRecord, StoreError
from .ids import new_id
from .location import Backend, anchor_path, server_url, shown
from .lock_holder import holding
from .models import ClinicSettings, DecisionRecord, PatientSummary, RecordVersion
from .search import matching_keys_sql, search_text, single_term
from .summary import UNKNOWN, Summary, pending_summary, summarise

if TYPE_CHECKING:
    from aml_desktop.engine.result import Result

Row = dict[str, Any]

# From this many new patients in one import, secondary indexes are dropped for the load and
# rebuilt afterwards inside the same transaction (much faster than updating them row by row).
BULK_REINDEX_FROM = 2000
_BULK_INDEXES = (
    "courses_patient",
    "assessments_patient",
    "mutations_patient",
    "mutations_assessment",
    "decisions_patient",
    "audit_log_patient",
    "patient_list_status",
    "patient_list_stale",
    "patient_list_next_event",
    "patient_list_ruleset",
)
SUMMARY_USER = "system:summary"
_SQL_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
# Patients whose rows are built and inserted together during an import.
_CHUNK = 2000
# Clinical tables whose per-row insert triggers an import drops (it writes one entry per patient).
_AUDITED_TABLES = ("patients", "diagnoses", "courses", "assessments", "mutations", "fitness", "decisions")


# What reading one patient of a damaged file may raise (SQLite's or SQLCipher's error, or bad content).
_UNREADABLE: tuple[type[BaseException], ...] = (*driver.DatabaseError, StoreError, ValueError)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def validate_case(case: Case) -> Case:
    """The case as the file parser would accept it; :class:`StoreError` naming each bad field otherwise.

    Dataclasses built by the GUI go through the same strict rules as files, so nothing in the
    database could not also have come from a valid ``aml-case/1`` file.
    """
    try:
        checked = parse_case(json.loads(json.dumps(case_to_dict(case), ensure_ascii=False)))
    except CaseError as error:
        raise StoreError(f"the case cannot be saved: {error}") from None
    except (TypeError, ValueError) as error:
        raise StoreError(f"the case cannot be saved: {error}") from None
    return checked


class Store(AuditMixin):
    """One clinic's database: a SQLite file or a PostgreSQL database (``backend``). One ``Store`` per thread
    (connections are not shared). Every method below is the same code on both engines; what differs lives
    in ``connection`` (the file) and ``pg`` (the server)."""

    def __init__(
        self,
        path: Path,
        conn: Connection,
        slot: UserSlot,
        today: Callable[[], date],
        url: str | None = None,
    ) -> None:
        # For a server clinic ``path`` is this workstation's stand-in path (location.anchor_path): the audit
        # head anchor and the session hang on it as they hang on a file's path.
        self.path = path
        # The PostgreSQL URL of a server clinic (None: a SQLite file).
        self.url = url
        self.backend = Backend.POSTGRESQL if url is not None else Backend.SQLITE
        self._conn = conn
        self._slot = slot
        self._today = today
        # The logged-in account (None: nobody, or a clinic without accounts). A second Store on the same
        # file in this process (a worker thread's) starts with the account logged in on the first.
        self.account: Account | None = None

    # --- opening and closing ------------------------------------------------------------------------

    # Why a store is read-only (None: it is writable). Set by ``open``.
    read_only_reason: str | None = None
    # True when ``open`` made a new, empty clinic database.
    created: bool = False

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def is_server(self) -> bool:
        """True for a clinic on a PostgreSQL server, False for a SQLite file."""
        return self.url is not None

    @property
    def location(self) -> str:
        """Where the clinic is, as it may be shown: the file's path or the server's URL without a password."""
        return shown(self.url) if self.url is not None else str(self.path)

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        create: bool = True,
        today: Callable[[], date] | None = None,
        damaged_ok: bool = False,
        check: bool = True,
    ) -> Store:
        """Open (and migrate) the database at ``path``; create it when missing and ``create`` is true.

        A file that is not an AML Desktop database, or was made by a newer version, is refused with
        :class:`StoreError` and left untouched. Without ``create`` a missing or empty (0-byte) file is
        refused: a mistyped path or an unplugged USB stick must never become a new, empty clinic.
        ``PRAGMA quick_check`` runs on every open: a damaged file is refused with
        :class:`DamagedDatabase`, or with ``damaged_ok`` opened read-only so that what can still be
        read can be exported. A file on read-only media (or without write permission) opens read-only.
        ``check=False`` skips the check (about 0.2 s for 10,000 patients) for a second connection to a
        file this process has just checked, such as a worker thread's.
        """
        url = server_url(path)
        if url is not None:
            return cls._open_server(url, create=create, today=today)
        path = Path(path)
        if path.is_dir():
            raise StoreError(f"{path} is a folder, not a database file")
        exists = path.exists()
        empty = exists and path.stat().st_size == 0
        if not exists and not create:
            raise StoreError(
                f"there is no clinic database at {path} (no such file). Check the path, or that the USB stick "
                "or network drive holding it is connected. 'aml-desktop import' or 'aml-desktop demo' create "
                "a new clinic; 'aml-desktop restore' brings one back from a backup."
            )
        initialised = exists and not empty and check_ours(path)
        if exists and not initialised and not create:
            raise StoreError(
                f"{path} is empty ({path.stat().st_size} bytes): it holds no clinic. If the clinic's data was "
                "there, restore a backup with 'aml-desktop restore BACKUP'; 'aml-desktop import' or "
                "'aml-desktop demo' make a new clinic in it."
            )
        reason = None
        if exists and not writable(path):
            reason = "the file or its folder cannot be written (read-only media or no permission)"
            if not initialised:
                raise StoreError(f"{path} is empty and cannot be written: no clinic can be created there")
        if not exists:
            path.parent.mkdir(parents=True, exist_ok=True)
        slot = UserSlot()
        conn = connect(path, slot, read_only=reason is not None)
        try:
            problems = quick_check(conn) if initialised and check else []
            if problems:
                if not damaged_ok:
                    raise DamagedDatabase(
                        f"{path} is damaged (SQLite's check found: {'; '.join(problems[:3])}). Nothing was "
                        f"written to it. {RECOVERY_HINT}"
                    )
                if reason is None:  # never write into a damaged file
                    conn.close()
                    conn = connect(path, slot, read_only=True)
                reason = "the database is damaged; only what can still be read is shown"
            if pending_migrations(conn):
                if reason is not None:
                    raise StoreError(
                        f"{path} was made by an older version of AML Desktop and must be upgraded, but it is "
                        f"read-only ({reason}). Copy it to a folder that can be written, then open the copy."
                    )
                migrate(conn, slot)
        except BaseException:
            conn.close()
            raise
        store = cls(path, conn, slot, today or date.today)
        store.read_only_reason = reason
        store.created = not initialised
        store.account = session_for(path)
        if store.created:  # a new clinic in the place of a removed one: the old one's last entry does not apply
            audit_chain.head_path(path).unlink(missing_ok=True)
        return store

    @classmethod
    def _open_server(cls, url: str, *, create: bool, today: Callable[[], date] | None) -> Store:
        """Open (and migrate) the clinic database at a PostgreSQL ``url``; see :meth:`open`.

        An empty database becomes a new clinic only with ``create``; one that is not ours, or was made by
        a newer version, is refused untouched with the same words as a file."""
        from .pg import connection as pg_connection
        from .pg import migrate as pg_migrate

        conn = pg_connection.connect(url)
        slot = UserSlot()
        try:
            initialised = pg_migrate.check_ours(conn)
            if not initialised and not create:
                raise StoreError(
                    f"the database {shown(url)} is empty: it holds no clinic. 'aml-desktop server init' makes one "
                    "there ('aml-desktop migrate-to' moves a clinic from a file)."
                )
            if pg_migrate.pending(conn):
                pg_migrate.upgrade(url)
                with write_transaction(conn, slot, "system:migration") as sealing:
                    audit_chain.seal(sealing)
        except BaseException:
            conn.close()
            raise
        anchor = anchor_path(url)
        with contextlib.suppress(OSError):  # the head anchor is this workstation's courtesy: open without it
            anchor.parent.mkdir(parents=True, exist_ok=True)
        store = cls(anchor, conn, slot, today or date.today, url=url)
        store.created = not initialised
        store.account = session_for(anchor)
        if store.created:
            audit_chain.head_path(anchor).unlink(missing_ok=True)
        return store

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def today(self) -> date:
        return self._today()

    # --- low-level helpers --------------------------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        cursor = self._conn.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self._conn.execute(sql, list(params)).fetchone()
        return row[0] if row is not None else None

    @contextmanager
    def _write(self, user: str, permission: str = "record") -> Iterator[Connection]:
        """One audited write transaction. In a clinic with accounts the logged-in account's role must
        allow ``permission`` and the trail names the account; "system:" work (derived summaries, the
        backup time) needs no account. The entries written are sealed into the chain before commit."""
        if self.read_only_reason is not None:
            raise StoreError(f"{self.path} is open read-only ({self.read_only_reason}): nothing can be changed")
        if permission != "system" and self.has_accounts():
            require(self.account, permission)
        who = user
        if self.account is not None:
            who = f"{user} ({self.account.name})" if permission == "system" else self.account.name
        heads: list[tuple[int, str]] = []

        def seal() -> None:
            head = audit_chain.seal(self._conn)
            if head is not None:
                heads.append(head)

        with write_transaction(self._conn, self._slot, who, seal) as conn:
            yield conn
        if heads:
            audit_chain.write_head(self.path, heads[-1])

    # --- reading patients ---------------------------------------------------------------------------

    def _filter(self, query: str, status: str | None) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        search = matching_keys_sql(query, server=self.is_server)
        if search is not None:
            clauses.append(f"list_key IN ({search[0]})")
            params.extend(search[1])
        if status:
            # With a search, the FTS match drives the query; "+" keeps the planner off the status index.
            clauses.append("+status = ?" if search is not None else "status = ?")
            params.append(status)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def count_patients(self, query: str = "", status: str | None = None, *, cap: int | None = None) -> int:
        """How many patients match ``query`` (name or hospital number) and ``status``.

        With ``cap``, counting stops after ``cap + 1`` matches (a result above ``cap`` reads "cap+"):
        a search keystroke at 500,000 patients must not count every "a". A one-word search without
        a status filter is counted in the full-text table alone, without joining back to the list
        (each full-text row is one list line, written and removed together).
        """
        single = single_term(query, server=self.is_server) if not status else None
        if single is not None and cap is not None:
            table, condition, expression = single
            return int(
                self._scalar(
                    f"SELECT count(*) FROM (SELECT rowid FROM {table} WHERE {condition} LIMIT ?) AS matched",
                    [expression, cap + 1],
                )
            )
        where, params = self._filter(query, status)
        if cap is not None:
            return int(
                self._scalar(
                    f"SELECT count(*) FROM (SELECT 1 FROM patient_list{where} LIMIT ?) AS matched", [*params, cap + 1]
                )
            )
        return int(self._scalar(f"SELECT count(*) FROM patient_list{where}", params))

    def search(
        self, query: str, status: str | None = None, *, limit: int = 100, cap: int = 1000
    ) -> tuple[int, list[PatientSummary]]:
        """A search keystroke's answer: how many match (at most ``cap + 1``: more reads "cap+") and the
        first page of ``limit`` lines, newest change first.

        Without a status filter, one full-text query read in index order and stopped after ``cap + 1``
        matches gives both: when it finds no more than ``cap``, it holds every match and the page is
        its newest ``limit``; only a very common term (more than ``cap`` matches) reads the page again
        from the newest end. Full-text rows are list lines (written and removed together), so the
        count needs no join. With a status filter the general path counts and pages the list.
        """
        search = matching_keys_sql(query, server=self.is_server) if not status else None
        if search is None:
            count = self.count_patients(query, status, cap=cap if query.strip() else None)
            return count, self.list_patients(query, status, limit=limit) if count else []
        sql, params = search
        keys = [row[0] for row in self._conn.execute(f"{sql} LIMIT ?", [*params, cap + 1])]
        if len(keys) > cap:
            newest = [
                row[0]
                for row in self._conn.execute(
                    f"SELECT * FROM ({sql}) AS matched ORDER BY 1 DESC LIMIT ?", [*params, limit]
                )
            ]
        else:
            newest = sorted(keys, reverse=True)[:limit]
        return len(keys), self._lines_by_key(newest)

    def _lines_by_key(self, keys: Sequence[int]) -> list[PatientSummary]:
        """The list lines with these keys, newest change first."""
        if not keys:
            return []
        rows = self._conn.execute(
            f"SELECT {_LIST_SELECT} FROM patient_list WHERE list_key IN ({', '.join('?' for _ in keys)}) "
            "ORDER BY list_key DESC",
            list(keys),
        ).fetchall()
        return _summaries(rows)

    def list_patients(
        self,
        query: str = "",
        status: str | None = None,
        *,
        limit: int = 100,
        offset: int = 0,
        below_key: int | None = None,
        above_key: int | None = None,
    ) -> list[PatientSummary]:
        """One page of the patient list, newest change first; never loads the whole clinic.

        ``query`` matches names and hospital numbers by prefix or substring, ignoring accents and case.
        ``below_key``: the page that follows a line (its ``list_key``), read from the index from
        there instead of skipping ``offset`` rows (a page deep in a big list costs the same as the
        first). ``above_key``: the page that precedes a line (still newest first). A one-word search
        without a status filter reads the full-text index in list order and stops at the page.
        """
        if below_key is not None and above_key is not None:
            raise ValueError("below_key and above_key cannot both be given")
        columns = _LIST_SELECT
        # (comparison, key): the key range the page starts from; ASC reads upwards from above_key.
        bound: tuple[str, int] | None = None
        order = "DESC"
        if below_key is not None:
            bound = ("<", int(below_key))
        elif above_key is not None:
            bound, order = (">", int(above_key)), "ASC"
        bound_params = [bound[1]] if bound else []
        single = single_term(query, server=self.is_server) if not status else None
        if single is not None:
            table, condition, expression = single
            keyed = f" AND rowid {bound[0]} ?" if bound else ""
            sql = (
                f"SELECT {columns} FROM (SELECT rowid AS key FROM {table} WHERE {condition}{keyed} "
                f"ORDER BY rowid {order} LIMIT ? OFFSET ?) AS page JOIN patient_list ON list_key = key "
                f"ORDER BY list_key {order}"
            )
            params: list[Any] = [expression, *bound_params, int(limit), int(offset)]
        else:
            where, params = self._filter(query, status)
            if bound:
                where += f"{' AND' if where else ' WHERE'} list_key {bound[0]} ?"
                params = [*params, *bound_params]
            sql = f"SELECT {columns} FROM patient_list{where} ORDER BY list_key {order} LIMIT ? OFFSET ?"
            params = [*params, int(limit), int(offset)]
        rows = self._conn.execute(sql, params).fetchall()
        if order == "ASC":
            rows.reverse()
        return _summaries(rows)

    def patient_ids(self) -> Iterator[str]:
        """Every stored patient id, oldest first (for exports)."""
        for (patient_id,) in self._conn.execute("SELECT id FROM patients ORDER BY created_at, id").fetchall():
            yield str(patient_id)

    def salvage_cases(self) -> Iterator[tuple[str, Case | None, str | None]]:
        """Every patient that can be found, as (id, case or None, what went wrong or None).

        For a damaged database: ids come from the patients table, or where it cannot be read
        whole, from the patient list and the audit trail; each patient is read on its own, so one
        damaged page costs only the patients stored on it.
        """
        ids: dict[str, None] = {}
        for sql in (
            "SELECT id FROM patients ORDER BY created_at, id",
            "SELECT patient_id FROM patient_list ORDER BY list_key",
            "SELECT DISTINCT patient_id FROM audit_log WHERE patient_id IS NOT NULL AND table_name = 'patients'",
        ):
            try:
                for (patient_id,) in self._conn.execute(sql):
                    ids.setdefault(str(patient_id))
            except driver.DatabaseError:
                continue
            if sql.startswith("SELECT id FROM patients") and ids:
                break
        for patient_id in ids:
            try:
                yield patient_id, self.get_case(patient_id), None
            except PatientNotFound:
                continue  # deleted: the audit trail still names it
            except _UNREADABLE as error:
                yield patient_id, None, f"{self._salvage_label(patient_id)}{error}"

    def _salvage_label(self, patient_id: str) -> str:
        """ "DT-7 (Name): " from the patient list, when that part of the file can still be read."""
        try:
            row = self._conn.execute(
                "SELECT hospital_number, name FROM patient_list WHERE patient_id = ?", [patient_id]
            ).fetchone()
        except driver.DatabaseError:
            return ""
        if row is None:
            return ""
        return " ".join(x for x in (row[0], f"({row[1]})" if row[1] else None) if x) + ": "

    def has_patient(self, patient_id: str) -> bool:
        return self._scalar("SELECT 1 FROM patients WHERE id = ?", [patient_id]) is not None

    def find_patient_id(self, hospital_number: str) -> str | None:
        """The id of the patient with this hospital number (in its canonical form: ``dt-1`` finds ``DT-1``)."""
        found = self._scalar(
            "SELECT id FROM patients WHERE hospital_number_key = ? OR hospital_number = ? "
            "ORDER BY hospital_number_key IS NULL LIMIT 1",
            [hospital_number_key(hospital_number), hospital_number],
        )
        return str(found) if found is not None else None

    def integrity_problems(self) -> list[str]:
        """What ``PRAGMA quick_check`` finds wrong with the file (empty: sound). Slow for a big clinic
        (about 1 s for 50,000 patients): the window runs it on a worker after the first paint."""
        return quick_check(self._conn)

    def mark_damaged(self, problems: list[str]) -> None:
        """From now on nothing is written through this connection: the check found damage."""
        self.read_only_reason = f"the database is damaged (SQLite's check found: {'; '.join(problems[:3])})"

    def last_change_id(self) -> int:
        """The audit trail's newest entry number: it grows with every change to the clinic's data."""
        return int(self._scalar("SELECT coalesce(max(id), 0) FROM audit_log") or 0)

    def record_version(self, patient_id: str) -> RecordVersion:
        """The record's version and its last change (who, when), from the audit trail."""
        number = self._scalar("SELECT version FROM patients WHERE id = ?", [patient_id])
        if number is None:
            raise PatientNotFound(f"no patient with id {patient_id!r} is stored")
        last = self._conn.execute(
            "SELECT at, user FROM audit_log WHERE patient_id = ? ORDER BY id DESC LIMIT 1", [patient_id]
        ).fetchone()
        return RecordVersion(int(number), *(last if last is not None else (None, None)))

    def _check_version(self, patient_id: str, expected: int | None) -> None:
        """Refuse a save based on an older version of the record (inside the write transaction)."""
        if expected is None:
            return
        current = self.record_version(patient_id)
        if current.number != expected:
            raise StaleRecord(
                f"this patient's record was {current.describe()} since you opened it; nothing was saved. "
                "Reload the patient to see the change, then make yours again."
            )

    def _refuse_deleted(self, patient_id: str | None) -> None:
        """A save of a record that was deleted since it was opened must not bring it back unnoticed."""
        last = self._conn.execute(
            "SELECT at, user FROM audit_log WHERE patient_id = ? ORDER BY id DESC LIMIT 1", [patient_id]
        ).fetchone()
        said = RecordVersion(0, *last).describe().replace("changed by", "deleted by") if last else "deleted"
        raise StaleRecord(f"this patient's record was {said} since you opened it; nothing was saved.")

    def similar_patients(self, case: Case) -> list[PatientSummary]:
        """Other stored patients with the same name (ignoring case and accents) and birth date: probable duplicates."""
        p = case.patient
        if not p.name:
            return []
        wanted = search_text(p.name, None)
        return [
            found
            for found in self.list_patients(p.name, limit=50)
            if found.birth_date == p.birth_date and found.id != p.id and search_text(found.name, None) == wanted
        ]

    def duplicate_warnings(self, patient_ids: Sequence[str]) -> list[str]:
        """A sentence for each of these stored patients that probably duplicates another (same name and birth).

        A large import compares names in one pass over the list (a search per patient would cost a
        full-text query each); a few patients are looked up by search.
        """
        if len(patient_ids) >= _DUPLICATE_SCAN_FROM:
            return self._duplicate_warnings_by_scan(patient_ids)
        warnings = []
        for patient_id in patient_ids:
            case = self.get_case(patient_id)
            p = case.patient
            for other in self.similar_patients(case):
                warnings.append(_duplicate_sentence(p.hospital_number or patient_id, p.name, p.birth_date, other))
        return warnings

    def _duplicate_warnings_by_scan(self, patient_ids: Sequence[str]) -> list[str]:
        wanted = set(patient_ids)
        lines: dict[tuple[str, str], list[PatientSummary]] = {}
        mine: dict[str, PatientSummary] = {}
        day = date.fromisoformat
        for pid, number, name, born in self._conn.execute(
            "SELECT patient_id, hospital_number, name, birth_date FROM patient_list WHERE name IS NOT NULL "
            "ORDER BY list_key DESC"
        ):
            line = PatientSummary(pid, number, name, day(born), "", "", None, None, "")
            lines.setdefault((search_text(name, None), born), []).append(line)
            if pid in wanted:
                mine[pid] = line
        warnings = []
        for patient_id in patient_ids:
            found = mine.get(patient_id)
            if found is None or not found.name:
                continue
            for other in lines[(search_text(found.name, None), found.birth_date.isoformat())]:
                if other.id != patient_id:
                    warnings.append(
                        _duplicate_sentence(found.hospital_number or patient_id, found.name, found.birth_date, other)
                    )
        return warnings

    def clash_warning(self) -> str | None:
        """Words for the clashes :meth:`hospital_number_clashes` finds (None when there are none)."""
        clashes = self.hospital_number_clashes()
        if not clashes:
            return None
        shown = ", ".join(number for _, number in clashes[:5]) + (" …" if len(clashes) > 5 else "")
        return (
            f"{len(clashes)} patient{'s share' if len(clashes) != 1 else ' shares'} a hospital number with another "
            f"patient once case and spaces are ignored ({shown}): probably the same person entered twice. "
            "Merge or correct them."
        )

    def hospital_number_clashes(self) -> list[tuple[str, str]]:
        """(patient id, hospital number) of patients whose number is another patient's in canonical form.

        Only a file made before hospital numbers had a canonical form can hold such pairs: they
        were kept as they were when the file was upgraded, for the clinic to merge or correct.
        """
        rows = self._conn.execute(
            "SELECT id, hospital_number FROM patients WHERE hospital_number IS NOT NULL "
            "AND hospital_number_key IS NULL ORDER BY created_at, id"
        ).fetchall()
        return [(str(pid), str(number)) for pid, number in rows]

    def resolve_patient_id(self, id_or_number: str) -> str | None:
        """The patient's id from either its id or its hospital number (what a clinician has to hand)."""
        return id_or_number if self.has_patient(id_or_number) else self.find_patient_id(id_or_number)

    def _tuples(self, table: str, columns: Sequence[str], patient_id: str, order: str = "") -> list[tuple[Any, ...]]:
        sql = f"SELECT {', '.join(columns)} FROM {table} WHERE patient_id = ?{order}"
        return self._conn.execute(sql, [patient_id]).fetchall()

    def _load_rows(self, patient_id: str) -> mapping.StoredRows:
        """The patient's rows, as tuples in the mapping's column order (the fast path for ``get_case``)."""
        conn = self._conn
        # Patient, diagnosis and fitness (one row each) in one query: reading a case is the hot path.
        n_patient, n_diagnosis = len(mapping.PATIENT_COLUMNS), len(mapping.DIAGNOSIS_COLUMNS)
        head = conn.execute(
            "SELECT "
            + ", ".join(
                [f"p.{c}" for c in mapping.PATIENT_COLUMNS]
                + [f"d.{c}" for c in mapping.DIAGNOSIS_COLUMNS]
                + [f"f.{c}" for c in mapping.FITNESS_COLUMNS]
                + ["d.id IS NOT NULL", "f.id IS NOT NULL"]
            )
            + " FROM patients p LEFT JOIN diagnoses d ON d.patient_id = p.id "
            "LEFT JOIN fitness f ON f.patient_id = p.id WHERE p.id = ?",
            [patient_id],
        ).fetchone()
        if head is None:
            raise PatientNotFound(f"no patient with id {patient_id!r} is stored")
        if not head[-2]:
            raise StoreError(f"patient {patient_id!r} has no diagnosis row: the database is damaged")
        patient = head[:n_patient]
        diagnosis = [head[n_patient : n_patient + n_diagnosis]]
        fitness = [head[n_patient + n_diagnosis : -2]] if head[-1] else []
        mutations = conn.execute(
            "SELECT a.position, m.position, m.gene, m.variant, m.allelic_ratio, m.vaf FROM mutations m "
            "LEFT JOIN assessments a ON a.id = m.assessment_id WHERE m.patient_id = ?",
            [patient_id],
        ).fetchall()
        return mapping.StoredRows(
            patient=patient,
            diagnosis=diagnosis[0],
            courses=self._tuples("courses", mapping.COURSE_COLUMNS, patient_id, " ORDER BY position"),
            assessments=self._tuples("assessments", mapping.ASSESSMENT_COLUMNS, patient_id, " ORDER BY position"),
            mutations=mutations,
            fitness=fitness[0] if fitness else None,
            decisions=self._tuples("decisions", mapping.DECISION_COLUMNS, patient_id, " ORDER BY position"),
        )

    def _load_dicts(self, patient_id: str) -> mapping.CaseRows:
        """The stored rows as plain dicts with their ids, for comparing with new rows when saving."""
        patients = self._rows("SELECT * FROM patients WHERE id = ?", [patient_id])
        if not patients:
            raise PatientNotFound(f"no patient with id {patient_id!r} is stored")
        fitness = self._rows("SELECT * FROM fitness WHERE patient_id = ?", [patient_id])
        return mapping.CaseRows(
            patient=patients[0],
            diagnosis=self._rows("SELECT * FROM diagnoses WHERE patient_id = ?", [patient_id])[0],
            courses=self._rows("SELECT * FROM courses WHERE patient_id = ? ORDER BY position", [patient_id]),
            assessments=self._rows("SELECT * FROM assessments WHERE patient_id = ? ORDER BY position", [patient_id]),
            mutations=self._rows(
                "SELECT m.*, a.position AS assessment_position FROM mutations m "
                "LEFT JOIN assessments a ON a.id = m.assessment_id WHERE m.patient_id = ?",
                [patient_id],
            ),
            fitness=fitness[0] if fitness else None,
            decisions=self._rows("SELECT * FROM decisions WHERE patient_id = ? ORDER BY position", [patient_id]),
        )

    def get_case(self, patient_id: str) -> Case:
        """The patient's whole course, decisions and extensions (``formulary`` empty, ``as_of`` unset)."""
        return mapping.rows_to_case(patient_id, self._load_rows(patient_id))

    # --- writing patients ---------------------------------------------------------------------------

    def _known_patients(self, cases: Sequence[Case]) -> tuple[set[str], dict[str, str]] | None:
        """For a large import, every stored (id, hospital number) in one query instead of two per case."""
        if len(cases) < 100:
            return None
        ids: set[str] = set()
        numbers: dict[str, str] = {}
        for patient_id, key in self._conn.execute("SELECT id, hospital_number_key FROM patients"):
            ids.add(patient_id)
            if key is not None:
                numbers[key] = patient_id
        return ids, numbers

    def _match_existing(self, case: Case, known: tuple[set[str], dict[str, str]] | None = None) -> str | None:
        """The stored patient this case is: by id, or by hospital number when the case has no id."""
        p = case.patient
        if known is not None:
            by_number = known[1].get(hospital_number_key(p.hospital_number)) if p.hospital_number else None
        else:
            by_number = self.find_patient_id(p.hospital_number) if p.hospital_number else None
        if p.id is not None:
            if by_number is not None and by_number != p.id:
                raise ImportConflict(
                    f"hospital number {p.hospital_number} already belongs to another patient ({by_number}); "
                    f"the case with id {p.id} cannot be stored"
                )
            stored = p.id in known[0] if known is not None else self.has_patient(p.id)
            return p.id if stored else None
        return by_number

    def save_case(
        self, case: Case, *, user: str, expected_version: int | None = None, result: Result | None = None
    ) -> str:
        """Insert or replace one patient's whole record in one audited transaction; returns the id.

        A case without ``patient.id`` gets a new UUID; one whose hospital number is already stored
        under another patient is refused with :class:`ImportConflict`. ``expected_version`` is the
        :meth:`record_version` the editor started from: if the record changed since, the save is
        refused with :class:`StaleRecord` naming who changed it and when. ``result``: the engine's
        answer for this case with the clinic's settings today, when the caller has it (the list's
        status is then taken from it instead of evaluating the case a second time).
        """
        case = validate_case(case)
        with self._write(user):
            existing = self._match_existing(case)
            if existing is not None and case.patient.id is not None:
                self._check_version(existing, expected_version)
            elif expected_version is not None:
                self._refuse_deleted(case.patient.id)
            if case.patient.id is None and existing is not None:
                raise ImportConflict(
                    f"a patient with hospital number {case.patient.hospital_number} already exists ({existing})"
                )
            patient_id = case.patient.id or new_id()
            case = self._sign_decisions(case, existing if case.patient.id is not None else None)
            summary = summarise(case, today=self.today(), result=result)
            if case.patient.id is not None and existing is not None:
                self._update_case(patient_id, case, summary)
            else:
                self._insert_cases([(patient_id, case, summary)])
        return patient_id

    def _sign_decisions(self, case: Case, existing: str | None) -> Case:
        """The case with its new decisions signed by the logged-in clinician (the account's full name).

        In a clinic with accounts, adding, voiding or changing a decision needs the "decision"
        permission (clinicians); a nurse's save that would touch decisions is refused."""
        if not self.has_accounts():
            return case
        stored = list(self.get_case(existing).decisions) if existing is not None else []
        if list(case.decisions) == stored:
            return case
        require(self.account, "decision")
        assert self.account is not None
        signed = []
        for decision in case.decisions:
            if decision in stored:
                stored.remove(decision)
                signed.append(decision)
            else:
                signed.append(dataclasses.replace(decision, clinician=self.account.full_name))
        return dataclasses.replace(case, decisions=tuple(signed))

    def import_cases(
        self,
        cases: Sequence[Case],
        *,
        replace: bool = False,
        user: str,
        validate: bool = True,
        derive: bool = True,
        sources: Sequence[Mapping[str, str]] | None = None,
    ) -> list[str]:
        """Store many cases, all or nothing, in one transaction; returns their ids in order.

        A case whose patient (same id, or same hospital number when it has no id) is already stored
        is refused with :class:`ImportConflict` naming it, unless ``replace`` is true.

        ``validate=False`` skips re-checking cases that come straight from ``load_case``/``parse_case``
        (already checked by the same rules). ``derive=False`` leaves the list's status pending
        ("unknown", never a guess) for :meth:`refresh_summaries` to fill in later in short
        transactions, so a very large import holds the write lock for the storage work only.

        Each new patient gets one audit entry (``sources``: the file's name and the SHA-256 of its
        bytes, parallel to ``cases``; else the hash of the case's content) whose state hash proves
        the record as imported; a replaced patient's changes are audited row by row.
        """
        checked = [validate_case(case) for case in cases] if validate else list(cases)
        check_batch(checked)
        today = self.today()
        what = f"an import of {len(checked)} patient{'s' if len(checked) != 1 else ''}"
        with holding(self.path, what), self._write(user):
            plan: list[tuple[str, Case, str | None]] = []
            conflicts = []
            known = self._known_patients(checked)
            for case in checked:
                existing = self._match_existing(case, known)
                if existing is not None and not replace:
                    conflicts.append(_describe_patient(case, existing))
                plan.append((existing or case.patient.id or new_id(), case, existing))
            if conflicts:
                raise ImportConflict("already in the database (use --replace to overwrite): " + "; ".join(conflicts))
            losses = [
                loss
                for patient_id, case, existing in plan
                if existing and (loss := self._decisions_lost(existing, case))
            ]
            if losses:
                raise ImportConflict(
                    "replacing would delete recorded treatment decisions that the file does not hold (it is "
                    "probably older than the database): " + "; ".join(losses) + ". Export the patient again, or "
                    "add the decisions to the file, then import."
                )
            if self.has_accounts() and any(
                case.decisions and (existing is None or self.get_case(existing).decisions != case.decisions)
                for _, case, existing in plan
            ):
                require(self.account, "decision")
            origin = {
                patient_id: dict(sources[i]) if sources is not None else {"sha256": _case_digest(case)}
                for i, (patient_id, case, _) in enumerate(plan)
            }
            new = []
            for patient_id, case, existing in plan:
                summary = summarise(case, today=today) if derive else pending_summary(case, today)
                if existing is not None:
                    self._update_case(patient_id, case, summary)
                else:
                    new.append((patient_id, case, summary))
            self._insert_cases(new, origin)
        return [patient_id for patient_id, _, _ in plan]

    def _decisions_lost(self, patient_id: str, case: Case) -> str | None:
        """Words naming the stored decisions a replacement by ``case`` would delete, or None."""
        remaining = list(case.decisions)
        lost = []
        for decision in self.get_case(patient_id).decisions:
            if decision in remaining:
                remaining.remove(decision)
            else:
                lost.append(decision)
        if not lost:
            return None
        p = case.patient
        who = " ".join(x for x in (p.hospital_number, f"({p.name})" if p.name else None) if x) or patient_id
        dates = ", ".join(d.date.isoformat() for d in lost)
        return f"patient {who}: {len(lost)} decision{'s' if len(lost) != 1 else ''} ({dates})"

    def _insert_cases(
        self, items: Sequence[tuple[str, Case, Summary]], imported: Mapping[str, Mapping[str, str]] | None = None
    ) -> None:
        """Plain inserts for patients not yet stored.

        An import (``imported``: where each patient came from) writes one audit entry per patient
        instead of one per row: the per-row insert triggers are dropped for the load and restored,
        all inside the caller's transaction (a crash rolls all of it back, DDL included). A large
        batch also drops the secondary indexes and rebuilds them once, sorted, after the load.
        """
        if not items:
            return
        conn = self._conn
        bulk = len(items) >= BULK_REINDEX_FROM
        rebuild = self._drop_for_load(indexes=bulk, triggers=imported is not None)
        now = _now()
        # In chunks, so a large import never holds every row of the clinic in memory at once.
        for start in range(0, len(items), _CHUNK):
            batches, listed = writes.build_insert_rows(items[start : start + _CHUNK], now)
            for table, values in batches.items():
                if values:
                    conn.executemany(writes.insert_sql(table, writes.DB_COLUMNS[table]), values)
            self._insert_list_rows(listed)
        if imported is not None:
            at = conn.execute(f"SELECT {_SQL_NOW}").fetchone()[0]
            conn.executemany(
                "INSERT INTO audit_log (at, user, operation, table_name, row_id, patient_id, detail) "
                "VALUES (?, ?, 'import', 'patients', ?, ?, ?)",
                [
                    (at, self._slot.user, pid, pid, json.dumps(dict(imported[pid]), ensure_ascii=False, sort_keys=True))
                    for pid, _, _ in items
                ],
            )
        # Indexes are built once, sorted, after all rows (audit rows included) are in.
        for sql in sorted(rebuild, key=lambda text: text.startswith("CREATE TRIGGER")):
            conn.execute(sql)

    def _drop_for_load(self, *, indexes: bool, triggers: bool) -> list[str]:
        """Drop the secondary indexes and/or per-row audit insert triggers; return the SQL to restore them."""
        conn = self._conn
        if self.is_server:
            # PostgreSQL: no DDL (it would lock readers out); the per-row insert entries are skipped for this
            # transaction by the trigger functions (store.pg.triggers), and the indexes stay.
            if not triggers:
                return []
            conn.execute("SELECT set_config('aml.import', 'on', true)")
            return ["SELECT set_config('aml.import', 'off', true)"]
        names = [*(_BULK_INDEXES if indexes else ()), *(f"audit_{t}_insert" for t in _AUDITED_TABLES if triggers)]
        if not names:
            return []
        dropped: list[str] = []
        for kind, name, sql in conn.execute(
            f"SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
            f"AND name IN ({', '.join('?' for _ in names)})",
            names,
        ).fetchall():
            conn.execute(f"DROP {kind.upper()} {name}")
            dropped.append(sql)
        return dropped

    def _insert_list_rows(self, listed: Sequence[tuple[Any, ...]]) -> None:
        conn = self._conn
        first = self._scalar("SELECT coalesce(max(list_key), 0) FROM patient_list") + 1
        keyed = [(first + i, *values) for i, values in enumerate(listed)]
        conn.executemany(writes.insert_sql("patient_list", ("list_key", *writes.LIST_COLUMNS)), keyed)
        # keyed rows: (list_key, patient_id, hospital_number, name, ...)
        texts = [(row[0], search_text(row[3], row[2])) for row in keyed]
        conn.executemany("INSERT INTO patient_words (rowid, text) VALUES (?, ?)", texts)
        conn.executemany("INSERT INTO patient_trigram (rowid, text) VALUES (?, ?)", texts)

    def _update_case(self, patient_id: str, case: Case, summary: Summary) -> None:
        """Replace a stored patient's record, writing only the rows and columns that changed."""
        conn = self._conn
        old = self._load_dicts(patient_id)
        new = mapping.case_to_rows(case)
        now = _now()
        changes = {k: v for k, v in new.patient.items() if old.patient[k] != v}
        changes["updated_at"] = now
        changes["version"] = old.patient["version"] + 1
        writes.update_row(conn, "patients", "id", patient_id, changes)
        writes.sync_one(conn, "diagnoses", patient_id, old.diagnosis, new.diagnosis)
        writes.sync_one(conn, "fitness", patient_id, old.fitness, new.fitness)
        writes.sync_many(conn, "courses", patient_id, old.courses, new.courses, lambda r: r["position"])
        writes.sync_many(conn, "decisions", patient_id, old.decisions, new.decisions, lambda r: r["position"])
        # Assessment ids are kept by position, so mutations can be matched by (owner, position).
        old_assessment_ids = {r["position"]: r["id"] for r in old.assessments}
        new_assessment_ids = {r["position"]: old_assessment_ids.get(r["position"]) or new_id() for r in new.assessments}

        def owner(position: int | None) -> str | None:
            return new_assessment_ids[position] if position is not None else None

        old_mutations = [{k: v for k, v in r.items() if k != "assessment_position"} for r in old.mutations]
        new_mutations = [
            {
                "assessment_id": owner(m["assessment_position"]),
                **{k: v for k, v in m.items() if k != "assessment_position"},
            }
            for m in new.mutations
        ]

        def mutation_key(r: Row) -> Hashable:
            return (r["assessment_id"], r["position"])

        wanted = {mutation_key(r) for r in new_mutations}
        for r in old_mutations:
            if mutation_key(r) not in wanted:
                conn.execute("DELETE FROM mutations WHERE id = ?", [r["id"]])
        kept_mutations = [r for r in old_mutations if mutation_key(r) in wanted]
        new_assessments = [{"id": new_assessment_ids[r["position"]], **r} for r in new.assessments]
        writes.sync_many(conn, "assessments", patient_id, old.assessments, new_assessments, lambda r: r["position"])
        writes.sync_many(conn, "mutations", patient_id, kept_mutations, new_mutations, mutation_key)
        self._update_list_row(patient_id, case, summary, now)

    def _update_list_row(self, patient_id: str, case: Case | None, summary: Summary | None, now: str) -> None:
        """Move the patient to the top of the list (a new, highest ``list_key``) and refresh its line."""
        conn = self._conn
        old_key = self._scalar("SELECT list_key FROM patient_list WHERE patient_id = ?", [patient_id])
        if old_key is None:  # a list line lost by an outside edit: rebuild it rather than fail
            case = case or self.get_case(patient_id)
            summary = summary or summarise(case, today=self.today())
            self._insert_list_rows([writes.list_values(patient_id, case, summary, now)])
            return
        new_key = self._scalar("SELECT max(list_key) FROM patient_list") + 1
        conn.execute("UPDATE patient_list SET list_key = ?, updated_at = ? WHERE list_key = ?", [new_key, now, old_key])
        if case is not None and summary is not None:
            values = writes.list_values(patient_id, case, summary, now)
            assignments = ", ".join(f"{c} = ?" for c in writes.LIST_COLUMNS[1:])
            conn.execute(f"UPDATE patient_list SET {assignments} WHERE list_key = ?", [*values[1:], new_key])
        for table in ("patient_words", "patient_trigram"):
            text = self._scalar(f"SELECT text FROM {table} WHERE rowid = ?", [old_key])
            if case is not None:
                text = search_text(case.patient.name, case.patient.hospital_number)
            conn.execute(f"DELETE FROM {table} WHERE rowid = ?", [old_key])
            conn.execute(f"INSERT INTO {table} (rowid, text) VALUES (?, ?)", [new_key, text or ""])

    def delete_patient(self, patient_id: str, *, user: str) -> None:
        """Remove a patient and all their records (the audit trail keeps what was deleted)."""
        with self._write(user, "delete"):
            if not self.has_patient(patient_id):
                raise PatientNotFound(f"no patient with id {patient_id!r} is stored")
            conn = self._conn
            key = self._scalar("SELECT list_key FROM patient_list WHERE patient_id = ?", [patient_id])
            for table in ("patient_words", "patient_trigram"):
                conn.execute(f"DELETE FROM {table} WHERE rowid = ?", [key])
            conn.execute("DELETE FROM patient_list WHERE patient_id = ?", [patient_id])
            for table in ("mutations", "assessments", "courses", "decisions", "fitness", "diagnoses"):
                conn.execute(f"DELETE FROM {table} WHERE patient_id = ?", [patient_id])
            conn.execute("DELETE FROM patients WHERE id = ?", [patient_id])

    # --- decisions and audit ------------------------------------------------------------------------

    def record_decision(
        self,
        patient_id: str,
        decision: Decision,
        *,
        user: str,
        reason_code: str | None,
        ruleset_version: str,
        snapshot: Mapping[str, Any],
        supersedes: int | None = None,
        supersede_reason: str | None = None,
    ) -> None:
        """Append a decision with what the engine showed (``snapshot``) and the ruleset that produced it.

        ``supersedes`` names the position of a decision this one replaces: in the same transaction
        that one is marked superseded (with ``supersede_reason``), never deleted.
        """
        if reason_code is not None and reason_code not in codes.DECISION_REASONS:
            raise StoreError(f"reason_code: {reason_code!r} is not one of: {', '.join(codes.DECISION_REASONS)}")
        with self._write(user, "decision"):
            if self.account is not None:
                decision = dataclasses.replace(decision, clinician=self.account.full_name)
                user = self.account.name
            if supersedes is not None:
                self._mark_decision(
                    patient_id, supersedes, "superseded", supersede_reason, user, self._decision_count(patient_id)
                )
            case = self.get_case(patient_id)
            checked = validate_case(
                Case(patient=case.patient, diagnosis=case.diagnosis, decisions=(decision,), extensions=None)
            )
            position = len(case.decisions)
            detail = {
                "reason_code": reason_code,
                "ruleset_version": ruleset_version,
                "recorded_at": _now(),
                "recorded_by": user,
                "snapshot": json.loads(json.dumps(dict(snapshot), ensure_ascii=False)),
            }
            row = mapping.decision_row(position, checked.decisions[0], detail)
            self._conn.execute(
                writes.insert_sql("decisions", writes.DB_COLUMNS["decisions"]), (new_id(), patient_id, *row.values())
            )
            now = _now()
            self._conn.execute(
                "UPDATE patients SET updated_at = ?, version = version + 1 WHERE id = ?", [now, patient_id]
            )
            self._update_list_row(patient_id, None, None, now)

    def void_decision(self, patient_id: str, position: int, *, reason: str, user: str) -> None:
        """Mark a decision void (entered in error) with the reason; it stays in the record, marked."""
        with self._write(user, "decision"):
            if self.account is not None:
                user = self.account.name
            self._mark_decision(patient_id, position, "voided", reason, user, None)
            now = _now()
            self._conn.execute("UPDATE patients SET updated_at = ? WHERE id = ?", [now, patient_id])
            self._update_list_row(patient_id, None, None, now)

    def _decision_count(self, patient_id: str) -> int:
        return int(self._scalar("SELECT count(*) FROM decisions WHERE patient_id = ?", [patient_id]))

    def _mark_decision(
        self, patient_id: str, position: int, status: str, reason: str | None, user: str, by: int | None
    ) -> None:
        """Set a decision's correction columns (inside the caller's transaction), refusing a second one."""
        if not (reason or "").strip():
            raise StoreError("reason: say why the decision is corrected")
        row = self._rows(
            "SELECT status, details FROM decisions WHERE patient_id = ? AND position = ?", [patient_id, position]
        )
        if not row:
            raise StoreError(f"decision {position + 1}: there is no such decision for this patient")
        if row[0]["status"] is not None:
            raise StoreError(f"decision {position + 1}: it is already {row[0]['status']}")
        keys = json.loads(row[0]["details"]) if row[0]["details"] else []
        added = ["status", "status_reason", "status_at", "status_by"] + (["superseded_by"] if by is not None else [])
        keys = [k for k in DETAIL_KEYS if k in keys or k in added]
        self._conn.execute(
            "UPDATE decisions SET status = ?, status_reason = ?, status_at = ?, status_by = ?, superseded_by = ?, "
            "details = ? WHERE patient_id = ? AND position = ?",
            [status, reason.strip() if reason else None, _now(), user, by, json.dumps(keys), patient_id, position],
        )

    def decision_records(self, patient_id: str) -> list[DecisionRecord]:
        """The patient's decisions in order, each with its reason code, ruleset and snapshot."""
        if not self.has_patient(patient_id):
            raise PatientNotFound(f"no patient with id {patient_id!r} is stored")
        case = self.get_case(patient_id)
        rows = self._rows("SELECT * FROM decisions WHERE patient_id = ? ORDER BY position", [patient_id])
        return [
            DecisionRecord(
                decision=decision,
                reason_code=row["reason_code"],
                ruleset_version=row["ruleset_version"],
                recorded_at=row["recorded_at"],
                recorded_by=row["recorded_by"],
                snapshot=json.loads(row["snapshot"]) if row["snapshot"] is not None else None,
                position=row["position"],
                status=row["status"],
                status_reason=row["status_reason"],
                status_at=row["status_at"],
                status_by=row["status_by"],
                superseded_by=row["superseded_by"],
            )
            for decision, row in zip(case.decisions, rows, strict=True)
        ]

    # --- derived summaries --------------------------------------------------------------------------

    def stale_summary_count(self, today: date | None = None) -> int:
        """How many list lines are due for re-derivation on ``today`` (see :func:`due_lines_sql`)."""
        sql, params = due_lines_sql((today or self.today()).isoformat())
        return int(self._scalar(f"SELECT count(*) FROM ({sql}) AS due", params))

    def refresh_summaries(self, today: date | None = None, *, limit: int | None = None, batch: int = 200) -> int:
        """Re-derive the list lines due on ``today``; returns how many.

        Due: never derived, derived by another ruleset or on a later day (a clock set back), or
        whose next dated event has arrived. On an ordinary day that is the few patients with an
        event dated yesterday or today, not the whole clinic. Runs in short transactions so the
        application stays responsive; call from a worker thread with its own ``Store``.
        """
        when = today or self.today()
        due, params = due_lines_sql(when.isoformat())
        stored = ", ".join(writes.DERIVED_LIST_COLUMNS)
        done = 0
        while limit is None or done < limit:
            size = batch if limit is None else min(batch, limit - done)
            lines = self._conn.execute(
                f"SELECT list_key, patient_id, {stored} FROM patient_list WHERE list_key IN ({due}) LIMIT ?",
                [*params, size],
            ).fetchall()
            if not lines:
                break
            with self._write(SUMMARY_USER, "system"):
                for key, patient_id, *old in lines:
                    before = dict(zip(writes.DERIVED_LIST_COLUMNS, old, strict=True))
                    # ELN 2017 reads the diagnosis alone, never the day: a line derived by this ruleset
                    # keeps its risk when only the day moved (an edit of the record re-derives it all).
                    # Both "unknown" may be an engine fault's line: that one is derived again.
                    faulted = before["status"] == UNKNOWN and before["eln2017_risk"] == UNKNOWN
                    known = (
                        before["eln2017_risk"]
                        if before["computed_on"] is not None
                        and before["ruleset_version"] == RULESET_VERSION
                        and not faulted
                        else None
                    )
                    summary = summarise(self.get_case(patient_id), today=when, eln2017_risk=known)
                    after = dict(zip(writes.DERIVED_LIST_COLUMNS, writes.derived_values(summary), strict=True))
                    # Only the columns that changed: an unchanged status leaves its index untouched.
                    changed = {c: v for c, v in after.items() if before[c] != v}
                    writes.update_row(self._conn, "patient_list", "list_key", key, changed)
            done += len(lines)
        return done

    # --- clinic settings ----------------------------------------------------------------------------

    def clinic_settings(self) -> ClinicSettings:
        """The clinic's settings, with the formulary and when each missing item ran out."""
        return clinic.read_settings(self._conn)

    def save_clinic_settings(self, settings: ClinicSettings, *, user: str) -> None:
        """Save the clinic's settings (audited). The list's lines are left as they are: none of its
        columns reads the settings (status and ELN 2017 risk come from the course and the diagnosis
        alone, see ``summary``), so re-deriving 500,000 lines after a threshold change would change none."""
        clinic.check_settings(settings)
        # Where and when the last backup went is the application's to note (automatic backups run whoever
        # is logged in); everything else is an administrator's.
        backup_only = dataclasses.replace(
            self.clinic_settings(), backup_folder=settings.backup_folder, last_backup_at=settings.last_backup_at
        )
        with self._write(user, "system" if settings == backup_only else "settings"):
            clinic.write_settings(self._conn, settings)

    def engine_settings(self) -> EngineSettings:
        """The clinic's thresholds and formulary, ready for ``engine.evaluate``."""
        return self.clinic_settings().engine_settings()


def due_lines_sql(day: str) -> tuple[str, list[str]]:
    """SQL selecting the ``list_key`` of every list line due for re-derivation on ``day``, and its parameters.

    One indexed range per reason, so an ordinary day costs the few lines that are due, not a scan.
    """
    return (
        "SELECT list_key FROM patient_list WHERE computed_on IS NULL "
        "UNION SELECT list_key FROM patient_list WHERE computed_on > ? "
        "UNION SELECT list_key FROM patient_list WHERE next_event_date <= ? "
        "UNION SELECT list_key FROM patient_list WHERE ruleset_version < ? "
        "UNION SELECT list_key FROM patient_list WHERE ruleset_version > ?",
        [day, day, RULESET_VERSION, RULESET_VERSION],
    )


_LIST_SELECT = (
    "list_key, patient_id, hospital_number, name, birth_date, status, eln2017_risk, current_phase, "
    "last_assessment_date, updated_at, cycle_status"
)


def _summaries(rows: Sequence[tuple[Any, ...]]) -> list[PatientSummary]:
    """List lines from rows of :data:`_LIST_SELECT`."""
    day = date.fromisoformat
    return [
        PatientSummary(
            pid, number, name, day(born), state, risk, phase, day(last) if last else None, updated, key, cycle
        )
        for key, pid, number, name, born, state, risk, phase, last, updated, cycle in rows
    ]


# From this many patients, duplicate warnings compare names in one pass over the list.
_DUPLICATE_SCAN_FROM = 100


def _duplicate_sentence(who: str, name: str | None, born: date, other: PatientSummary) -> str:
    return (
        f"{who} ({name}, born {born.isoformat()}) is probably the same patient as "
        f"{other.hospital_number or other.id}: same name and birth date"
    )


def _case_digest(case: Case) -> str:
    """SHA-256 of a case's content (for an import given cases rather than files)."""
    import hashlib

    text = json.dumps(case_to_dict(case), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _describe_patient(case: Case, existing: str) -> str:
    p = case.patient
    label = " ".join(part for part in (p.hospital_number, f"({p.name})" if p.name else None) if part)
    return f"patient {label or existing} is already stored as {existing}"


def check_batch(cases: Sequence[Case]) -> None:
    """Two cases in one import must not be the same patient (:class:`InvalidBatch` names them)."""
    seen_ids: dict[str, int] = {}
    seen_numbers: dict[str, tuple[int, str]] = {}
    for i, case in enumerate(cases):
        p = case.patient
        if p.id is not None:
            if p.id in seen_ids:
                raise InvalidBatch(f"cases {seen_ids[p.id] + 1} and {i + 1} have the same patient id {p.id}")
            seen_ids[p.id] = i
        if p.hospital_number is not None:
            key = hospital_number_key(p.hospital_number)
            if key in seen_numbers:
                first, number = seen_numbers[key]
                raise InvalidBatch(
                    f"cases {first + 1} and {i + 1} have the same hospital number ({number!r} and "
                    f"{p.hospital_number!r}): "
                    "one patient cannot be imported twice"
                )
            seen_numbers[key] = (i, p.hospital_number)
