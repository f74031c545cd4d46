"""Small helpers shared by the editing dialogs: coded combos, optional numbers, field marking.

Validation itself is the engine's (``parse_case``): a dialog builds the ``aml-case/1`` dict
from its fields and shows each ``Problem`` next to the widget its path names, so the GUI
and a case file are held to exactly the same rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from aml_desktop.engine.genes import normalise_mutation
from aml_desktop.gui.date_field import DateField
from aml_desktop.gui.words import label

INVALID_STYLE = "border: 2px solid #c00000; background: #fff0f0;"


# ----------------------------------------------------------------------------- values


def parse_number(text: str) -> float | int | str | None:
    """Empty -> None; "1,5" or "1.5" -> 1.5; anything else stays text so the engine names the problem."""
    stripped = text.strip()
    if not stripped:
        return None
    candidate = stripped.replace(",", ".") if stripped.count(",") == 1 and "." not in stripped else stripped
    try:
        value = float(candidate)
    except ValueError:
        return stripped
    return int(value) if value.is_integer() and "." not in candidate and "e" not in candidate.lower() else value


def number_text(value: float | int | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def parse_genes(text: str) -> list[str]:
    """Gene symbols from free text separated by commas, semicolons or spaces, upper-cased, no repeats."""
    return list(dict.fromkeys(g.upper() for g in re.split(r"[,;\s]+", text) if g.strip()))


def date_text(field: DateField) -> str | None:
    """ISO text of the field's date; the typed text when it is not one (the field names the problem); None if empty."""
    day = field.date()
    if day is not None:
        return day.isoformat()
    return field.text().strip() or None


# ----------------------------------------------------------------------------- combos


def fill_codes(combo: QComboBox, codes: Iterable[str], *, none_text: str | None = None) -> None:
    """Items show the vocabulary's words; the code is the item data. ``none_text`` adds a None entry first."""
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for code in codes:
        combo.addItem(label(code), code)


def fill_tristate(
    combo: QComboBox, *, yes: str | None = None, no: str | None = None, none_text: str | None = None
) -> None:
    """Not recorded / yes / no (the words of ``present``, unless a form gives its own, already translated)."""
    from aml_desktop.present.formats import not_recorded, yes_no

    combo.clear()
    combo.addItem(none_text or not_recorded(), None)
    combo.addItem(yes or yes_no(True), True)
    combo.addItem(no or yes_no(False), False)


def select_data(combo: QComboBox, value: Any) -> None:
    """Select the item whose data equals ``value`` (booleans compared by identity, not as 0/1)."""
    for i in range(combo.count()):
        data = combo.itemData(i)
        if data is value or (type(data) is type(value) and data == value):
            combo.setCurrentIndex(i)
            return
    if combo.isEditable() and isinstance(value, str):
        combo.setEditText(value)


# ----------------------------------------------------------------------------- tables


def table_rows(table: QTableWidget) -> list[list[str]]:
    """Cell texts of every row that is not entirely empty."""
    rows = []
    for r in range(table.rowCount()):
        cells = []
        for c in range(table.columnCount()):
            item = table.item(r, c)
            cells.append(item.text().strip() if item is not None else "")
        if any(cells):
            rows.append(cells)
    return rows


