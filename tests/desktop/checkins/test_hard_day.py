"""When a check-in calls for a gentle word: a hard day, or a heavy stretch of days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from pytestqt.qtbot import QtBot

from desktop.checkins.hard_day import HardDay, hard_day
from desktop.records.checkins import CheckIn

DAY = date(2025, 3, 12)
AT = datetime(2025, 3, 12, 20, 0, tzinfo=UTC)


def day(back: int, mood: int, energy: int = 3, sleep: int = 3) -> CheckIn:
    return CheckIn(DAY - timedelta(days=back), AT, mood=mood, energy=energy, sleep=sleep)


def test_a_low_mood_is_a_hard_day() -> None:
    assert hard_day(day(0, 1), []) is HardDay.HARD_DAY
    assert hard_day(day(0, 2), []) is HardDay.HARD_DAY


def test_an_ordinary_or_good_day_calls_for_nothing() -> None:
    assert hard_day(day(0, 3), []) is None
    assert hard_day(day(0, 5, 5, 5), [day(1, 1), day(2, 1)]) is None


def test_several_low_days_in_a_row_are_a_heavy_stretch() -> None:
    tired = day(0, 3, energy=1)
    assert hard_day(tired, [day(1, 3, sleep=2), day(2, 2)]) is HardDay.HEAVY_STRETCH
    # A gap breaks the run; so does a day with no low answer.
    assert hard_day(tired, [day(1, 3, sleep=2), day(3, 2)]) is None
    assert hard_day(tired, [day(1, 4, 4, 4), day(2, 2)]) is None
    # Today's own earlier entry (being replaced) does not count as a day before.
    assert hard_day(tired, [day(0, 1), day(1, 2)]) is None


def test_the_peer_line_in_the_note_is_the_directory_s_nami_helpline(qtbot: QtBot) -> None:
    # The hard-day note names the NAMI HelpLine in its own words (translated whole); the
    # numbers, keyword and hours must stay those of the shipped directory's entry.
    from desktop.checkins.hard_day_view import HardDayNote
    from referral_directory.directory import national_resources

    (nami,) = [r for r in national_resources() if r.name == "NAMI HelpLine"]
    voice = next(p for p in nami.phones if p.kind == "voice")
    text = next(p for p in nami.phones if p.kind == "text")
    note = HardDayNote()
    qtbot.addWidget(note)
    words = note.peer_line.text()
    assert voice.number.removeprefix("1-") in words
    assert f"text \u201c{text.body}\u201d to {text.number}" in words
    (row,) = nami.schedule
    assert (row["byday"], row["opens_at"], row["closes_at"]) == (
        "MO,TU,WE,TH,FR", "10:00", "22:00")
    assert "weekdays, 10 am to 10 pm Eastern" in words
