"""Preparing the data folder (`Vault.prepare`) without keeping the first screen waiting.

Preparing finishes a restore a crash interrupted and deletes an expired quick unlock. It
needs `crypto.vault` (cryptography, SQLCipher, age), so it runs on the worker once the
first screen is painted: the worker's imports would otherwise hold the GIL while the
unlock screen is built. Every vault job queues behind it, so no unlock can overtake it.
Only an unfinished restore is finished before the first screen is chosen, since it
decides which screen that is.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Final

from crypto import folder
from crypto.errors import VaultError
from crypto.folder import FolderState
from desktop.logsetup import describe

if TYPE_CHECKING:
    from desktop.ui.worker import Worker

log = logging.getLogger(__name__)

# The longest the worker waits for the first paint before preparing the folder anyway.
FIRST_PAINT_WAIT_S: Final = 2.0


class FolderPreparation:
    """The data folder's preparation, timed around the first paint and quitting."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._first_paint = threading.Event()
        # Set when Confide quits: a preparation that has not begun by then is left to the
        # next start, so quitting from the first screen never waits for the vault's imports.
        self._stopping = threading.Event()

    def first_state(self, worker: Worker) -> FolderState:
        """What the folder holds, to choose the first screen; preparing it is queued."""
        state = folder.first_look(self.data_dir)
        if state is None:  # an unfinished restore: it decides the screen, so finish it now
            return prepare(self.data_dir)
        if state is FolderState.VAULT:
            data_dir, painted, stopping = self.data_dir, self._first_paint, self._stopping

            def prepare_after_first_paint() -> FolderState:
                painted.wait(timeout=FIRST_PAINT_WAIT_S)
                if stopping.is_set():  # quitting before it began: the next start prepares
                    return FolderState.VAULT
                return prepare(data_dir)

            # Direct: folder housekeeping for no widget (the controller outlives the worker).
            worker.submit(prepare_after_first_paint, lambda _state: None)
        return state

    def painted(self) -> None:
        """The first screen is painted: the worker may prepare the folder now."""
        self._first_paint.set()

    def stop(self) -> None:
        """Confide is quitting: a preparation not yet begun is skipped, a waiting one goes on."""
        self._stopping.set()  # first: the worker, woken by the next line, must see it
        self._first_paint.set()


def prepare(data_dir: Path) -> FolderState:
    """`Vault.prepare`, logging a failure and judging the state from the files instead."""
    from crypto.vault import Vault  # noqa: PLC0415 - on the worker, not before the screen

    try:
        return Vault.prepare(data_dir)
    except (VaultError, OSError) as error:  # the next screen words what is wrong
        log.error("preparing the data folder failed: %s", describe(error))
        return FolderState.VAULT if folder.vault_exists(data_dir) else FolderState.KEY_MISSING
