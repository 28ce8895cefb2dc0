"""VaultOp: results reach only a live widget that has not forgotten since it asked."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.vault_op import VaultOp
from desktop.ui.worker import Worker


def test_a_result_is_delivered(qtbot: QtBot, worker: Worker) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[int] = []
    VaultOp(owner, worker).run(lambda: 7, seen.append)
    qtbot.waitUntil(lambda: seen == [7])


def test_forget_drops_results_asked_for_before_it(qtbot: QtBot, worker: Worker) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    jobs = VaultOp(owner, worker)
    seen: list[str] = []
    errors: list[BaseException] = []
    release = threading.Event()

    def fails() -> str:
        raise KeyError("late")

    def late() -> str:
        release.wait()
        return "late result"

    jobs.run(late, seen.append)
    jobs.run(fails, seen.append, errors.append)
    jobs.forget()  # the vault locked: the view forgot its personal data
    jobs.run(lambda: "fresh result", seen.append)
    release.set()
    qtbot.waitUntil(lambda: not worker.busy)
    assert seen == ["fresh result"]
    assert errors == []


def test_nothing_is_delivered_to_a_deleted_widget(qtbot: QtBot, worker: Worker) -> None:
    owner = QWidget()
    seen: list[int] = []
    release = threading.Event()
    VaultOp(owner, worker).run(lambda: int(release.wait()), seen.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner))
    release.set()
    qtbot.waitUntil(lambda: not worker.busy)
    assert seen == []


def test_a_failure_without_on_error_is_logged_by_type_only(
        qtbot: QtBot, worker: Worker, caplog: pytest.LogCaptureFixture) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)

    def broken() -> None:
        raise RuntimeError("a private note")

    VaultOp(owner, worker).run(broken)
    qtbot.waitUntil(lambda: not worker.busy)
    assert "QWidget: vault job failed: RuntimeError" in caplog.text
    assert "private note" not in caplog.text


def test_a_dropped_result_goes_to_on_dropped_and_a_delivered_one_does_not(
        qtbot: QtBot, worker: Worker) -> None:
    owner = QWidget()
    jobs = VaultOp(owner, worker)
    seen: list[str] = []
    dropped: list[str] = []
    release = threading.Event()

    def late() -> str:
        release.wait()
        return "for a widget that is gone"

    jobs.run(lambda: "delivered", seen.append, on_dropped=dropped.append)
    qtbot.waitUntil(lambda: seen == ["delivered"])
    jobs.run(late, seen.append, on_dropped=dropped.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner))
    release.set()
    qtbot.waitUntil(lambda: not worker.busy)
    assert seen == ["delivered"]
    assert dropped == ["for a widget that is gone"]


class _Page(QWidget):
    """A widget that keeps its VaultOp, as every page does."""

    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self.jobs = VaultOp(self, worker)


def test_a_widget_keeping_its_vault_op_is_not_a_reference_cycle(worker: Worker) -> None:
    """Let go, the widget goes at once: a cycle was freed by the cyclic collector at any
    moment, once while Qt was delivering an event to that widget (a crash)."""
    gc.disable()
    try:
        page = _Page(worker)
        gone = weakref.ref(page)
        del page
        assert gone() is None
    finally:
        gc.enable()


def test_a_result_for_a_widget_python_let_go_is_dropped(qtbot: QtBot, worker: Worker) -> None:
    page = _Page(worker)
    jobs = page.jobs
    seen: list[int] = []
    dropped: list[int] = []
    release = threading.Event()

    def slow() -> int:
        release.wait()
        return 5

    jobs.run(slow, seen.append, on_dropped=dropped.append)
    del page
    release.set()
    qtbot.waitUntil(lambda: dropped == [5])
    assert seen == [] and jobs.owner is None
