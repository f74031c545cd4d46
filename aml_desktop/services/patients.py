"""Finding a stored patient the way a clinician names one: by id or by hospital number."""

from __future__ import annotations

from aml_desktop.engine.case import Case
from aml_desktop.store import Store


def find_patient(store: Store, key: str) -> str | None:
    """The id of the patient whose id or hospital number is ``key``, if any."""
    return key if store.has_patient(key) else store.find_patient_id(key)


def patient_label(case: Case) -> str:
    """How a message names a patient: hospital number, else name, else id."""
    patient = case.patient
    return patient.hospital_number or patient.name or patient.id or "a patient without id"


def label_of(store: Store, patient_id: str) -> str:
    """How a failure message names a stored patient; the id when even reading the record fails."""
    try:
        return patient_label(store.get_case(patient_id))
    except Exception:  # naming a failure must never fail
        return patient_id
