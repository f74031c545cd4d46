"""What a case may hold beyond its format: safe text, plausible numbers, possible dates.

The case parser (``case_io``) calls these checks; the store and the window go through the
parser, so a record can only hold what a valid case file could hold.

Why each rule exists:

- **Text** is Unicode NFC (the same name typed on two keyboards is stored the same way). Text
  that cannot be stored (a lone UTF-16 surrogate) or that can disguise or damage what is shown
  (control characters, ANSI terminal escapes, bidirectional overrides, zero-width characters)
  is refused, so what a clinician sees on a screen or a printout is exactly what the record
  holds. Free text (karyotype, override reason) may hold line breaks and tabs; names, hospital
  numbers, ids and clinician names may not.
- **Hospital numbers** have one canonical form for uniqueness (``hospital_number_key``):
  ``DT-1``, ``dt-1``, ``DT-1 `` and ``DT‐1`` (a typographic hyphen) are one patient.
- **Numbers** have upper bounds. They are *implementation plausibility limits* chosen to catch
  unit slips (a WBC typed in cells/µL instead of ×10⁹/L) and garbage, far above any value a
  laboratory reports; they are not clinical thresholds and no recommendation depends on them.
- **Dates** are ``YYYY-MM-DD`` only; a birth date lies between 1900-01-01 and today; nothing is
  dated before birth; nobody is older than 120 years at a recorded event.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date

from .sentences import say

# --- dates -------------------------------------------------------------------------------------------

ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
EARLIEST_BIRTH_DATE = date(1900, 1, 1)
# Implementation plausibility limit (the oldest verified human lived 122 years).
MAX_AGE_YEARS = 120


def parse_day(value: object) -> date | None:
    """A calendar date written exactly ``YYYY-MM-DD`` (no week dates, no ordinal dates), else None."""
    if not isinstance(value, str) or ISO_DAY.fullmatch(value) is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def age_years(birth: date, on: date) -> int:
    """Whole years of age on ``on``."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


# --- numbers -----------------------------------------------------------------------------------------

# Upper bounds, in the units of case-format.md. Implementation plausibility limits, not clinical
# claims: each is several times the highest value a laboratory would report, so a real result is
# never refused and a unit slip (cells/µL, g/L) or a typing accident is.
COUNT_LIMITS: dict[str, float] = {
    "wbc": 2000.0,  # ×10⁹/L; WBC in cells/µL (e.g. 32000) would be refused
    "anc": 2000.0,  # ×10⁹/L; cannot exceed the WBC in reality
    "platelets": 5000.0,  # ×10⁹/L
    "hemoglobin": 30.0,  # g/dL; a value in g/L (e.g. 101) would be refused
    "allelic_ratio": 1000.0,  # FLT3-ITD mutant/wild-type ratio; very high when the wild type is lost
}
MAX_CYCLE = 99  # implementation plausibility limit for a course's cycle number
# Text longer than this is refused (implementation limit: keeps lists, file names and printouts usable).
MAX_TEXT_LENGTH = 10_000


# --- text --------------------------------------------------------------------------------------------

# Format characters allowed inside a name between two letters: zero-width non-joiner and joiner are
# part of the spelling of names in Persian, Arabic and Indic scripts.
_JOINERS = {"\u200c", "\u200d"}
_LINE_BREAKS = {"\n", "\t"}


def _describe_char(ch: str) -> str:
    name = unicodedata.name(ch, "")
    code = f"U+{ord(ch):04X}"
    return f"{code} {name}".strip() if name else code


