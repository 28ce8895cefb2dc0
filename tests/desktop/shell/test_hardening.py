"""Core dumps are off once the app starts (checked in a child process: the flag is for life)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import resource
from desktop.shell.hardening import forbid_core_dumps, is_dumpable
assert is_dumpable()
forbid_core_dumps()
assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
assert not is_dumpable()
import sys
assert "ctypes.util" not in sys.modules  # no ldconfig run at start (~14 ms)
print("ok")
"""


def test_core_dumps_are_forbidden() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
