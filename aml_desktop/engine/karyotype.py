"""Read an ISCN karyotype into the lesions that ELN 2017 and ELN 2022 risk depend on.

Clinicians type the karyotype as the laboratory printed it, so the reader must accept real
ISCN (clones, ``idem``/``sl``/``sdl``, composite ``cp`` karyotypes, markers, derivative
chromosomes, constitutional ``c`` changes) and must never raise: text it cannot read gives
``readable=False`` and a warning, and a token it does not know gives a warning instead of a
silent guess. Definitions (complex, monosomal) follow clinical-reference.md §1.2 and §2.2 and
the interpretation notes of clinical-spec.md §2: each distinct abnormality counts once across
clones; constitutional changes never count; loss of X or Y counts for complex but never for
monosomal karyotype.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from aml_desktop.engine import codes
from aml_desktop.engine.sentences import Listing, say

# Codes this module adds for ELN 2022 only (clinical-reference.md §2.1); codes.py is not edited.
T_8_16: Final = "t(8;16)"
T_3Q26_V: Final = "t(3q26;v)"
EXTRA_FINDINGS_2022: Final = (T_8_16, T_3Q26_V)
LESION_CODES: Final = tuple(c for c in codes.CYTOGENETIC_FINDINGS if c not in ("normal", "complex", "monosomal")) + (
    EXTRA_FINDINGS_2022
)

CORE_BINDING_FACTOR: Final = frozenset({"t(8;21)", "inv(16)"})
# WHO recurring translocations/inversions that exclude a complex karyotype (clinical-reference.md §1.2).
COMPLEX_EXCLUSIONS_2017: Final = frozenset(
    {"t(8;21)", "inv(16)", "t(9;11)", "t(v;11q23)", "t(6;9)", "inv(3)", "t(9;22)"}
)
# ELN 2022: "other class-defining recurring genetic abnormalities" (clinical-reference.md §2.2).
COMPLEX_EXCLUSIONS_2022: Final = COMPLEX_EXCLUSIONS_2017 | {"t(15;17)", T_8_16, T_3Q26_V}

# ISCN structural rearrangement symbols (ISCN 2020 §4); anything else before "(" is unknown.
_STRUCTURAL_KINDS: Final = frozenset(
    {
        "t",
        "inv",
        "del",
        "dup",
        "ins",
        "i",
        "idic",
        "dic",
        "der",
        "ider",
        "add",
        "r",
        "hsr",
        "tas",
        "trp",
        "qdp",
        "rob",
        "fis",
        "psu",
        "tan",
        "trc",
        "e",
        "inc",
        "neo",
        "fra",
        "h",
        "chi",
    }
)
_STEMLINE_REFERENCES: Final = frozenset({"idem", "sl", "sdl", "sdl1", "sdl2", "sdl3", "sdl4"})

# Counts: 46, 44~45 and (clinical-spec.md §8.12) 44-45 as laboratories also write ranges.
_COUNT_RE: Final = re.compile(r"^\d{1,3}(?:[~-]\d{1,3})?(?:<\d(?:n)?(?:[+-]{1,2})?>)?$")
_SEX_RE: Final = re.compile(r"^[XY]{1,5}$")
_CLONE_SIZE_RE: Final = re.compile(r"\[\s*(?:cp)?\s*(\d{0,6})\s*\]$", re.IGNORECASE)
# FISH and array results after the karyotype, joined with ".", a space, or nothing (clinical-spec.md §8.12).
_FISH_RE: Final = re.compile(
    r"[.\s/]*(?<![A-Za-z])(?:nuc\s*ish|rev\s*ish|ish|arr)(?![A-Za-z]).*$", re.IGNORECASE | re.DOTALL
)
_NUMERIC_RE: Final = re.compile(r"^([+-])(\d{1,2}|X|Y)(?:x(\d))?$")
_MARKER_RE: Final = re.compile(r"^\+?(\d{0,2})(?:~\d{1,2})?(mar|r|dmin)(\d{0,2})$")
_PIECE_RE: Final = re.compile(r"([a-z]+)\(([^()]*)\)(?:\(([^()]*)\))?")
_CHROMOSOMES: Final = frozenset({str(n) for n in range(1, 23)} | {"X", "Y"})


# clinical-spec.md §8.12: recurrent rearrangements are read with their breakpoints (older band names
# included); a pair written with other bands is another abnormality. Each entry: the two
# (chromosome, band prefixes) ends.
_RECURRENT_BANDS: Final[dict[str, tuple[tuple[str, tuple[str, ...]], tuple[str, tuple[str, ...]]]]] = {
    "t(8;21)": (("8", ("q22",)), ("21", ("q22",))),
    # 17q: q21 today; q12 and q11-12 in older reports. APL wrongly suspected only withholds a
    # recommendation (out of scope, shown); APL missed would recommend for it, so 17q is read widely.
    "t(15;17)": (("15", ("q24", "q22")), ("17", ("q21", "q12", "q11"))),
    "inv(16)": (("16", ("p13",)), ("16", ("q22",))),
    "t(6;9)": (("6", ("p23", "p22")), ("9", ("q34",))),
    "t(9;22)": (("9", ("q34",)), ("22", ("q11",))),
}
# Three-way variants that carry a recurrent rearrangement: t(8;V;21), t(V;15;17), t(9;V;22).
_THREE_WAY: Final = ("t(8;21)", "t(15;17)", "t(9;22)")


@dataclass(frozen=True)
class KaryotypeReading:
    """What one karyotype text says, for ELN risk.

    ``lesions`` holds ELN-relevant codes (``LESION_CODES``) plus ``other`` for any other
    acquired abnormality. ``lesion_sources`` pairs each code with the token it came from, so
    that a reason can quote the karyotype ("inv(3)(q21q26) in the karyotype").
    ``normal`` means readable with no acquired abnormality in any clone.
    """

    text: str | None
    readable: bool
    normal: bool
    lesions: frozenset[str]
    abnormalities: tuple[str, ...]
    abnormality_count: int
    complex_2017: bool
    monosomal_2017: bool
    complex_2022: bool
    monosomal_2022: bool
    warnings: tuple[str, ...]
    lesion_sources: tuple[tuple[str, str], ...] = ()
    autosomal_monosomies: tuple[str, ...] = ()
    structural_count: int = 0
    # clinical-spec.md §8.12: parts (clones or tokens) that could not be read. A karyotype with any
    # unread part is not available for ELN unless its readable parts already decide the group.
    unread_parts: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        """Readable with no unread part."""
        return self.readable and not self.unread_parts

    def sources(self, code: str) -> tuple[str, ...]:
        """The karyotype tokens that gave ``code`` (empty if none)."""
        return tuple(token for c, token in self.lesion_sources if c == code)


@dataclass
class _Abnormality:
    token: str
    lesions: set[str]
    monosomy: str | None = None  # autosome lost (never X or Y)
    structural: bool = False
    gain_only: bool = False  # a whole-chromosome gain (trisomy/polysomy)


def _not_iscn(text: str) -> str:
    return say("Karyotype {karyotype!r} is not ISCN text; read as no karyotype.", karyotype=text)


def _unreadable(text: str | None, *messages: str) -> KaryotypeReading:
    return KaryotypeReading(
        text=text,
        readable=False,
        normal=False,
        lesions=frozenset(),
        abnormalities=(),
        abnormality_count=0,
        complex_2017=False,
        monosomal_2017=False,
        complex_2022=False,
        monosomal_2022=False,
        warnings=tuple(dict.fromkeys(messages)),
    )


def _split_top_level(text: str, sep: str) -> list[str] | None:
    """Split on ``sep`` outside parentheses and brackets; ``None`` if they do not balance."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
            if depth < 0:
                return None
        if ch == sep and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    if depth != 0:
        return None
    parts.append("".join(current))
    return parts


