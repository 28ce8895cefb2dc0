"""The shared read-only table model: Qt's questions answered from a list of rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from desktop.ui.rows_model import RowsModel


class Words(RowsModel[str]):
    def headers(self) -> list[str]:
        return ["Word", "Length"]

    def cell(self, row: str, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return row if column == 0 else len(row)


def test_rows_columns_headers_and_cells_come_from_the_rows(qtbot: QtBot) -> None:
    model = Words()
    model.set_rows(["calm", "tired"])
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Length"
    assert model.headerData(2, Qt.Orientation.Horizontal) is None  # past the last column
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.data(model.index(1, 0)) == "tired"
    assert model.data(model.index(1, 1)) == 5
    assert list(model.rows) == ["calm", "tired"]


def test_invalid_indexes_and_children_have_nothing(qtbot: QtBot) -> None:
    model = Words()
    model.set_rows(["calm"])
    assert model.data(QModelIndex()) is None
    assert model.data(model.index(3, 0)) is None  # views ask about rows that are gone
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no row has children


def test_set_rows_resets_the_views(qtbot: QtBot) -> None:
    model = Words()
    model.set_rows(["a", "b", "c"])
    with qtbot.waitSignal(model.modelReset):
        model.set_rows(("only",))
    assert model.rowCount() == 1
