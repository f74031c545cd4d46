"""A translated page's text without its reference list (citations stay in the language they were published in)."""

from __future__ import annotations

from aml_desktop.present.i18n import LANGUAGES, SOURCE_LANGUAGE, _, use_language

#: Every translated language the application ships (a new one is tested as soon as it is added).
TRANSLATED = tuple(language for language in LANGUAGES if language != SOURCE_LANGUAGE)


def before_references(text: str, language: str) -> str:
    """``text`` up to its reference list (the last heading of that name)."""
    with use_language(language):
        heading = _("References")
    cut = text.rfind(heading)
    return text[:cut] if cut > 0 else text
