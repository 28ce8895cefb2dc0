"""On Windows the watcher registers a window of its own for session notices at start.

WTS session-lock messages reach only windows registered with
WTSRegisterSessionNotification; before this, nothing ever registered one. This build host
has no Windows API, so `ctypes.windll.wtsapi32` is a named stand-in (FakeWtsApi) that
records the call; the native window handle it receives is a real one made by Qt.
"""

from __future__ import annotations

import ctypes
import sys

import pytest
from pytestqt.qtbot import QtBot

from desktop.shell.session_watch import SessionWatcher


class FakeWtsApi:
    """Stand-in for wtsapi32.dll: records WTSRegisterSessionNotification(hwnd, flags)."""

    def __init__(self, answer: int) -> None:
        self.answer = answer
        self.calls: list[tuple[int, int]] = []

    def WTSRegisterSessionNotification(self, hwnd: int, flags: int) -> int:  # noqa: N802
        self.calls.append((hwnd, flags))
        return self.answer


class FakeWindll:
    def __init__(self, wtsapi32: FakeWtsApi) -> None:
        self.wtsapi32 = wtsapi32


@pytest.mark.parametrize("answer", [1, 0])
def test_start_registers_a_window_for_session_notices(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answer: int
) -> None:
    wts = FakeWtsApi(answer)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "windll", FakeWindll(wts), raising=False)
    watcher = SessionWatcher()
    watcher.start()
    assert len(wts.calls) == 1
    hwnd, flags = wts.calls[0]
    assert hwnd != 0 and flags == 0  # NOTIFY_FOR_THIS_SESSION, on a real native window
    expected = ["sleep", "session"] if answer else ["sleep"]
    assert watcher.sources == expected
