"""The unlock screen is painted before the theme's Python style is installed (building
QStyle's classes for it kept the first paint waiting), and it must look the same once that
style is in: plain Fusion draws the screen alike, and its field draws its own edge, which
Fusion alone draws too dark to see on the dark window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.lock.view import LockScreen
from desktop.ui.theme import ThemeManager, ThemeMode
from desktop.ui.worker import Worker


@pytest.mark.parametrize("focused", [True, False], ids=["field-focused", "button-focused"])
@pytest.mark.parametrize("mode", ["light", "dark"])
def test_the_unlock_screen_looks_the_same_before_and_after_the_full_style(
    qtbot: QtBot, qapp: QApplication, worker: Worker, data_dir: Path, mode: ThemeMode,
    focused: bool,
) -> None:
    qapp.setStyle("Fusion")  # as desktop.app starts it
    theme = ThemeManager(qapp, mode, full_style=False)
    try:
        screen = LockScreen(worker, data_dir, probe_quick=False)
        qtbot.addWidget(screen)
        screen.show()
        qtbot.waitExposed(screen)
        screen.activateWindow()
        target = screen.passphrase if focused else screen.unlock_button
        target.setFocus()
        qtbot.waitUntil(target.hasFocus)
        before = screen.grab().toImage()
        theme.use_full_style()
        QApplication.processEvents()
        assert screen.grab().toImage() == before
    finally:
        theme.use_full_style()  # what every other test's ThemeManager leaves in place
        theme.set_mode("light")
