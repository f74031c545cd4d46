"""Reaching a test clinic from outside the application, on either engine (as a person with the file or
with psql and the database's password would)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from aml_desktop.store.location import server_url


def is_server(location: Path | str) -> bool:
    return server_url(location) is not None


def raw_connect(location: Path | str) -> Any:
    """A plain DB-API connection in autocommit: ``sqlite3`` for a file, psycopg for a URL (``?`` works on both:
    the psycopg one is given SQLite-style statements through the store's translation)."""
    if is_server(location):
        from aml_desktop.store.pg.connection import connect

        return connect(str(location))
    return sqlite3.connect(str(location), isolation_level=None)


def raw_errors() -> tuple[type[BaseException], ...]:
    """What a refused statement raises on either engine (the store's psycopg errors arrive as sqlite3's)."""
    import psycopg

    return (sqlite3.Error, psycopg.Error)


def all_text(location: Path | str) -> bytes:
    """Every byte a clinic keeps: the files of a SQLite clinic's folder, or every row of every table on a server."""
    if not is_server(location):
        path = Path(location)
        return b"".join(p.read_bytes() for p in path.parent.iterdir() if p.is_file())
    conn = raw_connect(location)
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            ).fetchall()
        ]
        return b"".join(repr(conn.execute(f'SELECT * FROM "{table}"').fetchall()).encode() for table in tables)
    finally:
        conn.close()
