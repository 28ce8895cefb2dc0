"""Running the settings page's vault tasks on the worker, and saying how they went.

Every section hands its slow work (rewrapping a key, writing a backup, saving a role) to
one `TaskRunner`, so the page has one status line, one busy state (buttons wait while a
task runs, and two key changes never overlap) and one pair of outcome signals.

Signals:
    busy_changed(bool): True while any task runs.
    said(str, bool): words for the status line, and whether they report a failure.
    task_done(str): a task finished; the argument is its name.
    task_failed(str, str): a task failed: (its name, the words shown to the person).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.settings.messages import describe_error
from desktop.ui.vault_op import VaultOp
from desktop.ui.worker import Worker

log = logging.getLogger(__name__)
T = TypeVar("T")


class TaskRunner(QObject):
    """Submits named tasks to the worker and reports them (see the module docstring).

    Signals:
        busy_changed(bool), said(str, bool), task_done(str), task_failed(str, str).
    """

    busy_changed = Signal(bool)
    said = Signal(str, bool)
    task_done = Signal(str)
    task_failed = Signal(str, str)

    def __init__(self, worker: Worker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        # The vault can lock (and the page be deleted) while a task runs; its outcome then
        # has no page to go to.
        self._jobs = VaultOp(self, worker)
        self._running = 0

    @property
    def idle(self) -> bool:
        return self._running == 0

    def run(
        self,
        task: str,
        fn: Callable[[], Any],
        on_done: Callable[[Any], object] | None = None,
        done_words: str = "",
        on_failed: Callable[[], object] | None = None,
    ) -> None:
        """Run `fn` on the worker; then `on_done(result)`, the words, and `task_done(task)`.

        On failure the error becomes plain words in the status line and `task_failed`;
        `on_failed` lets a section put back what it showed in advance.
        """
        self._step(+1)

        def done(result: Any) -> None:
            if on_done is not None:
                on_done(result)
            self._step(-1)  # after on_done, so sections re-render with the new state
            if done_words:
                self.say(done_words)
            self.task_done.emit(task)

        def failed(error: BaseException) -> None:
            if on_failed is not None:
                on_failed()
            self._step(-1)
            log.info("settings task %s failed: %s", task, type(error).__name__)
            words = describe_error(error, QCoreApplication.translate)
            self.say(words, error=True)
            self.task_failed.emit(task, words)

        self._jobs.run(fn, done, failed)

    def probe(self, fn: Callable[[], T], on_done: Callable[[T], None]) -> None:
        """Read something for display without blocking the buttons; a failure is only said."""
        self._jobs.run(
            fn,
            on_done,
            lambda error: self.say(describe_error(error, QCoreApplication.translate), error=True),
        )

    def say(self, words: str, *, error: bool = False) -> None:
        self.said.emit(words, error)

    def _step(self, step: int) -> None:
        was_idle = self.idle
        self._running += step
        if self.idle != was_idle:
            self.busy_changed.emit(not self.idle)
