"""The patient's treatment summary: previewed, printed through the system dialog, or saved as PDF.

The PDF is the reports package's (reportlab, imported on first use). Qt here has no PDF
renderer, so the preview renders the same view model as the PDF (``present.summary``) as HTML; "Open in
PDF viewer" shows the exact pages. Printing sends the PDF itself: to a file when the
user picks "Print to file", otherwise to the chosen printer through the system spooler.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QLabel, QTextBrowser, QWidget

from aml_desktop.files import write_atomically
from aml_desktop.gui.forms.ui_summary_dialog import Ui_SummaryDialog
from aml_desktop.gui.presenters import summary_html
from aml_desktop.present.i18n import LANGUAGE_NAMES, LANGUAGES, current_language, use_language
from aml_desktop.services.names import summary_file_name


def preview_html(snapshot: Any) -> str:
    """The printed summary's view model rendered as HTML: the same words and numbers as the PDF."""
    from aml_desktop.reports.content import build_content

    with use_language(snapshot.language):
        return summary_html(build_content(snapshot))


def spool_pdf(path: Path, printer_name: str, *, copies: int = 1, pages: list[int] | None = None) -> None:
    """Hand the PDF to the system print spooler with the copies and pages chosen in the print dialog.

    CUPS ``lp`` understands PDF, ``-n`` copies and ``-o page-ranges``. On Windows the PDF handler
    prints one copy of the pages handed to it, so the chosen pages are cut out first and the
    file is handed over once per copy.
    """
    if sys.platform.startswith("win"):
        if pages is not None:
            path.write_bytes(select_pages(path.read_bytes(), pages))
        for _ in range(max(1, copies)):
            os.startfile(str(path), "print")  # type: ignore[attr-defined]
        return
    command = ["lp"]
    if printer_name:
        command += ["-d", printer_name]
    if copies > 1:
        command += ["-n", str(copies)]
    if pages:
        command += ["-o", f"page-ranges={pages[0]}-{pages[-1]}"]
    subprocess.run([*command, str(path)], check=True, capture_output=True, timeout=60)


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
        name = snapshot.case.patient.name or snapshot.case.patient.hospital_number or self.tr("patient")
        self.setWindowTitle(self.tr("Treatment summary — {patient}").format(patient=name))
        self.ui.summary_info_label.setText(
            self.tr(
                "This is the content of the printed summary. Print or save gives the PDF with signature lines; "
                "“Open in PDF viewer” shows its exact pages."
            )
        )
        # A patient's family may read another language than the clinic's: the page can be printed in any.
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("summary_language_combo")
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(LANGUAGES.index(snapshot.language or current_language()))
        self.language_combo.currentIndexChanged.connect(
            lambda _index: self.set_language(self.language_combo.currentData())
        )
        language_label = QLabel(self.tr("Language of the page:"))
        language_label.setBuddy(self.language_combo)
        self.ui.summary_buttons_layout.insertWidget(0, language_label)
        self.ui.summary_buttons_layout.insertWidget(1, self.language_combo)
        self.ui.print_button.clicked.connect(self.print_summary)
        self.ui.save_pdf_button.clicked.connect(self.save_pdf)
        self.ui.open_pdf_button.clicked.connect(self.open_pdf)
        self.ui.close_button.clicked.connect(self.accept)

    def set_language(self, language: str) -> None:
        """Print (and preview) the summary in ``language``; the clinic's language is unchanged."""
        from dataclasses import replace

        self.snapshot = replace(self.snapshot, language=language)
        self._pdf = None
        self.preview.setHtml(preview_html(self.snapshot))

    def pdf_bytes(self) -> bytes:
        if self._pdf is None:
            from aml_desktop.reports import render_summary

            self._pdf = render_summary(self.snapshot)
        return self._pdf

    def default_name(self) -> str:
        return summary_file_name(self.snapshot.case, self.today)

    def save_pdf(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save summary as PDF"), self.default_name(), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            write_atomically(target, self.pdf_bytes())
        except OSError as error:
            self.notify(self.tr("The summary was not saved: {error}").format(error=error.strerror or error))
            return None
        self.notify(self.tr("Summary saved: {file}").format(file=target))
        return target

    def _temp_pdf(self) -> Path:
        """The PDF in this user's private temporary folder (mode 700, removed when the application quits)."""
        target = private_temp_dir() / self.default_name()
        write_atomically(target, self.pdf_bytes())
        target.chmod(0o600)
        return target

    def open_pdf(self) -> Path | None:
        target = self._temp_pdf()
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            self.notify(
                self.tr(
                    "No PDF viewer is installed on this computer (or none is set to open PDF files). "
                    "Use “Save as PDF…” and open the file on a computer that has one, or print it."
                )
            )
            return None
        return target

    def print_summary(self) -> bool:
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print treatment summary"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, self.page_count())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        pages = chosen_pages(printer, self.page_count())
        if not pages:
            self.notify(
                self.tr("Nothing printed: the page range is outside the summary's {count} page(s).").format(
                    count=self.page_count()
                )
            )
            return False
        copies = max(1, printer.copyCount())
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            try:
                write_atomically(Path(printer.outputFileName()), select_pages(self.pdf_bytes(), pages))
            except OSError as error:
                self.notify(
                    self.tr("The summary was not printed to a file: {error}").format(error=error.strerror or error)
                )
                return False
            self.notify(
                self.tr("Summary printed to {file} ({pages}).").format(
                    file=printer.outputFileName(), pages=page_words(pages)
                )
            )
            return True
        path = self._temp_pdf()
        try:
            spool_pdf(path, printer.printerName(), copies=copies, pages=pages)
        except (OSError, subprocess.SubprocessError) as error:
            self.notify(
                self.tr(
                    "The summary could not be sent to the printer: {error}. Save it as PDF and print from a viewer."
                ).format(error=error)
            )
            return False
        finally:
            if not sys.platform.startswith("win"):
                path.unlink(missing_ok=True)  # the spooler has its own copy once lp returns
        sent = (
            self.tr("Summary sent to the printer {printer}: {pages}, 1 copy.")
            if copies == 1
            else self.tr("Summary sent to the printer {printer}: {pages}, {count} copies.")
        )
        printer_name = printer.printerName() or self.tr("(default)")
        self.notify(sent.format(printer=printer_name, pages=page_words(pages), count=copies))
        return True

    def page_count(self) -> int:
        return pdf_page_count(self.pdf_bytes())


def pdf_page_count(data: bytes) -> int:
    from io import BytesIO

    from pypdf import PdfReader

    return len(PdfReader(BytesIO(data)).pages)


def chosen_pages(printer: Any, total: int) -> list[int]:
    """The 1-based pages the print dialog asked for (all when no range was chosen)."""
    from PySide6.QtPrintSupport import QPrinter

    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), printer.toPage() or total
        return [p for p in range(first, last + 1) if 1 <= p <= total]
    return list(range(1, total + 1))


