# mypy: disable-error-code="unreachable,comparison-overlap"
# (Why: mypy keeps `flow.step` narrowed across clicks that change it.)
"""First run through the real wizard: a vault is created, the code confirmed, roles stored."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.setup.flow import Step
from desktop.shell.controller import AppController
from desktop.ui.secret_clipboard import MARKER
from tests.e2e.conftest import PASSPHRASE


def test_first_run_creates_a_vault_and_confirms_the_code(
    qtbot: QtBot, controller: AppController, data_dir: Path
) -> None:
    controller.start()
    wizard = controller.setup_wizard
    assert wizard is not None
    assert controller.lock_screen is None
    qtbot.waitUntil(wizard.isVisible)
    assert wizard.stack.currentWidget() is wizard.pages[Step.WELCOME]
    assert not wizard.back_button.isVisible()

    QTest.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    field = wizard.passphrase_field
    QTest.keyClicks(field.entry, "password123")
    QTest.keyClicks(field.confirm, "password123")
    assert not wizard.next_button.isEnabled()  # too easy to guess
    assert field.meter.value() < 3
    field.entry.clear()
    field.confirm.clear()
    QTest.keyClicks(field.entry, PASSPHRASE)
    QTest.keyClicks(field.confirm, PASSPHRASE + "x")
    assert field.mismatch.isVisible()
    assert not wizard.next_button.isEnabled()
    QTest.keyClick(field.confirm, Qt.Key.Key_Backspace)
    assert wizard.next_button.isEnabled()
    assert field.passphrase() == PASSPHRASE
    assert not Vault.exists(data_dir)

    QTest.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)  # Create vault
    qtbot.waitUntil(lambda: wizard.flow.step is Step.RECOVERY_CODE, timeout=20_000)
    assert Vault.exists(data_dir)
    assert field.entry.text() == ""  # the passphrase does not linger in the widget
    shown = "".join(wizard.code_label.text().split())  # shown on two lines
    groups = shown.split("-")
    assert len(groups) == 7 and all(len(g) == 4 for g in groups)
    QTest.mouseClick(wizard.copy_button, Qt.MouseButton.LeftButton)
    data = QGuiApplication.clipboard().mimeData()
    assert data is not None and data.text() == shown and data.hasFormat(MARKER)
    assert "clears it from the clipboard" in wizard.copy_note.text()
    assert not wizard.next_button.isEnabled()
    assert not wizard.back_button.isVisible()  # no way back to choosing a passphrase
    wizard.written_down.setChecked(True)
    QTest.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)

    assert wizard.flow.step is Step.CONFIRM_CODE
    first, second = wizard.confirm_edits
    QTest.keyClicks(wizard.confirm_edits[first], groups[first - 1].lower())
    wrong = "ZZZZ" if groups[second - 1] != "ZZZZ" else "YYYY"
    QTest.keyClicks(wizard.confirm_edits[second], wrong)
    QTest.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.flow.step is Step.CONFIRM_CODE
    assert wizard.confirm_error.isVisible()
    assert f"group {second}" in wizard.confirm_error.text()
    wizard.confirm_edits[second].clear()
    QTest.keyClicks(wizard.confirm_edits[second], groups[second - 1])
    QTest.keyClick(wizard.confirm_edits[second], Qt.Key.Key_Return)

    assert wizard.flow.step is Step.ROLES
    wizard.peer_box.setChecked(True)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000) as unlocked:
        QTest.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    vault = unlocked.args[0]
    assert isinstance(vault, Vault)
    assert controller.main_window is not None
    assert controller.main_window.isVisible()
    assert controller.setup_wizard is None
    rows = controller.worker.run_blocking(
        lambda: vault.query("SELECT value FROM settings WHERE key = 'roles'")
    )
    assert json.loads(rows[0][0]) == ["individual", "peer_supporter"]

    # The passphrase chosen in the wizard really opens the vault.
    controller.worker.run_blocking(vault.lock)
    controller.vault = None
    reopened = Vault.unlock(data_dir, PASSPHRASE)
    reopened.lock()
    assert QGuiApplication.clipboard().text() == shown  # within its 45 seconds
    controller.lock()
    assert QGuiApplication.clipboard().text() == ""  # the code leaves with the unlocked side


def test_back_from_the_passphrase_page_forgets_it(qtbot: QtBot, controller: AppController) -> None:
    controller.start()
    wizard = controller.setup_wizard
    assert wizard is not None
    QTest.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(wizard.passphrase_field.entry, PASSPHRASE)
    QTest.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    assert wizard.flow.step is Step.WELCOME
    assert wizard.passphrase_field.entry.text() == ""


def test_crisis_help_is_one_click_away_during_setup(
    qtbot: QtBot, controller: AppController
) -> None:
    controller.start()
    wizard = controller.setup_wizard
    assert wizard is not None
    QTest.mouseClick(wizard.help_button, Qt.MouseButton.LeftButton)
    assert controller.crisis_panel is not None
    assert controller.crisis_panel.isVisible()
