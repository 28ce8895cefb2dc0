"""The main window's size rules: opens at a share of the screen, fits 600 px and 200% text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractScrollArea, QApplication
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.policy.effective import EffectivePolicy
from desktop.shell.assembly import ShellServices, build_main_window
from desktop.shell.idle import IdleWatcher
from desktop.shell.main_window import MINIMUM_SIZE, MainWindow, default_size
from desktop.shell.theme import ThemeManager
from desktop.shell.worker import Worker

# 200% text (QT_SCALE_FACTOR=2) on a 1440x900 screen leaves this many logical pixels.
SCREEN_AT_200: QSize = QSize(720, 450)
FRAME_ALLOWANCE = 40  # a title bar and borders the window manager adds


@pytest.fixture
def window(
    qtbot: QtBot, vault: Vault, worker: Worker, idle: IdleWatcher, qapp: QApplication,
    data_dir: Path,
) -> Iterator[MainWindow]:
    services = ShellServices(
        data_dir, ThemeManager(qapp), idle, EffectivePolicy.defaults(), lambda _request: None
    )
    made = build_main_window(vault, worker, services)
    qtbot.addWidget(made)
    made.show()
    yield made


def test_opens_at_about_seventy_percent_of_the_screen() -> None:
    assert default_size(QSize(1920, 1080)) == QSize(1280, 756)
    assert default_size(QSize(1440, 900)) == QSize(1008, 630)
    # A small screen: never below the minimum, never beyond the screen.
    assert default_size(QSize(600, 400)) == QSize(560, 380)
    assert default_size(QSize(500, 300)) == QSize(500, 300)
    # A huge screen: lines would grow too long, so it stops growing.
    assert default_size(QSize(3840, 2160)) == QSize(1280, 900)


def test_the_real_window_opens_larger_than_its_minimum(window: MainWindow) -> None:
    screen = window.screen().availableGeometry().size()
    assert window.size() == default_size(screen)
    assert window.size() != window.minimumSize()


def test_minimum_allows_600_px_and_200_percent_text(window: MainWindow) -> None:
    assert window.minimumSize().width() <= 600
    assert window.minimumSize().width() + FRAME_ALLOWANCE <= SCREEN_AT_200.width()
    assert window.minimumSize().height() + FRAME_ALLOWANCE <= SCREEN_AT_200.height()
    assert MINIMUM_SIZE.width() <= 600


def test_at_200_percent_the_window_opens_within_the_screen() -> None:
    opened = default_size(SCREEN_AT_200)
    assert opened.width() <= SCREEN_AT_200.width()
    assert opened.height() <= SCREEN_AT_200.height()


def test_no_page_scrolls_sideways_at_600_px(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(600, 500)
    qtbot.waitUntil(lambda: window.width() == 600)
    assert window.is_narrow()  # the list gave way to the drop-down
    assert not window.navigation.isVisible()
    assert window.section_menu.isVisible()
    for key, _title in window.sections():
        window.show_page(key)
        page = window.page(key)
        QApplication.processEvents()
        assert page.minimumSizeHint().width() <= window.stack.width(), key
        for area in page.findChildren(QAbstractScrollArea):
            if area.isVisible():
                where = (key, type(area).__name__, area.accessibleName())
                assert area.horizontalScrollBar().maximum() == 0, where


def test_a_wide_window_keeps_the_list(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1100, 700)
    qtbot.waitUntil(lambda: window.width() == 1100)
    assert not window.is_narrow()
    assert window.navigation.isVisible()
    window.resize(600, 500)
    qtbot.waitUntil(window.is_narrow)
    window.section_menu.setCurrentIndex(2)
    window.section_menu.activated.emit(2)
    assert window.current_key() == window.sections()[2][0]
