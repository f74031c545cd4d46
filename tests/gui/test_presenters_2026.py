"""The patient screen shows what ruleset 2026.2 adds: failed regimens, stale data, ELN 2022 missing tests."""

from __future__ import annotations

import json
from datetime import date

from aml_desktop.engine import evaluate, load_case
from aml_desktop.gui.presenters import recommendation_html, standing_html
from aml_desktop.present.summary import build_view
from tests.conftest import CASES


def _case(name: str, **changes: object):  # type: ignore[no-untyped-def]
    raw = json.loads((CASES / f"{name}.json").read_text())
    raw.update(changes)
    case = load_case(json.dumps(raw))
    return case, evaluate(case, today=date(2026, 1, 1))


def _view(case, result):  # type: ignore[no-untyped-def]
    return build_view(case, result, today=result.as_of)


def test_patient_screen_lists_failed_regimens_freshness_and_eln_2022() -> None:
    case, result = _case("patient1-early-relapse", as_of="2019-09-30")
    html = standing_html(_view(case, result))
    assert "Failed regimens" in html and "relapse on 20 Jul 2019" in html
    assert "Latest disease assessment is 72 days old" in html
    assert "missing tests that could change it: BCOR, EZH2" in html


def test_recommendation_screen_never_prints_a_blank_schedule() -> None:
    case, result = _case("patient3-older-idh1")
    from aml_desktop.engine import EngineSettings, Formulary

    result = evaluate(
        case,
        today=date(2026, 1, 1),
        settings=EngineSettings(formulary=Formulary.from_mapping({"ivosidenib": False, "venetoclax": False})),
    )
    assert result.recommendation.primary.regimens == ("LDAC",)
    assert "check local protocol" in recommendation_html(_view(case, result))


def test_old_data_are_needed_items_with_the_form_that_renews_them() -> None:
    case, result = _case("patient3-older-idh1", as_of="2022-06-05")
    items = {item.target: item.text for item in _view(case, result).needed}
    assert "1104 days old" in items["assessment"]
    assert "1100 days old" in items["fitness"]
