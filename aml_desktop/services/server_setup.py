"""``server init``: a hospital's PostgreSQL server made ready for AML Desktop in one step.

Creates the application role and the clinic database (or recognises them from an earlier run),
enables the extensions, runs the migrations, creates the first administrator account and works
out what the workstations need: the ``--db`` URL, the ``pg_hba.conf`` line and the firewall rule.
Everything is read and checked before the first change, so a refusal (a database that is not
ours, a role that is a superuser, a network that cannot be worked out, a short password) changes
nothing. A run that stops half-way (the power, the network) can simply be run again.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from dataclasses import dataclass

from aml_desktop.store import server_admin as admin
from aml_desktop.store.server_admin import NetworkAccess, ServerAdminError


@dataclass(frozen=True)
class ServerInitRequest:
    admin_url: str = ""  # empty: the local socket as this OS user (``sudo -u postgres``)
    database: str = admin.DEFAULT_DATABASE
    role: str = admin.DEFAULT_ROLE
    network: str | None = None  # the workstations' network; None: this machine's own network
    host: str | None = None  # the name or address the workstations use; None: this machine's address
    admin_name: str = "admin"
    admin_full_name: str = ""
    reset_role_password: bool = False


@dataclass(frozen=True)
class ServerInitReport:
    already_set_up: bool
    created_role: bool
    created_database: bool
    role_password: str | None  # only when made now: shown once, never stored by us
    extensions_enabled: tuple[str, ...]
    schema_built: bool
    admin_created: str | None  # the account's label when it was created now
    workstation_url: str
    access: NetworkAccess


def initialise_server(request: ServerInitRequest, ask_admin_password: Callable[[str], str | None]) -> ServerInitReport:
    """Set the server up (or check an earlier set-up and add what is missing); see the module docstring.

    ``ask_admin_password(name)`` is called, before anything is changed, only when the clinic's first
    administrator account must be created; None means no password was given (refused).
    """
    from aml_desktop.store.accounts import check_name, check_password

    check_name(request.admin_name)
    with admin.connect_admin(request.admin_url) as conn:
        database = admin.database_state(conn, request.admin_url, request.database)
        if database.exists and not database.ours and database.foreign_objects:
            raise ServerAdminError(
                f"the database {request.database!r} already exists and is not an AML Desktop database (it holds "
                f"{', '.join(database.foreign_objects[:5])}): it was left untouched. Choose another name with "
                "--database."
            )
        role = admin.role_state(conn, request.role)
        if role.superuser:
            raise ServerAdminError(
                f"the PostgreSQL role {request.role!r} is a superuser: the application must not connect as one. "
                "Choose another name with --role; nothing was changed"
            )
        network = _network(request.network)
        host = request.host or _host(network)
        needs_admin = not database.ours or not _has_accounts(request)
        password = None
        if needs_admin:
            password = ask_admin_password(request.admin_name)
            if password is None:
                raise ServerAdminError(
                    f"no password for the administrator account {request.admin_name!r}; nothing was changed"
                )
            check_password(password)
        role_password = None
        if not role.exists:
            role_password = admin.new_password()
            admin.create_role(conn, request.role, role_password)
        elif request.reset_role_password or not role.can_login or needs_admin:
            # An earlier run that stopped before its end never showed the password it made: the set-up is
            # finished now, so the role gets a new one, shown below.
            role_password = admin.new_password()
            admin.set_role_password(conn, request.role, role_password)
        if not database.exists:
            admin.create_database(conn, request.database, request.role)
        elif not database.ours:
            admin.take_over_empty(conn, request.database, request.role)
        enabled = admin.prepare_database(request.admin_url, request.database, request.role)
        built, label = _migrate_and_add_admin(request, password)
        access = admin.network_access(conn, network, request.database, request.role)
    url = admin.workstation_url(request.role, host, access.port, request.database, ssl=access.ssl)
    return ServerInitReport(
        already_set_up=database.ours and role.exists and not built and label is None and not role_password,
        created_role=not role.exists,
        created_database=not database.exists,
        role_password=role_password,
        extensions_enabled=tuple(enabled),
        schema_built=built,
        admin_created=label,
        workstation_url=url,
        access=access,
    )


def _network(given: str | None) -> ipaddress.IPv4Network | ipaddress.IPv6Network:
    if given:
        return admin.parse_network(given)
    found = admin.local_networks()
    if not found:
        raise ServerAdminError(
            "cannot work out this machine's network: give the workstations' network with --network "
            "(for example --network 192.168.1.0/24); nothing was changed"
        )
    return found[0].network


def _host(network: ipaddress.IPv4Network | ipaddress.IPv6Network) -> str:
    for interface in admin.local_networks():
        if interface.ip in network:
            return str(interface.ip)
    import socket

    return socket.gethostname()


def _store_url(request: ServerInitRequest) -> str:
    return admin.as_role_url(request.admin_url, request.database, request.role)


def _has_accounts(request: ServerInitRequest) -> bool:
    """Whether our database has accounts already (False when an earlier run stopped before the schema)."""
    from aml_desktop.store import Store, StoreError

    try:
        with Store.open(_store_url(request), create=False) as store:
            return bool(store.has_accounts())
    except StoreError:
        return False


def _migrate_and_add_admin(request: ServerInitRequest, password: str | None) -> tuple[bool, str | None]:
    """Build or update the schema as the application role, then add the first administrator if needed.
    Returns (the schema was built now, the new administrator's label)."""
    from aml_desktop.store import Store

    with Store.open(_store_url(request), create=True) as store:
        built = bool(store.created)
        if store.has_accounts() or password is None:
            return built, None
        account = store.add_account(
            request.admin_name, request.admin_full_name or request.admin_name, "administrator", password
        )
        return built, str(account.label)
