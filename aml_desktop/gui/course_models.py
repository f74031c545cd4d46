"""Table models over a case's courses and assessments (the Course tab).

Qt models over the domain dataclasses themselves (design.md): the rows are the case's own
``Course`` and ``Assessment`` objects, the index of each row is its index in the case, and
the cell texts come from the shared vocabulary.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from aml_desktop.engine.case import Assessment, Course
from aml_desktop.gui.words import label
from aml_desktop.present.formats import fmt_date, fmt_mrd, fmt_number, not_recorded, yes_no

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)


def _num(value: float | None) -> str:
    """The language's decimal sign (French ``1,6``); empty when not measured."""
    return "" if value is None else fmt_number(value)


def _yes(value: bool | None) -> str:
    return "" if value is None else yes_no(value)


class _RowsModel(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, ...]] = []
        self.tips: list[tuple[str, ...]] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role == _DISPLAY:
            return self.rows[index.row()][index.column()]
        if role == _TOOLTIP:
            return self.tips[index.row()][index.column()] or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("CourseTables", self.HEADERS[section])
        return None

    def text(self, row: int, column: int) -> str:
        return self.rows[row][column]


def _open_end(course: Course, courses: Sequence[Course]) -> str:
    """No end date: "ongoing" only for the latest course; an earlier one simply has none recorded."""
    return (
        not_recorded()
        if any(c.start > course.start for c in courses)
        else QCoreApplication.translate("CourseTables", "ongoing")
    )


class CourseTableModel(_RowsModel):
    HEADERS = (
        str(QT_TRANSLATE_NOOP("CourseTables", "Phase")),
        str(QT_TRANSLATE_NOOP("CourseTables", "Regimen")),
        str(QT_TRANSLATE_NOOP("CourseTables", "Start")),
        str(QT_TRANSLATE_NOOP("CourseTables", "End")),
        str(QT_TRANSLATE_NOOP("CourseTables", "Cycle")),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.courses: tuple[Course, ...] = ()

    def set_courses(self, courses: Sequence[Course]) -> None:
        self.beginResetModel()
        self.courses = tuple(courses)
        self.rows = [
            (
                label(c.phase),
                label(c.regimen),
                fmt_date(c.start),
                fmt_date(c.end) if c.end else _open_end(c, self.courses),
                str(c.cycle) if c.cycle else "",
            )
            for c in self.courses
        ]
        support = QCoreApplication.translate("CourseTables", "Code (for support): {code}")
        self.tips = [("", support.format(code=c.regimen), "", "", "") for c in self.courses]
        self.endResetModel()


class AssessmentTableModel(_RowsModel):
    HEADERS = (
        str(QT_TRANSLATE_NOOP("CourseTables", "Date")),
        str(QT_TRANSLATE_NOOP("CourseTables", "ELN response")),
        str(QT_TRANSLATE_NOOP("CourseTables", "Marrow blasts %")),
        str(QT_TRANSLATE_NOOP("CourseTables", "ANC")),
        str(QT_TRANSLATE_NOOP("CourseTables", "Platelets")),
        str(QT_TRANSLATE_NOOP("CourseTables", "Blood blasts")),
        str(QT_TRANSLATE_NOOP("CourseTables", "EMD")),
        str(QT_TRANSLATE_NOOP("CourseTables", "MRD")),
        str(QT_TRANSLATE_NOOP("CourseTables", "Molecular")),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.assessments: tuple[Assessment, ...] = ()

    def set_assessments(self, assessments: Sequence[Assessment], responses: Mapping[int, str]) -> None:
        self.beginResetModel()
        self.assessments = tuple(assessments)
        self.rows = [self._cells(a, responses.get(i, "")) for i, a in enumerate(self.assessments)]
        self.tips = list(self.rows)  # a cell shortened to fit the screen is read whole in its tooltip
        self.endResetModel()

    @staticmethod
    def _cells(a: Assessment, response: str) -> tuple[str, ...]:
        mrd = "" if a.mrd is None else fmt_mrd(a.mrd)
        molecular = ""
        if a.has_molecular_result:
            found = ", ".join(m.gene + (f" {m.variant}" if m.variant else "") for m in a.mutations or ())
            molecular = found or QCoreApplication.translate("CourseTables", "tested, no mutation")
        return (
            fmt_date(a.date),
            response,
            _num(a.marrow_blasts_percent),
            _num(a.anc),
            _num(a.platelets),
            _yes(a.circulating_blasts),
            _yes(a.extramedullary),
            mrd,
            molecular,
        )
