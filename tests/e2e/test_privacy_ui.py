"""A canary typed into the check-in note through the UI never reaches the disk in plaintext.

The note is typed key by key into the real page, saved through the real worker into a
real vault, the vault is locked, and then every file in the data folder and in the private
temp folder is searched for the canary in UTF-8 and UTF-16-LE.
"""

from __future__ import annotations

import secrets
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QRadioButton
from pytestqt.qtbot import QtBot

from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.checkins.view import CheckInPage
from desktop.records.checkin_store import CheckInStore
from desktop.ui.worker import Worker
from tests.privacy_scan import assert_no_canary, find_canary

DAY = date(2025, 3, 12)




def test_note_typed_in_the_ui_is_not_on_disk_after_lock(
    qtbot: QtBot, data_dir: Path, private_tmp: Path, fast_kdf: KdfParams, worker: Worker
) -> None:
    ascii_part = f"CanaryUI-{secrets.token_hex(8)}-Zo"
    canary = ascii_part + "ë"  # a non-ASCII letter tests UTF-16 too
    vault, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, "pass phrase", kdf_params=fast_kdf))
    page = CheckInPage(vault, worker, today=lambda: DAY)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    note = next(w for w in page.findChildren(QPlainTextEdit)
                if w.accessibleName() == "Private note, optional")
    qtbot.waitUntil(note.isEnabled)
    for name in ("Mood: 2 of 5, Low", "Energy: 2 of 5, Tired", "Sleep: 2 of 5, Poor"):
        button = next(b for b in page.findChildren(QRadioButton) if b.accessibleName() == name)
        button.setFocus()
        QTest.keyClick(button, Qt.Key.Key_Space)
    note.setFocus()
    QTest.keyClicks(note, ascii_part)
    # QTest types ASCII only; "ë" arrives as an input method commits it (dead key, IME).
    commit = QInputMethodEvent()
    commit.setCommitString("ë")
    QApplication.sendEvent(note, commit)
    with qtbot.waitSignal(page.saved):
        QTest.keyClick(note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    stored = worker.run_blocking(lambda: CheckInStore(vault).today(DAY))
    assert stored is not None and stored.note == canary, "the canary really was saved"

    page.clear_personal_data()
    worker.run_blocking(vault.lock)

    checked = assert_no_canary([data_dir, private_tmp], canary)
    assert checked >= 2  # the key file and the database at least


def test_the_scan_would_see_the_canary(tmp_path: Path) -> None:
    """The search above can fail: a file holding the canary as UTF-16-LE is found."""
    canary = f"CanaryUI-{secrets.token_hex(8)}-Zoë"
    (tmp_path / "leak.bin").write_bytes(b"\0" + canary.encode("utf-16-le"))
    _checked, hits = find_canary([tmp_path], canary)
    assert hits == [f"{tmp_path / 'leak.bin'} (utf-16-le)"]
