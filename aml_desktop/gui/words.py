"""The one door from the GUI to the vocabulary: every code shown on screen goes through here.

Texts live in ``aml_desktop.present.vocabulary`` (shared with the PDF and the terminal);
free text (a regimen typed by hand) is shown as typed (``present.formats.text_label``).
"""

from __future__ import annotations

from aml_desktop.present.formats import text_label as label
from aml_desktop.present.vocabulary import explain

__all__ = ["explain", "label"]
