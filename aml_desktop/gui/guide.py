"""Help → User guide: the short offline guide shipped in ``aml_desktop.resources/guide``."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from aml_desktop.present.i18n import SOURCE_LANGUAGE, current_language

GUIDE_FILE = "user-guide.md"


def guide_file(language: str) -> str:
    """``user-guide.md`` in English, ``user-guide.<lang>.md`` for a translation."""
    return GUIDE_FILE if language == SOURCE_LANGUAGE else GUIDE_FILE.replace(".md", f".{language}.md")


def guide_text(language: str | None = None) -> str:
    """The guide in ``language`` (default: the clinic's)."""
    folder = files("aml_desktop.resources") / "guide"
    return (folder / guide_file(language or current_language())).read_text(encoding="utf-8")


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("AML Desktop — user guide"))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide_browser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(guide_text())
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
