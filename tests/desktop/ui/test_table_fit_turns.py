"""Fitted, folded tables do their measuring once and in turns (issue 13: no GUI stall over
50 ms as a page fills in): cards and cells are worded once, rows sized a few a turn."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from desktop.ui.table_fit import ROWS_A_TURN, FittedColumns, FoldedColumns


class CountingModel(QStandardItemModel):
    """Counts the display texts asked of it."""

    def __init__(self) -> None:
        super().__init__(0, 3)
        self.asked = 0

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            self.asked += 1
        return super().data(index, role)


def _model(rows: int) -> CountingModel:
    model = CountingModel()
    model.setHorizontalHeaderLabels(["Day", "Mood", "Stressors"])
    for row in range(rows):
        model.appendRow([QStandardItem(f"day {row}"), QStandardItem("4 · Good"),
                         QStandardItem("work, sleep, money and more words to wrap")])
    return model


def test_a_card_is_worded_once_until_its_row_changes(qtbot: QtBot) -> None:
    model = _model(3)
    cards = FoldedColumns(model)
    cards.set_folded(True)
    first = cards.index(1, 0).data()
    asked = model.asked
    for _ in range(5):
        assert cards.index(1, 0).data() == first
    assert model.asked == asked  # kept, not worded again
    model.item(1, 1).setText("2 · Low")
    assert "2 · Low" in cards.index(1, 0).data()


def test_an_unfolded_cell_is_read_once_until_it_changes(qtbot: QtBot) -> None:
    model = _model(3)
    cards = FoldedColumns(model)
    for _ in range(4):
        assert cards.index(2, 1).data() == "4 · Good"
    assert model.asked == 1
    model.item(2, 1).setText("5 · Great")
    assert cards.index(2, 1).data() == "5 · Great"
    model.removeRow(0)
    assert cards.index(1, 1).data() == "5 · Great"  # rows moved up: read again


def test_wrapped_rows_are_sized_a_few_a_turn(qtbot: QtBot) -> None:
    model = _model(3 * ROWS_A_TURN)
    table = QTableView()
    table.setWordWrap(True)
    fitted = FittedColumns(table, wrap_cells=True, fold=(cards := FoldedColumns(model, table)))
    table.setModel(cards)
    qtbot.addWidget(table)
    table.resize(260, 400)  # narrow: the stressors wrap onto more lines
    table.show()
    qtbot.waitExposed(table)
    rows, last = table.verticalHeader(), 3 * ROWS_A_TURN - 1
    qtbot.waitUntil(lambda: rows.sectionSize(last) == table.sizeHintForRow(last))
    default = rows.defaultSectionSize()
    for row in range(3 * ROWS_A_TURN):
        rows.resizeSection(row, default)
    fitted._size_rows()  # the first turn alone
    assert rows.sectionSize(0) == table.sizeHintForRow(0) != default
    assert rows.sectionSize(ROWS_A_TURN) == default  # left to a later turn
    for _ in range(3):
        QApplication.processEvents()
    assert rows.sectionSize(last) == table.sizeHintForRow(last)


class CountingTable(QTableView):
    """Counts the fits made of it (each sizes the columns to their contents first)."""

    fits = 0

    def resizeColumnsToContents(self) -> None:  # noqa: N802 - Qt's API
        self.fits += 1
        super().resizeColumnsToContents()


def test_a_fit_now_stands_for_one_asked_for_earlier(qtbot: QtBot) -> None:
    table = CountingTable()
    table.setModel(_model(5))
    fitted = FittedColumns(table)
    qtbot.addWidget(table)
    table.show()  # asks for a fit at the next turn
    qtbot.waitExposed(table)
    qtbot.waitUntil(lambda: table.fits == 1)
    fitted.refit()
    fitted.fit()  # the rows' own fit, in the same turn
    for _ in range(3):
        QApplication.processEvents()
    assert table.fits == 2
