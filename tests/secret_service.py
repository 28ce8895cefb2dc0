"""A real Secret Service for keyring tests: a private D-Bus session with gnome-keyring-daemon.

Nothing here is a mock: the `keyring` library talks to gnome-keyring over D-Bus exactly
as on a Linux desktop. The daemon and its bus live in a temporary HOME and die with the
test session, so a developer's own keyring is never touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REQUIRED = ("dbus-daemon", "gnome-keyring-daemon")


@contextmanager
def running_secret_service(home: Path) -> Iterator[dict[str, str]]:
    """Start a bus and an unlocked keyring; yield the environment that reaches them."""
    missing = [tool for tool in REQUIRED if shutil.which(tool) is None]
    if missing:
        raise RuntimeError(
            f"install {', '.join(missing)} (.ci/run does it with apt) to run keyring tests"
        )
    runtime = home / "run"
    runtime.mkdir(mode=0o700, parents=True)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_DATA_HOME": str(home / "share"),
    }
    bus = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    address, pid = bus.stdout.split()[:2]
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert daemon.stdin is not None
        # A non-empty password makes the daemon create and unlock the "login" collection.
        daemon.stdin.write(b"test-only-keyring-password")
        daemon.stdin.close()
        _wait_for_collection(home / "share" / "keyrings" / "login.keyring", daemon)
        yield {k: env[k] for k in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR")}
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        os.kill(int(pid), 15)


def _wait_for_collection(path: Path, daemon: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 10
    while not path.exists():
        if daemon.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("gnome-keyring-daemon did not create its login collection")
        time.sleep(0.02)  # polling a file another process writes; there is no signal to wait on
