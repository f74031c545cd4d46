"""Every rule the engine can fire: a stable id, one checkable statement, its sources.

The ids appear in every recommendation's rationale and in stored decisions, so they are
never renamed; a retired rule keeps its id out of use. A meta-test checks that every rule
cites at least one source that resolves in ``citations.CITATIONS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Rule:
    id: str
    statement: str
    cites: tuple[str, ...]


_RULES: Final = (
    Rule(
        "RR-SCOPE-APL",
        "APL (t(15;17), PML::RARA) is out of scope: nothing is recommended.",
        ("SPEC §4", "DT §Introduction"),
    ),
    Rule(
        "RR-STATUS",
        "The algorithm applies only to relapsed, molecularly relapsed or primary refractory disease.",
        ("DT Table 1", "SPEC §2"),
    ),
    Rule(
        "RR-PERSISTENT-ONE-CYCLE",
        "Persistent disease after 1 intensive cycle is not yet primary induction failure by ELN 2017.",
        ("DT §Definitions", "ELN2017 Table 6"),
    ),
    Rule(
        "RR-MOLECULAR-TESTING",
        "At every relapse test FLT3 and IDH1/IDH2 (an NGS panel where available); "
        "a diagnosis result may be out of date.",
        ("DT §Patient 3", "DT §Patient 1"),
    ),
    Rule(
        "RR-NO-MUTATION-DATA",
        "Without any mutation result no targeted inhibitor is chosen; the mutation status is unknown.",
        ("SPEC §3",),
    ),
    Rule(
        "RR-CYTOREDUCTION",
        "Highly proliferative disease (WBC at or above the regimen's label ceiling or the clinic's threshold) "
        "is cytoreduced first (hydroxyurea, or cytarabine).",
        ("DT §Implications of a FLT3 mutation", "Venclexta label", "Mylotarg label", "SPEC §4"),
    ),
    Rule(
        "RR-REPEAT-MARROW",
        "A relapse called on 5-10 % marrow blasts alone may be regeneration: repeat the marrow to confirm.",
        ("DT §Definitions",),
    ),
    Rule(
        "RR-MOLECULAR-RELAPSE",
        "A molecular (MRD) relapse is treated as a relapse (early intervention); the paper gives no treatment for it.",
        ("DT §Definitions", "SPEC §2"),
    ),
    Rule(
        "RR-POST-HCT",
        "Relapse after allogeneic HCT: the matching inhibitor for a targetable mutation, otherwise a clinical trial, "
        "otherwise a hypomethylating agent; DLI, HMA + DLI and a second HCT in CR2 are options.",
        ("DT §Relapse following allogeneic HCT",),
    ),
    Rule(
        "RR-POST-HCT-GO",
        "Gemtuzumab ozogamicin is an option for CD33-positive disease but carries veno-occlusive disease risk, "
        "highest within 3 months of HCT.",
        ("DT §Relapse following allogeneic HCT", "Mylotarg label", "SPEC §4"),
    ),
    Rule(
        "RR-FIT-LATE",
        "Fit patient, first relapse after more than 6 months of CR1: intensive reinduction (MEC, FLAG-IDA, "
        "intermediate-dose cytarabine), then allogeneic HCT in CR2; FLT3-mutated: gilteritinib.",
        ("DT §Conclusions", "DT Figure 2", "DT §Patient 1", "DT §Implications of a FLT3 mutation"),
    ),
    Rule(
        "RR-FIT-LATE-IDH",
        "IDH-mutated late relapse: intensive reinduction stays primary, the IDH inhibitor is the first alternative "
        "(the paper names only FLT3 as the exception).",
        ("DT §Conclusions", "SPEC §4"),
    ),
    Rule(
        "RR-FIT-EARLY-FLT3",
        "Fit patient, early first relapse (CR1 of 6 months or less), FLT3-mutated: gilteritinib "
        "(ADMIRAL covers first relapse regardless of CR1 length).",
        ("DT §Implications of a FLT3 mutation", "DT §Conclusions", "SPEC §4"),
    ),
    Rule(
        "RR-FIT-EARLY-ADVERSE",
        "Fit patient, early first relapse with adverse biology (ELN 2017): the matching inhibitor for a "
        "targetable mutation, otherwise HMA or LDAC plus venetoclax, not cytotoxic chemotherapy.",
        ("DT §Conclusions", "DT Figure 2"),
    ),
    Rule(
        "RR-FIT-EARLY-NOT-ADVERSE",
        "Fit patient, early first relapse without adverse biology or targetable mutation: intensive reinduction "
        "as a bridge to allogeneic HCT.",
        ("DT §Patient 1", "SPEC §4"),
    ),
    Rule(
        "RR-FIT-EARLY-IDH",
        "IDH-mutated early relapse without adverse biology: the paper does not decide; intensive reinduction "
        "primary, the IDH inhibitor first alternative.",
        ("SPEC §4",),
    ),
    Rule(
        "RR-ELN-UNKNOWN",
        "ELN 2017 risk unknown: treated as not adverse unless an adverse lesion is known (at diagnosis or later); "
        "the branch it decides is flagged.",
        ("SPEC §2",),
    ),
    Rule(
        "RR-UNFIT-PIF-LATER",
        "Older or less fit, primary induction failure, or second or later relapse: the matching inhibitor for a "
        "targetable mutation, otherwise HMA or LDAC plus venetoclax.",
        ("DT §Conclusions", "DT §Patient 2", "DT §Patient 3", "DT Figure 2"),
    ),
    Rule(
        "RR-FITNESS-UNKNOWN",
        "Fitness not judged and it changes the answer: the unfit branch is recommended, the fit branch is the "
        "first alternative, and fitness must be assessed.",
        ("SPEC §3", "DT §Conclusions"),
    ),
    Rule(
        "RR-INHIBITOR",
        "Matching inhibitor: FLT3 -> gilteritinib; IDH1 -> ivosidenib; IDH2 -> enasidenib.",
        ("DT §Conclusions", "DT Table 2"),
    ),
    Rule(
        "RR-INHIBITOR-BOTH",
        "FLT3 and IDH both mutated: FLT3 inhibitor first (randomised survival benefit), the IDH inhibitor as "
        "alternative.",
        ("DT §Implications of a FLT3 mutation", "SPEC §4"),
    ),
    Rule(
        "RR-PRIOR-VEN",
        "After failure of a venetoclax combination the paper gives no rule: a clinical trial where available, "
        "else intensive reinduction for the fit and best supportive care for the unfit; venetoclax is left out.",
        ("SPEC §4", "DT Figure 2"),
    ),
    Rule(
        "RR-SALVAGE-FAILED",
        "Disease persisted after intensive salvage in this relapse: three or more intensive courses are generally "
        "not advised.",
        ("DT §Patient 1", "SPEC §4"),
    ),
    Rule(
        "RR-HCT",
        "Allogeneic HCT is the only reliably curative option: refer every fit patient, proceeding after 1-2 "
        "cycles, ideally in morphologic CR, even with MRD or incomplete count recovery.",
        ("DT §Abstract", "DT §Patient 2"),
    ),
    Rule(
        "RR-FLT3-MAINTENANCE",
        "FLT3-ITD: FLT3-inhibitor maintenance after HCT is encouraged.",
        ("DT §Implications of a FLT3 mutation",),
    ),
    Rule(
        "RR-NO-HCT",
        "Retired in ruleset 2026.2 (replaced by RR-TRANSPLANT-CENTRE); kept for decisions recorded under 2020.1-dt: "
        "without allogeneic HCT, continue the chosen non-intensive therapy indefinitely while it works and is "
        "tolerated.",
        ("DT §Patient 2",),
    ),
    Rule(
        "RR-FALLBACK",
        "The clinic cannot give the intended therapy: the next option in the paper's fallback order is used.",
        ("DT §Patient 3", "SPEC §5"),
    ),
    Rule(
        "RR-FALLBACK-NOT-FROM-SOURCE",
        "This fallback step is not named by the paper (LDAC alone; beyond quizartinib for FLT3).",
        ("SPEC §5",),
    ),
    Rule(
        "RR-TRIALS",
        "Clinical trials come first wherever the clinic has them.",
        ("DT §Introduction", "Thol 2015"),
    ),
    Rule(
        "RR-SAFETY-VEN",
        "Venetoclax combination: marrow after cycle 1 if cytopenic, judge response after 2 cycles, tumour lysis "
        "prophylaxis, azole dose reduction.",
        ("DT §Definitions", "Venclexta label"),
    ),
    Rule(
        "RR-SAFETY-TARGETED",
        "Targeted inhibitors: median time to CR over 2 months and responses up to 4-6 months; continue until "
        "clear progression.",
        ("DT §Definitions",),
    ),
    Rule(
        "RR-SAFETY-IDH",
        "IDH inhibitors: differentiation syndrome (steroids; interrupt only if hospitalised or severe > 48 h on "
        "steroids).",
        ("DT §Patient 3", "Tibsovo label", "Idhifa FDA 2018"),
    ),
    Rule(
        "RR-SAFETY-QTC",
        "QT-prolonging inhibitors (gilteritinib, ivosidenib, quizartinib): ECG monitoring; ivosidenib prolonged "
        "QTc in 24.6 %.",
        ("DT §Patient 3", "Tibsovo label", "Xospata label", "QuANTUM-R"),
    ),
    Rule(
        "RR-SAFETY-FLT3",
        "Gilteritinib: differentiation syndrome and QTc prolongation.",
        ("Xospata label",),
    ),
    Rule(
        "RR-SAFETY-GO", "Gemtuzumab ozogamicin: veno-occlusive disease warning whenever offered.", ("Mylotarg label",)
    ),
    # Ruleset 2026.2: clinical-spec.md §8.
    Rule(
        "RR-PRIOR-FAILURE",
        "A regimen that FAILED (relapse within its window, refractory at its class landmark, or clear progression) "
        "is not recommended again: intensive code (HIDAC and IDAC together); venetoclax combinations with their "
        "backbone alone; AZA and DEC together; LDAC; FLT3 inhibitors together (FLT3 no longer targetable); the "
        "failed IDH inhibitor (that gene no longer targetable); GO.",
        ("SPEC §8", "DT §Patient 1", "DT §Patient 3", "DT §Resistance to targeted therapy", "DT §Definitions"),
    ),
    Rule(
        "RR-REFRACTORY-SALVAGE",
        "Refractory to intensive salvage in this relapse: rules 2-3 are skipped and rule 4 decides; three or more "
        "intensive courses are generally not advised.",
        ("DT §Patient 2", "DT §Patient 1", "SPEC §8"),
    ),
    Rule(
        "RR-POST-HCT-NO-HMA",
        "Relapse after allogeneic HCT, hypomethylating agents failed and no trial: gemtuzumab ozogamicin "
        "(CD33-positive, beyond 3 months of HCT), DLI, LDAC plus venetoclax, or best supportive care, in that order.",
        ("DT §Relapse following allogeneic HCT", "SPEC §8"),
    ),
    Rule(
        "RR-CR1-NEAR-CUTOFF",
        "Late first relapse with CR1 of 6.0-12.0 months and adverse biology: the 6-month cut-off is arbitrary and "
        "relapse within the first year does worst, so the early-relapse choice is the first alternative.",
        ("DT §Conclusions", "DT Figure 1", "SPEC §8"),
    ),
    Rule(
        "RR-HIDAC-AGE",
        "Classical high-dose cytarabine (3 g/m2) only under 60 years: the verified schedule is the under-60 one; "
        "intermediate-dose cytarabine (1.5 g/m2) from 60.",
        ("NZ SACT HiDAC", "DT §Patient 1", "SPEC §8"),
    ),
    Rule(
        "RR-GO-OPTION",
        "CD33-positive disease: gemtuzumab ozogamicin is the last alternative and enters the fallback chains "
        "before low-dose cytarabine alone (relapsed/refractory CD33+ AML: CR+CRh 33 %).",
        ("DT Table 2", "Mylotarg label", "SPEC §8"),
    ),
    Rule(
        "RR-TRANSPLANT-CENTRE",
        "No allogeneic HCT at this clinic: refer to a transplant centre and start HLA typing early; HCT is the "
        "only reliably curative option, and referral comes before remission.",
        ("DT §Abstract", "DT §Patient 2", "SPEC §8"),
    ),
    Rule(
        "RR-CONTINUE-UNTIL-PROGRESSION",
        "A non-intensive primary (venetoclax combination, HMA, LDAC) without a transplant referral is continued "
        'while it works and is tolerated ("if transplant is not the intended course").',
        ("DT §Patient 2", "SPEC §8"),
    ),
    Rule(
        "RR-CONTINUE-CURRENT",
        "The recommended regimen is the one being given now and it has not failed: continue it.",
        ("DT §Definitions", "SPEC §8"),
    ),
    Rule(
        "RR-SAFETY-HIDAC",
        "Cytarabine 1.5 g/m2 per dose or more (HIDAC, IDAC, FLAG-IDA, CLAG-M): cerebellar toxicity, higher with "
        "age 60 or more or renal impairment; steroid eye drops.",
        ("NZ SACT HiDAC", "NZ SACT FLAG-Ida10", "SPEC §8"),
    ),
    Rule(
        "RR-PERSISTENT-AFTER-ONE-CYCLE",
        "Persistent disease after one intensive cycle: more intensive cytarabine-containing salvage (AMLCG: "
        "day-16 blasts > 40 %); with fewer blasts the same course again or salvage, neither proven better; from "
        "day 22 the first course has failed.",
        ("DT §Patient 1", "DT §Implications of a FLT3 mutation", "SPEC §8"),
    ),
    Rule(
        "RR-SALVAGE-REMISSION",
        "Remission after salvage (or after primary refractoriness) without a transplant since: the moment to "
        "transplant, even with MRD or incomplete count recovery; a second HCT from a new donor after a prior HCT.",
        ("DT §Patient 2", "DT §Abstract", "DT §Relapse following allogeneic HCT", "SPEC §8"),
    ),
    Rule(
        "RR-REFRACTORY-NON-INTENSIVE",
        "No remission ever and a non-intensive or targeted regimen failed at its landmark or on clear progression: "
        "primary refractory.",
        ("DT §Definitions", "DT §Patient 2", "SPEC §8"),
    ),
    Rule(
        "RR-MRD-LOG-RISE",
        "A qPCR MRD rise of at least 1 log10 between two positive samples in remission is a molecular relapse.",
        ("ELN MRD 2021", "DT §Definitions", "SPEC §8"),
    ),
    Rule(
        "RR-STALE-DATA",
        "Disease assessment or fitness judgement older than the clinic's limit (default 30 days): repeat it; the "
        "recommendation is computed but rests on old data.",
        ("DT §Definitions", "SPEC §8"),
    ),
)

RULES: Final[dict[str, Rule]] = {rule.id: rule for rule in _RULES}
