"""The window keeps SQLite's page caches small (the OS caches the file): memory stays near an empty window's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from aml_desktop.store import Store
from aml_desktop.store import connection as store_connection


@pytest.fixture
def default_cache() -> Iterator[None]:
    yield
    store_connection.set_page_cache(None)


def test_connections_opened_by_the_window_use_the_small_page_cache(
    qtbot: Any, tmp_path: Path, default_cache: None
) -> None:
    from PySide6.QtWidgets import QApplication

    from aml_desktop.gui.app import WINDOW_PAGE_CACHE_KIB, configure_application

    with Store.open(tmp_path / "before.sqlite3") as store:
        assert store._conn.execute("PRAGMA cache_size").fetchone()[0] == -2000  # SQLite's default
    configure_application(QApplication.instance())
    with Store.open(tmp_path / "clinic.sqlite3") as store:
        assert store._conn.execute("PRAGMA cache_size").fetchone()[0] == -WINDOW_PAGE_CACHE_KIB
