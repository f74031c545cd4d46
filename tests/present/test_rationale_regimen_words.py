"""The rationale names a failed regimen in words on every page, in every step."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from aml_desktop.engine import evaluate, load_case
from aml_desktop.present.rationale import step_text

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "clinic"


def test_the_unfit_reasons_name_the_failed_regimen_in_words() -> None:
    result = evaluate(load_case((DEMO / "DEMO-026.json").read_text(encoding="utf-8")), today=date(2026, 11, 30))
    shown = [step_text(step.rule, step.text) for step in result.recommendation.rationale]
    reasons = next(t for t in shown if t.startswith("No remission ever") and "not fit" in t)
    assert "Azacitidine with venetoclax failed" in reasons
    assert not any("aza-ven" in t or "AZA-VEN" in t for t in shown)
