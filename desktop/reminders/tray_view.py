"""The system tray side of reminders: one timer, one fixed, content-free message.

The message never carries anything from the vault (no score, note, instrument or peer
contact, not even a count): a notification can be read over a shoulder or from a locked
screen, and it is shown while the vault may be locked. The text is fixed here, so no
caller can pass content in.

When the desktop has no system tray (some Linux desktops, the offscreen test platform)
the timer and the `shown` signal still work; only the bubble is missing, and the reason
is logged once, without any personal data.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Final

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.records.reminder_schedule import ReminderSchedule
from desktop.words import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# Fixed words, translated when shown: still content-free in every language.
TITLE: Final = "Confide"
REMINDER_MESSAGE: Final = QT_TRANSLATE_NOOP("ReminderTray", "A moment for yourself?")
FOLLOW_UP_MESSAGE: Final = QT_TRANSLATE_NOOP("ReminderTray",
                                             "You have something to follow up in Confide.")
# The timer never sleeps longer than this, so a suspended laptop or a clock change is
# noticed within the hour instead of trusting a due time computed days ago.
MAX_WAIT: Final = timedelta(hours=1)


class ReminderTray(QObject):
    """Shows content-free reminders at the times of a `ReminderSchedule`.

    Args:
        schedule: when to remind; None for no scheduled reminders (follow-ups still work).
        clock: the current local wall-clock time (injectable for tests).
        icon: the tray icon; the application's window icon if not given.
        max_wait: the longest single timer interval before the clock is read again.
        parent: the owning QObject.

    Signals:
        shown(str, str): a notification was shown (title, message), emitted right where
            the tray bubble is asked for, also when there is no tray to show it in.
        activated(): the person clicked the notification or the tray icon.
    """

    shown = Signal(str, str)
    activated = Signal()

    def __init__(
        self,
        schedule: ReminderSchedule | None,
        *,
        clock: Callable[[], datetime] = datetime.now,
        icon: QIcon | None = None,
        max_wait: timedelta = MAX_WAIT,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._max_wait = max_wait
        self._schedule: ReminderSchedule | None = None
        self._reminder_at: datetime | None = None
        self._follow_up_at: datetime | None = None
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._tray = self._make_tray(icon)
        self.set_schedule(schedule)

    @property
    def has_tray(self) -> bool:
        """Whether notifications can actually appear (a system tray exists)."""
        return self._tray is not None

    @property
    def next_reminder(self) -> datetime | None:
        """When the next scheduled reminder will be shown, if any."""
        return self._reminder_at

    def set_schedule(self, schedule: ReminderSchedule | None) -> None:
        """Remind by `schedule` from now on (None: no scheduled reminders)."""
        if self._stopped:
            return
        self._schedule = schedule
        self._reminder_at = None if schedule is None else schedule.next_due(self._clock())
        self._arm()

    def follow_ups_due(self, count: int) -> None:
        """Say that follow-ups are due, without saying how many or with whom.

        `count` only decides whether to remind at all (0 withdraws one still waiting
        for quiet hours to end); it never reaches the message.
        """
        if self._stopped:
            return
        if count <= 0:
            self._follow_up_at = None
        else:
            now = self._clock()
            self._follow_up_at = (
                now if self._schedule is None else (self._schedule.end_of_quiet_hours(now))
            )
        self._arm()

    def stop(self) -> None:
        """Stop for good (quick exit): nothing is shown after this returns."""
        self._stopped = True
        self._timer.stop()
        self._reminder_at = self._follow_up_at = None
        if self._tray is not None:
            self._tray.hide()

    def _make_tray(self, icon: QIcon | None) -> QSystemTrayIcon | None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            log.info("no system tray on this desktop; reminders will not be shown")
            return None
        tray = QSystemTrayIcon(icon if icon is not None else QGuiApplication.windowIcon(), self)
        tray.setToolTip(TITLE)
        tray.messageClicked.connect(self.activated)
        tray.activated.connect(self._on_tray_activated)
        return tray

    def _on_tray_activated(self, _reason: QSystemTrayIcon.ActivationReason) -> None:
        self.activated.emit()

    def _arm(self) -> None:
        self._timer.stop()
        pending = [at for at in (self._reminder_at, self._follow_up_at) if at is not None]
        if self._stopped or not pending:
            if self._tray is not None:
                self._tray.hide()
            return
        if self._tray is not None:
            self._tray.show()  # the bubble needs a visible icon on most desktops
        wait = min(min(pending) - self._clock(), self._max_wait)
        self._timer.start(max(0, int(wait.total_seconds() * 1000)))

    def _on_timeout(self) -> None:
        if self._stopped:
            return  # a timeout already queued when stop() ran
        now = self._clock()
        if self._follow_up_at is not None and now >= self._follow_up_at:
            self._follow_up_at = self._deferred(now)
            if self._follow_up_at is None:
                self._show(self.tr(FOLLOW_UP_MESSAGE))
        if (
            self._reminder_at is not None
            and self._schedule is not None
            and (now >= self._reminder_at)
        ):
            deferred = self._deferred(now)
            if deferred is None:
                self._show(self.tr(REMINDER_MESSAGE))
                self._reminder_at = self._schedule.next_due(now)
            else:
                self._reminder_at = deferred
        self._arm()

    def _deferred(self, now: datetime) -> datetime | None:
        # The timer can fire late (suspend, busy machine) and land in quiet hours: wait
        # for their end rather than remind at night.
        if self._schedule is None or not self._schedule.in_quiet_hours(now):
            return None
        return self._schedule.end_of_quiet_hours(now)

    def _show(self, message: str) -> None:
        if self._tray is not None:
            self._tray.showMessage(TITLE, message, QSystemTrayIcon.MessageIcon.Information)
        self.shown.emit(TITLE, message)
