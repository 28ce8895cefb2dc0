"""A fitted table with a stretching last column still reaches its right edge.

Sizing the columns to their contents took the last one down to its text: History's
table then ended in an empty band, depending on which resize event came last.
"""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from desktop.ui.table_fit import WrappingHeader, fit_columns


def _table(qtbot: QtBot, width: int) -> tuple[QTableView, WrappingHeader]:
    table = QTableView()
    header = WrappingHeader(table)
    table.setHorizontalHeader(header)
    table.verticalHeader().hide()
    header.setStretchLastSection(True)
    model = QStandardItemModel(0, 3, table)
    model.setHorizontalHeaderLabels(["Date", "Average mood", "Days checked in"])
    for row in range(5):
        model.appendRow([QStandardItem(f"cell {row} {column}") for column in range(3)])
    table.setModel(model)
    qtbot.addWidget(table)
    table.resize(width, 300)
    table.show()
    qtbot.waitExposed(table)
    return table, header


def test_the_last_column_stretches_to_the_edge_after_a_fit(qtbot: QtBot) -> None:
    table, header = _table(qtbot, 800)  # far wider than the columns need
    assert header.length() == table.viewport().width()
    for _ in range(2):  # a fit, and a fit again (new rows, a new font)
        fit_columns(table, header)
        assert header.length() == table.viewport().width()


def test_hidden_columns_take_no_room(qtbot: QtBot) -> None:
    table, header = _table(qtbot, 800)
    table.setColumnHidden(2, True)
    fit_columns(table, header)
    shown = header.sectionSize(0) + header.sectionSize(1)
    assert shown == table.viewport().width()  # the stretch went to the last shown column
