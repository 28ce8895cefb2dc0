"""The lock screen's column: the whole of a narrow window, a readable width of a wide one.

A fixed two-thirds share left the passphrase field 213 px wide at 600 px and 200 % text
in Spanish, and 750 px wide on a 1280 px window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.lock.view import COLUMN_CHARS, LockScreen
from desktop.ui.theme import ThemeManager
from desktop.ui.worker import Worker
from tests.desktop.i18n_fixtures import language


def _screen(qtbot: QtBot, worker: Worker, folder: Path, width: int) -> LockScreen:
    screen = LockScreen(worker, folder, probe_quick=False)
    qtbot.addWidget(screen)
    screen.show()
    screen.resize(width, 700)
    qtbot.waitUntil(lambda: screen.width() == width)
    QApplication.processEvents()
    return screen


def test_at_600_px_and_200_percent_the_field_takes_most_of_the_width(
    qtbot: QtBot, qapp: QApplication, worker: Worker, tmp_path: Path, data_dir: Path
) -> None:
    theme = ThemeManager(qapp)
    theme.set_text_size(200)
    try:
        with language("es", tmp_path):
            screen = _screen(qtbot, worker, data_dir, 600)
            assert screen.passphrase.width() >= 600 // 2
    finally:
        theme.set_text_size(100)  # the application font is shared by every later test


def test_a_wide_window_keeps_a_readable_column(
    qtbot: QtBot, worker: Worker, data_dir: Path
) -> None:
    screen = _screen(qtbot, worker, data_dir, 1280)
    widest = screen.fontMetrics().averageCharWidth() * COLUMN_CHARS
    assert screen.passphrase.width() < widest
    middle = screen.passphrase.mapTo(screen, screen.passphrase.rect().center()).x()
    assert abs(middle - 640) < widest // 2  # centred, not against one side
