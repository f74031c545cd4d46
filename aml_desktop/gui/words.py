"""The one door from the GUI to the vocabulary: every code shown on screen goes through here.

Texts live in ``aml_desktop.engine.vocabulary`` (shared with the PDF); this module only
adds the fallback for free text (a regimen typed by hand is shown as typed).
"""

from __future__ import annotations

from aml_desktop.engine import vocabulary


def label(code: str | None) -> str:
    """Human words for a code; free text (not a code) is returned unchanged; None -> ""."""
    if code is None:
        return ""
    try:
        return vocabulary.label(code)
    except (KeyError, ValueError):
        return code


def explain(code: str) -> str:
    """One or two sentences for an action or flag, or "" when the vocabulary has none."""
    try:
        return vocabulary.explain(code)
    except (KeyError, ValueError):
        return ""
