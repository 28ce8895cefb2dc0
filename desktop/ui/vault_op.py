"""One way for a widget to run vault work: on the worker, stale results dropped.

A widget keeps one `VaultOp` and submits through it. A result is delivered only if

- the widget still exists (Qt may have deleted it while the job ran, e.g. the window
  closed at lock), and
- the widget has not called `forget()` since the job was submitted (it forgot its
  personal data, so a late load must not bring it back).

The callbacks may be the widget's own methods: the worker keeps each job on the GUI side
until its outcome is delivered and its thread never holds the last reference (see
`desktop.ui.worker`), so no weak reference is needed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject

from desktop.logsetup import Safe
from desktop.ui.worker import Worker

log = logging.getLogger(__name__)
T = TypeVar("T")


class VaultOp:
    """Runs a widget's jobs on the worker and delivers only current results to a live widget."""

    def __init__(self, owner: QObject, worker: Worker) -> None:
        self.owner = owner
        self.worker = worker
        self._generation = 0

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        *,
        skip_at_stop: bool = False,
    ) -> None:
        """Run `fn` on the worker; `on_done(result)` or `on_error(exc)` on the GUI thread.

        Neither is called if the owner was deleted or `forget()` was called meanwhile. A
        failure without `on_error` is logged by its type only (never its message).
        `skip_at_stop`: a read-only job the worker may skip if it stops first (see Worker).
        """
        self.worker.submit(fn, self._guard(on_done), self._guard(on_error or self._log),
                           skip_at_stop=skip_at_stop)

    def forget(self) -> None:
        """Drop the outcome of every job submitted so far (the widget forgot its data)."""
        self._generation += 1

    def _guard(self, callback: Callable[[T], object] | None) -> Callable[[T], None]:
        seen = self._generation

        def call(argument: T) -> None:
            if callback is not None and seen == self._generation and shiboken6.isValid(self.owner):
                callback(argument)

        return call

    def _log(self, error: BaseException) -> None:
        log.warning("%s: vault job failed: %s", Safe(type(self.owner).__name__),
                    Safe(type(error).__name__))
