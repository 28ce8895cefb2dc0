"""Lock the vault when the computer's session locks or the machine goes to sleep.

A person who locks the screen (or closes the lid) expects what is on it to be locked
too; Confide follows the operating system instead of waiting for its own idle timer.

Linux (tested here against a private dbus-daemon):
  * system bus, logind ``org.freedesktop.login1.Manager.PrepareForSleep(true)``;
  * system bus, this session's ``org.freedesktop.login1.Session.Lock`` (the session is
    found with ``GetSession("auto")``, else ``GetSession($XDG_SESSION_ID)``;
    asynchronously, so a slow bus never freezes the window);
  * session bus, ``ActiveChanged(true)`` from ``org.freedesktop.ScreenSaver`` (KDE, Xfce
    and others) or ``org.gnome.ScreenSaver``.
A bus that is not there is logged (its error name only) and that source stays off.

Windows: WM_WTSSESSION_CHANGE / WTS_SESSION_LOCK and WM_POWERBROADCAST / PBT_APMSUSPEND,
through a QAbstractNativeEventFilter and ctypes; no extra dependency. Windows sends session
notices only to windows registered with WTSRegisterSessionNotification, so the watcher keeps
a hidden native window of its own and registers it at `start`: the lock works whichever
screen is up (lock screen, setup or main window). The registration is tested here with a
stand-in for wtsapi32; the messages themselves need a Windows test run.

macOS: the distributed notification ``com.apple.screenIsLocked`` through CoreFoundation's
C API and ctypes. TODO: NSWorkspaceWillSleepNotification is posted only on NSWorkspace's
own Objective-C notification centre, which needs PyObjC (an extra dependency) or a
hand-built Objective-C class through ctypes; until then sleep on macOS locks through the
screen lock that macOS itself applies on sleep when "require password" is on.
Not exercised on this build host either.

Signals:
    session_locked(): the session locked, the screen saver started or sleep is coming.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QCoreApplication,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher
from PySide6.QtWidgets import QWidget

from desktop.logsetup import Safe, describe

log = logging.getLogger(__name__)

LOGIN1: Final = "org.freedesktop.login1"
LOGIN1_PATH: Final = "/org/freedesktop/login1"
LOGIN1_MANAGER: Final = "org.freedesktop.login1.Manager"
LOGIN1_SESSION: Final = "org.freedesktop.login1.Session"
# (service, path, interface) of the screen savers that announce ActiveChanged(b).
SCREEN_SAVERS: Final = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
LOOKUP_TIMEOUT_MS: Final = 5000


class SessionWatcher(QObject):
    """Emits `session_locked` when the OS session locks or sleeps; inactive where it cannot.

    Args:
        system_bus: the bus where logind lives (default: the system bus). Tests pass a
            private bus.
        session_bus: the bus where the screen saver lives (default: the session bus).
        session_path: logind's object path for this session, if already known; otherwise
            it is looked up on the system bus.

    Signals:
        session_locked(): lock now; repeated events may emit it more than once.
    """

    session_locked = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        system_bus: QDBusConnection | None = None,
        session_bus: QDBusConnection | None = None,
        session_path: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._system_bus = system_bus
        self._session_bus = session_bus
        self._session_path = session_path
        self._sources: list[str] = []
        self._lookup: QDBusPendingCallWatcher | None = None
        self._native: _NativeLockFilter | None = None
        self._mac_observer: Any = None
        self._sink: QWidget | None = None  # Windows: the window session notices go to

    @property
    def sources(self) -> list[str]:
        """What is being watched, e.g. ["sleep", "session", "screensaver"] (for the log)."""
        return list(self._sources)

    def start(self) -> None:
        """Connect to whatever the platform offers; never raises."""
        if sys.platform == "win32":
            self._start_windows()
        elif sys.platform == "darwin":
            self._start_macos()
        else:
            self._start_linux()
        log.info("watching for session lock: %s", Safe(", ".join(self._sources) or "nothing"))

    # --- Linux ----------------------------------------------------------------------

    def _start_linux(self) -> None:
        system = self._system_bus or QDBusConnection.systemBus()
        if system.isConnected():
            self._system_bus = system
            self._connect(
                system,
                (LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER),
                "PrepareForSleep",
                slot=SLOT("_on_prepare_for_sleep(bool)"),
                source="sleep",
            )
            if self._session_path:
                self._watch_session(self._session_path)
            else:
                self._find_session()
        else:
            log.info(
                "no system bus (%s); not watching sleep or session lock",
                Safe(system.lastError().name() or "not connected"),
            )
        session = self._session_bus or QDBusConnection.sessionBus()
        if session.isConnected():
            self._session_bus = session
            for where in SCREEN_SAVERS:
                self._connect(
                    session,
                    where,
                    "ActiveChanged",
                    slot=SLOT("_on_screensaver_active(bool)"),
                    source="screensaver",
                )
        else:
            log.info(
                "no session bus (%s); not watching the screen saver",
                Safe(session.lastError().name() or "not connected"),
            )

    def _connect(
        self,
        bus: QDBusConnection,
        where: tuple[str, str, str],
        name: str,
        *,
        slot: str,
        source: str,
    ) -> None:
        service, path, interface = where
        # The stubs ask for bytes, but PySide6 6.12 accepts only the str that SLOT() returns.
        if bus.connect(service, path, interface, name, self, slot):  # type: ignore[call-overload]
            if source not in self._sources:
                self._sources.append(source)
        else:
            log.info("could not watch %s.%s (%s)", Safe(interface), Safe(name),
                     Safe(bus.lastError().name()))

    def _find_session(self, attempts: tuple[str, ...] | None = None) -> None:
        """Ask logind for this session's object path, one candidate name at a time."""
        if attempts is None:
            # "auto" is the caller's own session, else the user's display session (logind
            # resolves it from the caller's credentials). GetSessionByPID would do the
            # same, but PySide6 cannot marshal its uint32 argument (ints go out as int32).
            # $XDG_SESSION_ID covers a logind too old to know "auto".
            env_id = os.environ.get("XDG_SESSION_ID", "")
            attempts = ("auto", env_id) if env_id else ("auto",)
        assert self._system_bus is not None  # noqa: S101 - set by _start_linux
        call = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "GetSession")
        call.setArguments([attempts[0]])
        lookup = QDBusPendingCallWatcher(self._system_bus.asyncCall(call, LOOKUP_TIMEOUT_MS), self)
        lookup.finished.connect(lambda done: self._on_session_found(done, attempts[1:]))
        self._lookup = lookup

    def _on_session_found(self, lookup: QDBusPendingCallWatcher, rest: tuple[str, ...]) -> None:
        reply = lookup.reply()
        lookup.deleteLater()
        self._lookup = None
        if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
            self._watch_session(_object_path(reply.arguments()[0]))
        elif rest:
            self._find_session(rest)
        else:
            log.info(
                "logind session not found (%s); not watching session lock",
                Safe(reply.errorName() or "no answer"),
            )

    def _watch_session(self, path: str) -> None:
        assert self._system_bus is not None  # noqa: S101 - set by _start_linux
        self._session_path = path
        self._connect(
            self._system_bus,
            (LOGIN1, path, LOGIN1_SESSION),
            "Lock",
            slot=SLOT("_on_session_lock()"),
            source="session",
        )

    @Slot(bool)
    def _on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:  # False is the wake-up announcement
            self._emit("sleep")

    @Slot()
    def _on_session_lock(self) -> None:
        self._emit("session lock")

    @Slot(bool)
    def _on_screensaver_active(self, active: bool) -> None:
        if active:
            self._emit("screen saver")

    def _emit(self, why: str) -> None:
        log.info("locking: %s", Safe(why))
        self.session_locked.emit()

    # --- Windows --------------------------------------------------------------------

    def _start_windows(self) -> None:
        app = QCoreApplication.instance()
        if app is None:
            log.info("no application; not watching session lock")
            return
        self._native = _NativeLockFilter(self._emit)
        app.installNativeEventFilter(self._native)
        self._sources.append("sleep")
        # Never shown: it exists to have a window handle that session notices reach.
        self._sink = QWidget()
        self._sink.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self._sink.setObjectName("sessionNoticeSink")
        notify_for_this_session = 0
        wtsapi32 = ctypes.windll.wtsapi32  # type: ignore[attr-defined,unused-ignore]
        if wtsapi32.WTSRegisterSessionNotification(int(self._sink.winId()),
                                                   notify_for_this_session):
            self._sources.append("session")
        else:
            log.warning("session lock notifications unavailable (WTS registration failed)")

    # --- macOS ----------------------------------------------------------------------

    def _start_macos(self) -> None:
        try:
            self._mac_observer = _observe_mac_screen_lock(lambda: self._emit("screen lock"))
        except (OSError, AttributeError) as exc:
            log.info("macOS screen lock notifications unavailable (%s)", describe(exc))
            return
        self._sources.append("screen lock")


