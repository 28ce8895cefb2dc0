"""One place for slow work: every Argon2id derivation and vault query runs on one thread.

One thread, not a pool: the SQLCipher connection is used by one thread at a time, and
jobs run in the order they were submitted. Results come back on the GUI thread through a
queued signal, so callbacks may touch widgets.

Signals:
    busy_changed(bool): True while a job is running or waiting.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class _Job(Generic[T]):
    fn: Callable[[], T]
    on_done: Callable[[T], None] | None
    on_error: Callable[[BaseException], None] | None
    deliver: bool = True  # False for run_blocking, whose caller waits for the outcome


class Worker(QObject):
    """Runs callables on its own thread and delivers their outcome on the GUI thread."""

    busy_changed = Signal(bool)
    _finished = Signal(object, object, object)  # job, result, error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.Queue[_Job[Any] | None] = queue.Queue()
        self._pending = 0
        self._finished.connect(self._deliver)
        self._thread = threading.Thread(target=self._run, name="confide-vault", daemon=True)
        self._thread.start()

    def submit(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Queue `fn`; `on_done(result)` or `on_error(exc)` is called on the GUI thread."""
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._jobs.put(_Job(fn, on_done, on_error))

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run_blocking(self, fn: Callable[[], T]) -> T:
        """Run `fn` on the worker thread and wait for it (for quick exit and shutdown only).

        The GUI waits, but the vault is still touched from one thread only.
        """
        done = threading.Event()
        box: dict[str, Any] = {}

        def job() -> None:
            try:
                box["result"] = fn()
            except BaseException as exc:  # noqa: BLE001 - re-raised on the caller's thread
                box["error"] = exc
            finally:
                done.set()

        self._jobs.put(_Job(job, None, None, deliver=False))
        done.wait()
        if "error" in box:
            raise box["error"]
        return box["result"]  # type: ignore[no-any-return]  # the box holds fn's T

    def stop(self) -> None:
        """Finish queued jobs and end the thread."""
        self._jobs.put(None)
        self._thread.join()

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            result: Any = None
            error: BaseException | None = None
            try:
                result = job.fn()
            except Exception as exc:  # noqa: BLE001 - delivered to the submitter's on_error
                error = exc
            if job.deliver:
                self._finished.emit(job, result, error)
            # Drop this thread's references before waiting: a callback may hold the last
            # reference to a widget, and a widget must never be destroyed off the GUI thread.
            del job, result, error

    @Slot(object, object, object)
    def _deliver(self, job: _Job[Any], result: Any, error: BaseException | None) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if error is None:
            if job.on_done is not None:
                job.on_done(result)
        elif job.on_error is not None:
            job.on_error(error)
        else:
            log.error("background job failed: %s", type(error).__name__)
