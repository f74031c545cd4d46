"""From a case to a cited recommendation: the engine's one entry point.

``evaluate`` derives the course, the genetics and the fitness once, runs the rules, and
assembles the ``aml-recommendation/1`` result. Pure: the date is passed in, the clinic's
settings are passed in, nothing is read or written.
"""

from __future__ import annotations

from datetime import date

from . import rules
from .case import Case
from .catalog import load_catalog
from .course import CourseFacts, age_on, derive_course
from .eln import adverse_lesions, eln2017, eln2022
from .fitness import judge_fitness
from .karyotype import merge_findings, read_karyotype
from .prognosis import european_prognostic_index
from .response import REGENERATION_BLASTS_UP_TO, RELAPSE_BLASTS_AT_LEAST
from .result import Derived, Recommendation, Result, Therapy
from .rules import Context, Plan
from .settings import EngineSettings
from .targets import find_targets
from .version import ENGINE_VERSION, RULESET_VERSION

ACTIVE_STATUSES = ("relapsed", "molecular_relapse", "primary_refractory")
UNCERTAIN = "missing tests could override it"


def evaluate(case: Case, *, today: date, settings: EngineSettings | None = None) -> Result:
    """The recommendation for ``case`` as of ``case.as_of`` (or ``today`` when the file has none)."""
    settings = settings or EngineSettings()
    as_of = case.as_of or today
    formulary = settings.formulary.merged(case.formulary_dict)
    facts = derive_course(case, as_of)
    age = age_on(case.patient.birth_date, as_of)
    diagnosis = case.diagnosis
    reading = read_karyotype(diagnosis.karyotype)
    lesions = merge_findings(reading, diagnosis.cytogenetic_findings)
    risk17 = eln2017(diagnosis)
    risk22 = eln2022(diagnosis)
    fitness = judge_fitness(case, age=age, as_of=as_of, settings=settings)
    refractory = facts.status == "primary_refractory"
    targets = find_targets(case, as_of=as_of, episode_start=facts.latest_relapse_date, refractory=refractory)
    adverse_sources = _adverse_sources(case, facts, risk17.risk, risk17.reasons)
    ctx = Context(
        facts=facts,
        age=age,
        fitness=fitness,
        eln=risk17,
        adverse=bool(adverse_sources),
        adverse_sources=adverse_sources,
        targets=targets,
        cd33_percent=diagnosis.cd33_percent,
        settings=settings,
        formulary=formulary,
        catalog=load_catalog(),
    )
    warnings = [*reading.warnings, *risk17.warnings, *facts.notes, *(t.note for t in targets if t.note)]

    if risk17.apl:
        recommendation = _not_applicable(
            "apl-out-of-scope",
            "RR-SCOPE-APL",
            "Acute promyelocytic leukemia (t(15;17) / PML::RARA) is out of scope: follow the APL protocol.",
            ("apl_out_of_scope",),
            status=facts.status,
        )
    elif facts.status not in ACTIVE_STATUSES:
        recommendation = _status_not_applicable(facts)
    else:
        recommendation = _recommend(ctx)

    epi = None
    if facts.cr1_duration_months is not None and facts.first_relapse_date is not None:
        epi = european_prognostic_index(
            cr1_months=facts.cr1_duration_months,
            lesions=frozenset(lesions),
            karyotype_known=reading.readable or bool(diagnosis.cytogenetic_findings),
            age_at_relapse=age_on(case.patient.birth_date, facts.first_relapse_date),
            prior_transplant=any(c.phase == "transplant" and c.start < facts.first_relapse_date for c in case.courses),
        )
    derived = Derived(
        age_years=age,
        eln2017_risk=risk17.risk,
        eln2017_missing_tests=risk17.missing_tests,
        status=facts.status,
        relapse_number=facts.relapse_number,
        cr1_date=facts.cr1_date,
        first_relapse_date=facts.first_relapse_date,
        cr1_duration_months=facts.cr1_duration_months,
        post_transplant=facts.post_transplant,
        months_since_transplant=facts.months_since_transplant,
        intensive_cycles_without_remission=facts.intensive_cycles_without_remission,
        targetable_mutations=tuple(t.gene for t in targets if t.targetable),
        fit_for_intensive=fitness.fit,
        eln2022_risk=risk22.risk,
        eln2017_reasons=risk17.reasons,
        karyotype_lesions=tuple(sorted(lesions)),
        adverse_biology=bool(adverse_sources),
        adverse_biology_sources=adverse_sources,
        latest_relapse_date=facts.latest_relapse_date,
        molecular_relapse_date=facts.molecular_relapse_date,
        relapse_dates=facts.relapse_dates,
        remission_dates=facts.remission_dates,
        fitness_source=fitness.source,
        ecog=fitness.ecog,
        current_wbc=facts.current_wbc,
        mutation_sources=tuple((t.gene, t.source) for t in targets),
        prior_venetoclax_failure=facts.prior_venetoclax_failure,
        venetoclax_cycles_without_remission=facts.venetoclax_cycles_without_remission,
        european_prognostic_index=epi.score if epi else None,
        european_prognostic_index_group=epi.group if epi else None,
        notes=(fitness.reason, *((epi.note,) if epi else ())),
    )
    return Result(
        as_of=as_of,
        derived=derived,
        recommendation=recommendation,
        engine_version=ENGINE_VERSION,
        ruleset_version=RULESET_VERSION,
        warnings=tuple(dict.fromkeys(warnings)),
    )


