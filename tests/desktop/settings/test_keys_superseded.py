"""Issue 11 in the settings page: a new code replaces the old only once confirmed, the
passphrase change can change the data key too, and backups say what they carry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from crypto import connection
from crypto.errors import VaultCorrupt, WrongPassphrase
from crypto.recovery import RecoveryCode
from crypto.vault import DB_NAME, Vault
from desktop.settings.dialogs_view import BackupDialog, ChangePassphraseDialog, RecoveryCodeDialog
from desktop.ui.worker import Worker
from tests.desktop.settings.conftest import PASSPHRASE
from tests.desktop.settings.test_view import NEW_PASSPHRASE, make_page


def written_down(dialog: RecoveryCodeDialog) -> QWidget:
    return next(
        b for b in dialog.findChildren(QWidget) if b.accessibleName() == "I have written it down"
    )


def test_the_old_code_works_until_the_new_one_is_confirmed(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, vault, worker, data_dir)
    old_code = worker.run_blocking(lambda: vault.rotate_data_key(PASSPHRASE))
    worker.run_blocking(vault.confirm_recovery_code)
    monkeypatch.setattr(page.keys, "_confirm", lambda text, yes: True)
    with qtbot.waitSignal(page.task_done, timeout=10000):
        QTest.mouseClick(page.keys.recovery_button, Qt.MouseButton.LeftButton)
    dialog = page.keys.recovery_dialog
    assert isinstance(dialog, RecoveryCodeDialog)
    new_code = RecoveryCode.parse(dialog.code.text())
    assert worker.run_blocking(lambda: vault.pending_recovery_code) == new_code
    with qtbot.waitSignal(page.task_done, timeout=10000) as confirmed:
        QTest.mouseClick(written_down(dialog), Qt.MouseButton.LeftButton)
    assert confirmed.args == ["recovery-code-confirmed"]
    assert "no longer works" in page.status.text()
    worker.run_blocking(vault.lock)
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery(data_dir, old_code)
    Vault.unlock_with_recovery(data_dir, new_code).lock()


def test_changing_the_passphrase_can_change_the_data_key_too(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, vault, worker, data_dir)
    old_key = bytes(vault._key)
    monkeypatch.setattr(
        ChangePassphraseDialog, "ask", lambda parent: (PASSPHRASE, NEW_PASSPHRASE, True)
    )
    with qtbot.waitSignal(page.task_done, timeout=20000) as done:
        QTest.mouseClick(page.keys.change_button, Qt.MouseButton.LeftButton)
    assert done.args == ["passphrase"]
    dialog = page.keys.recovery_dialog
    assert isinstance(dialog, RecoveryCodeDialog)
    code = RecoveryCode.parse(dialog.code.text())
    with qtbot.waitSignal(page.task_done, timeout=10000):
        QTest.mouseClick(written_down(dialog), Qt.MouseButton.LeftButton)
    worker.run_blocking(vault.lock)
    with pytest.raises(VaultCorrupt):
        connection.open_encrypted(data_dir / DB_NAME, old_key)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data_dir, PASSPHRASE)
    reopened = Vault.unlock_with_recovery(data_dir, code)
    assert reopened.query("SELECT note FROM checkin") == [("private words",)]
    reopened.lock()
    Vault.unlock(data_dir, NEW_PASSPHRASE).lock()


def test_the_passphrase_dialog_offers_the_data_key_change(qtbot: QtBot) -> None:
    dialog = ChangePassphraseDialog()
    qtbot.addWidget(dialog)
    box = dialog.findChild(QCheckBox)
    assert box is dialog.rotate_key
    assert box.accessibleName() == "Also change the data key"
    assert not box.isChecked()  # the quick rewrap stays the default


def test_the_backup_dialog_says_a_backup_carries_the_key(qtbot: QtBot) -> None:
    dialog = BackupDialog()
    qtbot.addWidget(dialog)
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "carries your vault's key" in words
    assert "old backup and its passphrase still open" in words


def test_a_passphrase_change_tells_the_quick_unlock_section_it_ended(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = make_page(qtbot, vault, worker, data_dir)
    with qtbot.waitSignal(page.keys.rotated, timeout=10000):
        page.keys.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
