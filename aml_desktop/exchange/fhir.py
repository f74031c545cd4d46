"""One patient's course as an HL7 FHIR R4 ``Bundle`` (type ``collection``), as plain dicts.

What goes in, per issue #18: ``Patient``; one ``Condition`` for the AML (ICD-10 C92.0, SNOMED CT
91861009, onset = diagnosis date, ELN 2017 risk as ``stage``, the derived disease status as
``clinicalStatus`` where a standard code says it and always as an extension); one
``Observation`` per recorded result (counts, blasts, MRD, each mutation, karyotype, genes tested,
ECOG, fitness, height and weight), each with its date; one ``MedicationStatement`` per agent of
each course; a ``Procedure`` per transplant; a ``CarePlan`` per recorded decision. Free-text notes
(none are kept in the case) and the audit trail are not exported.

Ids are stable: each is a UUID (version 5) of the patient's record id and a key naming the
record by what it is (``assessment/2019-02-08/1/anc``), so a second export of the same patient
gives the same ids and a receiving system updates rather than duplicates. The key uses the
record's date and its rank among same-day records, not its list position, because the window
keeps assessments and courses sorted by date: an earlier result entered later would otherwise
shift every id after it. Consequence: correcting a record's date gives it a new id.

The output is deterministic: the same case and the same ``as_of`` give byte-identical JSON.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any, Final

from aml_desktop.engine.app_data import DecisionDetail, app_data
from aml_desktop.engine.case import Assessment, Case, Course, Decision, Mutation
from aml_desktop.engine.catalog import load_catalog
from aml_desktop.engine.course import derive_course
from aml_desktop.engine.eln import eln2017
from aml_desktop.engine.measurements import measurements
from aml_desktop.engine.version import ENGINE_VERSION, RULESET_VERSION

from . import fhir_codes as c

Resource = dict[str, Any]

_NAMESPACE: Final = uuid.uuid5(uuid.NAMESPACE_URL, c.BASE)
_GENDERS: Final = frozenset({"female", "male", "other", "unknown"})
# An absolute URI as FHIR's ``uri`` type needs it for a system: a scheme, a colon, no spaces.
_ABSOLUTE_URI: Final = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S+")
# A FHIR dateTime with a time and zone (the form the store writes ``recorded_at`` in).
_DATE_TIME: Final = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})")


class FhirExportError(ValueError):
    """The case cannot be exported (the message says why, in words)."""


@dataclass(frozen=True)
class _Context:
    """What every resource builder needs: the id root, the patient and condition references."""

    root: str
    patient_ref: str
    condition_ref: str

    def rid(self, *key: object) -> str:
        """The stable resource id of the record named by ``key``."""
        return str(uuid.uuid5(_NAMESPACE, "/".join([self.root, *(str(k) for k in key)])))


# --- small builders ---------------------------------------------------------------------------


def _coding(system: str, code: str, display: str | None = None) -> dict[str, str]:
    coding = {"system": system, "code": code}
    if display:
        coding["display"] = display
    return coding


def _concept(system: str, code: str, display: str | None = None, text: str | None = None) -> dict[str, Any]:
    concept: dict[str, Any] = {"coding": [_coding(system, code, display)]}
    if text:
        concept["text"] = text
    return concept


def _own(code: str) -> dict[str, Any]:
    """A CodeableConcept in the application's Observation code system."""
    return _concept(c.CS_OBSERVATION, code, c.OWN_OBSERVATIONS[code])


def _quantity(value: float, unit: str, ucum: str) -> dict[str, Any]:
    return {"value": value, "unit": unit, "system": c.UCUM, "code": ucum}


def _percent(value: float) -> dict[str, Any]:
    return _quantity(value, "%", "%")


def _extension(name: str, **value: Any) -> dict[str, Any]:
    return {"url": c.extension_url(name), **value}


def _entry(resource: Resource) -> dict[str, Any]:
    return {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}


def _record_identifier(resource_id: str) -> list[dict[str, str]]:
    """The id again as a business identifier, for receivers that assign their own logical ids."""
    return [{"system": c.URI_IDENTIFIER, "value": f"urn:uuid:{resource_id}"}]


def _ranked(keys: Iterable[Hashable]) -> list[int]:
    """For each key (a date, a gene), its rank 1, 2, ... among the entries so far with the same key."""
    seen: Counter[Hashable] = Counter()
    ranks = []
    for key in keys:
        seen[key] += 1
        ranks.append(seen[key])
    return ranks


