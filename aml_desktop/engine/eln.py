"""ELN 2017 and ELN 2022 genetic risk at diagnosis, with the tests whose absence leaves it open.

The precedence is clinical-reference.md §1.3 (ELN 2017) and §2.4 (ELN 2022), step by step.
Missing data are never read as negative (clinical-spec.md §2): every input that was not
tested is tried at each of its possible values; if the group differs between them the risk
is ``unknown`` and ``missing_tests`` names exactly the tests whose result could change it.
The ⚠ cases the ELN tables leave open are classified by the precedence and shown to the
clinician as warnings.

Choices a reviewer should know (each one is also stated to the clinician when it applies):
- ``cytogenetic_findings`` without a readable karyotype are read as the laboratory's summary
  of a complete karyotype (case-format.md: the two are merged).
- A fusion listed as a mutation gene (``PML::RARA``, ``RUNX1::RUNX1T1``, ``BCR::ABL1``...) is a
  cytogenetic lesion, never a mutation of either partner gene; KMT2A-PTD is not a rearrangement.
- A known TP53 mutation with a test missing that could override it by the precedence (no
  karyotype: a core-binding-factor or t(9;11) karyotype would) is ``unknown``, as the contract
  says (case-format.md: unknown "when the karyotype or a gene that could change the group is
  missing"). The engine still counts the TP53 mutation as adverse biology, flagged
  (see ``evaluate._adverse_sources``).
- ELN 2022 missing tests use clinical-spec.md §8.7's names and order (``codes.ELN2022_TEST_NAMES``):
  each untested myelodysplasia-related gene, ``TP53 VAF`` for a TP53 mutation without VAF, and
  CEBPA ``biallelic`` read as bZIP [IMPL].
- TP53 is never exempt (clinical-spec.md §8.12): NPM1-mutated or CEBPA-favorable disease with a
  TP53 mutation is adverse in both versions; NPM1 with FLT3-ITD high (2017) or any ITD (2022) is
  not a favorable subtype, so RUNX1/ASXL1 (2017) or myelodysplasia-related genes (2022) with it are
  adverse. Core-binding-factor AML keeps its precedence, with a warning.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from aml_desktop.engine import codes
from aml_desktop.engine.case import Diagnosis, Mutation
from aml_desktop.engine.genes import unreadable_genes, unreadable_message
from aml_desktop.engine.karyotype import T_3Q26_V, T_8_16, KaryotypeReading, merge_findings, read_karyotype
from aml_desktop.engine.sentences import Code, Listing, Sentence, capitalized, join, replaced, say

ELN2017: Final = "ELN2017"
ELN2022: Final = "ELN2022"

TEST_NAMES: Final = codes.ELN2017_TEST_NAMES
AR_HIGH_FROM: Final = 0.5  # ELN 2017 Table 5 footnote: high >= 0.5 (clinical-reference.md §1.2)
TP53_VAF_FROM: Final = 10.0  # ELN 2022: TP53 adverse at VAF >= 10 % (clinical-reference.md §2.2)

CBF_CODES: Final = ("t(8;21)", "inv(16)")
ADVERSE_CYTO_2017: Final = (
    "t(6;9)",
    "t(v;11q23)",
    "t(9;22)",
    "inv(3)",
    "-5",
    "del(5q)",
    "-7",
    "-17",
    "abn(17p)",
    "complex",
    "monosomal",
)
ADVERSE_CYTO_2022: Final = (
    "t(6;9)",
    "t(v;11q23)",
    "t(9;22)",
    T_8_16,
    "inv(3)",
    T_3Q26_V,
    "-5",
    "del(5q)",
    "-7",
    "-17",
    "abn(17p)",
    "complex",
    "monosomal",
)
# ELN 2022 "myelodysplasia-related" genes; RUNX1 and ASXL1 have their own test names.
MR_GENES_2022: Final = ("ASXL1", "BCOR", "EZH2", "RUNX1", "SF3B1", "SRSF2", "STAG2", "U2AF1", "ZRSR2")
_MR_OTHER_2022: Final = tuple(g for g in MR_GENES_2022 if g not in ("ASXL1", "RUNX1"))
_MR_OTHER_VARIABLE: Final = "other myelodysplasia-related genes"

# Fusion transcripts a laboratory may list among the mutations (RT-PCR, NGS fusion panels).
_FUSIONS: Final[dict[frozenset[str], str]] = {
    frozenset({"PML", "RARA"}): "t(15;17)",
    frozenset({"RUNX1", "RUNX1T1"}): "t(8;21)",
    frozenset({"CBFB", "MYH11"}): "inv(16)",
    frozenset({"KMT2A", "MLLT3"}): "t(9;11)",
    frozenset({"DEK", "NUP214"}): "t(6;9)",
    frozenset({"BCR", "ABL1"}): "t(9;22)",
    frozenset({"KAT6A", "CREBBP"}): T_8_16,
    frozenset({"GATA2", "MECOM"}): "inv(3)",
}

_CODE_TEXT: Final[dict[str, str]] = {
    "complex": say("complex karyotype"),
    "monosomal": say("monosomal karyotype"),
    "t(v;11q23)": say("KMT2A (11q23) rearrangement"),
    T_3Q26_V: say("MECOM (3q26) rearrangement"),
}
_TAG_2017: Final = "(ELN 2017)"
_TAG_2022: Final = "(ELN 2022)"


@dataclass(frozen=True)
class ElnResult:
    """One ELN classification with the sentences a hematologist checks it by."""

    version: str
    risk: str
    missing_tests: tuple[str, ...]
    reasons: tuple[str, ...]
    warnings: tuple[str, ...]
    apl: bool
    cites: tuple[str, ...]


# --- reading the inputs -------------------------------------------------------------------


def fusion_code(gene: str) -> str | None:
    """The cytogenetic code of a fusion written as a gene (``PML::RARA``), else ``None``.

    KMT2A partial tandem duplication is not a KMT2A rearrangement (ELN 2022).
    """
    parts = [p for p in re.split(r"::|-|/|_", re.sub(r"\s+", "", gene.upper())) if p]
    if len(parts) != 2 or "PTD" in parts:
        return None
    pair = frozenset(parts)
    if pair in _FUSIONS:
        return _FUSIONS[pair]
    if "KMT2A" in pair or "MLL" in pair:
        return "t(v;11q23)"
    if "MECOM" in pair:
        return T_3Q26_V
    return None


def _norm(gene: str) -> str:
    return gene.strip().upper()


@dataclass(frozen=True)
class _Genes:
    """Gene results of one sample: mutated if listed, wild type only if tested and not listed."""

    mutations: tuple[Mutation, ...]
    tested: frozenset[str]

    def of(self, gene: str) -> tuple[Mutation, ...]:
        return tuple(m for m in self.mutations if _norm(m.gene) == gene)

    def status(self, gene: str) -> bool | None:
        """True mutated, False wild type, None unknown (not tested)."""
        if self.of(gene):
            return True
        return False if gene in self.tested else None


def _genes(mutations: Iterable[Mutation], tested: Iterable[str]) -> _Genes:
    """A gene an unreadable mutation entry probably meant (``NMP1``) is not tested, never wild type."""
    listed = tuple(mutations)
    unreadable = unreadable_genes(m.gene for m in listed)
    return _Genes(listed, frozenset(_norm(g) for g in tested) - set(unreadable))


def _variant(m: Mutation) -> str:
    return (m.variant or "").strip()


def _flt3(genes: _Genes, warnings: list[str]) -> tuple[bool | None, float | None]:
    """(FLT3-ITD present, allelic ratio). A VAF is never used as an allelic ratio."""
    flt3 = genes.of("FLT3")
    if not flt3:
        return (False if "FLT3" in genes.tested else None), None
    itd = [m for m in flt3 if "ITD" in _variant(m).upper()]
    if not itd:
        if all(_variant(m) for m in flt3):
            return False, None  # TKD (D835/I836) or other non-ITD variant only
        warnings.append(say("FLT3 mutated with no variant recorded: FLT3-ITD status unknown."))
        return None, None
    ratios = [m.allelic_ratio for m in itd if m.allelic_ratio is not None]
    if not ratios:
        vafs = [m.vaf for m in itd if m.vaf is not None]
        if vafs:
            warnings.append(
                say(
                    "FLT3-ITD VAF {vaf} % recorded but no allelic ratio: a VAF is not an allelic ratio "
                    "(ITD/wild type), so ELN 2017 FLT3-ITD low/high is unknown.",
                    vaf=vafs[0],
                )
            )
        return True, None
    if len(ratios) > 1:
        warnings.append(
            say("Several FLT3-ITD allelic ratios recorded; the highest ({ratio}) is used.", ratio=max(ratios))
        )
    return True, max(ratios)


def _cebpa(genes: _Genes, version: str, warnings: list[str]) -> bool | None:
    """ELN 2017: biallelic; ELN 2022: bZIP in-frame (mono- or biallelic). None: not known."""
    cebpa = genes.of("CEBPA")
    if not cebpa:
        return False if "CEBPA" in genes.tested else None
    text = " ".join(_variant(m) for m in cebpa).lower().replace("-", "")
    biallelic = "biallelic" in text
    bzip = "bzip" in text
    single = "single" in text or "monoallelic" in text
    if version == ELN2017:
        if biallelic:
            return True
        if single:
            return False
        warnings.append(
            say("CEBPA mutated but not recorded as biallelic or single: ELN 2017 biallelic status unknown.")
        )
        return None
    if bzip:
        return True
    if biallelic:
        warnings.append(
            say(
                "CEBPA biallelic read as bZIP in-frame for ELN 2022 (clinical-spec.md §8.7, an implementation "
                "choice): confirm the bZIP status."
            )
        )
        return True
    if single:
        return False
    warnings.append(say("CEBPA mutated but bZIP in-frame status not recorded: ELN 2022 favorable status unknown."))
    return None


def _tp53_2022(genes: _Genes, warnings: list[str], notes: list[str]) -> bool | None:
    tp53 = genes.of("TP53")
    if not tp53:
        return False if "TP53" in genes.tested else None
    vafs = [m.vaf for m in tp53]
    known = [v for v in vafs if v is not None]
    for v in known:
        if v < 1:
            warnings.append(
                say(
                    "TP53 VAF {vaf} % is below 1 %: VAF is a percent; if the report gave a fraction, correct it.", vaf=v
                )
            )
    if any(v >= TP53_VAF_FROM for v in known):
        return True
    if known and len(known) == len(vafs):
        notes.append(say("TP53 mutated at VAF {vaf} % (< 10 %): not an adverse marker (ELN 2022).", vaf=max(known)))
        return False
    warnings.append(
        say("TP53 mutated with VAF not recorded: ELN 2022 counts TP53 only at VAF >= 10 %; the VAF is a missing test.")
    )
    return None


# --- cytogenetics -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Cyto:
    """Cytogenetic classes as labels (what to quote in a reason), by ELN role."""

    favorable: tuple[str, ...] = ()
    t911: tuple[str, ...] = ()
    adverse: tuple[str, ...] = ()
    apl: tuple[str, ...] = ()
    description: str = ""

    def plus(self, other: _Cyto) -> _Cyto:
        return _Cyto(
            self.favorable + other.favorable,
            self.t911 + other.t911,
            self.adverse + other.adverse,
            self.apl + other.apl,
            self.description or other.description,
        )


_HYPOTHETICAL: Final = (
    _Cyto(description=say("karyotype not available")),
    _Cyto(favorable=(say("a core-binding-factor rearrangement (karyotype not available)"),)),
    _Cyto(t911=(say("t(9;11) (karyotype not available)"),)),
    _Cyto(adverse=(say("an adverse-risk karyotype (karyotype not available)"),)),
)


def _code_label(code: str, reading: KaryotypeReading, findings: Sequence[str], version: str) -> str:
    if code in ("complex", "monosomal") and code not in findings:
        flag = reading.complex_2022 if version == ELN2022 else reading.complex_2017
        if code == "complex" and flag:
            return say(
                "complex karyotype ({count} abnormalities: {abnormalities})",
                count=reading.abnormality_count,
                abnormalities=Listing(tuple(reading.abnormalities), ", "),
            )
        return say(
            "monosomal karyotype (autosomal monosomy {monosomies}; {structural} structural abnormalities)",
            monosomies=Listing(tuple(f"-{m}" for m in reading.autosomal_monosomies), ", "),
            structural=reading.structural_count,
        )
    tokens = reading.sources(code)
    if tokens:
        return _in_karyotype(tokens)
    return say("{finding} in the cytogenetic findings", finding=_CODE_TEXT.get(code, code))


def _in_karyotype(tokens: Sequence[str]) -> Sentence:
    return say("{tokens} in the karyotype", tokens=Listing(tuple(tokens), " and "))


def _known_cyto(
    reading: KaryotypeReading, findings: Sequence[str], fusions: Sequence[tuple[str, str]], version: str
) -> _Cyto | None:
    """The cytogenetic classes known from karyotype, findings and fusion results; None if no karyotype."""
    if not reading.readable and not findings:
        return None
    adverse_codes = ADVERSE_CYTO_2022 if version == ELN2022 else ADVERSE_CYTO_2017
    merged = merge_findings(reading, findings, version=version)

    def labels(wanted: Iterable[str]) -> tuple[str, ...]:
        return tuple(_code_label(c, reading, findings, version) for c in wanted if c in merged)

    if "normal" in merged:
        description = say("normal karyotype")
    elif reading.readable and reading.abnormalities:
        description = say("karyotype {karyotype}", karyotype=reading.text)
    else:
        description = say("cytogenetic findings {findings}", findings=Listing(tuple(sorted(merged)), ", "))
    cyto = _Cyto(
        favorable=labels(CBF_CODES),
        t911=labels(("t(9;11)",)),
        adverse=labels(adverse_codes),
        apl=labels(("t(15;17)",)),
        description=description,
    )
    return cyto.plus(_fusion_cyto(fusions, version))


def _fusion_cyto(fusions: Sequence[tuple[str, str]], version: str) -> _Cyto:
    """Cytogenetic classes known from fusion transcripts listed among the mutations."""
    adverse_codes = ADVERSE_CYTO_2022 if version == ELN2022 else ADVERSE_CYTO_2017
    return _Cyto(
        favorable=tuple(_fusion(gene) for gene, code in fusions if code in CBF_CODES),
        t911=tuple(_fusion(gene) for gene, code in fusions if code == "t(9;11)"),
        adverse=tuple(_fusion(gene) for gene, code in fusions if code in adverse_codes),
        apl=tuple(_fusion(gene) for gene, code in fusions if code == "t(15;17)"),
    )


def _fusion(gene: str) -> Sentence:
    return say("{gene} fusion", gene=gene)


# --- the facts one classification reads ---------------------------------------------------


@dataclass(frozen=True)
class _Facts:
    cyto: _Cyto
    npm1: bool
    itd: bool
    ar_high: bool
    ar_text: str
    cebpa: bool
    runx1: bool
    asxl1: bool
    tp53: bool
    mr_other: tuple[str, ...] = ()


_Outcome = tuple[str, tuple[str, ...], tuple[str, ...]]  # risk, reasons, warnings


def _join(items: Sequence[str], word: str = "and") -> Listing:
    """``A, B and C``: the English of the sentence; ``present`` joins the items the page language's way."""
    return Listing(tuple(items), word)


