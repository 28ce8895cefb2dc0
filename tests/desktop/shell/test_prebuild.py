"""The idle pre-build: the window's unvisited pages are built one a turn, only when quiet,
most likely first, and never a page the window does not offer (behaviour, not timings)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.shell import prebuild
from desktop.shell.idle import IdleWatcher
from desktop.shell.main_window import MainWindow
from desktop.shell.prebuild import PagePrebuilder, prebuild_pages, quiet_when_idle


class Pages:
    """Factories that record what was built, in order."""

    def __init__(self) -> None:
        self.built: list[str] = []

    def factory(self, key: str) -> Callable[[], QWidget]:
        def make() -> QWidget:
            self.built.append(key)
            return QLabel(key)

        return make


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    made = MainWindow()
    qtbot.addWidget(made)
    return made


def _offer(window: MainWindow, pages: Pages, *keys: str) -> None:
    for key in keys:
        window.add_page(key, key.title(), pages.factory(key))


def test_offered_pages_are_built_most_likely_first_and_none_else(
    qtbot: QtBot, window: MainWindow
) -> None:
    pages = Pages()
    _offer(window, pages, "settings", "history", "checkin", "extra")
    builder = PagePrebuilder(window, lambda: True, ("checkin", "history", "peer_log",
                                                    "settings"), start_ms=0, gap_ms=0)
    qtbot.waitUntil(lambda: builder.done, timeout=3000)
    qtbot.wait(50)
    # "peer_log" is not offered (no role for it): never built; "extra" is not in the order.
    assert pages.built == ["checkin", "history", "settings"]
    assert not window.is_built("extra")
    assert window.current_key() == "home", "built, not shown"


def test_one_page_a_turn(qtbot: QtBot, window: MainWindow) -> None:
    pages = Pages()
    _offer(window, pages, "checkin", "history")
    PagePrebuilder(window, lambda: True, ("checkin", "history"), start_ms=0, gap_ms=60_000)
    qtbot.waitUntil(lambda: bool(pages.built), timeout=3000)
    qtbot.wait(100)
    assert pages.built == ["checkin"]


def test_nothing_is_built_before_the_start_or_while_not_quiet(
    qtbot: QtBot, window: MainWindow
) -> None:
    pages = Pages()
    _offer(window, pages, "checkin")
    PagePrebuilder(window, lambda: True, ("checkin",), start_ms=60_000)
    quiet = False
    PagePrebuilder(window, lambda: quiet, ("checkin",), start_ms=0, gap_ms=0)
    qtbot.wait(400)
    assert pages.built == []
    quiet = True
    qtbot.waitUntil(lambda: pages.built == ["checkin"], timeout=3000)


def test_a_page_given_up_before_its_turn_is_not_built(qtbot: QtBot, window: MainWindow) -> None:
    pages = Pages()
    _offer(window, pages, "peer_log", "peer_reports")
    quiet = False
    builder = PagePrebuilder(window, lambda: quiet, ("peer_reports", "peer_log"), start_ms=0,
                             gap_ms=0)  # fmt: skip
    window.remove_page("peer_reports")  # the role was given up
    quiet = True
    qtbot.waitUntil(lambda: builder.done, timeout=3000)
    assert pages.built == ["peer_log"]


@pytest.fixture
def idle(qtbot: QtBot) -> Iterator[IdleWatcher]:
    watch = IdleWatcher(minutes=60)
    yield watch
    watch.close()


def test_quiet_means_unlocked_untouched_on_show_and_no_dialog(
    qtbot: QtBot, window: MainWindow, idle: IdleWatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prebuild, "QUIET_MS", 150)
    quiet = quiet_when_idle(idle, window)
    window.show()
    qtbot.waitExposed(window)
    assert not quiet(), "locked (the watcher paused): nothing to build for"
    idle.resume()
    assert not quiet(), "just unlocked"
    qtbot.wait(200)
    assert quiet()
    handle = window.windowHandle()
    assert handle is not None
    QTest.mouseMove(handle, QPoint(5, 5))
    QTest.mouseMove(handle, QPoint(9, 9))
    assert not quiet(), "the person moved the mouse"
    qtbot.wait(200)
    assert quiet()
    dialog = QDialog(window)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    assert not quiet(), "a dialog is open"
    dialog.close()
    window.hide()
    assert not quiet(), "hidden (quick exit)"


def test_the_app_prebuilds_only_after_its_start_delay(
    qtbot: QtBot, window: MainWindow, idle: IdleWatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prebuild, "QUIET_MS", 0)
    pages = Pages()
    _offer(window, pages, "checkin", "policies")
    window.show()
    idle.resume()
    builder = prebuild_pages(window, idle)
    qtbot.wait(300)
    assert pages.built == [], "the first paint and the unlock's loads come first"
    qtbot.waitUntil(lambda: builder.done, timeout=prebuild.START_MS + 3000)
    assert pages.built == ["checkin", "policies"]
