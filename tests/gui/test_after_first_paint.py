"""Launch: housekeeping (search thread, opening check, status refresh, backups) starts after the list's first paint."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject


def test_the_opening_check_waits_for_the_first_paint_of_the_list(
    qtbot: Any, controller: Any, paper_ids: dict[str, str]
) -> None:
    from aml_desktop.gui.main_window import MainWindow, schedule_after_show

    order: list[str] = []
    window = MainWindow(controller)
    qtbot.addWidget(window)
    original = controller.check_database

    def check() -> Any:
        order.append("check")
        return original()

    controller.check_database = check  # type: ignore[method-assign]

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "paint" not in order:
                order.append("paint")
            return False

    watch = Watch()
    window.ui.patient_table_view.viewport().installEventFilter(watch)
    schedule_after_show(window)  # as run_gui does right after show(): nothing may start yet
    qtbot.wait(0)
    assert order == []
    window.resize(1280, 760)
    window.show()
    qtbot.waitUntil(lambda: "check" in order, timeout=10_000)
    assert order == ["paint", "check"]
    assert window.backup_timer.isActive()
    qtbot.waitUntil(lambda: not controller.busy(), timeout=20_000)


def test_the_window_loads_without_the_engines_result_and_rule_modules() -> None:
    """They load with the first evaluation (a patient opened), not at launch."""
    import subprocess
    import sys

    code = (
        "import sys; import aml_desktop.gui.app, aml_desktop.gui.main_window; "
        "print(' '.join(m for m in ('aml_desktop.engine.result', 'aml_desktop.engine.rules', "
        "'aml_desktop.engine.evaluate', 'aml_desktop.engine.eln', 'aml_desktop.gui.patient_panels') "
        "if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
