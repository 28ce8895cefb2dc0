"""One place for slow work: every Argon2id derivation and vault query runs on one thread.

One thread, not a pool: the SQLCipher connection is used by one thread at a time, and
jobs run in the order they were submitted. Results come back on the GUI thread through a
queued signal, so callbacks may touch widgets.

The worker thread never holds the last reference to anything a job touches: a callback
often keeps a widget alive, and a Qt object whose last reference dies off the GUI thread
is destroyed there (PySide then crashes the process). So the GUI side keeps each job until
its outcome is delivered, the thread drops its own references before it signals, and the
outcome waits in a table the GUI thread empties.

The thread never touches the `Worker` as a Qt object: its owner may be deleted while a
job runs (a window closed at lock, a directory source dropped), and a signal emitted on
a deleted object from another thread is a use-after-free. The thread signals through one
relay that lives as long as the process, naming the worker by number; the GUI side drops
the outcome if that worker is gone.

Views do not submit here directly: `desktop.ui.vault_op.VaultOp` adds what each needs
(stale results dropped, nothing delivered to a deleted widget).
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from desktop.logsetup import Safe

log = logging.getLogger(__name__)
T = TypeVar("T")

_Callbacks = tuple[Callable[[Any], None] | None, Callable[[BaseException], None] | None]


class _Relay(QObject):
    """Carries "worker n finished job m" to the GUI thread; made once, never deleted."""

    finished = Signal(int, int)  # the worker's number, the job's id

    def __init__(self) -> None:
        super().__init__()
        self.workers: dict[int, weakref.ref[Worker]] = {}  # GUI thread only
        self.finished.connect(self._deliver)

    @Slot(int, int)
    def _deliver(self, number: int, job_id: int) -> None:
        ref = self.workers.get(number)
        worker = ref() if ref is not None else None
        if worker is None:  # gone entirely, and its jobs with it
            self.workers.pop(number, None)
        elif not shiboken6.isValid(worker):  # its owner deleted it: nobody waits for this
            worker._drop(job_id)  # let go of the job here, on the GUI thread
        else:
            worker._deliver(job_id)


_relay: _Relay | None = None
_numbers = itertools.count(1)


class Worker(QObject):
    """Runs callables on its own thread and delivers their outcome on the GUI thread."""

    def __init__(self, parent: QObject | None = None, *, name: str = "confide-vault") -> None:
        super().__init__(parent)
        global _relay  # noqa: PLW0603 - one relay for the process, made on the GUI thread
        if _relay is None:
            _relay = _Relay()
        self._relay = _relay
        self._number = next(_numbers)
        _relay.workers[self._number] = weakref.ref(self)
        # (job id, callable, event to set once the thread has let go of the callable)
        self._jobs: queue.Queue[tuple[int, Callable[[], Any], threading.Event | None] | None] = (
            queue.Queue()
        )
        self._ids = itertools.count(1)
        # GUI thread only: what each waiting job needs when it comes back (and its callable,
        # so the thread is never the last to hold it).
        self._waiting: dict[int, tuple[_Callbacks, Callable[[], Any]]] = {}
        # Filled by the thread, emptied by the GUI thread (dict operations hold the GIL).
        self._outcomes: dict[int, tuple[bool, Any]] = {}
        # Jobs whose outcome only matters while Confide runs (a probe for the first screen):
        # once `stop` is called, those not yet begun are skipped, so quitting never waits.
        self._skippable: set[int] = set()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        skip_at_stop: bool = False,
    ) -> None:
        """Queue `fn`; `on_done(result)` or `on_error(exc)` is called on the GUI thread.

        `skip_at_stop`: `fn` only reads, and is not run if `stop` comes before it begins.
        """
        job_id = next(self._ids)
        self._waiting[job_id] = ((on_done, on_error), fn)
        if skip_at_stop:
            self._skippable.add(job_id)
        self._jobs.put((job_id, fn, None))

    @property
    def busy(self) -> bool:
        """Whether a submitted job has not been delivered yet."""
        return bool(self._waiting)

    @property
    def thread_name(self) -> str:
        """The name of the thread jobs run on."""
        return self._thread.name

    def run_blocking(self, fn: Callable[[], T]) -> T:
        """Run `fn` on the worker thread and wait for it (for quick exit and shutdown only).

        The GUI waits, but the vault is still touched from one thread only; the caller's
        frame holds `fn` and the outcome, so nothing is released on the worker thread.
        """
        done = threading.Event()
        box: dict[str, Any] = {}

        def job() -> None:
            try:
                box["result"] = fn()
            except BaseException as exc:  # noqa: BLE001 - re-raised on the caller's thread
                box["error"] = exc

        self._jobs.put((0, job, done))
        done.wait()
        if "error" in box:
            raise box["error"]
        return box["result"]  # type: ignore[no-any-return]  # the box holds fn's T

    def stop(self) -> None:
        """Finish queued jobs (but skip those submitted `skip_at_stop`) and end the thread."""
        self._stopping.set()
        self._jobs.put(None)
        self._thread.join()

    def _run(self) -> None:
        while (item := self._jobs.get()) is not None:
            job_id, fn, blocking = item
            del item
            if job_id in self._skippable:
                self._skippable.discard(job_id)  # once taken, never looked at again
                if self._stopping.is_set():
                    del fn  # the GUI thread's table still holds it
                    continue
            try:
                outcome: tuple[bool, Any] = (True, fn())
            except Exception as exc:  # noqa: BLE001 - delivered to the submitter's on_error
                outcome = (False, exc)
            del fn
            if blocking is not None:  # run_blocking: its caller holds the outcome already
                del outcome
                blocking.set()
                continue
            self._outcomes[job_id] = outcome
            del outcome  # the table and the GUI thread hold it now, never only this thread
            self._relay.finished.emit(self._number, job_id)

    def _drop(self, job_id: int) -> None:
        self._outcomes.pop(job_id, None)
        self._waiting.pop(job_id, None)

    def _deliver(self, job_id: int) -> None:
        ok, value = self._outcomes.pop(job_id)
        (on_done, on_error), _fn = self._waiting.pop(job_id)
        if ok:
            if on_done is not None:
                on_done(value)
        elif on_error is not None:
            on_error(value)
        else:
            log.error("background job failed: %s", Safe(type(value).__name__))

