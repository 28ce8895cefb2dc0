"""One way for a widget to run vault work: on the worker, stale results dropped.

A widget keeps one `VaultOp` and submits through it. A result is delivered only if

- the widget still exists (Qt may have deleted it while the job ran, e.g. the window
  closed at lock), and
- the widget has not called `forget()` since the job was submitted (it forgot its
  personal data, so a late load must not bring it back).

A result nobody receives is handed to `on_dropped` when one is given: a vault opened for
a screen that has gone is locked there rather than left open.

The callbacks may be the widget's own methods: the worker keeps each job on the GUI side
until its outcome is delivered and its thread never holds the last reference (see
`desktop.ui.worker`). The owner itself is held weakly: a widget keeps its VaultOp, and a
strong reference back made every such widget a reference cycle, freed by Python's
cyclic collector at whatever moment it ran, once in the middle of Qt delivering an
event to that very widget (a crash in QWidget::update, seen with a dropped lock screen).
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject

from desktop.logsetup import Safe, describe
from desktop.ui.worker import Worker

log = logging.getLogger(__name__)
T = TypeVar("T")


class VaultOp:
    """Runs a widget's jobs on the worker and delivers only current results to a live widget."""

    def __init__(self, owner: QObject, worker: Worker) -> None:
        self._owner = weakref.ref(owner)
        self.worker = worker
        self._generation = 0

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        *,
        on_dropped: Callable[[T], object] | None = None,
        skip_at_stop: bool = False,
    ) -> None:
        """Run `fn` on the worker; `on_done(result)` or `on_error(exc)` on the GUI thread.

        Neither is called if the owner was deleted or `forget()` was called meanwhile. A
        failure without `on_error` is logged by its type only (never its message).
        `on_dropped(result)`: called instead of `on_done` for a result that is dropped (it
            must not touch the owner, which may be gone).
        `skip_at_stop`: a read-only job the worker may skip if it stops first (see Worker).
        """
        self.worker.submit(fn, self._guard(on_done, on_dropped),
                           self._guard(on_error or self._log), skip_at_stop=skip_at_stop)

    @property
    def owner(self) -> QObject | None:
        """The widget, or None once Python has let it go."""
        return self._owner()

    def forget(self) -> None:
        """Drop the outcome of every job submitted so far (the widget forgot its data)."""
        self._generation += 1

    def _guard(
        self, callback: Callable[[T], object] | None,
        dropped: Callable[[T], object] | None = None,
    ) -> Callable[[T], None]:
        seen = self._generation

        def call(argument: T) -> None:
            owner = self._owner()
            if seen == self._generation and owner is not None and shiboken6.isValid(owner):
                if callback is not None:
                    callback(argument)
            elif dropped is not None:
                dropped(argument)

        return call

    def _log(self, error: BaseException) -> None:
        log.warning("%s: vault job failed: %s", Safe(type(self.owner).__name__),
                    Safe(type(error).__name__))


class Lockable(Protocol):
    """An open vault, as far as locking it goes."""

    def lock(self) -> None: ...


def lock_on_worker(worker: Worker, vault: Lockable) -> None:
    """Lock `vault` on the worker, a failure logged: nobody waits for the outcome.

    Also the `on_dropped` of a job that opened a vault for a widget that is gone: nobody
    else holds that vault, and while it is open its folder stays held (the next unlock
    would find it busy).
    """
    # Straight to the worker: locking is owed to no widget, and must never be dropped.
    worker.submit(vault.lock, None, lambda error: log.error("locking failed: %s", describe(error)))
