"""Helpers for tests on the throw-away PostgreSQL server (the session's ``pg_url``): fresh databases and roles."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit


@dataclass(frozen=True)
class Server:
    admin_url: str  # the superuser, database postgres
    host: str
    port: int

    def url(self, database: str, user: str = "postgres") -> str:
        return f"postgresql://{user}@{self.host}:{self.port}/{database}"


def server(pg_url: str) -> Server:
    parts = urlsplit(pg_url)
    return Server(pg_url, parts.hostname or "127.0.0.1", parts.port or 5432)


def admin(pg_url: str) -> Any:
    import psycopg

    return psycopg.connect(pg_url, autocommit=True)


def unique(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(4)}"


@contextmanager
def scratch_names(pg_url: str) -> Iterator[tuple[str, str]]:
    """A database name and a role name nobody uses; both dropped afterwards."""
    database, role = unique("aml_t"), unique("aml_r")
    try:
        yield database, role
    finally:
        drop(pg_url, database, role)


def drop(pg_url: str, database: str, role: str | None = None) -> None:
    with admin(pg_url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        if role:
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')


@contextmanager
def empty_database(pg_url: str, owner: str = "postgres") -> Iterator[str]:
    """A new, empty database (its URL, as the superuser); dropped afterwards."""
    name = unique("aml_db")
    with admin(pg_url) as conn:
        conn.execute(f'CREATE DATABASE "{name}" OWNER "{owner}"')
    parts = urlsplit(pg_url)
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        drop(pg_url, name)
