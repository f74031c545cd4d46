"""``aml-desktop server init``: make a PostgreSQL server ready for the clinic's workstations.

Run once on the server, as its superuser: on Debian/Ubuntu right after ``apt-get install postgresql``,
``sudo -u postgres aml-desktop server init`` (the local socket, no password to type); elsewhere
``--admin-url postgresql://postgres@localhost/postgres`` (the password from PGPASSWORD or the prompt).
Exit status: 0 done (or already set up), 1 refused (nothing changed), 2 invalid input.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_INVALID = 2


def register(subparsers: Any) -> None:
    server = subparsers.add_parser("server", help="set up a PostgreSQL server for several workstations")
    verbs = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    p = verbs.add_parser(
        "init",
        help="create the role, the database and the first administrator; print what the workstations need",
        description="Set up a PostgreSQL server for AML Desktop: create the application role (its password is "
        "made here and shown once) and the clinic database, enable pg_trgm and citext, run the migrations, "
        "create the first administrator account (its password is asked twice at a terminal, or read as one line "
        "from standard input), then print the --db URL for the workstations and the pg_hba.conf line and firewall "
        "rule that let them in. A database that exists and is not an AML Desktop database is refused and left "
        "untouched; running it again on an AML Desktop server only adds what is missing. Run it as the "
        "PostgreSQL superuser: 'sudo -u postgres aml-desktop server init' on Debian/Ubuntu.",
    )
    p.add_argument(
        "--admin-url",
        default="",
        metavar="URL",
        help="a PostgreSQL superuser's connection (default: the local socket as this system user, which is the "
        "superuser when run with 'sudo -u postgres')",
    )
    p.add_argument("--database", default="aml_desktop", help="the clinic database's name (default: aml_desktop)")
    p.add_argument("--role", default="aml_desktop", help="the role the workstations log in as (default: aml_desktop)")
    p.add_argument(
        "--network",
        metavar="CIDR",
        help="the workstations' network, e.g. 192.168.1.0/24 (default: this machine's own network)",
    )
    p.add_argument("--host", help="the server's name or address as the workstations reach it (default: its address)")
    p.add_argument("--admin", default="admin", metavar="NAME", help="the first administrator account (default: admin)")
    p.add_argument("--admin-full-name", default="", metavar="TEXT", help="the administrator's full name")
    p.add_argument(
        "--new-role-password",
        action="store_true",
        help="make and show a new password for the role (when the workstations' one is lost)",
    )
    p.set_defaults(func=run_init)

    p = subparsers.add_parser(
        "migrate-to",
        help="move this clinic (the --db file) to an empty PostgreSQL server database, all or nothing",
        description="Copy every patient with every course, cycle, assessment, mutation, fitness record and decision "
        "(voided and superseded ones too), the clinic settings and formulary, the accounts with their password "
        "hashes and roles, and the audit trail entry for entry, from the clinic file (the global --db, before the "
        "command) to the server given here. All or nothing: a failure leaves the server as it was. The server must "
        "be empty (or just prepared by 'server init'); the file is left as it was. Prints how many of each kind "
        "moved. An administrator's job once the clinic has accounts (--user ADMIN).",
    )
    p.add_argument(
        "--db",
        dest="target",
        required=True,
        metavar="URL",
        help="the server database, postgresql://USER@HOST:PORT/DATABASE (password from PGPASSWORD, ~/.pgpass or "
        "the prompt)",
    )
    p.set_defaults(func=run_migrate)


def _error(message: str) -> None:
    print(f"aml-desktop server init: {message}", file=sys.stderr)


def run_init(args: argparse.Namespace) -> int:
    from aml_desktop.cli.users_cmd import new_password
    from aml_desktop.services.server_setup import ServerInitRequest, initialise_server
    from aml_desktop.store import StoreError

    request = ServerInitRequest(
        admin_url=args.admin_url,
        database=args.database,
        role=args.role,
        network=args.network,
        host=args.host,
        admin_name=args.admin,
        admin_full_name=args.admin_full_name,
        reset_role_password=args.new_role_password,
    )
    try:
        report = initialise_server(request, new_password)
    except StoreError as error:
        _error(str(error))
        return EXIT_REFUSED
    print(describe(report, request))
    return EXIT_OK


def run_migrate(args: argparse.Namespace) -> int:
    from aml_desktop.cli.store_cmd import _user
    from aml_desktop.services.transfer import migrate_to_server
    from aml_desktop.store import StoreError
    from aml_desktop.store.server import shown

    try:
        report = migrate_to_server(args.db, args.target, user=_user())
    except StoreError as error:
        print(f"aml-desktop migrate-to: {error}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"moved to {shown(args.target)}:")
    for line in report.lines():
        print(f"  {line}")
    print("the audit trail verifies on the server; the clinic file was left as it was.")
    print(f'from now on, open the clinic with: aml-desktop --db "{shown(args.target)}"')
    return EXIT_OK


def describe(report: Any, request: Any) -> str:
    """What was done and what the IT person does next, in the order they do it."""
    access = report.access
    lines: list[str] = []
    if report.already_set_up:
        lines.append(f"The database {request.database!r} is already set up for AML Desktop: nothing was changed.")
    else:
        lines.append("AML Desktop's database is ready on this PostgreSQL server:")
    lines.append(f"  role {request.role}: {'created' if report.created_role else 'already there'}")
    lines.append(f"  database {request.database}: {'created' if report.created_database else 'already there'}")
    if report.extensions_enabled:
        lines.append(f"  extensions enabled: {', '.join(report.extensions_enabled)}")
    lines.append(f"  schema: {'built' if report.schema_built else 'up to date'}")
    if report.admin_created:
        lines.append(f"  administrator account: {report.admin_created}")
    lines.append("")
    host_port = report.workstation_url.split("@", 1)[1].split("/", 1)[0]
    if report.role_password:
        lines += [
            f"The password of the PostgreSQL role {request.role} (shown only this once; give it to each workstation):",
            f"    {report.role_password}",
            "",
        ]
    else:
        lines += [
            f"The role {request.role} keeps its password (--new-role-password makes a new one).",
            "",
        ]
    lines += [
        "Each workstation opens the clinic with:",
        f'    aml-desktop --db "{report.workstation_url}"',
        "  and the role's password once, in ~/.pgpass (Windows: %APPDATA%\\postgresql\\pgpass.conf):",
        f"    {host_port.replace('[', '').replace(']', '')}:{request.database}:{request.role}:PASSWORD",
        "  or in PGPASSWORD, or typed at the prompt. Each person then logs in with their AML Desktop account.",
        "",
        f"To let the workstations of {access.network} in:",
    ]
    step = 1
    if access.hba_allows:
        lines.append(f"  {step}. pg_hba.conf already lets them in ({access.hba_found}).")
    else:
        lines += [
            f"  {step}. add this line to {access.hba_file}:",
            f"        {access.hba_line}",
            f"     then reload the server ({_reload_words()}).",
        ]
        if access.hba_found:
            lines.append(f"     (today {access.hba_found} matches first: put the new line above it)")
    step += 1
    if access.listens_on_network:
        lines.append(f"  {step}. the server listens on {access.listen_addresses!r}: nothing to change.")
    else:
        lines += [
            f"  {step}. the server listens only on {access.listen_addresses!r}. Make it listen on the network:",
            "        ALTER SYSTEM SET listen_addresses = '*';   (as the superuser, in psql)",
            f"     or set listen_addresses in {access.config_file}, then restart the server ({_restart_words()}).",
        ]
    step += 1
    lines.append(f"  {step}. open port {access.port}/tcp in the firewall, from {access.network} only:")
    lines += [f"        {command}" for command in access.firewall]
    if not access.ssl:
        lines += [
            "",
            "Note: SSL is off on this server, so records cross the network unencrypted. Turn it on (ssl = on with a",
            "certificate) and run this again: the line and the URL then ask for encryption.",
        ]
    return "\n".join(lines)


def _reload_words() -> str:
    if sys.platform == "win32":
        return "pg_ctl reload -D <the data folder>, or restart the postgresql-x64 service"
    return "systemctl reload postgresql"


def _restart_words() -> str:
    if sys.platform == "win32":
        return "Restart-Service postgresql-x64-<version>"
    return "systemctl restart postgresql"
