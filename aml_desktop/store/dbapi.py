"""The connection the store's shared code talks to: a ``sqlite3`` connection or the PostgreSQL one.

Both offer these few methods (``store.pg.connection.PgConnection`` presents psycopg this way), so the
repository, the audit chain and the settings code are written once. Code about the SQLite file itself
(pragmas, the backup API, SQLCipher) keeps ``sqlite3.Connection``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol


class Cursor(Protocol):
    @property
    def description(self) -> Any: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Any: ...

    @property
    def in_transaction(self) -> bool: ...

    def close(self) -> None: ...
