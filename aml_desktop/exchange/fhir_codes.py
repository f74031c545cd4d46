"""Every URI and code the FHIR export writes, with where each standard code was checked.

Standard codes are used only where a public source confirmed them (named beside each one). Where
no standard code was confirmed, the code is the application's own, in a code system under
``BASE``. ``BASE`` is deliberately not resolvable (``.invalid`` is reserved by RFC 2606): the
URIs are names, not addresses, and nothing is fetched. A project that publishes an
implementation guide changes ``BASE`` here, in one place.
"""

from __future__ import annotations

from typing import Final

BASE: Final = "http://aml-desktop.invalid/fhir"

# The application's own code systems (CodeSystem URIs) and extensions (StructureDefinition URLs).
CS_OBSERVATION: Final = f"{BASE}/CodeSystem/observation"  # what an Observation measured
CS_ELN2017: Final = f"{BASE}/CodeSystem/eln2017-risk"  # favorable | intermediate | adverse | unknown
CS_STATUS: Final = f"{BASE}/CodeSystem/disease-status"  # engine/codes.py STATUSES
CS_CATEGORY: Final = f"{BASE}/CodeSystem/treatment-category"  # engine/codes.py CATEGORIES
CS_REGIMEN: Final = f"{BASE}/CodeSystem/regimen"  # engine/codes.py REGIMENS (or text as typed)
CS_AGENT: Final = f"{BASE}/CodeSystem/agent"  # resources/regimens.json agent names
CS_PHASE: Final = f"{BASE}/CodeSystem/course-phase"  # induction, consolidation, ...
CS_INTENSITY: Final = f"{BASE}/CodeSystem/course-intensity"
CS_PROCEDURE: Final = f"{BASE}/CodeSystem/procedure"  # allogeneic / autologous transplant
CS_MRD: Final = f"{BASE}/CodeSystem/mrd"  # negative | positive
CS_MRD_METHOD: Final = f"{BASE}/CodeSystem/mrd-method"  # flow | qpcr | ngs
CS_FINDING: Final = f"{BASE}/CodeSystem/cytogenetic-finding"  # case-format.md finding codes
CS_REASON: Final = f"{BASE}/CodeSystem/decision-reason"  # engine/codes.py DECISION_REASONS
CS_CONCEPT: Final = f"{BASE}/CodeSystem/concept"  # labels: ELN 2017 risk as a stage type
NS_RECORD: Final = f"{BASE}/NamingSystem/record-id"  # the application's patient record id

#: Default system of the hospital-number identifier: a name, not an address. A clinic sets its own
#: (e.g. the ``urn:oid:`` its national registry assigned) with ``--identifier-system``.
DEFAULT_HOSPITAL_NUMBER_SYSTEM: Final = f"{BASE}/NamingSystem/hospital-number"


def extension_url(name: str) -> str:
    """The URL of one of the application's extensions."""
    return f"{BASE}/StructureDefinition/{name}"


# Standard code systems (canonical URIs from the FHIR R4 terminology pages).
LOINC: Final = "http://loinc.org"
SNOMED: Final = "http://snomed.info/sct"
ICD10: Final = "http://hl7.org/fhir/sid/icd-10"
UCUM: Final = "http://unitsofmeasure.org"
ATC: Final = "http://www.whocc.no/atc"  # WHO ATC, as HL7 Terminology (THO) names it
OBSERVATION_CATEGORY: Final = "http://terminology.hl7.org/CodeSystem/observation-category"
CONDITION_CLINICAL: Final = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDITION_VERIFICATION: Final = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDITION_CATEGORY: Final = "http://terminology.hl7.org/CodeSystem/condition-category"
V2_IDENTIFIER_TYPE: Final = "http://terminology.hl7.org/CodeSystem/v2-0203"
URI_IDENTIFIER: Final = "urn:ietf:rfc:3986"

# The diagnosis, as issue #18 asks: ICD-10 C92.0 and SNOMED CT 91861009.
ICD10_AML: Final = ("C92.0", "Acute myeloblastic leukaemia")
SNOMED_AML: Final = ("91861009", "Acute myeloid leukemia")

