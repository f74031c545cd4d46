"""A rationale step keeps the words it was built with: only its first letter is raised."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from aml_desktop.engine import evaluate, load_case

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "clinic"


def test_a_failed_regimen_in_the_reasons_is_named_not_lowered_to_its_code() -> None:
    # DEMO-026: primary refractory, azacitidine with venetoclax failed, unfit: the unfit step lists why.
    result = evaluate(load_case((DEMO / "DEMO-026.json").read_text(encoding="utf-8")), today=date(2026, 11, 30))
    texts = [step.text for step in result.recommendation.rationale]
    reasons = next(t for t in texts if t.startswith("No remission ever") and "not fit" in t)
    # The engine speaks codes: the regimen's code stays whole (str.capitalize used to lower it to "aza-ven",
    # which no wording can read back) ...
    assert "AZA-VEN failed" in reasons
    assert "aza-ven" not in " ".join(texts)
