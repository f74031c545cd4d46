"""No English words written straight into a widget: every visible string in ``gui/`` goes through Qt's tr().

Reads the window's code (not the compiled forms, not ``presenters.py``, whose words are
gettext's) and fails on a string literal or f-string with words in it handed directly to a
widget (``setText("Saved")``, ``QPushButton("Close")``, ``QMessageBox.warning(self, "Error", f"...")``,
``addItem("not recorded")``, table headers...). A string wrapped in ``self.tr()``,
``QCoreApplication.translate()`` or marked with ``QT_TRANSLATE_NOOP`` passes; so do markup,
file names and the product's name. The French-window test then checks the translations are shown.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "aml_desktop" / "gui"
#: Modules whose words are not Qt's: gettext words of ``present/`` passed through.
NOT_QT = {"presenters.py", "words.py"}
#: Methods and constructors whose string arguments a user reads.
SHOWN = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setWhatsThis",
    "showMessage", "addItem", "addItems", "insertItem", "addAction", "addMenu", "addTab", "insertTab",
    "setTabText", "addRow", "insertRow", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setLabelText",
    "setSuffix", "setPrefix", "setSpecialValueText", "setTitle", "setHtml", "addButton", "setItemText",
    "question", "warning", "information", "critical", "about", "getText", "getItem", "getInt", "getDouble",
    "getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory", "notify", "show_message", "emit",
    "StoreError", "CycleError", "drawText",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "QProgressDialog", "QMessageBox", "QListWidgetItem", "QTableWidgetItem",
}  # fmt: skip
#: Only these arguments are shown (the others are item data: codes).
SHOWN_ARGUMENT = {"addItem": slice(0, 1), "insertItem": slice(1, 2)}
#: Not words to translate: the product's name, paper sizes, a default file name, the stock format's
#: example (agent codes), and the first-start question asked in every language at once.
ALLOWED = (
    re.compile(r"AML Desktop|A4|letter|PDF"),
    re.compile(r"[\w\-]*\.(pdf|json|sqlite3)"),
    re.compile(r"cytarabine=100,500; etoposide=100"),
    re.compile(r"Language of the clinic / Langue de la clinique / .*"),
)
WORD = re.compile(r"[A-Za-z]{2,}")


def _words(text: str) -> str:
    """The text a user would read in a literal: markup, entities, CSS and edge punctuation dropped."""
    text = re.sub(r"<[^>]*>", " ", text)
    text = re.sub(r"&\w+;", " ", text)
    return text.strip(" —-:;,.\n")


def _worded(text: str) -> bool:
    words = _words(text)
    return bool(WORD.search(words)) and not any(allowed.fullmatch(words) for allowed in ALLOWED)


def _literal_words(node: ast.AST) -> list[str]:
    """Word-bearing literals directly in ``node`` (a string, an f-string, a list or tuple of them,
    a conditional or a concatenation of them), not inside a call such as ``self.tr(...)``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if _worded(node.value) else []
    if isinstance(node, ast.JoinedStr):
        parts = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        return [parts] if _worded(parts) else []
    if isinstance(node, ast.List | ast.Tuple):
        return [w for item in node.elts for w in _literal_words(item)]
    if isinstance(node, ast.IfExp):
        return _literal_words(node.body) + _literal_words(node.orelse)
    if isinstance(node, ast.BinOp):
        return _literal_words(node.left) + _literal_words(node.right)
    return []


def untranslated(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name not in SHOWN:
            continue
        args = node.args[SHOWN_ARGUMENT[name]] if name in SHOWN_ARGUMENT else node.args
        for arg in [*args, *(k.value for k in node.keywords if k.arg not in ("objectName",))]:
            for literal in _literal_words(arg):
                found.append(f"{path.name}:{node.lineno}: {name}({literal[:70]!r})")
    return found


def test_every_visible_string_in_the_window_goes_through_tr() -> None:
    files = sorted(p for p in GUI.glob("*.py") if p.name not in NOT_QT)
    assert len(files) > 20
    problems = [problem for path in files for problem in untranslated(path)]
    assert problems == []


@pytest.mark.parametrize(
    ("code", "caught"),
    [
        ('w.setText("Saved")', True),
        ('QMessageBox.warning(self, "Error", f"Not saved: {e}")', True),
        ('t.setHorizontalHeaderLabels(["Gene", "Variant"])', True),
        ('w.setText(self.tr("Saved"))', False),
        ('w.setText(f"<b>{name}</b>")', False),
        ('QMessageBox(icon, "AML Desktop", text)', False),
        ('combo.addItem(self.tr("only ISO"), "iso")', False),
        ('combo.addItem("only ISO", "iso")', True),
    ],
)
def test_the_check_catches_a_bare_string(tmp_path: Path, code: str, caught: bool) -> None:
    module = tmp_path / "screen.py"
    module.write_text(code + "\n", encoding="utf-8")
    assert bool(untranslated(module)) is caught
