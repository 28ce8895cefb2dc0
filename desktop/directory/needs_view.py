"""The "What do you need right now?" buttons of Find help: one checkable button a need.

The chosen need shows a tick in its words (not only Qt's checked look, which the crisis
colours hide), and the buttons reflow into fewer columns in a narrow window. The words
keep the page's translation context ("DirectoryPage"), where they were translated before
the buttons had a module of their own.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGridLayout, QGroupBox, QPushButton, QWidget

from desktop.directory.logic import CONTEXT, NEED_WORDS
from desktop.directory.results import need_choices
from referral_directory.model import Need

NEED_COLUMNS: Final = 4  # at most; fewer when the window is narrow


class NeedButtons(QGroupBox):
    """The need buttons, in a grid of at most `NEED_COLUMNS` columns.

    Signals:
        need_clicked(object): the button of this `Need` was clicked.
    """

    need_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("DirectoryPage", "What do you need right now?"), parent)
        self.setAccessibleName(
            QCoreApplication.translate("DirectoryPage", "What do you need right now?"))
        grid = QGridLayout(self)
        self._grid = grid
        self._columns = NEED_COLUMNS
        self.buttons: dict[Need, QPushButton] = {}
        for i, choice in enumerate(need_choices(QCoreApplication.translate)):
            button = QPushButton(choice.label.replace("&", "&&"), self)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setAccessibleName(choice.label)
            # No filled "crisis" style here: a filled button reads as already chosen. Every
            # need looks unselected until chosen (then checked, with a tick in its words).
            button.clicked.connect(lambda _=False, n=choice.need: self.need_clicked.emit(n))
            grid.addWidget(button, i // self._columns, i % self._columns)
            self.buttons[choice.need] = button

    def mark(self, chosen_need: Need | None) -> None:
        """Check `chosen_need`'s button (None: none), with a tick in its words."""
        # A tick in the text shows the choice without relying on colour (the crisis
        # button's own colours hide Qt's checked look).
        for need, button in self.buttons.items():
            chosen = need is chosen_need
            button.setChecked(chosen)
            label = QCoreApplication.translate(CONTEXT, NEED_WORDS[need])
            button.setText(("\u2713 " if chosen else "") + label.replace("&", "&&"))

    def fit(self, width: int, metrics: QFontMetrics) -> None:
        """Fewer buttons a row when the page is `width` wide, so nothing is cut off at 600 px.

        `metrics` are the page's: its margins and spacing are measured in its text.
        """
        widest = max(b.sizeHint().width() for b in self.buttons.values())
        room = width - 6 * metrics.averageCharWidth()  # margins
        columns = max(1, min(NEED_COLUMNS, room // (widest + metrics.height() // 2)))
        if columns != self._columns:
            self._columns = columns
            for i, button in enumerate(self.buttons.values()):
                self._grid.removeWidget(button)
                self._grid.addWidget(button, i // columns, i % columns)
