"""A read-only table model of one object per row: the Qt model plumbing written once.

A page's table gives its column headers and how one row reads in one column (`cell`);
this class answers Qt's row, column and header questions, refuses the invalid indexes
views legitimately ask about, and replaces the rows as a whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows in the order given (a view sorts through a proxy).

    Subclasses give `headers()` (in the language in force, one per column) and
    `cell(row, column, role)`.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        # Asked for at every cell a view lays out (thousands of times as a table is first
        # shown); the headers' words change with the language, their number never.
        self._columns: int | None = None

    # -- what a subclass says -------------------------------------------------------------

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def cell(self, row: Row, column: int, role: int) -> Any:
        raise NotImplementedError

    # -- the rows ---------------------------------------------------------------------------

    @property
    def rows(self) -> Sequence[Row]:
        return self._rows

    def set_rows(self, rows: Iterable[Row]) -> None:
        """Show exactly `rows`."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    # -- the Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        if parent.isValid():
            return 0
        if self._columns is None:
            self._columns = len(self.headers())
        return self._columns

    def headerData(  # noqa: N802 - Qt's API
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        headers = self.headers()
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(headers)):
            return headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Not checkIndex(): it logs a warning for the invalid index views legitimately ask about.
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)
