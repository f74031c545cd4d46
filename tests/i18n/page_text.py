"""A translated page's text without its reference list (citations stay in the language they were published in)."""

from __future__ import annotations

from typing import Final

REFERENCES: Final = {"en": "References", "fr": "Références", "es": "Referencias", "pt": "Referências"}


def before_references(text: str, language: str) -> str:
    """``text`` up to its reference list (the last heading of that name)."""
    cut = text.rfind(REFERENCES[language])
    return text[:cut] if cut > 0 else text
