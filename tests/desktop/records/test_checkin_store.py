"""The check-in store against a real (fast-KDF) vault: one entry per day, and the trends."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crypto.vault import Vault
from desktop.records.checkin_store import CheckInStore, DayTrend, WeekAverage
from desktop.records.checkins import NOTE_MAX_CHARS, CheckIn, Stressor

AT = datetime(2025, 3, 12, 18, 30, tzinfo=UTC)




@pytest.fixture
def store(vault: Vault) -> CheckInStore:
    return CheckInStore(vault)


def _on(day: date, mood: int = 3, energy: int = 3, sleep: int = 3, **extra: object) -> CheckIn:
    return CheckIn(day, AT, mood, energy, sleep, **extra)  # type: ignore[arg-type]  # test kwargs


def test_save_and_read_back_every_field(store: CheckInStore) -> None:
    checkin = CheckIn(date(2025, 3, 12), AT, 2, 4, 1,
                      frozenset({Stressor.MORAL_DISTRESS, Stressor.VIOLENCE}),
                      "Ünïcode note,\nwith a comma and a line break")
    row_id = store.save(checkin)
    assert row_id > 0
    assert store.today(date(2025, 3, 12)) == checkin
    assert store.today(date(2025, 3, 11)) is None


def test_saving_the_same_day_again_replaces_it_in_place(store: CheckInStore, vault: Vault) -> None:
    day = date(2025, 3, 12)
    first = store.save(_on(day, mood=1, note="morning"))
    later = _on(day, mood=4, stressors=frozenset({Stressor.STAFFING}))
    assert store.save(later) == first
    assert store.today(day) == later
    assert vault.query("SELECT count(*) FROM checkin")[0][0] == 1


def test_a_day_holding_several_rows_keeps_only_the_new_answers(
    store: CheckInStore, vault: Vault
) -> None:
    # The schema has no UNIQUE(day): an entry written by other code must not linger.
    for mood in (1, 2):
        vault.execute("INSERT INTO checkin (day, recorded_at, mood, energy, sleep)"
                      " VALUES ('2025-03-12', '2025-03-12T08:00:00+00:00', ?, 3, 3)", (mood,))
    row_id = store.save(_on(date(2025, 3, 12), mood=5))
    assert vault.query("SELECT id, mood FROM checkin") == [(row_id, 5)]


def test_recent_is_newest_first_and_limited(store: CheckInStore) -> None:
    days = [date(2025, 3, 1) + timedelta(days=i) for i in range(10)]
    for day in reversed(days):  # saved out of order on purpose
        store.save(_on(day))
    assert [c.day for c in store.recent(3)] == [days[9], days[8], days[7]]
    assert len(store.recent(100)) == 10
    assert store.recent(0) == []


def test_between_is_inclusive_and_oldest_first(store: CheckInStore) -> None:
    for i in range(10):
        store.save(_on(date(2025, 3, 1) + timedelta(days=i)))
    got = store.between(date(2025, 3, 3), date(2025, 3, 5))
    assert [c.day.day for c in got] == [3, 4, 5]
    assert store.between(date(2025, 4, 1), date(2025, 4, 30)) == []


def test_daily_trend_has_one_point_per_day(store: CheckInStore) -> None:
    store.save(_on(date(2025, 3, 2), 1, 2, 3))
    store.save(_on(date(2025, 3, 4), 5, 4, 3))
    store.save(_on(date(2025, 3, 9), 2, 2, 2))
    assert store.daily_trend(date(2025, 3, 1), date(2025, 3, 4)) == [
        DayTrend(date(2025, 3, 2), 1.0, 2.0, 3.0),
        DayTrend(date(2025, 3, 4), 5.0, 4.0, 3.0),
    ]


def test_weekly_averages_group_monday_to_sunday_across_new_year(store: CheckInStore) -> None:
    # Mon 30 Dec 2024 … Sun 5 Jan 2025 is one week, though it spans two years.
    store.save(_on(date(2024, 12, 29), 5, 5, 5))  # Sunday: the week before
    store.save(_on(date(2024, 12, 30), 1, 2, 3))  # Monday
    store.save(_on(date(2025, 1, 1), 3, 4, 5))  # Wednesday, the new year
    store.save(_on(date(2025, 1, 5), 2, 3, 4))  # Sunday
    store.save(_on(date(2025, 1, 6), 4, 4, 4))  # next Monday
    weeks = store.weekly_averages(date(2024, 12, 1), date(2025, 1, 31))
    assert weeks == [
        WeekAverage(date(2024, 12, 23), 5.0, 5.0, 5.0, 1),
        WeekAverage(date(2024, 12, 30), 2.0, 3.0, 4.0, 3),
        WeekAverage(date(2025, 1, 6), 4.0, 4.0, 4.0, 1),
    ]
    assert [w.week_start.weekday() for w in weeks] == [0, 0, 0]


def test_weekly_averages_count_only_days_inside_the_range(store: CheckInStore) -> None:
    store.save(_on(date(2025, 3, 10), 1, 1, 1))  # Monday
    store.save(_on(date(2025, 3, 12), 5, 5, 5))  # Wednesday
    assert store.weekly_averages(date(2025, 3, 11), date(2025, 3, 16)) == [
        WeekAverage(date(2025, 3, 10), 5.0, 5.0, 5.0, 1)]


def test_a_row_breaking_the_rules_is_refused_when_read(store: CheckInStore, vault: Vault) -> None:
    vault.execute("INSERT INTO checkin (day, recorded_at, mood, energy, sleep, stressors)"
                  " VALUES ('2025-03-12', '2025-03-12T08:00:00+00:00', 3, 3, 3, 'weather')")
    with pytest.raises(ValueError, match="unknown stressor code"):
        store.recent(5)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.builds(
    CheckIn,
    day=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)),
    recorded_at=st.datetimes(timezones=st.just(UTC)),
    mood=st.integers(1, 5), energy=st.integers(1, 5), sleep=st.integers(1, 5),
    stressors=st.frozensets(st.sampled_from(Stressor)),
    note=st.text(max_size=NOTE_MAX_CHARS),
))
def test_any_valid_checkin_round_trips_through_the_vault(
    store: CheckInStore, checkin: CheckIn
) -> None:
    store.save(checkin)
    assert store.today(checkin.day) == checkin
