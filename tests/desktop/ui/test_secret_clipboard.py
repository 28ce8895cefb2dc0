"""A copied recovery code is marked secret for clipboard managers and does not stay there."""

from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.ui.secret_clipboard import MARKER, clear_secret, copy_secret


def _text() -> str:
    return QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard)


def test_a_secret_carries_the_clipboard_manager_hints(qtbot: QtBot) -> None:
    copy_secret("ABCD-EFGH", hold_ms=60_000)
    data = QGuiApplication.clipboard().mimeData()
    assert data is not None and data.text() == "ABCD-EFGH"
    assert bytes(data.data("x-kde-passwordManagerHint").data()) == b"secret"
    formats = data.formats()
    assert any("ExcludeClipboardContentFromMonitorProcessing" in f for f in formats)
    assert any("CanIncludeInClipboardHistory" in f for f in formats)
    assert data.hasFormat(MARKER)
    assert clear_secret()


def test_a_secret_is_cleared_after_its_time(qtbot: QtBot) -> None:
    copy_secret("ABCD-EFGH", hold_ms=30)
    assert _text() == "ABCD-EFGH"
    qtbot.waitUntil(lambda: _text() == "", timeout=2_000)


def test_what_the_person_copied_since_is_left_alone(qtbot: QtBot) -> None:
    copy_secret("ABCD-EFGH", hold_ms=30)
    QGuiApplication.clipboard().setText("their own words")
    qtbot.wait(100)  # the secret's timer has fired: nothing is waited for here but time
    assert _text() == "their own words"
    assert not clear_secret()
