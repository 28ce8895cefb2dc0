"""The Text size section: how large Confide's words are, applied at once.

It only collects the choice; the page saves it and the shell applies it through the
application font (so every page, the header and dialogs grow together).

Signals:
    chosen(int): the text size picked, in percent (one of TEXT_SIZES).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QWidget

from desktop.settings.logic import TEXT_SIZES
from desktop.settings.widgets_view import form_of, note, row


class TextSizeGroup(QGroupBox):
    """A drop-down of text sizes: 100%, 125%, 150% and 200%.

    Signals:
        chosen(int): the percent picked.
    """

    chosen = Signal(int)

    def __init__(self, percent: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Text size"))
        form = form_of(self)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Text size"))
        for value in TEXT_SIZES:
            words = self.tr("{percent}% (usual)") if value == 100 else self.tr("{percent}%")
            self.choice.addItem(words.format(percent=value), value)
        self.choice.setCurrentIndex(TEXT_SIZES.index(percent) if percent in TEXT_SIZES else 0)
        self.choice.currentIndexChanged.connect(
            lambda index: self.chosen.emit(int(self.choice.itemData(index)))
        )
        label = QLabel(self.tr("Te&xt size"))
        label.setBuddy(self.choice)
        form.addRow(label, row(self.choice))
        form.addRow(note(self.tr("Larger text applies at once, on every page.")))
