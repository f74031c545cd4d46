"""``aml-desktop server init`` on a real PostgreSQL: a fresh server, a foreign database, a second run."""

from __future__ import annotations

import io
import re

import pytest

from aml_desktop.cli.main import main
from aml_desktop.store import Store
from tests.server_helpers import admin, empty_database, scratch_names, server

ADMIN_PW = "ward admin pass 1"


def scram_matches(verifier: str, password: str) -> bool:
    """Whether a PostgreSQL SCRAM-SHA-256 verifier was made from ``password`` (RFC 5802/7677): the printed
    password is the role's, checked without a server that asks for it (the test cluster trusts loopback)."""
    import base64
    import hashlib
    import hmac

    method, rest = verifier.split("$", 1)
    assert method == "SCRAM-SHA-256"
    head, keys = rest.split("$")
    iterations, salt = head.split(":")
    stored_key, server_key = keys.split(":")
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), base64.b64decode(salt), int(iterations))
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    server = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    return (
        base64.b64encode(hashlib.sha256(client_key).digest()).decode() == stored_key
        and base64.b64encode(server).decode() == server_key
    )


def init(monkeypatch: pytest.MonkeyPatch, pg_url: str, *extra: str, stdin: str = ADMIN_PW + "\n") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["server", "init", "--admin-url", pg_url, "--network", "192.168.1.0/24", *extra])


def test_a_fresh_server_gets_role_database_schema_and_administrator(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    where = server(pg_url)
    with scratch_names(pg_url) as (database, role):
        code = init(monkeypatch, pg_url, "--database", database, "--role", role, "--host", where.host)
        out = capsys.readouterr().out
        assert code == 0, out
        url = re.search(r'aml-desktop --db "(postgresql://[^"]+)"', out)
        assert url is not None, out
        assert url.group(1) == f"postgresql://{role}@{where.host}:{where.port}/{database}"
        # The role's password is printed once, and the server holds only its SCRAM verifier.
        password = re.search(r"shown only this once.*\n\s+(\S+)", out)
        assert password is not None and len(password.group(1)) == 24
        with admin(pg_url) as conn:
            stored, superuser, createdb = conn.execute(
                "SELECT rolpassword, rolsuper, rolcreatedb FROM pg_authid WHERE rolname = %s", [role]
            ).fetchone()
            owner, comment = conn.execute(
                "SELECT pg_get_userbyid(datdba), shobj_description(oid, 'pg_database') FROM pg_database "
                "WHERE datname = %s",
                [database],
            ).fetchone()
        assert password.group(1) not in stored
        assert scram_matches(stored, password.group(1))
        assert not superuser and not createdb
        assert owner == role and "AML Desktop" in comment
        # What pg_hba.conf must let in: the workstations' network, this database and role only, SCRAM.
        assert f"host    {database}    {role}    192.168.1.0/24    scram-sha-256" in out
        assert f"port {where.port}/tcp in the firewall, from 192.168.1.0/24 only" in out
        # A workstation opens the printed URL (as the role) and the administrator logs in.
        with Store.open(url.group(1), create=False) as store:
            assert store.login("admin", ADMIN_PW).role == "administrator"
            assert [a.name for a in store.list_accounts()] == ["admin"]
            assert store.count_patients() == 0


def test_a_second_run_says_it_is_already_set_up_and_changes_nothing(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with scratch_names(pg_url) as (database, role):
        assert init(monkeypatch, pg_url, "--database", database, "--role", role) == 0
        with admin(pg_url) as conn:
            before = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", [role]).fetchone()
        capsys.readouterr()
        # No password is asked the second time: the administrator exists already.
        assert init(monkeypatch, pg_url, "--database", database, "--role", role, stdin="") == 0
        out = capsys.readouterr().out
        assert f"The database {database!r} is already set up for AML Desktop: nothing was changed." in out
        assert "keeps its password" in out and "shown only this once" not in out
        with admin(pg_url) as conn:
            after = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", [role]).fetchone()
        assert after == before


def test_a_foreign_database_is_refused_and_left_unchanged(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with empty_database(pg_url) as url:
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE TABLE lab_results (id int PRIMARY KEY, value text)")
            conn.execute("INSERT INTO lab_results VALUES (1, 'kept')")
        name = url.rsplit("/", 1)[1]
        with scratch_names(pg_url) as (_, role):
            assert init(monkeypatch, pg_url, "--database", name, "--role", role) == 1
            err = capsys.readouterr().err
            assert "is not an AML Desktop database (it holds table public.lab_results)" in err
            assert "left untouched" in err
            with psycopg.connect(url, autocommit=True) as conn:
                assert conn.execute("SELECT value FROM lab_results").fetchall() == [("kept",)]
                tables = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
                extensions = conn.execute("SELECT extname FROM pg_extension ORDER BY 1").fetchall()
            assert tables == [("lab_results",)]
            assert extensions == [("plpgsql",)]
            with admin(pg_url) as conn:
                # Refused before anything was made: not even the role.
                assert conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone() is None


def test_an_empty_database_that_exists_is_taken_over(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with scratch_names(pg_url) as (_, role), empty_database(pg_url) as url:
        name = url.rsplit("/", 1)[1]
        assert init(monkeypatch, pg_url, "--database", name, "--role", role) == 0
        assert f"database {name}: already there" in capsys.readouterr().out
        with Store.open(url, create=False) as store:
            assert store.has_accounts()


def test_refusals_in_words_change_nothing(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with scratch_names(pg_url) as (database, role):
        # A short administrator password: refused before the role or the database exist.
        assert init(monkeypatch, pg_url, "--database", database, "--role", role, stdin="short\n") == 1
        assert "at least 8 characters" in capsys.readouterr().err
        assert init(monkeypatch, pg_url, "--database", database, "--network", "the ward") == 1
        assert "--network: 'the ward' is not a network such as 192.168.1.0/24" in capsys.readouterr().err
        with admin(pg_url) as conn:
            assert conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone() is None
            assert conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone() is None
    # A server that is not there, and a login that is not a superuser.
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["server", "init", "--admin-url", "postgresql://postgres@127.0.0.1:1/postgres"]) == 1
    err = capsys.readouterr().err
    assert "cannot connect to PostgreSQL" in err and "nothing was changed" in err and "Traceback" not in err
    with scratch_names(pg_url) as (database, role):
        assert init(monkeypatch, pg_url, "--database", database, "--role", role) == 0
        capsys.readouterr()
        workstation = server(pg_url).url(database, user=role)
        assert main(["server", "init", "--admin-url", workstation]) == 1
        assert f"the PostgreSQL account {role!r} is not a superuser" in capsys.readouterr().err


def test_a_run_that_stopped_half_way_is_finished_with_a_new_role_password(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The role exists (an earlier run stopped before it printed the password): the next run finishes the
    set-up and shows a new password, which is the role's."""
    from aml_desktop.store import server_admin

    with scratch_names(pg_url) as (database, role):
        with admin(pg_url) as conn:
            server_admin.create_role(conn, role, "lost-before-it-was-shown")
        assert init(monkeypatch, pg_url, "--database", database, "--role", role) == 0
        out = capsys.readouterr().out
        assert f"role {role}: already there" in out and f"database {database}: created" in out
        password = re.search(r"shown only this once.*\n\s+(\S+)", out)
        assert password is not None
        with admin(pg_url) as conn:
            stored = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", [role]).fetchone()[0]
        assert scram_matches(stored, password.group(1)) and not scram_matches(stored, "lost-before-it-was-shown")
