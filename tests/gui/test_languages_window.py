"""The clinic's language in the window: asked on the first start, chosen in Settings, the summary in any."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from aml_desktop.gui import translation
from aml_desktop.gui.summary_dialog import SummaryDialog
from aml_desktop.present.i18n import current_language
from aml_desktop.store import Store, StoreError
from tests.gui.gui_helpers import TODAY


def test_first_start_asks_the_language_saves_it_and_translates_the_window(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aml_desktop.gui import app as app_module

    asked: list[str] = []
    monkeypatch.setattr(translation, "ask_language", lambda _parent, default: asked.append(default) or "fr")
    monkeypatch.setenv("LANGUAGE", "es")
    monkeypatch.setattr(app_module, "ask_missing_database", lambda _path, _problem: "create")
    opened = app_module.open_window(tmp_path / "clinic.sqlite3", today=TODAY)
    assert opened is not None
    window, controller, _created = opened
    qtbot.addWidget(window)
    assert asked == ["es"]  # the system's language is offered
    assert controller.clinic_settings().language == "fr"
    assert current_language() == "fr"
    assert window.ui.patient_tabs.tabText(2) == "&Recommandation"
    assert window.model.headerData(0, translation_orientation()) == "Nom"
    controller.close()


def translation_orientation() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_a_clinic_with_a_language_is_not_asked_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store.open(tmp_path / "c.sqlite3", create=True)
    store.save_clinic_settings(replace(store.clinic_settings(), language="pt"), user="t")
    monkeypatch.setattr(translation, "ask_language", lambda *_: pytest.fail("asked again"))
    assert translation.clinic_language(store) == "pt"
    store.close()


def test_the_store_refuses_an_unknown_language(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "c.sqlite3", create=True)
    assert store.clinic_settings().language is None
    with pytest.raises(StoreError, match="language"):
        store.save_clinic_settings(replace(store.clinic_settings(), language="de"), user="t")
    store.close()


def test_settings_choose_the_language(qtbot: Any, window: Any, controller: Any, drive: Any) -> None:
    def choose_spanish(dialog: Any) -> None:
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()

    from aml_desktop.gui.settings_dialog import SettingsDialog

    drive(SettingsDialog, choose_spanish)
    window.open_settings()
    assert controller.clinic_settings().language == "es"
    assert current_language() == "es"
    assert "reinicie" in window.ui.message_label.text()


def test_the_summary_prints_in_another_language_than_the_window(
    qtbot: Any, controller: Any, paper_ids: dict[str, str]
) -> None:
    patient_id = paper_ids["patient1-early-relapse"]
    dialog = SummaryDialog(controller.snapshot(patient_id), today=TODAY)
    qtbot.addWidget(dialog)
    assert "Diagnosis and biology" in dialog.preview.toPlainText()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("pt"))
    assert "Diagnóstico e biologia" in dialog.preview.toPlainText()
    from tests.reports.report_pdftools import all_text

    assert "Resumo do tratamento" in all_text(dialog.pdf_bytes())
    assert current_language() == "en"  # the window's language did not change
