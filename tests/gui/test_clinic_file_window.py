"""The window and the clinic file: missing, damaged, read-only; backups by default (issue 12, items 3, 6, 7)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from aml_desktop.gui import app as app_module
from aml_desktop.gui.controller import Controller
from aml_desktop.store import Store, StoreError, backup_database, read_case_files
from tests.gui.gui_helpers import CASES, PAPER, TODAY


def _clinic(path: Path) -> Path:
    with Store.open(path, today=lambda: TODAY) as store:
        store.import_cases(read_case_files([CASES / f"{name}.json" for name in PAPER]), user="t")
    return path


def _damage(db: Path, table: str = "assessments") -> None:
    """Overwrite a page as a failing disk would: a leaf of ``table``, or the schema page itself."""
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' LIMIT 1", [table]
        ).fetchone()[0]
    conn.close()
    with open(db, "r+b") as handle:
        start = (page - 1) * 4096 + (100 if page == 1 else 0)  # keep the file header: still an SQLite file
        handle.seek(start)
        handle.write(b"\x07" * (page * 4096 - start))


def _opened_and_checked(qtbot: Any, db: Path) -> Any:
    """Open as run_gui does, schedule what follows the first paint, and wait for the opening check."""
    from aml_desktop.gui.main_window import schedule_after_show

    opened = app_module.open_window(db, today=TODAY)
    assert opened is not None
    window, controller, _created = opened
    qtbot.addWidget(window)
    window.show()
    schedule_after_show(window)
    qtbot.waitUntil(lambda: controller._check is not None and not controller.busy(), timeout=20000)
    return opened


def _close(opened: Any) -> None:
    window, controller, _created = opened
    window.close()
    controller.close()


def test_a_missing_database_is_never_created_silently(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(app_module, "ask_missing_database", lambda _p, problem: asked.append(problem) or "quit")
    unplugged = tmp_path / "usb" / "clinic.sqlite3"
    assert app_module.open_window(unplugged, today=TODAY) is None
    assert asked and "no clinic database" in asked[0] and not unplugged.parent.exists()


def test_the_window_can_locate_the_database_elsewhere(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = _clinic(tmp_path / "clinic.sqlite3")
    monkeypatch.setattr(app_module, "ask_missing_database", lambda _p, _problem: "locate")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(real), ""))
    opened = app_module.open_window(tmp_path / "typo.sqlite3", today=TODAY)
    assert opened is not None
    window, controller, created = opened
    qtbot.addWidget(window)
    assert not created and controller.db_path == real and window.model.rowCount() == 3
    assert not (tmp_path / "typo.sqlite3").exists()
    _close(opened)


def test_an_empty_file_is_not_initialised_without_asking(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "clinic.sqlite3"
    empty.touch()
    asked: list[str] = []
    monkeypatch.setattr(app_module, "ask_missing_database", lambda _p, problem: asked.append(problem) or "quit")
    assert app_module.open_window(empty, today=TODAY) is None
    assert "is empty (0 bytes)" in asked[0] and empty.stat().st_size == 0


def test_a_damaged_schema_is_found_on_opening_and_replaced_by_a_backup(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _clinic(tmp_path / "clinic.sqlite3")
    backup = backup_database(db, tmp_path / "backup.sqlite3").path
    _damage(db, "sqlite_schema")
    told: list[str] = []
    monkeypatch.setattr(app_module, "ask_damaged_database", lambda _p, problem: told.append(problem) or "restore")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda _w, _t, text, *a: told.append(text))
    opened = app_module.open_window(db, today=TODAY)
    assert opened is not None
    window, controller, _created = opened
    qtbot.addWidget(window)
    assert "is damaged" in told[0] and "The damaged file was kept as" in told[1]
    assert window.model.rowCount() == 3 and controller.read_only_reason() is None
    _close(opened)


def test_a_damaged_page_found_after_the_first_paint_makes_the_window_read_only(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _clinic(tmp_path / "clinic.sqlite3")
    _damage(db)
    told: list[str] = []
    monkeypatch.setattr(app_module, "ask_damaged_database", lambda _p, problem: told.append(problem) or "read_only")
    opened = _opened_and_checked(qtbot, db)
    window, controller, _created = opened
    assert told and "is damaged" in told[0]
    assert window.read_only_banner.isVisible() and "damaged" in window.read_only_banner.text()
    with pytest.raises(StoreError, match="open read-only"):
        controller.save_case(read_case_files([CASES / "patient1-early-relapse.json"])[0])
    for row in range(window.model.rowCount()):  # a patient on the damaged page is named, not a blank screen
        window.ui.patient_table_view.selectRow(row)
    assert "cannot be read: the database is damaged" in window.ui.message_label.text()
    assert not window.ui.new_patient_action.isEnabled() and not window.ui.import_action.isEnabled()
    _close(opened)


def test_automatic_backups_go_to_the_application_data_folder_by_default(
    qtbot: Any, controller: Controller, window: Any, _isolated_data_dir: Path
) -> None:
    assert controller.clinic_settings().backup_folder is None
    window.maybe_auto_backup()
    qtbot.waitUntil(lambda: not controller.busy(), timeout=30000)
    backups = list((_isolated_data_dir / "backups").glob("aml-desktop-backup-*.sqlite3"))
    assert len(backups) == 1
    settings = controller.clinic_settings()
    assert settings.last_backup_at is not None and settings.backup_folder is None  # still "the default"


def test_quitting_after_a_change_takes_a_backup(
    qtbot: Any, store: Store, controller: Controller, window: Any, _isolated_data_dir: Path
) -> None:
    folder = _isolated_data_dir / "backups"
    window.close()  # nothing changed: no backup
    assert not folder.exists()
    case = read_case_files([CASES / "patient1-early-relapse.json"])[0]
    controller.save_case(case)
    window.show()
    window.close()
    assert len(list(folder.glob("aml-desktop-backup-*.sqlite3"))) == 1
    assert not controller.changed_since_backup()


def test_the_window_warns_when_the_last_backup_is_too_old(controller: Controller, window: Any) -> None:
    three_days_ago = (datetime.now().astimezone() - timedelta(days=3)).isoformat(timespec="seconds")
    settings = replace(controller.clinic_settings(), last_backup_at=three_days_ago, backup_interval_hours=720)
    controller.save_clinic_settings(settings)
    window.maybe_auto_backup()
    assert window.ui.message_frame.isVisibleTo(window)
    assert "The last good backup is 3 days old" in window.ui.message_label.text()


def test_a_damaged_page_found_after_the_first_paint_is_restored_from_the_window(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: Any
) -> None:
    db = _clinic(tmp_path / "clinic.sqlite3")
    backup = backup_database(db, tmp_path / "backup.sqlite3").path
    _damage(db)
    answer(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    monkeypatch.setattr(app_module, "ask_damaged_database", lambda _p, _problem: "restore")
    opened = _opened_and_checked(qtbot, db)  # the check finds the damage; the user picks "restore"
    window, controller, _created = opened
    qtbot.waitUntil(lambda: controller.available and not controller.busy(), timeout=20000)
    assert controller.read_only_reason() is None and not window.read_only_banner.isVisible()
    assert window.ui.new_patient_action.isEnabled() and window.model.rowCount() == 3
    assert list(tmp_path.glob("clinic.before-restore-*.sqlite3"))  # the damaged file is kept
    _close(opened)


def test_the_first_start_offers_to_create_the_clinic_in_the_application_data_folder(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, _isolated_data_dir: Path
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(app_module, "ask_missing_database", lambda _p, problem: asked.append(problem) or "create")
    opened = app_module.open_window(None, today=TODAY)
    assert opened is not None
    window, controller, created = opened
    qtbot.addWidget(window)
    assert created and "no clinic database yet in the application-data folder" in asked[0]
    assert controller.db_path.parent == _isolated_data_dir and controller.db_path.exists()
    _close(opened)