def _flt3_text(f: _Facts) -> Sentence:
    if not f.itd:
        return say("without FLT3-ITD")
    if f.ar_text:
        if f.ar_high:
            return say("with FLT3-ITD high (allelic ratio {ratio})", ratio=f.ar_text)
        return say("with FLT3-ITD low (allelic ratio {ratio})", ratio=f.ar_text)
    return say("with FLT3-ITD high") if f.ar_high else say("with FLT3-ITD low")


_CBF_AML: Final = say("core-binding-factor AML")
_NPM1_AML: Final = say("NPM1-mutated AML")
_BIALLELIC_CEBPA: Final = say("biallelic CEBPA")
_BZIP_CEBPA: Final = say("bZIP in-frame CEBPA")


def _no_lesion(c: _Cyto) -> Sentence:
    return say("{description}: no favorable or adverse cytogenetic lesion.", description=capitalized(c.description))


def _classify_2017(f: _Facts) -> _Outcome:
    """clinical-reference.md §1.3, steps 1-8, in order."""
    tag = _TAG_2017
    c = f.cyto
    reasons: list[str] = []
    warnings: list[str] = []
    adverse_genes = [g for g, on in (("RUNX1", f.runx1), ("ASXL1", f.asxl1), ("TP53", f.tp53)) if on]
    exempt = [g for g in adverse_genes if g in ("RUNX1", "ASXL1")]

    def exempt_note(subtype: str) -> None:
        if exempt:
            reasons.append(
                say(
                    "{genes} mutated with {subtype}: not used as an adverse marker (ELN 2017 footnote).",
                    genes=_join(exempt),
                    subtype=subtype,
                )
            )

    def tp53_warning(subtype: str, risk: str) -> None:
        if f.tp53:
            warnings.append(
                say(
                    "TP53 mutated with {subtype}: ELN 2017 exempts only RUNX1 and ASXL1, so the literal reading is "
                    "adverse; classified {risk} by the precedence of clinical-reference.md §1.3. Clinician decides.",
                    subtype=subtype,
                    risk=Code(risk),
                )
            )

    if c.favorable:
        reasons.append(say("{lesions}: favorable {tag}.", lesions=_join(c.favorable), tag=tag))
        exempt_note(_CBF_AML)
        tp53_warning(_CBF_AML, "favorable")
        if c.adverse:
            warnings.append(
                say(
                    "{lesions} together with core-binding-factor AML: not addressed by ELN 2017; "
                    "classified favorable by precedence. Clinician decides.",
                    lesions=_join(c.adverse),
                )
            )
        return "favorable", tuple(reasons), tuple(warnings)
    if c.t911:
        reasons.append(
            say(
                "{lesions}: intermediate {tag}; t(9;11) takes precedence over rare concurrent adverse-risk "
                "gene mutations.",
                lesions=_join(c.t911),
                tag=tag,
            )
        )
        if adverse_genes:
            reasons.append(
                say(
                    "{genes} mutated with t(9;11): not used as adverse (ELN 2017 footnote).",
                    genes=_join(adverse_genes),
                )
            )
        if c.adverse:
            warnings.append(
                say(
                    "{lesions} together with t(9;11): ELN 2017 does not say which wins; classified intermediate "
                    "by precedence. Clinician decides.",
                    lesions=_join(c.adverse),
                )
            )
        return "intermediate", tuple(reasons), tuple(warnings)
    if c.adverse:
        reasons.extend(say("{lesion}: adverse {tag}.", lesion=label, tag=tag) for label in c.adverse)
        if f.npm1:
            warnings.append(
                say(
                    "NPM1 mutated with adverse-risk cytogenetics: ELN 2017 is silent; classified adverse "
                    "(ELN 2022 states this explicitly). Clinician decides."
                )
            )
        if f.cebpa:
            warnings.append(
                say(
                    "Biallelic CEBPA with adverse-risk cytogenetics: ELN 2017 is silent; classified adverse. "
                    "Clinician decides."
                )
            )
        return "adverse", tuple(reasons), tuple(warnings)
    if f.npm1:
        risk = "intermediate" if f.itd and f.ar_high else "favorable"
        reasons.append(say("NPM1 mutated {flt3}: {risk} {tag}.", flt3=_flt3_text(f), risk=Code(risk), tag=tag))
        if f.tp53:
            reasons.append(
                say(
                    "TP53 mutated: adverse {tag}; TP53 is never exempt (the footnote names only RUNX1 and ASXL1).",
                    tag=tag,
                )
            )
            return "adverse", tuple(reasons), tuple(warnings)
        if risk == "favorable":
            exempt_note(_NPM1_AML)
        elif exempt:
            reasons.append(
                say(
                    "{genes} mutated with NPM1 and FLT3-ITD high (intermediate, not a favorable subtype): "
                    "adverse {tag}.",
                    genes=_join(exempt),
                    tag=tag,
                )
            )
            return "adverse", tuple(reasons), tuple(warnings)
        return risk, tuple(reasons), tuple(warnings)
    if f.cebpa:
        reasons.append(say("Biallelic CEBPA mutation: favorable {tag}.", tag=tag))
        if f.tp53:
            reasons.append(
                say(
                    "TP53 mutated: adverse {tag}; TP53 is never exempt (the footnote names only RUNX1 and ASXL1).",
                    tag=tag,
                )
            )
            return "adverse", tuple(reasons), tuple(warnings)
        exempt_note(_BIALLELIC_CEBPA)
        return "favorable", tuple(reasons), tuple(warnings)
    if f.itd and f.ar_high:
        reasons.append(say("NPM1 wild type {flt3}: adverse {tag}.", flt3=_flt3_text(f), tag=tag))
        return "adverse", tuple(reasons), tuple(warnings)
    if adverse_genes:
        reasons.extend(say("{gene} mutated: adverse {tag}.", gene=g, tag=tag) for g in adverse_genes)
        return "adverse", tuple(reasons), tuple(warnings)
    reasons.append(_no_lesion(c))
    reasons.append(say("NPM1 wild type {flt3}.", flt3=_flt3_text(f)))
    reasons.append(say("CEBPA not biallelic; RUNX1, ASXL1 and TP53 not mutated."))
    reasons.append(say("No favorable- or adverse-risk lesion: intermediate {tag}.", tag=tag))
    return "intermediate", tuple(reasons), tuple(warnings)


