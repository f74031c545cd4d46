"""Text pasted into the patient form is held to the case-file rules (issue 12, item 2)."""

from __future__ import annotations

from typing import Any

import pytest

from aml_desktop.gui.patient_dialog import PatientDialog
from tests.gui.gui_helpers import TODAY, type_date


@pytest.mark.parametrize(
    ("field", "text", "said"),
    [
        ("name_edit", "Ann\u202eLee", "Name: holds an invisible formatting character (U+202E"),
        ("name_edit", "Ann\x1b[2JLee", "Name: holds a terminal escape sequence"),
        ("hospital_number_edit", "H-1\u200b", "Hospital number: holds an invisible formatting character (U+200B"),
        ("wbc_edit", "32000", "32000 is out of range (must be between 0 and 2000)"),
    ],
)
def test_a_pasted_hostile_value_is_not_saved_and_the_field_is_named(
    qtbot: Any, field: str, text: str, said: str
) -> None:
    dialog = PatientDialog(None, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.ui.name_edit.setText("Ann Lee")
    type_date(qtbot, dialog.ui.birth_date_edit, "1990-03-02")
    type_date(qtbot, dialog.ui.diagnosis_date_edit, "2025-01-10")
    getattr(dialog.ui, field).setText(text)
    dialog.accept()
    assert dialog.result_case is None
    assert said in dialog.ui.problems_label.text()
