"""Auto-lock after a stretch of inactivity.

An event filter on each of the application's windows (QWindow, the surface the system
delivers input to before any widget sees it) notes the time of the last key press, mouse
press, mouse move or wheel turn; a single-shot timer checks, when it fires, whether the
quiet stretch is long enough and either emits `lock_due` or re-arms itself for the
remainder. Re-arming only on timeout (rather than restarting the timer on every mouse
move) keeps the filter down to one clock read; and it is installed only while counting.

Why windows and not the application: a Python filter on the whole application makes
PySide wrap the receiver of every event, and a widget in the middle of being deleted (a
window closed at lock) then crashed the process inside PySide. Windows are few, already
wrapped, and drop their filters when they go. A window opened while counting is watched
from the moment it takes the focus.

Signals:
    lock_due(): the person has been inactive for the configured minutes; emitted once,
        after which the watcher pauses itself until `resume()`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import shiboken6
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:  # importing QWindow makes PySide build the class (and QSurface's enums)
    from PySide6.QtGui import QWindow

ACTIVITY_EVENTS: Final = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
MS_PER_MINUTE: Final = 60_000


class IdleWatcher(QObject):
    """Emits `lock_due` after `minutes` without input; starts paused (call `resume()`).

    Args:
        minutes: idle minutes before locking (at least 1).
        ms_per_minute: length of a "minute"; tests pass a few milliseconds so that
            `set_minutes` is exercised for real without waiting minutes.
        app: the application whose input counts (default: the running one).

    Signals:
        lock_due(): inactivity reached the limit; the watcher is paused afterwards.
    """

    lock_due = Signal()

    def __init__(
        self,
        minutes: int = 5,
        parent: QObject | None = None,
        *,
        ms_per_minute: int = MS_PER_MINUTE,
        app: QCoreApplication | None = None,
    ) -> None:
        application = app or QCoreApplication.instance()
        if application is None:
            raise RuntimeError("IdleWatcher needs a running QApplication")
        # Owned by the application unless told otherwise: an event filter must never be
        # freed by Python's garbage collector while Qt is calling into it.
        super().__init__(parent or application)
        self._ms_per_minute = ms_per_minute
        self._limit_ms = 0
        self._active = False
        self._last_input = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self.set_minutes(minutes)
        self._watched: list[QWindow] = []  # windows whose filters hold this one
        # Followed only while counting: each change hands Python a QWindow, and PySide
        # would build that class as the unlock screen first takes the focus.
        self._focus_source = application if isinstance(application, QGuiApplication) else None

    def close(self) -> None:
        """Stop watching for good: pause, leave every window's event filters, go away."""
        self.pause()
        self.deleteLater()

    @property
    def minutes(self) -> int:
        return self._limit_ms // self._ms_per_minute

    @property
    def active(self) -> bool:
        return self._active

    def quiet_ms(self) -> int | None:
        """Milliseconds since the last input; None while not counting (locked)."""
        return self._last_input.elapsed() if self._active else None

    def set_minutes(self, minutes: int) -> None:
        """Change the limit; the quiet time already passed still counts."""
        self._limit_ms = max(1, minutes) * self._ms_per_minute
        if self._active:
            self._arm()

    def pause(self) -> None:
        """Stop counting (while the vault is locked there is nothing to lock)."""
        if self._active and self._focus_source is not None:
            self._focus_source.focusWindowChanged.disconnect(self._watch)
        self._active = False
        self._timer.stop()
        watched, self._watched = self._watched, []
        for window in watched:
            if shiboken6.isValid(window):  # a closed window took its filters with it
                window.removeEventFilter(self)

    def resume(self) -> None:
        """Start counting from now (after an unlock)."""
        if not self._active and self._focus_source is not None:
            self._focus_source.focusWindowChanged.connect(self._watch)
        self._active = True
        self._last_input.start()
        for window in QGuiApplication.topLevelWindows():
            self._watch(window)
        self._arm()

    def _watch(self, window: QWindow | None) -> None:
        """Count input in `window` too (each window once, and only while counting)."""
        if not self._active or window is None:
            return
        self._watched = [w for w in self._watched if shiboken6.isValid(w)]
        if any(w is window for w in self._watched):
            return
        window.installEventFilter(self)
        self._watched.append(window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in ACTIVITY_EVENTS:  # installed only while active
            self._last_input.start()
        return False  # only watching: the event goes on to its widget

    def _arm(self) -> None:
        remaining = self._limit_ms - self._last_input.elapsed()
        self._timer.start(max(0, remaining))

    def _check(self) -> None:
        if not self._active:
            return
        if self._last_input.elapsed() >= self._limit_ms:
            self.pause()
            self.lock_due.emit()
        else:
            self._arm()
