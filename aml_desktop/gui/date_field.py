"""One date-entry field for every form: what is typed is what is saved, or it is refused in words.

A ``QDateEdit`` rewrites typed digits section by section (``1978-03-15`` became 1978-01-19), so
the forms use this field instead: a line edit that accepts ISO ``YYYY-MM-DD`` and, when the clinic
chooses it, the day-first form ``15/03/1978``; a calendar button; and a line under the field that
reads the date back in words ("15 March 1978") or says what is wrong ("30 February 1978 does not
exist"). Nothing is pre-filled unless the form sets a date, and typed text is never rewritten.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

DATE_ORDERS = ("iso", "day_first")
Day = date  # inside the class, ``date`` is the field's method
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_SHORT_YEAR = re.compile(r"^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}$")
PROBLEM_STYLE = "color: #a40000;"
READING_STYLE = "color: #555555;"
INVALID_EDIT_STYLE = "QLineEdit { border: 2px solid #c00000; background: #fff0f0; }"


def words(day: date) -> str:
    """``15 March 1978`` (``15 mars 1978`` in French): unambiguous in every clinic."""
    return f"{day.day} {month_name(day.month)} {day.year}"


def month_name(month: int) -> str:
    """The month's full name in the window's language (English month names otherwise)."""
    from aml_desktop.present.i18n import SOURCE_LANGUAGE, current_language

    if current_language() == SOURCE_LANGUAGE:
        return calendar.month_name[month]
    return QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)


def example(order: str) -> str:
    return (
        QCoreApplication.translate("DateField", "YYYY-MM-DD or DD/MM/YYYY")
        if order == "day_first"
        else QCoreApplication.translate("DateField", "YYYY-MM-DD")
    )


def parse_date_text(text: str, order: str = "iso") -> date | str | None:
    """The date typed, ``None`` when empty, or a sentence saying why it is not a date."""
    stripped = text.strip()
    if not stripped:
        return None
    iso = _ISO.match(stripped)
    day_first = _DAY_FIRST.match(stripped)
    if iso:
        year, month, day = (int(x) for x in iso.groups())
    elif day_first and order == "day_first":
        day, month, year = (int(x) for x in day_first.groups())
    elif day_first:
        return QCoreApplication.translate(
            "DateField", "type the date as YYYY-MM-DD (this clinic does not use day-first dates): “{text}”"
        ).format(text=stripped)
    elif _SHORT_YEAR.match(stripped):
        return QCoreApplication.translate("DateField", "write the year in full (four digits): “{text}”").format(
            text=stripped
        )
    else:
        return QCoreApplication.translate("DateField", "“{text}” is not a date: type it as {example}").format(
            text=stripped, example=example(order)
        )
    if not 1 <= month <= 12:
        return QCoreApplication.translate("DateField", "there is no month {month} (“{text}”)").format(
            month=month, text=stripped
        )
    if year < 1:
        return QCoreApplication.translate("DateField", "“{text}” is not a date").format(text=stripped)
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        return QCoreApplication.translate(
            "DateField", "{day} {month} {year} does not exist ({month} has {last} days)"
        ).format(day=day, month=month_name(month), year=year, last=last)
    return date(year, month, day)


def format_date(day: date, order: str = "iso") -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}" if order == "day_first" else day.isoformat()


class DateField(QWidget):
    """A typed date with a calendar; ``date()`` is the date or None, ``problem()`` why it is not one.

    ``order`` is the clinic's setting (``set_order`` for every field at once); ``minimum`` and
    ``maximum`` bound it ("in the future" is refused where the form sets ``maximum`` to today).
    """

    changed = Signal()
    order = "iso"  # the clinic's setting, applied to every field (see set_order)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minimum: Day | None = date(1900, 1, 1)
        self.maximum: Day | None = None
        self.maximum_words = self.tr("today")
        self.required = False
        self.edit = QLineEdit(self)
        self.edit.setObjectName("date_text")
        self.edit.setClearButtonEnabled(False)
        self.button = QToolButton(self)
        self.button.setObjectName("calendar_button")
        self.button.setText(self.tr("Calendar…"))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field; Alt+Down opens it
        self.button.setToolTip(self.tr("Pick the date on a calendar (Alt+Down in the field)"))
        self.message = QLabel(self)
        self.message.setObjectName("date_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.edit.setPlaceholderText(example(self.order))
        self.edit.setToolTip(self.tr("Type the date as {example}").format(example=example(self.order)))
        self.edit.textChanged.connect(self._text_changed)
        self.edit.editingFinished.connect(self._finished)
        self.button.clicked.connect(self.open_calendar)
        QShortcut(QKeySequence("Alt+Down"), self.edit, self.open_calendar, context=Qt.ShortcutContext.WidgetShortcut)
        self.calendar: QCalendarWidget | None = None
        self._menu: QMenu | None = None
        self._outside_problem: str | None = None
        self._refresh(final=False)

    # ------------------------------------------------------------------ settings

    @classmethod
    def set_order(cls, order: str) -> None:
        """The clinic's choice: ``iso`` (YYYY-MM-DD only) or ``day_first`` (also DD/MM/YYYY)."""
        cls.order = order if order in DATE_ORDERS else "iso"

    def set_range(self, minimum: Day | None, maximum: Day | None, *, maximum_words: str | None = None) -> None:
        self.minimum, self.maximum = minimum, maximum
        self.maximum_words = maximum_words or self.tr("today")
        self._refresh(final=bool(self.text()))

    # ------------------------------------------------------------------ value

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        """As if typed (tests and pasted values): the field judges it the same way."""
        self.edit.setText(text)
        self._refresh(final=True)

    def set_date(self, day: Day | None) -> None:
        self.edit.setText(format_date(day, self.order) if day is not None else "")
        self._refresh(final=True)

    def date(self) -> Day | None:
        """The date, or None when the field is empty or does not hold a valid date."""
        value = parse_date_text(self.edit.text(), self.order)
        return value if isinstance(value, date) and self._range_problem(value) is None else None

    def is_empty(self) -> bool:
        return not self.edit.text().strip()

    def problem(self) -> str | None:
        """Why the text is not an acceptable date (None when it is one, or empty and optional)."""
        value = parse_date_text(self.edit.text(), self.order)
        if value is None:
            return self.tr("a date is required") if self.required else None
        if isinstance(value, str):
            return value
        return self._range_problem(value)

    def _range_problem(self, day: Day) -> str | None:
        if self.minimum is not None and day < self.minimum:
            return self.tr("{day} is before {minimum}").format(day=words(day), minimum=words(self.minimum))
        if self.maximum is not None and day > self.maximum:
            return self.tr("{day} is after {bound} ({maximum})").format(
                day=words(day), bound=self.maximum_words, maximum=words(self.maximum)
            )
        return None

    # ------------------------------------------------------------------ messages

    def show_problem(self, message: str | None) -> None:
        """A problem found elsewhere (the engine, the store): shown under the field until it is edited."""
        self._outside_problem = message
        self._refresh(final=True)

    def _text_changed(self, _text: str) -> None:
        self._outside_problem = None
        self._refresh(final=False)
        self.changed.emit()

    def _finished(self) -> None:
        self._refresh(final=True)

    def _refresh(self, *, final: bool) -> None:
        """While typing, only complete dates are judged; on leaving the field, everything is."""
        text = self.edit.text().strip()
        value = parse_date_text(text, self.order)
        problem = self._outside_problem
        if problem is None and isinstance(value, date):
            problem = self._range_problem(value)
        elif problem is None and isinstance(value, str) and (final or _looks_complete(text)):
            problem = value
        if problem:
            self.message.setText(problem)
            self.message.setStyleSheet(PROBLEM_STYLE)
            self.edit.setStyleSheet(INVALID_EDIT_STYLE)
        elif isinstance(value, date):
            self.message.setText(words(value))
            self.message.setStyleSheet(READING_STYLE)
            self.edit.setStyleSheet("")
        else:
            self.message.setText("")
            self.edit.setStyleSheet("")
        self.message.setVisible(bool(self.message.text()))

    # ------------------------------------------------------------------ calendar

    def open_calendar(self) -> None:
        """A calendar below the field, on the typed date (or today's month when nothing valid is typed)."""
        menu = QMenu(self)
        cal = QCalendarWidget(menu)
        cal.setObjectName("date_calendar")
        cal.setGridVisible(True)
        if self.minimum is not None:
            cal.setMinimumDate(QDate(self.minimum.year, self.minimum.month, self.minimum.day))
        if self.maximum is not None:
            cal.setMaximumDate(QDate(self.maximum.year, self.maximum.month, self.maximum.day))
        current = self.date()
        if current is not None:
            cal.setSelectedDate(QDate(current.year, current.month, current.day))
        action = QWidgetAction(menu)
        action.setDefaultWidget(cal)
        menu.addAction(action)
        cal.clicked.connect(self._picked)
        cal.activated.connect(self._picked)
        self.calendar, self._menu = cal, menu
        menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        cal.setFocus()

    def _picked(self, picked: QDate) -> None:
        self.pick(picked)
        if self._menu is not None:
            self._menu.close()

    def pick(self, picked: QDate) -> None:
        self.edit.setText(format_date(date(picked.year(), picked.month(), picked.day()), self.order))
        self._refresh(final=True)
        self.edit.setFocus()


def _looks_complete(text: str) -> bool:
    """Typed far enough to judge (a four-digit year and a day), so half-typed dates are not nagged."""
    return bool(_ISO.match(text) and len(text.split("-")[2]) == 2) or bool(_DAY_FIRST.match(text))