def set_table_rows(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(0)
    for values in rows:
        append_row(table, values)


def append_row(table: QTableWidget, values: Sequence[str] = ()) -> int:
    row = table.rowCount()
    table.insertRow(row)
    for c in range(table.columnCount()):
        table.setItem(row, c, QTableWidgetItem(values[c] if c < len(values) else ""))
    return row


def remove_selected_row(table: QTableWidget) -> None:
    row = table.currentRow()
    if row >= 0:
        table.removeRow(row)


def mutation_rows(table: QTableWidget) -> list[dict[str, Any]]:
    """Gene, variant, allelic ratio, VAF (%) columns -> mutation dicts of case-format.md."""
    out = []
    for gene, variant, ratio, vaf in table_rows(table):
        read = normalise_mutation(gene, variant)  # the engine's one reading of FLT3-ITD, NPM1 type A, ...
        item: dict[str, Any] = {"gene": read.gene or None}
        if read.variant:
            item["variant"] = read.variant
        if ratio:
            item["allelic_ratio"] = parse_number(ratio)
        if vaf:
            item["vaf"] = parse_number(vaf)
        out.append(item)
    return out


def set_mutation_rows(table: QTableWidget, mutations: Iterable[Any]) -> None:
    set_table_rows(
        table,
        [[m.gene, m.variant or "", number_text(m.allelic_ratio), number_text(m.vaf)] for m in mutations],
    )


def setup_mutation_table(table: QTableWidget) -> None:
    table.setColumnCount(4)
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("FormSupport", "Gene"),
            QCoreApplication.translate("FormSupport", "Variant"),
            QCoreApplication.translate("FormSupport", "Allelic ratio"),
            QCoreApplication.translate("FormSupport", "VAF %"),
        ]
    )
    header = table.horizontalHeader()
    for column, mode in enumerate(
        (QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch)
        + (QHeaderView.ResizeMode.ResizeToContents,) * 2
    ):
        header.setSectionResizeMode(column, mode)
    table.verticalHeader().setVisible(False)


# ----------------------------------------------------------------------------- problems


class ProblemMarker:
    """Shows each problem beside the widget its path names, and lists them all in a label.

    ``fields`` maps a path prefix (``"diagnosis.wbc"``, ``"diagnosis.mutations"``) to the
    widget showing it; the longest matching prefix wins, so a mutation problem lands on the
    mutation table. A date field's own reading of what was typed wins over the engine's
    message for the same field. A message stays until that field is edited.
    """

    def __init__(self, problems_label: QLabel, fields: Mapping[str, QWidget]) -> None:
        self.label = problems_label
        self.fields = dict(fields)
        self.marked: list[QWidget] = []
        self.inline: dict[QWidget, QLabel] = {}
        self.lines: list[tuple[QWidget | None, str]] = []  # (widget it names, line of the summary)
        self._watched: set[int] = set()

    def clear(self) -> None:
        for widget in list(self.marked):
            self.clear_widget(widget)
        self.marked = []
        self.lines = []
        self.label.setText("")

    def _show_lines(self) -> None:
        """The summary under the form lists what is still to correct (a corrected field leaves it)."""
        texts = [line for _owner, line in self.lines]
        heading = QCoreApplication.translate("FormSupport", "Not saved — please correct:")
        self.label.setText(heading + "\n" + "\n".join(texts) if texts else "")

    def clear_widget(self, widget: QWidget) -> None:
        """The field was edited: its message goes (the next save judges it again)."""
        if widget not in self.marked:
            return
        self.marked.remove(widget)
        if isinstance(widget, DateField):
            widget.show_problem(None)
        else:
            widget.setStyleSheet("")
            widget.setToolTip(str(widget.property("plain_tooltip") or ""))
        widget.setProperty("invalid", False)
        note = self.inline.pop(widget, None)
        if note is not None:
            note.hide()
            note.deleteLater()
        self.lines = [(owner, line) for owner, line in self.lines if owner is not widget]
        self._show_lines()

    def widget_for(self, path: str) -> QWidget | None:
        best = None
        for prefix, widget in self.fields.items():
            matches = path == prefix or path.startswith(prefix + ".") or path.startswith(prefix + "[")
            if matches and (best is None or len(prefix) > len(best[0])):
                best = (prefix, widget)
        return best[1] if best else None

    def date_problems(self) -> list[tuple[str, str]]:
        """What the date fields themselves refuse (impossible, out of range, required and empty)."""
        out = []
        for path, widget in self.fields.items():
            if isinstance(widget, DateField):
                problem = widget.problem()
                if problem:
                    out.append((path, problem))
        return out

    def show(self, problems: Iterable[tuple[str, str]]) -> None:
        """Show ``(path, message)`` pairs; the first marked widget gets the focus."""
        self.clear()
        own = self.date_problems()
        own_widgets = {self.widget_for(path) for path, _ in own}
        messages: dict[QWidget, list[str]] = {}
        for path, message in [*own, *(p for p in problems if self.widget_for(p[0]) not in own_widgets)]:
            widget = self.widget_for(path)
            name = field_caption(widget) if widget is not None else path_words(path)
            self.lines.append((widget, f"• {name}: {message}" if name else f"• {message}"))
            if widget is not None:
                messages.setdefault(widget, []).append(message)
        for widget, texts in messages.items():
            self._mark(widget, texts)
        self._show_lines()
        if self.marked:
            self.marked[0].setFocus()

    def _mark(self, widget: QWidget, texts: list[str]) -> None:
        text = "\n".join(dict.fromkeys(texts))
        widget.setProperty("invalid", True)
        self.marked.append(widget)
        self._watch(widget)
        if isinstance(widget, DateField):
            widget.show_problem(text)
            return
        if widget.property("plain_tooltip") is None:
            widget.setProperty("plain_tooltip", widget.toolTip())
        widget.setStyleSheet(INVALID_STYLE)
        tip = str(widget.property("plain_tooltip") or "")
        widget.setToolTip(f"{tip}\n{text}" if tip else text)
        note = _inline_note(widget, text)
        if note is not None:
            self.inline[widget] = note

    def _watch(self, widget: QWidget) -> None:
        """Clear the widget's message as soon as the user edits it."""
        if id(widget) in self._watched:
            return
        self._watched.add(id(widget))
        signal: Any = None
        if isinstance(widget, DateField):
            signal = widget.changed
        elif isinstance(widget, QLineEdit):
            signal = widget.textEdited
        elif isinstance(widget, QComboBox):
            signal = widget.currentIndexChanged
            if widget.isEditable():
                widget.editTextChanged.connect(lambda *_: self.clear_widget(widget))
        elif isinstance(widget, QTableWidget | QListWidget):
            signal = widget.itemChanged
        elif isinstance(widget, QPlainTextEdit):
            signal = widget.textChanged
        elif isinstance(widget, QAbstractSpinBox) and hasattr(widget, "valueChanged"):
            signal = widget.valueChanged
        if signal is not None:
            signal.connect(lambda *_: self.clear_widget(widget))


