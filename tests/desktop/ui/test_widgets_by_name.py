"""Qt properties set by their keys' names (desktop.ui.widgets.set_by_name), as the unlock
screen does to keep PySide from building the `Qt` namespace before its first paint."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from desktop.ui.passphrase import secret_line_edit
from desktop.ui.widgets import set_by_name


def test_names_set_the_same_values_as_the_enums(qapp: QApplication) -> None:
    label = QLabel()
    set_by_name(label, "alignment", "AlignCenter")
    set_by_name(label, "textInteractionFlags", "TextSelectableByMouse")
    assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse


def test_the_secret_field_keeps_input_methods_and_copying_out(qapp: QApplication) -> None:
    edit = secret_line_edit("Passphrase")
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    assert edit.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    assert edit.inputMethodHints() == (
        Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoAutoUppercase
    )


@pytest.mark.parametrize(
    ("name", "keys"), [("alignment", "AlignCentre"), ("alinement", "AlignCenter")]
)
def test_a_name_qt_does_not_know_is_an_error(qapp: QApplication, name: str, keys: str) -> None:
    with pytest.raises(ValueError, match=name):
        set_by_name(QLabel(), name, keys)
