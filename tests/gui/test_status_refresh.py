"""List statuses derived under old settings (or on an earlier day) are brought up to date off the GUI thread."""

from __future__ import annotations

from dataclasses import replace
from typing import Any


def test_changed_thresholds_mark_statuses_stale_and_the_controller_refreshes_them(
    qtbot: Any, controller: Any, store: Any, paper_ids: dict[str, str]
) -> None:
    assert store.stale_summary_count(controller.today()) == 0
    assert controller.refresh_stale_summaries() is None  # nothing to do
    settings = store.clinic_settings()
    with qtbot.waitSignal(controller.patients_changed, timeout=10_000):
        controller.save_clinic_settings(replace(settings, cytoreduction_wbc=settings.cytoreduction_wbc + 10))
    qtbot.waitUntil(lambda: store.stale_summary_count(controller.today()) == 0, timeout=20_000)
    qtbot.waitUntil(lambda: not controller.busy(), timeout=20_000)
