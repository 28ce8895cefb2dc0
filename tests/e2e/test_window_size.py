"""The main window's size rules: opens at a share of the screen, fits 600 px and 200% text."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QHeaderView,
    QLabel,
    QScrollArea,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as QtTimeoutError
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.policy.effective import EffectivePolicy
from desktop.shell.assembly import ShellServices, build_main_window
from desktop.shell.idle import IdleWatcher
from desktop.shell.main_window import MINIMUM_SIZE, MainWindow, default_size
from desktop.ui.theme import ThemeManager
from desktop.ui.worker import Worker
from tests.desktop.i18n_fixtures import language

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


@pytest.mark.parametrize(("text_size", "code"), [(100, "en"), (200, "en"), (200, "es")])
def test_no_page_scrolls_sideways_at_600_px(
    qtbot: QtBot, vault: Vault, worker: Worker, idle: IdleWatcher, qapp: QApplication,
    data_dir: Path, tmp_path: Path, text_size: int, code: str,
) -> None:
    theme = ThemeManager(qapp)
    theme.set_text_size(text_size)
    try:
        with language(code, tmp_path):
            services = ShellServices(data_dir, theme, idle, EffectivePolicy.defaults(),
                                     lambda _request: None)
            window = build_main_window(vault, worker, services)
            qtbot.addWidget(window)
            window.show()
            # At 200 % a table may still scroll inside itself when its longest words
            # cannot all fit (the check-in table's five columns); the page never does.
            _no_page_scrolls_sideways(qtbot, window, tables=text_size == 100)
    finally:
        theme.set_text_size(100)  # the application font is shared by every later test


def _no_page_scrolls_sideways(qtbot: QtBot, window: MainWindow, *, tables: bool) -> None:
    window.resize(600, 500)
    qtbot.waitUntil(lambda: window.width() == 600)
    assert window.is_narrow()  # the list gave way to the drop-down
    assert not window.navigation.isVisible()
    assert window.section_menu.isVisible()
    sideways: list[tuple[object, ...]] = []  # every problem at once, not only the first
    for key, _title in window.sections():
        window.show_page(key)
        page = window.page(key)
        QApplication.processEvents()
        if page.minimumSizeHint().width() > window.stack.width():
            sideways.append((key, "page", page.minimumSizeHint().width()))
        kind = QAbstractScrollArea if tables else QScrollArea
        for area in page.findChildren(kind):
            if area.isVisible() and area.horizontalScrollBar().maximum() > 0:
                sideways.append((key, type(area).__name__, area.accessibleName(),
                                 area.horizontalScrollBar().maximum()))
        # A label whose text just changed (a keyring probe landing) is laid out on a later
        # turn of the event loop; only what stays squeezed is a problem.
        with contextlib.suppress(QtTimeoutError):
            qtbot.waitUntil(partial(_settled, page), timeout=1000)
        sideways.extend((key, "clipped", text) for text in _clipped_labels(page))
        sideways.extend((key, "squeezed", name) for name in _squeezed_views(page))
    assert sideways == [], "\n".join(map(str, sideways))


def _squeezed_views(page: QWidget) -> list[str]:
    """Tables and lists left too short to show three lines (squeezed down to a header)."""
    return [
        view.accessibleName() for view in page.findChildren(QAbstractItemView)
        if view.isVisible() and not isinstance(view, QHeaderView)
        and view.viewport().height() < 3 * view.fontMetrics().height()
    ]


def _settled(page: QWidget) -> bool:
    return not _clipped_labels(page)


def _clipped_labels(page: QWidget) -> list[str]:
    """Wrapping labels shown shorter than their text needs (squeezed, lines cut off).

    A page that does not scroll squeezes its labels when its text outgrows the window's
    height; the words then overlap or vanish, which a width check alone does not see.
    """
    return [
        label.text()[:40] for label in page.findChildren(QLabel)
        if label.isVisible() and label.wordWrap() and label.text()
        and label.height() < label.heightForWidth(label.width())
    ]


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


SCALED_RUN = """
import json, sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.policy.effective import EffectivePolicy
from desktop.shell.assembly import ShellServices, build_main_window
from desktop.shell.idle import IdleWatcher
from desktop.ui.theme import ThemeManager
from desktop.ui.worker import Worker
folder = Path(sys.argv[1])
worker = Worker()
vault, _code = worker.run_blocking(
    lambda: Vault.create(folder, "pass phrase", kdf_params=KdfParams.minimum()))
