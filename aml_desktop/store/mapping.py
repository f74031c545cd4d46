"""The one place where the engine's case dataclasses become rows and rows become dataclasses.

Rows are plain dicts keyed by column name, without their ``id`` (the repository assigns and keeps
record ids). List order in the case file is kept in ``position`` columns so an export gives the
lists back in the order they were imported.
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from aml_desktop.engine.app_data import APP, DECISION_DETAILS, DECISION_STATUSES, DETAIL_KEYS, updated_extensions
from aml_desktop.engine.case import Assessment, Case, Course, Decision, Diagnosis, Fitness, Mrd, Mutation, Patient
from aml_desktop.engine.input_rules import hospital_number_key

Row = dict[str, Any]

# The application's block in a case file and its decision details (names: engine/app_data.py).
APP_EXTENSION = APP

# ``hospital_number_key`` is derived (input_rules.hospital_number_key): the canonical form for uniqueness.
PATIENT_COLUMNS = ("hospital_number", "name", "sex", "birth_date", "extensions", "hospital_number_key")
DIAGNOSIS_COLUMNS = (
    "date",
    "karyotype",
    "cytogenetic_findings",
    "tested_genes",
    "cd33_percent",
    "extramedullary",
    "wbc",
)
COURSE_COLUMNS = ("position", "phase", "regimen", "start_date", "end_date", "cycle", "intensity")
ASSESSMENT_COLUMNS = (
    "position",
    "date",
    "marrow_blasts_percent",
    "circulating_blasts",
    "extramedullary",
    "anc",
    "platelets",
    "hemoglobin",
    "wbc",
    "mrd_status",
    "mrd_method",
    "mrd_value",
    "has_mutations",
    "tested_genes",
    "karyotype",
    "cytogenetic_findings",
)
# ``assessment_position`` is resolved to ``assessment_id`` by the repository.
MUTATION_COLUMNS = ("assessment_position", "position", "gene", "variant", "allelic_ratio", "vaf")
FITNESS_COLUMNS = ("date", "ecog", "fit_for_intensive")
DECISION_COLUMNS = (
    "position",
    "date",
    "recommended",
    "chosen",
    "regimen",
    "override_reason",
    "clinician",
    "reason_code",
    "ruleset_version",
    "recorded_at",
    "recorded_by",
    "snapshot",
    "details",
    "status",
    "status_reason",
    "status_at",
    "status_by",
    "superseded_by",
)


@dataclass
class CaseRows:
    """One patient's whole record as rows, ready for the repository to write."""

    patient: Row
    diagnosis: Row
    courses: list[Row] = field(default_factory=list)
    assessments: list[Row] = field(default_factory=list)
    mutations: list[Row] = field(default_factory=list)
    fitness: Row | None = None
    decisions: list[Row] = field(default_factory=list)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _json_list(values: Sequence[str] | None) -> str | None:
    return None if values is None else _json_codes(tuple(values))


@functools.lru_cache(maxsize=4096)
def _json_codes(values: tuple[str, ...]) -> str:
    """JSON text of a list of codes; gene panels and findings repeat, so this is cached."""
    return json.dumps(list(values), ensure_ascii=False)


def _tuple(text: Any) -> tuple[str, ...] | None:
    return None if text is None else tuple(json.loads(text))


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=False, separators=(",", ":"))


def _details_from_extensions(case: Case) -> tuple[Any, list[dict[str, Any] | None]]:
    """Split ``extensions["aml_desktop"]["decision_details"]`` into per-decision columns.

    Only a list aligned with the decisions whose entries hold known keys is taken apart; anything
    else stays in the extensions verbatim, so an export always gives back what was imported.
    """
    empty: list[dict[str, Any] | None] = [None] * len(case.decisions)
    extensions = case.extensions
    if not isinstance(extensions, Mapping):
        return extensions, empty
    app = extensions.get(APP_EXTENSION)
    if not isinstance(app, Mapping) or DECISION_DETAILS not in app:
        return extensions, empty
    details = app[DECISION_DETAILS]
    if not isinstance(details, list) or len(details) != len(case.decisions) or all(e is None for e in details):
        return extensions, empty
    for entry in details:
        if entry is None:
            continue
        if not isinstance(entry, Mapping) or set(entry) - set(DETAIL_KEYS):
            return extensions, empty
        for key in ("reason_code", "ruleset_version", "recorded_at", "recorded_by", "status_reason", "status_at"):
            if entry.get(key) is not None and not isinstance(entry[key], str):
                return extensions, empty
        if entry.get("status_by") is not None and not isinstance(entry["status_by"], str):
            return extensions, empty
        if entry.get("status") is not None and entry["status"] not in DECISION_STATUSES:
            return extensions, empty
        position = entry.get("superseded_by")
        if position is not None and (type(position) is not int or not 0 <= position < len(case.decisions)):
            return extensions, empty
        if entry.get("snapshot") is not None and not isinstance(entry["snapshot"], dict):
            return extensions, empty
    rest = copy.deepcopy(dict(extensions))
    rest_app = dict(rest[APP_EXTENSION])
    del rest_app[DECISION_DETAILS]
    rest[APP_EXTENSION] = rest_app
    return rest, [dict(entry) if entry is not None else None for entry in details]


