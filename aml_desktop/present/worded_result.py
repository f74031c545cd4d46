"""The engine's answer with its sentences in words, for the ``aml-recommendation/1`` JSON a person may read.

The engine speaks codes (issue 9), but the rationale and outcome *texts* of the JSON are sentences
that reach people through other tools: they get the same words as the screen and the paper
(issue 10: "engine sentences speak words; codes stay in the structured fields"). Rule ids, codes,
facts and citations stay untouched in their own fields.
"""

from __future__ import annotations

from dataclasses import replace

from aml_desktop.engine.result import Result

from .wording import readable


def with_worded_sentences(result: Result) -> Result:
    """``result`` with every rationale step's and expected outcome's text made readable."""
    recommendation = result.recommendation
    return replace(
        result,
        recommendation=replace(
            recommendation,
            rationale=tuple(replace(step, text=readable(step.text)) for step in recommendation.rationale),
            expected_outcomes=tuple(
                replace(outcome, text=readable(outcome.text)) for outcome in recommendation.expected_outcomes
            ),
        ),
    )
