"""Tables that fit a narrow window: headings that wrap, and columns shared out.

A table's headings ("Average mood", "Days checked in") can be far wider than the short
cells below them; at 200 % text, in Spanish, that made tables scroll sideways in a 600 px
window. `WrappingHeader` wraps headings at word breaks onto a taller header, and
`fit_columns` gives each column what it needs when there is room, otherwise at least its
longest word (cells wrap) and a share of the rest.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView, QWidget

# Rows measured for a column's longest word (besides those on show), not thousands.
SAMPLE_ROWS: Final = 100
# Wrapped rows sized to their text in one turn of the event loop; the rest in later turns.
ROWS_A_TURN: Final = 20

_HEADING_FLAGS: Final = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap

# A cell's look follows the theme and the text size, which change with no word from the
# model: asked of it each time, never kept (see FoldedColumns).
_LOOKS: Final = frozenset({
    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.DecorationRole,
})


class WrappingHeader(QHeaderView):
    """A horizontal header whose headings wrap at word breaks, as tall as they need."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(_HEADING_FLAGS)
        # Columns are fitted to a sample of rows, not measured over ten years of them.
        self.setResizeContentsPrecision(SAMPLE_ROWS)

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


def fit_columns(table: QTableView, header: WrappingHeader, *, wrap_cells: bool = False) -> None:
    """Columns as wide as their contents, or, when that is wider than the table, as wide as
    their cells (and each heading's longest word) plus a share of the room left.

    With `wrap_cells` (the table wraps its text), a column may narrow to its cells'
    longest word, so long answers wrap onto more lines instead of scrolling sideways.
    """
    rows = table.verticalHeader()
    # Rows sized to their contents are measured again at every column change: hold them
    # while the columns move and measure once at the end (60 rows were measured 13 times).
    to_contents = rows.count() > 0 and (
        rows.sectionResizeMode(0) is QHeaderView.ResizeMode.ResizeToContents)
    if to_contents:
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    try:
        _fit(table, header, wrap_cells=wrap_cells)
    finally:
        if to_contents:
            rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def _fit(table: QTableView, header: WrappingHeader, *, wrap_cells: bool) -> None:
    table.resizeColumnsToContents()
    count = header.count()
    shown = [c for c in range(count) if not header.isSectionHidden(c)]  # hidden take no room
    room = table.viewport().width()
    full = [header.sectionSize(c) for c in shown]
    if sum(full) > room:
        model = table.model()
        cells = (_cell_widths if not wrap_cells
                 else model.longest_words if isinstance(model, FoldedColumns) and not model.folded
                 else _longest_words)
        least = [max(cells(table, c), header.longest_word(c)) for c in shown]
        spare = max(0, room - sum(least))
        # A column whose least is above its contents (a long heading) wants no share.
        wanted = max(1, sum(max(0, f - m) for f, m in zip(full, least, strict=True)))
        for at, column in enumerate(shown):
            share = spare * max(0, full[at] - least[at]) // wanted
            header.resizeSection(column, least[at] + share)
    if header.stretchLastSection() and sum(header.sectionSize(c) for c in shown) < room:
        # Sizing to contents took the last column down to its text, leaving an empty band
        # to the right (History's table, at random as resize events raced): stretch again.
        header.setStretchLastSection(False)
        header.setStretchLastSection(True)
    # The header's height follows the wrapped headings at their new widths.
    header.headerDataChanged(Qt.Orientation.Horizontal, 0, max(0, count - 1))


