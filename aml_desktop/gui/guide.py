"""Help → User guide: the short offline guide shipped in ``aml_desktop.resources/guide``."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

GUIDE_FILE = "user-guide.md"


def guide_text() -> str:
    return (files("aml_desktop.resources") / "guide" / GUIDE_FILE).read_text(encoding="utf-8")


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("AML Desktop — user guide")
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
