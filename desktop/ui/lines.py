"""A plain-text field sized in lines: notes, safety-plan steps, anything a few lines long."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class LinesEdit(QPlainTextEdit):
    """A plain-text field whose preferred height is a number of lines in its current font."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        hint = super().sizeHint()
        margins = self.contentsMargins()
        height = (self.fontMetrics().lineSpacing() * self._lines
                  + 2 * int(self.document().documentMargin())
                  + margins.top() + margins.bottom())
        return QSize(hint.width(), height)
