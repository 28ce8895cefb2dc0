"""The recent check-ins: a table model (day, the three answers, stressors) and its panel.

The private note is deliberately not a column, a tooltip or a display role: a table can
be seen from across a room. The panel shows a note only for the row the person selects,
in a read-only field below the table, reading it through `CHECKIN_ROLE`.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, Final

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.records.checkins import SCALES, CheckIn
from desktop.ui.dates import short_date
from desktop.ui.lines import LinesEdit
from desktop.ui.rows_model import RowsModel
from desktop.ui.table_fit import FittedColumns, FoldedColumns, RowsTable
from desktop.words import QT_TRANSLATE_NOOP

CHECKIN_ROLE: Final = Qt.ItemDataRole.UserRole + 1  # the row's CheckIn
SORT_ROLE: Final = Qt.ItemDataRole.UserRole + 2  # a value that sorts naturally (date ordinal, 1-5)
LEAST_ROWS: Final = 4  # lines of rows in sight at the least, the page scrolling instead



class Column(IntEnum):
    DAY = 0
    MOOD = 1
    ENERGY = 2
    SLEEP = 3
    STRESSORS = 4


_HEADERS: Final = {Column.DAY: QT_TRANSLATE_NOOP("CheckInTable", "Day"),
                   Column.MOOD: QT_TRANSLATE_NOOP("CheckInTable", "Mood"),
                   Column.ENERGY: QT_TRANSLATE_NOOP("CheckInTable", "Energy"),
                   Column.SLEEP: QT_TRANSLATE_NOOP("CheckInTable", "Sleep"),
                   Column.STRESSORS: QT_TRANSLATE_NOOP("CheckInTable", "Stressors")}
_SCALE_COLUMNS: Final = {Column.MOOD: SCALES[0], Column.ENERGY: SCALES[1],
                         Column.SLEEP: SCALES[2]}


_COLUMNS: Final = tuple(Column)  # by number, without an enum lookup per cell
_ROLES: Final = frozenset({
    CHECKIN_ROLE, SORT_ROLE, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
})


class RecentCheckInsModel(RowsModel[CheckIn]):
    """Check-ins, one per row, in the order given (the view sorts through a proxy).

    A cell's words are made once per check-in and kept: fitting the columns asks for
    each cell's text again and again (dates formatted anew each time made up half of
    the ~20 ms a fit of 60 rows took).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts: dict[CheckIn, tuple[str, ...]] = {}

    def _text(self, checkin: CheckIn, column: Column) -> str:
        texts = self._texts.get(checkin)
        if texts is None:
            texts = self._texts[checkin] = tuple(_display(checkin, c) for c in _COLUMNS)
        return texts[column]

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("CheckInTable", _HEADERS[column]) for column in Column]

    def cell(self, checkin: CheckIn, column_number: int, role: int) -> Any:
        if role not in _ROLES:
            return None  # asked many times per cell (font, colours...): answered at once
        column = _COLUMNS[column_number]
        if role == CHECKIN_ROLE:
            return checkin
        if role == SORT_ROLE:
            return _sort_value(checkin, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(checkin, column)
        # A screen reader hears the column with the value ("Mood: 4, Good").
        return QCoreApplication.translate("CheckInTable", "{column}: {value}").format(
            column=QCoreApplication.translate("CheckInTable", _HEADERS[column]),
            value=self._text(checkin, column)
            or QCoreApplication.translate("CheckInTable", "none"))

    # -- changing the rows --------------------------------------------------------------

    def set_checkins(self, checkins: list[CheckIn]) -> None:
        """Show exactly `checkins`."""
        self._texts.clear()  # the words of check-ins no longer shown go too
        self.set_rows(checkins)

    def upsert(self, checkin: CheckIn) -> None:
        """Show `checkin`, replacing the row for its day if there is one."""
        for row, existing in enumerate(self._rows):
            if existing.day == checkin.day:
                self._texts.pop(existing, None)
                self._rows[row] = checkin
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
                return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, checkin)
        self.endInsertRows()

    def clear(self) -> None:
        self.set_checkins([])

    def checkin(self, row: int) -> CheckIn:
        return self._rows[row]


def _display(checkin: CheckIn, column: Column) -> str:
    if column is Column.DAY:
        return short_date(checkin.day)
    if column is Column.STRESSORS:
        return ", ".join(QCoreApplication.translate("CheckIns", label)
                         for label in checkin.stressor_labels())
    scale = _SCALE_COLUMNS[column]
    value = checkin.value(scale)
    return f"{value} · {QCoreApplication.translate('CheckIns', scale.label(value))}"


def _sort_value(checkin: CheckIn, column: Column) -> int | str:
    if column is Column.DAY:
        return checkin.day.toordinal()
    if column is Column.STRESSORS:
        return len(checkin.stressors)
    return checkin.value(_SCALE_COLUMNS[column])


class RecentCheckInsPanel(QWidget):
    """The table of recent check-ins, newest first, and the selected day's note below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RecentCheckInsModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.table = RowsTable(LEAST_ROWS, self)
        # Every column wraps rather than hide words behind "…" or scroll sideways: with
        # large text in a narrow window, "5 · Full of energy" takes two lines. Where even
        # wrapped the five columns cannot fit (200 % text in a 600 px window), each row
        # folds into one card of "Day: …", "Mood: …" lines. The cards are made over the
        # sorting proxy, so they come in its order, and a sort asked of them goes to it.
        self.cards = FoldedColumns(proxy, self)
        self._columns = FittedColumns(self.table, wrap_cells=True, fold=self.cards)
        self._columns.header.setSectionsClickable(True)  # sorting by a column stays possible
        self._columns.header.setStretchLastSection(True)  # stressors take the width left over
        self.table.setModel(self.cards)
        self.cards.modelReset.connect(self._least_rows)
        self.table.setAccessibleName(self.tr("Recent check-ins"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setAlternatingRowColors(True)
        # Stressors wrap rather than hide behind "…" when the window is narrow or text large.
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DAY, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._show_note)
        for signal in (self.model.modelReset, self.model.dataChanged, self.model.rowsInserted):
            signal.connect(self._rows_changed)

        self.note_label = QLabel(self)
        self.note = LinesEdit(4, self)
        self.note.setReadOnly(True)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Note of the selected check-in"))
        self.note_label.setBuddy(self.note)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, stretch=2)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note, stretch=1)
        self._rows_changed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._rows_changed()

    def _least_rows(self) -> None:
        # Folded, a row is a card of a line per column: two cards in sight, not the
        # part of one that the page's scrolling left it at 200 % text.
        self.table.least_rows = 2 * len(Column) if self.cards.folded else LEAST_ROWS
        self.table.updateGeometry()

    def _rows_changed(self) -> None:
        self._columns.refit()
        self._show_note()

    def selected(self) -> CheckIn | None:
        rows = self.table.selectionModel().selectedRows()
        checkin: CheckIn | None = rows[0].data(CHECKIN_ROLE) if rows else None
        return checkin

    def _show_note(self) -> None:
        checkin = self.selected()
        if checkin is None:
            self.note_label.setText(self.tr("Note of the selected day"))
            self.note.setPlaceholderText(self.tr("Select a check-in to read its note."))
            self.note.clear()
            return
        self.note_label.setText(self.tr("Note for {day}").format(day=short_date(checkin.day)))
        self.note.setPlaceholderText(self.tr("No note for this day."))
        self.note.setPlainText(checkin.note)

    def clear_personal_data(self) -> None:
        self.model.clear()  # resets the selection, which clears the note
        self.note.clear()