# --- Patient and Condition --------------------------------------------------------------------


def _patient(case: Case, ctx: _Context, patient_id: str, identifier_system: str, clinic_name: str | None) -> Resource:
    p = case.patient
    identifiers: list[dict[str, Any]] = []
    if p.hospital_number:
        identifiers.append(
            {
                "use": "usual",
                "type": _concept(c.V2_IDENTIFIER_TYPE, "MR", "Medical record number"),
                "system": identifier_system,
                "value": p.hospital_number,
            }
        )
    identifiers.append({"use": "secondary", "system": c.NS_RECORD, "value": patient_id})
    resource: Resource = {"resourceType": "Patient", "id": ctx.rid("Patient"), "identifier": identifiers}
    if p.name:
        # One name as typed: splitting it into given and family names would be a guess.
        resource["name"] = [{"text": p.name}]
    if p.sex in _GENDERS:
        resource["gender"] = p.sex
    resource["birthDate"] = p.birth_date.isoformat()
    if clinic_name:
        # The clinic by name only: it has no record id here from which a stable Organization id could come.
        resource["managingOrganization"] = {"display": clinic_name}
    return resource


def _condition(case: Case, ctx: _Context, as_of: date) -> Resource:
    risk = eln2017(case.diagnosis)
    status = derive_course(case, as_of).status
    rid = ctx.condition_ref.removeprefix("urn:uuid:")
    stage_summary = _concept(c.CS_ELN2017, risk.risk, f"ELN 2017 {risk.risk}")
    if risk.missing_tests:
        stage_summary["text"] = f"ELN 2017 {risk.risk}; missing tests: {', '.join(risk.missing_tests)}"
    resource: Resource = {
        "resourceType": "Condition",
        "id": rid,
        "extension": [
            _extension("disease-status", valueCodeableConcept=_concept(c.CS_STATUS, status)),
            _extension("derived-on", valueDate=as_of.isoformat()),
            _extension("derived-by", valueString=f"AML Desktop engine {ENGINE_VERSION}, ruleset {RULESET_VERSION}"),
        ],
        "identifier": _record_identifier(rid),
    }
    clinical = c.CLINICAL_STATUS.get(status)
    if clinical is not None:
        resource["clinicalStatus"] = _concept(c.CONDITION_CLINICAL, clinical)
    resource["verificationStatus"] = _concept(c.CONDITION_VERIFICATION, "confirmed")
    resource["category"] = [_concept(c.CONDITION_CATEGORY, "problem-list-item", "Problem List Item")]
    resource["code"] = {
        "coding": [_coding(c.ICD10, *c.ICD10_AML), _coding(c.SNOMED, *c.SNOMED_AML)],
        "text": "Acute myeloid leukemia",
    }
    resource["subject"] = {"reference": ctx.patient_ref}
    resource["onsetDateTime"] = case.diagnosis.date.isoformat()
    resource["stage"] = [
        {"summary": stage_summary, "type": _concept(c.CS_CONCEPT, "eln2017-risk", "ELN 2017 genetic risk")}
    ]
    return resource


# --- Observations -------------------------------------------------------------------------------


def _observation(
    ctx: _Context, key: tuple[object, ...], code: dict[str, Any], when: date | None, **fields: Any
) -> Resource:
    rid = ctx.rid("Observation", *key)
    resource: Resource = {
        "resourceType": "Observation",
        "id": rid,
        "identifier": _record_identifier(rid),
        "status": "final",
        "category": [_concept(c.OBSERVATION_CATEGORY, fields.pop("category", "laboratory"))],
        "code": code,
        "subject": {"reference": ctx.patient_ref},
    }
    if when is not None:
        resource["effectiveDateTime"] = when.isoformat()
    resource.update(fields)
    return resource


def _loinc(name: str) -> dict[str, Any]:
    code, display = c.LOINC_CODES[name]
    return _concept(c.LOINC, code, display)


_COUNTS: Final = (
    # (case field, LOINC key, unit shown, UCUM code)
    ("wbc", "wbc", "10^9/L", "10*9/L"),
    ("anc", "anc", "10^9/L", "10*9/L"),
    ("platelets", "platelets", "10^9/L", "10*9/L"),
    ("hemoglobin", "hemoglobin", "g/dL", "g/dL"),
)


