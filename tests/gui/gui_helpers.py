"""Constants and helpers shared by the GUI tests (fixtures live in conftest.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

TODAY = date(2026, 11, 23)
CASES = Path(__file__).resolve().parent.parent / "fixtures" / "cases"
PAPER = ("patient1-early-relapse", "patient2-primary-refractory", "patient3-older-idh1")


def select_patient(window: Any, patient_id: str) -> None:
    """Select a patient through the list, as a user would."""
    model = window.model
    for row in range(model.rowCount()):
        if model.data(model.index(row, 0), Qt.ItemDataRole.UserRole) == patient_id:
            window.ui.patient_table_view.selectRow(row)
            break
    assert window.patient_id == patient_id


def type_date(qtbot: Any, field: Any, text: str) -> None:
    """Type into a date field key by key, as a user would (after clearing what it held)."""
    field.edit.clear()
    qtbot.keyClicks(field.edit, text)


def select_code(combo: Any, code: Any) -> None:
    """Choose the item whose data is ``code``, failing when the form does not offer it."""
    index = combo.findData(code)
    assert index >= 0, f"{code!r} not offered"
    combo.setCurrentIndex(index)


def set_stocked(dialog: Any, key: str, stocked: bool, since: str = "") -> None:
    """Tick or untick one formulary row of the settings dialog and type its out-of-stock date."""
    from aml_desktop.engine import codes

    table = dialog.ui.formulary_table
    row = codes.FORMULARY_KEYS.index(key)
    table.item(row, 1).setCheckState(Qt.CheckState.Checked if stocked else Qt.CheckState.Unchecked)
    table.item(row, 2).setText(since)
