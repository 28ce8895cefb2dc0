"""ReminderTray on the offscreen platform, which has no system tray: the honest path there.

The timer and the `shown` signal work without a tray; only the bubble is missing. The
bubble itself (QSystemTrayIcon.showMessage, clicks) needs a desktop with a tray and is
not exercised here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import datetime, time, timedelta

import pytest
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.records.reminder_schedule import ReminderSchedule
from desktop.reminders.tray_view import (
    FOLLOW_UP_MESSAGE,
    REMINDER_MESSAGE,
    TITLE,
    ReminderTray,
)

EVERY_DAY = frozenset(range(7))
DUE = datetime(2024, 6, 3, 18, 30)  # local wall clock, as the app uses
CANARY_NOTE = "canary-note-Bramblewood-7731"
CANARY_PEER = "Ottoline Vasquez-Peer"


class FakeClock:
    """Local time that only moves when the test says so."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


MakeTray = Callable[[FakeClock, "ReminderSchedule | None"], ReminderTray]


@pytest.fixture
def make_tray() -> Iterator[MakeTray]:
    """Builds trays that poll every 20 ms and are stopped when the test ends."""
    made: list[ReminderTray] = []

    def make(clock: FakeClock, schedule: ReminderSchedule | None) -> ReminderTray:
        tray = ReminderTray(schedule, clock=clock, max_wait=timedelta(milliseconds=20))
        made.append(tray)
        return tray

    yield make
    for tray in made:
        tray.stop()


def evenings(quiet: tuple[time, time] | None = None) -> ReminderSchedule:
    start, end = quiet if quiet is not None else (None, None)
    return ReminderSchedule(EVERY_DAY, DUE.time(), start, end)


