"""The patient's course as frozen dataclasses: the ``aml-case/1`` contract, parsed once.

Field names follow case-format.md exactly so that a reviewer can compare the two side by
side. ``None`` always means "not recorded", never "no": clinicians record positives, and
the engine reports missing inputs rather than assuming them false.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

FORMAT = "aml-case/1"


@dataclass(frozen=True)
class Patient:
    birth_date: date
    id: str | None = None
    hospital_number: str | None = None
    name: str | None = None
    sex: str | None = None


@dataclass(frozen=True)
class Mutation:
    gene: str
    variant: str | None = None
    allelic_ratio: float | None = None
    vaf: float | None = None


@dataclass(frozen=True)
class Diagnosis:
    date: date
    karyotype: str | None = None
    cytogenetic_findings: tuple[str, ...] = ()
    mutations: tuple[Mutation, ...] = ()
    tested_genes: tuple[str, ...] = ()
    cd33_percent: float | None = None
    extramedullary: bool | None = None
    wbc: float | None = None


@dataclass(frozen=True)
class Course:
    phase: str
    regimen: str
    start: date
    end: date | None = None
    cycle: int | None = None
    intensity: str | None = None


@dataclass(frozen=True)
class Mrd:
    status: str
    method: str | None = None
    value: float | None = None


@dataclass(frozen=True)
class Assessment:
    date: date
    marrow_blasts_percent: float | None = None
    circulating_blasts: bool | None = None
    extramedullary: bool | None = None
    anc: float | None = None
    platelets: float | None = None
    hemoglobin: float | None = None
    wbc: float | None = None
    mrd: Mrd | None = None
    mutations: tuple[Mutation, ...] | None = None
    tested_genes: tuple[str, ...] | None = None
    karyotype: str | None = None
    cytogenetic_findings: tuple[str, ...] | None = None

    @property
    def has_molecular_result(self) -> bool:
        """True when this sample carries any mutation test result."""
        return self.mutations is not None or self.tested_genes is not None


@dataclass(frozen=True)
class Fitness:
    date: date | None = None
    ecog: int | None = None
    fit_for_intensive: bool | None = None


@dataclass(frozen=True)
class Decision:
    date: date
    recommended: str
    chosen: str
    regimen: str | None = None
    override_reason: str | None = None
    clinician: str | None = None


@dataclass(frozen=True)
class Case:
    """One patient's whole course, as read from an ``aml-case/1`` file."""

    patient: Patient
    diagnosis: Diagnosis
    as_of: date | None = None
    courses: tuple[Course, ...] = ()
    assessments: tuple[Assessment, ...] = ()
    fitness: Fitness | None = None
    formulary: tuple[tuple[str, bool], ...] = ()
    decisions: tuple[Decision, ...] = ()
    extensions: Any = field(default=None, compare=True, hash=False)

    @property
    def formulary_dict(self) -> dict[str, bool]:
        """The case's formulary overrides as a plain mapping (absent keys: stocked)."""
        return dict(self.formulary)
