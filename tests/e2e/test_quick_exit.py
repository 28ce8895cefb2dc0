# mypy: disable-error-code="unreachable,comparison-overlap"
# (Why: mypy keeps `flow.step` narrowed across clicks that change it.)
"""Quick exit hides every window before anything slow, then locks and asks to quit; lock locks."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from crypto.recovery import RecoveryCode
from crypto.vault import Vault
from desktop.shell.controller import AppController
from tests.e2e.conftest import PASSPHRASE


def _unlock(qtbot: QtBot, controller: AppController) -> Vault:
    controller.start()
    screen = controller.lock_screen
    assert screen is not None
    QTest.keyClicks(screen.passphrase, PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000) as unlocked:
        QTest.keyClick(screen.passphrase, Qt.Key.Key_Return)
    vault = unlocked.args[0]
    assert isinstance(vault, Vault)
    return vault


def _visible_windows() -> list[str]:
    return [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]


@pytest.mark.usefixtures("existing_vault")
def test_quick_exit_hides_every_window_then_locks_and_quits(
    qtbot: QtBot, controller: AppController
) -> None:
    vault = _unlock(qtbot, controller)
    controller.show_crisis_panel()
    window = controller.main_window
    assert window is not None
    assert len(_visible_windows()) >= 2
    seen_at_start: dict[str, object] = {}

    def on_started() -> None:
        # Runs synchronously inside quick_exit: windows already hidden, vault not yet locked.
        seen_at_start["visible"] = _visible_windows()
        seen_at_start["vault_open"] = vault.is_open

    controller.quick_exit_started.connect(on_started)
    with qtbot.waitSignal(controller.quit_requested, timeout=5_000):
        QTest.keyClick(window, Qt.Key.Key_Q,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert seen_at_start == {"visible": [], "vault_open": True}
    assert _visible_windows() == []
    assert not vault.is_open
    assert controller.vault is None


@pytest.mark.usefixtures("existing_vault")
def test_lock_closes_the_main_window_and_its_dialogs_and_locks(
    qtbot: QtBot, controller: AppController
) -> None:
    vault = _unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    stray = QDialog()  # a view opened from the unlocked side, e.g. a check-in editor
    stray.setWindowTitle("stray")
    stray.show()
    controller.show_crisis_panel()
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not vault.is_open
    assert controller.main_window is None
    assert controller.lock_screen is not None and controller.lock_screen.isVisible()
    assert not shiboken6.isValid(stray)  # closed and deleted, not merely hidden
    # The crisis panel holds nothing personal and stays where the person left it.
    assert controller.crisis_panel is not None and controller.crisis_panel.isVisible()
    # Unlocking again builds a fresh main window.
    _unlock_again = controller.lock_screen
    QTest.keyClicks(_unlock_again.passphrase, PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        QTest.keyClick(_unlock_again.passphrase, Qt.Key.Key_Return)
    assert controller.main_window is not None and controller.main_window is not window


def test_quick_exit_locks_a_vault_opened_by_recovery_code_before_its_new_passphrase(
    qtbot: QtBot, controller: AppController, existing_vault: RecoveryCode
) -> None:
    controller.start()
    screen = controller.lock_screen
    assert screen is not None
    QTest.mouseClick(screen.mode_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(screen.passphrase, existing_vault.display())
    QTest.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.stack.currentIndex() == 1, timeout=10_000)
    opened = screen.vault
    assert isinstance(opened, Vault) and opened.is_open
    assert controller.vault is None  # not handed over until the new passphrase is saved

    with qtbot.waitSignal(controller.quit_requested, timeout=5_000):
        controller.quick_exit()
    assert not opened.is_open
