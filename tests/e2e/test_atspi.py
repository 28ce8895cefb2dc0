"""Every control a screen reader meets is named and reachable by keyboard, on every screen.

Not Qt's own view of itself: the real accessibility tree as Orca reads it. The test starts
a private D-Bus session, the AT-SPI bus (at-spi2-core) and an X server (Xvfb), runs the real
Confide in them on a demo vault with both peer roles (tests/e2e/atspi_driver.py), and for
each screen (the unlock screen, every section, the crisis panel, the directory window)
reads the tree through Debian's pyatspi with the system Python (tests/e2e/atspi_walk.py).
.ci/run installs at-spi2-core, python3-pyatspi and xvfb with apt; without them the test
fails and says what to install.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
APP_NAME = "confide"
# What a person operates: each must have a name to be announced, and take keyboard focus.
INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "password text", "spin button", "slider", "list", "list box", "table", "tree",
    "tree table", "page tab list", "link", "date editor",
}

pytestmark = pytest.mark.slow


def _require_tools() -> None:
    missing = [tool for tool in ("Xvfb", "dbus-daemon", "dbus-send") if not shutil.which(tool)]
    if not Path(BUS_LAUNCHER).exists():
        missing.append("at-spi2-core")
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True,
                           check=False)
    if probe.returncode != 0:
        missing.append("python3-pyatspi")
    if missing:
        pytest.fail(f"install {', '.join(missing)} (installer/debian-deps --test does it)")


def _wait_for_name(env: dict[str, str], name: str) -> None:
    """Wait until `name` is owned on the session bus (the AT-SPI bus is up)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        reply = subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/",
             "org.freedesktop.DBus.NameHasOwner", f"string:{name}"],
            env=env, capture_output=True, text=True, check=False,
        )
        if "boolean true" in reply.stdout:
            return
        time.sleep(0.05)  # another process's start-up; D-Bus has no wait-for-name call
    pytest.fail(f"{name} did not appear on the test's D-Bus session")


@pytest.fixture
def desktop_session(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private D-Bus session with the AT-SPI bus, and an X server; yields their env."""
    _require_tools()
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(runtime),
           "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
    env.pop("QT_SCALE_FACTOR", None)
    bus = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        env=env, capture_output=True, text=True, check=True,
    )
    address, bus_pid = bus.stdout.split()[:2]
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as display:
        env["DISPLAY"] = ":" + display.readline().strip()
    launcher = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for_name(env, "org.a11y.Bus")
        yield env
    finally:
        for process in (launcher, xvfb):
            process.terminate()
            process.wait(timeout=10)
        os.kill(int(bus_pid), 15)


def _walk(env: dict[str, str]) -> list[dict[str, Any]]:
    """The controls on screen, read through AT-SPI (retried while the app registers)."""
    for _attempt in range(20):
        done = subprocess.run(
            [SYSTEM_PYTHON, str(ROOT / "tests" / "e2e" / "atspi_walk.py"), APP_NAME],
            env={**env, "PYTHONPATH": ""}, capture_output=True, text=True, timeout=60, check=False,
        )
        assert done.returncode == 0, done.stderr
        tree = json.loads(done.stdout)
        if tree["found"] and tree["controls"]:
            return list(tree["controls"])
        time.sleep(0.2)  # the application's bridge registers after its first window
    pytest.fail("Confide never appeared in the AT-SPI tree")


def problems(controls: list[dict[str, Any]]) -> list[str]:
    """What a screen-reader user would hit: an unnamed control, or one the keyboard skips."""
    found = []
    for control in controls:
        if control["role"] not in INTERACTIVE:
            continue
        where = f"{control['role']} {control['name']!r} at {control['path']}"
        if not control["name"].strip():
            found.append(f"no name: {where}")
        if control["enabled"] and not control["focusable"]:
            found.append(f"not reachable by keyboard: {where}")
    return found


def test_problems_are_found() -> None:
    """The check fails on what it is there to catch."""
    assert problems([
        {"role": "push button", "name": "", "enabled": True, "focusable": True, "path": "a"},
        {"role": "check box", "name": "Both", "enabled": True, "focusable": False, "path": "b"},
        {"role": "label", "name": "", "enabled": True, "focusable": False, "path": "c"},
        {"role": "push button", "name": "Off", "enabled": False, "focusable": False, "path": "d"},
    ]) == ["no name: push button '' at a", "not reachable by keyboard: check box 'Both' at b"]


def test_every_screen_is_named_and_reachable_through_atspi(
    desktop_session: dict[str, str], tmp_path: Path
) -> None:
    errors = tmp_path / "driver-stderr.txt"  # a file: a full pipe would stall the app
    with errors.open("wb") as sink:
        driver = subprocess.Popen(
            [sys.executable, "-m", "tests.e2e.atspi_driver", str(tmp_path / "data")],
            cwd=ROOT, env=desktop_session, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=sink, text=True,
        )
    assert driver.stdin is not None and driver.stdout is not None
    seen: dict[str, list[dict[str, Any]]] = {}
    try:
        for line in driver.stdout:
            if line.strip() == "done":
                break
            assert line.startswith("screen "), line
            seen[line.split()[1]] = _walk(desktop_session)
            driver.stdin.write("next\n")
            driver.stdin.flush()
    finally:
        driver.stdin.close()  # a driver still waiting for "next" exits on end of input
        code = driver.wait(timeout=60)
        driver.stdout.close()
    assert code == 0, errors.read_text(encoding="utf-8", errors="replace")[-3000:]
    pages = {"page:home", "page:checkin", "page:questionnaires", "page:history",
             "page:insights", "page:safety_plan", "page:directory", "page:policies",
             "page:settings", "page:peer_log", "page:peer_reports", "page:merge_reports"}
    others = {"setup:welcome", "setup:passphrase", "lock", "crisis", "directory", "export",
              "crisis:unlocked"}
    assert others | pages <= set(seen)

    def has(screen: str, role: str, name: str) -> bool:
        return any(c["role"] == role and c["name"].startswith(name) for c in seen[screen])

    # The tree is the real one: each screen's own controls are in it, by their names.
    assert has("lock", "push button", "Unlock")
    assert has("crisis", "push button", "Call 988")
    assert not has("crisis", "push button", "Open my safety plan")  # locked: no plan
    assert has("directory", "text", "Search the directory")
    assert has("crisis:unlocked", "push button", "Open my safety plan")
    assert has("setup:welcome", "push button", "Get started")
    assert has("setup:passphrase", "password text", "Confirm new passphrase")
    assert has("export", "push button", "Export and choose where to save")
    report = {name: problems(controls) for name, controls in seen.items()}
    assert {name: found for name, found in report.items() if found} == {}
    for name, controls in seen.items():  # each screen had something to operate
        assert any(c["role"] in INTERACTIVE for c in controls), name
