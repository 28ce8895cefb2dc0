"""The session's phases and the moves between them, with no Qt: what the controller shows.

    STARTING | SETUP | LOCKED | KEY_MISSING --begin--> SETUP | LOCKED | KEY_MISSING
    SETUP | LOCKED | RESTORING --unlocked--> UNLOCKED
    any but STOPPED --lock--> LOCKED
    LOCKED | KEY_MISSING | UNLOCKED --restore_started--> RESTORING
    RESTORING --restore_failed--> LOCKED | KEY_MISSING (the screen it started from)
    any --stop--> STOPPED (final)

The controller (`desktop.shell.controller`) is the thin Qt side: it asks this machine
before it changes screens, so a move the design does not allow (say, unlocking from
the key-missing screen, or anything after shutdown) is refused here, in one place, and
tested without a display.
"""

from __future__ import annotations

import logging
from enum import Enum

from crypto.folder import FolderState

log = logging.getLogger(__name__)


class Phase(Enum):
    STARTING = "starting"
    SETUP = "setup"  # no vault yet: the first-run wizard
    LOCKED = "locked"  # a vault and its key: the unlock screen
    KEY_MISSING = "key-missing"  # a vault database without its key file
    UNLOCKED = "unlocked"  # the main window, with the person's data
    RESTORING = "restoring"  # a backup is being put in place
    STOPPED = "stopped"  # shut down; nothing more happens


class IllegalMove(RuntimeError):
    """A move the session does not allow from its phase (a bug in the caller)."""

    def __init__(self, move: str, phase: Phase) -> None:
        super().__init__(f"{move} is not allowed while {phase.value}")
        self.move = move
        self.phase = phase


_FIRST_SCREEN = {
    FolderState.VAULT: Phase.LOCKED,
    FolderState.KEY_MISSING: Phase.KEY_MISSING,
}


class Session:
    """Where the app is: setup, locked, unlocked, restoring, key missing or stopped."""

    def __init__(self) -> None:
        self.phase = Phase.STARTING
        self._restore_from = Phase.LOCKED

    @property
    def stopped(self) -> bool:
        return self.phase is Phase.STOPPED

    def begin(self, folder: FolderState) -> Phase:
        """The first screen for what the data folder holds (no vault: setup).

        Allowed again before any unlock (the folder is looked at afresh), never after.
        """
        before_unlock = {Phase.STARTING, Phase.SETUP, Phase.LOCKED, Phase.KEY_MISSING}
        self._move("begin", before_unlock, _FIRST_SCREEN.get(folder, Phase.SETUP))
        return self.phase

    def unlocked(self) -> None:
        """A vault was opened: by setup, the unlock screen or a finished restore."""
        self._move("unlocked", {Phase.SETUP, Phase.LOCKED, Phase.RESTORING}, Phase.UNLOCKED)

    def lock(self) -> bool:
        """Back to the unlock screen; returns whether personal data was on show."""
        was_unlocked = self.phase is Phase.UNLOCKED
        self._move("lock", set(Phase) - {Phase.STOPPED}, Phase.LOCKED)
        return was_unlocked

    def restore_started(self) -> None:
        """A backup is being put in place (from the unlock, key-missing or settings page)."""
        allowed = {Phase.LOCKED, Phase.KEY_MISSING, Phase.UNLOCKED}
        # Leaving the unlocked side shows the unlock screen: a failure goes back there.
        back = Phase.KEY_MISSING if self.phase is Phase.KEY_MISSING else Phase.LOCKED
        self._move("restore_started", allowed, Phase.RESTORING)
        self._restore_from = back

    def restore_failed(self) -> Phase:
        """The restore did not happen: back to the screen it started from."""
        self._move("restore_failed", {Phase.RESTORING}, self._restore_from)
        return self.phase

    def stop(self) -> None:
        """Shut down; every later move is refused."""
        self.phase = Phase.STOPPED

    def _move(self, move: str, allowed: set[Phase], to: Phase) -> None:
        if self.phase not in allowed:
            raise IllegalMove(move, self.phase)
        log.debug("session: %s -> %s", self.phase.value, to.value)
        self.phase = to
