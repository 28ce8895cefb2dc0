# mypy: disable-error-code="unreachable,comparison-overlap"
# (Why: mypy keeps `flow.step` narrowed across clicks that change it.)
"""Unlocking through the real screen: wrong passphrase, right passphrase, recovery code."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from crypto.errors import WrongPassphrase
from crypto.kdf import KdfParams
from crypto.recovery import RecoveryCode
from crypto.vault import Vault
from desktop.lock.flow import Mode, Step
from desktop.lock.view import LockScreen
from desktop.settings.dialogs_view import (
    KeyMissingScreen,
    RecoveryCodeDialog,
    RestoreDialog,
    RestoreRequest,
)
from desktop.shell.controller import AppController
from desktop.ui.passphrase import NewPassphraseField
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
    assert not screen.findChildren(NewPassphraseField)  # built only when needed
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


# -- issue 11: what the app does with a folder a crash left behind ------------------------


def test_a_database_without_its_key_file_leads_to_restore_never_setup(
    qtbot: QtBot, controller: AppController, existing_vault: RecoveryCode, data_dir: Path,
    tmp_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch,
) -> None:
    source, _ = Vault.create(tmp_path / "src", "source pass phrase", kdf_params=fast_kdf)
    source.execute("INSERT INTO settings VALUES ('from', 'backup')")
    source.export_backup(tmp_path / "b.age", "backup pass phrase")
    source.lock()
    (data_dir / "vault.key").unlink()  # what an interrupted restore of old left
    controller.start()
    screen = controller.key_missing_screen
    assert isinstance(screen, KeyMissingScreen) and screen.isVisible()
    assert controller.setup_wizard is None and controller.lock_screen is None
    assert (data_dir / "vault.db").exists()  # nothing was set aside
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(tmp_path / "b.age"), ""))
    monkeypatch.setattr(
        RestoreDialog, "ask",
        classmethod(
            lambda _c, path, _p: RestoreRequest(path, "backup pass phrase", NEW_PASSPHRASE)
        ),
    )
    QTest.mouseClick(screen.restore_button, Qt.MouseButton.LeftButton)

    def code_dialog() -> RecoveryCodeDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecoveryCodeDialog)]
        return found[0] if found and found[0].isVisible() else None

    qtbot.waitUntil(lambda: code_dialog() is not None, timeout=15_000)
    dialog = code_dialog()
    assert dialog is not None
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        dialog.done(QDialog.DialogCode.Accepted)
    vault = controller.vault
    assert vault is not None
    rows = controller.worker.run_blocking(lambda: vault.query("SELECT * FROM settings"))
    assert rows == [("from", "backup")]
    assert controller.key_missing_screen is None


def test_an_unconfirmed_recovery_code_is_shown_again_after_unlock(
    qtbot: QtBot, controller: AppController, existing_vault: RecoveryCode, data_dir: Path,
) -> None:
    opened = Vault.unlock(data_dir, PASSPHRASE)
    fresh = opened.new_recovery_code()
    opened.lock()  # the app stopped before the person confirmed the new code
    screen = _screen(controller)
    QTest.keyClicks(screen.passphrase, PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        QTest.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    # Read on the worker (it unseals with the data key), then shown.
    qtbot.waitUntil(lambda: controller.pending_code_dialog is not None, timeout=10_000)
    dialog = controller.pending_code_dialog
    assert isinstance(dialog, RecoveryCodeDialog) and dialog.isVisible()
    assert RecoveryCode.parse(dialog.code.text()) == fresh
    done = next(
        b for b in dialog.findChildren(QWidget) if b.accessibleName() == "I have written it down"
    )
    QTest.mouseClick(done, Qt.MouseButton.LeftButton)
    vault = controller.vault
    assert vault is not None
    qtbot.waitUntil(lambda: vault.pending_recovery_code is None, timeout=10_000)
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        controller.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery(data_dir, existing_vault)
    Vault.unlock_with_recovery(data_dir, fresh).lock()