services = ShellServices(folder, ThemeManager(app), IdleWatcher(5), EffectivePolicy.defaults(),
                         lambda _request: None)
window = build_main_window(vault, worker, services)
window.show()
app.processEvents()
screen = window.screen().availableGeometry()
frame = window.frameGeometry()
print(json.dumps({"screen": [screen.width(), screen.height()],
                  "frame": [frame.width(), frame.height()], "narrow": window.is_narrow()}))
worker.run_blocking(vault.lock)
worker.stop()
"""


def test_at_200_percent_on_a_1440_by_900_screen_the_window_fits(tmp_path: Path) -> None:
    """A real QT_SCALE_FACTOR=2 run on an offscreen 1440x900 screen (Qt's own config file)."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [
        {"name": "S", "x": 0, "y": 0, "width": 1440, "height": 900, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1}
    ]}))
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    done = subprocess.run(
        [sys.executable, "-c", SCALED_RUN, str(folder)], env=env, capture_output=True,
        text=True, timeout=60, check=True,
    )
    facts = json.loads(done.stdout.strip().splitlines()[-1])
    assert facts["screen"] == [SCREEN_AT_200.width(), SCREEN_AT_200.height()]
    width, height = facts["frame"]
    assert width <= SCREEN_AT_200.width()
    assert height <= SCREEN_AT_200.height()
    assert facts["narrow"]  # 720 logical pixels: the sections are a drop-down


def test_larger_text_turns_the_list_into_a_drop_down_sooner(
    qtbot: QtBot, window: MainWindow, qapp: QApplication
) -> None:
    theme = ThemeManager(qapp)
    window.resize(1000, 650)
    qtbot.waitUntil(lambda: window.width() == 1000)
    assert not window.is_narrow()
    try:
        theme.set_text_size(200)
        qtbot.waitUntil(window.is_narrow)  # measured in characters, not pixels
    finally:
        theme.set_text_size(100)  # the application font is shared by every later test
    qtbot.waitUntil(lambda: not window.is_narrow())


@pytest.mark.parametrize("code", ["en", "es"])
def test_the_header_buttons_are_never_cut_off_at_600_px_and_200_percent_text(
    qtbot: QtBot, vault: Vault, worker: Worker, idle: IdleWatcher, qapp: QApplication,
    data_dir: Path, tmp_path: Path, code: str,
) -> None:
    """"Need help now?" whole, at the moment it matters, in a small window with large text."""
    theme = ThemeManager(qapp)
    theme.set_text_size(200)
    try:
        with language(code, tmp_path):
            services = ShellServices(data_dir, theme, idle, EffectivePolicy.defaults(),
                                     lambda _request: None)
            window = build_main_window(vault, worker, services)
            qtbot.addWidget(window)
            window.show()
            window.resize(600, 500)
            qtbot.waitUntil(lambda: window.width() == 600 and window.is_narrow())
            QApplication.processEvents()
            assert window.minimumSize().width() <= 600
            inside = window.rect()
            for button in (window.crisis_button, window.lock_button, window.quick_exit_button):
                where = button.accessibleName()
                assert button.width() >= button.sizeHint().width(), where  # text not cut
                box = button.rect().translated(button.mapTo(window, button.rect().topLeft()))
                assert inside.contains(box), where
    finally:
        theme.set_text_size(100)  # the application font is shared by every later test
