"""StagedBuild: later parts a turn each, kept hidden and shown together with the last."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.staged import StagedBuild


class Page(QWidget):
    """A first label now, three more in later parts (one a turn), then `finished`."""

    def __init__(self) -> None:
        super().__init__()
        self.column = QVBoxLayout(self)
        self.column.addWidget(QLabel("first", self))
        self.labels: list[QLabel] = []
        self.building_seen: list[bool] = []
        self.earlier_seen: list[bool] = []  # whether an earlier part was on show then
        self.finished = 0
        self.staged = StagedBuild(self, [self._add] * 3, self._done, delay_ms=0)

    def _add(self) -> None:
        self.earlier_seen.append(any(label.isVisible() for label in self.labels))
        label = QLabel(f"part {len(self.labels)}", self)
        self.column.addWidget(label)
        self.labels.append(label)
        self.building_seen.append(self.staged.building)
        self.staged.hide_until_done(label)

    def _done(self) -> None:
        self.finished += 1


def test_later_parts_are_built_a_turn_each_and_shown_together(qtbot: QtBot) -> None:
    page = Page()
    qtbot.addWidget(page)
    page.show()
    assert not page.labels and not page.staged.done and not page.staged.building
    qtbot.waitUntil(lambda: page.staged.done)
    assert page.earlier_seen == [False, False, False]  # kept out of sight until the last
    assert all(label.isVisible() for label in page.labels)
    assert page.building_seen == [True, True, True] and page.finished == 1


def test_advance_builds_the_next_parts_now_and_shows_them(qtbot: QtBot) -> None:
    page = Page()
    qtbot.addWidget(page)
    page.show()
    page.staged.advance(2)  # something needs the second part at once
    assert len(page.labels) == 2 and all(label.isVisible() for label in page.labels)
    assert not page.staged.done and page.finished == 0
    qtbot.waitUntil(lambda: page.staged.done)  # the last keeps its turn
    assert len(page.labels) == 3 and page.labels[2].isVisible() and page.finished == 1


def test_finish_builds_the_rest_at_once_and_then_adds_in_turn(qtbot: QtBot) -> None:
    page = Page()
    qtbot.addWidget(page)
    page.show()
    page.staged.then(page._add)  # after the three, in its own turn
    page.staged.finish()
    assert len(page.labels) == 4 and page.finished == 1
    assert all(label.isVisible() for label in page.labels)
    page.staged.then(page._add)  # all are built: at once, not hidden
    assert len(page.labels) == 5 and page.building_seen[-1] is False
    qtbot.wait(20)
    assert page.finished == 1  # the queued turns find nothing left
