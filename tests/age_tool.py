"""Opening an age file with the standard `age` binary, as a person without Confide would.

age reads passphrases only from a terminal, so it runs on a pseudo-terminal here.
"""

from __future__ import annotations

import os
import pty
from pathlib import Path


def decrypt_with_age(source: Path, out: Path, passphrase: str) -> int:
    """Run `age --decrypt -o out source`, typing `passphrase`; returns age's exit code."""
    pid, fd = pty.fork()
    if pid == 0:  # child: age, talking to the pseudo-terminal
        os.execvp("age", ["age", "--decrypt", "-o", str(out), str(source)])
    seen = b""
    while b"passphrase" not in seen.lower():
        seen += os.read(fd, 1024)
    os.write(fd, passphrase.encode() + b"\n")
    while True:
        try:
            if not os.read(fd, 1024):
                break
        except OSError:  # the terminal closes when age exits
            break
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)
