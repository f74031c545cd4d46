"""Refusals and errors raised below the window carry a ``say()`` sentence, so the window can word them.

The store's exceptions, the cycle services' and engine's ``CycleError``, the case reader's
problems and the import's file problems are shown to clinicians as they come
(``present.sentences.message_words``). One built from an f-string or a plain literal would show
in English in a French window: this test reads the code and fails on such a message.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from aml_desktop.engine.case_io import CaseError, parse_case
from aml_desktop.engine.sentences import Sentence
from aml_desktop.present.i18n import use_language
from aml_desktop.present.sentences import message_words

ROOT = Path(__file__).resolve().parents[2] / "aml_desktop"
SOURCES = sorted(
    [
        *(ROOT / "store").rglob("*.py"),
        *(ROOT / "services").rglob("*.py"),
        *(ROOT / "engine" / name for name in ("case_io.py", "input_rules.py", "cycles.py", "organ.py", "bsa.py")),
    ]
)
#: Exceptions whose first argument is the message, and helpers whose message is their second argument.
MESSAGE_FIRST = {
    "StoreError", "NotAllowed", "LoginRefused", "StaleRecord", "PatientNotFound", "ImportConflict",
    "InvalidBatch", "DamagedDatabase", "ServerUnavailable", "CycleError",
}  # fmt: skip
MESSAGE_SECOND = {"Problem", "FileProblem", "fail", "Failure"}
WORDS = re.compile(r"[A-Za-z]{3,} [A-Za-z]{2,}")


def _english(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(WORDS.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and WORDS.search(str(v.value)) for v in node.values)
    if isinstance(node, ast.BinOp):
        return _english(node.left) or _english(node.right)
    return False


def english_messages(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        index = 0 if name in MESSAGE_FIRST else 1 if name in MESSAGE_SECOND else None
        if index is not None and len(node.args) > index and _english(node.args[index]):
            found.append(f"{path.name}:{node.lineno}: {name}(...)")
    return found


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_refusals_are_sentences_not_english_text(path: Path) -> None:
    assert english_messages(path) == []


def test_the_check_finds_an_english_refusal(tmp_path: Path) -> None:
    source = tmp_path / "refusal.py"
    source.write_text('raise StoreError(f"the account {name} is disabled")\nr.fail(path, "is not a known field")\n')
    assert len(english_messages(source)) == 2
    source.write_text('raise StoreError(say("the account {name} is disabled", name=name))\n')
    assert english_messages(source) == []


def test_a_refusal_keeps_its_english_text_and_is_worded_in_the_language() -> None:
    with pytest.raises(CaseError) as raised:
        parse_case({"format": "aml-case/1", "patient": {"id": "p", "birth_date": "2030-01-01"}}, today=None)
    error = raised.value
    assert isinstance(error.args[0], Sentence)
    english = str(error)
    assert "is required" in english and message_words(error) == english
    with use_language("fr"):
        french = message_words(error)
    assert "est obligatoire" in french and "is required" not in french
    assert message_words(OSError("disk full")) == "disk full"  # not a sentence: shown as it is