def _classify_2022(f: _Facts) -> _Outcome:
    """clinical-reference.md §2.4, steps 1-9, in order."""
    tag = _TAG_2022
    c = f.cyto
    reasons: list[str] = []
    warnings: list[str] = []
    mr = [g for g, on in (("ASXL1", f.asxl1), ("RUNX1", f.runx1)) if on] + list(f.mr_other)
    mr_sorted = [g for g in MR_GENES_2022 if g in mr]
    itd = say("with FLT3-ITD") if f.itd else say("without FLT3-ITD")

    def mr_note(subtype: str) -> None:
        if mr_sorted:
            reasons.append(
                say(
                    "{genes} mutated with {subtype}: myelodysplasia-related gene mutations are not used "
                    "as adverse markers with favorable-risk subtypes (ELN 2022 footnote).",
                    genes=_join(mr_sorted),
                    subtype=subtype,
                )
            )

    def tp53_warning(subtype: str, risk: str) -> None:
        if f.tp53:
            warnings.append(
                say(
                    "TP53 mutated (VAF >= 10 %) with {subtype}: not addressed by ELN 2022; the literal reading is "
                    "adverse; classified {risk} by the precedence of clinical-reference.md §2.4. Clinician decides.",
                    subtype=subtype,
                    risk=Code(risk),
                )
            )

    if c.favorable:
        reasons.append(
            say(
                "{lesions}: favorable {tag}; KIT and FLT3 mutations do not alter it.",
                lesions=_join(c.favorable),
                tag=tag,
            )
        )
        mr_note(_CBF_AML)
        tp53_warning(_CBF_AML, "favorable")
        if c.adverse:
            warnings.append(
                say(
                    "{lesions} together with core-binding-factor AML: not addressed by ELN 2022; "
                    "classified favorable by precedence. Clinician decides.",
                    lesions=_join(c.adverse),
                )
            )
        return "favorable", tuple(reasons), tuple(warnings)
    if c.adverse:
        reasons.extend(say("{lesion}: adverse {tag}.", lesion=label, tag=tag) for label in c.adverse)
        if f.npm1:
            reasons.append(say("NPM1-mutated AML with adverse-risk cytogenetics is adverse {tag}.", tag=tag))
        if c.t911:
            warnings.append(
                say(
                    "t(9;11) together with {lesions}: classified adverse by the precedence of "
                    "clinical-reference.md §2.4. Clinician decides.",
                    lesions=_join(c.adverse),
                )
            )
        return "adverse", tuple(reasons), tuple(warnings)
    if c.t911:
        reasons.append(say("{lesions}: intermediate {tag}.", lesions=_join(c.t911), tag=tag))
        if f.tp53 or mr_sorted:
            genes = (["TP53"] if f.tp53 else []) + mr_sorted
            warnings.append(
                say(
                    "{genes} mutated with t(9;11): precedence of t(9;11) over adverse gene mutations is assumed "
                    "as in ELN 2017 (not confirmed for ELN 2022). Clinician decides.",
                    genes=_join(genes),
                )
            )
        return "intermediate", tuple(reasons), tuple(warnings)
    if f.npm1:
        risk = "intermediate" if f.itd else "favorable"
        reasons.append(say("NPM1 mutated {flt3}: {risk} {tag}.", flt3=itd, risk=Code(risk), tag=tag))
        if f.tp53:
            reasons.append(
                say(
                    "TP53 mutated (VAF >= 10 %): adverse {tag}; TP53 is never exempt (the footnote names only the "
                    "myelodysplasia-related genes).",
                    tag=tag,
                )
            )
            return "adverse", tuple(reasons), tuple(warnings)
        if risk == "favorable":
            mr_note(_NPM1_AML)
        elif mr_sorted:
            reasons.append(
                say(
                    "{genes} mutated with NPM1 and FLT3-ITD (intermediate, not a favorable subtype): adverse {tag}.",
                    genes=_join(mr_sorted),
                    tag=tag,
                )
            )
            return "adverse", tuple(reasons), tuple(warnings)
        return risk, tuple(reasons), tuple(warnings)
    if f.cebpa:
        reasons.append(say("CEBPA bZIP in-frame mutation: favorable {tag}.", tag=tag))
        if f.tp53:
            reasons.append(
                say(
                    "TP53 mutated (VAF >= 10 %): adverse {tag}; TP53 is never exempt (the footnote names only the "
                    "myelodysplasia-related genes).",
                    tag=tag,
                )
            )
            return "adverse", tuple(reasons), tuple(warnings)
        mr_note(_BZIP_CEBPA)
        return "favorable", tuple(reasons), tuple(warnings)
    if f.tp53:
        reasons.append(say("TP53 mutated with VAF >= 10 %: adverse {tag}.", tag=tag))
        return "adverse", tuple(reasons), tuple(warnings)
    if mr_sorted:
        reasons.extend(
            say("{gene} mutated (myelodysplasia-related gene): adverse {tag}.", gene=g, tag=tag) for g in mr_sorted
        )
        return "adverse", tuple(reasons), tuple(warnings)
    reasons.append(_no_lesion(c))
    reasons.append(say("NPM1 wild type {flt3}.", flt3=itd))
    reasons.append(say("CEBPA not bZIP in-frame; TP53 (VAF >= 10 %) and myelodysplasia-related genes not mutated."))
    reasons.append(say("No favorable- or adverse-risk lesion: intermediate {tag}.", tag=tag))
    return "intermediate", tuple(reasons), tuple(warnings)


