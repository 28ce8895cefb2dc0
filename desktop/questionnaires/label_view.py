"""The plain-text, word-wrapped label the questionnaire's pages are made of."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def wrapped(text: str = "", name: str = "") -> QLabel:
    """A label for `text` as plain text (instrument wording is data), named `name` if given."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setAccessibleName(name)
    return label
