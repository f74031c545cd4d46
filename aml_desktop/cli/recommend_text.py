"""The recommendation as plain text for a clinician at a terminal (``recommend --text``)."""

from __future__ import annotations

import textwrap

from aml_desktop.engine.case import Case
from aml_desktop.engine.catalog import CHECK_LOCAL_PROTOCOL, load_catalog
from aml_desktop.engine.citations import CITATIONS
from aml_desktop.engine.result import Result
from aml_desktop.engine.vocabulary import eln2022_text, explain, failed_regimen_lines, freshness_lines, label

WIDTH = 88


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent + "  ")


def _therapy(category: str, regimens: tuple[str, ...]) -> str:
    names = ", ".join(label(r) for r in regimens)
    return f"{label(category)}" + (f": {names}" if names else "")


def format_result(case: Case, result: Result) -> str:
    d = result.derived
    r = result.recommendation
    p = case.patient
    lines = [
        f"AML Desktop {result.engine_version} (ruleset {result.ruleset_version}) - as of {result.as_of.isoformat()}",
        f"Patient: {p.name or '-'} ({p.hospital_number or 'no hospital number'}), age {d.age_years}",
        "",
        "WHERE THE PATIENT STANDS",
        f"  Status: {label(d.status)}",
        f"  ELN 2017 risk: {label(d.eln2017_risk)}"
        + (f" (missing: {', '.join(d.eln2017_missing_tests)})" if d.eln2017_missing_tests else ""),
        f"  CR1: {d.cr1_date or '-'}; first relapse: {d.first_relapse_date or '-'}; "
        f"CR1 duration: {d.cr1_duration_months if d.cr1_duration_months is not None else '-'} months",
        f"  Relapse number: {d.relapse_number}; post-transplant: {'yes' if d.post_transplant else 'no'}"
        + (f" ({d.months_since_transplant} months)" if d.months_since_transplant is not None else ""),
        f"  Fit for intensive therapy: {({True: 'yes', False: 'no', None: 'not judged'})[d.fit_for_intensive]}"
        f" ({label(d.fitness_source)})",
        f"  ELN 2022 risk: {eln2022_text(d)}",
        f"  Targetable mutations: {', '.join(d.targetable_mutations) or 'none found'}"
        + (
            f" (inhibitor failed: {', '.join(d.targets_with_failed_inhibitor)})"
            if d.targets_with_failed_inhibitor
            else ""
        ),
        "  Failed regimens (not offered again):" if d.failed_regimens else "  Failed regimens: none",
        *(_wrap(line, "    ") for line in failed_regimen_lines(d.failed_regimens)),
        *(_wrap(f"! {line}") for line in freshness_lines(d, r.flags)),
        "",
        "RECOMMENDATION (decision support: the treating clinician decides)",
        f"  Primary: {_therapy(r.primary.category, r.primary.regimens)}",
    ]
    catalog = load_catalog()
    for code in r.primary.regimens:
        if code not in catalog.codes():
            continue
        schedule = catalog.schedule(code, d.age_years)
        lines.append(f"    {label(code)}:")
        if not schedule:  # clinical-spec.md §8.8: never blank
            lines.append(f"      {CHECK_LOCAL_PROTOCOL}")
        for dose in schedule:
            amount = f"{dose.amount:g} {dose.unit}" if dose.amount is not None else CHECK_LOCAL_PROTOCOL
            lines.append(_wrap(f"{label(dose.agent)} {amount} {dose.route} {dose.schedule}", "      "))
    for alt in r.alternatives:
        lines.append(f"  Alternative: {_therapy(alt.category, alt.regimens)}")
    for fb in r.fallbacks_applied:
        lines.append(_wrap(f"Fallback: {label(fb.intended)} -> {label(fb.used)} ({fb.reason})"))
    if r.actions:
        lines += ["", "ACTIONS"] + [_wrap(f"[ ] {label(a)}: {explain(a)}") for a in r.actions]
    if r.flags:
        lines += ["", "WARNINGS AND FLAGS"] + [_wrap(f"! {label(f)}: {explain(f)}") for f in r.flags]
    if r.expected_outcomes:
        lines += ["", "WHAT TO EXPECT"] + [
            _wrap(f"{label(o.regimen)}: {o.text} [{'; '.join(o.cites)}]") for o in r.expected_outcomes
        ]
    lines += ["", "RATIONALE"]
    for number, step in enumerate(r.rationale, 1):
        lines.append(_wrap(f"{number}. {step.text} ({step.rule}; {'; '.join(step.cites)})", "  "))
    if result.warnings:
        lines += ["", "NOTES"] + [_wrap(f"- {w}") for w in result.warnings]
    cited = sorted({c for step in r.rationale for c in step.cites} | {c for o in r.expected_outcomes for c in o.cites})
    lines += ["", "SOURCES"] + [_wrap(f"[{c}] {CITATIONS[c].text}") for c in cited]
    return "\n".join(lines) + "\n"
