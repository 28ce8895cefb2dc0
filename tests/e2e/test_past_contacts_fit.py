"""Past contacts in the peer log, in a 600 px window: every column in sight.

The table fitted its columns its own way (each to its contents, "What happened" the
rest, never under a word), so its six columns were wider than a 600 px window, even at
100 % text, and it scrolled sideways. It now shares its room out as the other tables do
(`FittedColumns`): each column at least its longest word, the words wrapping; where even
that is too wide (at 200 % text), each row folds into one column, a card of its values.
"""

from __future__ import annotations

import contextlib
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError as QtTimeoutError
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.peer_log.past_table_view import PastContactsTable
from desktop.peer_log.view import PeerLogPage
from desktop.shell.idle import IdleWatcher
from desktop.ui.theme import ThemeManager
from desktop.ui.worker import Worker
from tests.desktop.i18n_fixtures import language
from tests.e2e.test_layout_tour import _open, both_roles  # noqa: F401 - a fixture


def _in_sight(table: PastContactsTable) -> bool:
    return (table.horizontalScrollBar().maximum() == 0
            and table.horizontalHeader().length() <= table.viewport().width())


@pytest.mark.parametrize("code", ["en", "es"])
@pytest.mark.parametrize("text_size", [100, 150, 200])
def test_past_contacts_fit_a_600_px_window(
    qtbot: QtBot, both_roles: Vault, worker: Worker, idle: IdleWatcher,  # noqa: F811
    data_dir: Path, tmp_path: Path, qapp: QApplication, code: str, text_size: int,
) -> None:
    theme = ThemeManager(qapp)
    theme.set_text_size(text_size)
    try:
        with language(code, tmp_path):
            window = _open(qtbot, both_roles, worker, idle, data_dir, theme, (600, 700))
            qtbot.waitUntil(lambda: "peer_log" in {key for key, _ in window.sections()})
            window.show_page("peer_log")
            page = window.page("peer_log")
            assert isinstance(page, PeerLogPage)
            with qtbot.waitSignal(page.past.loaded):
                page.tabs.setCurrentWidget(page.past)
            table = page.past.table
            qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
            QApplication.processEvents()
            with contextlib.suppress(QtTimeoutError):  # a fold is fitted at the next turn
                qtbot.waitUntil(partial(_in_sight, table), timeout=1500)
            assert table.horizontalScrollBar().maximum() == 0
            assert table.horizontalHeader().length() <= table.viewport().width()

            def cut() -> list[int]:
                return [row for row in range(table.model().rowCount())
                        if table.rowHeight(row) < table.sizeHintForRow(row)]

            with contextlib.suppress(QtTimeoutError):  # rows are sized a turn after columns
                qtbot.waitUntil(lambda: cut() == [], timeout=1500)
            assert cut() == []  # each row as tall as its wrapped words
            first = table.past_model.rows[0]
            shown = table.model().index(0, 0).data()
            heard = table.model().index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
            if table.cards.folded:  # every value of the row, in the one column, spoken
                assert all(cell in shown and cell in heard for cell in first.cells)
            else:
                assert table.model().columnCount() == len(first.cells)
            assert table.cards.folded == (text_size > 100)  # six columns fit 600 px at 100 %
            table.selectRow(0)
            assert page.past.selected() == first  # a card is opened as a row was
    finally:
        theme.set_text_size(100)  # the application font is shared by every later test


@pytest.mark.parametrize("code", ["en", "es"])
def test_more_than_one_past_contact_in_sight_at_600_by_700_and_200_percent(
    qtbot: QtBot, both_roles: Vault, worker: Worker, idle: IdleWatcher,  # noqa: F811
    data_dir: Path, tmp_path: Path, qapp: QApplication, code: str,
) -> None:
    """The list showed less than one card: a heading repeating the tab, a heading row of
    every column over cards that name their own, and an empty status line took its room."""
    theme = ThemeManager(qapp)
    theme.set_text_size(200)
    try:
        with language(code, tmp_path):
            window = _open(qtbot, both_roles, worker, idle, data_dir, theme, (600, 700))
            qtbot.waitUntil(lambda: "peer_log" in {key for key, _ in window.sections()})
            window.show_page("peer_log")
            page = window.page("peer_log")
            assert isinstance(page, PeerLogPage)
            with qtbot.waitSignal(page.past.loaded):
                page.tabs.setCurrentWidget(page.past)
            table = page.past.table
            qtbot.waitUntil(lambda: table.cards.folded and table.model().rowCount() > 2)
            with contextlib.suppress(QtTimeoutError):  # rows are sized a turn after columns
                qtbot.waitUntil(lambda: table.rowHeight(1) >= table.sizeHintForRow(1),
                                timeout=1500)
            assert not table.horizontalHeader().isVisible()  # the cards name their values
            # The first card whole and the next one's first lines, not a part of one.
            lines = 2 * table.fontMetrics().lineSpacing()
            assert table.viewport().height() >= table.rowHeight(0) + lines
            assert page.past.open_button.isVisible() and page.past.delete_button.isVisible()
            assert page.past.period.isVisible() and page.past.count.isVisible()
    finally:
        theme.set_text_size(100)  # the application font is shared by every later test
