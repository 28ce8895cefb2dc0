"""A layout that places its items in a row and wraps them onto more rows when narrow.

A row of controls (a label and its chooser, a check box) laid out with QHBoxLayout
needs the sum of their widths: at 200 % text, or in Spanish, that pushed pages wider
than a 600 px window. Here the minimum width is that of the widest single item, and
`heightForWidth` says how tall the rows are at a given width, so the page's layout
gives it the height its wrapping needs. Items keep their order (and so the Tab order
that follows it reads left to right, top to bottom).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapped to the next row when the width runs out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's API
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's API
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        """Everything on one row."""
        width = sum(i.sizeHint().width() for i in self._visible())
        width += self._spacing() * max(0, len(self._visible()) - 1)
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's API
        """As wide as the widest item: the others wrap below it."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size.grownBy(margins)

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _spacing(self) -> int:
        """The layout's spacing (the style's, unless set); 6 px when neither says."""
        return self.spacing() if self.spacing() >= 0 else 6

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place (or only measure) the items in `rect`; the height the rows take."""
        area = rect.marginsRemoved(self.contentsMargins())
        gap = self._spacing()
        x, y, row_height = area.x(), area.y(), 0
        for item in self._visible():
            hint = item.sizeHint().boundedTo(QSize(area.width(), 1 << 20))
            hint = hint.expandedTo(item.minimumSize())
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, row_height = area.x(), y + row_height + gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            row_height = max(row_height, hint.height())
        margins = self.contentsMargins()
        return y + row_height - rect.y() + margins.bottom()

