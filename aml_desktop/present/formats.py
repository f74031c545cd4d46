"""How numbers, units and dates are written, on screen, on paper and at the terminal alike.

One spelling for each unit (µg, mg/m², ×10⁹/L), one thousands separator (``1,850 mg``),
one date form (``7 Jan 2019``: a month name cannot be misread as day/month or month/day).
In another language the same forms follow its conventions through Babel (``15 mars 2026``,
``1 850``, ``1,6``); the stored data stay ISO dates and plain numbers.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Final

from .i18n import N_, SOURCE_LANGUAGE, _, babel_locale, current_language
from .units import fmt_unit as fmt_unit  # re-exported: formats is where a reader looks for it
from .units import spell_units as spell_units
from .vocabulary import label

if TYPE_CHECKING:  # annotations only: the patient list's words load without the case model
    from aml_desktop.engine.case import Mrd

_NOT_RECORDED: Final = N_("not recorded")
DASH: Final = "—"


def fmt_date(day: date | None) -> str:
    """``7 Jan 2019``; ``—`` for no date."""
    if day is None:
        return DASH
    language = current_language()
    if language == SOURCE_LANGUAGE:
        return f"{day.day} {day:%b %Y}"
    from babel.dates import format_date  # loaded with the first date in another language

    return format_date(day, "d MMM y", locale=babel_locale())


def fmt_month(day: date) -> str:
    """A chart's month tick: ``Feb 2019``, ``févr. 2019``."""
    language = current_language()
    if language == SOURCE_LANGUAGE:
        return f"{day:%b %Y}"
    from babel.dates import format_date

    return format_date(day, "MMM y", locale=babel_locale())


def _decimal(value: float, pattern: str) -> str:
    """``value`` with the current language's separators (``1 850``, ``1,6``)."""
    from babel.numbers import format_decimal

    return format_decimal(value, format=pattern, locale=babel_locale())


def fmt_number(value: float | None, unit: str = "") -> str:
    """92 -> ``92``, 1.6 -> ``1.6``, 1850 -> ``1,850``; trailing zeros dropped; ``—`` when not measured."""
    if value is None:
        return DASH
    if current_language() == SOURCE_LANGUAGE:
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    else:
        text = _decimal(value, "#,##0.##")
    return f"{text} {fmt_unit(unit)}".strip() if unit else text


def fmt_fixed(value: float, places: int) -> str:
    """Exactly ``places`` decimals (a BSA: ``1.70``, ``1,70``)."""
    if current_language() == SOURCE_LANGUAGE:
        return f"{value:,.{places}f}"
    return _decimal(value, "#,##0." + "0" * places)


def fmt_amount(value: float) -> str:
    """A calculated dose: whole units from 100 up (``1,850``), one decimal from 10, two below."""
    if current_language() != SOURCE_LANGUAGE:
        return _decimal(value, "#,##0" if value >= 100 else "0.#" if value >= 10 else "0.##")
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}".rstrip("0").rstrip(".")
    return f"{value:.2f}".rstrip("0").rstrip(".")


def semicolon() -> str:
    """The separator of items in a line: ``; `` (French writes `` ; ``)."""
    # TRANSLATORS: separates items in a line; French puts a space before the semicolon.
    return _("; ")


def fmt_yes_no(value: bool | None) -> str:
    if value is None:
        return not_recorded()
    return yes_no(value)


def not_recorded() -> str:
    """``not recorded`` in the current language."""
    return _(_NOT_RECORDED)


def yes_no(value: bool) -> str:
    return _("yes") if value else _("no")


def fmt_months(value: float | None) -> str:
    return DASH if value is None else _("{number} months").format(number=fmt_number(value))


def age_on(birth: date, day: date) -> int:
    """Whole years of age on ``day``."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def text_label(code: str | None) -> str:
    """The vocabulary's words for ``code``; free text (a regimen typed by hand) as typed; None -> ""."""
    if code is None:
        return ""
    try:
        return label(code)
    except (KeyError, ValueError):
        return code


def fmt_mrd(mrd: Mrd | None) -> str:
    """``MRD negative (Flow cytometry)``; ``—`` when no MRD was recorded."""
    if mrd is None:
        return DASH
    return text_label(mrd.status) + (f" ({text_label(mrd.method)})" if mrd.method else "")


_TAGS: Final = (
    ("[V2]", N_("(secondary source)")),
    ("[V]", ""),
    ("[U]", N_("(unverified)")),
    ("[IMPL]", N_("(implementation choice)")),
)


def printable_note(text: str) -> str:
    """Catalog text without the reviewers' verification tags: ``[V]`` goes, ``[V2]`` is said in words.

    The tags are for the people who check the data against clinical-reference.md; read by a
    clinician they would look like reference numbers.
    """
    for tag, english in _TAGS:
        words = _(english) if english else ""
        text = text.replace(f" {tag}", f" {words}" if words else "").replace(tag, words)
    return spell_units(" ".join(text.split()))