class FittedColumns(QObject):
    """Gives `table` a `WrappingHeader` and keeps its columns fitted: again whenever it is
    shown, resizes or its font changes (the text size setting), and on `refit()`.

    Events ask for one fit at the next turn of the event loop, and none while the table is
    hidden: a first show brings a show and a resize or two, and each fit measures cells
    (the check-in page's first show spent ~150 ms fitting the same table several times).
    A resize that keeps the width asks for none, and an event's fit takes turns: folding
    (with `fold`), then the columns, then wrapped rows `ROWS_A_TURN` a turn, so no one turn
    holds the GUI for all of them.
    With `wrap_cells`, rows are sized to their wrapped text once per fit rather than kept
    sized by Qt, which measures every cell again at each layout pass; a table that keeps
    `ResizeToContents` rows for itself is left to Qt.
    """

    def __init__(self, table: QTableView, *, wrap_cells: bool = False,
                 fold: FoldedColumns | None = None) -> None:
        super().__init__(table)
        self._table = table
        self._wrap_cells = wrap_cells
        self._fold = fold
        self._pending = False
        self._sizing = 0  # counts fits' row sizings, so a later one ends an earlier one
        self.header = WrappingHeader(table)
        table.setHorizontalHeader(self.header)
        if wrap_cells:
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.viewport().installEventFilter(self)
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        kind = event.type()
        if kind == QEvent.Type.Resize and isinstance(event, QResizeEvent):
            # Columns follow the width alone. Rows sized by a fit make the table taller,
            # which resized it again and asked for another ~40 ms fit of the same width
            # (the check-in page's first show fitted three times in a row).
            if event.size().width() != event.oldSize().width():
                self.refit()
        elif kind in (QEvent.Type.Show, QEvent.Type.FontChange):
            self.refit()
        return False

    def refit(self) -> None:
        """Fit at the next turn of the event loop (once, however often it is asked)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._fit_if_shown)

    def _fit_if_shown(self) -> None:
        if not self._pending:
            return  # `fit()` came first: the fit asked for is done
        if self._fold is not None and self._shown():
            # Folded or not now, columns at the next turn, wrapped rows after: in one turn
            # they held the GUI ~65-110 ms after the check-in page's first visit.
            self._fold_if_narrow()
            QTimer.singleShot(0, self, self._fit_columns_if_shown)
        else:
            self._fit_columns_if_shown()

    def _shown(self) -> bool:
        return self._table.isVisible() and self._table.model() is not None

    def _fit_columns_if_shown(self) -> None:
        if not self._pending:
            return  # `fit()` came between the fold and this turn
        self._pending = False  # asked for again from here on: another fit follows
        if self._shown():  # else Show asks again
            # A width that changed since the fold was decided asked for no new fit (one was
            # pending): decide again, at no cost when it stands (the words are measured once).
            self._fold_if_narrow()
            # Columns now, wrapped rows at the next turn: together they held the GUI
            # ~40 ms over the check-in page's 60 rows, each about half of it.
            fit_columns(self._table, self.header, wrap_cells=self._wrap_cells)
            if self._sizes_rows():
                QTimer.singleShot(0, self, self._size_rows)

    def _fold_to(self, folded: bool) -> None:
        assert self._fold is not None  # noqa: S101 - fit() checked it
        if folded == self._fold.folded:
            return
        selection = self._table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        self._fold.set_folded(folded)  # a reset: the selection is kept by hand
        # Each card names its values, so a heading row of every heading only took room
        # (two lines at 200 %, a third of what the past contacts showed); one that sorts
        # when clicked stays.
        self.header.setVisible(not folded or self.header.sectionsClickable())
        if rows:
            self._table.selectRow(rows[0].row())

    def fit(self) -> None:
        """Fit now (after new rows, when the caller reports them at once); a fit asked for
        by `refit()` and not yet made is then not made (History's first visit fitted its
        table twice in one turn, ~20 ms each: the show's fit after the rows' own)."""
        if self._table.model() is None:
            return
        self._pending = False
        self._fold_if_narrow()
        fit_columns(self._table, self.header, wrap_cells=self._wrap_cells)
        if self._sizes_rows():
            self._sizing += 1  # all rows now: any left from an earlier fit are done here
            self._table.resizeRowsToContents()

    def _fold_if_narrow(self) -> None:
        if self._fold is not None:
            self._fold_to(self._fold.least_width(self._table) > self._table.viewport().width())

    def _sizes_rows(self) -> bool:
        rows = self._table.verticalHeader()
        return self._wrap_cells and not (
            rows.count() and rows.sectionResizeMode(0) is QHeaderView.ResizeMode.ResizeToContents
        )

    def _size_rows(self, first: int = 0) -> None:
        """Size wrapped rows to their text, `ROWS_A_TURN` a turn from `first` (each row is
        laid out cell by cell: 60 rows at once held the GUI ~45 ms after a first visit)."""
        if first == 0:
            self._sizing += 1  # a new fit: rows left from an earlier one are not sized
        if self._table.model() is None:
            return
        rows = self._table.verticalHeader()
        last = min(rows.count(), first + ROWS_A_TURN)
        for row in range(first, last):
            rows.resizeSection(row, self._table.sizeHintForRow(row))
        if last < rows.count():
            sizing = self._sizing
            QTimer.singleShot(0, self, lambda: self._size_more(sizing, last))

    def _size_more(self, sizing: int, first: int) -> None:
        if sizing == self._sizing:
            self._size_rows(first)


class RowsTable(QTableView):
    """A table never shorter than its header and `least_rows` rows at the text size in
    force: in a page that scrolls as a whole, a table with no such minimum is squeezed to
    its header in a short window at 200 % text; with one, the page scrolls instead."""

    def __init__(self, least_rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.least_rows = least_rows

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        rows = self.verticalHeader().defaultSectionSize() * self.least_rows
        tall = self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth()
        return QSize(super().minimumSizeHint().width(), tall)


def _cell_widths(table: QTableView, column: int) -> int:
    return table.sizeHintForColumn(column)


def _longest_words(table: QTableView, column: int,
                   model: QAbstractItemModel | None = None) -> int:
    """The widest single word in `column`'s first rows (of `model`, else the table's),
    with the cell's padding."""
    model, metrics = model or table.model(), table.fontMetrics()
    # Cells repeat ("4 · Good" in most rows of a scale): each text is measured once.
    texts = {str(model.data(model.index(row, column)) or "")
             for row in range(min(model.rowCount(), SAMPLE_ROWS))}
    words = {word for text in texts for word in text.split()}
    widest = max((metrics.horizontalAdvance(word) for word in words), default=0)
    # An item view pads its text by the focus frame's margin and a pixel on each side.
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    return widest + 2 * margin + int(table.showGrid())


