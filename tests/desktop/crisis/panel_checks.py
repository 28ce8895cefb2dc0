"""Checks on what a person sees in the crisis panel, shared by the view and e2e tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QGuiApplication,
)
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.crisis.view import CrisisPanel


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    """`widget`'s rectangle in `ancestor`'s coordinates."""
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def in_viewport(panel: CrisisPanel, widget: QWidget) -> bool:
    """Shown, and wholly inside the part of the panel's scroll area a person can see."""
    viewport = panel.scroll_area.viewport()
    return widget.isVisible() and viewport.rect().contains(rect_in(widget, viewport))


def assert_answer_beside(qtbot: QtBot, panel: CrisisPanel, button: QWidget,
                         answer: QWidget) -> None:
    """The answer is on screen, on the pressed button's row, to its right."""
    viewport = panel.scroll_area.viewport()

    def beside() -> bool:
        said, pressed = rect_in(answer, viewport), rect_in(button, viewport)
        # Same row: the two overlap vertically, and the words start right of the button.
        return (said.top() < pressed.bottom() and pressed.top() < said.bottom()
                and pressed.right() < said.left() <= pressed.right() + 40)

    # Once the layouts have run (the next turn of the event loop), as a person sees it.
    qtbot.waitUntil(lambda: beside() and in_viewport(panel, answer), timeout=2_000)
    assert in_viewport(panel, button), "the pressed button scrolled away"


def show_button(qtbot: QtBot, panel: CrisisPanel, button: QWidget) -> None:
    """Scroll until `button` is on screen, as a person would before clicking it."""
    panel.scroll_area.ensureWidgetVisible(button, 0, 0)
    qtbot.waitUntil(lambda: in_viewport(panel, button), timeout=2_000)


@dataclass
class Announcement:
    """One announcement a screen reader would have been sent."""

    widget: object
    words: str


@pytest.fixture
def announcements(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Announcement]]:
    """A spy on `QAccessible.updateAccessibility`: records announcements, then passes on.

    PySide6 does not expose Qt's accessibility update handler, so the call itself is
    watched; every event still reaches Qt unchanged.
    """
    heard: list[Announcement] = []
    real = QAccessible.updateAccessibility

    def spy(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append(Announcement(event.object(), event.message()))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(spy))
    yield heard
    QGuiApplication.processEvents()


@pytest.fixture
def no_url_handler() -> None:
    """The real situation of a hospital PC: no app takes tel:, sms: or https addresses.

    Nothing is stubbed: the offscreen platform Qt runs on here has no desktop services,
    so `QDesktopServices.openUrl` really returns False (and Qt logs a warning that the
    tests using this fixture allow). On another platform the test is skipped.
    """
    if QGuiApplication.platformName() != "offscreen":
        pytest.skip("needs a platform with no URL handlers (QT_QPA_PLATFORM=offscreen)")
