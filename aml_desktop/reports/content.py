"""What a printed summary says: the snapshot's view model (``aml_desktop.present``), nothing more.

The words, numbers, doses and references are the same ones the screen and the terminal
show; this module only picks the snapshot's print date, clinic and decisions for them.
"""

from __future__ import annotations

from aml_desktop.present.summary import SummaryView, build_view

from .snapshot import SummarySnapshot


def build_content(snapshot: SummarySnapshot) -> SummaryView:
    """The view a summary prints: the snapshot's case and answer, dated on its print date."""
    return build_view(
        snapshot.case,
        snapshot.result,
        today=snapshot.printed_on,
        clinic_name=snapshot.clinic_name,
        decisions=snapshot.decisions,
        app_version=snapshot.app_version,
    )