def _fraction(percent: float) -> float:
    """A percentage as a fraction, in decimal arithmetic so 35.5 % is 0.355, not 0.35500000000000004."""
    return float(Decimal(repr(percent)) / 100)


def _mutation(ctx: _Context, key: tuple[object, ...], m: Mutation, when: date) -> Resource:
    """As the HL7 Genomics Reporting variant (69548-6 = Present) with the gene studied; the variant as typed."""
    components: list[dict[str, Any]] = [{"code": _loinc("gene-studied"), "valueCodeableConcept": {"text": m.gene}}]
    if m.variant is not None:
        components.append({"code": _own("variant"), "valueString": m.variant})
    if m.allelic_ratio is not None:
        components.append({"code": _own("allelic-ratio"), "valueQuantity": _quantity(m.allelic_ratio, "ratio", "1")})
    if m.vaf is not None:
        components.append({"code": _loinc("sample-vaf"), "valueQuantity": _quantity(_fraction(m.vaf), "fraction", "1")})
    label = " ".join(part for part in (m.gene, m.variant) if part)
    code = {**_loinc("variant-assessment"), "text": f"{label} mutation"}
    return _observation(
        ctx,
        key,
        code,
        when,
        focus=[{"reference": ctx.condition_ref}],
        valueCodeableConcept=_loinc("present"),
        component=components,
    )


def _sample(
    ctx: _Context,
    prefix: tuple[object, ...],
    when: date,
    *,
    mutations: tuple[Mutation, ...] | None,
    tested: tuple[str, ...] | None,
    karyotype: str | None,
    findings: tuple[str, ...] | None,
) -> list[Resource]:
    """Mutations, genes tested and karyotype of one sample (diagnosis or a later assessment)."""
    found: list[Resource] = []
    gene_ranks = _ranked(m.gene for m in mutations or ())
    for m, rank in zip(mutations or (), gene_ranks, strict=True):
        found.append(_mutation(ctx, (*prefix, "mutation", m.gene, rank), m, when))
    if tested:
        components = [{"code": _loinc("gene-studied"), "valueCodeableConcept": {"text": gene}} for gene in tested]
        code = {**_loinc("region-studied"), "text": "Genes tested"}
        found.append(_observation(ctx, (*prefix, "genes-tested"), code, when, component=components))
    if karyotype is not None or findings:
        fields: dict[str, Any] = {}
        if karyotype is not None:
            fields["valueString"] = karyotype
        if findings:
            fields["component"] = [
                {"code": _own("cytogenetic-finding"), "valueCodeableConcept": _concept(c.CS_FINDING, finding)}
                for finding in findings
            ]
        found.append(_observation(ctx, (*prefix, "karyotype"), _own("karyotype"), when, **fields))
    return found


def _diagnosis_observations(case: Case, ctx: _Context) -> list[Resource]:
    d = case.diagnosis
    when = d.date
    found = _sample(
        ctx,
        ("diagnosis",),
        when,
        mutations=d.mutations,
        tested=d.tested_genes,
        karyotype=d.karyotype,
        findings=d.cytogenetic_findings,
    )
    if d.wbc is not None:
        found.append(
            _observation(
                ctx, ("diagnosis", "wbc"), _loinc("wbc"), when, valueQuantity=_quantity(d.wbc, "10^9/L", "10*9/L")
            )
        )
    if d.cd33_percent is not None:
        found.append(
            _observation(ctx, ("diagnosis", "cd33"), _own("cd33"), when, valueQuantity=_percent(d.cd33_percent))
        )
    if d.extramedullary is not None:
        found.append(
            _observation(
                ctx, ("diagnosis", "extramedullary"), _own("extramedullary"), when, valueBoolean=d.extramedullary
            )
        )
    return found


