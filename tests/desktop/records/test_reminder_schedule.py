"""ReminderSchedule: next due time, quiet hours (wrapping midnight), validation, JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.records.reminder_schedule import ReminderSchedule, ScheduleInvalid

MON, TUE, WED, FRI, SAT = 0, 1, 2, 4, 5
minutes = st.builds(time, st.integers(0, 23), st.integers(0, 59))
moments = st.datetimes(datetime(2000, 1, 1), datetime(2099, 12, 31))  # local wall clock


@st.composite
def schedules(draw: st.DrawFn) -> ReminderSchedule:
    quiet = draw(st.none() | st.tuples(minutes, minutes).filter(lambda q: q[0] != q[1]))
    return ReminderSchedule(
        weekdays=draw(st.frozensets(st.integers(0, 6), min_size=1)),
        time_of_day=draw(minutes),
        quiet_start=None if quiet is None else quiet[0],
        quiet_end=None if quiet is None else quiet[1],
    )


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


# 2024-06-03 is a Monday.
EVENINGS = ReminderSchedule(frozenset({MON, WED}), time(18, 30), time(22, 0), time(7, 0))


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        ("2024-06-03T09:00", "2024-06-03T18:30"),  # later today
        ("2024-06-03T18:30", "2024-06-05T18:30"),  # exactly due: the next one, never "now"
        ("2024-06-03T18:29:59.999", "2024-06-03T18:30"),
        ("2024-06-06T10:00", "2024-06-10T18:30"),  # Thursday: over the weekend to Monday
    ],
)
def test_next_due_examples(now: str, expected: str) -> None:
    assert EVENINGS.next_due(at(now)) == at(expected)


@pytest.mark.parametrize(
    ("moment", "quiet"),
    [
        ("2024-06-03T21:59", False),
        ("2024-06-03T22:00", True),  # the start is quiet
        ("2024-06-03T23:59", True),
        ("2024-06-04T00:00", True),  # past midnight
        ("2024-06-04T06:59:59", True),
        ("2024-06-04T07:00", False),  # the end is not
        ("2024-06-04T12:00", False),
    ],
)
def test_quiet_hours_wrap_midnight(moment: str, quiet: bool) -> None:
    assert EVENINGS.in_quiet_hours(at(moment)) is quiet


def test_quiet_hours_within_one_day() -> None:
    lunch = ReminderSchedule(frozenset({MON}), time(9, 0), time(12, 0), time(13, 0))
    assert not lunch.in_quiet_hours(at("2024-06-03T11:59"))
    assert lunch.in_quiet_hours(at("2024-06-03T12:30"))
    assert not lunch.in_quiet_hours(at("2024-06-03T13:00"))
    assert not lunch.in_quiet_hours(at("2024-06-03T23:00"))


def test_no_quiet_hours() -> None:
    plain = ReminderSchedule(frozenset({SAT}), time(23, 0))
    assert not plain.in_quiet_hours(at("2024-06-08T23:00"))
    assert plain.next_due(at("2024-06-03T00:00")) == at("2024-06-08T23:00")


def test_reminder_in_quiet_hours_moves_to_their_end_next_morning() -> None:
    late = ReminderSchedule(frozenset({FRI}), time(23, 15), time(22, 0), time(7, 0))
    assert late.next_due(at("2024-06-07T12:00")) == at("2024-06-08T07:00")
    # Past the Friday slot but still in its quiet hours: it is still ahead, not skipped.
    assert late.next_due(at("2024-06-08T03:00")) == at("2024-06-08T07:00")
    assert late.next_due(at("2024-06-08T07:00")) == at("2024-06-15T07:00")


def test_next_due_keeps_the_time_zone() -> None:
    zone = timezone(timedelta(hours=-5))
    now = datetime(2024, 6, 3, 9, 0, tzinfo=zone)
    assert EVENINGS.next_due(now) == datetime(2024, 6, 3, 18, 30, tzinfo=zone)


def _slot_before(schedule: ReminderSchedule, due: datetime) -> datetime:
    """The latest reminder slot (chosen time of day) at or before `due`."""
    slot = datetime.combine(due.date(), schedule.time_of_day)
    return slot if slot <= due else slot - timedelta(days=1)


@given(schedules(), moments)
def test_next_due_is_future_on_a_chosen_day_and_never_quiet(
    schedule: ReminderSchedule, now: datetime
) -> None:
    due = schedule.next_due(now)
    assert due > now
    assert not schedule.in_quiet_hours(due)
    assert due - now <= timedelta(days=8)
    slot = _slot_before(schedule, due)
    assert slot.weekday() in schedule.weekdays
    if slot != due:  # moved: the slot was quiet, and quiet hours end exactly at `due`
        assert schedule.in_quiet_hours(slot)
        assert due.time() == schedule.quiet_end
        assert schedule.in_quiet_hours(due - timedelta(minutes=1))


@given(schedules(), moments)
def test_no_reminder_is_skipped(schedule: ReminderSchedule, now: datetime) -> None:
    # Brute force: no chosen-day slot that is outside quiet hours lies between now and due.
    due = schedule.next_due(now)
    day = now.date() - timedelta(days=1)
    while day <= due.date():
        slot = datetime.combine(day, schedule.time_of_day)
        if day.weekday() in schedule.weekdays and now < slot < due:
            assert schedule.in_quiet_hours(slot)
        day += timedelta(days=1)


@given(schedules())
def test_json_round_trip(schedule: ReminderSchedule) -> None:
    text = json.dumps(schedule.to_json())
    assert ReminderSchedule.from_json(json.loads(text)) == schedule


def test_json_form_is_readable() -> None:
    assert EVENINGS.to_json() == {
        "weekdays": [0, 2],
        "time": "18:30",
        "quiet_hours": {"start": "22:00", "end": "07:00"},
    }


@pytest.mark.parametrize(
    ("kwargs", "field", "problem"),
    [
        ({"weekdays": frozenset()}, "weekdays", "no day chosen"),
        ({"weekdays": frozenset({7})}, "weekdays", "outside 0 (Monday) to 6 (Sunday)"),
        ({"weekdays": frozenset({True})}, "weekdays", "outside"),
        ({"time_of_day": time(9, 0, 30)}, "time", "not a whole minute"),
        ({"time_of_day": time(9, 0, tzinfo=UTC)}, "time", "local clock"),
        ({"quiet_start": time(22, 0)}, "quiet_hours", "a start without an end"),
        ({"quiet_start": time(8, 0), "quiet_end": time(8, 0)}, "quiet_hours", "the same time"),
        ({"quiet_start": "22:00", "quiet_end": time(7, 0)}, "quiet_start", "not a time"),
    ],
)
def test_invalid_schedules_say_what_is_wrong(
    kwargs: dict[str, object], field: str, problem: str
) -> None:
    values: dict[str, object] = {"weekdays": frozenset({MON}), "time_of_day": time(9, 0)}
    values.update(kwargs)
    with pytest.raises(ScheduleInvalid) as caught:
        ReminderSchedule(**values)  # type: ignore[arg-type]  # deliberately wrong values
    assert caught.value.field == field
    assert problem in caught.value.problem


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ([], "reminder"),
        ({"time": "09:00"}, "weekdays"),
        ({"weekdays": [[1]], "time": "09:00"}, "weekdays"),
        ({"weekdays": [1], "time": "9am"}, "time"),
        ({"weekdays": [1], "time": 900}, "time"),
        ({"weekdays": [1], "time": "25:00"}, "time"),
        ({"weekdays": [1], "time": "09:00", "quiet_hours": "night"}, "quiet_hours"),
        ({"weekdays": [1], "time": "09:00", "quiet_hours": {"start": "22:00"}}, "quiet_end"),
    ],
)
def test_bad_json_is_refused_by_field(data: object, field: str) -> None:
    with pytest.raises(ScheduleInvalid) as caught:
        ReminderSchedule.from_json(data)
    assert caught.value.field == field


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=6),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
        max_leaves=8,
    )
    | st.fixed_dictionaries(
        {"weekdays": st.lists(st.integers(-2, 9)), "time": st.text(max_size=6)},
        optional={
            "quiet_hours": st.none()
            | st.dictionaries(st.sampled_from(["start", "end"]), st.text(max_size=6))
        },
    )
)
def test_any_json_is_a_schedule_or_schedule_invalid(data: object) -> None:
    try:
        result = ReminderSchedule.from_json(data)
    except ScheduleInvalid:
        return  # refused with a field and a reason: fine; any other exception fails
    assert ReminderSchedule.from_json(result.to_json()) == result


def test_the_organization_can_suggest_a_starting_schedule() -> None:
    from desktop.records.reminder_schedule import from_policy

    suggested = from_policy(
        {
            "days": ["monday", "thursday"],
            "time": "18:30",
            "quiet_hours": {"start": "22:00", "end": "07:00"},
        }
    )
    assert suggested is not None
    assert suggested.weekdays == frozenset({0, 3})
    assert suggested.time_of_day.hour == 18 and suggested.time_of_day.minute == 30
    assert from_policy({"days": [], "time": "09:00"}) is None
    assert from_policy(None) is None
