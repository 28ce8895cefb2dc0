"""The worker: one thread, jobs in order, outcomes delivered on the GUI thread."""

from __future__ import annotations

import threading
from functools import partial

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.worker import Worker


def test_outcomes_arrive_on_the_gui_thread_in_submission_order(
        qtbot: QtBot, worker: Worker) -> None:
    ran_on: list[str] = []
    delivered: list[tuple[int, str]] = []

    def job(n: int) -> int:
        ran_on.append(threading.current_thread().name)
        return n

    def deliver(n: int) -> None:
        delivered.append((n, threading.current_thread().name))

    for n in range(5):
        worker.submit(partial(job, n), deliver)
    qtbot.waitUntil(lambda: len(delivered) == 5)
    assert set(ran_on) == {"confide-vault"}
    assert delivered == [(n, threading.main_thread().name) for n in range(5)]
    assert not worker.busy


def test_a_failure_goes_to_on_error_and_the_next_job_still_runs(
        qtbot: QtBot, worker: Worker) -> None:
    errors: list[BaseException] = []
    results: list[int] = []

    def broken() -> int:
        raise ValueError("no")

    worker.submit(broken, results.append, errors.append)
    worker.submit(lambda: 2, results.append, errors.append)
    qtbot.waitUntil(lambda: results == [2])
    assert [type(e) for e in errors] == [ValueError]


def test_a_failure_without_on_error_is_logged_by_type_only(
        qtbot: QtBot, worker: Worker, caplog: pytest.LogCaptureFixture) -> None:
    def broken() -> None:
        raise RuntimeError("a private note")

    worker.submit(broken)
    qtbot.waitUntil(lambda: not worker.busy)
    assert "RuntimeError" in caplog.text and "private note" not in caplog.text


def test_busy_until_the_outcome_is_delivered(qtbot: QtBot, worker: Worker) -> None:
    release = threading.Event()
    worker.submit(release.wait)
    assert worker.busy
    release.set()
    qtbot.waitUntil(lambda: not worker.busy)


def test_run_blocking_returns_the_value_and_reraises_the_error(worker: Worker) -> None:
    assert worker.run_blocking(lambda: threading.current_thread().name) == "confide-vault"
    empty: dict[str, int] = {}
    with pytest.raises(KeyError):
        worker.run_blocking(lambda: empty["missing"])


def test_stop_finishes_the_queued_jobs_first(qtbot: QtBot) -> None:
    del qtbot
    worker = Worker()
    ran: list[int] = []
    for n in range(3):
        worker.submit(partial(ran.append, n))
    worker.stop()
    assert ran == [0, 1, 2]
