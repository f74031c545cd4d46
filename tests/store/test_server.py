"""What only a PostgreSQL clinic has to prove: its database is marked and checked like a file, its trail
resists tampering by a person with psql, several workstations write at once safely, a busy or missing
server is said in words, its search answers exactly as the file's, and a laptop never loads any of it."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from aml_desktop.engine.case import Case, Patient
from aml_desktop.store import ServerUnavailable, Store, StoreError, server
from aml_desktop.store import connection as connection_module
from aml_desktop.store.audit_chain import head_path
from aml_desktop.store.pg.migrate import DatabaseState

from .conftest import TODAY, USER, all_fixture_cases, fixture_case
from .engines import raw_connect

pytestmark = pytest.mark.postgresql
ROOT = Path(__file__).parents[2]


@pytest.fixture
def clinic(pg_database: str) -> Iterator[tuple[str, str]]:
    with Store.open(pg_database, today=lambda: TODAY) as store:
        patient_id = store.save_case(fixture_case("patient1-early-relapse"), user=USER)
        store.import_cases([fixture_case("patient2-primary-refractory")], user=USER)
        assert store.verify_audit().whole
    yield pg_database, patient_id


def verdict(url: str) -> tuple[bool, str]:
    with Store.open(url) as store:
        result = store.verify_audit()
    return result.whole, "\n".join(result.problems)


# --- ours, empty, foreign, newer ------------------------------------------------------------------------------


def test_an_empty_database_holds_no_clinic_until_it_is_initialised(pg_empty_database: str) -> None:
    assert server.database_state(pg_empty_database) is DatabaseState.EMPTY
    with pytest.raises(StoreError, match=r"is empty: it holds no clinic.*server init"):
        Store.open(pg_empty_database, create=False)
    assert server.database_state(pg_empty_database) is DatabaseState.EMPTY  # refused untouched
    assert server.init_database(pg_empty_database) is True
    assert server.database_state(pg_empty_database) is DatabaseState.OURS
    assert server.init_database(pg_empty_database) is False  # already ours: nothing to build
    with Store.open(pg_empty_database, create=False) as store:
        assert store.backend.name == "postgresql" and store.is_server and not store.created
        assert store.clinic_settings().clinic_name == "My clinic"
        assert store.verify_audit().whole


def test_a_foreign_database_is_refused_and_left_untouched(pg_empty_database: str) -> None:
    conn = raw_connect(pg_empty_database)
    conn.execute("CREATE TABLE invoices (id integer PRIMARY KEY, amount numeric)")
    conn.execute("INSERT INTO invoices VALUES (1, 12.5)")
    conn.close()
    assert server.database_state(pg_empty_database) is DatabaseState.FOREIGN
    for attempt in (lambda: Store.open(pg_empty_database), lambda: server.init_database(pg_empty_database)):
        with pytest.raises(StoreError, match="is not an AML Desktop database \\(it holds invoices\\); it was left"):
            attempt()
    conn = raw_connect(pg_empty_database)
    tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()]
    conn.close()
    assert tables == ["invoices"]


def test_a_database_made_by_a_newer_version_is_refused_and_untouched(pg_database: str) -> None:
    conn = raw_connect(pg_database)
    conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.close()
    assert server.database_state(pg_database) is DatabaseState.NEWER
    with pytest.raises(StoreError, match=r"was made by a newer version of AML Desktop .*left untouched"):
        Store.open(pg_database)
    conn = raw_connect(pg_database)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0099_from_the_future"
    conn.close()


def test_reopening_migrates_nothing_and_the_url_names_where_it_is(pg_database: str) -> None:
    conn = raw_connect(pg_database)
    before = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    conn.close()
    for _ in range(2):
        with Store.open(pg_database) as store:
            assert store.location == pg_database and store.url == pg_database
    conn = raw_connect(pg_database)
    assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before
    conn.close()


def test_a_mangled_url_from_the_command_lines_path_type_still_opens_the_server(pg_database: str) -> None:
    from aml_desktop.store import open_store_for_cli

    with open_store_for_cli(Path(pg_database)) as store:  # argparse's type=Path folds // into /
        assert store.is_server and store.url == pg_database


def test_an_unreachable_server_or_missing_database_is_said_in_words(pg_url: str) -> None:
    base = pg_url.rsplit("/", 1)[0]
    with pytest.raises(StoreError, match='database "no_such_clinic" does not exist'):
        Store.open(f"{base}/no_such_clinic")
    with pytest.raises(ServerUnavailable, match=r"cannot be reached.*nothing was opened"):
        Store.open("postgresql://nobody@127.0.0.1:1/aml")


def test_a_password_asked_through_the_hook_is_used_and_a_url_password_never_shown(pg_database: str) -> None:
    assert server.shown("postgresql://ward:s3cret@db.local:5432/aml") == "postgresql://ward:***@db.local:5432/aml"
    asked: list[str] = []
    server.set_password_provider(lambda where: asked.append(where) or None)
    try:
        with Store.open(pg_database) as store:  # trust on loopback: the hook is not needed, so not asked
            assert store.count_patients() == 0
    finally:
        server.set_password_provider(None)
    assert asked == []


# --- the trail against a person with psql ----------------------------------------------------------------------


def test_the_trail_refuses_updates_and_deletes_from_outside(clinic: tuple[str, str]) -> None:
    url, _ = clinic
    conn = raw_connect(url)
    for statement in ("UPDATE audit_log SET user = 'nobody'", "DELETE FROM audit_log WHERE id = 1"):
        with pytest.raises(Exception, match="the audit trail cannot be changed"):
            conn.execute(statement)
    conn.close()
    assert verdict(url)[0]


def test_an_edit_made_with_the_trigger_disabled_is_found(clinic: tuple[str, str]) -> None:
    url, patient_id = clinic
    conn = raw_connect(url)
    row = conn.execute(
        "SELECT id FROM assessments WHERE patient_id = ? AND marrow_blasts_percent = 55", [patient_id]
    ).fetchone()
    conn.execute("BEGIN")
    conn.execute("ALTER TABLE assessments DISABLE TRIGGER audit_assessments_update")
    conn.execute("UPDATE assessments SET marrow_blasts_percent = 4 WHERE id = ?", [row[0]])
    conn.execute("ALTER TABLE assessments ENABLE TRIGGER audit_assessments_update")
    conn.execute("COMMIT")
    conn.close()
    whole, problems = verdict(url)
    assert not whole
    assert f"the assessments row {row[0]} of patient {patient_id}" in problems
    assert "changed without an audit entry" in problems


def test_a_deleted_last_entry_is_found_by_this_workstations_head_anchor(clinic: tuple[str, str]) -> None:
    url, _ = clinic
    with Store.open(url) as store:
        assert head_path(store.path).exists()  # kept in this workstation's application-data folder
        assert not str(store.path).startswith("postgresql")
    conn = raw_connect(url)
    conn.execute("BEGIN")
    conn.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    conn.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_delete")
    conn.execute("COMMIT")
    conn.close()
    whole, problems = verdict(url)
    assert not whole and "this computer last saw entry" in problems


def test_a_dropped_or_disabled_trigger_is_named(clinic: tuple[str, str]) -> None:
    url, _ = clinic
    conn = raw_connect(url)
    conn.execute("DROP TRIGGER audit_decisions_delete ON decisions")
    conn.execute("ALTER TABLE courses DISABLE TRIGGER audit_courses_update")
    conn.close()
    whole, problems = verdict(url)
    assert not whole and "the trigger audit_decisions_delete is missing" in problems
    assert "the trigger audit_courses_update is missing" in problems


def test_a_row_written_behind_the_application_is_found(clinic: tuple[str, str]) -> None:
    url, patient_id = clinic
    conn = raw_connect(url)
    conn.execute("BEGIN")
    conn.execute("SELECT set_config('aml.user', 'someone', true)")
    conn.execute(
        "INSERT INTO courses (id, patient_id, position, phase, regimen, start_date) "
        "VALUES ('forged', ?, 99, 'induction', '7+3', '2020-01-01')",
        [patient_id],
    )
    conn.execute("COMMIT")
    conn.close()
    whole, problems = verdict(url)
    assert not whole and "was never sealed" in problems


def test_an_import_audits_one_entry_per_patient_and_later_edits_row_by_row(pg_database: str) -> None:
    with Store.open(pg_database, today=lambda: TODAY) as store:
        ids = store.import_cases(all_fixture_cases(), user=USER)
        entries = store.audit_entries(limit=1000)
        assert sorted(e.patient_id for e in entries if e.action == "import") == sorted(ids)
        assert not [e for e in entries if e.action == "insert" and e.table in ("patients", "courses")]
        case = store.get_case(ids[0])
        store.save_case(dataclasses.replace(case, courses=case.courses[:-1]), user=USER)
        assert store.audit_entries(ids[0], limit=1)[0].action == "delete"
        assert store.verify_audit().whole


# --- several workstations ----------------------------------------------------------------------------------------

HOLDER = textwrap.dedent(
    """
    import sys
    from aml_desktop.store import Store
    store = Store.open(sys.argv[1], create=False)
    with store._write("ward-nurse", what="an import of 4000 patients"):
        print("holding", flush=True)
        sys.stdin.readline()
    """
)


def test_a_save_waits_a_bounded_time_and_names_the_workstation_writing(
    clinic: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, patient_id = clinic
    other = subprocess.Popen(
        [sys.executable, "-c", HOLDER, url], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "holding"
        monkeypatch.setattr(connection_module, "BUSY_TIMEOUT_SECONDS", 0.3)
        with Store.open(url, create=False) as store:
            case = store.get_case(patient_id)
            with pytest.raises(StoreError) as refused:
                store.save_case(dataclasses.replace(case, courses=case.courses[:-1]), user=USER)
            text = str(refused.value)
            assert "the database is busy: AML Desktop: an import of 4000 patients by ward-nurse" in text
            assert "has been writing since" in text and "nothing was changed" in text
            assert len(store.get_case(patient_id).courses) == len(case.courses)
    finally:
        assert other.stdin is not None
        other.stdin.write("\n")
        other.stdin.flush()
        other.wait(timeout=30)
    with Store.open(url) as store:  # the lock is free again: the same save goes through
        case = store.get_case(patient_id)
        store.save_case(dataclasses.replace(case, courses=case.courses[:-1]), user=USER)


WRITER = textwrap.dedent(
    """
    import dataclasses, sys
    from aml_desktop.engine.case_io import load_case
    from pathlib import Path
    from aml_desktop.store import Store
    template = load_case(Path(sys.argv[2]).read_bytes())
    store = Store.open(sys.argv[1], create=False)
    for i in range(int(sys.argv[4])):
        number, name = f"{sys.argv[3]}-{i}", f"Writer {sys.argv[3]}"
        patient = dataclasses.replace(template.patient, hospital_number=number, name=name)
        store.save_case(dataclasses.replace(template, patient=patient), user=f"writer-{sys.argv[3]}")
    print("done", flush=True)
    """
)


def test_two_workstations_writing_at_once_lose_nothing_and_keep_one_unbroken_trail(pg_database: str) -> None:
    template = str(ROOT / "tests" / "fixtures" / "cases" / "patient1-early-relapse.json")
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, pg_database, template, name, "15"],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for name in ("WARD", "DAYUNIT")
    ]
    for writer in writers:
        out, _ = writer.communicate(timeout=120)
        assert writer.returncode == 0 and out.strip() == "done"
    with Store.open(pg_database) as store:
        numbers = sorted(p.hospital_number or "" for p in store.list_patients(limit=100))
        assert numbers == sorted([f"WARD-{i}" for i in range(15)] + [f"DAYUNIT-{i}" for i in range(15)])
        verdict_ = store.verify_audit()
        assert verdict_.whole, verdict_.problems
        keys = [p.list_key for p in store.list_patients(limit=100)]
        assert len(set(keys)) == 30


# --- the same search on both engines ---------------------------------------------------------------------------

NAMES = [
    "Nguyễn Văn An",
    "NGUYEN Thi Binh",
    "José Álvarez",
    "Jose Alvarez-Ruiz",
    "Zoë Ødegård",
    "Łukasz Straße",
    "Anaïs Dubois",
    "Ana Dubois",
    "Björn O'Neil",
    "Mary-Ann d'Arcy",
    "李 小龍",
    "Öztürk Ayşe",
]
QUERIES = [
    "nguyen",
    "NGUYỄN",
    "guye",
    "an",
    "a",
    "jo",
    "jose alv",
    "ALVAREZ",
    "o'ne",
    "d'a",
    "ode",
    "strasse",
    "lukasz",
    "ayse",
    "ana",
    "dub",
    "DT-",
    "dt-1",
    "dt-12",
    "1",
    "12",
    "-",
    "--",
    "%",
    "_",
    "zz",
    "van an",
    "ann",
    "李",
    "mary ann",
    "x",
]


def _fill(location: Path | str) -> Store:
    store = Store.open(location, today=lambda: TODAY)
    template = fixture_case("patient1-early-relapse")
    cases = [
        Case(
            patient=Patient(
                birth_date=template.patient.birth_date, hospital_number=f"DT-{i}", name=NAMES[i % len(NAMES)]
            ),
            diagnosis=template.diagnosis,
        )
        for i in range(40)
    ]
    for case in cases[:25]:
        store.save_case(case, user=USER)
    store.import_cases(cases[25:], user=USER)
    return store


def test_search_answers_the_same_lines_in_the_same_order_on_both_engines(tmp_path: Path, pg_database: str) -> None:
    with _fill(tmp_path / "clinic.sqlite3") as on_file, _fill(pg_database) as on_server:
        for query in QUERIES:
            for status in (None, "newly_diagnosed"):
                file_count, file_page = on_file.search(query, status, limit=7, cap=20)
                server_count, server_page = on_server.search(query, status, limit=7, cap=20)
                assert (server_count, [p.hospital_number for p in server_page]) == (
                    file_count,
                    [p.hospital_number for p in file_page],
                ), (query, status)
            first = on_file.list_patients(query, limit=5)
            if first:
                below = first[-1].list_key
                assert [p.hospital_number for p in on_server.list_patients(query, limit=5, below_key=below)] == [
                    p.hospital_number for p in on_file.list_patients(query, limit=5, below_key=below)
                ], query
        assert on_server.count_patients("nguyen") == on_file.count_patients("nguyen") > 0


# --- the laptop stays light --------------------------------------------------------------------------------------


def test_a_sqlite_clinic_never_imports_the_server_libraries(tmp_path: Path) -> None:
    probe = textwrap.dedent(
        """
        import sys
        from aml_desktop.store import Store
        with Store.open(sys.argv[1]) as store:
            store.count_patients("nguyen")
        loaded = sorted(m for m in ("psycopg", "sqlalchemy", "alembic") if m in sys.modules)
        print(",".join(loaded) or "none")
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "c.sqlite3")], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "none"


