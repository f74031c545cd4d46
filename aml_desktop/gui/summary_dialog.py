"""The patient's treatment summary: previewed, printed through the system dialog, or saved as PDF.

The PDF is the reports package's (reportlab, imported on first use). Qt here has no PDF
renderer, so the preview renders the same view model as the PDF (``present.summary``) as HTML; "Open in
PDF viewer" shows the exact pages. Printing sends the PDF itself: to a file when the
user picks "Print to file", otherwise to the chosen printer through the system spooler.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QTextBrowser, QWidget

from aml_desktop.files import write_atomically
from aml_desktop.gui.forms.ui_summary_dialog import Ui_SummaryDialog
from aml_desktop.gui.presenters import summary_html
from aml_desktop.services.names import summary_file_name


def preview_html(snapshot: Any) -> str:
    """The printed summary's view model rendered as HTML: the same words and numbers as the PDF."""
    from aml_desktop.reports.content import build_content

    return summary_html(build_content(snapshot))


def spool_pdf(path: Path, printer_name: str) -> None:
    """Hand the PDF to the system print spooler (CUPS ``lp`` understands PDF; Windows uses its PDF handler)."""
    if sys.platform.startswith("win"):
        os.startfile(str(path), "print")  # type: ignore[attr-defined]
        return
    command = ["lp", "-d", printer_name, str(path)] if printer_name else ["lp", str(path)]
    subprocess.run(command, check=True, capture_output=True, timeout=60)


class SummaryDialog(QDialog):
    def __init__(
        self, snapshot: Any, *, today: date, parent: QWidget | None = None, notify: Callable[[str], None] | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SummaryDialog()
        self.ui.setupUi(self)
        self.snapshot = snapshot
        self.today = today
        self.notify = notify or (lambda text: None)
        self._pdf: bytes | None = None
        self.preview = QTextBrowser()
        self.preview.setObjectName("preview_browser")
        self.preview.setHtml(preview_html(snapshot))
        self.ui.preview_layout.addWidget(self.preview)
        name = snapshot.case.patient.name or snapshot.case.patient.hospital_number or "patient"
        self.setWindowTitle(f"Treatment summary — {name}")
        self.ui.summary_info_label.setText(
            "This is the content of the printed summary. Print or save gives the PDF with signature lines; "
            "“Open in PDF viewer” shows its exact pages."
        )
        self.ui.print_button.clicked.connect(self.print_summary)
        self.ui.save_pdf_button.clicked.connect(self.save_pdf)
        self.ui.open_pdf_button.clicked.connect(self.open_pdf)
        self.ui.close_button.clicked.connect(self.accept)

    def pdf_bytes(self) -> bytes:
        if self._pdf is None:
            from aml_desktop.reports import render_summary

            self._pdf = render_summary(self.snapshot)
        return self._pdf

    def default_name(self) -> str:
        return summary_file_name(self.snapshot.case, self.today)

    def save_pdf(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, "Save summary as PDF", self.default_name(), "PDF files (*.pdf)")
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            write_atomically(target, self.pdf_bytes())
        except OSError as error:
            self.notify(f"The summary was not saved: {error.strerror or error}")
            return None
        self.notify(f"Summary saved: {target}")
        return target

    def _temp_pdf(self) -> Path:
        folder = Path(tempfile.gettempdir()) / "aml-desktop-summaries"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / self.default_name()
        write_atomically(target, self.pdf_bytes())
        return target

    def open_pdf(self) -> Path:
        target = self._temp_pdf()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target

    def print_summary(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Print treatment summary")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        data = self.pdf_bytes()
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            try:
                write_atomically(Path(printer.outputFileName()), data)
            except OSError as error:
                self.notify(f"The summary was not printed to a file: {error.strerror or error}")
                return False
            self.notify(f"Summary printed to {printer.outputFileName()}")
            return True
        try:
            spool_pdf(self._temp_pdf(), printer.printerName())
        except (OSError, subprocess.SubprocessError) as error:
            self.notify(
                f"The summary could not be sent to the printer: {error}. Save it as PDF and print from a viewer."
            )
            return False
        self.notify(f"Summary sent to the printer {printer.printerName() or '(default)'}.")
        return True
