"""A step's entries as a Qt table model: (text, phone) rows, one or two columns.

Kept apart from the step's widget so the rows' rules (a kept entry is stripped; Enter
without a change is no change) read on their own and are checked with qtmodeltester.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.safety_plan.model import PlanItem, Step

_Index = QModelIndex | QPersistentModelIndex



class StepItemsModel(QAbstractTableModel):
    """A step's rows, (text, phone) each; one column, or two for steps with phone numbers."""

    def __init__(self, step: Step, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self._rows: list[list[str]] = []
        self._columns = 2 if step.has_phone else 1

    def _header(self, column: int) -> str:
        if column == 1:
            return self.tr("Phone (optional)")
        if self.step.has_phone:
            return self.tr("Name")
        return self.tr("Entry")

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else self._columns

    def headerData(  # noqa: N802 - Qt's API
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self._columns
        ):
            return self._header(section)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{column}: {value}").format(
                column=self._header(index.column()), value=value or self.tr("none"))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt's API
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not isinstance(value, str):
            return False
        value = value.strip()
        if self._rows[index.row()][index.column()] == value:
            return False  # Enter without a change is not a change (nothing to save)
        self._rows[index.row()][index.column()] = value
        self.dataChanged.emit(index, index)
        return True

    # -- changing the rows --------------------------------------------------------------

    def set_items(self, items: tuple[PlanItem, ...]) -> None:
        self.beginResetModel()
        self._rows = [[item.text, item.phone][: self._columns] for item in items]
        self.endResetModel()

    def rows(self) -> list[tuple[str, str]]:
        """Every row as (text, phone), in order, as typed."""
        return [(row[0], row[1] if len(row) > 1 else "") for row in self._rows]

    def row(self, row: int) -> tuple[str, str]:
        return self.rows()[row]

    def insert(self, row: int, text: str = "", phone: str = "") -> int:
        row = min(max(row, 0), len(self._rows))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, [text, phone][: self._columns])
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def move(self, row: int, delta: int) -> int:
        """Move `row` by `delta` (-1 up, +1 down); returns where it went (same if at an end)."""
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        # beginMoveRows takes the row *before which* the moved row lands.
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        return target
