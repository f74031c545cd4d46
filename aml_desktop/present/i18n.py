"""The language of every word ``present/`` writes: gettext catalogues, chosen per use, never global to Qt.

The clinic's language is the default (``set_language`` at start-up, from Settings); a summary
can be printed in another language inside ``with use_language("pt"):`` whatever the window
shows, because the choice is a context variable (each thread and each ``with`` block has its
own). Stored data and JSON contracts never pass through here: codes stay codes.

Catalogues: ``resources/translations/<lang>/LC_MESSAGES/aml_desktop.po`` (sources, with
translator notes and the ``needs-clinical-review`` flag) compiled to ``.mo`` beside them by
``scripts/translations.py compile``; the compiled files are committed so an install needs
no tools. English is the source language and has no catalogue.
"""

from __future__ import annotations

import gettext as _gettext
import io
import locale
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib.resources import files
from typing import Final

DOMAIN: Final = "aml_desktop"
SOURCE_LANGUAGE: Final = "en"
#: Every language the application ships, the source language first.
LANGUAGES: Final = ("en", "fr", "es", "pt")
#: Each language named in itself, as a chooser lists it.
LANGUAGE_NAMES: Final = {"en": "English", "fr": "Français", "es": "Español", "pt": "Português"}

#: The Babel locale each language's dates and numbers follow, where it is not the bare language.
#: Portuguese is written the European way (wording, glossary and the window's QLocale pt_PT), so its
#: numbers group thousands with a space as Portugal does (``1 850,5``), not Brazil's ``1.850,5``.
BABEL_LOCALES: Final = {"pt": "pt_PT"}

_clinic_language = SOURCE_LANGUAGE
_current: ContextVar[str | None] = ContextVar("aml_desktop_language", default=None)


def normalize_language(value: str | None) -> str | None:
    """``fr``, ``fr_FR.UTF-8``, ``pt-BR`` -> the shipped language (``fr``, ``pt``); None when not shipped."""
    if not value:
        return None
    code = value.strip().replace("-", "_").split(".")[0].split("_")[0].lower()
    return code if code in LANGUAGES else None


def system_language() -> str:
    """The operating system's language when shipped, else English (the first-run default)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in os.environ.get(name, "").split(":"):
            found = normalize_language(part)
            if found:
                return found
    try:
        found = normalize_language(locale.getlocale()[0])
    except ValueError:
        found = None
    return found or SOURCE_LANGUAGE


def _checked(language: str) -> str:
    found = normalize_language(language)
    if found is None:
        raise ValueError(f"language {language!r} is not available; choose one of {', '.join(LANGUAGES)}")
    return found


def set_language(language: str) -> None:
    """The clinic's language: what every word is written in unless a ``use_language`` block says otherwise."""
    global _clinic_language
    _clinic_language = _checked(language)


def current_language() -> str:
    return _current.get() or _clinic_language


def babel_locale() -> str:
    """The Babel locale of the current language: ``fr``, ``es``, ``pt_PT``."""
    language = current_language()
    return BABEL_LOCALES.get(language, language)


@contextmanager
def use_language(language: str | None) -> Iterator[str]:
    """Write in ``language`` inside the block (None: the clinic's language); ValueError for one not shipped."""
    token = _current.set(_checked(language) if language else None)
    try:
        yield current_language()
    finally:
        _current.reset(token)


@cache
def translations(language: str) -> _gettext.NullTranslations:
    """The compiled catalogue of ``language``; English (the source) translates to itself."""
    if language == SOURCE_LANGUAGE:
        return _gettext.NullTranslations()
    mo = files("aml_desktop.resources") / "translations" / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
    return _gettext.GNUTranslations(io.BytesIO(mo.read_bytes()))


def _(message: str) -> str:
    """``message`` in the current language (the English text when a catalogue lacks it)."""
    return translations(current_language()).gettext(message)


def N_(message: str) -> str:
    """Marks ``message`` for the catalogue where it is defined; ``_`` translates it where it is shown."""
    return message
