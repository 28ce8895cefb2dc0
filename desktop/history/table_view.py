"""The history table: the same points as the chart, one row a day, week or result.

The table is how a screen reader user, or anyone who prefers numbers, reads the chart.
Its headings ("Average mood", "Days checked in") can be far wider than the dates and short
numbers below them; at 200 % text, in Spanish, that made the table scroll sideways in a
600 px window. So when the columns do not fit, each gets at least what its cells need and
a share of the rest, and the headings wrap at word breaks onto a taller header.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, Final

from PySide6.QtCore import QObject, Qt

from desktop.history.chart_view import note_text
from desktop.history.history import Point, Series
from desktop.ui.dates import short_date
from desktop.ui.rows_model import RowsModel

SORT_ROLE: Final = Qt.ItemDataRole.UserRole + 1
# Rows the table shows at the least; below that the page scrolls (at 200 % text in a
# short window the table had shrunk to its header, with no row in sight).
LEAST_ROWS: Final = 4

class Column(IntEnum):
    DAY = 0
    VALUE = 1
    NOTE = 2


class SeriesTableModel(RowsModel[Point]):
    """The points of one series: date, value and its words (band, scale word, days)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._series: Series | None = None

    def headers(self) -> list[str]:
        return [self._header(column) for column in Column]

    def _header(self, column: Column) -> str:
        if column is Column.DAY:
            return self.tr("Date")
        if self._series is None:
            return self.tr("Value") if column is Column.VALUE else self.tr("In words")
        return self._series.value_name if column is Column.VALUE else self._series.note_name

    def cell(self, point: Point, column_number: int, role: int) -> Any:
        if self._series is None:
            return None
        column = Column(column_number)
        if role == SORT_ROLE:
            return (point.day.toordinal(), point.value, point.note)[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(point, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{column}: {value}").format(
                column=self._header(column), value=self._display(point, column) or self.tr("none"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, point: Point, column: Column) -> str:
        assert self._series is not None  # noqa: S101 - cell() checked it
        if column is Column.DAY:
            return short_date(point.day)
        if column is Column.VALUE:
            return self._series.value_text(point.value)
        return note_text(point)

    def set_series(self, series: Series | None) -> None:
        self._series = series
        self.set_rows(series.points if series else ())
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