def text_problem(value: str, *, identity: bool) -> str | None:
    """Why ``value`` cannot be stored as text (None if it can).

    ``identity`` is true for names, hospital numbers, ids and clinician names: one line, no
    invisible characters. Free text may also hold line breaks and tabs.
    """
    if len(value) > MAX_TEXT_LENGTH:
        return say("is longer than {limit} characters", limit=MAX_TEXT_LENGTH)
    for index, ch in enumerate(value):
        category = unicodedata.category(ch)
        if category == "Cs":
            return say("holds an unpaired surrogate code point ({char}), which is not text", char=_describe_char(ch))
        if ch in _LINE_BREAKS and not identity:
            continue
        if ch == "\x1b":
            return say("holds a terminal escape sequence (ESC), which is not allowed")
        if category == "Cc":
            if ch in "\n\r":
                return say("holds a line break ({char}), which is not allowed here", char=_describe_char(ch))
            return say("holds a control character ({char}), which is not allowed here", char=_describe_char(ch))
        if category in ("Zl", "Zp"):
            return say(
                "holds a line or paragraph separator ({char}), which is not allowed here", char=_describe_char(ch)
            )
        if category == "Co":
            return say("holds a private-use character ({char}), which is not allowed", char=_describe_char(ch))
        if category == "Cf":
            if identity and ch in _JOINERS and _between_letters(value, index):
                continue
            if not identity and ch in _JOINERS:
                continue
            return say(
                "holds an invisible formatting character ({char}: bidirectional control or zero-width), "
                "which could make it look different from what is stored",
                char=_describe_char(ch),
            )
    return None


def _between_letters(value: str, index: int) -> bool:
    return 0 < index < len(value) - 1 and value[index - 1].isalpha() and value[index + 1].isalpha()


def _has_surrogate(value: object) -> bool:
    """True when any text in decoded JSON holds a surrogate code point (UTF-8 cannot encode one)."""
    try:
        json.dumps(value, ensure_ascii=False, default=str).encode("utf-8")
    except UnicodeEncodeError:
        return True
    except (TypeError, ValueError):
        return True  # not plain JSON: let the walk decide
    return False


def normalise_text(value: str) -> str:
    """NFC, so the same letters typed as one or as combined code points are the same text."""
    return unicodedata.normalize("NFC", value)


def surrogate_paths(value: object, path: str = "") -> list[str]:
    """Field paths (anywhere, keys included) whose text holds a lone surrogate: it cannot be stored."""
    if not path and not _has_surrogate(value):
        return []  # the usual case, answered in C; the walk below only runs to name the fields
    found: list[str] = []
    if isinstance(value, str):
        if any(0xD800 <= ord(ch) <= 0xDFFF for ch in value):
            found.append(path or "(the file)")
    elif isinstance(value, dict):
        for key, child in value.items():
            child_path = f"{path}.{key}" if path else str(key)
            if isinstance(key, str) and any(0xD800 <= ord(ch) <= 0xDFFF for ch in key):
                found.append(f"{path or '(top level)'}: a field name")
                continue
            found.extend(surrogate_paths(child, child_path))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            found.extend(surrogate_paths(child, f"{path}[{i}]"))
    return found


_DASHES = {ch: "-" for ch in map(chr, range(0x2010, 0x2016))} | {"\u2212": "-", "\ufe63": "-", "\uff0d": "-"}
_DASH_TABLE = str.maketrans(_DASHES)


def hospital_number_key(number: str) -> str:
    """The canonical form two hospital numbers share when they name the same patient.

    Compatibility-normalised (NFKC: full-width digits become ASCII), case folded, dashes unified,
    invisible format characters dropped, surrounding space removed and inner runs of space made one.
    Used only for uniqueness and lookup; the number is stored and shown as typed.
    """
    text = unicodedata.normalize("NFKC", number).casefold().translate(_DASH_TABLE)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(text.split())


def printable(text: str) -> str:
    """``text`` with every control, format or separator character written as a visible ``\\u`` escape.

    For showing text stored before these rules existed (or from elsewhere) on a terminal: an ANSI
    escape in an old record must not clear the screen or hide a line.
    """
    hidden = ("Cc", "Cf", "Cs", "Co", "Zl", "Zp")
    return "".join(
        f"\\u{ord(ch):04x}" if unicodedata.category(ch) in hidden and ch not in _JOINERS else ch for ch in text
    )
