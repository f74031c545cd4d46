"""Small helpers shared by the editing dialogs: coded combos, optional numbers, field marking.

Validation itself is the engine's (``parse_case``): a dialog builds the ``aml-case/1`` dict
from its fields and shows each ``Problem`` next to the widget its path names, so the GUI
and a case file are held to exactly the same rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from aml_desktop.gui.words import label

INVALID_STYLE = "border: 2px solid #c00000; background: #fff0f0;"
NOT_RECORDED = "not recorded"


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


def optional_date_text(text: str) -> str | None:
    stripped = text.strip()
    return stripped or None


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


# ----------------------------------------------------------------------------- combos


def fill_codes(combo: QComboBox, codes: Iterable[str], *, none_text: str | None = None) -> None:
    """Items show the vocabulary's words; the code is the item data. ``none_text`` adds a None entry first."""
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for code in codes:
        combo.addItem(label(code), code)


def fill_tristate(combo: QComboBox, *, yes: str = "yes", no: str = "no", none_text: str = NOT_RECORDED) -> None:
    combo.clear()
    combo.addItem(none_text, None)
    combo.addItem(yes, True)
    combo.addItem(no, False)


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
        item: dict[str, Any] = {"gene": gene.upper() if gene else None}
        if variant:
            item["variant"] = variant
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
    table.setHorizontalHeaderLabels(["Gene", "Variant", "Allelic ratio", "VAF %"])
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)


# ----------------------------------------------------------------------------- problems


class ProblemMarker:
    """Marks the widgets named by problem paths and lists every problem in a label.

    ``fields`` maps a path prefix (``"diagnosis.wbc"``, ``"diagnosis.mutations"``) to the
    widget showing it; the longest matching prefix wins, so a mutation problem lands on the
    mutation table.
    """

    def __init__(self, problems_label: QLabel, fields: Mapping[str, QWidget]) -> None:
        self.label = problems_label
        self.fields = dict(fields)
        self.marked: list[QWidget] = []

    def clear(self) -> None:
        for widget in self.marked:
            widget.setStyleSheet("")
            widget.setToolTip("")
            widget.setProperty("invalid", False)
        self.marked = []
        self.label.setText("")

    def widget_for(self, path: str) -> QWidget | None:
        best = None
        for prefix, widget in self.fields.items():
            matches = path == prefix or path.startswith(prefix + ".") or path.startswith(prefix + "[")
            if matches and (best is None or len(prefix) > len(best[0])):
                best = (prefix, widget)
        return best[1] if best else None

    def show(self, problems: Iterable[tuple[str, str]]) -> None:
        """Show ``(path, message)`` pairs; the first marked widget gets the focus."""
        self.clear()
        lines = []
        for path, message in problems:
            widget = self.widget_for(path)
            name = field_caption(widget) if widget is not None else path
            lines.append(f"• {name}: {message}" if name else f"• {message}")
            if widget is not None:
                widget.setStyleSheet(INVALID_STYLE)
                widget.setProperty("invalid", True)
                tip = widget.toolTip()
                widget.setToolTip(f"{tip}\n{message}" if tip else message)
                if widget not in self.marked:
                    self.marked.append(widget)
        self.label.setText("Not saved — please correct:\n" + "\n".join(lines) if lines else "")
        if self.marked:
            self.marked[0].setFocus()


def field_caption(widget: QWidget) -> str:
    """The text of the label whose buddy is ``widget`` (without & and colon), else its object name."""
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
            line.textEdited.connect(self.mark)
        for combo in dialog.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self.mark)
            if combo.isEditable():
                combo.editTextChanged.connect(self.mark)
        for date_edit in dialog.findChildren(QDateEdit):
            date_edit.dateChanged.connect(self.mark)
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
        "Discard changes?",
        "You have changes that are not saved. Discard them?",
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


class EditDialog(QDialog):
    """Base for editing dialogs: Ctrl+S saves, Escape/close asks before losing edits."""

    tracker: ChangeTracker

    def setup_buttons(self, box: QDialogButtonBox) -> None:
        from PySide6.QtGui import QKeySequence

        save = box.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
            save.setToolTip("Save (Ctrl+S)")
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