def _assessment_observations(a: Assessment, ctx: _Context, rank: int) -> list[Resource]:
    prefix: tuple[object, ...] = ("assessment", a.date.isoformat(), rank)
    when = a.date
    found: list[Resource] = []
    if a.marrow_blasts_percent is not None:
        found.append(
            _observation(
                ctx,
                (*prefix, "marrow-blasts"),
                _own("marrow-blasts"),
                when,
                valueQuantity=_percent(a.marrow_blasts_percent),
            )
        )
    if a.circulating_blasts is not None:
        found.append(
            _observation(
                ctx,
                (*prefix, "circulating-blasts"),
                _own("circulating-blasts"),
                when,
                valueBoolean=a.circulating_blasts,
            )
        )
    if a.extramedullary is not None:
        found.append(
            _observation(ctx, (*prefix, "extramedullary"), _own("extramedullary"), when, valueBoolean=a.extramedullary)
        )
    for field, loinc_key, unit, ucum in _COUNTS:
        value = getattr(a, field)
        if value is not None:
            found.append(
                _observation(ctx, (*prefix, field), _loinc(loinc_key), when, valueQuantity=_quantity(value, unit, ucum))
            )
    if a.mrd is not None:
        fields: dict[str, Any] = {"valueCodeableConcept": _concept(c.CS_MRD, a.mrd.status)}
        if a.mrd.method is not None:
            fields["method"] = _concept(c.CS_MRD_METHOD, a.mrd.method)
        if a.mrd.value is not None:
            fields["component"] = [{"code": _own("mrd-level"), "valueQuantity": _percent(a.mrd.value)}]
        found.append(_observation(ctx, (*prefix, "mrd"), _own("mrd"), when, **fields))
    found += _sample(
        ctx,
        prefix,
        when,
        mutations=a.mutations,
        tested=a.tested_genes,
        karyotype=a.karyotype,
        findings=a.cytogenetic_findings,
    )
    return found


def _fitness_observations(case: Case, ctx: _Context) -> list[Resource]:
    f = case.fitness
    if f is None:
        return []
    found: list[Resource] = []
    if f.ecog is not None:
        found.append(
            _observation(ctx, ("fitness", "ecog"), _loinc("ecog"), f.date, category="survey", valueInteger=f.ecog)
        )
    if f.fit_for_intensive is not None:
        found.append(
            _observation(
                ctx,
                ("fitness", "fit-for-intensive"),
                _own("fit-for-intensive"),
                f.date,
                category="exam",
                valueBoolean=f.fit_for_intensive,
            )
        )
    return found


def _measurement_observations(case: Case, ctx: _Context) -> list[Resource]:
    found: list[Resource] = []
    entries = measurements(case)
    for m, rank in zip(entries, _ranked(m.date for m in entries), strict=True):
        for name, value, unit in (("height", m.height_cm, "cm"), ("weight", m.weight_kg, "kg")):
            if value is not None:
                key = ("measurement", m.date.isoformat(), rank, name)
                code = _loinc(f"body-{name}")
                vital = _quantity(value, unit, unit)
                found.append(_observation(ctx, key, code, m.date, category="vital-signs", valueQuantity=vital))
    return found


# --- Courses: MedicationStatement per agent, Procedure per transplant ---------------------------


def _course_extensions(course: Course, course_id: str, regimen_name: str | None) -> list[dict[str, Any]]:
    system = c.CS_REGIMEN
    extensions = [
        _extension("course", valueIdentifier={"system": c.URI_IDENTIFIER, "value": f"urn:uuid:{course_id}"}),
        _extension("course-phase", valueCodeableConcept=_concept(c.CS_PHASE, course.phase)),
        _extension(
            "regimen",
            valueCodeableConcept=_concept(system, course.regimen, regimen_name)
            if regimen_name
            else {"text": course.regimen},
        ),
    ]
    if course.cycle is not None:
        extensions.append(_extension("cycle-number", valuePositiveInt=course.cycle))
    if course.intensity is not None:
        extensions.append(
            _extension("course-intensity", valueCodeableConcept=_concept(c.CS_INTENSITY, course.intensity))
        )
    return extensions


def _period(course: Course) -> dict[str, str]:
    period = {"start": course.start.isoformat()}
    if course.end is not None:
        period["end"] = course.end.isoformat()
    return period


