"""The filters of Find help, folded behind one button in a narrow window.

At 600 px and 200 % text the filters took about 300 px of a 900 px window, pushing what
was found (and 988's Call button after a risk word) out of sight. Narrow, they fold
behind a button that says how many are on ("Filters (2)"), so a filtered list is never
a surprise; wide, the button is hidden and the filters show as they always have.

The button is a checkable tool button: Tab reaches it, Space opens and closes it, and a
screen reader hears its name ("Filters: 2 on") and whether it is open. It has no
mnemonic: every free letter is someone's (Alt+R is Quick exit in Spanish). Folding
hides the controls but never changes what they are set to.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy, QToolButton, QVBoxLayout, QWidget

from desktop.directory.filters_view import FilterBox


class FilterFold(QWidget):
    """`box` (the `FilterBox`) under a disclosure button `toggle` shown only when narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._narrow = False
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAccessibleDescription(self.tr("Shows or hides the filters."))
        self.toggle.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.toggle.hide()
        self.box = FilterBox(self)
        self._title = self.box.title()  # narrow, the button says it: not twice
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.box)
        self.toggle.toggled.connect(self._show_box)
        self.box.changed.connect(self._count)
        self._count()

    @property
    def narrow(self) -> bool:
        """Whether the filters are folded behind the button (open or not)."""
        return self._narrow

    def fold(self, narrow: bool) -> None:
        """Fold the filters behind the button (`narrow`), or show them as a plain group."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        self.toggle.setVisible(narrow)
        self.box.setTitle("" if narrow else self._title)
        self._show_box(self.toggle.isChecked())

    def _show_box(self, open_: bool) -> None:
        self.box.setVisible(open_ or not self._narrow)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)

    def _count(self) -> None:
        on = self.box.on_count()
        self.toggle.setText(self.tr("Filters (%n)", "", on) if on else self.tr("Filters"))
        self.toggle.setAccessibleName(self.tr("Filters: %n on", "", on))
