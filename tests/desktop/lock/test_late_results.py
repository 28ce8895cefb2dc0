"""The unlock screen's jobs answer only a screen that is still there.

An unlock takes seconds (Argon2id); the screen may be replaced meanwhile (a restore from
Settings shows a new one). The vault opened for the old screen must not reach it, and must
not stay open either: while it is open its folder is held, and the next unlock is refused.
"""

from __future__ import annotations

import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from crypto.kdf import KdfParams
from desktop.lock.flow import Step
from desktop.lock.view import LockScreen
from desktop.ui.worker import Worker


class _Vault:
    must_change_passphrase = False

    def __init__(self) -> None:
        self.locked = False

    def lock(self) -> None:
        self.locked = True

    def change_passphrase(self, new: str, *, kdf_params: KdfParams | None = None) -> None:
        raise AssertionError("no new passphrase is set in these tests")


class _SlowOpener:
    """Opens a fake vault once `release` is set (the worker waits meanwhile)."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.opened: list[_Vault] = []

    def unlock(self, _directory: Path, _passphrase: str) -> _Vault:
        self.release.wait(timeout=10)
        vault = _Vault()
        self.opened.append(vault)
        return vault

    unlock_with_recovery = unlock

    def unlock_quick(self, directory: Path) -> _Vault:
        return self.unlock(directory, "")


def _unlock_started(qtbot: QtBot, worker: Worker, opener: _SlowOpener, folder: Path) -> LockScreen:
    screen = LockScreen(worker, folder, opener=opener, probe_quick=False)
    screen.show()
    QTest.keyClicks(screen.passphrase, "any passphrase")
    QTest.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert screen.flow.step is Step.WORKING
    return screen


def test_an_unlock_for_a_screen_that_was_replaced_is_dropped_and_locked(
    qtbot: QtBot, worker: Worker, tmp_path: Path
) -> None:
    opener = _SlowOpener()
    screen = _unlock_started(qtbot, worker, opener, tmp_path)
    unlocked: list[object] = []
    screen.unlocked.connect(unlocked.append)
    screen.deleteLater()  # replaced, as the controller replaces it
    qtbot.waitUntil(lambda: not shiboken6.isValid(screen))
    opener.release.set()
    qtbot.waitUntil(lambda: bool(opener.opened) and opener.opened[0].locked and not worker.busy)
    assert unlocked == []


def test_an_unlock_for_a_screen_still_there_is_delivered_and_left_open(
    qtbot: QtBot, worker: Worker, tmp_path: Path
) -> None:
    opener = _SlowOpener()
    screen = _unlock_started(qtbot, worker, opener, tmp_path)
    qtbot.addWidget(screen)
    opener.release.set()
    with qtbot.waitSignal(screen.unlocked, timeout=10_000) as signal:
        pass
    vault = signal.args[0] if signal.args else None
    assert isinstance(vault, _Vault)
    assert screen.vault is vault
    assert not vault.locked