# --- enumeration over what was not tested -------------------------------------------------


def _choices(value: bool | None) -> tuple[bool, ...]:
    return (value,) if value is not None else (False, True)


def _ordered_intersection(lists: Sequence[tuple[str, ...]]) -> tuple[str, ...]:
    if not lists:
        return ()
    common = set(lists[0]).intersection(*map(set, lists[1:]))
    return tuple(dict.fromkeys(x for x in lists[0] if x in common))


def _resolve(
    version: str,
    variables: list[tuple[str, tuple[object, ...]]],
    build: Callable[[dict[str, object]], _Facts],
    classify: Callable[[_Facts], _Outcome],
    decisive: Callable[[dict[str, object]], bool],
) -> tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Classify every combination of the unknown inputs: (risk, missing tests, reasons, warnings)."""
    names = [name for name, _ in variables]
    outcomes: dict[tuple[object, ...], _Outcome] = {}
    for combo in itertools.product(*(values for _, values in variables)):
        assignment = dict(zip(names, combo, strict=True))
        outcomes[combo] = classify(build(assignment))
    missing: list[str] = []
    for index, (name, values) in enumerate(variables):
        if len(values) < 2:
            continue
        groups: dict[tuple[object, ...], set[str]] = {}
        for combo, (risk, _, _) in outcomes.items():
            groups.setdefault(combo[:index] + combo[index + 1 :], set()).add(risk)
        if any(len(risks) > 1 for risks in groups.values()):
            missing.append(name)
    kept = [out for combo, out in outcomes.items() if decisive(dict(zip(names, combo, strict=True)))]
    risks = {risk for risk, _, _ in kept}
    reasons = _ordered_intersection([r for _, r, _ in kept])
    warnings = _ordered_intersection([w for _, _, w in kept])
    names_order = TEST_NAMES if version == ELN2017 else codes.ELN2022_TEST_NAMES
    order = {name: i for i, name in enumerate(names_order)}
    missing_sorted = tuple(sorted(missing, key=lambda n: order.get(n, len(order))))
    if len(risks) == 1:
        risk = risks.pop()
        conclusion = f"{risk} ({'ELN 2017' if version == ELN2017 else 'ELN 2022'})"
        if not any(conclusion in r for r in reasons):
            reasons = kept[0][1]  # the combination with every untested input negative: the most neutral reading
        return risk, missing_sorted, reasons, warnings
    possible = [r for r in ("favorable", "intermediate", "adverse") if r in risks]
    label = "ELN 2017" if version == ELN2017 else "ELN 2022"
    risks_listed = _join([Code(r) for r in possible], "or")
    summary = (
        say(
            "Risk unknown ({version}): {risks} depending on the result of {tests}.",
            version=label,
            risks=risks_listed,
            tests=_join([Code(name) for name in missing_sorted]),
        )
        if missing_sorted
        else say("Risk unknown ({version}): {risks}.", version=label, risks=risks_listed)
    )
    return "unknown", missing_sorted, (*reasons, summary), warnings


def _input_notes(diagnosis: Diagnosis, reading: KaryotypeReading, genes: _Genes) -> list[str]:
    """Plain statements of what was available, shown when the risk stays unknown."""
    notes: list[str] = []
    if reading.readable and not reading.complete:
        notes.append(
            say(
                "Karyotype {karyotype}: part not read ({parts}).",
                karyotype=reading.text,
                parts=Listing(tuple(reading.unread_parts), "; "),
            )
        )
    elif reading.readable:
        notes.append(
            say("Karyotype {karyotype}: normal.", karyotype=reading.text)
            if reading.normal
            else say("Karyotype {karyotype}: abnormal.", karyotype=reading.text)
        )
    elif diagnosis.cytogenetic_findings:
        notes.append(
            say(
                "No readable karyotype; cytogenetic findings: {findings}.",
                findings=Listing(tuple(diagnosis.cytogenetic_findings), ", "),
            )
        )
    else:
        notes.append(say("No karyotype."))
    for gene in ("NPM1", "FLT3", "CEBPA", "RUNX1", "ASXL1", "TP53"):
        status = genes.status(gene)
        variants = [_variant_text(m) for m in genes.of(gene)]
        shown = Listing(tuple(v for v in variants if v), "; ")
        if status:
            notes.append(
                say("{gene}: mutated ({variants}).", gene=gene, variants=shown)
                if shown.items
                else say("{gene}: mutated.", gene=gene)
            )
        else:
            notes.append(
                say("{gene}: wild type.", gene=gene) if status is False else say("{gene}: not tested.", gene=gene)
            )
    return notes


def _variant_text(m: Mutation) -> str:
    """``R882H allelic ratio 0.6 VAF 35 %`` (only the parts recorded)."""
    parts: list[str] = [_variant(m)] if _variant(m) else []
    if m.allelic_ratio is not None:
        parts.append(say("allelic ratio {ratio}", ratio=m.allelic_ratio))
    if m.vaf is not None:
        parts.append(say("VAF {vaf} %", vaf=m.vaf))
    return join(" ", parts) if parts else ""


def _classify(diagnosis: Diagnosis, version: str) -> ElnResult:
    cites = ("ELN2017 Table 5",) if version == ELN2017 else ("ELN2022 Table 6", "ELN2022 footnotes")
    warnings: list[str] = []
    notes: list[str] = []
    reading = read_karyotype(diagnosis.karyotype)
    if diagnosis.karyotype is not None and diagnosis.karyotype.strip():
        warnings.extend(reading.warnings)
    genes = _genes(
        (m for m in diagnosis.mutations if fusion_code(m.gene) is None),
        (g for g in diagnosis.tested_genes if fusion_code(g) is None),
    )
    fusions = [(m.gene.strip(), code) for m in diagnosis.mutations if (code := fusion_code(m.gene)) is not None]
    for meant, typed in unreadable_genes(m.gene for m in diagnosis.mutations).items():
        warnings.append(unreadable_message(meant, typed))
    findings = tuple(diagnosis.cytogenetic_findings)
    cyto = _known_cyto(reading, findings, fusions, version)
    if reading.readable and "normal" in findings and not reading.normal:
        warnings.append(
            say(
                "Cytogenetic findings say normal but the karyotype {karyotype} is abnormal; abnormal used.",
                karyotype=reading.text,
            )
        )

    apl_labels = cyto.apl if cyto is not None else _fusion_cyto(fusions, version).apl
    if apl_labels:
        return ElnResult(
            version=version,
            risk="unknown",
            missing_tests=(),
            reasons=(
                say(
                    "{lesions}: acute promyelocytic leukemia (APL); the ELN risk table is for non-APL AML.",
                    lesions=_join(apl_labels),
                ),
            ),
            warnings=(say("APL (t(15;17)/PML::RARA) is out of scope for this application."), *warnings),
            apl=True,
            cites=cites,
        )

    itd, ratio = _flt3(genes, warnings)
    cebpa = _cebpa(genes, version, warnings)
    tp53 = genes.status("TP53") if version == ELN2017 else _tp53_2022(genes, warnings, notes)
    mr_other = tuple(g for g in _MR_OTHER_2022 if genes.status(g)) if version == ELN2022 else ()
    # §8.7: the other myelodysplasia-related genes act alike (any one mutated), so they are tried together
    # and, when that changes the group, each untested one is listed.
    mr_untested = tuple(g for g in _MR_OTHER_2022 if genes.status(g) is None) if version == ELN2022 else ()
    tp53_name = "TP53 VAF" if version == ELN2022 and genes.status("TP53") is True else "TP53"

    ar_known = ratio is not None
    karyotype_values: tuple[_Cyto, ...] = (cyto,) if cyto is not None else _HYPOTHETICAL
    if cyto is not None and reading.readable and not reading.complete:
        # §8.12: an unread part is never ignored. What it may hold is tried with the readable part;
        # a readable adverse lesion decides whatever the rest (e.g. inv(3)).
        possible = _HYPOTHETICAL[:1] + _HYPOTHETICAL[3:] if cyto.adverse else _HYPOTHETICAL
        karyotype_values = tuple(
            _Cyto(
                cyto.favorable + h.favorable,
                cyto.t911 + h.t911,
                cyto.adverse + h.adverse,
                cyto.apl,
                say("karyotype partly unreadable ({parts})", parts=Listing(tuple(reading.unread_parts), "; ")),
            )
            for h in possible
        )
    variables: list[tuple[str, tuple[object, ...]]] = [
        ("karyotype", karyotype_values),
        ("NPM1", _choices(genes.status("NPM1"))),
        ("FLT3", _choices(itd)),
    ]
    if version == ELN2017:
        ar_values: tuple[object, ...] = (ratio >= AR_HIGH_FROM,) if ratio is not None else (False, True)
        variables.append(("FLT3-ITD allelic ratio", ar_values if itd is not False else (False,)))
    variables += [
        ("CEBPA", _choices(cebpa)),
        ("RUNX1", _choices(genes.status("RUNX1"))),
        ("ASXL1", _choices(genes.status("ASXL1"))),
        (tp53_name, _choices(tp53)),
    ]
    if mr_untested and not mr_other:
        variables.append((_MR_OTHER_VARIABLE, (False, True)))
    ar_text = ""
    if ar_known and ratio is not None:
        ar_text = (
            say("{ratio}, >= {limit}", ratio=ratio, limit=AR_HIGH_FROM)
            if ratio >= AR_HIGH_FROM
            else say("{ratio}, < {limit}", ratio=ratio, limit=AR_HIGH_FROM)
        )

    fusion_cyto = _fusion_cyto(fusions, version)

    def build(a: dict[str, object]) -> _Facts:
        k = a["karyotype"]
        assert isinstance(k, _Cyto)
        return _Facts(
            cyto=k if cyto is not None else k.plus(fusion_cyto),
            npm1=a["NPM1"] is True,
            itd=a["FLT3"] is True,
            ar_high=a.get("FLT3-ITD allelic ratio") is True,
            ar_text=ar_text,
            cebpa=a["CEBPA"] is True,
            runx1=a["RUNX1"] is True,
            asxl1=a["ASXL1"] is True,
            tp53=a[tp53_name] is True,
            mr_other=mr_other + (mr_untested if a.get(_MR_OTHER_VARIABLE) is True else ()),
        )

    def decisive(a: dict[str, object]) -> bool:
        # Every combination of untested values counts: unknown whenever a missing test could
        # change the group (case-format.md), TP53 included.
        del a
        return True

    classify = _classify_2017 if version == ELN2017 else _classify_2022
    risk, missing, reasons, combo_warnings = _resolve(version, variables, build, classify, decisive)
    if _MR_OTHER_VARIABLE in missing:
        names = [m for m in missing if m != _MR_OTHER_VARIABLE] + list(mr_untested)
        order = {name: i for i, name in enumerate(codes.ELN2022_TEST_NAMES)}
        missing = tuple(sorted(names, key=lambda n: order[n]))
        reasons = tuple(replaced(r, _MR_OTHER_VARIABLE, Listing(mr_untested, ", ")) for r in reasons)
    if risk == "unknown":
        reasons = (*_input_notes(diagnosis, reading, genes), *reasons)
    if missing:
        cites = (*cites, "SPEC §2")
    return ElnResult(
        version=version,
        risk=risk,
        missing_tests=missing,
        reasons=(*notes, *reasons),
        warnings=tuple(dict.fromkeys((*warnings, *combo_warnings))),
        apl=False,
        cites=cites,
    )


def eln2017(diagnosis: Diagnosis) -> ElnResult:
    """ELN 2017 genetic risk at diagnosis (clinical-reference.md §1.3)."""
    return _classify(diagnosis, ELN2017)


def eln2022(diagnosis: Diagnosis) -> ElnResult:
    """ELN 2022 genetic risk at diagnosis (clinical-reference.md §2.4)."""
    return _classify(diagnosis, ELN2022)


def adverse_lesions(
    *,
    karyotype: str | None,
    findings: tuple[str, ...],
    mutations: tuple[Mutation, ...],
    favorable_subtype_at_diagnosis: bool,
) -> tuple[str, ...]:
    """ELN 2017 adverse lesions present in a later sample, for "adverse biology" (clinical-spec.md §2).

    RUNX1 and ASXL1 are not adverse markers when the diagnosis was a favorable subtype
    (ELN 2017 footnote). Gene status here is only what was found mutated: a later sample
    that did not test a gene says nothing about it.
    """
    reading = read_karyotype(karyotype)
    merged = merge_findings(reading, findings) if (reading.readable or findings) else frozenset()
    found: list[str] = []
    for code in ADVERSE_CYTO_2017:
        if code in merged:
            if code in ("complex", "monosomal"):
                found.append(_CODE_TEXT[code])
            elif reading.sources(code):
                found.append(_in_karyotype(reading.sources(code)))
            else:
                found.append(say("{finding} in the cytogenetic findings", finding=code))
    for m in mutations:
        if fusion_code(m.gene) in ADVERSE_CYTO_2017:
            found.append(_fusion(m.gene.strip()))
    mutated = {_norm(m.gene) for m in mutations if fusion_code(m.gene) is None}
    genes = ("TP53",) if favorable_subtype_at_diagnosis else ("RUNX1", "ASXL1", "TP53")
    found.extend(say("{gene} mutated", gene=g) for g in genes if g in mutated)
    return tuple(dict.fromkeys(found))
