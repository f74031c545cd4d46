"""Stored patients as files: ``aml-case/1`` (default) or HL7 FHIR R4 bundles; one, or one per patient.

An exported case file carries the clinic's full formulary (every item, stocked or not) and the
day of the export as ``as_of``, so the receiving clinic, or this one later, evaluates it exactly
as it was seen here. A FHIR bundle (``aml_desktop.exchange.fhir``) names the patient's hospital
number under the clinic's identifier system unless another is given. Every file is written
atomically under the one safe-name rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from aml_desktop.engine.case import Case
from aml_desktop.engine.case_io import dump_case
from aml_desktop.exchange import fhir
from aml_desktop.files import write_atomically
from aml_desktop.store import ClinicSettings, Store

from .batch import BatchReport, Progress, no_progress, write_per_patient
from .names import case_file_name


@dataclass(frozen=True)
class ExportFormat:
    """What to write: an ``aml-case/1`` file, or with ``fhir`` a FHIR R4 bundle."""

    fhir: bool = False
    identifier_system: str | None = None  # FHIR only; None: the clinic's setting

    def __post_init__(self) -> None:
        if self.identifier_system is not None and not self.fhir:
            raise ValueError("an identifier system applies to FHIR exports only")


CASE_FILE = ExportFormat()


def export_bytes(case: Case, clinic: ClinicSettings, *, today: date, fmt: ExportFormat = CASE_FILE) -> bytes:
    """The file's bytes (UTF-8 JSON) as exported on ``today`` by the clinic; ``FhirExportError`` says why not."""
    if fmt.fhir:
        return fhir.export_bytes(
            case,
            as_of=today,
            identifier_system=fmt.identifier_system or clinic.fhir_identifier_system,
            clinic_name=clinic.clinic_name,
        )
    return dump_case(case, as_of=today, formulary=clinic.formulary.to_mapping()).encode("utf-8")


def export_case(store: Store, patient_id: str, target: Path, *, today: date, fmt: ExportFormat = CASE_FILE) -> Case:
    """Write one stored patient to ``target`` atomically; returns the case written."""
    case = store.get_case(patient_id)
    write_atomically(target, export_bytes(case, store.clinic_settings(), today=today, fmt=fmt))
    return case


def export_cases(
    store: Store,
    folder: Path,
    *,
    today: date,
    fmt: ExportFormat = CASE_FILE,
    patient_ids: Iterable[str] | None = None,
    total: int | None = None,
    progress: Progress = no_progress,
) -> BatchReport:
    """One file per patient (every stored patient by default) into ``folder``; see ``write_per_patient``.

    From a damaged database (opened with ``damaged_ok``) every patient that can still be read
    is written and the others are named.

    A FHIR identifier system that is not an absolute URI is refused before anything is written
    (``FhirExportError``): it would fail every patient alike.
    """
    try:
        clinic = store.clinic_settings()
    except Exception:  # a damaged settings page: export what can be read, without the clinic's settings
        clinic = ClinicSettings()
    system = fmt.identifier_system or clinic.fhir_identifier_system
    if fmt.fhir and system:
        problem = fhir.identifier_system_problem(system)
        if problem is not None:
            raise fhir.FhirExportError(problem)

    def render(_patient_id: str, case: Case) -> tuple[str, bytes]:
        return case_file_name(case, fhir=fmt.fhir), export_bytes(case, clinic, today=today, fmt=fmt)

    return write_per_patient(store, folder, render, patient_ids=patient_ids, total=total, progress=progress)
