"""The genes and variants the engine reads, and the one reading of how people write them.

Clinicians and laboratory reports write the same result many ways: ``FLT3-ITD`` in the gene
field, ``flt3 itd``, ``NPM1 type a``, ``d835y``. ``normalise_mutation`` turns the common
spellings into the gene symbol and variant the rules read (clinical-reference.md: FLT3 ITD or
TKD at D835/I836; CEBPA biallelic/bZIP/single; IDH1 R132, IDH2 R140/R172). It is used by the
GUI forms and by the case-file reader, so a typed entry and an imported file are read alike.

What cannot be read is never taken as "not mutated": ``unreadable_genes`` names the known
genes a mutation entry probably meant (``NMP1`` → NPM1, an unreadable ``FLT3-xyz`` → FLT3), and
the rules then treat those genes as not tested instead of wild type.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from .sentences import say

# Genes the rules read (ELN 2017 Table 5, ELN 2022 Table 6 incl. the myelodysplasia-related genes,
# and the inhibitor targets of DT Table 2), in the order a clinician meets them.
KNOWN_GENES: Final = (
    "FLT3",
    "NPM1",
    "CEBPA",
    "IDH1",
    "IDH2",
    "TP53",
    "RUNX1",
    "ASXL1",
    "BCOR",
    "EZH2",
    "SF3B1",
    "SRSF2",
    "STAG2",
    "U2AF1",
    "ZRSR2",
)

# Variants the rules read, per gene (pick lists offer these; any other text is still allowed).
KNOWN_VARIANTS: Final[dict[str, tuple[str, ...]]] = {
    "FLT3": ("ITD", "TKD", "D835Y", "D835V", "D835H", "D835E", "I836del"),
    "NPM1": ("type A", "type B", "type D"),
    "CEBPA": ("biallelic", "bZIP", "single"),
    "IDH1": ("R132H", "R132C", "R132G", "R132S", "R132L"),
    "IDH2": ("R140Q", "R172K"),
}

_WORDS: Final[dict[str, dict[str, str]]] = {
    gene: {v.upper().replace(" ", ""): v for v in variants} for gene, variants in KNOWN_VARIANTS.items()
}
_PROTEIN: Final = re.compile(r"^(?:P\.)?([A-Z])(\d+)([A-Z*]|DEL|DUP|INS|FS)?$")
_SPLIT: Final = re.compile(r"[\s\-_:/]+")


@dataclass(frozen=True)
class ReadMutation:
    """A mutation entry as read: ``note`` says in words what was changed (None: nothing)."""

    gene: str
    variant: str | None
    note: str | None = None


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def normalise_variant(gene: str, variant: str | None) -> str | None:
    """The variant in the spelling the rules read (``itd`` → ``ITD``, ``type a`` → ``type A``)."""
    text = _clean(variant)
    if not text:
        return None
    key = text.upper().replace(" ", "")
    known = _WORDS.get(gene, {})
    if key in known:
        return known[key]
    if gene == "NPM1" and len(key) == 1 and key.isalpha():
        return f"type {key}"  # "NPM1 A" is how type A is often written
    if gene == "FLT3" and key in ("TKDD835", "D835"):
        return "D835"
    protein = _PROTEIN.match(key)
    if protein:
        residue, position, change = protein.groups()
        change = change or ""
        tail = change.lower() if len(change) > 1 else change
        return f"{residue}{position}{tail}"
    return text


def normalise_mutation(gene: str | None, variant: str | None) -> ReadMutation:
    """Gene symbol upper-cased, a variant written into the gene field moved to the variant.

    ``FLT3-ITD`` / ``FLT3 ITD`` → FLT3 + ITD; ``NPM1 type A`` → NPM1 + type A; ``flt3`` → FLT3.
    A fusion (``PML::RARA``, ``RUNX1-RUNX1T1``) is left as written. When the gene field and the
    variant field disagree (``FLT3-ITD`` with variant ``D835Y``) nothing is moved: the entry stays
    as typed and is not readable.
    """
    raw_gene = _clean(gene)
    typed_variant = _clean(variant) or None
    symbol = raw_gene.upper()
    if symbol in KNOWN_GENES or not symbol:
        read = normalise_variant(symbol, typed_variant)
        return ReadMutation(symbol, read, _note(raw_gene, typed_variant, symbol, read))
    pieces = _SPLIT.split(raw_gene, maxsplit=1)
    if len(pieces) == 2 and pieces[0].upper() in KNOWN_GENES and not _is_fusion(symbol):
        head, rest = pieces[0].upper(), pieces[1]
        from_gene = normalise_variant(head, rest)
        from_field = normalise_variant(head, typed_variant)
        if from_field is None or from_field == from_gene:
            return ReadMutation(head, from_gene, _note(raw_gene, typed_variant, head, from_gene))
        return ReadMutation(symbol, typed_variant, None)
    return ReadMutation(symbol, typed_variant, _note(raw_gene, typed_variant, symbol, typed_variant))


def _is_fusion(symbol: str) -> bool:
    from .eln import fusion_code  # the one reading of fusions written as genes

    return "::" in symbol or fusion_code(symbol) is not None


def _note(raw_gene: str, raw_variant: str | None, gene: str, variant: str | None) -> str | None:
    if raw_gene == gene and (raw_variant or None) == variant:
        return None
    if raw_variant:
        if variant:
            return say(
                "“{typed}” with variant “{typed_variant}” read as gene {gene}, variant {variant}",
                typed=raw_gene,
                typed_variant=raw_variant,
                gene=gene,
                variant=variant,
            )
        return say(
            "“{typed}” with variant “{typed_variant}” read as gene {gene}",
            typed=raw_gene,
            typed_variant=raw_variant,
            gene=gene,
        )
    if variant:
        return say("“{typed}” read as gene {gene}, variant {variant}", typed=raw_gene, gene=gene, variant=variant)
    return say("“{typed}” read as gene {gene}", typed=raw_gene, gene=gene)


def _distance(a: str, b: str) -> int:
    """Edit distance counting a swap of two neighbours as one edit (NMP1 → NPM1)."""
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            best = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                best = min(best, rows[-2][j - 2] + 1)
            row.append(best)
        rows.append(row)
    return rows[-1][-1]


def suggest_gene(symbol: str) -> str | None:
    """The known gene a symbol was probably meant to be (one slip of the keyboard away), else None."""
    text = _clean(symbol).upper()
    if not text or text in KNOWN_GENES or _is_fusion(text):
        return None
    head = next((p for p in _SPLIT.split(text) if p), "")
    if head in KNOWN_GENES:
        return head
    close = [g for g in KNOWN_GENES if _distance(head, g) <= 1]
    return close[0] if len(close) == 1 else None


def is_known_gene(symbol: str) -> bool:
    return _clean(symbol).upper() in KNOWN_GENES


def unreadable_genes(genes: Iterable[str]) -> dict[str, str]:
    """Known gene → the entry that probably meant it but could not be read (``{"NPM1": "NMP1"}``).

    Such a gene is never wild type: the rules treat it as not tested and say why.
    """
    out: dict[str, str] = {}
    for symbol in genes:
        meant = suggest_gene(symbol)
        if meant is not None:
            out.setdefault(meant, _clean(symbol))
    return out


def unreadable_message(meant: str, typed: str) -> str:
    return say(
        "A mutation entered as “{typed}” could not be read (did you mean {meant}?): "
        "{meant} is treated as not tested, never as wild type.",
        typed=typed,
        meant=meant,
    )
