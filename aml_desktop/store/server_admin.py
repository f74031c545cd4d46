"""Setting up a clinic's PostgreSQL server, as its superuser: the role, the database, the extensions.

``aml-desktop server init`` works through these functions. They never touch a database that holds
anything but what AML Desktop put there: a database is created, or taken over only when it is
empty, or recognised as ours by the comment ``server init`` writes on it (and then only what is
missing is added). The application role is a plain login role (no superuser, no CREATEDB); its
password is hashed with SCRAM-SHA-256 on this computer, so the clear text never reaches the
server's logs. Nothing here edits ``pg_hba.conf`` or the firewall: it reads what the server allows
and says, word for word, what the ward's IT person must add.

psycopg is imported inside the functions: a laptop on SQLite never loads it.
"""

from __future__ import annotations

import ipaddress
import secrets
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .errors import SERVER_EXTRA_MISSING, StoreError

if TYPE_CHECKING:
    import psycopg

# Written on the database by ``server init``: how a later run (and migrate-to) knows the database is ours.
MARKER = "AML Desktop clinic database (made by aml-desktop server init)"
DEFAULT_DATABASE = "aml_desktop"
DEFAULT_ROLE = "aml_desktop"
DEFAULT_PORT = 5432
# pg_trgm: the patient search as one types (substrings by trigram); citext: account names in any case.
# Both are trusted extensions (PostgreSQL 13+), shipped with the server package on Debian/Ubuntu and with
# the EDB installer. Enabled here as the superuser, so the schema's migrations find them.
EXTENSIONS = ("pg_trgm", "citext")
# Objects a database has before anyone uses it, and extensions AML Desktop itself enables.
_BUILT_IN_EXTENSIONS = frozenset({"plpgsql", *EXTENSIONS})
_SYSTEM_SCHEMAS = ("pg_catalog", "information_schema", "pg_toast")


class ServerAdminError(StoreError):
    """The server cannot be set up as asked; the message says what to do and that nothing was changed."""


@dataclass(frozen=True)
class DatabaseState:
    """What a database on the server holds, as seen before anything is changed."""

    exists: bool
    ours: bool = False
    owner: str = ""
    # A few of the objects found in a database that is not ours (empty when it is empty).
    foreign_objects: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return self.exists and not self.ours and not self.foreign_objects


@dataclass(frozen=True)
class RoleState:
    exists: bool
    superuser: bool = False
    can_login: bool = False


@dataclass(frozen=True)
class NetworkAccess:
    """What the server lets in from the workstations' network, and what is still to open."""

    network: str
    hba_file: str
    hba_line: str
    hba_allows: bool
    hba_found: str  # the rule that matches today, in words ("" when none)
    config_file: str
    listen_addresses: str
    listens_on_network: bool
    ssl: bool
    port: int
    firewall: tuple[str, ...] = field(default_factory=tuple)


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError:
        raise ServerAdminError(SERVER_EXTRA_MISSING) from None
    return psycopg


def connect_admin(admin_url: str, *, dbname: str | None = None) -> psycopg.Connection[Any]:
    """An autocommit connection as a superuser (``admin_url``; empty: the local socket as this OS user).

    Refused, with what to do, when the server cannot be reached or the account is not a superuser.
    """
    psycopg = _psycopg()
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    try:
        given = conninfo_to_dict(admin_url) if admin_url else {}
    except psycopg.ProgrammingError as error:
        raise ServerAdminError(f"--admin-url: {first_line(error)}; nothing was changed") from None
    if dbname is not None or "dbname" not in given:
        given["dbname"] = dbname or "postgres"
    conninfo = make_conninfo("", **{k: str(v) for k, v in given.items() if v is not None})
    try:
        conn = psycopg.connect(conninfo, autocommit=True, connect_timeout=10)
    except psycopg.OperationalError as error:
        raise ServerAdminError(cannot_connect_words(error, admin=True)) from None
    row = conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()
    if not row or not row[0]:
        who = conn.info.user
        conn.close()
        raise ServerAdminError(
            f"the PostgreSQL account {who!r} is not a superuser: run the command as the postgres system user "
            "(sudo -u postgres aml-desktop server init ...) or give --admin-url with a superuser; nothing was changed"
        )
    return conn  # type: ignore[no-any-return]


