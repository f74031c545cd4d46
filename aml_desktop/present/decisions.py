"""A recorded clinician decision with what was stored beside it, as every view lists it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from aml_desktop.engine.case import Decision


@dataclass(frozen=True)
class DecisionEntry:
    """One recorded clinician decision with what was stored beside it.

    ``ruleset_version`` is the rule set that produced the recommendation the clinician saw,
    so a decision made under older rules is shown as such.
    """

    decision: Decision
    reason_code: str | None = None
    ruleset_version: str | None = None
    recorded_at: str | None = None
    recorded_by: str | None = None
    # A correction: "voided" or "superseded", and why (the decision is still shown, marked).
    status: str | None = None
    status_reason: str | None = None

    @classmethod
    def from_records(cls, records: Iterable[Any]) -> tuple[DecisionEntry, ...]:
        """Entries from the store's decision records (anything with the same attribute names)."""
        return tuple(
            cls(
                r.decision,
                r.reason_code,
                r.ruleset_version,
                r.recorded_at,
                r.recorded_by,
                getattr(r, "status", None),
                getattr(r, "status_reason", None),
            )
            for r in records
        )

    @property
    def accepted(self) -> bool:
        """True when the clinician chose the recommended category."""
        return self.decision.chosen == self.decision.recommended
