"""Any valid case prints: a PDF that opens, with every page numbered and nothing under 9 pt."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aml_desktop.engine import codes
from aml_desktop.engine.case_io import parse_case
from aml_desktop.engine.settings import EngineSettings, Formulary
from aml_desktop.reports import render_summary, snapshot_from_case
from tests.engine.test_properties import valid_cases
from tests.reports.report_pdftools import font_sizes, page_texts

TODAY = date(2026, 1, 1)
names = st.text(
    alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Lt", "Lm", "Lo", "Zs", "Pd"), max_codepoint=0x2FFF),
    min_size=1,
    max_size=80,
).filter(str.strip)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    valid_cases(),
    names,
    st.dictionaries(st.sampled_from(list(codes.FORMULARY_KEYS)), st.booleans(), max_size=6),
    st.sampled_from(["A4", "letter"]),
)
def test_every_valid_case_prints(data: dict[str, Any], name: str, stocked: dict[str, bool], paper: str) -> None:
    data["patient"]["name"] = name
    case = parse_case(data)
    settings_ = EngineSettings(formulary=Formulary.from_mapping(stocked))
    pdf = render_summary(snapshot_from_case(case, today=TODAY, settings=settings_, clinic_name="Clinic", paper=paper))
    pages = page_texts(pdf)
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1))
    assert min(font_sizes(pdf)) >= 9
