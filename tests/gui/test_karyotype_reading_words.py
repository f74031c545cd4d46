"""The karyotype reading under the field: the reader's warnings (engine sentences) in the clinic's language."""

from __future__ import annotations

from aml_desktop.gui.patient_dialog import karyotype_summary
from aml_desktop.present.i18n import use_language


def test_the_readers_warnings_are_worded_in_the_language() -> None:
    with use_language("en"):
        assert "t(9;11): no breakpoints written; read as the recurrent t(9;11). Confirm the bands." in (
            karyotype_summary("46,XY,t(9;11)")
        )
    with use_language("fr"):
        text = karyotype_summary("46,XY,t(9;11)")
        assert "t(9;11) : aucun point de cassure écrit ; lu comme la t(9;11) récurrente. Confirmer les bandes." in text
        assert "no breakpoints" not in text