def _inline_note(widget: QWidget, text: str) -> QLabel | None:
    """A red line right under the widget in its form (None when its layout has no room for one)."""
    parent = widget.parentWidget()
    layout = layout_holding(parent.layout(), widget) if parent is not None else None
    if layout is None:
        return None
    note = QLabel(text)
    note.setObjectName(f"{widget.objectName()}_problem")
    note.setWordWrap(True)
    note.setStyleSheet("color: #a40000;")
    if isinstance(layout, QFormLayout):
        position: Any = layout.getWidgetPosition(widget)
        row = int(position[0])
        if row < 0:
            return None
        layout.insertRow(row + 1, "", note)
        return note
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(layout.indexOf(widget) + 1, note)
        return note
    note.deleteLater()
    return None


def layout_holding(layout: Any, widget: QWidget) -> Any:
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        child = layout.itemAt(i).layout()
        found = layout_holding(child, widget)
        if found is not None:
            return found
    return None


_ITEM_WORDS = {
    "courses": str(QT_TRANSLATE_NOOP("FormSupport", "course")),
    "assessments": str(QT_TRANSLATE_NOOP("FormSupport", "assessment")),
    "decisions": str(QT_TRANSLATE_NOOP("FormSupport", "decision")),
    "mutations": str(QT_TRANSLATE_NOOP("FormSupport", "mutation")),
}


