"""List statuses due for re-derivation (never derived, or an event dated since has arrived) are
brought up to date off the GUI thread; a settings change re-derives nothing (no list column reads it)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any


def test_a_settings_change_starts_no_refresh_and_due_lines_are_refreshed_off_the_gui_thread(
    qtbot: Any, controller: Any, store: Any, paper_ids: dict[str, str]
) -> None:
    assert store.stale_summary_count(controller.today()) == 0
    assert controller.refresh_stale_summaries() is None  # nothing to do
    settings = store.clinic_settings()
    with qtbot.waitSignal(controller.patients_changed, timeout=10_000):
        controller.save_clinic_settings(replace(settings, cytoreduction_wbc=settings.cytoreduction_wbc + 10))
    assert store.stale_summary_count(controller.today()) == 0
    qtbot.waitUntil(lambda: not controller.busy(), timeout=20_000)
    # Lines the store has not derived (as after an import) are derived by the controller's worker.
    store._conn.execute("UPDATE patient_list SET computed_on = NULL")
    assert store.stale_summary_count(controller.today()) == len(paper_ids)
    assert controller.refresh_stale_summaries() is not None
    qtbot.waitUntil(lambda: store.stale_summary_count(controller.today()) == 0, timeout=20_000)
    qtbot.waitUntil(lambda: not controller.busy(), timeout=20_000)
