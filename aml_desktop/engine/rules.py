"""The decision algorithm of clinical-spec.md §4 (DeWolf & Tallman 2020, Figure 2).

``decide`` picks the *intended* therapy (rules 1-5a), then ``finish`` applies the
clinic's formulary (§5), the transplant advice (rule 6), and the monitoring and safety
actions (§6). Every step appends a rationale entry naming its rule id (see
``rule_registry``), the facts it read and its citations. Deterministic: no clock, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

from . import options as opt
from .catalog import Catalog
from .course import CourseFacts
from .eln import ElnResult
from .fitness import FitnessJudgement
from .options import Option
from .result import ExpectedOutcome, Fallback, RationaleStep, Recommendation, Therapy
from .rule_registry import RULES
from .settings import EngineSettings, Formulary
from .targets import GeneFinding

# clinical-spec.md §4 rule 2/3: CR1 longer than 6.0 months is a late relapse (the rounded
# value that is shown; the paper calls the cut-off arbitrary) [DT §Conclusions, Thol 2015].
LATE_RELAPSE_AFTER_MONTHS: Final = 6.0
# clinical-spec.md §4 rule 1: gemtuzumab's VOD risk is highest within 3 months of HCT [DT].
GO_AVOID_WITHIN_MONTHS_OF_HCT: Final = 3.0
# DT §Patient 1: three or more intensive courses are generally not advised.
MAX_INTENSIVE_SALVAGE_BEFORE_WARNING: Final = 1

TARGETED_CATEGORIES: Final = frozenset({"flt3_inhibitor", "idh1_inhibitor", "idh2_inhibitor"})
QT_REGIMENS: Final = frozenset({"GILTERITINIB", "IVOSIDENIB", "QUIZARTINIB"})

# What to expect (clinical-spec.md §6, DT Table 2 and text).
EXPECTED: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "GILTERITINIB": (
        "CR/CRh 34 % (CR 21 %); median overall survival 9.3 months vs 5.6 months with salvage chemotherapy (ADMIRAL).",
        ("DT Table 2", "DT §Implications of a FLT3 mutation"),
    ),
    "QUIZARTINIB": (
        "FLT3-ITD: median overall survival 6.2 vs 4.7 months with salvage chemotherapy (QuANTUM-R).",
        ("QuANTUM-R",),
    ),
    "IVOSIDENIB": ("CR/CRh 30.4 % (CR 21.6 %); median overall survival 8.8 months.", ("DT Table 2",)),
    "ENASIDENIB": ("CR/CRh/CRi 26.6 % (CR 20.2 %); median overall survival 9.3 months.", ("DT Table 2",)),
    "GO": ("CR/CRi 33 % (CR 26 %); median overall survival 8.4 months.", ("DT Table 2",)),
    "venetoclax_combination": (
        "CR/CRi 12-51 % in relapsed or refractory AML (retrospective series).",
        ("DT §Patient 2",),
    ),
    "intensive_chemotherapy": (
        "CR 20-65 %; median duration of response usually under 1 year.",
        ("DT §Patient 1",),
    ),
}


@dataclass(frozen=True)
class Context:
    """Everything the rules read, computed once by ``evaluate``."""

    facts: CourseFacts
    age: int
    fitness: FitnessJudgement
    eln: ElnResult
    adverse: bool
    adverse_sources: tuple[str, ...]
    targets: tuple[GeneFinding, ...]
    cd33_percent: float | None
    settings: EngineSettings
    formulary: Formulary
    catalog: Catalog

    @property
    def targetable(self) -> tuple[GeneFinding, ...]:
        return tuple(t for t in self.targets if t.targetable)

    def gene(self, name: str) -> GeneFinding | None:
        return next((t for t in self.targetable if t.gene == name), None)

    @property
    def flt3_itd(self) -> bool:
        flt3 = self.gene("FLT3")
        return flt3 is not None and flt3.itd


@dataclass
class Plan:
    """A recommendation under construction."""

    pathway: str
    intended: Option = opt.SUPPORTIVE
    alternatives: list[Option] = field(default_factory=list)
    actions: set[str] = field(default_factory=set)
    flags: set[str] = field(default_factory=set)
    rationale: list[RationaleStep] = field(default_factory=list)
    fallbacks: list[Fallback] = field(default_factory=list)
    primary: Therapy | None = None
    kept_alternatives: list[Therapy] = field(default_factory=list)

    def step(self, rule_id: str, text: str, **facts: Any) -> None:
        rule = RULES[rule_id]
        self.rationale.append(RationaleStep(rule_id, text, rule.cites, tuple(sorted(facts.items()))))


def _names(findings: tuple[GeneFinding, ...]) -> str:
    return ", ".join(f"{t.gene} ({'/'.join(t.variants)})" for t in findings)


def _inhibitor(plan: Plan, ctx: Context) -> None:
    """Rule 5: the matching inhibitor; FLT3 before IDH when both are mutated."""
    targets = ctx.targetable
    genes = [t.gene for t in targets]
    first = targets[0]
    plan.intended = opt.INHIBITOR_FOR_GENE[first.gene]
    plan.step(
        "RR-INHIBITOR",
        f"Targetable mutation {_names(targets)}: {plan.intended.regimens[0].title()}.",
        targetable_mutations=tuple(genes),
    )
    others = [opt.INHIBITOR_FOR_GENE[g] for g in genes[1:]]
    if others:
        plan.alternatives[:0] = others
        plan.flags.add("guidance_ambiguous")
        plan.step(
            "RR-INHIBITOR-BOTH",
            f"More than one targetable gene ({', '.join(genes)}): {first.gene} inhibitor first, the other as "
            "alternative; the paper gives no guidance for co-mutation.",
            targetable_mutations=tuple(genes),
        )


def _post_transplant(plan: Plan, ctx: Context) -> None:
    """Rule 1 [DT §Relapse following allogeneic HCT]."""
    f = ctx.facts
    plan.step(
        "RR-POST-HCT",
        f"Relapse {f.months_since_transplant} months after allogeneic HCT.",
        months_since_transplant=f.months_since_transplant,
    )
    if ctx.targetable:
        _inhibitor(plan, ctx)
        plan.alternatives.append(opt.HMA)
    elif ctx.formulary.has("clinical_trials"):
        plan.intended = opt.TRIAL
        plan.alternatives.append(opt.HMA)
    else:
        plan.intended = opt.HMA
        plan.fallbacks.append(Fallback("clinical_trials", "no clinical trials at this clinic", "AZA"))
        plan.step("RR-FALLBACK", "No clinical trials at this clinic: a hypomethylating agent instead.")
    if ctx.formulary.has("allogeneic_hct"):
        plan.alternatives.append(opt.DLI)
    cd33 = ctx.cd33_percent
    if cd33 is not None and cd33 >= ctx.settings.cd33_positive_percent:
        near_hct = f.months_since_transplant is not None and f.months_since_transplant <= GO_AVOID_WITHIN_MONTHS_OF_HCT
        if near_hct:
            plan.alternatives.append(opt.GEMTUZUMAB)
        else:
            plan.alternatives.insert(min(1, len(plan.alternatives)), opt.GEMTUZUMAB)
        plan.step(
            "RR-POST-HCT-GO",
            f"CD33 {cd33:g} % (>= {ctx.settings.cd33_positive_percent:g} %): gemtuzumab ozogamicin is an option"
            + (
                f"; within {GO_AVOID_WITHIN_MONTHS_OF_HCT:g} months of HCT other therapy is preferred (VOD risk)."
                if near_hct
                else " (VOD risk)."
            ),
            cd33_percent=cd33,
            months_since_transplant=f.months_since_transplant,
        )


def _fit_first_relapse(plan: Plan, ctx: Context) -> None:
    """Rules 2 and 3: fit patient in first relapse, by CR1 length and biology."""
    f = ctx.facts
    months = f.cr1_duration_months
    flt3 = ctx.gene("FLT3")
    idh = [t for t in ctx.targetable if t.gene in ("IDH1", "IDH2")]
    if months is not None and months > LATE_RELAPSE_AFTER_MONTHS:
        plan.pathway = "fit-late-first-relapse"
        if flt3 is not None:
            plan.step(
                "RR-FIT-LATE",
                f"Fit, first relapse after {months} months in CR1 (> 6): FLT3-mutated, so gilteritinib rather than "
                "cytotoxic chemotherapy.",
                cr1_duration_months=months,
                fit_for_intensive=True,
            )
            _inhibitor(plan, ctx)
            plan.alternatives.append(opt.INTENSIVE)
            return
        plan.intended = opt.INTENSIVE
        plan.step(
            "RR-FIT-LATE",
            f"Fit, first relapse after {months} months in CR1 (> 6): intensive reinduction, "
            "then allogeneic HCT in CR2.",
            cr1_duration_months=months,
            fit_for_intensive=True,
        )
        if idh:
            plan.alternatives.append(opt.INHIBITOR_FOR_GENE[idh[0].gene])
            plan.step(
                "RR-FIT-LATE-IDH",
                f"{idh[0].gene}-mutated: the {idh[0].gene} inhibitor is the first alternative.",
                targetable_mutations=(idh[0].gene,),
            )
        plan.alternatives.append(opt.INTENSIVE_OTHER)
        return

    plan.pathway = "fit-early-first-relapse"
    early = f"Fit, first relapse after {months} months in CR1 (6 or less: early)"
    if flt3 is not None:
        plan.step("RR-FIT-EARLY-FLT3", f"{early}: FLT3-mutated, gilteritinib.", cr1_duration_months=months)
        _inhibitor(plan, ctx)
        plan.alternatives.append(opt.VENETOCLAX if ctx.adverse else opt.INTENSIVE)
        return
    if ctx.adverse:
        sources = "; ".join(ctx.adverse_sources)
        if ctx.eln.risk == "unknown" and all("ELN 2017 risk unknown" in s for s in ctx.adverse_sources):
            plan.flags.add("guidance_ambiguous")
            plan.step(
                "RR-ELN-UNKNOWN",
                f"ELN 2017 risk is unknown (missing: {', '.join(ctx.eln.missing_tests)}), but an adverse lesion is "
                "known at diagnosis: treated as adverse biology. Completing the tests could change this branch.",
                eln2017_risk="unknown",
                eln2017_missing_tests=ctx.eln.missing_tests,
            )
        if idh:
            plan.step(
                "RR-FIT-EARLY-ADVERSE",
                f"{early} with adverse biology ({sources}): the matching inhibitor, not cytotoxic chemotherapy.",
                cr1_duration_months=months,
                adverse_biology=True,
            )
            _inhibitor(plan, ctx)
            plan.alternatives.append(opt.VENETOCLAX)
        else:
            plan.intended = opt.VENETOCLAX
            plan.step(
                "RR-FIT-EARLY-ADVERSE",
                f"{early} with adverse biology ({sources}) and no targetable mutation: HMA or LDAC plus venetoclax, "
                "not cytotoxic chemotherapy.",
                cr1_duration_months=months,
                adverse_biology=True,
            )
        return
    if ctx.eln.risk == "unknown":
        plan.flags.add("guidance_ambiguous")
        missing = ", ".join(ctx.eln.missing_tests) or "not recorded"
        plan.step(
            "RR-ELN-UNKNOWN",
            f"ELN 2017 risk is unknown (missing: {missing}) and no adverse lesion was found later: treated as not "
            "adverse. Completing the tests could change this branch.",
            eln2017_risk="unknown",
            eln2017_missing_tests=ctx.eln.missing_tests,
        )
    plan.intended = opt.INTENSIVE
    if idh:
        plan.flags.add("guidance_ambiguous")
        plan.alternatives.append(opt.INHIBITOR_FOR_GENE[idh[0].gene])
        plan.step(
            "RR-FIT-EARLY-IDH",
            f"{early}, {idh[0].gene}-mutated without adverse biology: the paper does not decide; intensive "
            f"reinduction, with the {idh[0].gene} inhibitor as first alternative.",
            cr1_duration_months=months,
            targetable_mutations=(idh[0].gene,),
        )
        return
    plan.step(
        "RR-FIT-EARLY-NOT-ADVERSE",
        f"{early}, no adverse biology and no targetable mutation: intensive reinduction as a bridge to allogeneic HCT "
        "(as for the paper's Patient 1).",
        cr1_duration_months=months,
        adverse_biology=False,
    )
    plan.alternatives.append(opt.VENETOCLAX)


def _unfit_pif_later(plan: Plan, ctx: Context, fit: bool | None) -> None:
    """Rule 4: older or less fit, PIF, or second or later relapse."""
    f = ctx.facts
    plan.pathway = "unfit-pif-or-later-relapse"
    reasons = []
    if f.status == "primary_refractory":
        reasons.append(
            f"primary induction failure ({f.intensive_cycles_without_remission} intensive cycle(s) without remission)"
            if f.intensive_cycles_without_remission >= 2
            else f"refractory to {f.venetoclax_cycles_without_remission} cycles of a venetoclax combination"
        )
    if f.effective_relapse_number >= 2:
        reasons.append(f"relapse number {f.effective_relapse_number}")
    if fit is not True:
        reasons.append("not fit for intensive therapy" if fit is False else "fitness not judged (unfit branch)")
    text = "; ".join(reasons) or "rule 4"
    if ctx.targetable:
        plan.step("RR-UNFIT-PIF-LATER", f"{text.capitalize()}: the matching inhibitor.", status=f.status, fit=fit)
        _inhibitor(plan, ctx)
        plan.alternatives.append(opt.VENETOCLAX)
    else:
        plan.intended = opt.VENETOCLAX
        plan.step(
            "RR-UNFIT-PIF-LATER",
            f"{text.capitalize()}, no targetable mutation: HMA or LDAC plus venetoclax.",
            status=f.status,
            fit=fit,
        )


def _prior_venetoclax(plan: Plan, ctx: Context, fit: bool | None) -> None:
    """Rule 5a: venetoclax failed before; the paper does not address it."""
    plan.flags.add("prior_venetoclax_failure")
    if plan.intended.uses_venetoclax:
        plan.flags.add("not_from_source")
        if ctx.formulary.has("clinical_trials"):
            plan.intended = opt.TRIAL
            choice = "a clinical trial"
        elif fit is True:
            plan.intended = opt.INTENSIVE
            choice = "intensive reinduction (fit)"
        else:
            plan.intended = opt.SUPPORTIVE
            choice = "best supportive care (not fit)"
        plan.alternatives = [a for a in plan.alternatives if a not in (opt.HMA, opt.LDAC_ALONE)]
        plan.alternatives += [opt.HMA, opt.LDAC_ALONE]
        plan.step(
            "RR-PRIOR-VEN",
            f"Relapse or refractoriness during or after a venetoclax combination: outcomes are dismal and the paper "
            f"does not address it; {choice}, with HMA alone or LDAC as alternatives.",
            prior_venetoclax_failure=True,
        )
    plan.alternatives = [a for a in plan.alternatives if not a.uses_venetoclax]


def decide(ctx: Context, fit: bool | None) -> Plan:
    """Rules 1-5a: the intended therapy for a relapsed or refractory patient."""
    f = ctx.facts
    plan = Plan(pathway="unfit-pif-or-later-relapse")
    if f.post_transplant:
        plan.pathway = "post-transplant-relapse"
        _post_transplant(plan, ctx)
    elif f.status != "primary_refractory" and f.effective_relapse_number == 1 and fit is True:
        _fit_first_relapse(plan, ctx)
    else:
        _unfit_pif_later(plan, ctx, fit)
    if f.prior_venetoclax_failure:
        _prior_venetoclax(plan, ctx, fit)
    return plan


def _missing_reason(ctx: Context, code: str) -> str:
    missing = ctx.catalog.missing(code, ctx.formulary)
    agents = [m for m in missing if m not in ("intensive_chemotherapy", "allogeneic_hct")]
    capabilities = [m for m in missing if m in ("intensive_chemotherapy", "allogeneic_hct")]
    parts = []
    if agents:
        parts.append("not stocked: " + ", ".join(agents))
    if capabilities:
        parts.append("not available at this clinic: " + ", ".join(capabilities))
    return "; ".join(parts) or "not available"


def _available(ctx: Context, option: Option) -> tuple[str, ...]:
    if option == opt.TRIAL:
        return ("clinical_trial",) if ctx.formulary.has("clinical_trials") else ()
    return tuple(code for code in option.regimens if ctx.catalog.is_available(code, ctx.formulary))


def _resolve(plan: Plan, ctx: Context, fit: bool | None) -> None:
    """Clinical-spec §5: replace what the clinic cannot give, one recorded step at a time."""
    chain = opt.fallback_chain(
        plan.intended, fit=fit, flt3_itd=ctx.flt3_itd, prior_venetoclax_failure=ctx.facts.prior_venetoclax_failure
    )
    skipped: list[tuple[str, str]] = []
    for option in (plan.intended, *chain):
        available = _available(ctx, option)
        unavailable = [code for code in option.regimens if code not in available]
        if option == opt.TRIAL and not available:
            skipped.append(("clinical_trials", "no clinical trials at this clinic"))
        else:
            capability_only = {tuple(ctx.catalog.missing(code, ctx.formulary)) for code in unavailable} == {
                ("intensive_chemotherapy",)
            }
            if unavailable and capability_only and not available:
                skipped.append(("intensive_chemotherapy", "not available at this clinic: intensive_chemotherapy"))
            else:
                skipped += [(code, _missing_reason(ctx, code)) for code in unavailable]
        if not available:
            continue
        regimens = () if option == opt.TRIAL else available
        plan.primary = Therapy(option.category, regimens)
        used = available[0]
        for intended, reason in skipped:
            plan.fallbacks.append(Fallback(intended, reason, used))
        if option is not plan.intended:
            plan.step(
                "RR-FALLBACK",
                f"The clinic cannot give {plan.intended.category} ({', '.join(plan.intended.regimens) or 'trial'}): "
                f"{option.category} ({', '.join(regimens) or 'trial'}) instead.",
                intended=plan.intended.regimens or (plan.intended.category,),
                used=used,
            )
            if option.not_from_source:
                plan.flags.add("not_from_source")
                plan.step(
                    "RR-FALLBACK-NOT-FROM-SOURCE",
                    f"{option.category} ({', '.join(regimens)}) at this step is not named by the paper.",
                    used=used,
                )
        elif skipped:
            plan.step(
                "RR-FALLBACK",
                f"Not offered: {', '.join(code for code, _ in skipped)} ({'; '.join(r for _, r in skipped)}).",
                used=used,
            )
        return
    plan.primary = Therapy("best_supportive_care", ("BSC",))  # pragma: no cover - BSC is always available


def _alternatives(plan: Plan, ctx: Context) -> None:
    primary = plan.primary
    seen = {(primary.category, primary.regimens)} if primary else set()
    for option in plan.alternatives:
        available = _available(ctx, option)
        if not available:
            continue
        therapy = Therapy(option.category, () if option == opt.TRIAL else available)
        if (therapy.category, therapy.regimens) in seen:
            continue
        if primary and therapy.category == primary.category and set(therapy.regimens) <= set(primary.regimens):
            continue
        seen.add((therapy.category, therapy.regimens))
        plan.kept_alternatives.append(therapy)


def _safety(plan: Plan, ctx: Context) -> None:
    """Clinical-spec §6: monitoring and safety that come with the primary therapy."""
    primary = plan.primary
    assert primary is not None
    category, regimens = primary.category, set(primary.regimens)
    if category == "venetoclax_combination":
        plan.actions |= {"marrow_after_cycle_1", "reassess_after_2_cycles"}
        plan.flags |= {"tumor_lysis_syndrome", "azole_venetoclax_interaction"}
        plan.step(
            "RR-SAFETY-VEN",
            "Marrow after cycle 1 if still cytopenic; venetoclax may be shortened from 28 to 21 or 14 days for slow "
            "count recovery; judge response after 2 cycles; tumour lysis prophylaxis; reduce venetoclax with azoles.",
        )
    if category in TARGETED_CATEGORIES:
        plan.actions.add("continue_until_progression")
        plan.step(
            "RR-SAFETY-TARGETED",
            "Median time to CR is over 2 months and responses can come after 4-6 months: continue until clear "
            "progression.",
        )
    if category in ("idh1_inhibitor", "idh2_inhibitor"):
        plan.flags.add("differentiation_syndrome")
        plan.step(
            "RR-SAFETY-IDH",
            "Watch for differentiation syndrome (fever, fluid overload, organ dysfunction): steroids; interrupt only "
            "if hospitalised or severe more than 48 h after steroids.",
        )
    if "GILTERITINIB" in regimens:
        plan.flags |= {"differentiation_syndrome", "qtc_prolongation"}
        plan.actions.add("qtc_monitoring")
        plan.step("RR-SAFETY-FLT3", "Gilteritinib: differentiation syndrome and QTc prolongation; ECG monitoring.")
    if regimens & QT_REGIMENS:
        plan.flags.add("qtc_prolongation")
        if "IVOSIDENIB" in regimens:
            plan.actions.add("qtc_monitoring")
        plan.step(
            "RR-SAFETY-QTC",
            "QT-prolonging inhibitor: ECG before and during treatment"
            + ("; ivosidenib prolonged QTc in 24.6 %: monthly ECG." if "IVOSIDENIB" in regimens else "."),
        )
    offered = [primary, *plan.kept_alternatives]
    if any("GO" in t.regimens for t in offered):
        plan.flags.add("veno_occlusive_disease")
        plan.step("RR-SAFETY-GO", "Gemtuzumab ozogamicin offered: veno-occlusive disease risk.")


def _transplant(plan: Plan, ctx: Context, fit: bool | None) -> None:
    """Rule 6: allogeneic HCT referral for every fit patient where the clinic has HCT."""
    if fit is not True:
        return
    primary = plan.primary
    assert primary is not None
    if ctx.formulary.has("allogeneic_hct"):
        plan.actions.add("allogeneic_hct_referral")
        plan.step(
            "RR-HCT",
            "Fit for intensive therapy: refer for allogeneic HCT, proceeding after 1-2 cycles, ideally in morphologic "
            "CR, even with MRD or incomplete count recovery.",
            fit_for_intensive=True,
        )
        if ctx.flt3_itd:
            plan.actions.add("flt3_maintenance_post_hct")
            plan.step("RR-FLT3-MAINTENANCE", "FLT3-ITD: plan FLT3-inhibitor maintenance after HCT.")
    else:
        used = primary.regimens[0] if primary.regimens else primary.category
        plan.fallbacks.append(Fallback("allogeneic_hct", "no allogeneic HCT at this clinic", used))
        plan.step(
            "RR-NO-HCT",
            "No allogeneic HCT at this clinic: continue the chosen therapy while it works and is tolerated.",
            used=used,
        )


def _expected(plan: Plan) -> tuple[ExpectedOutcome, ...]:
    outcomes: list[ExpectedOutcome] = []
    seen: set[str] = set()
    therapies = [plan.primary, *plan.kept_alternatives] if plan.primary else []
    for therapy in therapies:
        for code in therapy.regimens:
            key = code if code in EXPECTED else therapy.category
            if key not in EXPECTED or key in seen:
                continue
            seen.add(key)
            text, cites = EXPECTED[key]
            outcomes.append(ExpectedOutcome(code, text, cites))
    return tuple(outcomes)


def finish(plan: Plan, ctx: Context, fit: bool | None) -> Plan:
    """Formulary fallbacks, alternatives, safety, transplant and trials for a decided plan."""
    _resolve(plan, ctx, fit)
    _alternatives(plan, ctx)
    _safety(plan, ctx)
    _transplant(plan, ctx, fit)
    primary = plan.primary
    assert primary is not None
    if ctx.formulary.has("clinical_trials") and primary.category != "clinical_trial":
        plan.actions.add("consider_clinical_trial")
        plan.step("RR-TRIALS", "This clinic has clinical trials: consider one first.")
    return plan


def to_recommendation(plan: Plan) -> Recommendation:
    assert plan.primary is not None
    return Recommendation(
        pathway=plan.pathway,
        primary=plan.primary,
        alternatives=tuple(plan.kept_alternatives),
        fallbacks_applied=tuple(plan.fallbacks),
        actions=tuple(sorted(plan.actions)),
        flags=tuple(sorted(plan.flags)),
        rationale=tuple(plan.rationale),
        expected_outcomes=_expected(plan),
    )