class FoldedColumns(QIdentityProxyModel):
    """The rows of a table model, in its columns while they fit, else folded into one
    column where each row reads as lines of "Heading: value" (a card a row).

    Six columns cannot all fit a 600 px window at 200 % text even with their words
    wrapped: the table scrolled sideways, its last columns out of sight. Folded, every
    value stays in sight, a row is still selected and opened as before, and a screen
    reader reads each row whole. Give it to `FittedColumns`, which folds and unfolds it
    as the width and the text size change.

    A card's text, and unfolded a cell's values but its look, are worded once and kept
    until the rows, their order or the headings change: sizing 60 folded rows to their
    text asked for each card ~80 times, and wording it anew each time (headings translated,
    every cell read through the sort proxy) held the GUI ~100 ms after the check-in page's
    first visit; unfolded, fitting the columns asks each cell ~8 roles through two models.
    """

    def __init__(self, source: QAbstractItemModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cards: dict[int, str] = {}
        self._words: dict[tuple[int, str], int] = {}
        self._cells: dict[tuple[int, int, int], Any] = {}
        self.setSourceModel(source)
        self.folded = False
        for signal in (source.modelReset, source.dataChanged, source.rowsInserted,
                       source.rowsRemoved, source.rowsMoved, source.layoutChanged,
                       source.headerDataChanged):
            signal.connect(self._forget_cards)

    def _forget_cards(self) -> None:
        self._cards.clear()
        self._cells.clear()
        self._words.clear()

    def longest_words(self, table: QTableView, column: int) -> int:
        """`column`'s widest word in `table`'s font, unfolded, measured once for the fold
        and the fit that follows it."""
        key = (column, table.font().key())
        width = self._words.get(key)
        if width is None:
            width = self._words[key] = _longest_words(table, column, self.sourceModel())
        return width

    def set_folded(self, folded: bool) -> None:
        if folded != self.folded:
            self.beginResetModel()
            self.folded = folded
            self._forget_cards()
            self.endResetModel()

    def least_width(self, table: QTableView) -> int:
        """What the columns need unfolded, each at its cells' and its heading's longest word."""
        source = self.sourceModel()
        metrics = table.fontMetrics()
        pad = 3 * metrics.averageCharWidth()  # as WrappingHeader.longest_word pads a heading
        total = 0
        for column in range(source.columnCount()):
            heading = str(source.headerData(column, Qt.Orientation.Horizontal) or "")
            words = max((metrics.horizontalAdvance(w) for w in heading.split()), default=0)
            total += max(self.longest_words(table, column), words + pad)
        return total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008, N802
                    ) -> int:
        return 1 if self.folded and not parent.isValid() else super().columnCount(parent)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.folded or orientation != Qt.Orientation.Horizontal:
            return super().headerData(section, orientation, role)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return " \u00b7 ".join(self._headings())

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.folded or not index.isValid():
            return self._cell(index, role)
        source = self.sourceModel()
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            card = self._cards.get(row)
            if card is None:
                card = self._cards[row] = "\n".join(self._pairs(row))
            return card
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # A card is heard as its row's cells are, unfolded ("Stressors: none", not an
            # empty "Stressors:"), where the model words them for a listener.
            spoken = (source.index(row, c).data(role) for c in range(source.columnCount()))
            return ", ".join(said if isinstance(said, str) and said else pair
                             for said, pair in zip(spoken, self._pairs(row), strict=True))
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole):
            return None  # one column's look is not the card's
        return source.index(row, 0).data(role)

    def _cell(self, index: QModelIndex | QPersistentModelIndex, role: int) -> Any:
        """An unfolded cell's value in `role`, kept but for its look."""
        if role in _LOOKS or not index.isValid():
            return super().data(index, role)
        key = (index.row(), index.column(), role)
        if key not in self._cells:  # the view asks each cell ~8 roles at every measure
            self._cells[key] = super().data(index, role)
        return self._cells[key]

    def _pairs(self, row: int) -> list[str]:
        """The row's values as "Heading: value", a column each.

        An empty cell reads as a listener hears it ("Stressors: none") where the model
        words it for one, not as a heading with nothing after it.
        """
        source = self.sourceModel()
        pair = QCoreApplication.translate("FoldedColumns", "{heading}: {value}")
        lines = []
        for column, heading in enumerate(self._headings()):
            cell = source.index(row, column)
            value = cell.data() or ""
            said = "" if value else cell.data(Qt.ItemDataRole.AccessibleTextRole)
            lines.append(said if isinstance(said, str) and said.strip()
                         else pair.format(heading=heading, value=value))
        return lines

    def _headings(self) -> list[str]:
        source = self.sourceModel()
        return [str(source.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(source.columnCount())]
