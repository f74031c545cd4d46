"""The engine's sentences in the page's language: its template translated, its parameters formatted for the language.

The engine builds each free sentence (an ELN reason, a karyotype warning, a fallback reason,
a note on the record) as an English template and parameters (``engine.sentences``). In
English the sentence is printed as the engine wrote it, codes made words (``wording.readable``),
exactly as before. In another language the template goes through the gettext catalogue and
each parameter is written the language's way: dates (``15 mars 2026``), numbers (``0,6``),
codes in words, lists joined with the language's "and"/"or" (Babel), inner sentences worded
the same way. A text the engine did not build with ``say`` (a decision snapshot read back from
JSON, free text typed by a user) stays as it is.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from aml_desktop.engine.sentences import Code, Listing, Number, Sentence

from .formats import fmt_date, fmt_fixed, fmt_number, semicolon, yes_no
from .i18n import N_, SOURCE_LANGUAGE, _, babel_locale, current_language
from .units import spell_units
from .vocabulary import label
from .wording import readable

#: The names of the tests that could change an ELN group (``codes.ELN2017_TEST_NAMES``,
#: ``codes.ELN2022_TEST_NAMES``) that are words, not gene symbols.
TEST_NAMES: Final = {
    "karyotype": N_("karyotype"),
    "FLT3-ITD allelic ratio": N_("FLT3-ITD allelic ratio"),
    "TP53 VAF": N_("TP53 VAF"),
    "other myelodysplasia-related genes": N_("other myelodysplasia-related genes"),
}


def eln_test_name(name: str) -> str:
    """An ELN missing-test name in the current language (gene symbols stay as they are)."""
    return _(TEST_NAMES[name]) if name in TEST_NAMES else name


def eln_test_names(names: tuple[str, ...] | list[str]) -> str:
    """``karyotype, NPM1, FLT3`` in the current language."""
    return ", ".join(eln_test_name(n) for n in names)


def worded(text: str) -> str:
    """``text`` (an engine sentence) in the current language; English is the engine's own text made readable."""
    if current_language() == SOURCE_LANGUAGE or not isinstance(text, Sentence):
        return readable(text)
    return spell_units(_sentence(text))


def _sentence(sentence: Sentence) -> str:
    if sentence.parts:
        joiner = semicolon() if sentence.joiner == "; " else sentence.joiner
        text = joiner.join(_param(part) for part in sentence.parts)
    else:
        values = {name: _param(value) for name, value in sentence.params.items()}
        try:
            text = _(sentence.template).format_map(values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: never a traceback
            text = sentence.template.format_map(values)
    return text[:1].upper() + text[1:] if sentence.capital else text


def _param(value: object) -> str:
    if isinstance(value, Sentence):
        return _sentence(value)
    if isinstance(value, Code):
        return _code(value)
    if isinstance(value, Listing):
        return _listing(value)
    if isinstance(value, Number):
        return fmt_number(value.value) if value.places is None else fmt_fixed(value.value, value.places)
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, int | float):
        return fmt_number(value)
    if isinstance(value, date):
        return fmt_date(value)
    return str(value)


def _code(code: str) -> str:
    """A code inside a sentence: its words, lower-case unless they start with an abbreviation (``HMA or …``)."""
    if code in TEST_NAMES:
        return eln_test_name(code)
    try:
        words = label(code)
    except (KeyError, ValueError):
        return code
    return words[:1].lower() + words[1:] if words[1:2].islower() else words


def _listing(listing: Listing) -> str:
    items = [_param(item) for item in listing.items]
    if listing.joiner.strip() in ("and", "or") and len(items) > 1:
        from babel.lists import format_list  # loaded with the first list worded outside English

        if listing.joiner.strip() == "or":
            return format_list(items, style="or", locale=babel_locale())
        return format_list(items, style="standard", locale=babel_locale())
    if listing.joiner.strip() in ("and", "or"):
        return "".join(items)
    return semicolon().join(items) if listing.joiner == "; " else listing.joiner.join(items)


def message_words(message: object) -> str:
    """A refusal or error from below the window (the store, a service, the engine's input checks) in the
    current language: the ``Sentence`` it carries worded, anything else (an ``OSError``, a driver's text)
    as it is. English is the message's own text, unchanged, so logs and the English window read the same."""
    text = message.args[0] if isinstance(message, BaseException) and len(message.args) == 1 else message
    if not isinstance(text, Sentence) or current_language() == SOURCE_LANGUAGE:
        return str(message)
    return worded(text)
