"""The date fields' reading of typed text: every real date comes back exactly, nothing else is a date."""

from __future__ import annotations

import calendar
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from aml_desktop.gui.date_field import format_date, parse_date_text

DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@given(DAYS, st.sampled_from(["iso", "day_first"]))
def test_every_date_written_the_clinics_way_reads_back_exactly(day: date, order: str) -> None:
    assert parse_date_text(format_date(day, order), order) == day
    assert parse_date_text(f"  {day.isoformat()} ", order) == day  # ISO is always understood


@given(st.integers(1900, 2100), st.integers(1, 12), st.integers(29, 35))
def test_a_day_past_the_end_of_the_month_is_refused_in_words(year: int, month: int, day: int) -> None:
    last = calendar.monthrange(year, month)[1]
    result = parse_date_text(f"{year:04d}-{month:02d}-{day:02d}", "iso")
    if day <= last:
        assert result == date(year, month, day)
    else:
        assert isinstance(result, str) and "does not exist" in result


def test_day_first_only_when_the_clinic_says_so() -> None:
    assert parse_date_text("15/03/1978", "day_first") == date(1978, 3, 15)
    assert parse_date_text("15.03.1978", "day_first") == date(1978, 3, 15)
    refused = parse_date_text("15/03/1978", "iso")
    assert isinstance(refused, str) and "YYYY-MM-DD" in refused
    assert parse_date_text("", "iso") is None
    assert "year in full" in str(parse_date_text("15/03/78", "day_first"))
