"""SessionWatcher against a real, private dbus-daemon.

The daemon plays both the system bus (logind) and the session bus (the screen saver). A
second connection owns the well-known names and sends the signals, exactly as logind or
a screen saver would, and a small virtual object answers logind's GetSession call.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
    QDBusVirtualObject,
)
from pytestqt.qtbot import QtBot

from desktop.shell.session_watch import (
    LOGIN1,
    LOGIN1_MANAGER,
    LOGIN1_PATH,
    LOGIN1_SESSION,
    SessionWatcher,
)

SESSION_PATH = "/org/freedesktop/login1/session/_32"

pytestmark = pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon")


class FakeLogind(QDBusVirtualObject):
    """Answers Manager.GetSession like logind: "auto" names this session, others do not exist."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def introspect(self, path: str) -> str:
        return ""

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:  # noqa: N802
        if message.interface() != LOGIN1_MANAGER or message.member() != "GetSession":
            return False
        name = str(message.arguments()[0])
        self.asked.append(name)
        if name == "auto":
            reply = message.createReply()
            reply.setArguments([QDBusObjectPath(SESSION_PATH)])
        else:
            reply = message.createErrorReply(
                "org.freedesktop.login1.NoSuchSession", "No such session"
            )
        return connection.send(reply)


@pytest.fixture
def bus_address() -> Iterator[str]:
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # it complains it may not raise its fd limit; harmless
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    assert address.startswith("unix:")
    yield address
    daemon.terminate()
    daemon.wait(timeout=10)
    daemon.stdout.close()


@pytest.fixture
def buses(bus_address: str) -> Iterator[tuple[QDBusConnection, QDBusConnection]]:
    """(the watcher's connection, the connection that plays logind and the screen saver)."""
    watcher_bus = QDBusConnection.connectToBus(bus_address, "confide-test-watcher")
    system_side = QDBusConnection.connectToBus(bus_address, "confide-test-services")
    assert watcher_bus.isConnected()
    assert system_side.isConnected()
    yield watcher_bus, system_side
    QDBusConnection.disconnectFromBus("confide-test-watcher")
    QDBusConnection.disconnectFromBus("confide-test-services")


def signal(path: str, interface: str, name: str, *args: object) -> QDBusMessage:
    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments(list(args))
    return message


def start_watcher(watcher_bus: QDBusConnection, session_path: str | None = None) -> SessionWatcher:
    watcher = SessionWatcher(
        system_bus=watcher_bus, session_bus=watcher_bus, session_path=session_path
    )
    watcher.start()
    return watcher


def test_prepare_for_sleep_true_locks(
    qtbot: QtBot, buses: tuple[QDBusConnection, QDBusConnection]
) -> None:
    watcher_bus, services = buses
    assert services.registerService(LOGIN1)
    watcher = start_watcher(watcher_bus, session_path=SESSION_PATH)
    assert "sleep" in watcher.sources
    with qtbot.assertNotEmitted(watcher.session_locked, wait=200):
        # Waking up (false) is no reason to lock.
        services.send(signal(LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", False))
    with qtbot.waitSignal(watcher.session_locked, timeout=5000):
        services.send(signal(LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", True))


def test_signal_from_someone_else_than_logind_is_ignored(
    qtbot: QtBot, buses: tuple[QDBusConnection, QDBusConnection]
) -> None:
    watcher_bus, services = buses
    watcher = start_watcher(watcher_bus, session_path=SESSION_PATH)
    # `services` does not own org.freedesktop.login1 here, so it is not logind.
    with qtbot.assertNotEmitted(watcher.session_locked, wait=300):
        services.send(signal(LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", True))


@pytest.mark.parametrize(
    ("service", "path"),
    [
        ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
        ("org.freedesktop.ScreenSaver", "/ScreenSaver"),
        ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
    ],
)
def test_screensaver_active_locks(
    qtbot: QtBot, buses: tuple[QDBusConnection, QDBusConnection], service: str, path: str
) -> None:
    watcher_bus, services = buses
    assert services.registerService(service)
    watcher = start_watcher(watcher_bus, session_path=SESSION_PATH)
    assert "screensaver" in watcher.sources
    with qtbot.assertNotEmitted(watcher.session_locked, wait=200):
        services.send(signal(path, service, "ActiveChanged", False))
    with qtbot.waitSignal(watcher.session_locked, timeout=5000):
        services.send(signal(path, service, "ActiveChanged", True))


def test_session_is_found_through_logind_and_its_lock_signal_locks(
    qtbot: QtBot,
    buses: tuple[QDBusConnection, QDBusConnection],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("XDG_SESSION_ID", raising=False)
    watcher_bus, services = buses
    logind = FakeLogind()
    assert services.registerService(LOGIN1)
    assert services.registerVirtualObject(LOGIN1_PATH, logind)
    watcher = start_watcher(watcher_bus)
    qtbot.waitUntil(lambda: "session" in watcher.sources, timeout=5000)
    assert logind.asked == ["auto"]
    with qtbot.waitSignal(watcher.session_locked, timeout=5000):
        services.send(signal(SESSION_PATH, LOGIN1_SESSION, "Lock"))


def test_session_lookup_falls_back_to_xdg_session_id_then_gives_up(
    qtbot: QtBot,
    buses: tuple[QDBusConnection, QDBusConnection],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    class OldLogind(FakeLogind):
        def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:  # noqa: N802
            self.asked.append(str(message.arguments()[0]))
            return connection.send(
                message.createErrorReply("org.freedesktop.login1.NoSuchSession", "no")
            )

    monkeypatch.setenv("XDG_SESSION_ID", "7")
    watcher_bus, services = buses
    logind = OldLogind()
    assert services.registerService(LOGIN1)
    assert services.registerVirtualObject(LOGIN1_PATH, logind)
    with caplog.at_level(logging.INFO, logger="desktop.shell.session_watch"):
        watcher = start_watcher(watcher_bus)
        qtbot.waitUntil(lambda: "session not found" in caplog.text, timeout=5000)
    assert logind.asked == ["auto", "7"]
    assert "NoSuchSession" in caplog.text
    assert watcher.sources == ["sleep", "screensaver"]  # the rest still works


def test_no_bus_logs_why_and_stays_inactive(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    dead = QDBusConnection.connectToBus("unix:path=/nonexistent/confide-test-bus", "confide-dead")
    try:
        assert not dead.isConnected()
        with caplog.at_level(logging.INFO, logger="desktop.shell.session_watch"):
            watcher = SessionWatcher(system_bus=dead, session_bus=dead)
            watcher.start()
        assert watcher.sources == []
        assert "no system bus" in caplog.text
        assert "no session bus" in caplog.text
        assert "watching for session lock: nothing" in caplog.text
    finally:
        QDBusConnection.disconnectFromBus("confide-dead")
