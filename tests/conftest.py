"""Test-wide safety: Qt draws offscreen and no test can touch real clinic data."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Deterministic property tests: the same examples on every run and every machine, so CI
# never turns red by chance. Set HYPOTHESIS_PROFILE=explore to search with fresh seeds.
settings.register_profile("deterministic", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Redirect the application-data folder before anything imports the app.
_SESSION_DATA = Path(tempfile.mkdtemp(prefix="aml-desktop-test-"))
os.environ["AML_DESKTOP_DATA_DIR"] = str(_SESSION_DATA)
os.environ["XDG_CONFIG_HOME"] = str(_SESSION_DATA / "config")
os.environ["XDG_DATA_HOME"] = str(_SESSION_DATA / "data")

FIXTURES = Path(__file__).parent / "fixtures"
CASES = FIXTURES / "cases"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own application-data folder."""
    folder = tmp_path / "appdata"
    folder.mkdir()
    monkeypatch.setenv("AML_DESKTOP_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def case_path() -> callable:
    """Path of a fixture case file by its stem, e.g. ``case_path('patient1-early-relapse')``."""

    def get(name: str) -> Path:
        return CASES / f"{name}.json"

    return get


@pytest.fixture(autouse=True)
def _cheap_password_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id at its lowest cost in tests (the stored hash names its parameters, so checks still work)."""
    from aml_desktop.store import accounts

    monkeypatch.setattr(accounts, "HASH_COST", {"time_cost": 1, "memory_cost": 8, "parallelism": 1})
    monkeypatch.delenv("AML_DESKTOP_PASSWORD", raising=False)


def _free_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def pg_url(tmp_path_factory: pytest.TempPathFactory) -> object:
    """URL of a throw-away PostgreSQL server (superuser ``postgres``) for this test session.

    ``AML_TEST_PG_URL`` points at one already running; otherwise ``scripts/pg_test_cluster.sh``
    starts a private cluster on a free local port and removes it at the end. Without PostgreSQL's
    server binaries the test is skipped on a developer's machine but fails under ``CI``: the
    store must be proven on both engines there.
    """
    import shutil
    import subprocess

    given = os.environ.get("AML_TEST_PG_URL")
    if given:
        yield given
        return
    if os.environ.get("AML_TEST_PG") == "0":
        pytest.skip("PostgreSQL tests switched off (AML_TEST_PG=0)")
    script = Path(__file__).parent.parent / "scripts" / "pg_test_cluster.sh"
    folder = Path(tempfile.mkdtemp(prefix="aml-pg-"))
    shutil.rmtree(folder)  # the script makes it, owned by the cluster's user
    env = {**os.environ, "AML_PG_DIR": str(folder), "AML_PG_PORT": str(_free_port())}
    started = subprocess.run(["bash", str(script), "start"], env=env, capture_output=True, text=True, check=False)
    if started.returncode == 3 and not os.environ.get("CI"):
        pytest.skip("PostgreSQL server binaries are not installed (apt-get install postgresql)")
    if started.returncode != 0:
        pytest.fail(f"the test PostgreSQL cluster did not start:\n{started.stderr}")
    try:
        yield started.stdout.strip()
    finally:
        subprocess.run(["bash", str(script), "stop"], env=env, capture_output=True, check=False)


# --- PostgreSQL: one fresh database per test, copied from a template the migrations built once ---------------

# Per test session: two sessions sharing one server (AML_TEST_PG_URL) never touch each other's template.
_PG_TEMPLATE = f"aml_template_{os.getpid()}"


def _admin_url(url: str, database: str) -> str:
    from urllib.parse import urlsplit, urlunsplit

    return urlunsplit(urlsplit(url)._replace(path=f"/{database}"))


@pytest.fixture(scope="session")
def pg_template(pg_url: str) -> Iterator[str]:
    """The name of a template database holding an empty, migrated clinic (copied per test: fast)."""
    import psycopg

    from aml_desktop.store import Store

    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {_PG_TEMPLATE} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {_PG_TEMPLATE}")
    Store.open(_admin_url(pg_url, _PG_TEMPLATE), create=True).close()
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute(f"ALTER DATABASE {_PG_TEMPLATE} WITH ALLOW_CONNECTIONS false")
    yield _PG_TEMPLATE
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {_PG_TEMPLATE} WITH (FORCE)")


_pg_counter = iter(range(1, 1_000_000))


def _throwaway_database(pg_url: str, template: str | None = None) -> Iterator[str]:
    """A new database (a copy of ``template`` when given) for one test, dropped after it."""
    import psycopg

    name = f"aml_test_{os.getpid()}_{next(_pg_counter)}"
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
    try:
        yield _admin_url(pg_url, name)
    finally:
        with psycopg.connect(pg_url, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_empty_database(pg_url: str) -> Iterator[str]:
    """The URL of a new, empty database (no schema), dropped after the test."""
    yield from _throwaway_database(pg_url)


@pytest.fixture
def pg_database(pg_url: str, pg_template: str) -> Iterator[str]:
    """The URL of a new database holding an empty, migrated clinic (a copy of the template), dropped after."""
    yield from _throwaway_database(pg_url, pg_template)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``sqlite_only`` (about the SQLite file itself) are not collected for PostgreSQL."""
    kept, dropped = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_server = callspec is not None and callspec.params.get("engine") == "postgresql"
        (dropped if on_server and item.get_closest_marker("sqlite_only") else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture
def password_role(pg_url: str, pg_empty_database: str) -> Iterator[str]:
    """A role that must give its password (scram) on this test cluster, owning a new clinic database."""
    import os

    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as admin:
        row = admin.execute("SHOW hba_file").fetchone()
        hba = Path(str(row[0] if row else ""))
        if not os.access(hba, os.W_OK):
            pytest.skip("the test server's pg_hba.conf cannot be changed from here")
        admin.execute("DROP ROLE IF EXISTS aml_pw_test")
        admin.execute("CREATE ROLE aml_pw_test LOGIN PASSWORD 'Ward-Pa55-word'")
        database = pg_empty_database.rsplit("/", 1)[1]
        admin.execute(f"ALTER DATABASE {database} OWNER TO aml_pw_test")
        original = hba.read_text()
        hba.write_text("host all aml_pw_test 127.0.0.1/32 scram-sha-256\n" + original)
        admin.execute("SELECT pg_reload_conf()")
        try:
            yield pg_empty_database.replace("//postgres@", "//aml_pw_test@", 1)
        finally:
            hba.write_text(original)
            admin.execute("SELECT pg_reload_conf()")
