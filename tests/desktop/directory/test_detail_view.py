"""The detail pane's answers to a click reach screen readers, not only the screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.directory.contact import ActionKind
from desktop.directory.detail_view import DetailPane
from referral_directory.directory import national_resources
from referral_directory.ranking import ID_988
from tests.desktop.crisis import panel_checks as checks

announcements = checks.announcements
no_url_handler = checks.no_url_handler


def _pane(qtbot: QtBot) -> DetailPane:
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_resource(next(r for r in national_resources() if r.id == ID_988))
    pane.show()
    return pane


def test_copy_is_announced(qtbot: QtBot, announcements: list[checks.Announcement]) -> None:
    pane = _pane(qtbot)
    QTest.mouseClick(pane.button(ActionKind.COPY), Qt.MouseButton.LeftButton)
    assert pane.status.text() == "Copied 988."
    assert [(a.widget, a.words) for a in announcements] == [(pane.status, "Copied 988.")]


@pytest.mark.qt_log_ignore("does not support QPlatformServices::openUrl")
@pytest.mark.usefixtures("no_url_handler")
def test_what_to_dial_instead_is_announced(
    qtbot: QtBot, announcements: list[checks.Announcement]
) -> None:
    pane = _pane(qtbot)
    QTest.mouseClick(pane.button(ActionKind.CALL), Qt.MouseButton.LeftButton)
    assert pane.status.isVisible() and "988" in pane.status.text()
    assert [a.words for a in announcements] == [pane.status.text()]


@pytest.fixture(autouse=True)
def _clean_clipboard(qapp: QApplication) -> Iterator[None]:
    yield
    QGuiApplication.clipboard().clear()
