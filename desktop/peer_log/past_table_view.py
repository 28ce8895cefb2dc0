"""The past-contacts table: a model of list rows and a view that fits its columns.

Each cell is text from `past.cells` and each row a `PastRow`: the structured fields only,
so the note is never a column, a tooltip or any role, and the model holds none. "What
happened" takes the spare width and wraps; at large text sizes the table scrolls sideways
rather than eliding a word.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.peer_log.past import COLUMNS, CONTEXT, PastRow
from desktop.records.peer.model import LABEL_CONTEXT, Event
from desktop.ui.rows_model import RowsModel

ROW_ROLE: Final = Qt.ItemDataRole.UserRole + 1  # the row's PastRow
EVENTS_COLUMN: Final = COLUMNS.index("What happened")
FOLLOW_UP: Final = COLUMNS.index("Follow-up")
# Rows measured when the columns are fitted (besides those on show), not thousands.
FIT_SAMPLE_ROWS: Final = 100

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
        self.setModel(self.past_model)
        self.setAccessibleName(self.tr("Past contacts"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setResizeContentsPrecision(FIT_SAMPLE_ROWS)
        self.viewport().installEventFilter(self)
        self.past_model.modelReset.connect(self.fit_columns)

    def selected(self) -> PastRow | None:
        rows = self.selectionModel().selectedRows()
        row: PastRow | None = rows[0].data(ROW_ROLE) if rows else None
        return row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_columns()

    def fit_columns(self) -> None:
        """Columns fit their text; "What happened" takes the rest, never under a word."""
        for column in range(len(COLUMNS)):
            if column != EVENTS_COLUMN:
                self.resizeColumnToContents(column)
        metrics = self.fontMetrics()
        longest = max(metrics.horizontalAdvance(w) for e in Event
                      for w in QCoreApplication.translate(LABEL_CONTEXT, e.label).split())
        header = self.horizontalHeader().sectionSizeHint(EVENTS_COLUMN)
        others = sum(self.columnWidth(c) for c in range(len(COLUMNS)) if c != EVENTS_COLUMN)
        free = self.viewport().width() - others
        self.setColumnWidth(EVENTS_COLUMN, max(free, header, longest + metrics.height()))
