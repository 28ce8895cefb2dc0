"""Atomic, owner-only file writes: a crash leaves either the old file or the new one, never half.

Temp file in the same folder, permissions restricted before a byte is written, fsync,
`os.replace`, then fsync of the folder so the rename itself survives power loss.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from crypto.errors import DiskFull, EnvironmentProblem

OWNER_ONLY = 0o600


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically, readable by the owner only.

    Raises:
        DiskFull: the disk had no room; the old file is untouched.
        EnvironmentProblem: any other OS error; the old file is untouched.
    """
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, OWNER_ONLY)
        try:
            os.fchmod(fd, OWNER_ONLY)  # umask cannot widen it; fchmod narrows a reused name
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        tmp.replace(path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull(path, "no space left on the disk") from exc
        raise EnvironmentProblem(path, exc.strerror or str(exc)) from exc


def fsync_dir(directory: Path) -> None:
    """Make a rename inside `directory` durable (a no-op where the OS cannot open folders)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # Windows cannot open a directory; its rename is already durable
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_private_dir(directory: Path) -> None:
    """Create `directory` (and parents) so that only the owner can list or enter it."""
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):  # a folder IT pre-created may not be ours to chmod
        directory.chmod(0o700)