# --- the command line on a server, as a user types it ------------------------------------------------------------


def test_the_command_line_works_on_a_server_as_on_a_file(
    pg_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from aml_desktop.cli.main import main

    cases = sorted(str(p) for p in (ROOT / "tests" / "fixtures" / "cases").glob("*.json"))
    assert main(["--db", pg_database, "import", *cases]) == 0
    assert main(["--db", pg_database, "list"]) == 0
    assert "DT-1" in capsys.readouterr().out
    out = {}
    for name, location in (("server", pg_database), ("file", str(tmp_path / "c.sqlite3"))):
        if name == "file":
            assert main(["--db", location, "import", *cases]) == 0
        folder = tmp_path / name
        assert main(["--db", location, "export", "--all", "--out", str(folder)]) == 0
        out[name] = {
            data["patient"]["hospital_number"]: {**data, "patient": {**data["patient"], "id": None}}
            for data in (json.loads(p.read_text()) for p in folder.glob("*.json"))
        }
    assert out["server"] == out["file"] and len(out["server"]) == len(cases)  # the same case files
    assert main(["--db", pg_database, "audit", "verify"]) == 0
    assert "the audit trail is whole" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("Cl1nician-pass-word\n"))
    assert (
        main(["--db", pg_database, "users", "add", "admin", "--full-name", "Ada Admin", "--role", "administrator"]) == 0
    )
    monkeypatch.setenv("AML_DESKTOP_PASSWORD", "wrong-pass-word")
    assert main(["--db", pg_database, "--user", "admin", "list"]) != 0
    assert "wrong account name or password" in capsys.readouterr().err
    monkeypatch.setenv("AML_DESKTOP_PASSWORD", "Cl1nician-pass-word")
    assert main(["--db", pg_database, "--user", "admin", "list"]) == 0