def _adverse_sources(case: Case, facts: CourseFacts, risk: str, reasons: tuple[str, ...]) -> tuple[str, ...]:
    """Adverse biology: ELN 2017 adverse at diagnosis, or an adverse lesion in any later sample."""
    sources: list[str] = []
    if risk == "adverse":
        sources.append("ELN 2017 adverse at diagnosis")
    elif risk == "unknown":
        # A known adverse lesion still counts when ELN is unknown only because a missing test
        # could override it by the precedence; the rules flag the branch it decides.
        dx = case.diagnosis
        found = adverse_lesions(
            karyotype=dx.karyotype,
            findings=dx.cytogenetic_findings,
            mutations=dx.mutations,
            favorable_subtype_at_diagnosis=False,
        )
        sources += [f"{lesion} at diagnosis (ELN 2017 risk unknown: {UNCERTAIN})" for lesion in found]
    for a in case.assessments:
        if a.date <= case.diagnosis.date or a.date > facts.as_of:
            continue
        found = adverse_lesions(
            karyotype=a.karyotype,
            findings=a.cytogenetic_findings or (),
            mutations=a.mutations or (),
            favorable_subtype_at_diagnosis=risk == "favorable",
        )
        sources += [f"{lesion} (sample of {a.date.isoformat()})" for lesion in found]
    return tuple(dict.fromkeys(sources))


def _not_applicable(pathway: str, rule_id: str, text: str, flags: tuple[str, ...], **facts: object) -> Recommendation:
    plan = Plan(pathway=pathway)
    plan.step(rule_id, text, **facts)
    return Recommendation(
        pathway=pathway,
        primary=Therapy("not_applicable", ()),
        flags=flags,
        rationale=tuple(plan.rationale),
    )


def _status_not_applicable(facts: CourseFacts) -> Recommendation:
    if facts.status == "persistent_after_one_cycle":
        return _not_applicable(
            "not-applicable",
            "RR-PERSISTENT-ONE-CYCLE",
            "Persistent disease after 1 intensive cycle: not yet primary induction failure by ELN 2017 "
            "(at least 2 intensive cycles are needed).",
            (),
            status=facts.status,
            intensive_cycles_without_remission=facts.intensive_cycles_without_remission,
        )
    return _not_applicable(
        "not-applicable",
        "RR-STATUS",
        f"Status {facts.status}: the relapsed/refractory algorithm does not apply.",
        (),
        status=facts.status,
    )


