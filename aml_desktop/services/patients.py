"""How a message names a patient: what a clinician recognises, never a bare record id if avoidable."""

from __future__ import annotations

from aml_desktop.engine.case import Case


def patient_label(case: Case) -> str:
    """Hospital number, else name, else id."""
    patient = case.patient
    return patient.hospital_number or patient.name or patient.id or "a patient without id"
