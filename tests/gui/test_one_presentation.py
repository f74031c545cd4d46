"""Screen, paper and terminal show the same view: the same doses, units, checklist and needed items.

Every demo patient and every paper patient is rendered three ways, as a user meets them:
the real window (Recommendation and Standing tabs, the checklist, the Needed box), the PDF
(text read back with pypdf) and ``recommend --text``. The view model (``present.summary``)
is the reference; each of its dose lines, units, checklist titles and needed items must
appear in all three. And no code label (``venetoclax_combination``, ``RR-...``,
``SPEC §...``, a regimen code in capitals) reaches any of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

import pytest
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel

from aml_desktop.cli.recommend_text import format_result
from aml_desktop.engine.catalog import load_catalog
from aml_desktop.engine.rule_registry import RULES
from aml_desktop.gui.summary_dialog import preview_html
from aml_desktop.present.summary import SummaryView
from aml_desktop.present.vocabulary import VOCABULARIES
from aml_desktop.reports import render_summary
from aml_desktop.reports.content import build_content
from tests.gui.gui_helpers import TODAY, select_patient
from tests.reports.report_pdftools import all_text


@dataclass(frozen=True)
class Rendered:
    name: str
    view: SummaryView
    screen: str
    paper: str
    terminal: str
    preview: str


def _plain(html: str) -> str:
    return QTextDocumentFragment.fromHtml(html).toPlainText()


def _flat(text: str) -> str:
    return " ".join(text.split())


def _screen_text(window: Any) -> str:
    panel = window.recommendation_panel
    parts = [panel.text(), window.standing_panel.ui.standing_browser.toPlainText()]
    for holder in (panel, window.standing_panel):
        parts += [_plain(label.text()) for label in holder.findChildren(QLabel)]
    checklist = panel.ui.checklist_list
    parts += [checklist.item(row).text() for row in range(checklist.count())]
    return _flat("\n".join(parts))


@pytest.fixture
def rendered(store: Any, controller: Any, window: Any, paper_ids: dict[str, str]) -> list[Rendered]:
    from aml_desktop.services.demo import make_demo_clinic

    make_demo_clinic(store, today=TODAY)
    # one paper patient with a weight but no height, and one with both: the two cases the issue names
    for stem, measurement in (
        ("patient1-early-relapse", {"date": "2019-07-21", "height_cm": 168, "weight_kg": 62}),
        ("patient2-primary-refractory", {"date": "2019-08-30", "weight_kg": 70}),
    ):
        case = store.get_case(paper_ids[stem])
        store.save_case(replace(case, extensions={"aml_desktop": {"measurements": [measurement]}}), user="t")
    controller.patients_changed.emit()
    out = []
    for patient_id in list(store.patient_ids()):
        select_patient(window, patient_id)
        if window.result is None:
            continue
        snapshot = controller.snapshot(patient_id)
        view = build_content(snapshot)
        out.append(
            Rendered(
                name=snapshot.case.patient.name or patient_id,
                view=view,
                screen=_screen_text(window),
                paper=all_text(render_summary(snapshot)),
                terminal=_flat(format_result(snapshot.case, snapshot.result, today=TODAY)),
                preview=_flat(_plain(preview_html(snapshot))),
            )
        )
    assert len(out) >= 10  # the demo clinic and the paper's three patients
    return out


def _expected(view: SummaryView) -> Iterator[str]:
    yield view.primary
    yield view.body_size.text.split(" [")[0]  # the BSA line up to its reference number
    yield from view.body_size.warnings
    for block in view.regimens:
        yield block.name
        for row in block.rows:
            yield row.dose
            yield row.amount
    for item in view.checklist:
        yield item.title
    for needed in view.needed:
        yield needed.text


def test_screen_paper_and_terminal_show_the_same_doses_checklist_and_needed(rendered: list[Rendered]) -> None:
    doses = [row.amount for r in rendered for block in r.view.regimens for row in block.rows]
    assert any(re.fullmatch(r"\d{1,3}(,\d{3})+ mg", a) for a in doses)  # a thousands separator, e.g. 1,850 mg
    assert any(a.endswith(" µg") for a in doses)  # a computed microgram dose, spelled µg
    assert "needs height and weight" in doses  # the weight-only patient: no dose anywhere
    assert any(r.view.needed for r in rendered)
    for r in rendered:
        for text in _expected(r.view):
            flat = _flat(text)
            assert flat in r.screen, (r.name, "screen", flat)
            assert flat in r.paper, (r.name, "paper", flat)
            assert flat in r.terminal, (r.name, "terminal", flat)
            assert flat in r.preview, (r.name, "preview", flat)
        for shown in (r.screen, r.paper, r.terminal):
            assert " ug" not in shown and "mg/m2" not in shown  # one unit spelling: µg, mg/m²


def test_the_body_size_warning_and_needed_box_agree(rendered: list[Rendered]) -> None:
    """A dose that needs height and weight is asked for in Needed; nothing asks for them otherwise."""
    for r in rendered:
        needs = any(block.needs_body_size for block in r.view.regimens)
        asked = any("Height and weight" in n.text for n in r.view.needed)
        assert needs == asked, r.name
        if not r.view.needed:
            assert "Nothing missing for this recommendation." in r.screen
            assert "Nothing missing for this recommendation." in r.terminal


def _code_patterns() -> list[re.Pattern[str]]:
    snake = sorted({c for v in VOCABULARIES.values() for c in v if "_" in c}, key=len, reverse=True)
    capitals = sorted(c for c in load_catalog().codes() if re.fullmatch(r"[A-Z]{6,}", c))
    return [
        re.compile(r"\bRR-[A-Z0-9]"),
        re.compile(r"SPEC §"),
        re.compile(r"\bFacts: \w+ = "),
        re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, snake)) + r")(?![\w-])"),
        re.compile(r"\b(" + "|".join(capitals) + r")\b"),
        re.compile(r"\b(" + "|".join(sorted(RULES, key=len, reverse=True)) + r")\b"),
    ]


def test_no_code_label_reaches_a_clinician(rendered: list[Rendered]) -> None:
    patterns = _code_patterns()
    for r in rendered:
        for where, text in (("screen", r.screen), ("paper", r.paper), ("terminal", r.terminal), ("preview", r.preview)):
            for pattern in patterns:
                found = pattern.search(text)
                assert found is None, (r.name, where, found.group(0) if found else "", pattern.pattern)


def test_the_code_stays_available_as_a_tooltip(rendered: list[Rendered], window: Any) -> None:
    checklist = window.recommendation_panel.ui.checklist_list
    item = checklist.item(0)
    if item is not None and item.data(0x0100):
        assert f"Code (for support): {item.data(0x0100)}" in item.toolTip()
