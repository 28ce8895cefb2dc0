"""One check-in question: its five answers as radio buttons in a row of the page's grid.

Keyboard: the digits 1-5 choose within a question (arrow keys move, as radio buttons do);
Alt plus the question's letter jumps to it.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from desktop.records.checkins import Scale
from desktop.ui.flow_layout import FlowLayout

_DIGITS: Final = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4,
                  Qt.Key.Key_5: 5}

# Alt+letter jumps to a question; S, U and N are taken by Save, Update and the note.
_MNEMONICS: Final = {"mood": "m", "energy": "e", "sleep": "l"}


def _with_mnemonic(text: str, letter: str) -> str:
    at = text.find(letter)
    return text if at < 0 else f"{text[:at]}&{text[at:]}"


class ScaleChoices(QObject):
    """One question's five radio buttons in one exclusive group: the question, and under it
    the answers in a row that wraps (at 200 % text in a 600 px window they need two lines).

    Signals:
        chosen(object, int): the person picked a value (scale, 1-5).
    """

    chosen = Signal(object, int)

    def __init__(self, scale: Scale, form: QVBoxLayout, parent: QWidget) -> None:
        super().__init__(parent)
        self.scale = scale
        question = QCoreApplication.translate("CheckIns", scale.question)
        self.question = QLabel(_with_mnemonic(question, _MNEMONICS[scale.key]), parent)
        self.question.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        form.addWidget(self.question)
        answers = QWidget(parent)
        row = FlowLayout(answers)
        for value, words in enumerate(scale.labels, start=1):
            words = QCoreApplication.translate("CheckIns", words)  # noqa: PLW2901 - shown form
            button = QRadioButton(words, parent)
            button.setAccessibleName(self.tr("{scale}: {value} of 5, {words}").format(
                scale=QCoreApplication.translate("CheckIns", scale.name), value=value, words=words))
            button.installEventFilter(self)
            self.group.addButton(button, value)
            self.buttons.append(button)
            row.addWidget(button)
        form.addWidget(answers)
        self.question.setBuddy(self.buttons[0])
        self.group.idClicked.connect(lambda value: self.chosen.emit(self.scale, value))

    def show_value(self, value: int | None) -> None:
        """Check `value`'s button (None: none) without counting as the person's choice."""
        if value is None:
            # An exclusive group never lets its last checked button go.
            self.group.setExclusive(False)
            for button in self.buttons:
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[value - 1].setChecked(True)

    def focus(self) -> None:
        checked = self.group.checkedButton()
        (checked or self.buttons[0]).setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            value = _DIGITS.get(Qt.Key(event.key()))
            if value is not None and modifiers == Qt.KeyboardModifier.NoModifier:
                self.buttons[value - 1].setFocus(Qt.FocusReason.ShortcutFocusReason)
                self.buttons[value - 1].click()
                return True
        return False
