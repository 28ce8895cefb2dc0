"""Tables fitted to a narrow window: columns share the room and never overflow it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from desktop.ui.table_fit import FittedColumns, FoldedColumns, fit_columns

ROWS = [
    ("Offer anonymous burnout prevalence tokens", "no reminders; quiet 22:00-07:00", ""),
    ("Longest quick-unlock lifetime (days)", "30", ""),
]


def _table(qtbot: QtBot, width: int) -> QTableView:
    model = QStandardItemModel(0, 3)
    # The last column is empty: its one-word heading needs more than its contents do.
    model.setHorizontalHeaderLabels(["Setting", "Value", "Where"])
    for row in ROWS:
        model.appendRow([QStandardItem(text) for text in row])
    table = QTableView()
    table.setWordWrap(True)
    table.setModel(model)
    qtbot.addWidget(table)
    table.resize(width, 300)
    table.show()
    qtbot.waitExposed(table)
    return table


def test_columns_never_add_up_to_more_than_the_room(qtbot: QtBot) -> None:
    table = _table(qtbot, 420)
    fitted = FittedColumns(table, wrap_cells=True)
    fit_columns(table, fitted.header, wrap_cells=True)
    header = fitted.header
    room = table.viewport().width()
    assert header.length() <= room
    assert table.horizontalScrollBar().maximum() == 0
    # Every column keeps at least its heading's longest word.
    for column in range(header.count()):
        assert header.sectionSize(column) >= header.longest_word(column)


def test_a_wide_table_gives_each_column_its_contents(qtbot: QtBot) -> None:
    table = _table(qtbot, 1400)
    fitted = FittedColumns(table, wrap_cells=True)
    fit_columns(table, fitted.header, wrap_cells=True)
    widths = [fitted.header.sectionSize(c) for c in range(3)]
    table.resizeColumnsToContents()
    assert widths == [fitted.header.sectionSize(c) for c in range(3)]


def test_a_resize_fits_the_columns_again(qtbot: QtBot) -> None:
    table = _table(qtbot, 1400)
    fitted = FittedColumns(table, wrap_cells=True)
    table.resize(420, 300)
    qtbot.waitUntil(lambda: table.viewport().width() < 420)
    assert fitted.header.length() <= table.viewport().width()


def test_a_folded_card_shows_an_empty_cell_as_a_listener_hears_it() -> None:
    # "Stressors:" with nothing after it read as if the value were cut off; a screen
    # reader already heard "Stressors: none".
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["Day", "Stressors", "Where"])
    stressors = QStandardItem("")
    stressors.setData("Stressors: none", Qt.ItemDataRole.AccessibleTextRole)
    model.appendRow([QStandardItem("Monday"), stressors, QStandardItem("")])
    cards = FoldedColumns(model)
    cards.set_folded(True)
    card = cards.index(0, 0)
    assert card.data().split("\n") == ["Day: Monday", "Stressors: none", "Where: "]
    assert card.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Day: Monday, Stressors: none, Where: ")