def cannot_connect_words(error: BaseException, *, admin: bool = False) -> str:
    """Words for a connection PostgreSQL refused, naming what to do (never a traceback)."""
    text = first_line(error)
    lowered = text.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        advice = "check the password (PGPASSWORD, ~/.pgpass, or the prompt)"
    elif "peer authentication failed" in lowered or ("role" in lowered and "does not exist" in lowered):
        advice = (
            "run it as the postgres system user (sudo -u postgres aml-desktop server init ...) or give --admin-url"
            if admin
            else "check the user name in the URL"
        )
    elif "no pg_hba.conf entry" in lowered:
        advice = "the server does not let this computer in: add the pg_hba.conf line 'aml-desktop server init' printed"
    elif any(w in lowered for w in ("connection refused", "could not connect", "timeout", "no such file")):
        advice = (
            "is PostgreSQL installed and running on this machine (apt-get install postgresql)?"
            if admin
            else "is the server running, and is this computer on the hospital network?"
        )
    else:
        advice = "check the address, the port and the database name"
    return f"cannot connect to PostgreSQL ({text}): {advice}; nothing was changed"


def first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0].strip() if text else type(error).__name__


def role_state(conn: psycopg.Connection[Any], role: str) -> RoleState:
    row = conn.execute("SELECT rolsuper, rolcanlogin FROM pg_roles WHERE rolname = %s", [role]).fetchone()
    return RoleState(False) if row is None else RoleState(True, bool(row[0]), bool(row[1]))


def database_state(conn: psycopg.Connection[Any], admin_url: str, name: str) -> DatabaseState:
    """Missing, empty, ours (the marker comment) or foreign (what it holds), read without changing it."""
    row = conn.execute(
        "SELECT pg_get_userbyid(datdba), shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s",
        [name],
    ).fetchone()
    if row is None:
        return DatabaseState(exists=False)
    owner, comment = str(row[0]), row[1]
    if comment == MARKER:
        return DatabaseState(exists=True, ours=True, owner=owner)
    with connect_admin(admin_url, dbname=name) as inside:
        if _holds_our_schema(inside):
            return DatabaseState(exists=True, ours=True, owner=owner)
        found = _objects_in(inside)
    return DatabaseState(exists=True, owner=owner, foreign_objects=tuple(found))


def _holds_our_schema(conn: psycopg.Connection[Any]) -> bool:
    """True when the store built its schema here (``aml_desktop_meta`` carries our application id)."""
    from .schema import APPLICATION_ID

    if conn.execute("SELECT to_regclass('public.aml_desktop_meta')").fetchone() in (None, (None,)):
        return False
    row = conn.execute("SELECT application_id FROM public.aml_desktop_meta").fetchone()
    return row is not None and int(row[0]) == APPLICATION_ID


def _objects_in(conn: psycopg.Connection[Any]) -> list[str]:
    """Up to ten things a user put in the database: tables, views, sequences, functions, schemas, extensions."""
    system = list(_SYSTEM_SCHEMAS)
    query = """
        SELECT kind || ' ' || name FROM (
            SELECT 'table' AS kind, n.nspname || '.' || c.relname AS name
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND n.nspname <> ALL(%(system)s)
              AND n.nspname NOT LIKE 'pg_temp%%' AND n.nspname NOT LIKE 'pg_toast%%'
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                              AND d.objid = c.oid AND d.deptype = 'e')
            UNION ALL
            SELECT 'function', n.nspname || '.' || p.proname
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname <> ALL(%(system)s)
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                              AND d.objid = p.oid AND d.deptype = 'e')
            UNION ALL
            SELECT 'schema', nspname FROM pg_namespace
            WHERE nspname <> ALL(%(system)s) AND nspname <> 'public'
              AND nspname NOT LIKE 'pg_temp%%' AND nspname NOT LIKE 'pg_toast%%'
            UNION ALL
            SELECT 'extension', extname FROM pg_extension WHERE extname <> ALL(%(builtin)s)
        ) AS found ORDER BY 1 LIMIT 10
    """
    rows = conn.execute(query, {"system": system, "builtin": sorted(_BUILT_IN_EXTENSIONS)}).fetchall()
    return [str(r[0]) for r in rows]


def new_password() -> str:
    """A password for the application role: 24 letters and digits (about 143 bits), easy to copy."""
    alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(24))


def create_role(conn: psycopg.Connection[Any], role: str, password: str) -> None:
    """A plain login role whose password is hashed here (SCRAM-SHA-256): the clear text never travels."""
    from psycopg import sql

    verifier = conn.pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256").decode()
    conn.execute(
        sql.SQL("CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD {}").format(
            sql.Identifier(role), sql.Literal(verifier)
        )
    )


def set_role_password(conn: psycopg.Connection[Any], role: str, password: str) -> None:
    from psycopg import sql

    verifier = conn.pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256").decode()
    conn.execute(sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(role), sql.Literal(verifier)))


