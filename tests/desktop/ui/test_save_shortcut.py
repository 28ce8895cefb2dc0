"""Ctrl+Enter saves a form from any field in it, with either Enter key, and only inside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.widgets import save_shortcut


def test_ctrl_enter_saves_from_inside_the_form_only(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    form, elsewhere = QWidget(window), QLineEdit(window)
    field = QLineEdit(form)
    QHBoxLayout(form).addWidget(field)
    row = QHBoxLayout(window)
    row.addWidget(form)
    row.addWidget(elsewhere)
    saves: list[str] = []
    save_shortcut(form, lambda: saves.append("saved"))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()

    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    QTest.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(field, Qt.Key.Key_Enter,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier)
    assert saves == ["saved", "saved"]
    elsewhere.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is elsewhere)
    QTest.keyClick(elsewhere, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert saves == ["saved", "saved"]  # outside the form the keys are not its
