"""``--lang fr|es|pt|en``: the language of what a command prints for people (never of its JSON)."""

from __future__ import annotations

import argparse

from aml_desktop.present.i18n import LANGUAGES


def add_language_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, type=str.lower, help=help_text)
