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

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from desktop.history.chart_view import note_text
from desktop.history.history import Point, Series
from desktop.ui.dates import short_date
from desktop.ui.rows_model import RowsModel

SORT_ROLE: Final = Qt.ItemDataRole.UserRole + 1
# Rows measured when the columns are fitted (besides those on show): every row holds a
# date and short numbers, so a sample fits them as well as ten years of days would.
FIT_SAMPLE_ROWS: Final = 100


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


_HEADING_FLAGS: Final = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


class WrappingHeader(QHeaderView):
    """A horizontal header whose headings wrap at word breaks, as tall as they need."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(_HEADING_FLAGS)

    def _heading(self, logical_index: int) -> str:
        return str(self.model().headerData(logical_index, self.orientation()) or "")

    def sectionSizeFromContents(self, logical_index: int) -> QSize:  # noqa: N802 - Qt's API
        size = super().sectionSizeFromContents(logical_index)
        metrics = self.fontMetrics()
        room = max(1, self.sectionSize(logical_index) - 2 * metrics.averageCharWidth())
        wrapped = metrics.boundingRect(
            0, 0, room, 100_000, int(_HEADING_FLAGS), self._heading(logical_index))
        return QSize(size.width(), max(size.height(), wrapped.height() + metrics.height() // 2))

    def longest_word(self, logical_index: int) -> int:
        """The width the heading needs when wrapped as far as it goes."""
        metrics = self.fontMetrics()
        words = self._heading(logical_index).split()
        widest = max((metrics.horizontalAdvance(w) for w in words), default=0)
        return widest + 3 * metrics.averageCharWidth()


def fit_columns(table: QTableView, header: WrappingHeader) -> None:
    """Columns as wide as their contents, or, when that is wider than the table, as wide as
    their cells (and each heading's longest word) plus a share of the room left."""
    table.resizeColumnsToContents()
    count = header.count()
    room = table.viewport().width()
    full = [header.sectionSize(c) for c in range(count)]
    if sum(full) > room:
        least = [max(table.sizeHintForColumn(c), header.longest_word(c)) for c in range(count)]
        spare = max(0, room - sum(least))
        wanted = max(1, sum(f - m for f, m in zip(full, least, strict=True)))
        for column in range(count):
            share = spare * max(0, full[column] - least[column]) // wanted
            header.resizeSection(column, least[column] + share)
    # The header's height follows the wrapped headings at their new widths.
    header.headerDataChanged(Qt.Orientation.Horizontal, 0, max(0, count - 1))
