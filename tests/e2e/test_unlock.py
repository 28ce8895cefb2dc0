# mypy: disable-error-code="unreachable,comparison-overlap"
# (Why: mypy keeps `flow.step` narrowed across clicks that change it.)
"""Unlocking through the real screen: wrong passphrase, right passphrase, recovery code."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from crypto.errors import WrongPassphrase
from crypto.kdf import KdfParams
from crypto.recovery import RecoveryCode
from crypto.vault import Vault
from desktop.lock.flow import Mode, Step
from desktop.lock.view import LockScreen
from desktop.shell.controller import AppController
from tests.e2e.conftest import NEW_PASSPHRASE, PASSPHRASE


def _screen(controller: AppController) -> LockScreen:
    controller.start()
    screen = controller.lock_screen
    assert screen is not None
    assert controller.setup_wizard is None
    return screen


@pytest.mark.usefixtures("existing_vault")
def test_wrong_passphrase_says_so_and_stays_locked(qtbot: QtBot, controller: AppController) -> None:
    screen = _screen(controller)
    assert screen.passphrase.echoMode() == screen.passphrase.EchoMode.Password
    hints = screen.passphrase.inputMethodHints()
    assert hints & Qt.InputMethodHint.ImhSensitiveData
    assert hints & Qt.InputMethodHint.ImhNoPredictiveText
    assert not screen.quick_button.isVisible()  # no quick unlock was ever enabled
    QTest.keyClicks(screen.passphrase, "sunflower river quiet lamb")
    QTest.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.flow.step is Step.ENTER and screen.error.isVisible(),
                    timeout=10_000)
    assert screen.error.text() == "That passphrase does not open this vault."
    assert controller.vault is None
    assert controller.main_window is None
    assert screen.passphrase.hasSelectedText()  # ready to type over


@pytest.mark.usefixtures("existing_vault")
def test_right_passphrase_opens_the_main_window(qtbot: QtBot, controller: AppController) -> None:
    screen = _screen(controller)
    QTest.keyClicks(screen.passphrase, PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        QTest.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert controller.main_window is not None and controller.main_window.isVisible()
    assert controller.lock_screen is None
    assert controller.vault is not None and controller.vault.is_open


def test_recovery_code_forces_a_new_passphrase_first(
    qtbot: QtBot, controller: AppController, existing_vault: RecoveryCode, data_dir: Path,
    fast_kdf: KdfParams,
) -> None:
    screen = _screen(controller)
    QTest.mouseClick(screen.mode_button, Qt.MouseButton.LeftButton)
    assert screen.flow.mode is Mode.RECOVERY_CODE
    assert screen.field_label.text() == "&Recovery code"
    QTest.keyClicks(screen.passphrase, existing_vault.display().lower())
    QTest.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.flow.step is Step.NEW_PASSPHRASE, timeout=10_000)
    assert controller.main_window is None  # nothing opens before the new passphrase
    assert screen.stack.currentIndex() == 1
    assert not screen.save_button.isEnabled()

    QTest.keyClicks(screen.new_field.entry, NEW_PASSPHRASE)
    QTest.keyClicks(screen.new_field.confirm, NEW_PASSPHRASE)
    assert screen.save_button.isEnabled()
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        QTest.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    vault = controller.vault
    assert vault is not None and not vault.must_change_passphrase

    with qtbot.waitSignal(controller.locked, timeout=10_000):
        controller.lock()
    assert controller.lock_screen is not None and controller.main_window is None
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data_dir, PASSPHRASE)
    Vault.unlock(data_dir, NEW_PASSPHRASE).lock()


@pytest.mark.usefixtures("existing_vault")
def test_unreadable_recovery_code_is_explained(qtbot: QtBot, controller: AppController) -> None:
    screen = _screen(controller)
    QTest.mouseClick(screen.mode_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(screen.passphrase, "ABCD-EFGH")
    QTest.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert screen.error.text() == "A recovery code has 28 letters and digits, in 7 groups of 4."
    assert screen.flow.step is Step.ENTER


def test_damaged_key_file_is_left_untouched_and_restore_offered(
    qtbot: QtBot, controller: AppController, existing_vault: RecoveryCode, data_dir: Path
) -> None:
    key = data_dir / "vault.key"
    key.write_bytes(b"not a key file")
    screen = _screen(controller)
    QTest.keyClicks(screen.passphrase, PASSPHRASE)
    QTest.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.flow.step is Step.BLOCKED, timeout=10_000)
    assert screen.restore_button.isVisible()
    assert "left untouched" in screen.error.text()
    assert key.read_bytes() == b"not a key file"
    with qtbot.waitSignal(controller.restore_requested):
        QTest.mouseClick(screen.restore_button, Qt.MouseButton.LeftButton)


def test_demo_passphrase_is_shown_and_prefilled(
    qtbot: QtBot, data_dir: Path, fast_kdf: KdfParams, existing_vault: RecoveryCode
) -> None:
    demo = AppController(data_dir, lambda v, w: None, kdf_params=fast_kdf,  # type: ignore[arg-type, return-value]  # never unlocked here
                         demo_passphrase=PASSPHRASE)
    try:
        demo.start()
        screen = demo.lock_screen
        assert screen is not None
        assert screen.demo_note.isVisible()
        assert screen.demo_note.text() == f"Demo vault — passphrase: {PASSPHRASE}"
        assert screen.passphrase.text() == PASSPHRASE
    finally:
        demo.shutdown()
        if demo.lock_screen is not None:
            demo.lock_screen.close()
