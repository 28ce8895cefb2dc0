"""After Save, "Contact saved" is in sight beside the Save button, with no scrolling: at the
window's opening size, and at 600 x 700 with the text at 200 %. At that size the form
never scrolls sideways either: the check boxes stack in one column.

The peer log is shown in the real main window. The confirmation counts as seen only when
all of it is inside the window and none of it is clipped by the scrolling form (Qt's
visible region), and its wrapped lines all fit.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.peer_log.view import SAVED_TEXT, PeerLogPage
from desktop.records.peer.model import ContactType, Event, RoleGroup
from desktop.shell.main_window import MainWindow, default_size
from desktop.ui.worker import Worker

DAY = date(2025, 6, 20)
SHOTS = os.environ.get("CONFIDE_SHOTS", "")  # set to a folder to keep screenshots


@pytest.fixture
def text_scale(qapp: QApplication) -> Iterator[None]:
    """Lets a test scale the application font; puts it back afterwards (it is shared)."""
    original = qapp.font()
    yield
    qapp.setFont(original)


def in_sight(widget: QWidget, window: QWidget) -> bool:
    """Whether all of `widget` shows in `window` as it is now, scrolled nowhere."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    inside = window.rect().contains(QRect(top_left, widget.size()))
    unclipped = widget.visibleRegion().boundingRect() == widget.rect()
    return widget.isVisible() and inside and unclipped


def open_log(qtbot: QtBot, vault: Vault, worker: Worker, size: QSize, percent: int
             ) -> tuple[MainWindow, PeerLogPage]:
    """The peer log in the main window at `size`, the text at `percent` of its size."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = QFont(app.font())
    font.setPointSizeF(font.pointSizeF() * percent / 100)
    app.setFont(font)
    window = MainWindow()
    qtbot.addWidget(window)
    page = PeerLogPage(vault, worker, today=lambda: DAY,
                       now=lambda: datetime(2025, 6, 20, 18, tzinfo=UTC))
    window.add_page("peer", "Peer log", page)
    window.show_page("peer")
    window.resize(size)
    with qtbot.waitSignal(page.loaded):
        window.show()
    qtbot.waitUntil(lambda: window.size() == size)
    return window, page


@pytest.mark.parametrize(
    ("size", "percent"),
    [(default_size(QSize(1920, 1080)), 100), (QSize(600, 700), 200)],
    ids=["opening-size", "600x700-200pc"],
)
def test_the_saved_message_shows_beside_save_without_scrolling(
    qtbot: QtBot, vault: Vault, worker: Worker, text_scale: None,
    size: QSize, percent: int,
) -> None:
    window, page = open_log(qtbot, vault, worker, size, percent)
    assert in_sight(page.save, window)  # the action itself needs no scrolling either
    page.form.kind.setCurrentIndex(page.form.kind.findData(ContactType.PHONE))
    page.form.role.setCurrentIndex(page.form.role.findData(RoleGroup.NURSE))
    page.form.events.boxes[Event.SURGE].setChecked(True)
    with qtbot.waitSignal(page.saved, timeout=5000):
        page.save.click()
    qtbot.waitUntil(lambda: page.status.text() == SAVED_TEXT)
    status = page.status

    def shown_whole() -> bool:  # the layout settles after the text changes
        return in_sight(status, window) and status.height() >= status.heightForWidth(
            status.width())  # every wrapped line

    qtbot.waitUntil(shown_whole, timeout=1000)
    assert abs(page.status.mapTo(window, QPoint(0, 0)).y() - page.save.mapTo(
        window, QPoint(0, 0)).y()) < page.save.height()  # beside Save, not far below it
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(SHOTS) / f"peer-log-saved-{size.width()}-{percent}.png"))


def test_the_form_never_scrolls_sideways_at_600_px_and_200_percent(
    qtbot: QtBot, vault: Vault, worker: Worker, text_scale: None
) -> None:
    window, page = open_log(qtbot, vault, worker, QSize(600, 700), 200)
    scroll = next(s for s in page.findChildren(QScrollArea) if s.isAncestorOf(page.form))
    qtbot.waitUntil(lambda: scroll.horizontalScrollBar().maximum() == 0, timeout=1000)
    boxes = list(page.form.referrals.boxes.values())
    assert boxes[1].x() == boxes[0].x() and boxes[1].y() > boxes[0].y()  # one column
    window.resize(default_size(QSize(2560, 1440)))  # wide: two to a row again
    qtbot.waitUntil(lambda: boxes[1].x() > boxes[0].x() and boxes[1].y() == boxes[0].y(),
                    timeout=1000)
