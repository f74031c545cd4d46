"""``aml-desktop``: no subcommand opens the window; subcommands reuse the same layers.

The command line must start fast and must not import Qt unless it opens a window, so
every subcommand module imports its heavy layers inside its handler.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from aml_desktop import __version__
from aml_desktop.cli import audit_cmd, cycle_cmd, recommend_cmd, server_cmd, store_cmd, summary_cmd, users_cmd

# Each module exposes ``register(subparsers)``; its handlers take (args) and return an exit code.
# They import their heavy modules inside the handlers, so importing them here costs little.
COMMAND_MODULES = (recommend_cmd, store_cmd, summary_cmd, cycle_cmd, users_cmd, audit_cmd, server_cmd)


def build_parser() -> argparse.ArgumentParser:
    from aml_desktop.engine.version import RULESET_VERSION

    parser = argparse.ArgumentParser(
        prog="aml-desktop",
        description=(
            "Decision support for relapsed or refractory AML (DeWolf & Tallman, Blood 2020). "
            "The treating clinician decides. With no command, opens the application window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__} (ruleset {RULESET_VERSION})")
    parser.add_argument(
        "--db",
        type=Path,
        help="the clinic database file (default: the application-data folder), or a clinic on a PostgreSQL server: "
        "postgresql://USER@HOST:PORT/DATABASE",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="the account to act as, once the clinic has accounts (password from the terminal or AML_DESKTOP_PASSWORD)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from aml_desktop.gui.app import run_gui

        return run_gui(args.db)
    try:
        if _uses_the_clinic(args):
            from aml_desktop.cli.session import log_in

            refused = log_in(args)
            if refused is not None:
                return refused
        return int(args.func(args))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _uses_the_clinic(args: argparse.Namespace) -> bool:
    """Every command reads or writes the clinic's database, except ``recommend`` on a case file and
    ``server``, which works as the PostgreSQL superuser before any clinic exists."""
    if args.command == "server":
        return False
    return not (args.command == "recommend" and not getattr(args, "patient", None))


if __name__ == "__main__":
    raise SystemExit(main())