def _course_resources(course: Course, ctx: _Context, rank: int, as_of: date) -> list[Resource]:
    key = ("course", course.start.isoformat(), course.phase, rank)
    course_id = ctx.rid(*key)
    if course.phase == "transplant":
        rid = ctx.rid("Procedure", *key)
        kind = course.regimen if course.regimen in ("allogeneic", "autologous") else None
        code = (
            _concept(c.CS_PROCEDURE, f"{kind}-hct", f"{kind.capitalize()} hematopoietic cell transplantation")
            if kind
            else {"text": f"Transplant: {course.regimen}"}
        )
        resource: Resource = {
            "resourceType": "Procedure",
            "id": rid,
            "extension": _course_extensions(course, course_id, None),
            "identifier": _record_identifier(rid),
            "status": "completed" if course.start <= as_of else "preparation",
            "code": code,
            "subject": {"reference": ctx.patient_ref},
        }
        if course.end is not None:
            resource["performedPeriod"] = _period(course)
        else:
            resource["performedDateTime"] = course.start.isoformat()
        resource["reasonReference"] = [{"reference": ctx.condition_ref}]
        return [resource]

    catalog = load_catalog()
    regimen = catalog.get(course.regimen) if course.regimen in catalog.codes() else None
    # Each agent group of the regimen: one agent, or alternatives the record does not choose between.
    groups: tuple[tuple[str, ...], ...] = regimen.requires if regimen is not None else ()
    if not groups:
        groups = ((),)  # no agents known (BSC, DLI, free text): one statement naming the regimen
    finished = course.end is not None and course.end <= as_of
    statements = []
    for group in groups:
        agent_key = "+".join(group) or "regimen"
        rid = ctx.rid("MedicationStatement", *key, agent_key)
        if len(group) == 1:
            agent = group[0]
            medication = _concept(c.CS_AGENT, agent, agent.replace("_", " "))
            if agent in c.ATC_AGENTS:
                medication["coding"].append(_coding(c.ATC, c.ATC_AGENTS[agent], agent.replace("_", " ")))
        elif group:
            # The regimen allows either agent (7+3: daunorubicin or idarubicin); the record does not say which.
            medication = {"text": " or ".join(a.replace("_", " ") for a in group) + " (which one is not recorded)"}
        else:
            medication = {"text": regimen.name if regimen is not None else course.regimen}
        statement: Resource = {
            "resourceType": "MedicationStatement",
            "id": rid,
            "extension": _course_extensions(course, course_id, regimen.name if regimen is not None else None),
            "identifier": _record_identifier(rid),
            # Without an end date the record cannot say whether the course is still running.
            "status": "completed" if finished else "unknown",
            "medicationCodeableConcept": medication,
            "subject": {"reference": ctx.patient_ref},
            "effectivePeriod": _period(course),
            "reasonReference": [{"reference": ctx.condition_ref}],
        }
        statements.append(statement)
    return statements


# --- Decisions: CarePlan ------------------------------------------------------------------------


# A decision voided or superseded in the application (store migration 0004) -> CarePlan.status (R4).
_CORRECTED_STATUS: Final = {"voided": "entered-in-error", "superseded": "revoked"}


def _care_plan(decision: Decision, detail: DecisionDetail | None, ctx: _Context, rank: int) -> Resource:
    rid = ctx.rid("CarePlan", "decision", decision.date.isoformat(), rank)
    extensions = [
        _extension("recommended-category", valueCodeableConcept=_concept(c.CS_CATEGORY, decision.recommended)),
        _extension("chosen-category", valueCodeableConcept=_concept(c.CS_CATEGORY, decision.chosen)),
    ]
    if decision.override_reason is not None:
        extensions.append(_extension("override-reason", valueString=decision.override_reason))
    detail = detail or DecisionDetail()
    if detail.reason_code is not None:
        extensions.append(
            _extension("override-reason-code", valueCodeableConcept=_concept(c.CS_REASON, detail.reason_code))
        )
    if detail.ruleset_version is not None:
        extensions.append(_extension("ruleset-version", valueString=detail.ruleset_version))
    recorded_at = detail.recorded_at
    if recorded_at is not None:
        # The application writes an ISO instant; a hand-edited case file may hold other text, kept as text.
        kind = "valueDateTime" if _DATE_TIME.fullmatch(recorded_at) else "valueString"
        extensions.append(_extension("recorded-at", **{kind: recorded_at}))
    if detail.recorded_by is not None:
        extensions.append(_extension("recorded-by", valueString=detail.recorded_by))
    activity_detail: dict[str, Any] = {
        "code": _concept(c.CS_CATEGORY, decision.chosen),
        # The application records the decision, not whether the plan is being carried out.
        "status": "unknown",
    }
    if decision.regimen is not None:
        catalog = load_catalog()
        if decision.regimen in catalog.codes():
            activity_detail["productCodeableConcept"] = _concept(
                c.CS_REGIMEN, decision.regimen, catalog.get(decision.regimen).name
            )
        else:
            activity_detail["productCodeableConcept"] = {"text": decision.regimen}
    resource: Resource = {
        "resourceType": "CarePlan",
        "id": rid,
        "extension": extensions,
        "identifier": _record_identifier(rid),
        # A corrected decision stays in the record, marked: voided (entered in error) or superseded.
        "status": _CORRECTED_STATUS.get(str(detail.status), "unknown"),
        "intent": "plan",
        "title": f"Treatment decision of {decision.date.isoformat()}",
        "subject": {"reference": ctx.patient_ref},
        "created": decision.date.isoformat(),
    }
    if decision.clinician is not None:
        # The clinician is recorded as a name only: a display-only reference, no Practitioner resource.
        resource["author"] = {"display": decision.clinician}
    resource["addresses"] = [{"reference": ctx.condition_ref}]
    resource["activity"] = [{"detail": activity_detail}]
    return resource


