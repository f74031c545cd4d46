"""The decision algorithm of clinical-spec.md §4 (DeWolf & Tallman 2020, Figure 2).

``decide`` picks the *intended* therapy (rules 1-5a), then ``finish`` applies the
clinic's formulary (§5), the transplant advice (rule 6), and the monitoring and safety
actions (§6). Every step appends a rationale entry naming its rule id (see
``rule_registry``), the facts it read and its citations. Deterministic: no clock, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Final

from . import options as opt
from .catalog import Catalog
from .course import CourseFacts
from .eln import ElnResult
from .fitness import FitnessJudgement
from .options import Option
from .result import ExpectedOutcome, Fallback, RationaleStep, Recommendation, Therapy
from .rule_registry import RULES
from .runs import FailedRun, Run
from .sentences import Code, Listing, Number, Sentence, capitalized, join, say
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
# clinical-spec.md §8.4d: CR1 above 6.0 and at most 12.0 months is "near the cut-off" [DT §Conclusions, Figure 1].
NEAR_CUTOFF_UP_TO_MONTHS: Final = 12.0
# clinical-spec.md §8.4e: classical HiDAC (3 g/m2) only under 60 (clinical-reference §5.1 [V]).
HIDAC_BELOW_AGE: Final = 60
# clinical-spec.md §8.4l: cytarabine >= 1.5 g/m2 per dose (clinical-reference §5.1 [V]).
HIGH_DOSE_CYTARABINE_REGIMENS: Final = frozenset({"HIDAC", "IDAC", "FLAG-IDA", "CLAG-M"})
# clinical-spec.md §8.4j: non-intensive primaries continued while they work, without a transplant referral.
CONTINUE_CATEGORIES: Final = frozenset({"venetoclax_combination", "hypomethylating_agent", "low_dose_cytarabine"})
# clinical-spec.md §8.5a: AMLCG day-16 marrow > 40 % blasts [DT §Patient 1].
PERSISTENT_BLASTS_ABOVE: Final = 40.0
PERSISTENT_EARLY_UP_TO_DAY: Final = 21
REFERRAL_ACTIONS: Final = frozenset({"allogeneic_hct_referral", "transplant_centre_referral"})
NO_TRIALS: Final = say("no clinical trials at this clinic")

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
    excluded: frozenset[str] = frozenset()
    failed_targets: tuple[str, ...] = ()
    prior_hct: bool = False

    @property
    def targetable(self) -> tuple[GeneFinding, ...]:
        """Effective targets (clinical-spec.md §8.4a): a gene whose inhibitor FAILED is not one."""
        return tuple(t for t in self.targets if t.targetable and t.gene not in self.failed_targets)

    @property
    def failed(self) -> tuple[FailedRun, ...]:
        return self.facts.failed

    def allowed(self, code: str) -> bool:
        """Not excluded by a failure (§8.3), and HIDAC only under 60 (§8.4e)."""
        if code in self.excluded:
            return False
        return not (code == "HIDAC" and self.age >= HIDAC_BELOW_AGE)

    @property
    def cd33_positive(self) -> bool:
        cd33 = self.cd33_percent
        return cd33 is not None and cd33 >= self.settings.cd33_positive_percent

    def open_run(self) -> Run | None:
        """The non-intensive, not FAILED run open at ``as_of`` (§8.4a), if any."""
        from .runs import open_run

        run = open_run(self.facts.runs, self.facts.as_of)
        if run is None or run.klass == "intensive":
            return None
        if any(f.run_start == run.start and f.regimen == run.regimen for f in self.failed):
            return None
        return run

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


def words(category: str, regimens: tuple[str, ...]) -> str:
    """A therapy for a rationale sentence, in codes: "venetoclax_combination (AZA-VEN, DEC-VEN)".

    The engine speaks codes; ``aml_desktop.present.wording.readable`` turns every code of a
    sentence into the vocabulary's words for the screen, the paper and the terminal.
    """
    if not regimens:
        return Code(category)
    return say("{category} ({regimens})", category=Code(category), regimens=_codes(regimens))


def _codes(codes: tuple[str, ...] | list[str], joiner: str = ", ") -> Listing:
    """Codes (regimens, genes, capabilities) listed in a rationale sentence: ``AZA-VEN, DEC-VEN``."""
    return Listing(tuple(Code(c) for c in codes), joiner)


def _months(value: float | None) -> object:
    """A course length in months as the rationale has always written it (``5.3``, ``12.0``), 0.1-rounded."""
    return None if value is None else Number(value, 1)


def failure_words(x: FailedRun) -> str:
    """``AZA-VEN failed (no_response, 2024-03-01)``: one failed run in a rationale sentence."""
    return say("{regimen} failed ({kind}, {date})", regimen=Code(x.regimen), kind=Code(x.kind), date=x.date)


def _no_target(ctx: Context) -> str:
    """ "no targetable mutation", saying so when a target is left out because its inhibitor failed (§8.3)."""
    if ctx.failed_targets:
        return say(
            "no targetable mutation left ({genes}: its inhibitor failed)",
            genes=Listing(tuple(ctx.failed_targets), ", "),
        )
    return say("no targetable mutation")


def _capitalize(text: str) -> str:
    """``text`` with a capital first letter and nothing else changed.

    (``str.capitalize`` used to lower the rest too, so a regimen named inside the reasons read as
    ``aza-ven``; the reasons now keep their words, in English and in every other language.)
    """
    return capitalized(text)


def _whole(part: str, sentence: str) -> str:
    """``sentence`` as a ``Sentence`` only when ``part`` of it is one: never half a translation."""
    return sentence if isinstance(part, Sentence) else str.__str__(sentence)


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
        say(
            "Targetable mutation {mutations}: {inhibitor}.",
            mutations=_names(targets),
            inhibitor=plan.intended.regimens[0].title(),
        ),
        targetable_mutations=tuple(genes),
    )
    others = [opt.INHIBITOR_FOR_GENE[g] for g in genes[1:]]
    if others:
        plan.alternatives[:0] = others
        plan.flags.add("guidance_ambiguous")
        plan.step(
            "RR-INHIBITOR-BOTH",
            say(
                "More than one targetable gene ({genes}): {gene} inhibitor first, the other as alternative; the paper "
                "gives no guidance for co-mutation.",
                genes=Listing(tuple(genes), ", "),
                gene=first.gene,
            ),
            targetable_mutations=tuple(genes),
        )


def _post_transplant(plan: Plan, ctx: Context) -> None:
    """Rule 1 [DT §Relapse following allogeneic HCT]."""
    f = ctx.facts
    plan.step(
        "RR-POST-HCT",
        say("Relapse {months} months after allogeneic HCT.", months=_months(f.months_since_transplant)),
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
        plan.fallbacks.append(Fallback("clinical_trials", NO_TRIALS, "AZA"))
        plan.step("RR-FALLBACK", say("No clinical trials at this clinic: a hypomethylating agent instead."))
        if not any(ctx.allowed(code) for code in opt.HMA.regimens):
            plan.step(
                "RR-POST-HCT-NO-HMA",
                say(
                    "Hypomethylating agents failed before: gemtuzumab ozogamicin (CD33-positive, beyond 3 months of "
                    "HCT), donor lymphocyte infusion, low-dose cytarabine with venetoclax, or best supportive care, "
                    "the first the clinic can give."
                ),
                excluded=tuple(sorted(ctx.excluded)),
            )
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
            say(
                "CD33 {cd33} % (>= {limit} %): gemtuzumab ozogamicin is an option; within {months} months of HCT "
                "other therapy is preferred (VOD risk).",
                cd33=Number(cd33),
                limit=Number(ctx.settings.cd33_positive_percent),
                months=Number(GO_AVOID_WITHIN_MONTHS_OF_HCT),
            )
            if near_hct
            else say(
                "CD33 {cd33} % (>= {limit} %): gemtuzumab ozogamicin is an option (VOD risk).",
                cd33=Number(cd33),
                limit=Number(ctx.settings.cd33_positive_percent),
            ),
            cd33_percent=cd33,
            months_since_transplant=f.months_since_transplant,
        )


def _fit_first_relapse(plan: Plan, ctx: Context) -> None:
    """Rules 2 and 3: fit patient in first relapse, by CR1 length and biology."""
    f = ctx.facts
    cr1 = f.cr1_duration_months
    flt3 = ctx.gene("FLT3")
    idh = [t for t in ctx.targetable if t.gene in ("IDH1", "IDH2")]
    if cr1 is not None and cr1 > LATE_RELAPSE_AFTER_MONTHS:
        plan.pathway = "fit-late-first-relapse"
        if flt3 is not None:
            plan.step(
                "RR-FIT-LATE",
                say(
                    "Fit, first relapse after {months} months in CR1 (> 6): FLT3-mutated, so gilteritinib rather "
                    "than cytotoxic chemotherapy.",
                    months=_months(cr1),
                ),
                cr1_duration_months=cr1,
                fit_for_intensive=True,
            )
            _inhibitor(plan, ctx)
            plan.alternatives.append(opt.INTENSIVE)
            return
        plan.intended = opt.INTENSIVE
        plan.step(
            "RR-FIT-LATE",
            say(
                "Fit, first relapse after {months} months in CR1 (> 6): intensive reinduction, then allogeneic HCT "
                "in CR2.",
                months=_months(cr1),
            ),
            cr1_duration_months=cr1,
            fit_for_intensive=True,
        )
        if idh:
            plan.alternatives.append(opt.INHIBITOR_FOR_GENE[idh[0].gene])
            plan.step(
                "RR-FIT-LATE-IDH",
                say("{gene}-mutated: the {gene} inhibitor is the first alternative.", gene=idh[0].gene),
                targetable_mutations=(idh[0].gene,),
            )
        plan.alternatives.append(opt.INTENSIVE_OTHER)
        if ctx.adverse and cr1 <= NEAR_CUTOFF_UP_TO_MONTHS:
            early_choice = opt.INHIBITOR_FOR_GENE[idh[0].gene] if idh else opt.VENETOCLAX
            plan.alternatives = [early_choice] + [a for a in plan.alternatives if a != early_choice]
            plan.flags |= {"cr1_near_cutoff", "guidance_ambiguous"}
            plan.step(
                "RR-CR1-NEAR-CUTOFF",
                say(
                    "CR1 of {months} months is just above the 6-month cut-off, which the paper calls arbitrary, and "
                    "the biology is adverse ({sources}): relapse within the first year does worst, so the "
                    "early-relapse choice, {choice}, is the first alternative.",
                    months=_months(cr1),
                    sources=Listing(ctx.adverse_sources, "; "),
                    choice=words(early_choice.category, early_choice.regimens),
                ),
                cr1_duration_months=cr1,
                adverse_biology=True,
            )
        return

    plan.pathway = "fit-early-first-relapse"
    early = say("Fit, first relapse after {months} months in CR1 (6 or less: early)", months=_months(cr1))
    if flt3 is not None:
        plan.step(
            "RR-FIT-EARLY-FLT3", say("{early}: FLT3-mutated, gilteritinib.", early=early), cr1_duration_months=cr1
        )
        _inhibitor(plan, ctx)
        plan.alternatives.append(opt.VENETOCLAX if ctx.adverse else opt.INTENSIVE)
        return
    if ctx.adverse:
        sources = Listing(ctx.adverse_sources, "; ")
        if ctx.eln.risk == "unknown" and all("ELN 2017 risk unknown" in s for s in ctx.adverse_sources):
            plan.flags.add("guidance_ambiguous")
            plan.step(
                "RR-ELN-UNKNOWN",
                say(
                    "ELN 2017 risk is unknown (missing: {missing}), but an adverse lesion is known at diagnosis: "
                    "treated as adverse biology. Completing the tests could change this branch.",
                    missing=_codes(ctx.eln.missing_tests),
                ),
                eln2017_risk="unknown",
                eln2017_missing_tests=ctx.eln.missing_tests,
            )
        if idh:
            plan.step(
                "RR-FIT-EARLY-ADVERSE",
                say(
                    "{early} with adverse biology ({sources}): the matching inhibitor, not cytotoxic chemotherapy.",
                    early=early,
                    sources=sources,
                ),
                cr1_duration_months=cr1,
                adverse_biology=True,
            )
            _inhibitor(plan, ctx)
            plan.alternatives.append(opt.VENETOCLAX)
        else:
            plan.intended = opt.VENETOCLAX
            plan.step(
                "RR-FIT-EARLY-ADVERSE",
                say(
                    "{early} with adverse biology ({sources}) and {no_target}: HMA or LDAC plus venetoclax, not "
                    "cytotoxic chemotherapy.",
                    early=early,
                    sources=sources,
                    no_target=_no_target(ctx),
                ),
                cr1_duration_months=cr1,
                adverse_biology=True,
            )
        return
    if ctx.eln.risk == "unknown":
        plan.flags.add("guidance_ambiguous")
        missing = _codes(ctx.eln.missing_tests) if ctx.eln.missing_tests else say("not recorded")
        plan.step(
            "RR-ELN-UNKNOWN",
            say(
                "ELN 2017 risk is unknown (missing: {missing}) and no adverse lesion was found later: treated as not "
                "adverse. Completing the tests could change this branch.",
                missing=missing,
            ),
            eln2017_risk="unknown",
            eln2017_missing_tests=ctx.eln.missing_tests,
        )
    plan.intended = opt.INTENSIVE
    if idh:
        plan.flags.add("guidance_ambiguous")
        plan.alternatives.append(opt.INHIBITOR_FOR_GENE[idh[0].gene])
        plan.step(
            "RR-FIT-EARLY-IDH",
            say(
                "{early}, {gene}-mutated without adverse biology: the paper does not decide; intensive reinduction, "
                "with the {gene} inhibitor as first alternative.",
                early=early,
                gene=idh[0].gene,
            ),
            cr1_duration_months=cr1,
            targetable_mutations=(idh[0].gene,),
        )
        return
    plan.step(
        "RR-FIT-EARLY-NOT-ADVERSE",
        say(
            "{early}, no adverse biology and {no_target}: intensive reinduction as a bridge to allogeneic HCT (as for "
            "the paper's Patient 1).",
            early=early,
            no_target=_no_target(ctx),
        ),
        cr1_duration_months=cr1,
        adverse_biology=False,
    )
    plan.alternatives.append(opt.VENETOCLAX)


def _unfit_pif_later(plan: Plan, ctx: Context, fit: bool | None) -> None:
    """Rule 4: older or less fit, PIF, or second or later relapse."""
    f = ctx.facts
    if plan.pathway != "refractory-to-salvage":
        plan.pathway = "unfit-pif-or-later-relapse"
    reasons: list[str] = []
    if f.status == "primary_refractory":
        non_intensive = [x for x in ctx.failed if x.klass != "intensive"]
        reasons.append(
            say(
                "primary induction failure ({cycles} intensive cycle(s) without remission)",
                cycles=f.intensive_cycles_without_remission,
            )
            if f.intensive_cycles_without_remission >= 2 or not non_intensive
            else say(
                "no remission ever and {failures}",
                failures=Listing(tuple(failure_words(x) for x in non_intensive), ", "),
            )
        )
    if f.status == "persistent_after_one_cycle":
        reasons.append(say("persistent disease after one intensive cycle"))
    if plan.pathway == "refractory-to-salvage":
        reasons.append(say("refractory to intensive salvage in this relapse"))
    if f.effective_relapse_number >= 2:
        reasons.append(say("relapse number {number}", number=f.effective_relapse_number))
    if fit is not True:
        reasons.append(
            say("not fit for intensive therapy") if fit is False else say("fitness not judged (unfit branch)")
        )
    text = _capitalize(join("; ", reasons) if reasons else say("rule 4"))
    if ctx.targetable:
        plan.step(
            "RR-UNFIT-PIF-LATER",
            _whole(text, say("{reasons}: the matching inhibitor.", reasons=text)),
            status=f.status,
            fit=fit,
        )
        _inhibitor(plan, ctx)
        plan.alternatives.append(opt.VENETOCLAX)
    else:
        plan.intended = opt.VENETOCLAX
        plan.step(
            "RR-UNFIT-PIF-LATER",
            _whole(
                text,
                say("{reasons}, {no_target}: HMA or LDAC plus venetoclax.", reasons=text, no_target=_no_target(ctx)),
            ),
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
            choice = say("a clinical trial")
        elif fit is True:
            plan.intended = opt.INTENSIVE
            choice = say("intensive reinduction (fit)")
        else:
            plan.intended = opt.SUPPORTIVE
            choice = say("best supportive care (not fit)")
        plan.alternatives = [a for a in plan.alternatives if a not in (opt.HMA, opt.LDAC_ALONE)]
        plan.alternatives += [opt.HMA, opt.LDAC_ALONE]
        failed = [x for x in ctx.failed if x.klass == "venetoclax"]
        plan.step(
            "RR-PRIOR-VEN",
            say(
                "{failures}: outcomes are dismal and the paper does not address it; {choice}, with HMA alone or LDAC "
                "as alternatives where they have not failed too.",
                failures=Listing(tuple(failure_words(x) for x in failed), ", "),
                choice=choice,
            ),
            prior_venetoclax_failure=True,
        )
    plan.alternatives = [a for a in plan.alternatives if not a.uses_venetoclax]


def refractory_salvage(ctx: Context) -> FailedRun | None:
    """§8.4b: an intensive run started on or after the latest relapse has FAILED (§8.11)."""
    f = ctx.facts
    if f.status not in ("relapsed", "molecular_relapse") or f.latest_relapse_date is None:
        return None
    return next(
        (x for x in ctx.failed if x.klass == "intensive" and x.run_start >= f.latest_relapse_date),
        None,
    )


def _persistent_after_one_cycle(plan: Plan, ctx: Context) -> None:
    """§8.5a: fit patient with persistent disease after one intensive cycle."""
    f = ctx.facts
    plan.pathway = "persistent-after-one-cycle"
    intensive_runs = [r for r in f.runs if r.klass == "intensive"]
    first = intensive_runs[0] if intensive_runs else None
    marrows = [
        a
        for a in f.persistent_assessments + f.episode_disease_assessments
        if first is not None and a.date > first.start and a.marrow_blasts_percent is not None
    ]
    deciding = max(marrows, key=lambda a: a.date) if marrows else None
    failed_first = first is not None and any(x.run_start == first.start for x in ctx.failed)
    if deciding is None or first is None:
        plan.flags.add("guidance_ambiguous")
        plan.intended = opt.INTENSIVE
        plan.step(
            "RR-PERSISTENT-AFTER-ONE-CYCLE",
            say(
                "Persistent disease after one intensive cycle, with no marrow blast count since it started: more "
                "intensive cytarabine-containing salvage; which is better is not proven. Repeat the marrow."
            ),
            status=f.status,
        )
    else:
        day = (deciding.date - first.start).days + 1
        blasts = deciding.marrow_blasts_percent
        assert blasts is not None
        if failed_first or day > PERSISTENT_EARLY_UP_TO_DAY:
            plan.intended = opt.INTENSIVE
            text = say(
                "Marrow on day {day} of the first course ({regimen}) still shows {blasts} % blasts: the first course "
                "has failed (judged from day 22); salvage with intensive cytarabine-containing chemotherapy.",
                day=day,
                regimen=Code(first.regimen),
                blasts=Number(blasts),
            )
        elif blasts > PERSISTENT_BLASTS_ABOVE:
            plan.intended = opt.INTENSIVE
            text = say(
                "Day-{day} marrow with {blasts} % blasts (> 40 %): patients with more than 40 % blasts on the day-16 "
                "marrow fare better with more intensive cytarabine-containing regimens (AMLCG).",
                day=day,
                blasts=Number(blasts),
            )
        else:
            plan.flags.add("guidance_ambiguous")
            again = (first.regimen,) if first.regimen in opt.INTENSIVE_CODES else ()
            plan.intended = replace(opt.INTENSIVE, regimens=again + opt.INTENSIVE.regimens)
            text = say(
                "Day-{day} marrow with {blasts} % blasts (40 % or less): a second course of the same induction or "
                "salvage chemotherapy; there is no proof that either is better.",
                day=day,
                blasts=Number(blasts),
            )
        plan.step(
            "RR-PERSISTENT-AFTER-ONE-CYCLE",
            text,
            status=f.status,
            marrow_blasts_percent=blasts,
            marrow_day=day,
        )
    if ctx.targetable:
        inhibitor = opt.INHIBITOR_FOR_GENE[ctx.targetable[0].gene]
        plan.alternatives.append(inhibitor)
        plan.step(
            "RR-PERSISTENT-AFTER-ONE-CYCLE",
            say(
                "Targetable mutation {mutations}: the matching inhibitor is the first alternative (ADMIRAL enrolled "
                "primary refractory disease; an implementation choice of clinical-spec §8.5a).",
                mutations=_names(ctx.targetable),
            ),
            targetable_mutations=tuple(t.gene for t in ctx.targetable),
        )
    plan.alternatives.append(opt.VENETOCLAX)


def decide(ctx: Context, fit: bool | None) -> Plan:
    """Rules 1-5a: the intended therapy for a relapsed or refractory patient."""
    f = ctx.facts
    plan = Plan(pathway="unfit-pif-or-later-relapse")
    salvage_failure = refractory_salvage(ctx)
    if f.post_transplant:
        plan.pathway = "post-transplant-relapse"
        _post_transplant(plan, ctx)
    elif f.status == "persistent_after_one_cycle" and fit is True:
        _persistent_after_one_cycle(plan, ctx)
    elif salvage_failure is not None:
        plan.pathway = "refractory-to-salvage"
        plan.step(
            "RR-REFRACTORY-SALVAGE",
            say(
                "{regimen} started after the relapse failed ({kind}, {date}): the late/early first-relapse rules no "
                "longer apply; three or more intensive courses are generally not advised.",
                regimen=Code(salvage_failure.regimen),
                kind=Code(salvage_failure.kind),
                date=salvage_failure.date,
            ),
            regimen=salvage_failure.regimen,
            date=salvage_failure.date,
        )
        _unfit_pif_later(plan, ctx, fit)
    elif f.status == "relapsed" or f.status == "molecular_relapse":
        if f.effective_relapse_number == 1 and fit is True:
            _fit_first_relapse(plan, ctx)
        else:
            _unfit_pif_later(plan, ctx, fit)
    else:
        _unfit_pif_later(plan, ctx, fit)
    if f.prior_venetoclax_failure:
        _prior_venetoclax(plan, ctx, fit)
    if not f.post_transplant and ctx.cd33_positive and ctx.allowed("GO"):
        plan.alternatives = [a for a in plan.alternatives if a != opt.GEMTUZUMAB] + [opt.GEMTUZUMAB]
        plan.step(
            "RR-GO-OPTION",
            say(
                "CD33 {cd33} % (>= {limit} %): gemtuzumab ozogamicin is the last alternative (veno-occlusive disease "
                "risk).",
                cd33=Number(ctx.cd33_percent or 0),
                limit=Number(ctx.settings.cd33_positive_percent),
            ),
            cd33_percent=ctx.cd33_percent,
        )
    return plan


def _missing_reason(ctx: Context, code: str) -> str:
    missing = ctx.catalog.missing(code, ctx.formulary)
    agents = [m for m in missing if m not in ("intensive_chemotherapy", "allogeneic_hct")]
    capabilities = [m for m in missing if m in ("intensive_chemotherapy", "allogeneic_hct")]
    parts: list[str] = []
    if agents:
        parts.append(say("not stocked: {items}", items=Listing(tuple(Code(a) for a in agents), ", ")))
    if capabilities:
        parts.append(_not_here(capabilities))
    return join("; ", parts) if parts else say("not available")


def _not_here(capabilities: list[str]) -> str:
    return say("not available at this clinic: {items}", items=Listing(tuple(Code(c) for c in capabilities), ", "))


def _available(ctx: Context, option: Option) -> tuple[str, ...]:
    """The option's regimens the clinic can give and no failure or age rule excludes, best first."""
    if option == opt.TRIAL:
        return ("clinical_trial",) if ctx.formulary.has("clinical_trials") else ()
    return tuple(
        code for code in option.regimens if ctx.allowed(code) and ctx.catalog.is_available(code, ctx.formulary)
    )


