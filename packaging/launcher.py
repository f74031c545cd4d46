"""Entry point of the frozen program (PyInstaller): the same ``main()`` as the ``aml-desktop`` command.

Kept outside the package so the frozen executables and the installed command share one code path.
A windowed Windows executable has no console, so ``sys.stdout``/``sys.stderr`` are ``None``; the
command-line code writes to them, so they are pointed at the null device rather than crashing.
"""

from __future__ import annotations

import os
import sys


def _streams_for_windowed_build() -> None:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process


if __name__ == "__main__":
    _streams_for_windowed_build()
    from aml_desktop.cli.main import main

    raise SystemExit(main())
