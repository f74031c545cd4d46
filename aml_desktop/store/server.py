"""What the rest of the application needs to know about a clinic on a PostgreSQL server.

A thin, stable façade (docs/server-store.md): nothing here imports psycopg, SQLAlchemy or Alembic
until a function that needs the server is called, so importing it costs nothing at launch.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .location import anchor_path, is_server, server_url, shown

if TYPE_CHECKING:
    from .pg.migrate import DatabaseState


def set_password_provider(provider: Callable[[str], str | None] | None) -> None:
    """Who to ask for a server password when PGPASSWORD and ~/.pgpass give none: ``provider(url shown)``
    returns the password typed (None: the user gave none). The window and the terminal each set one."""
    from .pg.connection import set_password_provider as setter

    setter(provider)


def set_password(url: str, password: str | None) -> None:
    """The password for ``url`` in this process (None forgets it); never written anywhere."""
    from .pg.connection import set_password as setter

    setter(url, password)


def database_state(url: str) -> DatabaseState:
    """Whether the database at ``url`` is EMPTY, OURS, NEWER (made by a newer version) or FOREIGN. Reads only."""
    from .pg.connection import connect
    from .pg.migrate import database_state as state

    conn = connect(url)
    try:
        return state(conn)[0]
    finally:
        conn.close()


def init_database(url: str) -> bool:
    """Build the clinic's schema in the database at ``url``; True when it was empty and now holds a clinic.

    A database that is already ours is only brought up to date (False). One that is not ours and not
    empty, or was made by a newer version, is refused with :class:`StoreError`, untouched."""
    from .repository import Store

    with Store.open(url, create=True) as store:
        return store.created


def connect(url: str) -> Any:
    """A plain psycopg connection (autocommit) to ``url`` with the store's password handling: for
    ``LISTEN``/``NOTIFY``, ``pg_dump`` helpers and administration. The caller closes it."""
    from .pg.connection import connect_raw

    return connect_raw(url)


__all__ = [
    "anchor_path",
    "connect",
    "database_state",
    "init_database",
    "is_server",
    "server_url",
    "set_password",
    "set_password_provider",
    "shown",
]
