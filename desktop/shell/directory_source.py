"""The referral directory (public data) for the unlocked window, opened on its own thread.

Kept out of the vault's worker and the GUI thread; after unlock it also checks that the
organization's bundle has not been rolled back to an older version (see
`desktop.directory.rollback`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Final

from PySide6.QtCore import QObject, Signal

from crypto.vault import Vault
from desktop.directory.opening import bundle_settings, open_directory
from desktop.directory.rollback import RollbackCheck, check_bundle_version, missing_notice
from desktop.logsetup import describe
from desktop.policy.effective import EffectivePolicy
from desktop.ui.worker import Worker
from referral_directory.directory import Directory
from referral_directory.errors import RefusalReason

_log = logging.getLogger(__name__)

DIRECTORY_THREAD: Final = "confide-directory"


class DirectorySource(QObject):
    """The referral directory (public data), opened on a worker thread of its own.

    Never on the GUI thread, and never on the vault's worker: reading a large organization
    bundle for the first time takes seconds, and unlocking must not queue behind it.
    Start-up asks for it as soon as the first screen is up; a page built before it has
    arrived shows "Loading" (with `progress`) and follows `opened`.

    Args:
        directory: one already opened (tests), else None until `open_on` has run.
        opener: what opens it (`open_directory`; tests may pass a slower one).

    Signals:
        opened(object): the Directory has been opened (delivered on the GUI thread).
        failed(): it could not be opened; the next `open_on` tries again.
        progress(int, int): a new bundle is being read: services done, services in all.
    """

    opened = Signal(object)
    failed = Signal()
    progress = Signal(int, int)

    def __init__(
        self,
        directory: Directory | None = None,
        *,
        opener: Callable[..., Directory] = open_directory,
    ) -> None:
        super().__init__()
        self.directory = directory
        self._opener = opener
        self._opening = False
        self._worker: Worker | None = None
        # The version the directory in use was last reopened without anything older than:
        # the next unlock's check then has nothing to replace (no reopen at every unlock).
        self._guarded_to = 0

    @property
    def worker(self) -> Worker:
        """The directory's own worker thread (started on first use)."""
        if self._worker is None:
            self._worker = Worker(self, name=DIRECTORY_THREAD)
        return self._worker

    def open_on(self, data_dir: Path, policy: EffectivePolicy) -> None:
        """Open the directory on its own worker, unless it is open or opening already."""
        if self.directory is not None or self._opening:
            return
        self._opening = True
        # Direct: the source outlives every page (no widget), and the directory is public.
        settings = bundle_settings(policy.directory_bundle, eap=policy.eap)
        self.worker.submit(
            partial(self._opener, data_dir, settings, progress=self._report),
            self._opened,
            self._failed,
        )

    def stop(self) -> None:
        """End the directory's worker thread (after the job it is running, if any)."""
        if self._worker is not None:
            self._worker.stop()
            self._worker = None

    def guard_rollback(
        self, worker: Worker, vault: Vault, data_dir: Path, policy: EffectivePolicy
    ) -> None:
        """After unlock: record the bundle version in the vault, or reopen without older ones.

        See `desktop.directory.rollback`. Waits for the directory if it is still opening.
        The vault is read on `worker` (the vault's); reopening runs on the directory's own.
        """
        if policy.directory_bundle is None:
            return  # no bundle is expected, so none missing is no rollback
        directory = self.directory
        if directory is None:
            def when_open(_directory: object) -> None:
                self.opened.disconnect(when_open)
                self.guard_rollback(worker, vault, data_dir, policy)

            self.opened.connect(when_open)
            return

        def check() -> RollbackCheck | None:
            if not vault.is_open:  # locked again before this job's turn
                return None
            found = check_bundle_version(vault, directory)
            return found if found.rolled_back else None

        def reopen(found: RollbackCheck) -> Directory:
            settings = bundle_settings(policy.directory_bundle, eap=policy.eap)
            reopened = self._opener(data_dir, settings, minimum_version=found.highest)
            refusal = reopened.refusal
            if reopened.bundle_info is None and (
                refusal is None or refusal.reason is not RefusalReason.ROLLED_BACK
            ):
                reopened.notices.append(missing_notice(found.highest))
            return reopened

        def checked(found: RollbackCheck | None) -> None:
            if found is None or (self.directory is directory
                                 and found.highest <= self._guarded_to):
                return
            _log.warning("directory bundle older than one used before: %d < %d",
                         found.in_use, found.highest)
            # Direct: the source, not a page, receives it (pages follow `opened`).
            self.worker.submit(partial(reopen, found), partial(self._reopened, found.highest),
                               self._failed_check)

        # Direct: no widget waits for it; `check` itself skips a vault locked meanwhile.
        worker.submit(check, checked, self._failed_check)

    def _report(self, done: int, total: int) -> None:
        self.progress.emit(done, total)  # from the directory's thread: queued to the GUI

    def _opened(self, directory: Directory) -> None:
        self._opening = False
        self._guarded_to = 0  # opened afresh: the next unlock checks it again
        self.directory = directory
        self.opened.emit(directory)

    def _reopened(self, guarded_to: int, directory: Directory) -> None:
        self._opened(directory)
        self._guarded_to = guarded_to

    def _failed(self, error: BaseException) -> None:
        self._opening = False
        _log.error("directory unavailable: %s", describe(error))
        self.failed.emit()

    @staticmethod
    def _failed_check(error: BaseException) -> None:
        _log.error("directory check failed: %s", describe(error))