def _chrom_and_arm(spec: str) -> tuple[str, str]:
    """``"17q"`` -> ("17", "q"); ``"5"`` -> ("5", "")."""
    m = re.match(r"^(\d{1,2}|X|Y)([pq]?)", spec)
    if m is None:
        return spec, ""
    return m.group(1), m.group(2)


def _band_pairs(chroms: list[str], bands_text: str | None) -> list[tuple[str, str]]:
    """Pair each chromosome with the breakpoints written for it.

    ``t(9;11)(p22;q23)`` -> [("9", "p22"), ("11", "q23")]; ``inv(3)(q21q26)`` ->
    [("3", "q21"), ("3", "q26")]; ``i(17q)`` -> [("17", "q")].
    """
    pairs: list[tuple[str, str]] = []
    groups = bands_text.split(";") if bands_text is not None else []
    if len(chroms) == 1 and len(groups) > 1:
        groups = ["".join(groups)]  # inv(3)(q21;q26.2): bands of one chromosome written with a semicolon
    for index, spec in enumerate(chroms):
        chrom, arm = _chrom_and_arm(spec)
        if arm:
            pairs.append((chrom, arm))
        if index < len(groups):
            for band in re.findall(r"[pq](?:\d+(?:\.\d+)?|ter)?", groups[index]):
                pairs.append((chrom, band))
    return pairs


