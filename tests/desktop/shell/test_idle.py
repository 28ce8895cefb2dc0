"""IdleWatcher: locks after the quiet stretch, input postpones it, pause stops it.

Input is sent to the window (QWindow), as the system delivers it, not straight to a
widget: the watcher listens on windows (see `desktop.shell.idle`).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.shell.idle import IdleWatcher

MS = 20  # one test "minute"


@pytest.fixture
def watcher(qtbot: QtBot) -> Iterator[IdleWatcher]:
    watch = IdleWatcher(minutes=3, ms_per_minute=MS)
    yield watch
    watch.close()


def test_starts_paused_and_fires_after_the_limit(qtbot: QtBot, watcher: IdleWatcher) -> None:
    assert not watcher.active
    clock = QElapsedTimer()
    clock.start()
    with qtbot.waitSignal(watcher.lock_due, timeout=2000):
        watcher.resume()
    assert clock.elapsed() >= 3 * MS
    assert not watcher.active  # fires once, then waits for the next resume


def test_paused_watcher_never_fires(qtbot: QtBot, watcher: IdleWatcher) -> None:
    watcher.resume()
    watcher.pause()
    with qtbot.assertNotEmitted(watcher.lock_due, wait=6 * MS):
        pass


@pytest.mark.parametrize("kind", ["key", "click", "move", "wheel"])
def test_input_postpones_the_lock(qtbot: QtBot, watcher: IdleWatcher, kind: str) -> None:
    field = QLineEdit()
    field.setAccessibleName("probe")
    qtbot.addWidget(field)
    field.show()
    watcher.set_minutes(25)  # 500 ms: room for a slow machine before the input
    clock = QElapsedTimer()
    clock.start()
    watcher.resume()
    qtbot.waitUntil(lambda: clock.elapsed() >= 7 * MS, timeout=2000)
    input_at = clock.elapsed()
    window = field.windowHandle()
    if kind == "key":
        QTest.keyClick(window, Qt.Key.Key_A)
    elif kind == "click":
        QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(3, 3))
    elif kind == "move":
        QTest.mouseMove(window, QPoint(3, 3))
        QTest.mouseMove(window, QPoint(6, 6))
    else:
        event = QWheelEvent(
            QPointF(3, 3),
            QPointF(3, 3),
            QPoint(0, 0),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(window, event)
    assert field.text() == ("a" if kind == "key" else "")  # it reached the widget
    with qtbot.waitSignal(watcher.lock_due, timeout=2000):
        pass
    assert clock.elapsed() >= input_at + 25 * MS


def test_set_minutes_while_running_shortens_the_wait(qtbot: QtBot, watcher: IdleWatcher) -> None:
    watcher.set_minutes(1000)  # 20 s: would time the test out
    watcher.resume()
    with qtbot.waitSignal(watcher.lock_due, timeout=2000):
        watcher.set_minutes(2)
    assert watcher.minutes == 2


def test_resume_after_lock_counts_again(qtbot: QtBot, watcher: IdleWatcher) -> None:
    with qtbot.waitSignal(watcher.lock_due, timeout=2000):
        watcher.resume()
    with qtbot.waitSignal(watcher.lock_due, timeout=2000):
        watcher.resume()


def test_activity_is_ignored_while_paused(qtbot: QtBot, watcher: IdleWatcher) -> None:
    field = QLineEdit()
    field.setAccessibleName("probe")
    qtbot.addWidget(field)
    QTest.keyClick(field, Qt.Key.Key_A)  # no error, no timer started
    assert not watcher.active


def test_close_leaves_the_application_and_is_deleted(qtbot: QtBot) -> None:
    watch = IdleWatcher(minutes=1, ms_per_minute=MS)
    assert watch.parent() is QApplication.instance()  # Qt owns it, not the garbage collector
    watch.resume()
    with qtbot.waitSignal(watch.destroyed, timeout=1000):
        watch.close()


class CountingWatcher(IdleWatcher):
    """Counts the events the application passes it."""

    seen = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        self.seen += 1
        return super().eventFilter(watched, event)


def test_a_paused_watcher_is_out_of_the_event_path(qtbot: QtBot) -> None:
    # A filter is a Python call per event: only while counting.
    watch = CountingWatcher(minutes=1, ms_per_minute=60_000)
    field = QLineEdit()
    field.setAccessibleName("probe")
    qtbot.addWidget(field)
    field.show()
    QTest.keyClick(field.windowHandle(), Qt.Key.Key_A)
    assert watch.seen == 0  # starts paused
    watch.resume()
    QTest.keyClick(field.windowHandle(), Qt.Key.Key_B)
    assert watch.seen > 0
    watch.pause()
    before = watch.seen
    QTest.keyClick(field.windowHandle(), Qt.Key.Key_C)
    assert watch.seen == before
    watch.close()


def test_widgets_are_never_filtered_only_windows(qtbot: QtBot) -> None:
    # The crash this prevents: with an application-wide Python filter, PySide wraps the
    # receiver of every event, and a widget being deleted crashed it. Events sent to a
    # widget directly never reach the watcher; a window opened while counting is watched
    # once it has the focus.
    watch = CountingWatcher(minutes=1, ms_per_minute=60_000)
    watch.resume()
    field = QLineEdit()
    field.setAccessibleName("probe")
    qtbot.addWidget(field)
    QTest.keyClick(field, Qt.Key.Key_A)  # straight to the widget: no window involved
    assert watch.seen == 0
    field.show()
    field.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is field.windowHandle())
    QTest.keyClick(field.windowHandle(), Qt.Key.Key_B)
    assert watch.seen > 0
    watch.close()


def test_windows_deleted_while_counting_are_let_go(qtbot: QtBot) -> None:
    watch = IdleWatcher(minutes=1, ms_per_minute=60_000)
    watch.resume()
    for _ in range(20):
        window = QLineEdit()
        window.setAccessibleName("probe")
        window.show()
        watch._watch(window.windowHandle())
        window.close()
        window.deleteLater()
    qtbot.wait(20)  # the deletions run with the watcher counting
    watch.pause()  # the deleted windows' filters went with them: nothing to remove
    watch.close()
