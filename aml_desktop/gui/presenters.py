"""Turn a case and the engine's ``Result`` into what the screens show: HTML, checklists, "needed" items.

Pure functions (no widgets), so that the wording can be tested without a window and the
summary preview shows exactly what the recommendation screen shows. Every code becomes
words through ``gui.words`` (the shared vocabulary); nothing here decides anything.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

from aml_desktop.engine.app_data import app_data
from aml_desktop.engine.case import Case
from aml_desktop.engine.result import Result
from aml_desktop.engine.vocabulary import eln2022_text, failed_regimen_lines, freshness_lines
from aml_desktop.gui.words import explain, label

CLINICIAN_NOTE = (
    "Decision support only — the treating clinician decides. Check every dose against the local protocol "
    "and the drug label."
)

# Relapse-related states for which the algorithm gives a recommendation (clinical-spec.md §1).
RELAPSED_STATES = frozenset({"relapsed", "molecular_relapse", "primary_refractory"})


@dataclass(frozen=True)
class NeededItem:
    """Missing data the clinician can enter: what is missing, and which form fixes it."""

    text: str
    target: str  # "fitness" | "patient" | "molecular" | "assessment"
    button: str


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    kind: str  # "action" | "flag"
    text: str
    detail: str


@dataclass(frozen=True)
class DoseLine:
    agent: str
    prescription: str
    computed: str
    note: str


@dataclass(frozen=True)
class RegimenDoses:
    code: str
    name: str
    lines: tuple[DoseLine, ...]
    cycle_days: int | None
    sources: tuple[str, ...]
    notes: tuple[str, ...]


# ------------------------------------------------------------------------------ helpers


def h(text: object) -> str:
    return escape(str(text), quote=False)


def cite_text(cite_ids: Iterable[str]) -> str:
    from aml_desktop.engine.citations import resolve

    parts = []
    for cid in cite_ids:
        try:
            citation = resolve(cid)
        except KeyError:
            parts.append(h(cid))
            continue
        tag = "" if citation.tag == "V" else f" [{h(citation.tag)}]"
        parts.append(f'<span title="{escape(citation.text)}">{h(citation.id)}{tag}</span>')
    return "; ".join(parts)


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def months(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} months"


def day_text(value: date | None) -> str:
    return "—" if value is None else value.isoformat()


def regimen_name(code: str) -> str:
    """A regimen code with its catalog name ("MEC — mitoxantrone, etoposide, cytarabine")."""
    from aml_desktop.engine.catalog import load_catalog

    try:
        return load_catalog().get(code).name
    except KeyError:
        return label(code)


# ------------------------------------------------------------------------------ needed


def needed_items(case: Case, result: Result) -> list[NeededItem]:
    """Missing data that changes or limits the answer, each with the form that supplies it."""
    d = result.derived
    r = result.recommendation
    items: list[NeededItem] = []
    if d.fit_for_intensive is None or "fitness_unknown" in r.flags:
        items.append(NeededItem("Fitness for intensive chemotherapy has not been judged.", "fitness", "Judge fitness…"))
    # clinical-spec.md §8.6: old data are used but flagged; the button opens the form that renews them.
    stale_assessment = "stale_disease_assessment" in r.flags
    for line in freshness_lines(d, r.flags):
        if stale_assessment and line.startswith("Latest disease assessment"):
            items.append(NeededItem(line, "assessment", "Add assessment…"))
        else:
            items.append(NeededItem(line, "fitness", "Judge fitness…"))
    if "mutation_status_from_diagnosis" in r.flags or "molecular_testing" in r.actions:
        when = "at relapse" if d.status != "primary_refractory" else "since diagnosis"
        items.append(
            NeededItem(f"Mutation status {when} (FLT3, IDH1, IDH2) is missing.", "molecular", "Add molecular result…")
        )
    if d.eln2017_missing_tests:
        tests = ", ".join(d.eln2017_missing_tests)
        items.append(NeededItem(f"ELN 2017 risk needs: {tests}.", "patient", "Enter diagnosis results…"))
    if r.primary.regimens and _needs_body_size(r.primary.regimens) and _latest_measurement(case, result.as_of) is None:
        items.append(
            NeededItem("Height and weight are needed to compute doses.", "patient", "Enter height and weight…")
        )
    return items


def _needs_body_size(regimens: Iterable[str]) -> bool:
    from aml_desktop.engine.catalog import load_catalog

    catalog = load_catalog()
    for code in regimens:
        try:
            regimen = catalog.get(code)
        except KeyError:
            continue
        if any(d.unit.endswith("/m2") or d.unit.endswith("/kg") for d in regimen.doses if d.amount is not None):
            return True
    return False


def _latest_measurement(case: Case, on_or_before: date | None) -> Any:
    from aml_desktop.engine.measurements import latest_measurement

    try:
        return latest_measurement(case, on_or_before)
    except (ValueError, TypeError):
        return None


# ------------------------------------------------------------------------------ checklist


def checklist_items(result: Result) -> list[ChecklistItem]:
    r = result.recommendation
    items = [ChecklistItem(code, "action", label(code), explain(code)) for code in sorted(set(r.actions))]
    items += [ChecklistItem(code, "flag", label(code), explain(code)) for code in sorted(set(r.flags))]
    return items


# ------------------------------------------------------------------------------ doses


def body_size(case: Case, as_of: date) -> tuple[Any, float | None, list[str]]:
    """Latest measurement, its BSA (Mosteller) and warnings (missing, implausible, older than the course)."""
    from aml_desktop.engine.bsa import body_surface_area

    warnings: list[str] = []
    m = _latest_measurement(case, as_of)
    if m is None or m.weight_kg is None:
        return m, None, ["No weight recorded: doses cannot be computed (enter height and weight)."]
    bsa = None
    if m.height_cm is not None:
        try:
            bsa = body_surface_area(m.height_cm, m.weight_kg)
        except ValueError as error:
            warnings.append(f"Body surface area not computed: {error}.")
    else:
        warnings.append("No height recorded: per-m² doses cannot be computed.")
    latest_start = max((c.start for c in case.courses if c.start <= as_of), default=None)
    if latest_start is not None and m.date < latest_start:
        warnings.append(
            f"The weight ({m.weight_kg:g} kg) was measured on {m.date.isoformat()}, before the latest course began "
            f"({latest_start.isoformat()}): weigh the patient again before dosing."
        )
    return m, bsa, warnings


def regimen_doses(code: str, bsa: float | None, weight: float | None, age_years: int) -> RegimenDoses | None:
    from aml_desktop.engine.bsa import calculate_dose
    from aml_desktop.engine.catalog import CHECK_LOCAL_PROTOCOL, load_catalog

    try:
        regimen = load_catalog().get(code)
    except KeyError:
        return None
    lines = []
    schedule = load_catalog().schedule(code, age_years)
    if not schedule:  # clinical-spec.md §8.8: never blank
        lines.append(DoseLine("All agents", CHECK_LOCAL_PROTOCOL, "", ""))
    for dose in schedule:
        amount = "" if dose.amount is None else f"{dose.amount:g} {dose.unit.replace('m2', 'm²')}"
        prescription = ", ".join(p for p in (amount, dose.route, f"days {dose.days}" if dose.days else "") if p)
        computed = ""
        try:
            calc = calculate_dose(dose, bsa, weight)
        except ValueError as error:
            calc = None
            computed = f"not computed: {error}"
        if calc is not None:
            computed = f"{calc.amount:g} {calc.unit}"
            if calc.capped:
                computed += f" (capped; uncapped {calc.uncapped:g} {calc.unit})"
        elif not computed and dose.amount is not None and (dose.unit.endswith("/m2") or dose.unit.endswith("/kg")):
            computed = "needs height and weight"
        lines.append(DoseLine(label(dose.agent), prescription, computed, dose.note))
    return RegimenDoses(code, regimen.name, tuple(lines), regimen.cycle_days, regimen.sources, regimen.notes)


# ------------------------------------------------------------------------------ HTML

STYLE = """
<style>
 body { font-size: 10pt; }
 h2 { margin: 4px 0 2px 0; }
 h3 { margin: 10px 0 2px 0; color: #1a3d6d; }
 .muted { color: #555; }
 .warn { color: #8a4b00; }
 .needed { color: #a40000; font-weight: bold; }
 td { padding: 1px 6px 1px 0; vertical-align: top; }
 th { text-align: left; padding-right: 8px; background: #eef2f7; }
</style>
"""


def _row(name: str, value: str) -> str:
    return f"<tr><td class='muted' width='230'>{h(name)}</td><td>{value}</td></tr>"


def header_html(case: Case, result: Result | None, today: date) -> str:
    p = case.patient
    bits = [f"<b>{h(p.name or 'Unnamed patient')}</b>"]
    if p.hospital_number:
        bits.append(h(p.hospital_number))
    if p.sex:
        bits.append(h(label(p.sex)))
    as_of = result.as_of if result is not None else today
    bits.append(f"born {p.birth_date.isoformat()} (age {age_on(p.birth_date, as_of)})")
    bits.append(f"diagnosed {case.diagnosis.date.isoformat()}")
    text = " · ".join(bits)
    if result is not None:
        status = result.derived.status
        colour = "#b00020" if status in RELAPSED_STATES else "#1a3d6d"
        text += f"<br><span style='color:{colour}; font-weight:bold'>{h(label(status))}</span>"
    return text


def _apl_banner(result: Result) -> str:
    """APL is outside this application's scope (clinical-spec.md §1): said first, in red."""
    if "apl_out_of_scope" not in result.recommendation.flags:
        return ""
    detail = explain("apl_out_of_scope")
    return (
        f"<p style='color:#a40000; font-size:12pt'><b>{h(label('apl_out_of_scope'))}</b>"
        + (f" — {h(detail)}" if detail else "")
        + "</p>"
    )


def standing_html(case: Case, result: Result) -> str:
    """Where the patient stands: every derived fact, with where it came from."""
    d = result.derived
    out = [STYLE, _apl_banner(result), f"<h2>{h(label(d.status))}</h2>"]
    out.append(
        f"<p class='muted'>As of {result.as_of.isoformat()} · computed from the recorded course; "
        "correct the inputs (courses, assessments), not the conclusions.</p>"
    )
    out.append("<h3>Course</h3><table>")
    out.append(_row("Age", f"{d.age_years} years"))
    out.append(_row("Diagnosis", case.diagnosis.date.isoformat()))
    out.append(_row("First remission (CR1)", day_text(d.cr1_date)))
    out.append(_row("First relapse", day_text(d.first_relapse_date)))
    out.append(
        _row(
            "CR1 duration",
            months(d.cr1_duration_months)
            + (
                " — early (6 months or less)"
                if d.cr1_duration_months is not None and d.cr1_duration_months <= 6
                else " — late (over 6 months)"
                if d.cr1_duration_months is not None
                else ""
            ),
        )
    )
    out.append(_row("Relapse number", str(d.relapse_number)))
    if d.latest_relapse_date and d.latest_relapse_date != d.first_relapse_date:
        out.append(_row("Latest relapse", day_text(d.latest_relapse_date)))
    if d.molecular_relapse_date:
        out.append(_row("Molecular (MRD) relapse", day_text(d.molecular_relapse_date)))
    if d.remission_dates:
        out.append(_row("Remissions", ", ".join(x.isoformat() for x in d.remission_dates)))
    out.append(_row("Intensive cycles without remission", str(d.intensive_cycles_without_remission)))
    if d.prior_venetoclax_failure:
        out.append(
            _row(
                "Venetoclax",
                "<span class='warn'>failed before (relapse or refractory on a venetoclax combination)</span>",
            )
        )
    failed = failed_regimen_lines(d.failed_regimens)
    out.append(_row("Failed regimens", "<br>".join(f"<span class='warn'>{h(x)}</span>" for x in failed) or "none"))
    for line in freshness_lines(d, result.recommendation.flags):
        out.append(_row("Data freshness", f"<span class='warn'>⚠ {h(line)}</span>"))
    out.append("</table>")

    out.append("<h3>Genetic risk</h3><table>")
    missing = (
        f" <span class='needed'>needed: {h(', '.join(d.eln2017_missing_tests))}</span>"
        if d.eln2017_missing_tests
        else ""
    )
    out.append(_row("ELN 2017 risk (at diagnosis)", f"<b>{h(label(d.eln2017_risk))}</b>{missing}"))
    for reason in d.eln2017_reasons:
        out.append(_row("", h(reason)))
    if d.eln2022_risk:
        out.append(_row("ELN 2022 risk (for information)", h(eln2022_text(d))))
    out.append(_row("Karyotype", h(case.diagnosis.karyotype or "not recorded")))
    if d.karyotype_lesions:
        out.append(_row("Lesions read", h(", ".join(label(x) for x in d.karyotype_lesions))))
    targets = dict(d.mutation_sources)
    if d.targetable_mutations:
        out.append(
            _row(
                "Targetable mutations",
                ", ".join(
                    f"<b>{h(g)}</b>" + (f" <span class='muted'>({h(targets[g])})</span>" if g in targets else "")
                    for g in d.targetable_mutations
                ),
            )
        )
    else:
        out.append(_row("Targetable mutations", "none found"))
    out.append(
        _row("Adverse biology", ("yes — " + h("; ".join(d.adverse_biology_sources))) if d.adverse_biology else "no")
    )
    out.append("</table>")

    out.append("<h3>Fitness</h3><table>")
    fit = {
        True: "fit for intensive chemotherapy",
        False: "not fit for intensive chemotherapy",
        None: "<span class='needed'>not judged — needed</span>",
    }[d.fit_for_intensive]
    source = label(d.fitness_source)
    out.append(_row("Fitness", f"<b>{fit}</b> <span class='muted'>({h(source)})</span>"))
    out.append(_row("ECOG performance status", "not recorded" if d.ecog is None else str(d.ecog)))
    criteria = app_data(case).fitness_criteria
    if criteria:
        out.append(_row("Ferrara criteria ticked", h(", ".join(label(str(c)) for c in criteria))))
    out.append("</table>")

    out.append("<h3>Transplant history</h3><table>")
    transplants = [c for c in case.courses if c.phase == "transplant"]
    if not transplants:
        out.append(_row("Transplants", "none recorded"))
    for c in transplants:
        out.append(_row(c.start.isoformat(), h(label(c.regimen))))
    if d.post_transplant:
        out.append(
            _row("Relapse after allogeneic HCT", f"yes, {months(d.months_since_transplant)} after the transplant")
        )
    out.append("</table>")

    m, bsa, warnings = body_size(case, result.as_of)
    out.append("<h3>Height and weight</h3><table>")
    if m is None:
        out.append(_row("Latest", "<span class='needed'>none recorded — needed for doses</span>"))
    else:
        text = f"{m.height_cm:g} cm, " if m.height_cm is not None else "height not recorded, "
        text += f"{m.weight_kg:g} kg" if m.weight_kg is not None else "weight not recorded"
        out.append(_row(f"On {m.date.isoformat()}", h(text)))
        if bsa is not None:
            out.append(_row("Body surface area (Mosteller)", f"{bsa:.2f} m²"))
    for w in warnings:
        out.append(_row("", f"<span class='warn'>{h(w)}</span>"))
    out.append("</table>")
    if d.european_prognostic_index is not None:
        out.append("<h3>Prognosis context (not used for the decision)</h3><table>")
        group = f" — {h(label(d.european_prognostic_index_group))}" if d.european_prognostic_index_group else ""
        out.append(_row("European Prognostic Index", f"{d.european_prognostic_index}{group}"))
        out.append("</table>")
    notes = list(d.notes) + list(result.warnings)
    if notes:
        out.append("<h3>Notes</h3><ul>" + "".join(f"<li>{h(n)}</li>" for n in notes) + "</ul>")
    return "".join(out)


def recommendation_html(
    case: Case, result: Result, *, include_note: bool = False, out_of_stock: Mapping[str, date] | None = None
) -> str:
    """The recommendation screen: therapy and doses, fallbacks, what to expect, rationale with citations."""
    d = result.derived
    r = result.recommendation
    out = [STYLE, _apl_banner(result)]
    if include_note:
        out.append(f"<p><b>{h(CLINICIAN_NOTE)}</b></p>")
    out.append(
        f"<p class='muted'>As of {result.as_of.isoformat()} · ruleset {h(result.ruleset_version)} · "
        f"engine {h(result.engine_version)} · status: {h(label(d.status))}</p>"
    )
    if r.primary.category == "not_applicable":
        out.append(
            f"<h2>No relapse treatment recommended now</h2><p>The patient is <b>{h(label(d.status))}</b>. "
            "The algorithm of DeWolf &amp; Tallman applies once the disease is relapsed or refractory; "
            "continue the course and record each assessment.</p>"
        )
    else:
        out.append(f"<h2>{h(label(r.primary.category))}</h2>")
        m, bsa, warnings = body_size(case, result.as_of)
        weight = m.weight_kg if m is not None else None
        if r.primary.regimens:
            size = f"BSA {bsa:.2f} m² (Mosteller), weight {weight:g} kg" if bsa is not None and weight else ""
            out.append(
                "<p>Regimens the clinic can give, best first" + (f" — doses for {h(size)}" if size else "") + ":</p>"
            )
            for w in warnings:
                out.append(f"<p class='warn'>⚠ {h(w)}</p>")
            for i, code in enumerate(r.primary.regimens, 1):
                out.append(_regimen_block(i, code, bsa, weight, d.age_years))
        else:
            out.append("<p>No drug regimen: see the checklist.</p>")
    if r.alternatives:
        out.append("<h3>Alternatives</h3><ol>")
        for t in r.alternatives:
            regs = ", ".join(h(label(x)) for x in t.regimens)
            out.append(f"<li><b>{h(label(t.category))}</b>{': ' + regs if regs else ''}</li>")
        out.append("</ol>")
    if r.fallbacks_applied:
        out.append("<h3>Changed because of the clinic's formulary</h3><ul>")
        for f in r.fallbacks_applied:
            intended, used = h(label(f.intended)), h(label(f.used))
            out.append(f"<li>Intended <b>{intended}</b> → used <b>{used}</b>: {h(label(f.reason))}</li>")
        for key, since in sorted((out_of_stock or {}).items()):
            out.append(f"<li class='muted'>{h(label(key))}: out of stock since {since.isoformat()}</li>")
        out.append("</ul>")
    if r.actions or r.flags:
        out.append("<h3>Actions and safety</h3><ul>")
        for item in checklist_items(result):
            kind = "⚠ " if item.kind == "flag" else "☐ "
            detail = f" <span class='muted'>— {h(item.detail)}</span>" if item.detail else ""
            out.append(f"<li>{kind}<b>{h(item.text)}</b>{detail}</li>")
        out.append("</ul>")
    if r.expected_outcomes:
        out.append("<h3>What to expect</h3><ul>")
        for o in r.expected_outcomes:
            cites = cite_text(o.cites)
            out.append(
                f"<li><b>{h(label(o.regimen))}</b>: {h(o.text)}"
                + (f" <span class='muted'>[{cites}]</span>" if cites else "")
                + "</li>"
            )
        out.append("</ul>")
    if r.rationale:
        out.append("<h3>Why: the rules that fired</h3><ol>")
        for step in r.rationale:
            facts = ", ".join(f"{h(label(k))} = {h(_fact(v))}" for k, v in step.facts)
            out.append(
                f"<li>{h(step.text)} <span class='muted'>[{cite_text(step.cites)}] ({h(step.rule)})</span>"
                + (f"<br><span class='muted'>Facts: {facts}</span>" if facts else "")
                + "</li>"
            )
        out.append("</ol>")
    if result.warnings:
        out.append(
            "<h3>Warnings</h3><ul>" + "".join(f"<li class='warn'>{h(w)}</li>" for w in result.warnings) + "</ul>"
        )
    return "".join(out)


def _fact(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return ", ".join(_fact(v) for v in value) or "none"
    if value is None:
        return "not recorded"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _regimen_block(number: int, code: str, bsa: float | None, weight: float | None, age_years: int) -> str:
    doses = regimen_doses(code, bsa, weight, age_years)
    if doses is None:
        return f"<p><b>{number}. {h(label(code))}</b></p>"
    out = [
        f"<p><b>{number}. {h(doses.name)}</b>"
        + (f" <span class='muted'>(cycle {doses.cycle_days} days)</span>" if doses.cycle_days else "")
        + "</p>"
    ]
    if doses.lines:
        out.append("<table><tr><th>Agent</th><th>Dose</th><th>Per administration</th><th>Note</th></tr>")
        for line in doses.lines:
            out.append(
                f"<tr><td>{h(line.agent)}</td><td>{h(line.prescription)}</td><td><b>{h(line.computed)}</b></td>"
                f"<td class='muted'>{h(line.note)}</td></tr>"
            )
        out.append("</table>")
    extra = list(doses.notes)
    if extra:
        out.append("<p class='muted'>" + "<br>".join(h(n) for n in extra) + "</p>")
    if doses.sources:
        out.append(f"<p class='muted'>Sources: {cite_text(doses.sources)}</p>")
    return "".join(out)
