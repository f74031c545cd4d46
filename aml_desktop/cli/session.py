"""Who is at the command line: the global ``--user`` and its password, checked before any command runs.

A clinic without accounts works as before. Once it has accounts, every command that reads or
writes the clinic's data needs a valid ``--user``; the password comes from ``AML_DESKTOP_PASSWORD``
or, failing that, from the terminal. A missing, unknown or wrong login exits 2 before the command
reads or changes anything. A successful login holds for every store the command then opens.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

PASSWORD_VARIABLE = "AML_DESKTOP_PASSWORD"
PASSPHRASE_VARIABLE = "AML_DESKTOP_PASSPHRASE"
EXIT_LOGIN = 2


def database_path(args: argparse.Namespace) -> Path:
    from aml_desktop.paths import default_db_path

    return Path(args.db) if getattr(args, "db", None) is not None else default_db_path()


def ask_password(prompt: str, variable: str = PASSWORD_VARIABLE) -> str | None:
    """The password from the environment, else from the terminal; None when neither is there."""
    given = os.environ.get(variable)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        return None
    import getpass

    try:
        return getpass.getpass(prompt)
    except (OSError, EOFError):
        return None


def log_in(args: argparse.Namespace) -> int | None:
    """Log ``--user`` in on the clinic's database when it has accounts; an exit status when refused."""
    from aml_desktop.store import server
    from aml_desktop.store.audit_store import forget_session

    url = server.server_url(getattr(args, "db", None))
    if url is not None:  # a clinic on a PostgreSQL server: its password (if libpq found none) at the terminal
        from aml_desktop.store import StoreError

        try:
            server.set_password_provider(_ask_server_password)
        except StoreError:
            return None  # installed without the server extra: the command itself says so, in words
        forget_session(server.anchor_path(url))
        return _log_in_to(url, args)
    path = database_path(args)
    forget_session(path)
    if not path.is_file() or path.stat().st_size == 0:
        return None  # no clinic yet: the command says so, or makes one
    from aml_desktop.store import driver

    if driver.needs_passphrase(path):
        passphrase = ask_password(f"Clinic passphrase for {path.name}: ", PASSPHRASE_VARIABLE)
        if passphrase is None:
            print(
                f"aml-desktop: {path} is encrypted (or not a database): give the clinic passphrase at the terminal or "
                f"in {PASSPHRASE_VARIABLE}; nothing was read or changed",
                file=sys.stderr,
            )
            return EXIT_LOGIN
        driver.set_passphrase(path, passphrase)
    return _log_in_to(path, args)


def _ask_server_password(where: str) -> str | None:
    if not sys.stdin.isatty():
        return None
    import getpass

    try:
        return getpass.getpass(f"Password for the database {where}: ")
    except (OSError, EOFError):
        return None


def _log_in_to(location: Path | str, args: argparse.Namespace) -> int | None:
    """Log ``--user`` in on the clinic at ``location`` (a file's path or a server's URL)."""
    from aml_desktop.store import StoreError
    from aml_desktop.store.accounts import LoginRefused
    from aml_desktop.store.repository import Store

    try:
        store = Store.open(location, create=False, check=False)
    except StoreError:
        return None  # the command itself reports a foreign, newer or damaged file
    with store:
        if not store.has_accounts():
            if args.user:
                print(f"aml-desktop: --user {args.user}: this clinic has no accounts yet (ignored)", file=sys.stderr)
            return None
        if not args.user:
            print(
                "aml-desktop: this clinic has accounts: give --user NAME (the password is read from the terminal "
                f"or from {PASSWORD_VARIABLE}); nothing was read or changed",
                file=sys.stderr,
            )
            return EXIT_LOGIN
        password = ask_password(f"Password for {args.user}: ")
        if password is None:
            print(
                f"aml-desktop: no password for {args.user}: no terminal to ask at and {PASSWORD_VARIABLE} is not set; "
                "nothing was read or changed",
                file=sys.stderr,
            )
            return EXIT_LOGIN
        try:
            store.login(args.user, password)
        except LoginRefused as error:
            print(f"aml-desktop: {error}; nothing was read or changed", file=sys.stderr)
            return EXIT_LOGIN
        except StoreError as error:
            print(f"aml-desktop: {error}", file=sys.stderr)
            return EXIT_LOGIN
    return None
