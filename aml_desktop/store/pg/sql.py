"""The few spellings the store's SQL needs on PostgreSQL, applied to each statement once (cached).

The repository writes one SQL for both engines in the common subset; what SQLite spells its own way
is rewritten here: ``?`` placeholders become ``%s`` (and a literal ``%`` is doubled), SQLite's
"now" becomes ``aml_now()`` (the same text format, milliseconds, UTC), the audit trail's column
``user`` (a reserved word on PostgreSQL) is quoted, ``COLLATE NOCASE`` goes (account names are
``citext``), the ``+column`` that keeps SQLite's planner off an index goes, ``temp.`` names the
session's temporary schema and ``INSERT OR IGNORE`` becomes ``ON CONFLICT DO NOTHING`` and ``IS [NOT] ?`` becomes
``IS [NOT] DISTINCT FROM``.
String literals are left alone.
"""

from __future__ import annotations

import functools
import re

_SQLITE_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
# Outside string literals: a bare "user" (not users, aml_user(), "user" or x.user_id).
_USER = re.compile(r'(?<![\w."])user(?![\w"(])')
_PLUS_COLUMN = re.compile(r"(?<![\w)])\+(?=[a-z_]+ =)")
_NOCASE = re.compile(r"\s+COLLATE\s+NOCASE", re.IGNORECASE)
_TEMP = re.compile(r"\btemp\.")
_WITHOUT_ROWID = re.compile(r"\)\s*WITHOUT\s+ROWID", re.IGNORECASE)
# SQLite's "a IS b" compares any values, NULL included: PostgreSQL spells it IS [NOT] DISTINCT FROM.
_IS_NOT_PARAM = re.compile(r"\bIS\s+NOT\s+(?=\?)", re.IGNORECASE)
_IS_PARAM = re.compile(r"\bIS\s+(?=\?)", re.IGNORECASE)
_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+", re.IGNORECASE)


def _outside_literals(sql: str) -> list[tuple[bool, str]]:
    """``sql`` split into (is literal, text) pieces on single-quoted strings."""
    pieces: list[tuple[bool, str]] = []
    i = 0
    while i < len(sql):
        start = sql.find("'", i)
        if start < 0:
            pieces.append((False, sql[i:]))
            break
        pieces.append((False, sql[i:start]))
        end = start + 1
        while True:
            end = sql.find("'", end)
            if end < 0:
                end = len(sql)
                break
            if sql.startswith("''", end):
                end += 2
                continue
            end += 1
            break
        pieces.append((True, sql[start:end]))
        i = end
    return pieces


@functools.lru_cache(maxsize=2048)
def translate(sql: str) -> str:
    """``sql`` (as written for SQLite) as PostgreSQL reads it, with ``%s`` placeholders."""
    sql = sql.replace(_SQLITE_NOW, "aml_now()")
    ignore = bool(_OR_IGNORE.match(sql))
    if ignore:
        sql = _OR_IGNORE.sub("INSERT ", sql, count=1)
    out = []
    for literal, text in _outside_literals(sql):
        if literal:
            out.append(text.replace("%", "%%"))
            continue
        text = _IS_NOT_PARAM.sub("IS DISTINCT FROM ", text)
        text = _IS_PARAM.sub("IS NOT DISTINCT FROM ", text)
        text = text.replace("%", "%%").replace("?", "%s")
        text = _USER.sub('"user"', text)
        text = _PLUS_COLUMN.sub("", text)
        text = _NOCASE.sub("", text)
        text = _TEMP.sub("pg_temp.", text)
        text = _WITHOUT_ROWID.sub(")", text)
        out.append(text)
    result = "".join(out)
    if ignore:
        result += " ON CONFLICT DO NOTHING"
    return result