def _go_in_chain(ctx: Context) -> bool:
    """§8.4g: GO enters the §5 chains when CD33-positive; after HCT only outside the VOD window (§8.11)."""
    if not ctx.cd33_positive:
        return False
    months = ctx.facts.months_since_transplant
    return not (ctx.facts.post_transplant and months is not None and months <= GO_AVOID_WITHIN_MONTHS_OF_HCT)


def _resolve(plan: Plan, ctx: Context, fit: bool | None) -> None:
    """Clinical-spec §5: replace what the clinic cannot give, one recorded step at a time.

    Codes a failure excludes (§8.3) are skipped without a ``fallbacks_applied`` entry: that
    list is for the formulary only.
    """
    chain = opt.fallback_chain(
        plan.intended,
        fit=fit,
        flt3_itd=ctx.flt3_itd,
        prior_venetoclax_failure=ctx.facts.prior_venetoclax_failure,
        go=_go_in_chain(ctx),
        hma_excluded_after_hct=ctx.facts.post_transplant and not any(ctx.allowed(c) for c in opt.HMA.regimens),
        dli=ctx.formulary.has("allogeneic_hct"),
    )
    skipped: list[tuple[str, str]] = []
    excluded_only = True
    for option in (plan.intended, *chain):
        available = _available(ctx, option)
        allowed = [code for code in option.regimens if ctx.allowed(code)]
        unavailable = [code for code in allowed if code not in available]
        if option == opt.TRIAL and not available:
            skipped.append(("clinical_trials", NO_TRIALS))
            excluded_only = False
        else:
            capability_only = {tuple(ctx.catalog.missing(code, ctx.formulary)) for code in unavailable} == {
                ("intensive_chemotherapy",)
            }
            if unavailable and capability_only and not available:
                skipped.append(("intensive_chemotherapy", _not_here(["intensive_chemotherapy"])))
            else:
                skipped += [(code, _missing_reason(ctx, code)) for code in unavailable]
            if unavailable:
                excluded_only = False
        if not available:
            continue
        regimens = () if option == opt.TRIAL else available
        plan.primary = Therapy(option.category, regimens)
        used = available[0]
        for intended, reason in skipped:
            plan.fallbacks.append(Fallback(intended, reason, used))
        if option is not plan.intended:
            intended_words = words(plan.intended.category, plan.intended.regimens)
            plan.step(
                "RR-PRIOR-FAILURE" if excluded_only else "RR-FALLBACK",
                say(
                    "{intended}: every regimen has failed before or is excluded; {used} instead.",
                    intended=intended_words,
                    used=words(option.category, regimens),
                )
                if excluded_only
                else say(
                    "The clinic cannot give {intended}: {used} instead.",
                    intended=intended_words,
                    used=words(option.category, regimens),
                ),
                intended=plan.intended.regimens or (plan.intended.category,),
                used=used,
            )
            if option.not_from_source:
                plan.flags.add("not_from_source")
                plan.step(
                    "RR-FALLBACK-NOT-FROM-SOURCE",
                    say("{therapy} at this step is not named by the paper.", therapy=words(option.category, regimens)),
                    used=used,
                )
        elif skipped:
            plan.step(
                "RR-FALLBACK",
                say(
                    "Not offered: {codes} ({reasons}).",
                    codes=_codes([code for code, _ in skipped]),
                    reasons=Listing(tuple(r for _, r in skipped), "; "),
                ),
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
            say(
                "Marrow after cycle 1 if still cytopenic; venetoclax may be shortened from 28 to 21 or 14 days for "
                "slow count recovery; judge response after 2 cycles; tumour lysis prophylaxis; reduce venetoclax with "
                "azoles."
            ),
        )
    if category in TARGETED_CATEGORIES:
        plan.actions.add("continue_until_progression")
        plan.step(
            "RR-SAFETY-TARGETED",
            say(
                "Median time to CR is over 2 months and responses can come after 4-6 months: continue until clear "
                "progression."
            ),
        )
    if category in ("idh1_inhibitor", "idh2_inhibitor"):
        plan.flags.add("differentiation_syndrome")
        plan.step(
            "RR-SAFETY-IDH",
            say(
                "Watch for differentiation syndrome (fever, fluid overload, organ dysfunction): steroids; interrupt "
                "only if hospitalised or severe more than 48 h after steroids."
            ),
        )
    if "GILTERITINIB" in regimens:
        plan.flags |= {"differentiation_syndrome", "qtc_prolongation"}
        plan.actions.add("qtc_monitoring")
        plan.step("RR-SAFETY-FLT3", say("Gilteritinib: differentiation syndrome and QTc prolongation; ECG monitoring."))
    if regimens & QT_REGIMENS:
        plan.flags.add("qtc_prolongation")
        plan.actions.add("qtc_monitoring")  # §8.4k: every QT flag comes with its ECG action
        # Each advice a ``say`` of its own statement: Babel does not extract a ``say`` inside a list within a ``say``.
        advice = [say("QT-prolonging inhibitor: ECG before and during treatment")]
        if "IVOSIDENIB" in regimens:
            advice.append(say("ivosidenib prolonged QTc in 24.6 %: monthly ECG"))
        if "QUIZARTINIB" in regimens:
            advice.append(say("quizartinib: ECG schedule as its label"))
        plan.step("RR-SAFETY-QTC", say("{advice}.", advice=join("; ", advice)))
    high_dose = sorted(regimens & HIGH_DOSE_CYTARABINE_REGIMENS)
    if high_dose:
        plan.flags.add("high_dose_cytarabine")
        plan.step(
            "RR-SAFETY-HIDAC",
            say(
                "{regimens}: cytarabine 1.5 g/m2 per dose or more; cerebellar toxicity, higher at age 60 or more (age "
                "{age}) or with renal impairment; steroid eye drops.",
                regimens=_codes(high_dose),
                age=ctx.age,
            ),
            age_years=ctx.age,
        )
    if category == "intensive_chemotherapy" and ctx.age >= HIDAC_BELOW_AGE and ctx.allowed("IDAC"):
        plan.step(
            "RR-HIDAC-AGE",
            say(
                "Age {age}: classical high-dose cytarabine (3 g/m2) is not listed; intermediate-dose cytarabine (1.5 "
                "g/m2) is the verified schedule from 60.",
                age=ctx.age,
            ),
            age_years=ctx.age,
        )
    offered = [primary, *plan.kept_alternatives]
    if any("GO" in t.regimens for t in offered):
        plan.flags.add("veno_occlusive_disease")
        plan.step("RR-SAFETY-GO", say("Gemtuzumab ozogamicin offered: veno-occlusive disease risk."))


