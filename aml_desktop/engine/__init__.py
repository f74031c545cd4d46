"""The clinical engine: pure functions from a patient's course to a cited recommendation.

Standard library only: no Qt, no SQL, no PDF, no clock (the date is passed in). The
import-linter contracts in pyproject.toml keep it that way.
"""

from .case import Assessment, Case, Course, Decision, Diagnosis, Fitness, Mrd, Mutation, Patient
from .case_io import CaseError, Problem, case_to_dict, dump_case, load_case, parse_case
from .course import AssessmentResponse, classify_assessments, derive_course
from .evaluate import evaluate
from .result import Recommendation, Result, Therapy, result_to_dict, result_to_json
from .settings import EngineSettings, Formulary
from .version import ENGINE_VERSION, RULESET_VERSION

__all__ = [
    "ENGINE_VERSION",
    "RULESET_VERSION",
    "Assessment",
    "AssessmentResponse",
    "Case",
    "CaseError",
    "Course",
    "Decision",
    "Diagnosis",
    "EngineSettings",
    "Fitness",
    "Formulary",
    "Mrd",
    "Mutation",
    "Patient",
    "Problem",
    "Recommendation",
    "Result",
    "Therapy",
    "case_to_dict",
    "classify_assessments",
    "derive_course",
    "dump_case",
    "evaluate",
    "load_case",
    "parse_case",
    "result_to_dict",
    "result_to_json",
]
