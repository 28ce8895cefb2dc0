"""Small parts of the crisis panel: buttons with their answer beside them, and a fold.

A person who presses "Call 988" on a computer with no phone app must see, right beside
the button they pressed, what to do instead; one status line at the bottom of a long
panel is easy to miss. `ActionList` keeps each button and its answer on one row.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


def text_label(text: str, parent: QWidget | None = None, *, role: str = "") -> QLabel:
    """Wrapped, selectable plain text (data from files is never read as markup)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    return label


class ActionList(QWidget):
    """Buttons one under another, each with the words that answer it on the same row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        self._rows = 0

    def add(self, button: QPushButton) -> QLabel:
        """Put `button` on a new row; returns the (hidden) label beside it for its answer."""
        answer = QLabel(self)
        answer.setWordWrap(True)
        answer.setTextFormat(Qt.TextFormat.PlainText)
        answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        answer.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        answer.setMinimumHeight(button.sizeHint().height())
        font = answer.font()
        font.setBold(True)
        answer.setFont(font)
        answer.hide()
        self._grid.addWidget(button, self._rows, 0, Qt.AlignmentFlag.AlignTop)
        self._grid.addWidget(answer, self._rows, 1)
        self._rows += 1
        return answer


class Disclosure(QWidget):
    """A heading that opens and closes a block of text; closed at first.

    The heading is a checkable tool button, so Tab reaches it and Space or Enter opens it,
    and a screen reader hears whether it is open.
    """

    def __init__(self, title: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton(self)
        self.toggle.setText(title)
        self.toggle.setAccessibleName(title)
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.body = text_label(body, self)
        self.body.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        self.toggle.toggled.connect(self._set_open)

    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def _set_open(self, open_: bool) -> None:
        self.body.setVisible(open_)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
