"""The worker: one thread, jobs in order, outcomes delivered on the GUI thread."""

from __future__ import annotations

import threading
from functools import partial

import pytest
import shiboken6
from PySide6.QtCore import QObject
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


def test_stop_skips_a_job_submitted_skip_at_stop_that_had_not_begun(qtbot: QtBot) -> None:
    del qtbot
    worker = Worker()
    stopping = threading.Event()
    ran: list[str] = []
    # The first job holds the thread until stop() is under way.
    worker.submit(lambda: stopping.wait(30))
    worker.submit(partial(ran.append, "probe"), skip_at_stop=True)
    worker.submit(partial(ran.append, "vault job"))
    original_put = worker._jobs.put

    def put(item: object) -> None:  # stop() queues its end marker: it has begun
        stopping.set()
        original_put(item)  # type: ignore[arg-type]

    worker._jobs.put = put  # type: ignore[method-assign,assignment]
    worker.stop()
    assert ran == ["vault job"]


def test_a_skip_at_stop_job_runs_while_the_worker_runs(qtbot: QtBot, worker: Worker) -> None:
    results: list[int] = []
    worker.submit(lambda: 7, results.append, skip_at_stop=True)
    qtbot.waitUntil(lambda: results == [7])


def test_an_owner_deleted_while_a_job_runs_drops_its_outcome_safely(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    # A window closed at lock or a directory source dropped takes its worker with it while
    # the thread is mid-job. The thread must not signal on the deleted object (a use-after-
    # free that crashed the end-to-end suite); the late outcome is dropped on the GUI side.
    thread_errors: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook",
                        lambda args: thread_errors.append(args.exc_value))
    owner = QObject()
    worker = Worker(owner, name="confide-test-owned")
    started, release = threading.Event(), threading.Event()
    delivered: list[object] = []

    def job() -> str:
        started.set()
        release.wait(5)
        return "late"

    worker.submit(job, delivered.append, delivered.append)
    assert started.wait(5)
    shiboken6.delete(owner)  # the worker's Qt side goes with its owner
    assert not shiboken6.isValid(worker)
    release.set()
    worker.stop()  # the thread finishes the job, signals, and ends
    qtbot.wait(50)  # the relay's queued signal is handled
    assert thread_errors == [] and delivered == []
    assert worker._waiting == {} and worker._outcomes == {}  # nothing held on