@dataclass
class CaseTuples:
    """One patient's rows as tuples in the ``*_COLUMNS`` order, without record ids (the bulk insert path)."""

    patient: tuple[Any, ...]
    diagnosis: tuple[Any, ...]
    courses: list[tuple[Any, ...]]
    assessments: list[tuple[Any, ...]]
    mutations: list[tuple[Any, ...]]
    fitness: tuple[Any, ...] | None
    decisions: list[tuple[Any, ...]]


def case_to_tuples(case: Case) -> CaseTuples:
    """Rows for a case, as tuples (the case file's own formulary is not stored: the clinic's applies)."""
    extensions, details = _details_from_extensions(case)
    p = case.patient
    d = case.diagnosis
    mutations: list[tuple[Any, ...]] = [
        (None, i, m.gene, m.variant, m.allelic_ratio, m.vaf) for i, m in enumerate(d.mutations)
    ]
    assessments = []
    for i, a in enumerate(case.assessments):
        mrd = a.mrd
        assessments.append(
            (
                i,
                a.date.isoformat(),
                a.marrow_blasts_percent,
                None if a.circulating_blasts is None else int(a.circulating_blasts),
                None if a.extramedullary is None else int(a.extramedullary),
                a.anc,
                a.platelets,
                a.hemoglobin,
                a.wbc,
                mrd.status if mrd else None,
                mrd.method if mrd else None,
                mrd.value if mrd else None,
                int(a.mutations is not None),
                _json_list(a.tested_genes),
                a.karyotype,
                _json_list(a.cytogenetic_findings),
            )
        )
        if a.mutations:
            mutations.extend((i, j, m.gene, m.variant, m.allelic_ratio, m.vaf) for j, m in enumerate(a.mutations))
    f = case.fitness
    return CaseTuples(
        patient=(
            p.hospital_number,
            p.name,
            p.sex,
            p.birth_date.isoformat(),
            _dump(extensions) if extensions is not None else None,
            hospital_number_key(p.hospital_number) if p.hospital_number is not None else None,
        ),
        diagnosis=(
            d.date.isoformat(),
            d.karyotype,
            _json_list(d.cytogenetic_findings),
            _json_list(d.tested_genes),
            d.cd33_percent,
            _flag(d.extramedullary),
            d.wbc,
        ),
        courses=[
            (i, c.phase, c.regimen, c.start.isoformat(), _iso(c.end), c.cycle, c.intensity)
            for i, c in enumerate(case.courses)
        ],
        assessments=assessments,
        mutations=mutations,
        fitness=(_iso(f.date), f.ecog, _flag(f.fit_for_intensive)) if f is not None else None,
        decisions=[
            tuple(decision_row(i, dec, detail).values())
            for i, (dec, detail) in enumerate(zip(case.decisions, details, strict=True))
        ],
    )


def case_to_rows(case: Case) -> CaseRows:
    """Rows for a case as dicts keyed by column (for comparing with stored rows when saving)."""
    t = case_to_tuples(case)
    return CaseRows(
        patient=dict(zip(PATIENT_COLUMNS, t.patient, strict=True)),
        diagnosis=dict(zip(DIAGNOSIS_COLUMNS, t.diagnosis, strict=True)),
        courses=[dict(zip(COURSE_COLUMNS, r, strict=True)) for r in t.courses],
        assessments=[dict(zip(ASSESSMENT_COLUMNS, r, strict=True)) for r in t.assessments],
        mutations=[dict(zip(MUTATION_COLUMNS, r, strict=True)) for r in t.mutations],
        fitness=dict(zip(FITNESS_COLUMNS, t.fitness, strict=True)) if t.fitness is not None else None,
        decisions=[dict(zip(DECISION_COLUMNS, r, strict=True)) for r in t.decisions],
    )


