"""File names for saved summaries: readable, safe on every file system, dated."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from aml_desktop.engine.case import Case


def summary_file_name(case: Case, today: date) -> str:
    """``summary-H-0042-Amina-Diallo-2020-05-01.pdf``: ASCII only, no characters a file system rejects."""
    parts = [case.patient.hospital_number or "", case.patient.name or "", case.patient.id or ""]
    text = "-".join(p for p in parts[:2] if p) or parts[2] or "patient"
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_text).strip("-.") or "patient"
    return f"summary-{safe[:60]}-{today.isoformat()}.pdf"
