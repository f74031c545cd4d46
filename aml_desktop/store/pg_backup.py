"""Backups of a clinic on a PostgreSQL server: ``pg_dump`` custom-format archives, verified, and their restore.

A backup is one consistent snapshot even while workstations write: the rows of every table are
counted in a repeatable-read transaction, the snapshot is exported and ``pg_dump --snapshot`` dumps
exactly that state. The archive is then read back (``pg_restore``) and its rows counted table by
table; only when every count matches is the ``.partial`` file renamed to the name asked for.

A restore is all-or-nothing: ``pg_restore`` turns the archive into SQL (without the extensions and
the schema, which belong to the server's superuser), and that SQL runs in ONE transaction on the
clinic's database, after dropping the clinic's current tables in that same transaction. The rows
restored are counted against the archive before the commit; any failure rolls everything back and
the clinic is as it was. A dump of the database as it was is written first, beside the backup.

The tools are found like ``scripts/pg_test_cluster.sh`` finds the server: ``pg_config --bindir``,
the newest ``/usr/lib/postgresql/*/bin``, the Windows installer's ``Program Files\\PostgreSQL\\*\\bin``,
then ``PATH``; their absence is said in words (which package to install).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aml_desktop.engine.sentences import Listing, say

from .errors import StoreError

if TYPE_CHECKING:
    import psycopg

# Tables whose presence marks an archive as an AML Desktop clinic (not some other database's dump).
CLINIC_TABLES = ("patients", "audit_log", "clinic_settings")
# TOC entries a restore leaves out: the server's superuser set these up (server init), not the clinic's role.
_SKIPPED_ENTRIES = re.compile(
    r"^\s*\d+;\s+\d+\s+\d+\s+(EXTENSION|COMMENT - EXTENSION|SCHEMA|COMMENT - SCHEMA|ACL - SCHEMA|DATABASE"
    r"|COMMENT - DATABASE)\s"
)
_TABLE_DATA = re.compile(r"^\s*\d+;\s+\d+\s+\d+\s+TABLE DATA\s+(\S+)\s+(\S+)\s")
_COPY = re.compile(r"^COPY\s+(?:(\"?[\w]+\"?)\.)?(\"?[\w]+\"?)\s.*FROM stdin;$")
TOOL_HINT = (
    "{tool} is not installed on this computer: Debian/Ubuntu: apt-get install postgresql-client; Windows: the "
    "PostgreSQL installer's 'Command Line Tools'; or put the folder holding {tool} on PATH"
)


@dataclass(frozen=True)
class ServerBackupReport:
    """A verified archive: where, how big, the rows of each table it holds, when the snapshot was taken."""

    path: Path
    bytes: int
    rows: dict[str, int]
    taken_at: str

    @property
    def integrity(self) -> str:
        total = sum(self.rows.values())
        return f"ok ({len(self.rows)} tables, {total:,} rows read back and counted)"


@dataclass(frozen=True)
class ServerRestoreReport:
    backup: Path
    safety: Path
    rows: dict[str, int]
    # The newest entry of the trail the restore replaced (its restore entry names it, see audit_chain).
    replaced_end: tuple[int, str] | None = None


# --- the tools --------------------------------------------------------------------------------------------


def _candidates() -> Iterator[Path]:
    config = shutil.which("pg_config")
    if config:
        try:
            out = subprocess.run([config, "--bindir"], capture_output=True, text=True, timeout=10, check=False)
            if out.returncode == 0 and out.stdout.strip():
                yield Path(out.stdout.strip())
        except (OSError, subprocess.SubprocessError):
            pass
    roots = [Path("/usr/lib/postgresql")]
    if sys.platform == "win32":
        roots = [
            Path(os.environ.get(v, "")) / "PostgreSQL" for v in ("ProgramFiles", "ProgramW6432") if v in os.environ
        ]
    for root in roots:
        if root.is_dir():
            versions = [p for p in root.iterdir() if (p / "bin").is_dir()]
            for folder in sorted(versions, key=lambda p: _version_key(p.name), reverse=True):
                yield folder / "bin"


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", name)) or (0,)


def find_tool(name: str) -> Path:
    """The newest ``pg_dump`` or ``pg_restore`` on this computer (it must be at least the server's version)."""
    exe = f"{name}.exe" if sys.platform == "win32" else name
    for folder in _candidates():
        if (folder / exe).is_file():
            return folder / exe
    found = shutil.which(name)
    if found:
        return Path(found)
    raise StoreError(TOOL_HINT.format(tool=name))


def _env(password: str | None) -> dict[str, str]:
    env = dict(os.environ)
    if password is not None:
        env["PGPASSWORD"] = password
    return env


def _tool_failed(tool: str, stderr: str) -> StoreError:
    lines = [line.strip() for line in stderr.strip().splitlines() if line.strip()]
    text = "; ".join(lines[:3]) or "no message"
    if "server version mismatch" in text:
        return StoreError(
            say(
                "{tool} on this computer is older than the server ({text}): install the PostgreSQL client "
                "tools of the server's version",
                tool=tool,
                text=text,
            )
        )
    return StoreError(say("{tool} failed: {text}", tool=tool, text=text))


# --- backup -----------------------------------------------------------------------------------------------


def _connect(url: str, password: str | None) -> psycopg.Connection[Any]:
    """An autocommit connection with the store's password handling (URL, PGPASSWORD, ~/.pgpass, the prompt)."""
    from .pg.connection import connect_raw, set_password

    if password is not None:
        set_password(url, password)
    return connect_raw(url)


def _password(url: str, given: str | None) -> str | None:
    """The password for the tools (PGPASSWORD): the one given, or the one typed earlier in this process."""
    from .pg.connection import password_for

    return given if given is not None else password_for(url)


def _tables(conn: psycopg.Connection[Any]) -> list[str]:
    """The clinic's own tables (schema public, not those of an extension)."""
    rows = conn.execute(
        """SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                             AND d.objid = c.oid AND d.deptype = 'e')
           ORDER BY 1"""
    ).fetchall()
    return [str(r[0]) for r in rows]


def count_rows(conn: psycopg.Connection[Any]) -> dict[str, int]:
    from psycopg import sql

    counts = {}
    for table in _tables(conn):
        row = conn.execute(sql.SQL("SELECT count(*) FROM public.{}").format(sql.Identifier(table))).fetchone()
        counts[table] = int(row[0]) if row else 0
    return counts


def dump_database(url: str, output: Path | str, *, password: str | None = None) -> ServerBackupReport:
    """Write a verified ``pg_dump -Fc`` archive of the clinic at ``url`` to ``output``."""
    target = Path(output)
    if not target.parent.is_dir():
        raise StoreError(say("the folder {parent} does not exist: no backup was written", parent=target.parent))
    pg_dump = find_tool("pg_dump")
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with _connect(url, password) as conn:
            conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            snapshot = str(conn.execute("SELECT pg_export_snapshot()").fetchone()[0])  # type: ignore[index]
            counts = count_rows(conn)
            missing = [t for t in CLINIC_TABLES if t not in counts]
            if missing:
                raise StoreError(
                    say(
                        "{shown} is not an AML Desktop clinic (no {tables} table)",
                        shown=shown_url(url),
                        tables=Listing(tuple(missing), ", "),
                    )
                )
            taken_at = datetime.now(UTC).isoformat(timespec="seconds")
            done = subprocess.run(
                [str(pg_dump), "--format=custom", f"--snapshot={snapshot}", f"--file={partial}", f"--dbname={url}"],
                capture_output=True,
                text=True,
                env=_env(_password(url, password)),
                check=False,
            )
            conn.execute("ROLLBACK")
        if done.returncode != 0:
            raise _tool_failed("pg_dump", done.stderr)
        found = archive_rows(partial)
        differ = {t: (n, found.get(t)) for t, n in counts.items() if found.get(t) != n}
        if differ:
            words = ", ".join(f"{t}: {n} in the database, {f} in the archive" for t, (n, f) in sorted(differ.items()))
            raise StoreError(say("the archive does not hold what the database held ({words})", words=words))
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except OSError as error:
        raise StoreError(
            say("cannot write {target}: {error}", target=target, error=str(error.strerror or error))
        ) from None
    finally:
        partial.unlink(missing_ok=True)
    return ServerBackupReport(target, target.stat().st_size, counts, taken_at)


def shown_url(url: str) -> str:
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    user, _, host = parts.netloc.rpartition("@")
    return urlunsplit(parts._replace(netloc=f"{user.split(':', 1)[0]}:***@{host}"))


# --- reading an archive -----------------------------------------------------------------------------------


def archive_list(path: Path) -> list[str]:
    """The archive's table of contents (``pg_restore --list``); refused when it is not a pg_dump archive."""
    done = subprocess.run(
        [str(find_tool("pg_restore")), "--list", str(path)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise StoreError(
            say(
                "{path} is not a PostgreSQL backup made by 'aml-desktop backup' ({first})",
                path=path,
                first=_first(done.stderr),
            )
        )
    return done.stdout.splitlines()


def _first(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0] if lines else "no message"


def _script(path: Path, entries: list[str] | None = None) -> Iterator[str]:
    """The archive as SQL lines (``pg_restore -f -``), restricted to ``entries`` when given."""
    args = [str(find_tool("pg_restore")), "--no-owner", "--no-privileges", "--file=-"]
    listing = None
    if entries is not None:
        listing = path.with_name(path.name + ".restore-list")
        listing.write_text("\n".join(entries) + "\n", encoding="utf-8")
        args.append(f"--use-list={listing}")
    args.append(str(path))
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    try:
        assert process.stdout is not None
        yield from process.stdout
        stderr = process.stderr.read() if process.stderr else ""
        if process.wait() != 0:
            raise _tool_failed("pg_restore", stderr)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
        if listing is not None:
            listing.unlink(missing_ok=True)


def _name(text: str | None) -> str:
    return (text or "").strip('"')


def archive_rows(path: Path) -> dict[str, int]:
    """Rows of each table in the archive, counted by reading its data back."""
    counts: dict[str, int] = {}
    _walk(_script(path), on_sql=None, on_copy=lambda table, lines: counts.__setitem__(table, sum(1 for _ in lines)))
    return counts


def _walk(
    lines: Iterator[str],
    on_sql: Callable[[str], None] | None,
    on_copy: Callable[[str, Iterator[str]], None],
    copy_statements: list[str] | None = None,
) -> None:
    """Split a pg_restore script into SQL chunks and COPY blocks (one data line per row)."""
    chunk: list[str] = []
    for line in lines:
        match = _COPY.match(line.rstrip("\n"))
        if match is None:
            if line.startswith("\\") and not line.startswith("\\."):
                continue  # psql meta-commands (\restrict, \unrestrict): not SQL
            chunk.append(line)
            continue
        if on_sql is not None and "".join(chunk).strip():
            on_sql("".join(chunk))
        chunk = []
        if copy_statements is not None:
            copy_statements.append(line.rstrip("\n").removesuffix(";"))
        on_copy(_name(match.group(2)), _copy_lines(lines))
    if on_sql is not None and "".join(chunk).strip():
        on_sql("".join(chunk))


def _copy_lines(lines: Iterator[str]) -> Iterator[str]:
    for line in lines:
        if line.rstrip("\n") == "\\.":
            return
        yield line


def check_archive(path: Path | str) -> list[str]:
    """The archive's entries to restore (without the superuser's parts); refused when it is not a clinic."""
    backup = Path(path)
    if not backup.is_file():
        raise StoreError(say("{backup} does not exist", backup=backup))
    entries = archive_list(backup)
    data = {_name(m.group(2)) for line in entries if (m := _TABLE_DATA.match(line)) and _name(m.group(1)) == "public"}
    missing = [t for t in CLINIC_TABLES if t not in data]
    if missing:
        raise StoreError(
            say(
                "{backup} is not a backup of an AML Desktop clinic (it has no {tables} table)",
                backup=backup,
                tables=Listing(tuple(missing), ", "),
            )
        )
    return [line for line in entries if not _SKIPPED_ENTRIES.match(line)]


# --- restore ----------------------------------------------------------------------------------------------


def _drop_statements(conn: psycopg.Connection[Any]) -> list[str]:
    """DROP statements for everything the clinic's role put in schema public (not the extensions' objects)."""
    rows = conn.execute(
        """
        SELECT format('DROP %s IF EXISTS public.%I CASCADE',
                      CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                     WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, c.relname)
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                          AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
        UNION ALL
        SELECT format('DROP ROUTINE IF EXISTS %s CASCADE', p.oid::regprocedure)
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public'
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                          AND d.objid = p.oid AND d.deptype = 'e')
        UNION ALL
        SELECT format('DROP TYPE IF EXISTS public.%I CASCADE', t.typname)
        FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd')
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                          AND d.objid = t.oid AND d.deptype = 'e')
        """
    ).fetchall()
    return [str(r[0]) for r in rows]


def _check_revision(conn: psycopg.Connection[Any]) -> None:
    """Refuse, before the restore commits, an archive made by a newer AML Desktop (this one could not open it)."""
    from .pg.migrate import REVISIONS

    row = conn.execute("SELECT version_num FROM public.alembic_version").fetchone() if _has_alembic(conn) else None
    revision = str(row[0]) if row else None
    if revision is None or revision not in REVISIONS:
        raise StoreError(
            say(
                "the backup was made by a newer version of AML Desktop (schema {revision}): install that "
                "version to restore it",
                revision=revision or "unknown",
            )
        )


def _has_alembic(conn: psycopg.Connection[Any]) -> bool:
    row = conn.execute("SELECT to_regclass('public.alembic_version')").fetchone()
    return row is not None and row[0] is not None


def restore_archive(
    url: str,
    backup: Path | str,
    *,
    password: str | None = None,
    lock_wait_seconds: float = 30,
) -> ServerRestoreReport:
    """Replace the clinic at ``url`` with the archive ``backup``, all or nothing (see the module docstring).

    A dump of the clinic as it was is written first beside the backup (``…before-restore-….dump``).
    """
    path = Path(backup)
    entries = check_archive(path)
    expected = archive_rows(path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    safety = path.with_name(f"{path.stem}.before-restore-{stamp}.dump")
    dump_database(url, safety, password=password)
    with _connect(url, password) as conn:
        try:
            with conn.transaction():
                conn.execute(f"SET LOCAL lock_timeout = '{int(lock_wait_seconds * 1000)}ms'")
                replaced_end = trail_end(conn)
                for statement in _drop_statements(conn):
                    conn.execute(statement)
                cursor = conn.cursor()

                def run_sql(text: str) -> None:
                    cursor.execute(text.encode())

                def run_copy(table: str, lines: Iterator[str]) -> None:
                    with cursor.copy(statements[-1]) as copy:
                        for line in lines:
                            copy.write(line.encode())

                statements: list[str] = []
                _walk(_script(path, entries), on_sql=run_sql, on_copy=run_copy, copy_statements=statements)
                conn.execute("SELECT pg_catalog.set_config('search_path', 'public', true)")
                _check_revision(conn)
                found = count_rows(conn)
                differ = sorted(t for t in expected if found.get(t) != expected[t])
                if differ:
                    raise StoreError(
                        say("the restored tables do not match the backup ({items})", items=Listing(tuple(differ), ", "))
                    )
        except StoreError as error:
            raise StoreError(say("nothing was restored: {error}; the clinic is as it was", error=error)) from None
        except Exception as error:  # psycopg's errors: the transaction rolled back
            from .server_admin import first_line

            raise StoreError(
                say(
                    "nothing was restored ({first_line}); the clinic is as it was, and a copy of it is in {safety}",
                    first_line=first_line(error),
                    safety=safety,
                )
            ) from None
    return ServerRestoreReport(path, safety, expected, replaced_end)


def trail_end(conn: psycopg.Connection[Any]) -> tuple[int, str] | None:
    """The newest sealed entry of the clinic's trail on the server (None for a database without one yet)."""
    import psycopg

    try:
        with conn.transaction():  # a savepoint: a database that has no trail table leaves the caller's work going
            row = conn.execute(
                "SELECT id, entry_hash FROM audit_log WHERE entry_hash IS NOT NULL ORDER BY id DESC LIMIT 1"
            ).fetchone()
    except psycopg.errors.UndefinedTable:
        return None
    return (int(row[0]), str(row[1])) if row else None
