"""The mutation table of the patient and assessment forms: pick lists, readings, warnings.

Gene and Variant cells offer the genes and variants the engine reads (typing still completes
and any text is allowed). When a cell is left, the entry is read with the engine's
``normalise_mutation`` (the same reading an imported case file gets), the table shows what will
be saved, and a line under the table says what was read and warns about a gene the engine does
not know ("NMP1: not a gene the engine reads — did you mean NPM1?").
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QWidget,
)

from aml_desktop.engine.genes import KNOWN_GENES, KNOWN_VARIANTS, is_known_gene, normalise_mutation, suggest_gene
from aml_desktop.gui.form_support import append_row, layout_holding

GENE, VARIANT = 0, 1
ModelIndex = QModelIndex | QPersistentModelIndex


class PickListDelegate(QStyledItemDelegate):
    """An editable combo with the known genes (column 0) or the row's gene's variants (column 1)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if index.column() == GENE:
            choices: tuple[str, ...] = KNOWN_GENES
        else:
            gene = str(index.sibling(index.row(), GENE).data() or "")
            choices = KNOWN_VARIANTS.get(normalise_mutation(gene, None).gene, ())
        combo.addItems(["", *choices])
        completer = QCompleter(list(choices), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        combo.setCompleter(completer)
        combo.setObjectName("gene_combo" if index.column() == GENE else "variant_combo")
        return combo

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setEditText(str(index.data() or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText().strip())


class MutationTable:
    """Wires a four-column mutation table (gene, variant, allelic ratio, VAF %) to its notes label."""

    def __init__(self, table: QTableWidget) -> None:
        self.table = table
        self.notes = notes = QLabel()
        notes.setWordWrap(True)
        parent = table.parentWidget()
        layout = layout_holding(parent.layout(), table) if parent is not None else None
        if layout is not None:
            layout.insertWidget(layout.indexOf(table) + 1, notes)
        notes.setObjectName(f"{table.objectName()}_notes")
        self.delegate = PickListDelegate(table)
        table.setItemDelegateForColumn(GENE, self.delegate)
        table.setItemDelegateForColumn(VARIANT, self.delegate)
        table.itemChanged.connect(self._changed)
        table.model().rowsRemoved.connect(lambda *_: self.refresh())
        self.readings: dict[int, str] = {}
        self.refresh()

    def add_row(self) -> None:
        """A new row with the gene's pick list open, ready to type."""
        row = append_row(self.table)
        self.table.setCurrentCell(row, GENE)
        item = self.table.item(row, GENE)
        if item is not None:
            self.table.editItem(item)

    def _changed(self, item: Any) -> None:
        if item.column() in (GENE, VARIANT):
            self.read_row(item.row())
        self.refresh()

    def read_row(self, row: int) -> None:
        """Show the row as the engine reads it (FLT3-ITD → FLT3 / ITD); the change is said below the table."""
        gene_item, variant_item = self.table.item(row, GENE), self.table.item(row, VARIANT)
        if gene_item is None or variant_item is None or not gene_item.text().strip():
            return
        read = normalise_mutation(gene_item.text(), variant_item.text())
        if read.note is None:
            return
        self.table.blockSignals(True)
        gene_item.setText(read.gene)
        variant_item.setText(read.variant or "")
        self.table.blockSignals(False)
        self.readings[row] = read.note

    def warnings(self) -> list[str]:
        """Genes the engine does not read, with the gene probably meant."""
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, GENE)
            gene = item.text().strip() if item is not None else ""
            if not gene or is_known_gene(gene):
                continue
            meant = suggest_gene(gene)
            if meant is not None:
                text = QCoreApplication.translate(
                    "MutationTable",
                    "{gene}: not a gene the engine reads — did you mean {meant}? "
                    "Until it is corrected, {meant} counts as not tested.",
                )
                out.append(text.format(gene=gene, meant=meant))
            else:
                text = QCoreApplication.translate(
                    "MutationTable", "{gene}: not a gene the engine reads; it is kept in the record but not used."
                )
                out.append(text.format(gene=gene))
        return out

    def refresh(self) -> None:
        lines = [f"⚠ {w}" for w in self.warnings()]
        lines += [note for row, note in sorted(self.readings.items()) if row < self.table.rowCount()]
        self.notes.setText("\n".join(lines))
        self.notes.setStyleSheet("color: #8a4b00;" if any(line.startswith("⚠") for line in lines) else "color: #555;")
        self.notes.setVisible(bool(lines))


class GeneListNotes:
    """Under a "tested genes" field: a symbol one slip away from a gene the rules read is flagged
    ("NMP1: did you mean NPM1?"), because a mistyped tested gene leaves the real one untested."""

    def __init__(self, edit: QLineEdit) -> None:
        self.edit = edit
        self.notes = QLabel()
        self.notes.setObjectName(f"{edit.objectName()}_notes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #8a4b00;")
        self.notes.hide()
        parent = edit.parentWidget()
        layout = layout_holding(parent.layout(), edit) if parent is not None else None
        if isinstance(layout, QFormLayout):
            position: Any = layout.getWidgetPosition(edit)
            layout.insertRow(int(position[0]) + 1, "", self.notes)
        elif layout is not None:
            layout.insertWidget(layout.indexOf(edit) + 1, self.notes)
        edit.textChanged.connect(self.refresh)
        # The genes the engine reads, offered for the word being typed (the list is comma separated).
        self.completer = QCompleter(list(KNOWN_GENES), edit)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setWidget(edit)
        self.completer.activated[str].connect(self.complete)  # type: ignore[index]  # the text overload
        edit.textEdited.connect(self._offer)
        self.refresh()

    def _word(self) -> tuple[int, str]:
        """Where the word at the cursor starts, and the word typed so far."""
        text = self.edit.text()[: self.edit.cursorPosition()]
        start = max(text.rfind(","), text.rfind(";"), text.rfind(" ")) + 1
        return start, text[start:]

    def _offer(self, _text: str) -> None:
        _start, word = self._word()
        popup = self.completer.popup()
        if not word:
            if popup is not None:
                popup.hide()
            return
        self.completer.setCompletionPrefix(word)
        if self.completer.completionCount() and self.completer.currentCompletion().upper() != word.upper():
            self.completer.complete()
        elif popup is not None:
            popup.hide()

    def complete(self, gene: str) -> None:
        """Replace the word at the cursor by the chosen gene."""
        start, word = self._word()
        text = self.edit.text()
        end = start + len(word)
        self.edit.setText(text[:start] + gene + text[end:])
        self.edit.setCursorPosition(start + len(gene))

    def refresh(self, *_: Any) -> None:
        lines = []
        for symbol in re.split(r"[,;\s]+", self.edit.text()):
            meant = suggest_gene(symbol) if symbol and not is_known_gene(symbol) else None
            if meant is not None:
                text = QCoreApplication.translate(
                    "MutationTable", "{gene}: not a gene the engine reads — did you mean {meant}?"
                )
                lines.append("⚠ " + text.format(gene=symbol, meant=meant))
        self.notes.setText("\n".join(lines))
        self.notes.setVisible(bool(lines))
