"""A step's entries as a table model: Qt's own model checks, and what counts as a change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.safety_plan.items_view import StepItemsModel
from desktop.safety_plan.model import PlanItem, Step


def test_the_model_passes_qts_checks(qtmodeltester: ModelTester) -> None:
    model = StepItemsModel(Step.HELPERS)
    model.set_items((PlanItem("Sam", "555 0100"), PlanItem("Jo")))
    qtmodeltester.check(model)
    assert model.columnCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Phone (optional)"


def test_enter_without_a_change_is_no_change_and_entries_are_stripped(qtbot: QtBot) -> None:
    model = StepItemsModel(Step.WARNING_SIGNS)
    model.set_items((PlanItem("No sleep"),))
    index = model.index(0, 0)
    with qtbot.assertNotEmitted(model.dataChanged):
        assert not model.setData(index, "No sleep ")
    with qtbot.waitSignal(model.dataChanged):
        assert model.setData(index, "  Skipping meals ")
    assert model.rows() == [("Skipping meals", "")]
    assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == "Entry: Skipping meals"