def select_pages(data: bytes, pages: list[int]) -> bytes:
    """A PDF holding only ``pages`` (1-based) of ``data``; the same bytes when all pages are chosen."""
    from io import BytesIO

    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(BytesIO(data))
    if pages == list(range(1, len(reader.pages) + 1)):
        return data
    writer = PdfWriter()
    for page in pages:
        writer.add_page(reader.pages[page - 1])
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def page_words(pages: list[int]) -> str:
    if len(pages) == 1:
        return QCoreApplication.translate("SummaryDialog", "page {number}").format(number=pages[0])
    return QCoreApplication.translate("SummaryDialog", "pages {first}–{last}").format(first=pages[0], last=pages[-1])


_PRIVATE_DIR: Path | None = None


def private_temp_dir() -> Path:
    """A folder only this user can read (mode 700), made once per run and removed at exit.

    Summaries hold patient data: never the shared system temporary folder that every user of
    the computer can list and read.
    """
    global _PRIVATE_DIR
    if _PRIVATE_DIR is None or not _PRIVATE_DIR.is_dir():
        _PRIVATE_DIR = Path(tempfile.mkdtemp(prefix="aml-desktop-"))
        _PRIVATE_DIR.chmod(0o700)
        atexit.register(shutil.rmtree, _PRIVATE_DIR, True)
    return _PRIVATE_DIR