def referral(plan: Plan, ctx: Context) -> None:
    """Rule 6's referral, or §8.4i's transplant-centre referral where the clinic has no allogeneic HCT."""
    if ctx.formulary.has("allogeneic_hct"):
        plan.actions.add("allogeneic_hct_referral")
        plan.step(
            "RR-HCT",
            say(
                "Fit for intensive therapy: refer for allogeneic HCT, proceeding after 1-2 cycles, ideally in "
                "morphologic CR, even with MRD or incomplete count recovery."
            ),
            fit_for_intensive=True,
        )
    else:
        plan.actions.add("transplant_centre_referral")
        if not ctx.prior_hct:
            plan.actions.add("hla_typing")
        plan.fallbacks.append(
            Fallback("allogeneic_hct", say("no allogeneic HCT at this clinic"), "transplant_centre_referral")
        )
        plan.step(
            "RR-TRANSPLANT-CENTRE",
            say(
                "No allogeneic HCT at this clinic: refer now to a transplant centre; transplant is the only reliably "
                "curative option and referral comes before remission."
            )
            if ctx.prior_hct
            else say(
                "No allogeneic HCT at this clinic: refer now to a transplant centre and start HLA typing of the "
                "patient and siblings; transplant is the only reliably curative option and referral comes before "
                "remission."
            ),
            prior_allogeneic_hct=ctx.prior_hct,
        )
    if ctx.flt3_itd:
        plan.actions.add("flt3_maintenance_post_hct")
        plan.step("RR-FLT3-MAINTENANCE", say("FLT3-ITD: plan FLT3-inhibitor maintenance after HCT."))