def _has_band(pairs: list[tuple[str, str]], chrom: str, prefix: str) -> bool:
    return any(c == chrom and b.startswith(prefix) for c, b in pairs)


def _recurrent(code: str, pairs: list[tuple[str, str]], banded: bool, warnings: list[str], token: str) -> bool:
    """A recurrent rearrangement only at its breakpoints; without bands the pair alone, with a warning."""
    if not banded:
        warnings.append(
            say(
                "{token}: no breakpoints written; read as the recurrent {code}. Confirm the bands.",
                token=token,
                code=code,
            )
        )
        return True
    (a, bands_a), (b, bands_b) = _RECURRENT_BANDS[code]
    ok_a = any(_has_band(pairs, a, band) for band in bands_a)
    ok_b = any(_has_band(pairs, b, band) for band in bands_b)
    return ok_a and ok_b


def _piece_lesions(kind: str, chroms_text: str, bands_text: str | None, warnings: list[str], token: str) -> set[str]:
    """ELN lesion codes for one rearrangement such as ``t(9;11)(p22;q23)``."""
    chrom_specs = [c for c in chroms_text.split(";") if c]
    chroms = [_chrom_and_arm(c)[0] for c in chrom_specs]
    chrom_set = set(chroms)
    pairs = _band_pairs(chrom_specs, bands_text)
    found: set[str] = set()
    rearranging = kind in ("t", "ins", "inv")

    banded = [c for c, b in pairs if b not in ("p", "q")]  # breakpoints written (not just an arm)
    if kind == "t" and len(chroms) == 2:
        pair_code = next(
            (code for code, ((a, _), (b, _)) in _RECURRENT_BANDS.items() if sorted(chroms) == sorted([a, b])),
            None,
        )
        if pair_code is not None:
            if _recurrent(pair_code, pairs, bool(banded), warnings, token):
                found.add(pair_code)
        elif chrom_set == {"8", "16"}:
            found.add(T_8_16)
        elif chrom_set == {"9", "11"} and (
            not pairs or (_has_band(pairs, "11", "q23") and not _has_band(pairs, "9", "q"))
        ):
            found.add("t(9;11)")
            if not pairs:
                warnings.append(
                    say(
                        "{token}: no breakpoints written; read as the recurrent t(9;11). Confirm the bands.",
                        token=token,
                    )
                )
    if kind == "t" and len(chroms) == 3:
        for code in _THREE_WAY:
            (a, _), (b, _) = _RECURRENT_BANDS[code]
            if a in chroms and b in chroms and _recurrent(code, pairs, bool(banded), warnings, token):
                found.add(code)
                warnings.append(
                    say(
                        "{token}: three-way variant read as {code}; confirm the fusion (FISH or RT-PCR).",
                        token=token,
                        code=code,
                    )
                )
    if kind == "inv" and chroms == ["16"] and _recurrent("inv(16)", pairs, bool(banded), warnings, token):
        found.add("inv(16)")
    if (kind == "inv" and chroms == ["3"]) or (kind == "t" and chroms == ["3", "3"]):
        if not pairs or (_has_band(pairs, "3", "q21") and _has_band(pairs, "3", "q26")):
            found.add("inv(3)")
            if not pairs:
                warnings.append(
                    say(
                        "{token}: no breakpoints written; read as the recurrent inv(3). Confirm the bands.", token=token
                    )
                )
        elif _has_band(pairs, "3", "q26"):
            found.add(T_3Q26_V)
    if rearranging and "t(9;11)" not in found and _has_band(pairs, "11", "q23"):
        found.add("t(v;11q23)")
    if rearranging and "inv(3)" not in found and _has_band(pairs, "3", "q26"):
        found.add(T_3Q26_V)
    if kind in ("del", "add") and _has_band(pairs, "11", "q23"):
        warnings.append(
            say(
                "{token}: an 11q23 abnormality may hide a KMT2A rearrangement; check by FISH (counted as other).",
                token=token,
            )
        )
    if kind == "del" and _has_band(pairs, "5", "q"):
        found.add("del(5q)")
    if kind in ("der", "dic", "add", "idic") and _has_band(pairs, "5", "q"):
        warnings.append(
            say("{token}: may imply loss of 5q, which ELN counts as del(5q); not assumed, check.", token=token)
        )
    isochromosome_17q = kind in ("i", "ider") and chroms == ["17"] and _has_band(pairs, "17", "q")
    if isochromosome_17q or _has_band(pairs, "17", "p"):  # i(17q) loses 17p; any 17p breakpoint is abn(17p)
        found.add("abn(17p)")
    return found


