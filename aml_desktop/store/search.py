"""Accent- and case-insensitive patient search on FTS5.

Names and hospital numbers are folded the same way on the way in and on the way out (NFKD,
combining marks stripped, case folded), so "nguyen" and "guye" both find "Nguyễn". Terms of three
or more characters use the trigram table (any substring); shorter ones the word table's prefix
index. Every term must match.
"""

from __future__ import annotations

import functools
import re
import unicodedata

TRIGRAM_MIN = 3
# A search keystroke counts at most this many matches: the list says "1,000+" and counts further
# only when scrolled to the end (counting every "a" among 500,000 patients costs more than a frame).
SEARCH_COUNT_CAP = 1000

# Letters NFKD does not decompose but a clinician types without the accent.
_EXTRA_FOLDS = str.maketrans({"ø": "o", "đ": "d", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"})


def fold(text: str) -> str:
    """Text as the search tables hold it: no accents, case folded, whitespace collapsed."""
    if text.isascii():  # nothing to decompose: the common case for numbers and many names
        return " ".join(text.lower().split())
    # A word of marks alone (e.g. a lone acute accent) folds to nothing: no empty word.
    return " ".join(folded for folded in map(_fold_word, text.split()) if folded)


@functools.lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    """One word folded (cached: family and given names repeat across a clinic)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.translate(_EXTRA_FOLDS).split())


def search_text(name: str | None, hospital_number: str | None) -> str:
    """The one line of folded text indexed for a patient."""
    return fold(" ".join(part for part in (name, hospital_number) if part))


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _word_prefix(term: str) -> str:
    """A tsquery for words starting with the term's letter-and-digit run (FTS5's ``"term"*``)."""
    runs = _WORD_RUNS.findall(term)
    return " <-> ".join(f"'{run}'" for run in runs[:-1]) + (" <-> " if len(runs) > 1 else "") + f"'{runs[-1]}':*"


_WORD_RUNS = re.compile(r"[^\W_]+")


def match_clauses(query: str, *, server: bool = False) -> list[tuple[str, str, str]]:
    """(search table, condition on it, parameter) triples whose rowids must all match; empty for a blank query.

    SQLite: FTS5 ``MATCH`` on the trigram table (substrings) or the word table's prefix index.
    PostgreSQL (``server``): ``LIKE`` on the trigram table (a ``pg_trgm`` GIN index answers it), and a
    prefix ``tsquery`` on the word table's ``tsvector``; the text in both is folded the same way."""
    clauses = []
    for term in fold(query).split():
        if len(term) >= TRIGRAM_MIN:
            if server:
                clauses.append(("patient_trigram", "text LIKE ?", _like(term)))
            else:
                clauses.append(("patient_trigram", "patient_trigram MATCH ?", _quote(term)))
        elif not server:
            clauses.append(("patient_words", "patient_words MATCH ?", _quote(term) + "*"))
        elif _WORD_RUNS.search(term):
            clauses.append(("patient_words", "words @@ to_tsquery('simple', ?)", _word_prefix(term)))
        else:  # punctuation alone: no word starts with it
            clauses.append(("patient_words", "rowid IS NULL AND CAST(? AS text) IS NULL", term))
    return clauses


def matching_keys_sql(query: str, *, server: bool = False) -> tuple[str, list[str]] | None:
    """SQL selecting the ``patient_list.list_key`` values matching ``query``, or None for no filter."""
    clauses = match_clauses(query, server=server)
    if not clauses:
        return None
    parts = [f"SELECT rowid FROM {table} WHERE {condition}" for table, condition, _ in clauses]
    return " INTERSECT ".join(parts), [parameter for _, _, parameter in clauses]


def single_term(query: str, *, server: bool = False) -> tuple[str, str, str] | None:
    """The (search table, condition, parameter) of a one-word query, else None (blank, or several words)."""
    clauses = match_clauses(query, server=server)
    return clauses[0] if len(clauses) == 1 else None
