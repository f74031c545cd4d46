"""Where a clinic lives: a SQLite file (a path, the default) or a PostgreSQL server (a URL).

Standard library only, so telling the two apart costs nothing at launch: psycopg, SQLAlchemy and
Alembic are imported only once a ``postgresql://`` URL is opened (see ``store.pg``).

A server clinic has no file beside it, so the few things the store keeps next to a file live for a
server in this workstation's application-data folder, in a folder named after the URL (without any
password): the audit trail's head anchor (``<anchor>.audit-head``) and the writer note. The
logged-in session of this process is keyed by the same anchor path. See docs/server-store.md.
"""

from __future__ import annotations

import re
from pathlib import Path

SCHEMES = ("postgresql", "postgres")
_MANGLED = re.compile(r"^(postgresql|postgres):/(?!/)")


def server_url(value: str | Path | None) -> str | None:
    """The PostgreSQL URL ``value`` names, or None for a file path.

    ``--db`` is parsed as a path by the command line, which folds ``//`` into ``/``: such a value is
    given back as the URL the user typed."""
    if value is None:
        return None
    text = str(value).strip()
    text = _MANGLED.sub(lambda m: f"{m.group(1)}://", text)
    scheme = text.split(":", 1)[0].lower()
    if scheme in SCHEMES and text[len(scheme) :].startswith("://"):
        return text
    return None


def is_server(value: str | Path | None) -> bool:
    return server_url(value) is not None


def shown(url: str) -> str:
    """The URL as it may be printed: any password in it replaced by ``***``."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = netloc[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc[1]}"))


def anchor_path(url: str) -> Path:
    """This workstation's stand-in path for a server clinic (never a database file itself).

    ``<data>/servers/<host>_<port>_<db>-<hash>/clinic``: the audit head anchor and the session use it
    as they use the database's path for a file."""
    import hashlib
    from urllib.parse import urlsplit

    from aml_desktop.paths import data_dir

    parts = urlsplit(shown(url))
    key = f"{parts.hostname or 'local'}_{parts.port or 5432}_{parts.path.strip('/') or 'postgres'}"
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "-", key)
    digest = hashlib.sha256(shown(url).encode()).hexdigest()[:8]
    return data_dir() / "servers" / f"{safe}-{digest}" / "clinic"


class Backend:
    """The engine of an open store: ``store.backend.name`` is ``"sqlite"`` or ``"postgresql"``."""

    SQLITE: Backend
    POSTGRESQL: Backend

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Backend({self.name!r})"


Backend.SQLITE = Backend("sqlite")
Backend.POSTGRESQL = Backend("postgresql")
