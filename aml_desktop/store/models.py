"""What the store hands out besides the engine's own dataclasses: list rows, settings, audit entries."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

from aml_desktop.engine.case import Decision
from aml_desktop.engine.cycles import CycleSettings
from aml_desktop.engine.sentences import say
from aml_desktop.engine.settings import EngineSettings, Formulary

PAPER_SIZES = ("A4", "letter")
UNITS = ("SI",)


@dataclass(frozen=True)
class PatientSummary:
    """One line of the patient list: enough to show and sort without loading the whole course."""

    id: str
    hospital_number: str | None
    name: str | None
    birth_date: date
    status: str
    eln2017_risk: str
    current_phase: str | None
    last_assessment_date: date | None
    updated_at: str
    # The line's place in the list (newest change first = highest key): the next page starts below it.
    list_key: int = field(default=0, compare=False)
    cycle_status: str | None = None  # engine.cycle_checks.CycleStatus as JSON (issue 15)


@dataclass(frozen=True)
class DecisionRecord:
    """A stored decision with what the application knew when it was recorded."""

    decision: Decision
    reason_code: str | None
    ruleset_version: str | None
    recorded_at: str | None
    recorded_by: str | None
    snapshot: dict[str, Any] | None
    position: int = 0
    # A correction: "voided" or "superseded" (by the decision at ``superseded_by``), with why, who, when.
    status: str | None = None
    status_reason: str | None = None
    status_at: str | None = None
    status_by: str | None = None
    superseded_by: int | None = None

    @property
    def in_force(self) -> bool:
        """Neither voided nor superseded: the decision that stands."""
        return self.status is None


def _empty_dates() -> Mapping[str, date]:
    return MappingProxyType({})


@dataclass(frozen=True)
class ClinicSettings:
    """The clinic's one row of settings: name, formulary, engine thresholds, printing and backups."""

    clinic_name: str = "My clinic"
    formulary: Formulary = field(default_factory=Formulary)
    out_of_stock_since: Mapping[str, date] = field(default_factory=_empty_dates)
    fit_age_below: int = 60
    unfit_age_from: int = 75
    unfit_ecog_from: int = 3
    cytoreduction_wbc: float = 50.0
    cd33_positive_percent: float = 20.0
    paper_size: str = "A4"
    units: str = "SI"
    backup_folder: str | None = None
    backup_keep: int = 7
    backup_interval_hours: int = 24
    backup_warn_days: int = 2
    last_backup_at: str | None = None
    # How dates may be typed in the forms: "iso" (YYYY-MM-DD) or "day_first" (also DD/MM/YYYY).
    date_order: str = "iso"
    # The URI the clinic's hospital numbers are issued under, for the FHIR export (None: its local default).
    fhir_identifier_system: str | None = None
    # The clinic's language (``present.i18n.LANGUAGES``); None until chosen on the first start.
    language: str | None = None
    # Issue 15: planning chemotherapy cycles (weight age, BSA cap, rounding to stock).
    cycle_settings: CycleSettings = field(default_factory=CycleSettings)

    def engine_settings(self) -> EngineSettings:
        """The thresholds and formulary in the form ``engine.evaluate`` takes."""
        return EngineSettings(
            fit_age_below=self.fit_age_below,
            unfit_age_from=self.unfit_age_from,
            unfit_ecog_from=self.unfit_ecog_from,
            cytoreduction_wbc=self.cytoreduction_wbc,
            cd33_positive_percent=self.cd33_positive_percent,
            formulary=self.formulary,
        )


@dataclass(frozen=True)
class AuditEntry:
    """One audit entry: who, when, what (a row change, an import, a view, a print, a login...), which table
    and row, the values before and after, and the event's details (an import's file and hash...)."""

    id: int
    at: str
    user: str
    action: str  # "insert" | "update" | "delete" | "import" | "view" | ... (schema.AUDIT_OPERATIONS)
    table: str
    row_id: str
    patient_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    detail: dict[str, Any] | None = None


@dataclass(frozen=True)
class BackupReport:
    """What a backup produced: the verified copy, its size, and any old copies pruned."""

    path: Path
    bytes: int
    pages: int
    integrity: str
    taken_at: str
    removed: tuple[Path, ...] = ()


def _utc_words(stamp: str) -> str:
    """``2026-11-30 14:02:11 UTC`` (the audit trail's time), its date written the page's way when worded."""
    try:
        day = date.fromisoformat(stamp[:10])
    except ValueError:
        return stamp + " UTC"
    return say("{day} {time} UTC", day=day, time=stamp[11:]) if stamp[11:] else say("{day} UTC", day=day)


@dataclass(frozen=True)
class RecordVersion:
    """A patient record's version, raised by every change, and who made the last change and when."""

    number: int
    changed_at: str | None
    changed_by: str | None

    def describe(self, *, deleted: bool = False) -> str:
        """``changed by <who> at <time>`` (or ``deleted by``) in words, for a refusal message."""
        who: str = self.changed_by or say("another user")
        if who.startswith("cli:"):
            who = say("{name} (command line)", name=who[4:])
        if not self.changed_at:
            if deleted:
                return say("deleted by {who} at an unknown time", who=who)
            return say("changed by {who} at an unknown time", who=who)
        when = _utc_words(self.changed_at.replace("T", " ").rstrip("Z")[:19])
        if deleted:
            return say("deleted by {who} at {when}", who=who, when=when)
        return say("changed by {who} at {when}", who=who, when=when)