def _transplant(plan: Plan, ctx: Context, fit: bool | None) -> None:
    """Rule 6: transplant referral for every fit patient (§8.4i where the clinic has no HCT)."""
    if fit is True:
        referral(plan, ctx)


def _continuation(plan: Plan, ctx: Context) -> None:
    """§8.4j and §8.4a: continue a non-intensive primary, and the therapy already being given."""
    primary = plan.primary
    assert primary is not None
    if primary.category in CONTINUE_CATEGORIES and not plan.actions & REFERRAL_ACTIONS:
        plan.actions.add("continue_until_progression")
        plan.step(
            "RR-CONTINUE-UNTIL-PROGRESSION",
            say(
                "Transplant is not the intended course: continue {category} while it works and is tolerated.",
                category=Code(primary.category),
            ),
        )
    run = ctx.open_run()
    if run is not None and primary.regimens and primary.regimens[0] == run.regimen:
        continue_current(plan, run, until_hct=False)


def continue_current(plan: Plan, run: Run, *, until_hct: bool) -> None:
    """§8.4a/§8.5b: the non-intensive run being given, not FAILED, is continued (a fit patient: until HCT)."""
    plan.actions.add("continue_current_therapy")
    plan.step(
        "RR-CONTINUE-CURRENT",
        say(
            "{regimen} has been given since {start} and has not failed by its landmark: continue it until the "
            "transplant.",
            regimen=Code(run.regimen),
            start=run.start,
        )
        if until_hct
        else say(
            "{regimen} has been given since {start} and has not failed by its landmark: continue it.",
            regimen=Code(run.regimen),
            start=run.start,
        ),
        regimen=run.regimen,
        start=run.start,
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
    _continuation(plan, ctx)
    primary = plan.primary
    assert primary is not None
    if ctx.formulary.has("clinical_trials") and primary.category != "clinical_trial":
        plan.actions.add("consider_clinical_trial")
        plan.step("RR-TRIALS", say("This clinic has clinical trials: consider one first."))
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