def create_database(conn: psycopg.Connection[Any], name: str, owner: str) -> None:
    """A UTF-8 database owned by the application role (from template0, so nothing else comes with it)."""
    from psycopg import sql

    conn.execute(
        sql.SQL("CREATE DATABASE {} OWNER {} ENCODING 'UTF8' TEMPLATE template0").format(
            sql.Identifier(name), sql.Identifier(owner)
        )
    )


def take_over_empty(conn: psycopg.Connection[Any], name: str, owner: str) -> None:
    """An empty database that exists already becomes the application role's."""
    from psycopg import sql

    conn.execute(sql.SQL("ALTER DATABASE {} OWNER TO {}").format(sql.Identifier(name), sql.Identifier(owner)))


def prepare_database(admin_url: str, name: str, role: str) -> list[str]:
    """Inside the database: the extensions, the public schema owned by the role, the marker. Returns the
    extensions that were enabled now (already enabled ones are left as they are)."""
    from psycopg import sql

    enabled = []
    with connect_admin(admin_url, dbname=name) as conn:
        have = {str(r[0]) for r in conn.execute("SELECT extname FROM pg_extension")}
        available = {str(r[0]) for r in conn.execute("SELECT name FROM pg_available_extensions")}
        for extension in EXTENSIONS:
            if extension in have:
                continue
            if extension not in available:
                raise ServerAdminError(
                    f"the PostgreSQL extension {extension} is not installed on this server (Debian/Ubuntu: it comes "
                    "with the postgresql package; elsewhere install the 'contrib' modules); the database was left "
                    "as it was"
                )
            conn.execute(sql.SQL("CREATE EXTENSION IF NOT EXISTS {} SCHEMA public").format(sql.Identifier(extension)))
            enabled.append(extension)
        conn.execute(sql.SQL("ALTER SCHEMA public OWNER TO {}").format(sql.Identifier(role)))
        conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(sql.Identifier(name)))
        conn.execute(
            sql.SQL("GRANT CONNECT, TEMPORARY ON DATABASE {} TO {}").format(sql.Identifier(name), sql.Identifier(role))
        )
        conn.execute(sql.SQL("COMMENT ON DATABASE {} IS {}").format(sql.Identifier(name), sql.Literal(MARKER)))
    return enabled


def as_role_url(admin_url: str, database: str, role: str) -> str:
    """The superuser's connection to ``database`` acting as ``role`` (``SET ROLE`` at login), as a
    ``postgresql://`` URL: what it creates belongs to the application role, and it works without
    knowing the role's password."""
    from psycopg.conninfo import conninfo_to_dict

    given = {k: str(v) for k, v in (conninfo_to_dict(admin_url) if admin_url else {}).items() if v is not None}
    given["dbname"] = database
    given["options"] = f"-c role={role}"
    return url_from_params(given)


def url_from_params(params: dict[str, str]) -> str:
    """A ``postgresql://`` URL from libpq parameters (a socket folder as host goes in the query)."""
    from urllib.parse import quote, urlencode

    rest = dict(params)
    user = quote(rest.pop("user", ""), safe="")
    password = rest.pop("password", None)
    host = rest.pop("host", "")
    port = rest.pop("port", "")
    dbname = quote(rest.pop("dbname", ""), safe="")
    if host.startswith("/"):
        rest["host"], host = host, ""
    elif ":" in host:
        host = f"[{host}]"
    auth = f"{user}:{quote(password, safe='')}@" if password is not None else (f"{user}@" if user else "")
    where = f"{host}:{port}" if port and host else host
    if port and not host:
        rest["port"] = port
    query = f"?{urlencode(rest, quote_via=quote)}" if rest else ""
    return f"postgresql://{auth}{where}/{dbname}{query}"


def workstation_url(role: str, host: str, port: int, database: str, *, ssl: bool) -> str:
    """The ``--db`` value every workstation uses (never with the password in it)."""
    shown = f"[{host}]" if ":" in host else host
    tail = "?sslmode=require" if ssl else ""
    return f"postgresql://{role}@{shown}:{port}/{database}{tail}"


# --- the network: which addresses, what pg_hba.conf and the firewall must let in --------------------------


