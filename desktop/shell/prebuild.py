"""Building the pages a person is likely to visit next, while they are not using the app.

Pages are built on their first visit (`MainWindow.add_page` takes a factory), which keeps
unlocking quick but makes each first visit cost 20-80 ms on the GUI thread. After unlock,
once the window has painted and its own loads are done (`START_MS`), this builds the
pages not yet visited, most likely first, one per event-loop turn and only while the
person has not touched the keyboard or mouse for `QUIET_MS` (a page built while they
type would be a stall they feel). A page cannot be built in parts, so a slow one takes
one turn of its own length; the next waits at least as long again, so the GUI is never
busy with this for more than half the time.

Only the window's own sections are built: the pages the person's roles and the
organization's policy offer (a page given up before its turn is no longer a section).
Parented to the window, it ends with it at lock.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from PySide6.QtCore import QElapsedTimer, QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop.shell.idle import IdleWatcher
from desktop.shell.main_window import MainWindow

# Most visited first: the day's check-in and its history, then the rest of the day's
# work; Settings and the organization's settings last.
LIKELY_NEXT: Final = (
    "checkin", "history", "insights", "questionnaires", "safety_plan", "directory",
    "peer_log", "peer_reports", "merge_reports", "settings", "policies",
)  # fmt: skip
START_MS: Final = 2_000  # after the window is made: its first paint and loads come first
QUIET_MS: Final = 500  # no input for this long: reading, not typing or clicking
GAP_MS: Final = 50  # at least this between two pages: input that came meanwhile goes first


class PagePrebuilder(QObject):
    """Builds `window`'s unvisited pages in `order`, one a turn, when `is_quiet()` says so.

    Args:
        is_quiet: whether now is a good time (see `quiet_when_idle`).
        order: the keys to build, first first; keys not among the sections are skipped.
    """

    def __init__(
        self,
        window: MainWindow,
        is_quiet: Callable[[], bool],
        order: Sequence[str] = LIKELY_NEXT,
        *,
        start_ms: int = START_MS,
        gap_ms: int = GAP_MS,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._is_quiet = is_quiet
        self._order = tuple(order)
        self._gap_ms = gap_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._turn)
        self._timer.start(start_ms)

    @property
    def done(self) -> bool:
        """Whether every page in the order that is offered has been built."""
        return self._next() is None

    def _next(self) -> str | None:
        window = self._window
        return next(
            (k for k in self._order if window.has_page(k) and not window.is_built(k)), None
        )

    def _turn(self) -> None:
        key = self._next()
        if key is None:
            return  # all built; a page offered later is built on its first visit
        if not self._is_quiet():
            self._timer.start(max(self._gap_ms, QUIET_MS // 2))
            return
        clock = QElapsedTimer()
        clock.start()
        self._window.page(key)  # built, not shown
        self._timer.start(max(self._gap_ms, int(clock.elapsed())))


def quiet_when_idle(idle: IdleWatcher, window: MainWindow) -> Callable[[], bool]:
    """Quiet: unlocked, no input for `QUIET_MS`, the window on show and no dialog open."""

    def quiet() -> bool:
        since = idle.quiet_ms()
        return (
            since is not None
            and since >= QUIET_MS
            and window.isVisible()
            and QApplication.activeModalWidget() is None
        )

    return quiet


def prebuild_pages(window: MainWindow, idle: IdleWatcher) -> PagePrebuilder:
    """Start building `window`'s likely next pages in idle time (see the module's words)."""
    return PagePrebuilder(window, quiet_when_idle(idle, window))
