"""The state and "who it serves" lists show their entry whole when the row has room.

Sized for 14 characters, "Todo el personal de salud" was cut at 600 px and 200 % text
with room to spare beside it; the lists now ask for their longest entry and give way
only when the row is narrower.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from desktop.directory.filters_view import MIN_LIST_CHARS, FilterBox
from desktop.ui.theme import ThemeManager
from tests.desktop.i18n_fixtures import language


def _text_room(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo)
    return field.width()


def test_each_entry_shows_whole_where_the_row_has_room_at_200_percent_in_spanish(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    theme = ThemeManager(qapp)
    theme.set_text_size(200)
    try:
        with language("es", tmp_path):
            filters = FilterBox()
            qtbot.addWidget(filters)
            filters.resize(720, 600)  # a 1440 px screen at 200 %: room for the longest
            filters.show()
            qtbot.waitExposed(filters)
            combo = filters.serves_combo
            cut = []
            for index in range(combo.count()):
                combo.setCurrentIndex(index)
                QApplication.processEvents()
                if combo.fontMetrics().horizontalAdvance(combo.currentText()) > _text_room(combo):
                    cut.append(combo.currentText())
            assert cut == []
    finally:
        theme.set_text_size(100)  # the application font is shared by every later test


def test_a_narrow_row_may_still_narrow_the_list(qtbot: QtBot) -> None:
    filters = FilterBox()
    qtbot.addWidget(filters)
    combo = filters.serves_combo
    least = MIN_LIST_CHARS * combo.fontMetrics().horizontalAdvance("X")
    assert combo.minimumSizeHint().width() < combo.sizeHint().width()
    assert combo.minimumSizeHint().width() <= least + 4 * combo.fontMetrics().height()
