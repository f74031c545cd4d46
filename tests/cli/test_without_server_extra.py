"""Installed without the ``server`` extra (psycopg absent), a server URL is refused in words, never a traceback."""

from __future__ import annotations

import sys

import pytest

from aml_desktop.cli.main import main
from aml_desktop.store.errors import SERVER_EXTRA_MISSING

URL = "postgresql://aml_desktop@192.0.2.10:5432/aml_desktop"  # never reached: nothing is connected


@pytest.fixture
def without_psycopg(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg raises ImportError
    # The store's server package imported afresh (its attributes too), as in a process that never had psycopg.
    for name in [n for n in sys.modules if n == "aml_desktop.store.pg" or n.startswith("aml_desktop.store.pg.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.delattr("aml_desktop.store.pg", raising=False)


@pytest.mark.usefixtures("without_psycopg")
@pytest.mark.parametrize("command", [["list"], ["audit", "verify"], ["recommend", "--patient", "DT-1"]])
def test_a_server_url_says_the_server_extra_is_missing(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", URL, "--user", "admin", *command])
    err = capsys.readouterr().err
    assert code != 0
    assert SERVER_EXTRA_MISSING in err
    assert "Traceback" not in err


@pytest.mark.usefixtures("without_psycopg")
def test_server_init_says_the_server_extra_is_missing(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["server", "init", "--admin-url", URL])
    assert code != 0
    assert SERVER_EXTRA_MISSING in capsys.readouterr().err
