"""The "What do you need right now?" buttons of Find help: one checkable button a need.

The chosen need shows a tick in its words (not only Qt's checked look, which the crisis
colours hide), and the buttons reflow into fewer columns in a narrow window: as many as
hold every label on one line, else as many as hold each on two (their words wrap), so in
Spanish at 200 % text in a 600 px window they stand two a row, not one. The words
keep the page's translation context ("DirectoryPage"), where they were translated before
the buttons had a module of their own.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGridLayout, QGroupBox, QWidget

from desktop.directory.logic import CONTEXT, NEED_WORDS
from desktop.directory.results import need_choices
from desktop.ui.narrow import WrappingButton
from referral_directory.model import Need

NEED_COLUMNS: Final = 4  # at most; fewer when the window is narrow
WRAPPED_LINES: Final = 2  # a label's most lines, where not even two fit a row on one


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
        self._fitted: tuple[int, QFontMetrics] | None = None  # the last fit's width, metrics
        self.buttons: dict[Need, WrappingButton] = {}
        for i, choice in enumerate(need_choices(QCoreApplication.translate)):
            button = WrappingButton(choice.label.replace("&", "&&"), self)
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
        if self._fitted is not None:  # the tick makes a label longer
            self.fit(*self._fitted)

    def fit(self, width: int, metrics: QFontMetrics) -> None:
        """As many buttons a row as fit the page `width` wide, so nothing is cut at 600 px.

        `metrics` are the page's: its margins and spacing are measured in its text.
        """
        self._fitted = (width, metrics)
        room = width - 6 * metrics.averageCharWidth()  # margins
        gap = metrics.height() // 2
        buttons = list(self.buttons.values())

        def holds(columns: int, lines: int) -> bool:
            each = (room - (columns - 1) * gap) // columns
            return all(b.minimumSizeHint().width() <= each and b.lines_at(each) <= lines
                       for b in buttons)

        columns = next((c for c in range(NEED_COLUMNS, 1, -1) if holds(c, 1)), 0) or next(
            (c for c in range(NEED_COLUMNS, 1, -1) if holds(c, WRAPPED_LINES)), 1)
        if columns != self._columns:
            self._columns = columns
            for i, button in enumerate(buttons):
                self._grid.removeWidget(button)
                self._grid.addWidget(button, i // columns, i % columns)
        for column in range(NEED_COLUMNS):  # the columns used share the row alike
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
