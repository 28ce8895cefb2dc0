"""The search results as a list model: one resource per row, in the directory's order.

The directory ranks (crisis lines first for urgent needs), so the model never re-sorts.
Each row shows the name and a short facts line; the whole `Resource` is reachable
through `RESOURCE_ROLE` for the detail pane, and screen readers get one sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desktop.directory.data_words import in_language, name_in_language
from desktop.directory.logic import accessible_summary, summary_line
from referral_directory.model import Resource

RESOURCE_ROLE: Final = Qt.ItemDataRole.UserRole + 1  # the row's Resource
ID_ROLE: Final = Qt.ItemDataRole.UserRole + 2  # its id (str)
CRISIS_ROLE: Final = Qt.ItemDataRole.UserRole + 3  # whether it is a crisis line (bool)

_Index = QModelIndex | QPersistentModelIndex

_GETTERS: Final[dict[int, Callable[[Resource], Any]]] = {
    # The name and facts are translated when asked for, so a row speaks the language in force.
    Qt.ItemDataRole.DisplayRole: lambda r: (
        f"{name_in_language(r, QCoreApplication.translate)}\n"
        f"{summary_line(r, QCoreApplication.translate)}"
    ),
    Qt.ItemDataRole.AccessibleTextRole: lambda r: accessible_summary(
        in_language(r, QCoreApplication.translate), QCoreApplication.translate),
    Qt.ItemDataRole.ToolTipRole: lambda r: (
        in_language(r, QCoreApplication.translate).description or None
    ),
    RESOURCE_ROLE: lambda r: r,
    ID_ROLE: lambda r: r.id,
    CRISIS_ROLE: lambda r: r.crisis,
}


class ResultsModel(QAbstractListModel):
    """Resources in the order the directory returned them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Resource] = []
        self._crisis_font = QFont()
        self._crisis_font.setBold(True)  # crisis lines stand out without relying on colour

    # -- the Qt model interface ---------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Not checkIndex(): it logs a warning for the invalid index views legitimately ask about.
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column():
            return None
        resource = self._rows[index.row()]
        if role == Qt.ItemDataRole.FontRole:
            return self._crisis_font if resource.crisis else None
        getter = _GETTERS.get(role)
        return None if getter is None else getter(resource)

    # -- changing the rows --------------------------------------------------------------

    def set_resources(self, resources: list[Resource]) -> None:
        """Show exactly `resources`, in that order."""
        self.beginResetModel()
        self._rows = list(resources)
        self.endResetModel()

    def resource(self, row: int) -> Resource:
        return self._rows[row]

    def ids(self) -> list[str]:
        """The ids on show, top to bottom (for tests and the shell)."""
        return [resource.id for resource in self._rows]

    def row_of(self, resource_id: str) -> int:
        """The row showing `resource_id`, or -1."""
        return next((row for row, r in enumerate(self._rows) if r.id == resource_id), -1)
