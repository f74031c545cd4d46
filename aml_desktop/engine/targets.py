"""Targetable mutations (FLT3, IDH1, IDH2), gene by gene, from the right sample.

clinical-spec.md §2: the most recent molecular test on or after the relapse date that
covers the gene (for primary refractory disease, the latest since diagnosis). Without one
the diagnosis result is used and flagged: mutations are lost and gained at relapse
[DT §Patient 1, §Patient 3].
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

from .case import Case, Mutation
from .genes import unreadable_genes
from .sentences import Listing, say

TARGET_GENES: Final = ("FLT3", "IDH1", "IDH2")
#: ``GeneFinding.source`` of a gene no sample tested (compare with ``==``: it is the English text).
NOT_TESTED: Final = say("not tested")

# Which variants the approved inhibitors treat [DT §Implications of a FLT3 mutation; Table 2]:
# FLT3-ITD or TKD at D835/I836 (ADMIRAL enrolled both); IDH1 R132; IDH2 R140/R172.
FLT3_TKD_CODONS: Final = ("D835", "I836")
IDH1_CODONS: Final = ("R132",)
IDH2_CODONS: Final = ("R140", "R172")


@dataclass(frozen=True)
class GeneFinding:
    """What is known of one target gene for today's decision."""

    gene: str
    mutated: bool | None  # None: never tested
    targetable: bool
    itd: bool
    variants: tuple[str, ...]
    source: str  # "relapse sample 2020-04-20", "diagnosis", "not tested"
    sample_date: date | None
    from_diagnosis: bool
    note: str | None = None


def _covers(gene: str, mutations: tuple[Mutation, ...] | None, tested: tuple[str, ...] | None) -> bool:
    """A sample covers a gene it lists; never one an unreadable mutation entry probably meant."""
    if gene in {m.gene.upper() for m in mutations or ()}:
        return True
    return gene in {g.upper() for g in tested or ()} and gene not in unreadable_genes(m.gene for m in mutations or ())


def _variants(gene: str, mutations: tuple[Mutation, ...]) -> tuple[str | None, ...]:
    return tuple(m.variant for m in mutations if m.gene.upper() == gene)


def _assess(gene: str, variants: tuple[str | None, ...]) -> tuple[bool, bool, str | None]:
    """(targetable, is_itd, note) for a mutated gene's variants."""
    texts = [v.strip().upper() for v in variants if v]
    unknown_type = any(v is None or not v.strip() for v in variants)
    if gene == "FLT3":
        itd = any("ITD" in v for v in texts)
        tkd = any(v == "TKD" or v.startswith(FLT3_TKD_CODONS) or "TKD" in v for v in texts)
        if itd or tkd:
            return True, itd, None
        if unknown_type:
            return True, False, say("FLT3 mutation type (ITD or TKD) not recorded: treated as targetable; confirm.")
        return (
            False,
            False,
            say(
                "FLT3 variant {variants} is neither ITD nor TKD D835/I836: not targetable.",
                variants=Listing(tuple(texts), ", "),
            ),
        )
    codons = IDH1_CODONS if gene == "IDH1" else IDH2_CODONS
    if any(v.startswith(codons) for v in texts):
        return True, False, None
    if unknown_type:
        return True, False, say("{gene} variant not recorded: treated as targetable; confirm the codon.", gene=gene)
    return (
        False,
        False,
        say(
            "{gene} variant {variants} is not at {codons}: not targetable.",
            gene=gene,
            variants=Listing(tuple(texts), ", "),
            codons="/".join(codons),
        ),
    )


def find_targets(case: Case, *, as_of: date, episode_start: date | None, refractory: bool) -> tuple[GeneFinding, ...]:
    """Each target gene's status from the newest sample that covers it (see module doc)."""
    samples = sorted(
        (a for a in case.assessments if a.date <= as_of and a.has_molecular_result),
        key=lambda a: a.date,
    )
    diagnosis = case.diagnosis
    findings = []
    for gene in TARGET_GENES:
        chosen = None
        for a in samples:
            in_window = (a.date >= episode_start) if episode_start else False
            if refractory:
                in_window = a.date >= diagnosis.date
            if in_window and _covers(gene, a.mutations, a.tested_genes):
                chosen = a
        if chosen is not None:
            variants = _variants(gene, chosen.mutations or ())
            source = say("sample of {date}", date=chosen.date)
            sample_date: date | None = chosen.date
            from_diagnosis = False
        elif _covers(gene, diagnosis.mutations, diagnosis.tested_genes):
            variants = _variants(gene, diagnosis.mutations)
            source = say("diagnosis")
            sample_date = diagnosis.date
            # For refractory disease the diagnosis sample is "since diagnosis" (clinical-spec.md §2).
            from_diagnosis = not refractory
        else:
            findings.append(GeneFinding(gene, None, False, False, (), NOT_TESTED, None, False))
            continue
        if variants:
            targetable, itd, note = _assess(gene, variants)
            shown = tuple(v or say("variant not recorded") for v in variants)
            findings.append(GeneFinding(gene, True, targetable, itd, shown, source, sample_date, from_diagnosis, note))
        else:
            findings.append(GeneFinding(gene, False, False, False, (), source, sample_date, from_diagnosis))
    return tuple(findings)