def _read_token(token: str, warnings: list[str]) -> _Abnormality | None:
    """One abnormality token (constitutional ones already removed); ``None`` if not an abnormality."""
    body = token.lstrip("?")
    if body != token:
        warnings.append(say("{token}: marked uncertain (?) by the laboratory; counted as written.", token=token))
    numeric = _NUMERIC_RE.match(body)
    if numeric is not None:
        sign, chrom = numeric.group(1), numeric.group(2)
        if chrom not in _CHROMOSOMES:
            warnings.append(
                say("{token}: chromosome {chrom} does not exist; counted as other.", token=token, chrom=chrom)
            )
            return _Abnormality(token, {"other"})
        code = "other"
        if sign == "-" and chrom in ("5", "7", "17"):
            code = f"-{chrom}"
        elif sign == "+" and chrom == "8":
            code = "+8"
        monosomy = chrom if sign == "-" and chrom not in ("X", "Y") else None
        return _Abnormality(token, {code}, monosomy=monosomy, gain_only=sign == "+")
    if _MARKER_RE.match(body) is not None:
        return _Abnormality(token, {"other"}, structural=True)
    structural = re.sub(r"[A-Za-z]+(?=\()", lambda m: m.group(0).lower(), body.lstrip("+-"))
    first = _PIECE_RE.match(structural)
    if first is not None:
        lesions: set[str] = set()
        unknown_kind = False
        for piece in _PIECE_RE.finditer(structural):
            kind = piece.group(1)
            if kind not in _STRUCTURAL_KINDS:
                unknown_kind = True
                continue
            lesions |= _piece_lesions(kind, piece.group(2), piece.group(3), warnings, token)
        if unknown_kind:
            warnings.append(say("{token}: rearrangement symbol not recognised; counted as other.", token=token))
        return _Abnormality(token, lesions or {"other"}, structural=True)
    legacy = re.fullmatch(r"(\d{1,2})([pq])-", body)  # old notation such as 5q- or 17p-
    if legacy is not None:
        chrom, arm = legacy.group(1), legacy.group(2)
        warnings.append(say("{token}: old notation, read as del({chrom})({arm}).", token=token, chrom=chrom, arm=arm))
        lesions = set()
        if chrom == "5" and arm == "q":
            lesions.add("del(5q)")
        if chrom == "17" and arm == "p":
            lesions.add("abn(17p)")
        return _Abnormality(token, lesions or {"other"}, structural=True)
    if body[:1] in "+-":
        warnings.append(say("{token}: not recognised as ISCN; counted as an abnormality (other).", token=token))
        return _Abnormality(token, {"other"})
    warnings.append(say("{token}: not recognised as ISCN; ignored.", token=token))
    return None


