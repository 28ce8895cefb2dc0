"""The insights table in a 600 px window at 200 % text: every value in sight.

Its six columns could not all fit even with their words wrapped, so the table scrolled
sideways and its last columns (the difference, and how sure it is) were out of sight.
Where they cannot fit, each row now folds into one card of "Heading: value" lines.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError as QtTimeoutError
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.demo import demo_checkins
from desktop.ui.worker import Worker
from tests.desktop.i18n_fixtures import language
from tests.e2e.test_insights import TODAY, _fill, _open
from tests.e2e.test_layout_tour import large_text  # noqa: F401 - a fixture


@pytest.mark.usefixtures("large_text")
@pytest.mark.parametrize("code", ["en", "es"])
def test_the_insights_table_keeps_every_value_in_sight_at_600_px(
    qtbot: QtBot, vault: Vault, worker: Worker, tmp_path: Path, code: str
) -> None:
    _fill(worker, vault, demo_checkins(TODAY))
    with language(code, tmp_path):
        page = _open(qtbot, vault, worker)
        page.resize(600, 700)
        table = page.table
        qtbot.waitUntil(lambda: page.width() == 600 and table.isVisible())
        QApplication.processEvents()
        with contextlib.suppress(QtTimeoutError):  # a fold is fitted at the next turn
            qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0, timeout=1500)
        assert table.horizontalScrollBar().maximum() == 0
        assert table.horizontalHeader().length() <= table.viewport().width()
        source = page.model
        for row in range(source.rowCount()):
            values = [source.index(row, c).data() for c in range(source.columnCount())]
            shown = table.model().index(row, 0).data()
            heard = table.model().index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
            spoken = [source.index(row, c).data(Qt.ItemDataRole.AccessibleTextRole)
                      for c in range(source.columnCount())]
            assert all(str(v) in shown for v in values if v)
            assert all(str(said) in heard for said in spoken)  # heard as the unfolded cells
            assert table.rowHeight(row) >= table.sizeHintForRow(row)  # the card whole