#: LOINC codes, each confirmed in a public source (checked 2026-11-30):
#:   26464-8  loinc.org panel pages 24318-8 and 55429-5 ("Leukocytes [#/volume] in Blood")
#:   26515-7  loinc.org/26515-7 ("Platelets [#/volume] in Blood")
#:   718-7    hospital test catalogues (Mayo/MCHS "HGB", Rochester General) and the Swiss
#:            ch-lab-report FHIR IG hemoglobin profile ("Hemoglobin [Mass/volume] in Blood")
#:   26499-4  public FHIR Observation examples and lab code tables ("Neutrophils [#/volume] in Blood")
#:   89247-1  HL7 mCODE ECOG profile and the LOINC 89246-3 panel ("ECOG Performance Status score")
#:   8302-2, 29463-7  the FHIR core bodyheight and bodyweight profiles ("Body height", "Body weight")
#:   69548-6, LA9633-4, 48018-6, 81258-6, 53041-0  HL7 Genomics Reporting IG (STU3 variant example,
#:            region-studied examples): "Genetic variant assessment" = "Present", "Gene studied [ID]",
#:            "Sample VAF" (a fraction, UCUM 1), "DNA region of interest panel"
#: The method-unspecified codes are used: the record does not say how a count was made.
#: No LOINC code for marrow blasts % or for the presence of circulating blasts could be confirmed
#: (a candidate seen in one public file was not found on loinc.org), so those use CS_OBSERVATION;
#: so do the variant as typed (not always HGVS) and the FLT3 allelic ratio.
LOINC_CODES: Final = {
    "wbc": ("26464-8", "Leukocytes [#/volume] in Blood"),
    "platelets": ("26515-7", "Platelets [#/volume] in Blood"),
    "hemoglobin": ("718-7", "Hemoglobin [Mass/volume] in Blood"),
    "anc": ("26499-4", "Neutrophils [#/volume] in Blood"),
    "ecog": ("89247-1", "ECOG Performance Status score"),
    "body-height": ("8302-2", "Body height"),
    "body-weight": ("29463-7", "Body weight"),
    "variant-assessment": ("69548-6", "Genetic variant assessment"),
    "present": ("LA9633-4", "Present"),
    "gene-studied": ("48018-6", "Gene studied [ID]"),
    "sample-vaf": ("81258-6", "Sample VAF"),
    "region-studied": ("53041-0", "DNA region of interest panel"),
}

# The application's own Observation codes (CS_OBSERVATION), with their display text.
OWN_OBSERVATIONS: Final = {
    "marrow-blasts": "Blasts in bone marrow (% of cells)",
    "circulating-blasts": "Circulating blasts present in blood",
    "extramedullary": "Extramedullary disease present",
    "mrd": "Measurable residual disease",
    "mrd-level": "MRD level (%)",
    "variant": "Variant as recorded",
    "allelic-ratio": "Allelic ratio (mutant:wild type)",
    "karyotype": "Karyotype (ISCN text as recorded)",
    "cytogenetic-finding": "Cytogenetic finding",
    "cd33": "CD33-positive blasts (%)",
    "fit-for-intensive": "Fit for intensive chemotherapy (clinician's judgement)",
}

#: engine status -> condition-clinical code; absent means no standard code says it without a guess.
CLINICAL_STATUS: Final = {
    "newly_diagnosed": "active",
    "on_induction": "active",
    "persistent_after_one_cycle": "active",
    "primary_refractory": "active",
    "in_remission": "remission",
    "relapsed": "relapse",
    "molecular_relapse": "relapse",
}

#: WHO ATC codes of the agents, added beside the application's agent code, only where a public
#: source confirmed the current code (checked 2026-11-30): cytarabine (WHO Essential Medicines
#: List entry), decitabine (sanomedica drug monograph), idarubicin (info-patient.de ATC group page),
#: cladribine, fludarabine, clofarabine (rxreasoner ATC group L01BB). The others (among them the
#: newer targeted agents, whose ATC groups were reorganised in 2022) carry only the application's
#: code until their current ATC code is checked.
ATC_AGENTS: Final = {
    "cytarabine": "L01BC01",
    "decitabine": "L01BC08",
    "idarubicin": "L01DB06",
    "cladribine": "L01BB04",
    "fludarabine": "L01BB05",
    "clofarabine": "L01BB06",
}
