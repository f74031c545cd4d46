"""A stored patient's summary snapshot: the case, the engine's answer with the clinic's settings, the decisions.

The one place the window's summary dialog, its batch of summaries and ``aml-desktop summary``
freeze what a stored patient's printed summary holds.
"""

from __future__ import annotations

from datetime import date

from aml_desktop.engine.case import Case
from aml_desktop.reports import DecisionEntry, SummarySnapshot, snapshot_from_case
from aml_desktop.store import ClinicSettings, Store


def patient_snapshot(
    store: Store,
    patient_id: str,
    *,
    today: date,
    case: Case | None = None,
    clinic: ClinicSettings | None = None,
    clinic_name: str | None = None,
    paper: str | None = None,
) -> SummarySnapshot:
    """Evaluate the stored patient with the clinic's settings on ``today`` and freeze the summary.

    ``clinic_name`` and ``paper`` override the clinic settings' (the command line's options);
    ``case``: the record when the caller has just read it.
    """
    clinic = clinic or store.clinic_settings()
    return snapshot_from_case(
        case if case is not None else store.get_case(patient_id),
        today=today,
        settings=store.engine_settings(),
        clinic_name=clinic_name or clinic.clinic_name,
        paper=paper or clinic.paper_size,
        decisions=DecisionEntry.from_records(store.decision_records(patient_id)),
    )
