"""The recent check-ins model: Qt's model rules, roles, and no note in what the table shows."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.checkins.table_view import (
    CHECKIN_ROLE,
    SORT_ROLE,
    Column,
    RecentCheckInsModel,
    RecentCheckInsPanel,
)
from desktop.records.checkins import CheckIn, Stressor
from desktop.ui.dates import short_date
from desktop.ui.table_fit import SAMPLE_ROWS

AT = datetime(2025, 3, 12, 20, 0, tzinfo=UTC)
NOTE = "secret-note-text"


def _entries() -> list[CheckIn]:
    return [
        CheckIn(date(2025, 3, 12), AT, 4, 2, 3,
                frozenset({Stressor.WORKLOAD, Stressor.HOME}), NOTE),
        CheckIn(date(2025, 3, 11), AT, 1, 5, 2),
    ]


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = RecentCheckInsModel()
    qtmodeltester.check(model)
    model.set_checkins(_entries())
    qtmodeltester.check(model)
    model.upsert(CheckIn(date(2025, 3, 13), AT, 3, 3, 3))
    model.upsert(CheckIn(date(2025, 3, 12), AT, 5, 5, 5))
    model.clear()
    qtmodeltester.check(model)


def test_columns_show_day_answers_and_stressors_but_never_the_note() -> None:
    model = RecentCheckInsModel()
    model.set_checkins(_entries())
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Day", "Mood", "Energy", "Sleep", "Stressors"]
    row = [model.index(0, c).data() for c in Column]
    assert row[0] == short_date(date(2025, 3, 12))  # the newest day, as every list writes it
    assert "12" in row[0] and "2025" in row[0]
    assert row[1:] == ["4 · Good", "2 · Tired", "3 · Fair", "Workload, Home and caregiving"]
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                 Qt.ItemDataRole.AccessibleTextRole, SORT_ROLE):
        for column in Column:
            assert NOTE not in str(model.index(0, column).data(role))
    assert model.index(0, Column.MOOD).data(Qt.ItemDataRole.AccessibleTextRole) == "Mood: 4 · Good"
    assert model.index(1, Column.STRESSORS).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Stressors: none")


def test_custom_roles_give_the_checkin_and_sortable_values() -> None:
    model = RecentCheckInsModel()
    model.set_checkins(_entries())
    assert model.index(0, Column.SLEEP).data(CHECKIN_ROLE) == _entries()[0]
    assert model.index(0, Column.DAY).data(SORT_ROLE) == date(2025, 3, 12).toordinal()
    assert model.index(1, Column.ENERGY).data(SORT_ROLE) == 5
    assert model.index(0, Column.STRESSORS).data(SORT_ROLE) == 2
    assert model.index(0, 0, model.index(0, 0)).data() is None
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_upsert_replaces_the_day_or_adds_it_first() -> None:
    model = RecentCheckInsModel()
    model.set_checkins(_entries())
    model.upsert(CheckIn(date(2025, 3, 11), AT, 2, 2, 2))
    assert model.rowCount() == 2 and model.checkin(1).mood == 2
    model.upsert(CheckIn(date(2025, 3, 13), AT, 3, 3, 3))
    assert [model.checkin(r).day.day for r in range(3)] == [13, 12, 11]


def test_panel_shows_a_note_only_for_the_selected_row(qtbot: QtBot) -> None:
    panel = RecentCheckInsPanel()
    qtbot.addWidget(panel)
    panel.model.set_checkins(_entries())
    assert panel.note.toPlainText() == ""
    panel.table.selectRow(0)  # newest first: 12 March
    assert panel.note.toPlainText() == NOTE
    assert "12" in panel.note_label.text()
    panel.table.selectRow(1)
    assert panel.note.toPlainText() == ""
    assert panel.note.placeholderText() == "No note for this day."
    panel.table.selectRow(0)
    panel.clear_personal_data()
    assert panel.note.toPlainText() == "" and panel.model.rowCount() == 0


def test_the_columns_are_fitted_from_a_sample_of_rows(qtbot: QtBot) -> None:
    # Years of daily check-ins were measured cell by cell at every resize (167 ms on the
    # page's first show with ten years); a sample fits short answers as well.
    panel = RecentCheckInsPanel()
    qtbot.addWidget(panel)
    assert panel.table.horizontalHeader().resizeContentsPrecision() == SAMPLE_ROWS


def test_narrow_rows_fold_into_cards_in_the_sorted_order(qtbot: QtBot) -> None:
    # Five columns at 200 % text in a 600 px window scrolled sideways, Stressors out of
    # sight. Narrow, each row is one card; the cards keep the order the person sorted by,
    # the selected row (and its note), and are heard whole.
    panel = RecentCheckInsPanel()
    qtbot.addWidget(panel)
    panel.model.set_checkins([*_entries(), CheckIn(date(2025, 3, 10), AT, 3, 3, 1)])
    panel.resize(900, 500)
    panel.show()
    qtbot.waitUntil(lambda: panel.table.model().columnCount() == len(Column))
    panel.table.sortByColumn(Column.SLEEP, Qt.SortOrder.AscendingOrder)
    panel.table.selectRow(2)  # 12 March, the best sleep (3)
    table = panel.table

    def days() -> list[int]:
        model = table.model()
        return [model.index(r, 0).data(CHECKIN_ROLE).day.day for r in range(model.rowCount())]

    assert days() == [10, 11, 12]
    panel.resize(260, 500)
    qtbot.waitUntil(lambda: panel.cards.folded)
    assert table.model().columnCount() == 1 and days() == [10, 11, 12]
    # Two cards in sight at the least (a scrolling page squeezed it to part of one).
    assert table.minimumSizeHint().height() >= 2 * table.sizeHintForRow(0)
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
    assert panel.note.toPlainText() == NOTE  # the same check-in stays selected
    card = table.model().index(2, 0)
    assert card.data().split("\n") == [
        f"Day: {short_date(date(2025, 3, 12))}", "Mood: 4 · Good", "Energy: 2 · Tired",
        "Sleep: 3 · Fair", "Stressors: Workload, Home and caregiving"]
    heard = table.model().index(1, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert heard.startswith("Day: ") and heard.endswith("Stressors: none")
    assert NOTE not in card.data() and NOTE not in heard
    panel.resize(900, 500)
    qtbot.waitUntil(lambda: not panel.cards.folded)
    assert days() == [10, 11, 12] and panel.selected() == _entries()[0]
