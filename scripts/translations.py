"""Translation catalogues: extract, update and compile (``make translations``); ``check`` for the tests.

Two catalogues per language, both under ``resources/translations/``:

- gettext (Babel), for everything outside Qt: the words for codes, recommendation, rationale,
  checklist, doses, the printed summary and ``recommend --text``.
  ``aml_desktop.pot`` is extracted from ``present/``, ``reports/`` and ``cli/recommend_text.py``
  (``_()`` and ``N_()`` calls) plus the texts the engine and the regimen catalog carry (rule
  statements, expected outcomes, regimen names, routes, schedules and notes);
  ``<lang>/LC_MESSAGES/aml_desktop.po`` is merged from it and compiled to ``.mo`` beside it.
- Qt Linguist, for the window: ``aml_desktop_<lang>.ts`` from ``ui/*.ui`` and ``gui/*.py``
  (``pyside6-lupdate``), compiled to ``.qm`` (``pyside6-lrelease``).

Compiled files are committed, so an installed copy needs no tool; ``check`` (run by
``tests/i18n/test_catalogues.py``) fails when a catalogue is stale against the code, has an
untranslated or fuzzy entry, or a compiled file differs from its source.

Review convention: every entry carries the flag ``needs-clinical-review`` (gettext) or the
translator comment ``needs clinical review`` (Qt) until a clinician who reads the language has
checked it against ``GLOSSARY.md``; the reviewer then deletes the flag. Babel and Qt ignore
the flag when compiling, so unreviewed text is shown: it is a machine-drafted translation.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TRANSLATIONS = ROOT / "resources" / "translations"
DOMAIN = "aml_desktop"
LANGUAGES = ("fr", "es", "pt")
REVIEW_FLAG = "needs-clinical-review"
FIXED_DATE = datetime(2026, 11, 30, tzinfo=UTC)
SOURCES = (
    *sorted((ROOT / "aml_desktop" / "present").glob("*.py")),
    *sorted((ROOT / "aml_desktop" / "reports").glob("*.py")),
    ROOT / "aml_desktop" / "cli" / "recommend_text.py",
    ROOT / "aml_desktop" / "gui" / "presenters.py",
)
KEYWORDS = {"_": None, "N_": None}
#: Qt: the forms and the GUI code whose strings go through ``tr()``.
QT_SOURCES = (*sorted((ROOT / "ui").glob("*.ui")), *sorted((ROOT / "aml_desktop" / "gui").glob("*.py")))
QT_LANGUAGES = {"fr": "fr_FR", "es": "es_ES", "pt": "pt_PT"}  # European Portuguese, as GLOSSARY.md says


def _engine_texts() -> Iterable[tuple[str, str]]:
    """(text, where) for the English the engine and the catalog carry, which present/ translates at run time."""
    from aml_desktop.engine.catalog import load_catalog
    from aml_desktop.engine.rule_registry import RULES
    from aml_desktop.engine.rules import EXPECTED

    for rule in RULES.values():
        yield rule.statement, f"rule {rule.id}"
    for key, (text, _cites) in sorted(EXPECTED.items()):
        yield text, f"expected outcome {key}"
    catalog = load_catalog()
    for code in catalog.codes():
        regimen = catalog.get(code)
        yield regimen.name, f"regimen {code} name"
        for note in regimen.notes:
            yield note, f"regimen {code} note"
        for dose in regimen.doses:
            yield dose.route, f"regimen {code} route"
            yield dose.schedule, f"regimen {code} schedule"
            if dose.note:
                yield dose.note, f"regimen {code} dose note"


def template() -> Catalog:
    """The POT: every English text the gettext catalogues must translate."""
    # A fixed date: the header must not change the files (and their compiled .mo) on every run.
    pot = Catalog(project="AML Desktop", domain=DOMAIN, fuzzy=False, charset="utf-8", creation_date=FIXED_DATE)
    for path in SOURCES:
        with path.open("rb") as handle:
            for lineno, message, comments, _context in extract_from_file(
                "python", handle.name, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)
            ):
                if isinstance(message, tuple):
                    message = message[0]
                if message:
                    pot.add(message, locations=[(path.relative_to(ROOT).as_posix(), lineno)], auto_comments=comments)
    for text, where in _engine_texts():
        if text:
            existing = pot.get(text)
            if existing is None:
                pot.add(text, auto_comments=[where])
            elif where not in existing.auto_comments:
                existing.auto_comments.append(where)
    return pot


def po_path(language: str) -> Path:
    return TRANSLATIONS / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalog(language: str) -> Catalog:
    with po_path(language).open("rb") as handle:
        return read_po(handle, locale=language, domain=DOMAIN)


def _po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, omit_header=False, sort_output=True, include_lineno=False)
    return out.getvalue()


def _mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def update() -> None:
    """Write the POT and merge it into each language's PO (new entries empty and flagged for review)."""
    pot = template()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    (TRANSLATIONS / f"{DOMAIN}.pot").write_bytes(_po_bytes(pot))
    for language in LANGUAGES:
        path = po_path(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        catalog = read_catalog(language) if path.exists() else Catalog(locale=language, domain=DOMAIN)
        catalog.update(pot, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        for message in catalog:
            if message.id and not message.string:
                message.flags.add(REVIEW_FLAG)
        catalog.revision_date = catalog.creation_date = pot.creation_date
        path.write_bytes(_po_bytes(catalog))


def compile_all() -> None:
    for language in LANGUAGES:
        po_path(language).with_suffix(".mo").write_bytes(_mo_bytes(read_catalog(language)))
    _qt("lrelease")


def qt_tool(name: str) -> str:
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 in the virtual environment")
    return found


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"{DOMAIN}_{language}.ts"


def _qt(action: str) -> None:
    for language in LANGUAGES:
        ts = ts_path(language)
        if action == "lupdate":
            sources = [str(p) for p in QT_SOURCES]
            command = [qt_tool("lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(ts)]
            command[1:1] = ["-target-language", QT_LANGUAGES[language]]
        elif ts.exists():
            command = [qt_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))]
        else:
            continue
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT)


def check() -> list[str]:
    """Every problem with the catalogues; empty when they are complete, current and compiled."""
    problems: list[str] = []
    wanted = {m.id for m in template() if m.id}
    for language in LANGUAGES:
        path = po_path(language)
        if not path.exists():
            problems.append(f"{path.relative_to(ROOT)}: missing")
            continue
        catalog = read_catalog(language)
        have = {m.id for m in catalog if m.id}
        for msgid in sorted(wanted - have):
            problems.append(f"{language}: not in the catalogue (run make translations): {msgid!r}")
        for msgid in sorted(have - wanted):
            problems.append(f"{language}: no longer in the code (run make translations): {msgid!r}")
        for message in catalog:
            if not message.id:
                continue
            if not message.string:
                problems.append(f"{language}: untranslated: {message.id!r}")
            elif message.fuzzy:
                problems.append(f"{language}: fuzzy: {message.id!r}")
            elif _placeholders(message.id) != _placeholders(str(message.string)):
                problems.append(f"{language}: placeholders differ: {message.id!r}")
        mo = path.with_suffix(".mo")
        if not mo.exists() or mo.read_bytes() != _mo_bytes(catalog):
            problems.append(f"{mo.relative_to(ROOT)}: stale or missing (run make translations)")
    problems += check_qt()
    return problems


def _placeholders(text: str) -> list[str]:
    import string

    return sorted(field for _lit, field, _spec, _conv in string.Formatter().parse(text) if field is not None)


def _qt_placeholder_problems(language: str, text: str) -> list[str]:
    """The window's messages fill ``{name}`` after translation: a translation must keep every one."""
    import xml.etree.ElementTree as ET

    problems = []
    for message in ET.fromstring(text).iter("message"):
        source, translation = message.findtext("source") or "", message.findtext("translation") or ""
        try:
            lost = translation and _placeholders(source) != _placeholders(translation)
        except ValueError:  # a brace that is not a placeholder: nothing to compare
            lost = False
        if lost:
            problems.append(f"{language}: placeholders differ in the window's catalogue: {source!r}")
    return problems


def check_qt() -> list[str]:
    """Qt catalogues: current against the forms and code, every message finished, ``.qm`` fresh."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            ts = ts_path(language)
            if not ts.exists():
                problems.append(f"{ts.relative_to(ROOT)}: missing")
                continue
            fresh = Path(tmp) / ts.name
            shutil.copy(ts, fresh)
            sources = [str(p) for p in QT_SOURCES]
            subprocess.run(
                [qt_tool("lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
                check=True,
                capture_output=True,
                cwd=ROOT,
            )
            if fresh.read_text(encoding="utf-8") != ts.read_text(encoding="utf-8"):
                problems.append(f"{ts.relative_to(ROOT)}: stale against the code (run make translations)")
            text = ts.read_text(encoding="utf-8")
            unfinished = text.count('type="unfinished"') + text.count("<translation></translation>")
            if unfinished:
                problems.append(f"{ts.relative_to(ROOT)}: {unfinished} untranslated messages")
            problems += _qt_placeholder_problems(language, text)
            qm = Path(tmp) / f"{language}.qm"
            subprocess.run(
                [qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True, cwd=ROOT
            )
            shipped = ts.with_suffix(".qm")
            if not shipped.exists() or shipped.read_bytes() != qm.read_bytes():
                problems.append(f"{shipped.relative_to(ROOT)}: stale or missing (run make translations)")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("update", "compile", "check", "all"))
    args = parser.parse_args(argv)
    if args.action in ("update", "all"):
        update()
        _qt("lupdate")
    if args.action in ("compile", "all"):
        compile_all()
    if args.action == "check":
        problems = check()
        print("\n".join(problems) or "catalogues complete and compiled")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
