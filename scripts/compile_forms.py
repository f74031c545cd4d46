"""Compile the Qt Designer forms (ui/*.ui) into Python modules under aml_desktop/gui/forms/.

The generated modules are committed so that an installed wheel or a frozen build needs no Qt
tools; tests/gui/test_forms_compiled.py fails when a module is stale. Run via ``make forms``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "aml_desktop" / "gui" / "forms"


def uic_executable() -> str:
    """pyside6-uic from the running interpreter's environment (the project's .venv), else PATH."""
    beside = Path(sys.executable).parent / "pyside6-uic"
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found: install PySide6 in the virtual environment")
    return found


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path) -> str:
    """The Python source pyside6-uic produces for one form."""
    result = subprocess.run(
        [uic_executable(), "--from-imports", str(ui_file)], check=True, capture_output=True, text=True
    )
    return result.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="report stale modules instead of writing them")
    args = parser.parse_args(argv)
    stale = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        source = compile_form(ui_file)
        target = target_for(ui_file)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != source:
            stale.append(target.name)
            if not args.check:
                target.write_text(source, encoding="utf-8")
        elif not args.check and target.stat().st_mtime < ui_file.stat().st_mtime:
            os.utime(target)  # same content: mark it as compiled from the newer source
    if args.check and stale:
        print("stale compiled forms: " + ", ".join(stale), file=sys.stderr)
        return 1
    print(("stale: " if args.check else "compiled: ") + (", ".join(stale) or "nothing to do"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
