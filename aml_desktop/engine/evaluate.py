"""From a case to a cited recommendation: the engine's one entry point.

``evaluate`` derives the course, the genetics and the fitness once, runs the rules, and
assembles the ``aml-recommendation/1`` result. Pure: the date is passed in, the clinic's
settings are passed in, nothing is read or written.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from . import rules
from .case import Case, Fitness
from .catalog import load_catalog
from .course import CourseFacts, age_on, derive_course
from .eln import adverse_lesions, eln2017, eln2022
from .fitness import judge_fitness
from .karyotype import merge_findings, read_karyotype
from .prognosis import european_prognostic_index
from .response import REGENERATION_BLASTS_UP_TO, RELAPSE_BLASTS_AT_LEAST
from .result import Derived, RationaleStep, Recommendation, Result, Therapy
from .rules import Context, Plan, words
from .runs import excluded_codes, failure_flags, targets_with_failed_inhibitor
from .sentences import Code, Listing, Number, capitalized, join, say
from .settings import EngineSettings
from .targets import GeneFinding, find_targets
from .version import ENGINE_VERSION, RULESET_VERSION

# clinical-spec.md §8.5a: persistent disease after one cycle now gets a primary.
ACTIVE_STATUSES = ("relapsed", "molecular_relapse", "primary_refractory", "persistent_after_one_cycle")


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
    # Never in remission (primary refractory, or persistent after one cycle): tests since diagnosis count.
    refractory = facts.status in ("primary_refractory", "persistent_after_one_cycle")
    episode_start = facts.latest_relapse_date
    if facts.salvage_remission:
        # §8.11: targets in salvage remission come from tests since the latest relapse (refractory: diagnosis).
        episode_start = facts.relapse_dates[-1] if facts.relapse_dates else None
        refractory = not facts.relapse_dates
    targets = find_targets(case, as_of=as_of, episode_start=episode_start, refractory=refractory)
    adverse_sources = _adverse_sources(case, facts, risk17.risk, risk17.reasons)
    failed = facts.failed
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
        excluded=excluded_codes(failed),
        failed_targets=targets_with_failed_inhibitor(failed),
        prior_hct=bool(facts.allogeneic_hct_dates),
    )
    warnings = [*reading.warnings, *risk17.warnings, *facts.notes, *(t.note for t in targets if t.note)]

    if risk17.apl:
        recommendation = _not_applicable(
            "apl-out-of-scope",
            "RR-SCOPE-APL",
            say("Acute promyelocytic leukemia (t(15;17) / PML::RARA) is out of scope: follow the APL protocol."),
            ("apl_out_of_scope",),
            status=facts.status,
        )
    elif facts.salvage_remission:
        recommendation = _salvage_remission(ctx)
    elif facts.status not in ACTIVE_STATUSES:
        recommendation = _status_not_applicable(facts)
    else:
        recommendation = _recommend(ctx)
    freshness = _freshness(case, facts, settings)
    if not risk17.apl:
        recommendation = _with_prior_therapy_and_freshness(recommendation, ctx, freshness)

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
        failed_regimens=failed,
        targets_with_failed_inhibitor=ctx.failed_targets,
        salvage_remission=facts.salvage_remission,
        days_since_disease_assessment=freshness.assessment_days,
        days_since_fitness=freshness.fitness_days,
        eln2022_missing_tests=risk22.missing_tests,
        eln2022_reasons=risk22.reasons,
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
        sources.append(say("ELN 2017 adverse at diagnosis"))
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
        sources += [
            say("{lesion} at diagnosis (ELN 2017 risk unknown: missing tests could override it)", lesion=lesion)
            for lesion in found
        ]
    for a in case.assessments:
        if a.date <= case.diagnosis.date or a.date > facts.as_of:
            continue
        found = adverse_lesions(
            karyotype=a.karyotype,
            findings=a.cytogenetic_findings or (),
            mutations=a.mutations or (),
            favorable_subtype_at_diagnosis=risk == "favorable",
        )
        sources += [say("{lesion} (sample of {date})", lesion=lesion, date=a.date) for lesion in found]
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
    return _not_applicable(
        "not-applicable",
        "RR-STATUS",
        say("{status}: the relapsed/refractory algorithm does not apply.", status=Code(facts.status)),
        (),
        status=facts.status,
    )


def _salvage_remission(ctx: Context) -> Recommendation:
    """§8.5b: remission after salvage (or after primary refractoriness): the moment to transplant."""
    f = ctx.facts
    plan = Plan(pathway="salvage-remission")
    after = say("relapse of {date}", date=f.relapse_dates[-1]) if f.relapse_dates else say("primary refractory disease")
    plan.step(
        "RR-SALVAGE-REMISSION",
        say(
            "In remission since {date} after {after}, with no transplant since: this is the moment to transplant, "
            "even with MRD or incomplete count recovery; after a prior HCT, a second HCT from a new donor.",
            date=f.remission_dates[-1],
            after=after,
        )
        if ctx.prior_hct
        else say(
            "In remission since {date} after {after}, with no transplant since: this is the moment to transplant, "
            "even with MRD or incomplete count recovery.",
            date=f.remission_dates[-1],
            after=after,
        ),
        remission_date=f.remission_dates[-1],
        prior_allogeneic_hct=ctx.prior_hct,
    )
    fit = ctx.fitness.fit
    if fit is not False:
        rules.referral(plan, ctx)
    if fit is None:
        plan.actions.add("assess_fitness")
        plan.flags.add("fitness_unknown")
        plan.step(
            "RR-FITNESS-UNKNOWN",
            say(
                "{reason}: transplant referral is shown until fitness is assessed.",
                reason=capitalized(ctx.fitness.reason),
            ),
            age_years=ctx.age,
            ecog=ctx.fitness.ecog,
        )
    run = ctx.open_run()
    if run is not None:
        rules.continue_current(plan, run, until_hct=fit is True)
    return Recommendation(
        pathway=plan.pathway,
        primary=Therapy("not_applicable", ()),
        fallbacks_applied=tuple(plan.fallbacks),
        actions=tuple(sorted(plan.actions)),
        flags=tuple(sorted(plan.flags)),
        rationale=tuple(plan.rationale),
    )


_REFERRAL_WORDS = {
    "allogeneic_hct_referral": say("referral for allogeneic HCT"),
    "transplant_centre_referral": say("referral to a transplant centre"),
}

FRESHNESS_STATUSES = ("relapsed", "molecular_relapse", "primary_refractory", "persistent_after_one_cycle")


@dataclass(frozen=True)
class Freshness:
    """§8.6: how old the disease assessment and the fitness judgement are on ``as_of``."""

    applies: bool
    assessment_date: date | None
    assessment_days: int | None
    fitness_date: date | None
    fitness_days: int | None
    stale_assessment: bool
    stale_fitness: bool


def _freshness(case: Case, facts: CourseFacts, settings: EngineSettings) -> Freshness:
    as_of = facts.as_of
    disease = [
        a.date
        for a in case.assessments
        if a.date <= as_of
        and (
            a.marrow_blasts_percent is not None
            or a.circulating_blasts is not None
            or a.extramedullary is not None
            or a.mrd is not None
        )
    ]
    assessed = max(disease) if disease else None
    assessment_days = (as_of - assessed).days if assessed else None
    fitness: Fitness | None = case.fitness
    if fitness is not None and fitness.date is not None and fitness.date > as_of:
        fitness = None  # nothing dated after as_of is considered
    fitness_date = fitness.date if fitness is not None else None
    fitness_days = (as_of - fitness_date).days if fitness_date is not None else None
    applies = facts.status in FRESHNESS_STATUSES or facts.salvage_remission
    judged = fitness is not None and fitness.fit_for_intensive is not None
    return Freshness(
        applies=applies,
        assessment_date=assessed,
        assessment_days=assessment_days,
        fitness_date=fitness_date,
        fitness_days=fitness_days,
        stale_assessment=applies and assessment_days is not None and assessment_days > settings.stale_assessment_days,
        stale_fitness=applies and judged and (fitness_days is None or fitness_days > settings.stale_fitness_days),
    )


def _with_prior_therapy_and_freshness(rec: Recommendation, ctx: Context, fresh: Freshness) -> Recommendation:
    """§8.3 flags in every answer (not_applicable ones included), and §8.6 stale-data warnings first."""
    flags = set(rec.flags) | failure_flags(ctx.failed)
    actions = set(rec.actions)
    head: list[RationaleStep] = []
    plan = Plan(pathway=rec.pathway)
    if fresh.stale_assessment or fresh.stale_fitness:
        parts: list[str] = []
        if fresh.stale_assessment:
            flags.add("stale_disease_assessment")
            actions.add("repeat_disease_assessment")
            parts.append(
                say(
                    "the latest disease assessment is {days} days old ({date})",
                    days=fresh.assessment_days,
                    date=fresh.assessment_date,
                )
            )
        if fresh.stale_fitness:
            flags.add("stale_fitness")
            actions.add("assess_fitness")
            parts.append(
                say(
                    "the fitness judgement is {days} days old ({date})",
                    days=fresh.fitness_days,
                    date=fresh.fitness_date,
                )
                if fresh.fitness_days is not None
                else say("the fitness judgement is undated")
            )
        plan.step(
            "RR-STALE-DATA",
            say(
                "Old data: {parts}. The recommendation below rests on it: repeat before treating.",
                parts=join("; ", parts),
            ),
            days_since_disease_assessment=fresh.assessment_days,
            days_since_fitness=fresh.fitness_days,
        )
    if ctx.failed:
        listed = Listing(
            tuple(
                say("{regimen}: {kind} on {date}", regimen=Code(x.regimen), kind=Code(x.kind), date=x.date)
                for x in ctx.failed
            ),
            "; ",
        )
        excluded = Listing(tuple(Code(c) for c in sorted(ctx.excluded)), ", ")
        plan.step(
            "RR-PRIOR-FAILURE",
            say(
                "Failed before: {listed}. Not offered again: {excluded}; {targets} no longer counted as targetable. "
                "The windows, landmarks and exclusions that the paper does not state (90 days for non-intensive "
                "regimens, clear progression, HIDAC with IDAC, a venetoclax backbone alone) are implementation "
                "choices of clinical-spec §8: check them.",
                listed=listed,
                excluded=excluded,
                targets=Listing(tuple(ctx.failed_targets), ", "),
            )
            if ctx.failed_targets
            else say(
                "Failed before: {listed}. Not offered again: {excluded}. The windows, landmarks and exclusions that "
                "the paper does not state (90 days for non-intensive regimens, clear progression, HIDAC with IDAC, a "
                "venetoclax backbone alone) are implementation choices of clinical-spec §8: check them.",
                listed=listed,
                excluded=excluded,
            ),
            failed_regimens=tuple(x.regimen for x in ctx.failed),
            excluded=tuple(sorted(ctx.excluded)),
        )
    head = plan.rationale
    return replace(
        rec,
        flags=tuple(sorted(flags)),
        actions=tuple(sorted(actions)),
        rationale=(*head, *rec.rationale),
    )


def _genes(findings: list[GeneFinding]) -> Listing:
    return Listing(tuple(t.gene for t in findings), ", ")


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
        parts: list[str] = []
        if stale:
            parts.append(say("{genes} known only from diagnosis", genes=_genes(stale)))
        if untested:
            parts.append(say("{genes} never tested", genes=_genes(untested)))
        plan.step(
            "RR-MOLECULAR-TESTING",
            say(
                "Test FLT3 and IDH1/IDH2 now ({parts}); mutations are lost and gained at relapse.",
                parts=join("; ", parts),
            )
            if ctx.formulary.has("molecular_testing")
            else say(
                "Test FLT3 and IDH1/IDH2 now ({parts}); mutations are lost and gained at relapse. This clinic cannot "
                "test: send the sample out.",
                parts=join("; ", parts),
            ),
            stale_genes=tuple(t.gene for t in stale),
            untested_genes=tuple(t.gene for t in untested),
        )
        if untested and not ctx.formulary.has("molecular_testing"):
            plan.step(
                "RR-NO-MUTATION-DATA",
                say(
                    "No result for {genes} and no testing here: no inhibitor is chosen for those genes; their "
                    "mutation status is unknown.",
                    genes=_genes(untested),
                ),
                untested_genes=tuple(t.gene for t in untested),
            )
    if f.status == "molecular_relapse":
        plan.actions.add("repeat_marrow_to_confirm_relapse")
        plan.flags.add("guidance_ambiguous")
        plan.step(
            "RR-MOLECULAR-RELAPSE",
            say(
                "Molecular relapse on {date} (MRD rose at least 1 log10): treated as the next relapse; confirm with a "
                "repeat marrow (its meaning differs by subtype).",
                date=f.molecular_relapse_date,
            )
            if f.mrd_log_rise
            else say(
                "Molecular relapse on {date} (MRD became positive after an MRD-negative remission): treated as the "
                "next relapse; confirm with a repeat marrow (its meaning differs by subtype).",
                date=f.molecular_relapse_date,
            ),
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
            say(
                "Relapse called on {blasts} % marrow blasts alone: may be regeneration; repeat the marrow to confirm.",
                blasts=Number(blasts or 0),
            ),
            marrow_blasts_percent=blasts,
        )
    if f.status == "persistent_after_one_cycle":
        plan.step(
            "RR-PERSISTENT-ONE-CYCLE",
            say(
                "Persistent disease after 1 intensive cycle: not yet primary induction failure by ELN 2017 (at least "
                "2 intensive cycles are needed)."
            ),
            status=f.status,
            intensive_cycles_without_remission=f.intensive_cycles_without_remission,
        )
    if f.status == "primary_refractory" and f.intensive_cycles_without_remission < 2:
        failed = [x for x in ctx.failed if x.klass != "intensive"]
        if failed:
            plan.step(
                "RR-REFRACTORY-NON-INTENSIVE",
                say(
                    "No remission ever and {failures}: primary refractory.",
                    failures=Listing(tuple(rules.failure_words(x) for x in failed), ", "),
                ),
                status=f.status,
            )
    if f.mrd_log_rise:
        plan.flags.add("mrd_log_rise")
        plan.step(
            "RR-MRD-LOG-RISE",
            say(
                "qPCR MRD rose at least 10-fold (1 log10) in remission by {date}: molecular relapse.",
                date=f.molecular_relapse_date,
            ),
            molecular_relapse_date=f.molecular_relapse_date,
        )
    if f.status == "relapsed" and f.intensive_cycles_without_remission >= 1 and rules.refractory_salvage(ctx) is None:
        plan.flags.add("guidance_ambiguous")
        plan.step(
            "RR-SALVAGE-FAILED",
            say(
                "Disease persisted after {cycles} intensive salvage cycle(s) in this relapse; the paper generally "
                "advises against three or more intensive courses.",
                cycles=f.intensive_cycles_without_remission,
            ),
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
            referral = sorted(fit_plan.actions & rules.REFERRAL_ACTIONS)
            plan.step(
                "RR-FITNESS-UNKNOWN",
                say(
                    "{reason}: the answer depends on it. The unfit branch is shown; if fit, {therapy} and {referral}. "
                    "Assess fitness.",
                    reason=capitalized(ctx.fitness.reason),
                    therapy=words(fit_plan.primary.category, fit_plan.primary.regimens),
                    referral=Listing(tuple(_REFERRAL_WORDS[a] for a in referral)),
                )
                if referral
                else say(
                    "{reason}: the answer depends on it. The unfit branch is shown; if fit, {therapy}. Assess fitness.",
                    reason=capitalized(ctx.fitness.reason),
                    therapy=words(fit_plan.primary.category, fit_plan.primary.regimens),
                ),
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
            say(
                "WBC {wbc} x10^9/L is at or above {threshold}: cytoreduce first (hydroxyurea, or cytarabine).",
                wbc=Number(wbc),
                threshold=Number(threshold),
            ),
            wbc=wbc,
            threshold=threshold,
        )