def identifier_system_problem(text: str) -> str | None:
    """Why ``text`` cannot be the system of the hospital numbers, or None when it can."""
    if _ABSOLUTE_URI.fullmatch(text):
        return None
    return f"{text!r} is not an absolute URI (e.g. urn:oid:1.2.3 or https://...)"


# --- the bundle ---------------------------------------------------------------------------------


def case_to_bundle(
    case: Case, *, as_of: date, identifier_system: str | None = None, clinic_name: str | None = None
) -> dict[str, Any]:
    """The patient's whole record as one FHIR R4 ``Bundle`` of type ``collection``.

    ``as_of`` is the day the disease status is derived for (the export date). The case must carry
    its record id (``patient.id``): the resource ids are derived from it. ``identifier_system`` is
    the URI the clinic's hospital numbers are issued under (default: a local name, see README);
    ``clinic_name`` is named as the patient's managing organization.
    """
    patient_id = case.patient.id
    if not patient_id:
        raise FhirExportError("the patient has no record id: store the case first, then export it")
    identifier_system = c.DEFAULT_HOSPITAL_NUMBER_SYSTEM if identifier_system is None else identifier_system
    problem = identifier_system_problem(identifier_system)
    if problem is not None:
        raise FhirExportError(f"identifier system: {problem}")
    case = replace(case, as_of=as_of)
    root = f"patient/{patient_id}"
    probe = _Context(root, "", "")
    ctx = _Context(root, f"urn:uuid:{probe.rid('Patient')}", f"urn:uuid:{probe.rid('Condition', 'aml')}")
    resources: list[Resource] = [
        _patient(case, ctx, patient_id, identifier_system, clinic_name),
        _condition(case, ctx, as_of),
    ]
    resources += _diagnosis_observations(case, ctx)
    for a, rank in zip(case.assessments, _ranked(a.date for a in case.assessments), strict=True):
        resources += _assessment_observations(a, ctx, rank)
    resources += _fitness_observations(case, ctx)
    resources += _measurement_observations(case, ctx)
    course_ranks = _ranked((course.start, course.phase) for course in case.courses)
    for course, rank in zip(case.courses, course_ranks, strict=True):
        resources += _course_resources(course, ctx, rank, as_of)
    details = app_data(case).decision_details
    for decision, detail, rank in zip(case.decisions, details, _ranked(d.date for d in case.decisions), strict=True):
        resources.append(_care_plan(decision, detail, ctx, rank))
    return {
        "resourceType": "Bundle",
        "id": ctx.rid("Bundle"),
        "identifier": {"system": c.URI_IDENTIFIER, "value": f"urn:uuid:{ctx.rid('Bundle')}"},
        "type": "collection",
        "entry": [_entry(r) for r in resources],
    }


def bundle_json(bundle: Mapping[str, Any]) -> bytes:
    """The bundle as UTF-8 JSON bytes: indented, key order as built, one final newline."""
    return (json.dumps(bundle, ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode("utf-8")


def export_bytes(
    case: Case, *, as_of: date, identifier_system: str | None = None, clinic_name: str | None = None
) -> bytes:
    """``case_to_bundle`` written as JSON: what the command line and the window save."""
    return bundle_json(case_to_bundle(case, as_of=as_of, identifier_system=identifier_system, clinic_name=clinic_name))
