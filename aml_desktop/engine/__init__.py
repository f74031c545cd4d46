"""The clinical engine: pure functions from a patient's course to a cited recommendation.

Standard library only: no Qt, no SQL, no PDF, no clock (the date is passed in). The
import-linter contracts in pyproject.toml keep it that way.

Exports load lazily (PEP 562), so ``import aml_desktop.engine.case`` does not pull in the
rules and the catalog: the window paints sooner.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "Assessment": "case",
    "Case": "case",
    "Course": "case",
    "Decision": "case",
    "Diagnosis": "case",
    "Fitness": "case",
    "Mrd": "case",
    "Mutation": "case",
    "Patient": "case",
    "CaseError": "case_io",
    "Problem": "case_io",
    "case_to_dict": "case_io",
    "dump_case": "case_io",
    "load_case": "case_io",
    "parse_case": "case_io",
    "AssessmentResponse": "course",
    "classify_assessments": "course",
    "derive_course": "course",
    "evaluate": "evaluate",
    "Recommendation": "result",
    "Result": "result",
    "Therapy": "result",
    "result_to_dict": "result",
    "result_to_json": "result",
    "EngineSettings": "settings",
    "Formulary": "settings",
    "ENGINE_VERSION": "version",
    "RULESET_VERSION": "version",
}

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

if TYPE_CHECKING:
    from .case import Assessment, Case, Course, Decision, Diagnosis, Fitness, Mrd, Mutation, Patient
    from .case_io import CaseError, Problem, case_to_dict, dump_case, load_case, parse_case
    from .course import AssessmentResponse, classify_assessments, derive_course
    from .evaluate import evaluate
    from .result import Recommendation, Result, Therapy, result_to_dict, result_to_json
    from .settings import EngineSettings, Formulary
    from .version import ENGINE_VERSION, RULESET_VERSION


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'aml_desktop.engine' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


class _Package(types.ModuleType):
    """Keeps an export whose name is also its module's (``evaluate``) the function.

    Importing ``aml_desktop.engine.evaluate`` makes Python set the package attribute ``evaluate``
    to the submodule, after which ``from aml_desktop.engine import evaluate`` would hand out the
    module instead of the function (a call then fails far from the cause). The submodule stays
    reachable through ``sys.modules``.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if isinstance(value, types.ModuleType) and _EXPORTS.get(name) == name:
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
