"""Numbers, units and dates are written one way (present.formats, present.units)."""

from __future__ import annotations

from datetime import date

from aml_desktop.present.chart import GAP_DAYS, ChartSeries, DateScale
from aml_desktop.present.formats import fmt_amount, fmt_date, fmt_number, fmt_unit
from aml_desktop.present.units import spell_units
from aml_desktop.present.wording import readable


def test_one_spelling_for_units_and_numbers() -> None:
    assert fmt_unit("ug/kg") == "µg/kg" and fmt_unit("mg/m2") == "mg/m²"
    assert spell_units("5 ug/kg, 3 g/m2 and 300 mcg") == "5 µg/kg, 3 g/m² and 300 µg"
    assert spell_units("augment 2 mg") == "augment 2 mg"  # "ug" inside a word is not a unit
    assert fmt_amount(1850.0) == "1,850" and fmt_amount(357.0) == "357" and fmt_amount(2.5) == "2.5"
    assert fmt_number(1850) == "1,850" and fmt_number(1.60) == "1.6" and fmt_number(None) == "—"
    assert fmt_date(date(2019, 1, 7)) == "7 Jan 2019"


def test_engine_sentences_lose_their_codes_and_rule_ids() -> None:
    text = readable(
        "The clinic cannot give venetoclax_combination (AZA-VEN): idh1_inhibitor (IVOSIDENIB) instead (RR-FALLBACK)."
    )
    assert "venetoclax_combination" not in text and "IVOSIDENIB" not in text and "RR-" not in text
    assert "Azacitidine with venetoclax" in text and "Ivosidenib" in text


def test_no_line_across_a_gap_without_a_measurement() -> None:
    days = [date(2020, 1, 1), date(2020, 1, 29), date(2020, 1, 29).replace(month=6)]
    series = ChartSeries(tuple((d, 1.0) for d in days))
    assert [len(run) for run in series.segments] == [2, 1]  # June is more than GAP_DAYS after January
    edge = ChartSeries(((date(2020, 1, 1), 1.0), (date.fromordinal(date(2020, 1, 1).toordinal() + GAP_DAYS), 2.0)))
    assert len(edge.segments) == 1  # exactly GAP_DAYS apart: still joined


def test_ticks_at_month_starts_inside_the_scale() -> None:
    scale = DateScale(date(2019, 1, 7), date(2019, 7, 20))
    ticks = scale.month_ticks(600, 56)
    assert ticks[0] == date(2019, 2, 1) and all(t.day == 1 for t in ticks) and ticks[-1] <= date(2019, 7, 20)
    assert 0 < scale.fraction(scale.start) < scale.fraction(scale.end) < 1


def test_the_chart_axis_ends_at_the_last_event_not_the_print_date() -> None:
    import json

    from aml_desktop.engine import load_case
    from aml_desktop.engine.evaluate import evaluate  # the function (the package attribute can be the module)
    from aml_desktop.present.chart import chart_data
    from tests.conftest import CASES

    raw = json.loads((CASES / "patient1-early-relapse.json").read_text())
    raw.pop("as_of", None)
    case = load_case(json.dumps(raw))
    result = evaluate(case, today=date(2026, 11, 23))  # years after the last event
    data = chart_data(case, result.derived, result.as_of)
    last_event = max([a.date for a in case.assessments] + [c.end or c.start for c in case.courses])
    assert data.end == last_event < result.as_of
