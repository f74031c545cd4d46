"""``aml-desktop users``: the clinic's accounts (add, list, reset a password, disable, enable).

The first account must be an administrator and needs no login; after that every change is an
administrator's (``--user ADMIN``). A new password is asked twice at a terminal, or read as one
line from standard input when that is not a terminal (for scripts). Passwords are never echoed,
printed or logged.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_INVALID = 2
# A clinic passphrase protects every record in the file: longer than an account password.
MIN_PASSPHRASE = 12


def register(subparsers: Any) -> None:
    from aml_desktop.store.accounts import ROLES

    users = subparsers.add_parser("users", help="the clinic's accounts (add, list, reset, disable, enable)")
    verbs = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    p = verbs.add_parser(
        "add",
        help="add an account (the first one must be an administrator)",
        description="Add an account. The new password is asked twice at a terminal, or read as one line from "
        "standard input. Once the clinic has an administrator, give --user ADMIN.",
    )
    p.add_argument("name", metavar="NAME", help="the login name (one word)")
    p.add_argument("--role", required=True, choices=ROLES, help="what the account may do")
    p.add_argument("--full-name", help="the name that signs decisions and entries (default: NAME)")
    p.set_defaults(func=run_add)
    p = verbs.add_parser("list", help="list the accounts (never their passwords)")
    p.set_defaults(func=run_list)
    p = verbs.add_parser("reset", help="set a new password for an account (administrators)")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=run_reset)
    p = subparsers.add_parser(
        "encrypt",
        help="encrypt the clinic database at rest with a clinic passphrase (administrators; needs SQLCipher)",
        description="Rewrite the database encrypted with SQLCipher. The passphrase is asked twice at a terminal, or "
        "read as one line from standard input. Afterwards the window asks for it on opening, the command line reads "
        "it from the terminal or AML_DESKTOP_PASSPHRASE, and new backups are encrypted too. Older, plain backups are "
        "NOT encrypted: delete them once a new backup is taken. A lost passphrase cannot be recovered.",
    )
    p.set_defaults(func=run_encrypt)
    for verb, active in (("disable", False), ("enable", True)):
        p = verbs.add_parser(verb, help=f"{verb} an account (accounts are never deleted)")
        p.add_argument("name", metavar="NAME")
        p.set_defaults(func=run_active, active=active)


def _error(message: str) -> None:
    print(f"aml-desktop users: {message}", file=sys.stderr)


def new_password(name: str) -> str | None:
    """Twice at a terminal (they must match), else one line from standard input."""
    if sys.stdin.isatty():
        import getpass

        first = getpass.getpass(f"New password for {name}: ")
        if getpass.getpass("The same password again: ") != first:
            _error("the two passwords differ; nothing was changed")
            return None
        return first
    line = sys.stdin.readline()
    return line.rstrip("\r\n") if line else None


def _open(args: argparse.Namespace, *, create: bool = False) -> Any:
    from aml_desktop.store import open_store_for_cli

    return open_store_for_cli(args.db, create=create)


def run_add(args: argparse.Namespace) -> int:
    from aml_desktop.store import StoreError

    password = new_password(args.name)
    if password is None:
        _error("no password given; nothing was changed")
        return EXIT_INVALID
    try:
        with _open(args, create=True) as store:
            account = store.add_account(args.name, args.full_name or args.name, args.role, password)
    except StoreError as error:
        _error(f"{error}")
        return EXIT_REFUSED
    print(f"added {account.label}")
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    from aml_desktop.store import StoreError

    try:
        with _open(args) as store:
            accounts = store.list_accounts()
    except StoreError as error:
        _error(str(error))
        return EXIT_REFUSED
    if not accounts:
        print("no accounts: anyone at this computer can read and change records", file=sys.stderr)
    for a in accounts:
        state = "active" if a.active else "disabled"
        print(f"{a.name}\t{a.full_name}\t{a.role}\t{state}\tsince {a.created_at[:10]}")
    return EXIT_OK


def run_reset(args: argparse.Namespace) -> int:
    from aml_desktop.store import StoreError

    password = new_password(args.name)
    if password is None:
        _error("no password given; nothing was changed")
        return EXIT_INVALID
    try:
        with _open(args) as store:
            store.reset_password(args.name, password)
    except StoreError as error:
        _error(str(error))
        return EXIT_REFUSED
    print(f"new password set for {args.name}")
    return EXIT_OK


def run_encrypt(args: argparse.Namespace) -> int:
    from aml_desktop.store import StoreError, driver, open_store_for_cli

    if not driver.available():
        _error("SQLCipher is not installed: pip install 'aml-desktop[encryption]'; nothing was changed")
        return EXIT_REFUSED
    try:
        with open_store_for_cli(args.db) as store:
            store.check_allowed("settings")
            if store.is_server:
                _error(
                    f"{store.location} is on a PostgreSQL server: encryption at rest is the server's (its disk); "
                    "SQLCipher encrypts clinic files only. Nothing was changed"
                )
                return EXIT_REFUSED
            path = store.path
            if driver.is_encrypted(path):
                _error(f"{path} is already encrypted; nothing was changed")
                return EXIT_REFUSED
    except StoreError as error:
        _error(str(error))
        return EXIT_REFUSED
    passphrase = new_password("the clinic (passphrase)")
    if passphrase is None or len(passphrase) < MIN_PASSPHRASE:
        _error(f"the passphrase must have at least {MIN_PASSPHRASE} characters; nothing was changed")
        return EXIT_INVALID
    try:
        driver.encrypt_database(path, passphrase)
        with open_store_for_cli(path) as store:
            store.record_event(
                "encrypt",
                detail={"cipher": "SQLCipher 4 (AES-256, PBKDF2-HMAC-SHA512)"},
                user="cli",
                permission="settings",
            )
    except StoreError as error:
        _error(str(error))
        return EXIT_REFUSED
    print(f"{path} is now encrypted. Keep the passphrase safe: without it the clinic cannot be opened.")
    print("Backups taken from now on are encrypted; delete the older, plain backups once a new one is taken.")
    return EXIT_OK


def run_active(args: argparse.Namespace) -> int:
    from aml_desktop.store import StoreError

    try:
        with _open(args) as store:
            store.set_account_active(args.name, args.active)
    except StoreError as error:
        _error(str(error))
        return EXIT_REFUSED
    print(f"{args.name} is {'enabled' if args.active else 'disabled'}")
    return EXIT_OK
