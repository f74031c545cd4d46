"""Add or edit one treatment course: phase, regimen (catalog or free text), dates, cycle."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from aml_desktop.engine import codes
from aml_desktop.engine.case import Case, Course
from aml_desktop.engine.case_io import CaseError, canonical_regimen, case_to_dict, is_known_regimen, parse_case
from aml_desktop.gui.form_support import (
    EditDialog,
    ProblemMarker,
    fill_codes,
    from_qdate,
    optional_date_text,
    select_data,
    to_qdate,
)
from aml_desktop.gui.forms.ui_course_dialog import Ui_CourseDialog
from aml_desktop.gui.words import label


class CourseDialog(EditDialog):
    """``index`` None adds a course; otherwise replaces ``case.courses[index]``. ``result_case`` when saved."""

    def __init__(self, case: Case, index: int | None, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CourseDialog()
        self.ui.setupUi(self)
        self.case = case
        self.index = index
        self.today = today
        self.result_case: Case | None = None
        ui = self.ui
        self.setWindowTitle("Edit treatment course" if index is not None else "Add treatment course")
        fill_codes(ui.phase_combo, codes.PHASES)
        fill_codes(ui.intensity_combo, codes.INTENSITIES, none_text="from the regimen code")
        ui.regimen_combo.addItem("", None)
        for code in codes.REGIMENS:
            title = _regimen_title(code)
            ui.regimen_combo.addItem(title if title.startswith(code) else f"{code} — {title}", code)
        for code in codes.TRANSPLANT_TYPES:
            ui.regimen_combo.addItem(f"{code} transplant", code)
        ui.regimen_combo.setToolTip(
            "Choose a regimen from the catalog, or type another one (then choose its intensity)"
        )
        ui.regimen_combo.currentIndexChanged.connect(self._update_regimen_info)
        ui.regimen_combo.editTextChanged.connect(self._update_regimen_info)
        ui.start_date_edit.setMaximumDate(to_qdate(today))
        self.marker = ProblemMarker(ui.problems_label, {})
        course = case.courses[index] if index is not None else None
        if course is None:
            ui.start_date_edit.setDate(to_qdate(today))
        else:
            select_data(ui.phase_combo, course.phase)
            self._set_regimen(course.regimen)
            select_data(ui.intensity_combo, course.intensity)
            ui.start_date_edit.setDate(to_qdate(course.start))
            ui.end_edit.setText(course.end.isoformat() if course.end else "")
            ui.cycle_spin.setValue(course.cycle or 0)
        self._update_regimen_info()
        self.setup_buttons(ui.button_box)
        self.track_changes()

    def _set_regimen(self, regimen: str) -> None:
        combo = self.ui.regimen_combo
        for i in range(combo.count()):
            if combo.itemData(i) == regimen:
                combo.setCurrentIndex(i)
                return
        combo.setEditText(regimen)

    def regimen_text(self) -> str:
        """The regimen code chosen from the list, or the text typed."""
        combo = self.ui.regimen_combo
        text = combo.currentText().strip()
        data = combo.currentData()
        if data is not None and combo.itemText(combo.currentIndex()) == combo.currentText():
            return str(data)
        return text

    def _update_regimen_info(self, *_: Any) -> None:
        text = self.regimen_text()
        ui = self.ui
        if not text:
            ui.regimen_info_label.setText("")
        elif is_known_regimen(text):
            ui.regimen_info_label.setText(f"Catalog regimen: {_regimen_title(canonical_regimen(text))}")
        else:
            ui.regimen_info_label.setText("Not a catalog regimen: choose its intensity below.")

    def course_dict(self) -> dict[str, Any]:
        ui = self.ui
        course: dict[str, Any] = {
            "phase": ui.phase_combo.currentData(),
            "regimen": self.regimen_text() or None,
            "start": from_qdate(ui.start_date_edit.date()).isoformat(),
        }
        end = optional_date_text(ui.end_edit.text())
        if end:
            course["end"] = end
        if ui.cycle_spin.value() > 0:
            course["cycle"] = ui.cycle_spin.value()
        if ui.intensity_combo.currentData() is not None:
            course["intensity"] = ui.intensity_combo.currentData()
        return course

    def accept(self) -> None:
        data = case_to_dict(self.case)
        courses = data["courses"]
        position = self.index if self.index is not None else len(courses)
        if self.index is None:
            courses.append(self.course_dict())
        else:
            courses[self.index] = self.course_dict()
        prefix = f"courses[{position}]"
        ui = self.ui
        self.marker.fields = {
            f"{prefix}.phase": ui.phase_combo,
            f"{prefix}.regimen": ui.regimen_combo,
            f"{prefix}.intensity": ui.intensity_combo,
            f"{prefix}.start": ui.start_date_edit,
            f"{prefix}.end": ui.end_edit,
            f"{prefix}.cycle": ui.cycle_spin,
        }
        try:
            parsed = parse_case(data)
        except CaseError as error:
            self.marker.show((p.path, p.message) for p in error.problems)
            return
        self.marker.clear()
        self.result_case = replace(self.case, courses=_sorted_courses(parsed.courses))
        super().accept()


def _sorted_courses(courses: tuple[Course, ...]) -> tuple[Course, ...]:
    return tuple(sorted(courses, key=lambda c: (c.start, c.phase)))


def _regimen_title(code: str) -> str:
    from aml_desktop.engine.catalog import load_catalog

    try:
        return load_catalog().get(code).name
    except KeyError:
        return label(code)
