"""One unlocked Confide per vault: an OS advisory lock held while the vault is open."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from crypto.errors import EnvironmentProblem, VaultBusy


class VaultLock:
    """An exclusive, non-blocking lock on a file beside the vault; released on close or exit."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._fd: int | None = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise EnvironmentProblem(path, exc.strerror or str(exc)) from exc
        try:
            _lock(self._fd)
        except OSError as exc:
            os.close(self._fd)
            self._fd = None
            raise VaultBusy(path, "the vault is open in another Confide window") from exc

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                _unlock(self._fd)
            os.close(self._fd)
            self._fd = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows build hosts
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
