"""The JSON answer's sentences speak words (issue 10); codes stay in the structured fields."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from aml_desktop.present.vocabulary import VOCABULARIES

DEMO = Path(__file__).parents[2] / "resources" / "demo" / "clinic"
_CODES = sorted({c for v in VOCABULARIES.values() for c in v if "_" in c}, key=len, reverse=True)
_CODE = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, _CODES)) + r")(?![\w-])")


def _recommend(name: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "aml_desktop", "recommend", str(DEMO / name), "--today", "2026-12-31"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_fitness_unknown_sentence_names_the_therapy_in_words_and_keeps_codes_in_fields() -> None:
    # DEMO-008: 63 years, no fitness judgement; the engine's own sentence says "intensive_chemotherapy (MEC, ...".
    out = _recommend("DEMO-008.json")
    recommendation = out["recommendation"]
    assert isinstance(recommendation, dict)
    steps = {step["rule"]: step["text"] for step in recommendation["rationale"]}
    assert "RR-FITNESS-UNKNOWN" in steps
    assert "intensive_chemotherapy" not in steps["RR-FITNESS-UNKNOWN"]
    assert "if fit, Intensive" in steps["RR-FITNESS-UNKNOWN"] or "if fit, intensive" in steps["RR-FITNESS-UNKNOWN"]
    assert "fitness_unknown" in recommendation["flags"]  # the structured fields keep their codes


def test_no_status_or_category_code_in_any_sentence() -> None:
    for name in ("DEMO-016.json", "DEMO-019.json", "DEMO-021.json", "DEMO-024.json"):
        recommendation = _recommend(name)["recommendation"]
        assert isinstance(recommendation, dict)
        for step in recommendation["rationale"]:
            assert _CODE.search(step["text"]) is None, (name, step["text"])