def test_without_a_tray_it_logs_why_and_still_reminds(
    qtbot: QtBot, make_tray: MakeTray, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock(DUE - timedelta(milliseconds=10))
    with caplog.at_level(logging.INFO, logger="desktop.reminders"):
        tray = make_tray(clock, evenings())
    assert not tray.has_tray  # offscreen has no system tray
    assert "no system tray" in caplog.text
    clock.now = DUE
    with qtbot.waitSignal(tray.shown, timeout=2000) as shown:
        pass
    assert shown.args == [TITLE, REMINDER_MESSAGE]
    assert tray.next_reminder == DUE + timedelta(days=1)  # re-armed for tomorrow


def test_the_message_carries_nothing_from_the_vault(
    qtbot: QtBot, make_tray: MakeTray, vault: Vault, caplog: pytest.LogCaptureFixture
) -> None:
    vault.execute(
        "INSERT INTO checkin (day, recorded_at, mood, energy, sleep, note)"
        " VALUES ('2024-06-03', '2024-06-03T18:00:00Z', 2, 3, 1, ?)",
        (CANARY_NOTE,),
    )
    clock = FakeClock(DUE - timedelta(milliseconds=10))
    with caplog.at_level(logging.DEBUG):
        tray = make_tray(clock, evenings())
        clock.now = DUE
        with qtbot.waitSignal(tray.shown, timeout=2000) as reminder:
            pass
        with qtbot.waitSignal(tray.shown, timeout=2000) as follow_up:
            tray.follow_ups_due(37)
    for title, message in (reminder.args, follow_up.args):
        text = f"{title} {message}"
        assert CANARY_NOTE not in text
        assert CANARY_PEER not in text
        assert not any(ch.isdigit() for ch in text)  # no score, no count, no date
        for instrument in ("PHQ", "GAD", "mood", "sleep", "risk"):
            assert instrument.lower() not in text.lower()
    assert CANARY_NOTE not in caplog.text


def test_follow_ups_are_fixed_text_and_zero_shows_nothing(
    qtbot: QtBot, make_tray: MakeTray
) -> None:
    clock = FakeClock(DUE - timedelta(hours=3))
    tray = make_tray(clock, None)
    control = make_tray(clock, None)
    with qtbot.assertNotEmitted(tray.shown), qtbot.waitSignal(control.shown, timeout=2000):
        tray.follow_ups_due(0)
        control.follow_ups_due(1)
    with qtbot.waitSignal(tray.shown, timeout=2000) as shown:
        tray.follow_ups_due(5)
    assert shown.args == [TITLE, FOLLOW_UP_MESSAGE]


def test_after_stop_nothing_is_shown(qtbot: QtBot, make_tray: MakeTray) -> None:
    clock = FakeClock(DUE - timedelta(milliseconds=10))
    stopped = make_tray(clock, evenings())
    control = make_tray(clock, evenings())  # armed after `stopped`: fires no earlier
    clock.now = DUE
    stopped.stop()
    stopped.follow_ups_due(2)
    stopped.set_schedule(evenings())
    with qtbot.assertNotEmitted(stopped.shown), qtbot.waitSignal(control.shown, timeout=2000):
        pass
    assert stopped.next_reminder is None


def test_a_late_timer_in_quiet_hours_waits_for_their_end(qtbot: QtBot, make_tray: MakeTray) -> None:
    # Due at 18:30; the laptop sleeps through it and wakes at 23:00, inside 22:00-07:00.
    quiet = (time(22, 0), time(7, 0))
    clock = FakeClock(DUE - timedelta(milliseconds=10))
    tray = make_tray(clock, evenings(quiet))
    morning = datetime(2024, 6, 4, 7, 0)  # local wall clock
    clock.now = datetime(2024, 6, 3, 23, 0)  # local wall clock
    with qtbot.assertNotEmitted(tray.shown):
        qtbot.waitUntil(lambda: tray.next_reminder == morning, timeout=2000)
    clock.now = morning
    with qtbot.waitSignal(tray.shown, timeout=2000) as shown:
        pass
    assert shown.args == [TITLE, REMINDER_MESSAGE]
    assert tray.next_reminder == datetime(2024, 6, 4, 18, 30)


def test_follow_ups_wait_for_quiet_hours_to_end(qtbot: QtBot, make_tray: MakeTray) -> None:
    quiet = (time(22, 0), time(7, 0))
    clock = FakeClock(datetime(2024, 6, 3, 23, 0))  # local wall clock
    tray = make_tray(clock, evenings(quiet))
    control = make_tray(clock, None)  # no quiet hours: shows at once
    with qtbot.assertNotEmitted(tray.shown), qtbot.waitSignal(control.shown, timeout=2000):
        tray.follow_ups_due(1)
        control.follow_ups_due(1)
    clock.now = datetime(2024, 6, 4, 7, 0)  # local wall clock
    with qtbot.waitSignal(tray.shown, timeout=2000) as shown:
        pass
    assert shown.args == [TITLE, FOLLOW_UP_MESSAGE]


def test_set_schedule_replaces_the_next_reminder(qtbot: QtBot, make_tray: MakeTray) -> None:
    clock = FakeClock(DUE - timedelta(hours=1))
    tray = make_tray(clock, evenings())
    assert tray.next_reminder == DUE
    tray.set_schedule(ReminderSchedule(frozenset({0}), time(9, 0)))
    assert tray.next_reminder == datetime(2024, 6, 10, 9, 0)
    tray.set_schedule(None)
    assert tray.next_reminder is None


def test_a_late_follow_up_in_quiet_hours_waits_for_their_end(
    qtbot: QtBot, make_tray: MakeTray
) -> None:
    quiet = (time(22, 0), time(7, 0))
    clock = FakeClock(datetime(2024, 6, 3, 21, 59))
    tray = make_tray(clock, evenings(quiet))
    control = make_tray(clock, None)
    tray.follow_ups_due(1)  # due at once: 21:59 is not quiet
    clock.now = datetime(2024, 6, 3, 23, 0)  # but the timer only runs at 23:00
    with qtbot.assertNotEmitted(tray.shown), qtbot.waitSignal(control.shown, timeout=2000):
        control.follow_ups_due(1)
    clock.now = datetime(2024, 6, 4, 7, 0)
    with qtbot.waitSignal(tray.shown, timeout=2000) as shown:
        pass
    assert shown.args == [TITLE, FOLLOW_UP_MESSAGE]
