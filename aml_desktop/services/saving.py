"""Saving a patient's whole record from the window: evaluated once, saved, read back.

The engine runs once per save: its answer gives the list's status (stored with the record)
and is what the window shows, instead of the store and the window evaluating separately.
The record shown afterwards is read back from the database, so the screen shows exactly
what the record holds.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from aml_desktop.engine.case import Case
from aml_desktop.engine.evaluate import evaluate
from aml_desktop.engine.result import Result
from aml_desktop.store import Store


@dataclass(frozen=True)
class Saved:
    patient_id: str
    case: Case  # as the database now holds it
    result: Result | None  # None when the engine could not evaluate it (``problem`` says why)
    problem: str | None = None


def save_patient(store: Store, case: Case, *, user: str, today: date, expected_version: int | None = None) -> Saved:
    """Save ``case`` in one transaction (a new patient gets an id) and return it with the engine's answer.

    ``expected_version``: the record version the editor started from (``StaleRecord`` if it changed).
    """
    # A stored record has no as_of and no formulary of its own: today and the clinic's settings apply.
    stored_form = replace(case, as_of=None, formulary=())
    result: Result | None
    try:
        result = evaluate(stored_form, today=today, settings=store.engine_settings())
        problem = None
    except Exception as error:  # the record is still saved; the window says the engine failed
        result, problem = None, str(error) or type(error).__name__
    patient_id = store.save_case(case, user=user, expected_version=expected_version, result=result)
    return Saved(patient_id, store.get_case(patient_id), result, problem)
