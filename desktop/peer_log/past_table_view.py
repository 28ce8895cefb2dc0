"""The past-contacts table: a model of list rows and a view that fits its columns.

Each cell is text from `past.cells` and each row a `PastRow`: the structured fields only,
so the note is never a column, a tooltip or any role, and the model holds none. The
columns are fitted as every table's are (`desktop.ui.table_fit`): at large text sizes in a
narrow window the cells and headings wrap, never elided nor scrolled sideways.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from desktop.peer_log.past import COLUMNS, CONTEXT, PastRow
from desktop.ui.rows_model import RowsModel
from desktop.ui.table_fit import FittedColumns, FoldedColumns

ROW_ROLE: Final = Qt.ItemDataRole.UserRole + 1  # the row's PastRow
FOLLOW_UP: Final = COLUMNS.index("Follow-up")

class PastContactsModel(RowsModel[PastRow]):
    """Past contacts, one per row, in the order given (newest first from `past_rows`)."""

    def headers(self) -> list[str]:
        return [QCoreApplication.translate(CONTEXT, name) for name in COLUMNS]

    def cell(self, row: PastRow, column: int, role: int) -> Any:
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            name = QCoreApplication.translate(CONTEXT, COLUMNS[column])
            return f"{name}: {row.cells[column]}"
        if role == Qt.ItemDataRole.FontRole and row.overdue and column == FOLLOW_UP:
            # An overdue follow-up stands out by weight and by its word, not colour alone.
            bold = QFont()
            bold.setBold(True)
            return bold
        return None

    def row_of(self, contact_id: int) -> int | None:
        """The row showing `contact_id`, if it is in the list."""
        return next((i for i, r in enumerate(self._rows) if r.contact_id == contact_id), None)


class PastContactsTable(QTableView):
    """Rows of past contacts, one selected at a time; Tab leaves, arrows move inside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.past_model = PastContactsModel(self)
        # Fitted as the other tables are: columns as wide as their words when they fit,
        # else each at least its longest word and a share of the rest, the cells and the
        # headings wrapping. Fitted its own way, it scrolled sideways at 200 % text.
        # Where even wrapped the six columns cannot fit (at 150 % text and more in a 600 px
        # window), each row folds into one "Date: …, Contact type: …" card.
        self.cards = FoldedColumns(self.past_model, self)
        self.columns = FittedColumns(self, wrap_cells=True, fold=self.cards)
        self.columns.header.setStretchLastSection(True)  # no empty band at the right
        self.setModel(self.cards)
        self.setAccessibleName(self.tr("Past contacts"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.past_model.modelReset.connect(self.columns.refit)

    def selected(self) -> PastRow | None:
        rows = self.selectionModel().selectedRows()
        row: PastRow | None = rows[0].data(ROW_ROLE) if rows else None
        return row