def local_networks() -> list[ipaddress.IPv4Interface]:
    """This machine's IPv4 addresses on its networks (not loopback), read from ``ip``; empty when unknown."""
    tool = shutil.which("ip")
    if tool is None:
        return []
    try:
        out = subprocess.run(
            [tool, "-o", "-4", "addr", "show", "scope", "global"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found = []
    for line in out.splitlines():
        words = line.split()
        if "inet" in words:
            try:
                found.append(ipaddress.IPv4Interface(words[words.index("inet") + 1]))
            except (ValueError, IndexError):
                continue
    return found


def parse_network(text: str) -> ipaddress.IPv4Network | ipaddress.IPv6Network:
    try:
        return ipaddress.ip_network(text.strip(), strict=False)
    except ValueError:
        raise ServerAdminError(
            f"--network: {text!r} is not a network such as 192.168.1.0/24; nothing was changed"
        ) from None


def network_access(
    conn: psycopg.Connection[Any],
    network: ipaddress.IPv4Network | ipaddress.IPv6Network,
    database: str,
    role: str,
) -> NetworkAccess:
    """Read what the server lets in today and word what is missing (pg_hba line, listen_addresses, firewall)."""
    hba_file = str(conn.execute("SHOW hba_file").fetchone()[0])  # type: ignore[index]
    config_file = str(conn.execute("SHOW config_file").fetchone()[0])  # type: ignore[index]
    listen = str(conn.execute("SHOW listen_addresses").fetchone()[0])  # type: ignore[index]
    ssl = str(conn.execute("SHOW ssl").fetchone()[0]) == "on"  # type: ignore[index]
    port = int(conn.execute("SHOW port").fetchone()[0])  # type: ignore[index]
    kind = "hostssl" if ssl else "host"
    line = f"{kind}    {database}    {role}    {network}    scram-sha-256"
    found, allows = _matching_rule(conn, network, database, role)
    return NetworkAccess(
        network=str(network),
        hba_file=hba_file,
        hba_line=line,
        hba_allows=allows,
        hba_found=found,
        config_file=config_file,
        listen_addresses=listen,
        listens_on_network=_listens_on(listen, network),
        ssl=ssl,
        port=port,
        firewall=firewall_commands(str(network), port),
    )


def _matching_rule(
    conn: psycopg.Connection[Any], network: ipaddress.IPv4Network | ipaddress.IPv6Network, database: str, role: str
) -> tuple[str, bool]:
    """The first pg_hba.conf rule a workstation of ``network`` would meet, and whether it lets it in safely."""
    cursor = conn.execute("SELECT * FROM pg_hba_file_rules")
    names = [d.name for d in cursor.description or ()]
    for values in cursor.fetchall():
        rule = dict(zip(names, values, strict=True))
        if rule.get("error") or not str(rule.get("type", "")).startswith("host"):
            continue
        if not (_named(rule.get("database"), database, "all") and _named(rule.get("user_name"), role, "all")):
            continue
        address, netmask = rule.get("address"), rule.get("netmask")
        if address in ("all", "samenet"):
            covers = True
        elif address and netmask:
            try:
                covers = network.subnet_of(ipaddress.ip_network(f"{address}/{netmask}", strict=False))  # type: ignore[arg-type]
            except (TypeError, ValueError):
                covers = False
        else:
            covers = False
        if covers:
            method = str(rule.get("auth_method"))
            line = rule.get("line_number")
            words = f"line {line}: {rule.get('type')} {address}/{netmask or ''} {method}".replace("/ ", " ")
            return words, method in ("scram-sha-256", "md5", "cert")
    return "", False


def _named(values: Any, name: str, everyone: str) -> bool:
    listed = list(values or [])
    return everyone in listed or name in listed


def _listens_on(listen: str, network: ipaddress.IPv4Network | ipaddress.IPv6Network) -> bool:
    for item in (part.strip() for part in listen.split(",")):
        if item in ("*", "0.0.0.0", "::"):
            return True
        try:
            if ipaddress.ip_address(item) in network:
                return True
        except ValueError:
            continue
    return False


def firewall_commands(network: str, port: int) -> tuple[str, ...]:
    """The firewall rule for this machine's kind of firewall: ``port``/tcp from ``network`` only."""
    if sys.platform == "win32":
        return (
            "New-NetFirewallRule -DisplayName 'AML Desktop PostgreSQL' -Direction Inbound -Protocol TCP "
            f"-LocalPort {port} -RemoteAddress {network} -Action Allow",
        )
    if shutil.which("ufw"):
        return (f"ufw allow from {network} to any port {port} proto tcp",)
    if shutil.which("firewall-cmd"):
        return (
            'firewall-cmd --permanent --add-rich-rule=\'rule family="ipv4" '
            f'source address="{network}" port port="{port}" protocol="tcp" accept\'',
            "firewall-cmd --reload",
        )
    return (
        f"(no ufw or firewalld here) with nftables: nft add rule inet filter input ip saddr {network} "
        f"tcp dport {port} accept",
    )
