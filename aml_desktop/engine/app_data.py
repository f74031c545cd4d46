"""The application's own data in a case file, ``extensions["aml_desktop"]``, parsed once into types.

The case format is fixed (case-format.md), so what AML Desktop adds lives in this block:

- ``measurements``: dated heights and weights for BSA (how an entry is read: ``measurements.py``);
- ``fitness_criteria``: the codes of the Ferrara 2013 unfitness criteria ticked in the fitness form;
- ``decision_details``: per decision (same order), the override reason code, the ruleset version,
  who recorded it and when, and the engine's answer it was made on; for a corrected decision,
  whether it was voided or superseded (and by which), why, by whom and when.

Readers call :func:`app_data` (parsed once per case object, whoever asks); the forms write
through :func:`updated_extensions`, which changes only the keys given and keeps everything else
in ``extensions`` verbatim, so import followed by export gives back every field. Another tool
(or a hand) may have written the block, so it is read defensively: what cannot be read is left
out and named in ``warnings``, never guessed.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from .case import Case
from .measurements import Measurement, parse_measurements

APP: Final = "aml_desktop"
MEASUREMENTS: Final = "measurements"
FITNESS_CRITERIA: Final = "fitness_criteria"
DECISION_DETAILS: Final = "decision_details"
# Issue 15: chemotherapy cycles and organ results, read and written by engine.cycles and engine.organ.
CYCLES: Final = "cycles"
ORGAN_RESULTS: Final = "organ_results"
# Keys of one decision_details entry, in the order they are written.
DETAIL_KEYS: Final = (
    "reason_code",
    "ruleset_version",
    "recorded_at",
    "recorded_by",
    "snapshot",
    # A correction: "voided" or "superseded" (by the decision at position ``superseded_by``), why, who, when.
    "status",
    "status_reason",
    "status_at",
    "status_by",
    "superseded_by",
)
DECISION_STATUSES: Final = ("voided", "superseded")


@dataclass(frozen=True)
class DecisionDetail:
    """What the store records beside a decision (the case format's decision has no room for it)."""

    reason_code: str | None = None
    ruleset_version: str | None = None
    recorded_at: str | None = None
    recorded_by: str | None = None
    snapshot: Mapping[str, Any] | None = None
    status: str | None = None  # "voided" or "superseded": the decision stays, marked
    status_reason: str | None = None
    status_at: str | None = None
    status_by: str | None = None
    superseded_by: int | None = None  # position of the decision that replaced it


@dataclass(frozen=True)
class AppData:
    """``extensions["aml_desktop"]`` of one case, read."""

    measurements: tuple[Measurement, ...] = ()  # oldest first; unreadable entries left out
    fitness_criteria: tuple[str, ...] = ()
    decision_details: tuple[DecisionDetail | None, ...] = ()  # aligned with case.decisions
    measurement_warnings: tuple[str, ...] = ()  # one per problem, naming the entry and the field
    warnings: tuple[str, ...] = ()  # the other parts of the block that could not be read


def app_block(extensions: Any) -> Mapping[str, Any]:
    """The raw ``aml_desktop`` block of ``extensions`` (empty when absent or not an object)."""
    block = extensions.get(APP) if isinstance(extensions, Mapping) else None
    return block if isinstance(block, Mapping) else {}


_parsed: dict[int, AppData] = {}


def app_data(case: Case) -> AppData:
    """The case's application data, parsed on the first call for this case object and kept with it."""
    key = id(case)
    found = _parsed.get(key)
    if found is None:
        found = _parse(case)
        _parsed[key] = found
        weakref.finalize(case, _parsed.pop, key, None)
    return found


def _parse(case: Case) -> AppData:
    no_details = (None,) * len(case.decisions)
    extensions = case.extensions
    if extensions is None:
        return AppData(decision_details=no_details)
    if not isinstance(extensions, Mapping):
        problem = f"extensions must be an object, not {type(extensions).__name__}"
        return AppData(decision_details=no_details, measurement_warnings=(f"{problem}: measurements not read",))
    raw = extensions.get(APP)
    if raw is not None and not isinstance(raw, Mapping):
        problem = f'extensions["{APP}"] must be an object, not {type(raw).__name__}'
        return AppData(decision_details=no_details, measurement_warnings=(f"{problem}: measurements not read",))
    block = raw or {}
    measurements, measurement_warnings = parse_measurements(block.get(MEASUREMENTS))
    criteria = block.get(FITNESS_CRITERIA)
    ticked: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    if isinstance(criteria, list) and all(isinstance(c, str) for c in criteria):
        ticked = tuple(criteria)
    elif criteria is not None:
        warnings = (f'extensions["{APP}"]["{FITNESS_CRITERIA}"] must be a list of codes: not read',)
    details = tuple(_detail(block.get(DECISION_DETAILS), index) for index in range(len(case.decisions)))
    return AppData(measurements, ticked, details, measurement_warnings, warnings)


def _detail(details: Any, index: int) -> DecisionDetail | None:
    """The entry of decision ``index``: stored as a list (as written here) or keyed by index."""
    entry: Any = None
    if isinstance(details, Sequence) and not isinstance(details, str | bytes):
        entry = details[index] if index < len(details) else None
    elif isinstance(details, Mapping):
        entry = details.get(str(index), details.get(index))
    if not isinstance(entry, Mapping):
        return None

    def text(key: str) -> str | None:
        value = entry.get(key)
        return value if isinstance(value, str) and value else None

    snapshot = entry.get("snapshot")
    return DecisionDetail(
        reason_code=text("reason_code"),
        ruleset_version=text("ruleset_version"),
        recorded_at=text("recorded_at"),
        recorded_by=text("recorded_by"),
        snapshot=snapshot if isinstance(snapshot, Mapping) else None,
        status=status if (status := text("status")) in DECISION_STATUSES else None,
        status_reason=text("status_reason"),
        status_at=text("status_at"),
        status_by=text("status_by"),
        superseded_by=by if type(by := entry.get("superseded_by")) is int else None,
    )


def updated_extensions(extensions: Any, **changes: Any) -> dict[str, Any]:
    """A copy of ``extensions`` with the given keys of the ``aml_desktop`` block set.

    A value of ``None`` or an empty list removes the key, and an empty block is removed, so a
    case that never had application data does not gain an empty ``{"aml_desktop": {}}``. Every
    other key, here and in other tools' blocks, is kept as it was.
    """
    unknown = set(changes) - {MEASUREMENTS, FITNESS_CRITERIA, DECISION_DETAILS, CYCLES, ORGAN_RESULTS}
    if unknown:
        raise KeyError(f"not a key of extensions[{APP!r}]: {', '.join(sorted(unknown))}")
    out = dict(extensions) if isinstance(extensions, Mapping) else {}
    block = dict(app_block(out))
    for key, value in changes.items():
        if value is None or (isinstance(value, list | tuple) and not value):
            block.pop(key, None)
        else:
            block[key] = list(value) if isinstance(value, tuple) else value
    if block:
        out[APP] = block
    else:
        out.pop(APP, None)
    return out