def _pre_steps(ctx: Context) -> Plan:
    """Rule 0 and the relapse-confirmation steps, which do not depend on the branch."""
    plan = Plan(pathway="")
    f = ctx.facts
    relapse = f.status in ("relapsed", "molecular_relapse")
    stale = [t for t in ctx.targets if t.from_diagnosis]
    untested = [t for t in ctx.targets if t.mutated is None]
    if stale or untested:
        plan.actions.add("molecular_testing")
        if stale and relapse:
            plan.flags.add("mutation_status_from_diagnosis")
        parts = []
        if stale:
            parts.append(f"{', '.join(t.gene for t in stale)} known only from diagnosis")
        if untested:
            parts.append(f"{', '.join(t.gene for t in untested)} never tested")
        capability = "" if ctx.formulary.has("molecular_testing") else " This clinic cannot test: send the sample out."
        plan.step(
            "RR-MOLECULAR-TESTING",
            f"Test FLT3 and IDH1/IDH2 now ({'; '.join(parts)}); mutations are lost and gained at relapse.{capability}",
            stale_genes=tuple(t.gene for t in stale),
            untested_genes=tuple(t.gene for t in untested),
        )
        if untested and not ctx.formulary.has("molecular_testing"):
            plan.step(
                "RR-NO-MUTATION-DATA",
                f"No result for {', '.join(t.gene for t in untested)} and no testing here: no inhibitor is chosen "
                "for those genes; their mutation status is unknown.",
                untested_genes=tuple(t.gene for t in untested),
            )
    if f.status == "molecular_relapse":
        plan.actions.add("repeat_marrow_to_confirm_relapse")
        plan.flags.add("guidance_ambiguous")
        plan.step(
            "RR-MOLECULAR-RELAPSE",
            f"MRD became positive on {f.molecular_relapse_date} after an MRD-negative remission: treated as the next "
            "relapse; confirm with a repeat marrow (its meaning differs by subtype).",
            molecular_relapse_date=f.molecular_relapse_date,
        )
    if (
        f.status == "relapsed"
        and f.episode_disease_assessments
        and all(
            a.marrow_blasts_percent is not None
            and RELAPSE_BLASTS_AT_LEAST <= a.marrow_blasts_percent <= REGENERATION_BLASTS_UP_TO
            and a.circulating_blasts is not True
            and a.extramedullary is not True
            for a in f.episode_disease_assessments
        )
    ):
        plan.actions.add("repeat_marrow_to_confirm_relapse")
        blasts = f.episode_disease_assessments[-1].marrow_blasts_percent
        plan.step(
            "RR-REPEAT-MARROW",
            f"Relapse called on {blasts:g} % marrow blasts alone: may be regeneration; repeat the marrow to confirm.",
            marrow_blasts_percent=blasts,
        )
    if f.status == "relapsed" and f.intensive_cycles_without_remission >= 1:
        plan.flags.add("guidance_ambiguous")
        plan.step(
            "RR-SALVAGE-FAILED",
            f"Disease persisted after {f.intensive_cycles_without_remission} intensive salvage cycle(s) in this "
            "relapse; the paper generally advises against three or more intensive courses.",
            intensive_cycles_without_remission=f.intensive_cycles_without_remission,
        )
    return plan


def _signature(plan: Plan) -> tuple[object, ...]:
    assert plan.primary is not None
    return (plan.primary, frozenset(plan.actions))


def _recommend(ctx: Context) -> Recommendation:
    pre = _pre_steps(ctx)
    fit = ctx.fitness.fit
    if fit is None:
        plan = rules.finish(rules.decide(ctx, None), ctx, None)
        fit_plan = rules.finish(rules.decide(ctx, True), ctx, True)
        if _signature(plan) != _signature(fit_plan):
            assert fit_plan.primary is not None
            plan.kept_alternatives = [fit_plan.primary] + [t for t in plan.kept_alternatives if t != fit_plan.primary]
            plan.actions.add("assess_fitness")
            plan.flags.add("fitness_unknown")
            plan.step(
                "RR-FITNESS-UNKNOWN",
                f"{ctx.fitness.reason}: the answer depends on it. The unfit branch is shown; if fit, "
                f"{fit_plan.primary.category} ({', '.join(fit_plan.primary.regimens) or 'trial'})"
                + (" and allogeneic HCT referral" if "allogeneic_hct_referral" in fit_plan.actions else "")
                + ". Assess fitness.",
                age_years=ctx.age,
                ecog=ctx.fitness.ecog,
            )
    else:
        plan = rules.finish(rules.decide(ctx, fit), ctx, fit)
    _cytoreduction(plan, ctx)
    plan.actions |= pre.actions
    plan.flags |= pre.flags
    plan.rationale = pre.rationale + plan.rationale
    return rules.to_recommendation(plan)


def _cytoreduction(plan: Plan, ctx: Context) -> None:
    """Rule 0: WBC at or above the primary regimen's label ceiling or the clinic's threshold."""
    wbc = ctx.facts.current_wbc
    if wbc is None or plan.primary is None:
        return
    ceilings = [ctx.catalog.get(code).wbc_ceiling for code in plan.primary.regimens]
    limits = [c for c in ceilings if c is not None] + [ctx.settings.cytoreduction_wbc]
    threshold = min(limits)
    if wbc >= threshold:
        plan.actions.add("cytoreduction")
        plan.step(
            "RR-CYTOREDUCTION",
            f"WBC {wbc:g} x10^9/L is at or above {threshold:g}: cytoreduce first (hydroxyurea, or cytarabine).",
            wbc=wbc,
            threshold=threshold,
        )
