"""Add or edit one treatment course: phase, regimen (catalog or free text), dates, cycle."""

from __future__ import annotations

from collections.abc import Callable
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
    date_text,
    fill_codes,
    select_data,
)
from aml_desktop.gui.forms.ui_course_dialog import Ui_CourseDialog
from aml_desktop.gui.words import label


class CourseDialog(EditDialog):
    """``index`` None adds a course; otherwise replaces ``case.courses[index]``. ``result_case`` when saved."""

    def __init__(
        self,
        case: Case,
        index: int | None,
        *,
        today: date,
        parent: QWidget | None = None,
        saver: Callable[[Case], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.saver = saver
        self.ui = Ui_CourseDialog()
        self.ui.setupUi(self)
        self.case = case
        self.index = index
        self.today = today
        self.result_case: Case | None = None
        ui = self.ui
        self.setWindowTitle(self.tr("Edit treatment course") if index is not None else self.tr("Add treatment course"))
        fill_codes(ui.phase_combo, codes.PHASES)
        fill_codes(ui.intensity_combo, codes.INTENSITIES, none_text=self.tr("from the regimen code"))
        ui.regimen_combo.addItem("", None)
        for code in codes.REGIMENS:
            title = _regimen_title(code)
            ui.regimen_combo.addItem(title if title.startswith(code) else f"{code} — {title}", code)
        for code in codes.TRANSPLANT_TYPES:
            ui.regimen_combo.addItem(self.tr("{kind} transplant").format(kind=label(code).lower()), code)
        ui.regimen_combo.setToolTip(
            self.tr("Choose a regimen from the catalog, or type another one (then choose its intensity)")
        )
        ui.regimen_combo.currentIndexChanged.connect(self._update_regimen_info)
        ui.regimen_combo.editTextChanged.connect(self._update_regimen_info)
        ui.start_date_edit.set_range(date(1900, 1, 1), today)
        ui.start_date_edit.required = True
        ui.end_edit.set_range(date(1900, 1, 1), today)
        ui.end_edit.edit.setPlaceholderText(self.tr("empty while the course goes on"))
        self.marker = ProblemMarker(ui.problems_label, self._fields())
        course = case.courses[index] if index is not None else None
        if course is not None:
            select_data(ui.phase_combo, course.phase)
            self._set_regimen(course.regimen)
            select_data(ui.intensity_combo, course.intensity)
            ui.start_date_edit.set_date(course.start)
            ui.end_edit.set_date(course.end)
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
            title = _regimen_title(canonical_regimen(text))
            ui.regimen_info_label.setText(self.tr("Catalog regimen: {title}").format(title=title))
        else:
            ui.regimen_info_label.setText(self.tr("Not a catalog regimen: choose its intensity below."))

    def course_dict(self) -> dict[str, Any]:
        ui = self.ui
        course: dict[str, Any] = {
            "phase": ui.phase_combo.currentData(),
            "regimen": self.regimen_text() or None,
            "start": date_text(ui.start_date_edit),
        }
        end = date_text(ui.end_edit)
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
        self.marker.fields = self._fields(position)
        try:
            parsed = parse_case(data)
        except CaseError as error:
            self.marker.show((p.path, p.message) for p in error.problems)
            return
        if self.marker.date_problems():
            self.marker.show([])
            return
        self.marker.clear()
        result = replace(self.case, courses=_sorted_courses(parsed.courses))
        if not self.commit(result):
            return
        self.result_case = result
        super().accept()

    def _fields(self, position: int | None = None) -> dict[str, QWidget]:
        """Problem paths of this course -> the widgets showing them."""
        if position is None:
            position = self.index if self.index is not None else len(self.case.courses)
        prefix = f"courses[{position}]"
        ui = self.ui
        return {
            f"{prefix}.phase": ui.phase_combo,
            f"{prefix}.regimen": ui.regimen_combo,
            f"{prefix}.intensity": ui.intensity_combo,
            f"{prefix}.start": ui.start_date_edit,
            f"{prefix}.end": ui.end_edit,
            f"{prefix}.cycle": ui.cycle_spin,
        }


def _sorted_courses(courses: tuple[Course, ...]) -> tuple[Course, ...]:
    return tuple(sorted(courses, key=lambda c: (c.start, c.phase)))


def _regimen_title(code: str) -> str:
    from aml_desktop.engine.catalog import load_catalog

    try:
        return load_catalog().get(code).name
    except KeyError:
        return label(code)
