"""Meta-tests: every rule and every cited source resolves; every code has text."""

from __future__ import annotations

import ast
from pathlib import Path

from aml_desktop.engine import rule_registry
from aml_desktop.engine.catalog import load_catalog
from aml_desktop.engine.citations import CITATIONS
from aml_desktop.engine.rules import EXPECTED

ENGINE = Path(rule_registry.__file__).parent


def test_every_rule_has_a_statement_and_a_citation_that_resolves():
    for rule in rule_registry.RULES.values():
        assert rule.statement
        assert rule.cites, rule.id
        for cite in rule.cites:
            assert cite in CITATIONS, (rule.id, cite)


def test_every_rule_id_used_in_the_engine_is_registered():
    used = set()
    for path in ENGINE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("RR-"):
                used.add(node.value)
    assert used
    assert used <= set(rule_registry.RULES), used - set(rule_registry.RULES)


def test_expected_outcomes_and_regimens_cite_registered_sources():
    for text, cites in EXPECTED.values():
        assert text and cites
        assert set(cites) <= set(CITATIONS)
    for regimen in load_catalog().all():
        assert set(regimen.sources) <= set(CITATIONS), regimen.code


def test_citation_texts_are_full_references():
    for citation in CITATIONS.values():
        assert len(citation.text) > 30, citation.id
        assert citation.tag in ("V", "V2", "IMPL")
