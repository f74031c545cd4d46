"""What the engine reads from a karyotype, in words: the "Read as" line under the karyotype field.

The reading (lesions, number of abnormalities, complex and monosomal, the reader's warnings) is
the engine's (``engine.karyotype.read_karyotype``); the words are the current language's, the
warnings worded through ``present.sentences`` like every other engine sentence.
"""

from __future__ import annotations

from aml_desktop.engine.karyotype import read_karyotype

from .formats import text_label
from .i18n import _
from .sentences import worded


def karyotype_reading(text: str) -> str:
    """``Lesions: -7. 1 abnormality.`` and the reader's warnings, for the karyotype ``text`` as typed."""
    if not text.strip():
        return _("No karyotype recorded: ELN risk may be unknown.")
    reading = read_karyotype(text)
    parts = []
    if not reading.readable:
        parts.append(_("Not read as a karyotype."))
    elif reading.normal:
        parts.append(_("Normal karyotype."))
    else:
        lesions = sorted(x for x in reading.lesions if x != "other")
        if lesions:
            parts.append(_("Lesions: {lesions}.").format(lesions=", ".join(text_label(x) for x in lesions)))
        count = reading.abnormality_count
        parts.append((_("{count} abnormality.") if count == 1 else _("{count} abnormalities.")).format(count=count))
        if reading.complex_2017:
            parts.append(_("Complex (ELN 2017)."))
        if reading.monosomal_2017:
            parts.append(_("Monosomal (ELN 2017)."))
    parts.extend(worded(w) for w in reading.warnings)
    return " ".join(parts)