def _object_path(argument: object) -> str:
    path = getattr(argument, "path", None)
    return str(path() if callable(path) else argument)


# WM_* and PBT_* values from WinUser.h; WTS_SESSION_LOCK from WtsApi32.h.
WM_POWERBROADCAST: Final = 0x0218
PBT_APMSUSPEND: Final = 0x0004
WM_WTSSESSION_CHANGE: Final = 0x02B1
WTS_SESSION_LOCK: Final = 0x0007


class _NativeLockFilter(QAbstractNativeEventFilter):
    """Windows: watches the raw MSG stream for session lock and suspend."""

    def __init__(self, emit: Callable[[str], None]) -> None:
        super().__init__()
        self._emit = emit

    def nativeEventFilter(self, event_type: Any, message: int) -> object:  # noqa: N802 - Qt's
        if sys.platform == "win32" and bytes(event_type) == b"windows_generic_MSG":
            from ctypes import wintypes  # noqa: PLC0415 - exists on Windows only

            msg = wintypes.MSG.from_address(int(message))
            if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                self._emit("session lock")
            elif msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND:
                self._emit("sleep")
        return False, 0


def _observe_mac_screen_lock(on_lock: Callable[[], None]) -> Any:
    """macOS: call `on_lock` on the distributed notification com.apple.screenIsLocked.

    Returns the ctypes callback, which the caller must keep alive.
    """
    cf = ctypes.cdll.LoadLibrary(
        "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
    )
    cf.CFNotificationCenterGetDistributedCenter.restype = ctypes.c_void_p
    cf.CFStringCreateWithCString.restype = ctypes.c_void_p
    cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
    callback_type = ctypes.CFUNCTYPE(
        None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p
    )
    cf.CFNotificationCenterAddObserver.argtypes = [
        ctypes.c_void_p,
        ctypes.c_void_p,
        callback_type,
        ctypes.c_void_p,
        ctypes.c_void_p,
        ctypes.c_long,
    ]
    utf8 = 0x08000100  # kCFStringEncodingUTF8
    deliver_immediately = 4  # CFNotificationSuspensionBehaviorDeliverImmediately
    callback = callback_type(lambda *_args: on_lock())
    center = cf.CFNotificationCenterGetDistributedCenter()
    name = cf.CFStringCreateWithCString(None, b"com.apple.screenIsLocked", utf8)
    # The observer pointer only identifies this registration; the callback's address does.
    observer = ctypes.cast(callback, ctypes.c_void_p)
    cf.CFNotificationCenterAddObserver(center, observer, callback, name, None, deliver_immediately)
    return callback