# --- the server going away -----------------------------------------------------------------------------------------


def _drop_connections(pg_url: str, url: str) -> None:
    """What a server restart or a cut network does to this workstation's connections."""
    import psycopg

    database = url.rsplit("/", 1)[1]
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            [database],
        )


def test_a_dropped_connection_is_replaced_on_the_next_read_or_save(clinic: tuple[str, str], pg_url: str) -> None:
    url, patient_id = clinic
    with Store.open(url, today=lambda: TODAY) as store:
        _drop_connections(pg_url, url)
        assert store.count_patients() == 2
        case = store.get_case(patient_id)
        _drop_connections(pg_url, url)
        store.save_case(dataclasses.replace(case, courses=case.courses[:-1]), user=USER)
        assert len(store.get_case(patient_id).courses) == len(case.courses) - 1
        assert store.verify_audit().whole


def test_a_connection_lost_during_a_save_keeps_nothing_and_the_same_save_then_goes_through(
    clinic: tuple[str, str], pg_url: str
) -> None:

    url, patient_id = clinic
    with Store.open(url, today=lambda: TODAY) as store:
        case = store.get_case(patient_id)
        version = store.record_version(patient_id).number
        with (
            pytest.raises(ServerUnavailable, match=r"was lost.*nothing was changed\. Check the network"),
            store._write(USER),
        ):
            store._conn.execute("DELETE FROM mutations WHERE patient_id = ?", [patient_id])
            _drop_connections(pg_url, url)
            store._conn.execute("DELETE FROM courses WHERE patient_id = ?", [patient_id])
        assert store.get_case(patient_id) == case  # the server rolled the half-done save back
        edited = dataclasses.replace(case, courses=case.courses[:-1])
        store.save_case(edited, user=USER, expected_version=version)  # the form's retry
        assert store.get_case(patient_id).courses == edited.courses
        assert store.verify_audit().whole


def test_a_server_password_comes_from_pgpassword_pgpass_or_the_hook_and_a_wrong_one_is_said(
    password_role: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = password_role
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    with pytest.raises(StoreError, match="asks for a password for this user and none was given"):
        Store.open(url)
    monkeypatch.setenv("PGPASSWORD", "wrong")
    with pytest.raises(StoreError, match="refused the password for this user"):
        Store.open(url)
    monkeypatch.setenv("PGPASSWORD", "Ward-Pa55-word")
    assert server.init_database(url) is True
    monkeypatch.delenv("PGPASSWORD")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text("127.0.0.1:*:*:aml_pw_test:Ward-Pa55-word\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    Store.open(url).close()
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    asked: list[str] = []
    server.set_password_provider(lambda where: asked.append(where) or "Ward-Pa55-word")
    try:
        with Store.open(url) as first, Store.open(url) as second:  # a worker's store: asked once per process
            assert first.count_patients() == second.count_patients() == 0
    finally:
        server.set_password_provider(None)
        server.set_password(url, None)
    assert asked == [url]