def path_words(path: str) -> str:
    """A problem path another form owns, in words: ``courses[1].start`` -> "course 2, start"."""
    parts = []
    for piece in path.split("."):
        match = re.fullmatch(r"(\w+)\[(\d+)\]", piece)
        if match:
            item = match.group(1)
            words = QCoreApplication.translate("FormSupport", _ITEM_WORDS[item]) if item in _ITEM_WORDS else item
            parts.append(f"{words} {int(match.group(2)) + 1}")
        elif piece not in ("extensions", "aml_desktop"):
            parts.append(piece.replace("_", " "))
    return ", ".join(parts)


def field_caption(widget: QWidget) -> str:
    """The widget's ``caption`` property, the text of the label whose buddy it is (without & and colon),
    else its object name in words."""
    caption = widget.property("caption")
    if caption:
        return str(caption)
    parent = widget.window()
    for lab in parent.findChildren(QLabel):
        if lab.buddy() is widget:
            return lab.text().replace("&", "").rstrip(":").strip()
    name = widget.objectName()
    for suffix in ("_edit", "_combo", "_table", "_spin", "_check", "_list"):
        name = name.removesuffix(suffix)
    return name.replace("_", " ")


# ----------------------------------------------------------------------------- dirty tracking


class ChangeTracker(QObject):
    """Notices any edit in a dialog so that closing it never loses changes silently."""

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.dirty = False
        for line in dialog.findChildren(QLineEdit):
            if line.objectName() != "date_text":  # a date field reports through its own signal
                line.textEdited.connect(self.mark)
        for combo in dialog.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self.mark)
            if combo.isEditable():
                combo.editTextChanged.connect(self.mark)
        for date_field in dialog.findChildren(DateField):
            date_field.changed.connect(self.mark)
        for spin in dialog.findChildren(QAbstractSpinBox):
            if hasattr(spin, "valueChanged"):
                spin.valueChanged.connect(self.mark)
        for table in dialog.findChildren(QTableWidget):
            table.itemChanged.connect(self.mark)
            table.model().rowsRemoved.connect(self.mark)
        for items in dialog.findChildren(QListWidget):
            items.itemChanged.connect(self.mark)
        for text in dialog.findChildren(QPlainTextEdit):
            text.textChanged.connect(self.mark)
        for button in dialog.findChildren(QAbstractButton):
            if isinstance(button, QCheckBox) or button.isCheckable():
                button.toggled.connect(self.mark)

    def mark(self, *_: object) -> None:
        self.dirty = True


def confirm_discard(parent: QWidget) -> bool:
    """Ask before throwing edits away; True when the user agrees to discard."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("FormSupport", "Discard changes?"),
        QCoreApplication.translate("FormSupport", "You have changes that are not saved. Discard them?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


class EditDialog(QDialog):
    """Base for editing dialogs: Ctrl+S saves, Escape/close asks before losing edits.

    With a ``saver`` (the window passes the controller's save), the dialog saves the record
    itself and closes only when that worked: a refused save (a hospital number taken in the
    meantime, a database error) is shown in the dialog, with everything typed still there.
    """

    tracker: ChangeTracker
    marker: ProblemMarker
    saver: Callable[[Any], Any] | None = None
    saved: Any = None

    def commit(self, record: Any, *, path: str = "") -> bool:
        """Save through ``saver`` (when given); True when saved, else the error is shown here."""
        if self.saver is None:
            return True
        try:
            self.saved = self.saver(record)
        except Exception as error:  # the store's refusal, in its words, beside the form
            self.marker.show(
                [(path, QCoreApplication.translate("FormSupport", "not saved: {error}").format(error=error))]
            )
            return False
        return True

    def setup_buttons(self, box: QDialogButtonBox) -> None:
        from PySide6.QtGui import QKeySequence

        save = box.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
            save.setToolTip(QCoreApplication.translate("FormSupport", "Save (Ctrl+S)"))
            save.setDefault(True)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)

    def track_changes(self) -> None:
        self.tracker = ChangeTracker(self)

    def reject(self) -> None:
        tracker = getattr(self, "tracker", None)
        if tracker is not None and tracker.dirty and not confirm_discard(self):
            return
        super().reject()
