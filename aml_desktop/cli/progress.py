"""A batch's progress on standard error, one line a patient: ``[3/35] H-0042-1a2b3c4d.json``."""

from __future__ import annotations

import sys


def progress_line(done: int, total: int, text: str) -> None:
    print(f"[{done}/{total}] {text}", file=sys.stderr)
