"""Entry point of the frozen program (PyInstaller): the same ``main()`` as the ``aml-desktop`` command.

Kept outside the package so the frozen executables and the installed command share one code path.
A windowed Windows executable has no console, so ``sys.stdout``/``sys.stderr`` are ``None``; the
command-line code writes to them, so they are pointed at the null device rather than crashing.

On Linux the PyInstaller bootloader starts the program with ``LD_LIBRARY_PATH`` naming the bundle's
library folder. The program itself no longer needs it once started (the dynamic linker read it
already), but programs it starts would inherit it: ``lp`` for printing and the PDF viewer behind
"Open PDF" would load the bundle's libcups, glib or libstdc++ instead of their own, and may fail on
a system other than the build machine. So the variable is given back its original value.
"""

from __future__ import annotations

import os
import sys


def _streams_for_windowed_build() -> None:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process


def _environment_for_other_programs() -> None:
    if not (getattr(sys, "frozen", False) and sys.platform.startswith("linux")):
        return
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)  # saved by the bootloader when there was one
    if original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = original


if __name__ == "__main__":
    _streams_for_windowed_build()
    _environment_for_other_programs()
    from aml_desktop.cli.main import main

    raise SystemExit(main())