def _is_constitutional(token: str) -> bool:
    """``+21c``, ``inv(9)(p12q13)c``, ``+Xc``: inherited, not part of the leukemia."""
    return len(token) > 1 and token.endswith("c") and (token[-2] in ")XY" or token[-2].isdigit())


@functools.lru_cache(maxsize=4096)
def read_karyotype(text: str | None) -> KaryotypeReading:
    """Read ISCN text; never raises. Text that is not a karyotype gives ``readable=False``.

    Cached by text (the reading is immutable): one evaluation reads the same karyotype for the
    course, ELN 2017, ELN 2022 and the prognostic index, and a clinic repeats the common ones.
    """
    if text is None or not text.strip():
        return _unreadable(text, say("No karyotype recorded."))
    warnings: list[str] = []
    work = text.strip()
    fish = _FISH_RE.search(work)
    if fish is not None:
        warnings.append(say("FISH (ish) results after the karyotype are not read; enter FISH findings separately."))
        work = work[: fish.start()]
    work = re.sub(r"\s+", "", work).rstrip(".")
    clones = [c for c in work.split("/") if c]
    if not clones:
        return _unreadable(text, _not_iscn(text))

    abnormalities: dict[str, _Abnormality] = {}
    unread: list[str] = []
    counted_clones = 0
    for number, raw_clone in enumerate(clones, start=1):
        clone = raw_clone
        size: int | None = None
        size_match = _CLONE_SIZE_RE.search(clone)
        if size_match is not None:
            size = int(size_match.group(1)) if size_match.group(1) else None
            clone = clone[: size_match.start()]
        tokens = _split_top_level(clone, ",")
        if tokens is None:
            warnings.append(
                say(
                    "Clone {number} ({raw_clone}): parentheses do not balance; not read.",
                    number=number,
                    raw_clone=raw_clone,
                )
            )
            unread.append(raw_clone)
            continue
        tokens = [t for t in tokens if t]
        if not tokens or _COUNT_RE.match(tokens[0]) is None:
            warnings.append(
                say(
                    "Clone {number} ({raw_clone}): does not start with a chromosome count; not read.",
                    number=number,
                    raw_clone=raw_clone,
                )
            )
            unread.append(raw_clone)
            continue
        counted_clones += 1
        rest = tokens[1:]
        sex_changes = [t for t in rest if t.lstrip("?") in ("-X", "-Y", "+X", "+Y")]
        if rest and _SEX_RE.match(rest[0].upper()) is not None:
            sex = rest[0].upper()
            rest = rest[1:]
            if sex not in ("XX", "XY", "XXXX", "XXYY") and not sex_changes:
                warnings.append(
                    say(
                        "Clone {number}: sex chromosomes {sex!r} with no gain or loss of X or Y written; check.",
                        number=number,
                        sex=sex,
                    )
                )
        elif rest and _SEX_RE.match(rest[0].upper().rstrip("C")) is not None and rest[0].endswith("c"):
            rest = rest[1:]  # constitutional sex-chromosome complement, e.g. 47,XXYc
        clone_abnormal: list[_Abnormality] = []
        for token in rest:
            if token.lower() in _STEMLINE_REFERENCES:
                continue  # refers to abnormalities already read in an earlier clone
            if _is_constitutional(token):
                continue
            if token in abnormalities:
                clone_abnormal.append(abnormalities[token])
                continue
            item = _read_token(token, warnings)
            if item is not None:
                abnormalities[token] = item
                clone_abnormal.append(item)
            else:
                unread.append(token)
        if size is not None and clone_abnormal:
            losses_only = all(a.monosomy is not None or a.token in ("-X", "-Y") for a in clone_abnormal)
            if size < (3 if losses_only else 2):
                warnings.append(
                    say(
                        "Clone {number} has {size} cell(s): below the ISCN clone definition (3 cells for a loss); "
                        "counted anyway, check.",
                        number=number,
                        size=size,
                    )
                    if losses_only
                    else say(
                        "Clone {number} has {size} cell(s): below the ISCN clone definition (2 cells); "
                        "counted anyway, check.",
                        number=number,
                        size=size,
                    )
                )

    if counted_clones == 0:
        return _unreadable(text, _not_iscn(text))
    if unread:
        warnings.append(
            say(
                "Part of the karyotype was not read ({parts}): the karyotype counts as not available for ELN risk "
                "unless the readable part already decides the group (clinical-spec.md §8.12).",
                parts=Listing(tuple(dict.fromkeys(unread)), "; "),
            )
        )

    items = list(abnormalities.values())
    lesions: set[str] = set()
    sources: list[tuple[str, str]] = []
    for item in items:
        for code in sorted(item.lesions):
            lesions.add(code)
            sources.append((code, item.token))
    monosomies = tuple(dict.fromkeys(a.monosomy for a in items if a.monosomy is not None))
    structural = sum(1 for a in items if a.structural)
    count = len(items)
    cbf = bool(lesions & CORE_BINDING_FACTOR)
    monosomal = not cbf and (len(monosomies) >= 2 or (len(monosomies) == 1 and structural >= 1))
    complex_2017 = count >= 3 and not (lesions & COMPLEX_EXCLUSIONS_2017)
    only_gains = all(a.gain_only for a in items)
    complex_2022 = count >= 3 and not (lesions & COMPLEX_EXCLUSIONS_2022) and not only_gains
    if any(m.startswith("+") and "mar" in m and m[1:2].isdigit() for m in abnormalities):
        warnings.append(
            say("Several marker chromosomes written as one token (e.g. +2mar) are counted once; check complex.")
        )
    return KaryotypeReading(
        text=text,
        readable=True,
        normal=count == 0 and not unread,
        lesions=frozenset(lesions),
        abnormalities=tuple(a.token for a in items),
        abnormality_count=count,
        complex_2017=complex_2017,
        monosomal_2017=monosomal,
        complex_2022=complex_2022,
        monosomal_2022=monosomal,
        warnings=tuple(dict.fromkeys(warnings)),
        lesion_sources=tuple(sources),
        autosomal_monosomies=monosomies,
        structural_count=structural,
        unread_parts=tuple(dict.fromkeys(unread)),
    )


def merge_findings(reading: KaryotypeReading, findings: Iterable[str], *, version: str = "ELN2017") -> frozenset[str]:
    """Karyotype lesions merged with explicit ``cytogenetic_findings`` codes.

    ``complex``/``monosomal`` come from either source (the reading's flags for ``version``);
    ``normal`` is kept only when nothing abnormal is known from either source.
    """
    merged = set(reading.lesions) | {f for f in findings if f}
    complex_flag = reading.complex_2022 if version == "ELN2022" else reading.complex_2017
    monosomal_flag = reading.monosomal_2022 if version == "ELN2022" else reading.monosomal_2017
    if complex_flag:
        merged.add("complex")
    if monosomal_flag:
        merged.add("monosomal")
    if reading.normal:
        merged.add("normal")
    if merged - {"normal"}:
        merged.discard("normal")
    return frozenset(merged)
