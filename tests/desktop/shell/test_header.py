"""The unlocked window's header at the size that matters: 600 px wide, 200 % text.

Before, it took 165 px of a 600 x 700 window (the lock status wrapped onto two rows, and
the vault's label before the buttons pushed "¿Necesita ayuda ahora?" past the edge).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.shell.header_view import lock_status_text, short_lock_status_text
from desktop.shell.main_window import MainWindow
from desktop.ui.theme import ThemeManager
from tests.desktop.i18n_fixtures import language

# Header heights at 600 x 700 and 200 % text: English fits the three buttons on one row
# and the status on one line below; Spanish needs a second row for "Salida rápida".
MOST = {"en": 100, "es": 140}


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[ThemeManager]:
    # The theme's style sheet (the crisis button's padding) and text size; not a new full
    # style, whose swap under the windows of earlier tests crashed a long run once.
    theme = ThemeManager(qapp, full_style=False)
    theme.set_text_size(200)
    yield theme
    theme.set_text_size(100)  # the application font is shared by every later test


def _window(qtbot: QtBot, width: int, height: int) -> MainWindow:
    window = MainWindow(vault_label="Personal vault")
    qtbot.addWidget(window)
    for key, title in (("checkin", "Check-in"), ("help", "Find help")):
        window.add_page(key, title, QLabel(title))
    window.show()
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    QApplication.processEvents()
    return window


@pytest.mark.parametrize("code", ["en", "es"])
@pytest.mark.usefixtures("large_text")
def test_the_header_is_compact_and_whole_at_600_px_and_200_percent_text(
    qtbot: QtBot, tmp_path: Path, code: str
) -> None:
    with language(code, tmp_path):
        window = _window(qtbot, 600, 700)
        assert window.is_narrow()
        header = window.header
        assert header.height() < MOST[code]
        inside = window.rect()
        for button in (window.crisis_button, window.lock_button, window.quick_exit_button):
            where = button.accessibleName()
            assert button.isVisible() and button.accessibleName(), where
            assert button.width() >= button.sizeHint().width(), where  # words not cut
            assert button.height() >= button.sizeHint().height(), where
            box = button.rect().translated(button.mapTo(window, button.rect().topLeft()))
            assert inside.contains(box), where  # not past the window's edge
        # The status is one short line now, but heard (and its tooltip) whole.
        status = header.status
        assert status.isVisible() and status.height() < 2 * status.fontMetrics().height()
        assert status.text() == short_lock_status_text(5)
        assert status.width() >= status.fontMetrics().horizontalAdvance(status.text())
        whole = lock_status_text(5)
        assert status.toolTip() == status.accessibleDescription() == whole
        assert window.lock_status() == whole
        assert header.label.isVisible() and header.label.width() >= header.label.sizeHint().width()


def test_the_wide_header_keeps_its_one_row(qtbot: QtBot) -> None:
    window = _window(qtbot, 1280, 800)
    assert not window.is_narrow()
    row = window.crisis_button.mapTo(window, window.crisis_button.rect().topLeft()).y()
    for other in (window.header.status, window.header.label, window.quick_exit_button):
        assert abs(other.mapTo(window, other.rect().topLeft()).y() - row) < other.height()
    assert window.header.height() <= 2 * window.crisis_button.sizeHint().height()


@pytest.mark.usefixtures("large_text")
def test_the_status_follows_the_lock_time_and_the_width(qtbot: QtBot) -> None:
    window = _window(qtbot, 600, 700)
    window.set_auto_lock_minutes(1)
    assert window.header.status.accessibleDescription() == lock_status_text(1)
    assert window.header.status.text() == short_lock_status_text(1)
    window.resize(1800, 700)
    qtbot.waitUntil(lambda: not window.is_narrow())
    assert window.header.status.text() == lock_status_text(1)  # whole when wide
    assert window.lock_status() == lock_status_text(1)


@pytest.mark.usefixtures("large_text")
def test_tab_order_starts_with_need_help_now(qtbot: QtBot) -> None:
    window = _window(qtbot, 600, 700)
    widget: QWidget | None = window.nextInFocusChain()
    while widget is not None and not (
            widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
        widget = widget.nextInFocusChain()
    assert widget is window.crisis_button
