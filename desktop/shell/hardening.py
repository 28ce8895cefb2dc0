"""Keeping the vault's plaintext out of core dumps and screen captures.

A crash dump would hold whatever was in memory: decrypted check-ins and the data key.
Core dumps are turned off for the process (Linux also marks it non-dumpable, which
stops piped crash handlers such as systemd-coredump and other users' debuggers).
Screen capture exclusion exists only on Windows (SetWindowDisplayAffinity) and macOS
(NSWindow.sharingType); Linux has no such switch. Those two are written from the
platforms' documentation and run only on their build hosts.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Final

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
WDA_EXCLUDEFROMCAPTURE = 0x11  # Windows 10 2004 and later
NS_WINDOW_SHARING_NONE = 0


def forbid_core_dumps() -> None:
    """No core file, on every POSIX system; on Linux, no dump through any handler either."""
    if sys.platform == "win32":
        return  # Windows Error Reporting is switched off for the app by its installer
    import resource  # noqa: PLC0415 - POSIX only

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        libc = _own_symbols()
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            log.warning("could not mark the process non-dumpable (errno %d)", ctypes.get_errno())


def is_dumpable() -> bool:
    """Linux: whether the kernel would still write a dump of this process."""
    return bool(_own_symbols().prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _own_symbols() -> ctypes.CDLL:
    # The C library is already loaded into the process: its symbols, without
    # ctypes.util.find_library, which runs ldconfig (~14 ms at every start).
    return ctypes.CDLL(None, use_errno=True)


class CaptureGuard(QObject):
    """Excludes every Confide window from screenshots and screen sharing, where the OS can.

    Installed on the application; acts when a top-level window is first shown. Install
    it only where it can act (`NEEDED`): elsewhere it would cost a Python call per event.
    """

    NEEDED: Final = sys.platform in ("win32", "darwin")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._done: set[int] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            handle = int(watched.winId())
            if handle not in self._done:
                self._done.add(handle)
                _exclude_from_capture(handle)
        return False


def _exclude_from_capture(handle: int) -> None:  # pragma: no cover - Windows and macOS only
    if sys.platform == "win32":
        user32 = ctypes.windll.user32  # type: ignore[attr-defined,unused-ignore]  # Windows only
        if not user32.SetWindowDisplayAffinity(handle, WDA_EXCLUDEFROMCAPTURE):
            log.warning("screen capture exclusion unavailable on this Windows")
    elif sys.platform == "darwin":
        from ctypes import util  # noqa: PLC0415 - macOS only

        objc = ctypes.cdll.LoadLibrary(util.find_library("objc") or "libobjc.dylib")
        objc.sel_registerName.restype = ctypes.c_void_p
        objc.sel_registerName.argtypes = [ctypes.c_char_p]
        send = objc.objc_msgSend
        send.restype = ctypes.c_void_p
        send.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        window = send(handle, objc.sel_registerName(b"window"))  # winId() is the NSView
        if window:
            send.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_long]
            send(window, objc.sel_registerName(b"setSharingType:"), NS_WINDOW_SHARING_NONE)
