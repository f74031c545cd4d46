"""Housekeeping on worker threads never blocks quitting, and never outlives the connection it needs."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from aml_desktop.gui.workers import StoreTask
from aml_desktop.store import Store


def _make_refresh_wait(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    """The status refresh blocks until released, so a test holds it mid-run deterministically."""
    entered, release = threading.Event(), threading.Event()
    original = Store.refresh_summaries

    def held(self: Store, *args: Any, **kwargs: Any) -> int:
        entered.set()
        assert release.wait(20), "the test never released the refresh"
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Store, "refresh_summaries", held)
    return entered, release


def _refresh_due_lines(controller: Any) -> None:
    """Every line due (as after an import without derivation), and the refresh asked for."""
    controller.store._conn.execute("UPDATE patient_list SET computed_on = NULL")
    controller.refresh_stale_summaries()


def test_quitting_during_a_status_refresh_does_not_ask_and_stops_the_worker(
    qtbot: Any, window: Any, controller: Any, paper_ids: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    entered, release = _make_refresh_wait(monkeypatch)
    _refresh_due_lines(controller)
    assert entered.wait(20)
    assert controller.busy() and not controller.must_finish()
    (task,) = controller._tasks
    finished: list[bool] = []
    task.signals.finished.connect(lambda: finished.append(True))

    window.close()  # an unanswered "Quit anyway?" would fail here (no_unanswered_modals)
    assert not window.isVisible()

    release.set()
    controller.close()
    assert task.wait(0), "the worker thread outlived controller.close()"
    assert finished == [True]
    assert not controller.busy()


def test_a_second_request_reuses_the_running_refresh(
    qtbot: Any, controller: Any, paper_ids: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    entered, release = _make_refresh_wait(monkeypatch)
    _refresh_due_lines(controller)
    assert entered.wait(20)
    first = set(controller._tasks)
    _refresh_due_lines(controller)
    assert controller._tasks == first
    release.set()
    qtbot.waitUntil(lambda: not controller.busy(), timeout=20_000)
    assert controller.store.stale_summary_count(controller.today()) == 0


def test_the_window_shows_background_progress_in_the_status_bar_not_a_dialog(
    qtbot: Any, window: Any, controller: Any, paper_ids: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    entered, release = _make_refresh_wait(monkeypatch)
    _refresh_due_lines(controller)
    assert entered.wait(20)
    qtbot.waitUntil(lambda: "Updating patient statuses" in window.statusBar().currentMessage(), timeout=5000)
    assert window.progress_dialogs == []
    release.set()
    qtbot.waitUntil(lambda: not controller.busy(), timeout=20_000)
    assert window.statusBar().currentMessage() == ""


def test_a_stopped_background_task_ends_at_its_next_progress_report(qtbot: Any) -> None:
    reports: list[int] = []
    go_on = threading.Event()

    def work(_store: Any, progress: Any) -> str:
        for n in range(1_000_000):
            progress(n, 0, "")
            reports.append(n)
            go_on.wait(20)
        return "ran to the end"

    task = StoreTask("housekeeping", None, work, background=True)
    outcomes: list[str] = []
    task.signals.succeeded.connect(lambda value: outcomes.append(f"succeeded {value}"))
    task.signals.failed.connect(lambda text: outcomes.append(f"failed {text}"))
    with qtbot.waitSignal(task.signals.finished, timeout=20_000):
        task.start()
        qtbot.waitUntil(lambda: reports == [0], timeout=5000)
        task.request_stop()
        go_on.set()
    assert outcomes == []  # stopped: neither success nor failure
    assert reports == [0]
    assert task.wait(0)


def test_work_the_user_started_cannot_be_stopped() -> None:
    task = StoreTask("backup", None, lambda _s, _p: None)
    with pytest.raises(ValueError, match="must run to the end"):
        task.request_stop()


def test_restore_is_refused_while_an_import_runs(
    qtbot: Any, window: Any, controller: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    task = controller.start_task("Importing 1 case file(s)", lambda _s, _p: release.wait(20), needs_store=False)
    assert controller.must_finish()
    window.ui.restore_action.trigger()  # an unanswered file dialog would fail here
    assert "cannot start while an import" in window.ui.message_label.text()
    release.set()
    qtbot.waitUntil(lambda: not controller.busy(), timeout=20_000)
    assert task.wait(0)
