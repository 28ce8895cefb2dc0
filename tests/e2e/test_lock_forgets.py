"""Locking through the controller makes every page forget, and every field its typed text.

The privacy tests elsewhere call `clear_personal_data` by hand; these go through
`AppController.lock()`, as the Lock button, idle time and the session lock do, and look at
the widgets right after it returns (they are deleted later, on the event loop).
"""

from __future__ import annotations

import secrets

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.checkins.view import CheckInPage
from desktop.history.view import HistoryPage
from desktop.shell.controller import AppController
from desktop.ui.forget import forget_typed_text
from desktop.ui.secret_clipboard import copy_secret
from tests.e2e.test_shell import unlock


def _note(page: QWidget) -> QPlainTextEdit:
    return next(w for w in page.findChildren(QPlainTextEdit)
                if w.accessibleName() == "Private note, optional")


@pytest.mark.usefixtures("existing_vault")
def test_lock_clears_every_page_and_the_typed_note_with_its_undo(
    qtbot: QtBot, controller: AppController
) -> None:
    window = unlock(qtbot, controller)
    window.show_page("checkin")
    checkin = window.page("checkin")
    assert isinstance(checkin, CheckInPage)
    note = _note(checkin)
    qtbot.waitUntil(note.isEnabled)
    canary = f"canary-{secrets.token_hex(6)}"
    note.setFocus()
    QTest.keyClicks(note, canary)
    assert note.document().isUndoAvailable()
    history = window.page("history")
    assert isinstance(history, HistoryPage)
    window.show_page("history")
    qtbot.waitUntil(lambda: history.chart.series is not None)

    controller.lock()  # the widgets still exist until the event loop deletes them

    assert note.toPlainText() == ""
    assert not note.document().isUndoAvailable()  # Ctrl+Z cannot bring the canary back
    assert history.chart.series is None  # HistoryPage.clear_personal_data ran
    texts = [w.text() for w in window.findChildren(QLineEdit)]
    texts += [w.toPlainText() for w in window.findChildren(QPlainTextEdit)]
    texts += [w.toPlainText() for w in window.findChildren(QTextEdit)]
    assert not any(canary in text for text in texts)


def test_forget_typed_text_keeps_numbers_and_signals_quiet(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    line, plain, rich, spin = QLineEdit("a name"), QPlainTextEdit("a note"), QTextEdit(), QSpinBox()
    rich.setPlainText("more words")
    spin.setValue(7)
    for widget in (line, plain, rich, spin):
        layout.addWidget(widget)
    changes: list[str] = []
    line.textChanged.connect(changes.append)
    plain.textChanged.connect(lambda: changes.append("plain"))

    assert forget_typed_text(root) == 3

    assert (line.text(), plain.toPlainText(), rich.toPlainText()) == ("", "", "")
    assert spin.value() == 7
    assert changes == []  # a save or "changed" mark would fire on textChanged


@pytest.mark.usefixtures("existing_vault")
def test_lock_and_quick_exit_clear_a_copied_recovery_code(
    qtbot: QtBot, controller: AppController
) -> None:
    unlock(qtbot, controller)
    copy_secret("ABCD-EFGH-IJKL", hold_ms=600_000)
    controller.lock()
    assert QGuiApplication.clipboard().text() == ""

    copy_secret("ABCD-EFGH-IJKL", hold_ms=600_000)
    controller.quick_exit()
    assert QGuiApplication.clipboard().text() == ""