def decision_row(position: int, dec: Decision, detail: Mapping[str, Any] | None) -> Row:
    """A decision row; ``detail`` holds the application's extra facts (reason code, ruleset, snapshot)."""
    keys = None if detail is None else _dump([key for key in DETAIL_KEYS if key in detail])
    detail = detail or {}
    snapshot = detail.get("snapshot")
    return {
        "position": position,
        "date": dec.date.isoformat(),
        "recommended": dec.recommended,
        "chosen": dec.chosen,
        "regimen": dec.regimen,
        "override_reason": dec.override_reason,
        "clinician": dec.clinician,
        "reason_code": detail.get("reason_code"),
        "ruleset_version": detail.get("ruleset_version"),
        "recorded_at": detail.get("recorded_at"),
        "recorded_by": detail.get("recorded_by"),
        "snapshot": _dump(snapshot) if snapshot is not None else None,
        "details": keys,
        "status": detail.get("status"),
        "status_reason": detail.get("status_reason"),
        "status_at": detail.get("status_at"),
        "status_by": detail.get("status_by"),
        "superseded_by": detail.get("superseded_by"),
    }


def _mutation(row: Mapping[str, Any]) -> Mutation:
    return Mutation(row["gene"], row["variant"], row["allelic_ratio"], row["vaf"])


def decision_detail(row: Mapping[str, Any]) -> dict[str, Any] | None:
    """The application's details of a decision row, exactly the keys it was given."""
    if row["details"] is None:
        return None
    keys = json.loads(row["details"])
    detail: dict[str, Any] = {}
    for key in keys:
        value = row[key]
        detail[key] = json.loads(value) if key == "snapshot" and value is not None else value
    return detail


@dataclass
class StoredRows:
    """One patient's rows as read for a case: tuples in the order of the ``*_COLUMNS`` lists above
    (reading by position is several times faster than by name, and reading a case is the hot path)."""

    patient: tuple[Any, ...]
    diagnosis: tuple[Any, ...]
    courses: list[tuple[Any, ...]]
    assessments: list[tuple[Any, ...]]
    mutations: list[tuple[Any, ...]]
    fitness: tuple[Any, ...] | None
    decisions: list[tuple[Any, ...]]


def _flags(value: Any) -> bool | None:
    return None if value is None else bool(value)


def rows_to_case(patient_id: str, rows: StoredRows) -> Case:
    """Build the case back from its rows (``formulary`` empty; ``as_of`` not set)."""
    day = date.fromisoformat
    by_owner: dict[int | None, list[Mutation]] = {}
    for owner, _position, gene, variant, ratio, vaf in sorted(
        rows.mutations, key=lambda r: (r[0] is not None, r[0] or 0, r[1])
    ):
        by_owner.setdefault(owner, []).append(Mutation(gene, variant, ratio, vaf))
    number, name, sex, birth, extensions_text, _key = rows.patient
    d_date, karyotype, findings, tested, cd33, d_emd, d_wbc = rows.diagnosis
    diagnosis = Diagnosis(
        day(d_date),
        karyotype,
        _tuple(findings) or (),
        tuple(by_owner.get(None, ())),
        _tuple(tested) or (),
        cd33,
        _flags(d_emd),
        d_wbc,
    )
    courses = tuple(
        Course(phase, regimen, day(start), day(end) if end is not None else None, cycle, intensity)
        for _pos, phase, regimen, start, end, cycle, intensity in sorted(rows.courses)
    )
    assessments = []
    for (
        position,
        a_date,
        blasts,
        circulating,
        a_emd,
        anc,
        platelets,
        hemoglobin,
        a_wbc,
        mrd_status,
        mrd_method,
        mrd_value,
        has_mutations,
        a_tested,
        a_karyotype,
        a_findings,
    ) in sorted(rows.assessments, key=lambda r: r[0]):
        assessments.append(
            Assessment(
                day(a_date),
                blasts,
                None if circulating is None else bool(circulating),
                None if a_emd is None else bool(a_emd),
                anc,
                platelets,
                hemoglobin,
                a_wbc,
                Mrd(mrd_status, mrd_method, mrd_value) if mrd_status is not None else None,
                tuple(by_owner.get(position, ())) if has_mutations else None,
                _tuple(a_tested),
                a_karyotype,
                _tuple(a_findings),
            )
        )
    fitness = None
    if rows.fitness is not None:
        f_date, ecog, fit = rows.fitness
        fitness = Fitness(day(f_date) if f_date is not None else None, ecog, _flags(fit))
    ordered = sorted(rows.decisions, key=lambda r: r[0])
    decisions = tuple(Decision(day(r[1]), r[2], r[3], r[4], r[5], r[6]) for r in ordered)
    extensions = json.loads(extensions_text) if extensions_text is not None else None
    details = [decision_detail(dict(zip(DECISION_COLUMNS, r, strict=True))) for r in ordered]
    if any(detail is not None for detail in details):
        extensions = updated_extensions(extensions, **{DECISION_DETAILS: details})
    return Case(
        patient=Patient(day(birth), patient_id, number, name, sex),
        diagnosis=diagnosis,
        as_of=None,
        courses=courses,
        assessments=tuple(assessments),
        fitness=fitness,
        formulary=(),
        decisions=decisions,
        extensions=extensions,
    )
