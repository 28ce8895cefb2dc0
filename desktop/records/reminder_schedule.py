"""When a reminder is due: chosen weekdays, one time of day, and quiet hours.

Everything here is wall-clock arithmetic on the `datetime` the caller passes in (naive
local time in the app), so it is pure and needs no Qt. A reminder whose slot falls in
quiet hours is not dropped but moved to the moment the quiet hours end: the person asked
to be reminded, only not at night.

The schedule lives in `preferences.json`, which is readable before the vault is unlocked,
so it holds only the days and times, never why the person wants a reminder.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Final

WEEKDAYS: Final = range(7)  # datetime.weekday(): 0 is Monday, 6 is Sunday


class ScheduleInvalid(ValueError):
    """A schedule that cannot be used; carries the field and the problem, not the value.

    Attributes:
        field: which part is wrong ("weekdays", "time", "quiet_hours", ...).
        problem: what is wrong with it, in words a log line can carry.
    """

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


@dataclass(frozen=True)
class ReminderSchedule:
    """Remind at `time_of_day` on each of `weekdays`, but never inside quiet hours.

    Quiet hours run from `quiet_start` (included) to `quiet_end` (excluded) and wrap
    past midnight when the start is later than the end (22:00-07:00). Both are None
    when there are no quiet hours. Times are whole minutes: that is all a person chooses.

    Attributes:
        weekdays: the chosen days, 0 (Monday) to 6 (Sunday); at least one.
        time_of_day: when on those days to remind.
        quiet_start: when quiet hours begin, or None.
        quiet_end: when quiet hours end, or None.

    Raises:
        ScheduleInvalid: on construction with an unusable value.
    """

    weekdays: frozenset[int]
    time_of_day: time
    quiet_start: time | None = None
    quiet_end: time | None = None

    def __post_init__(self) -> None:
        if not self.weekdays:
            raise ScheduleInvalid("weekdays", "no day chosen")
        # bool is an int; a `true` weekday is a mistake, not Tuesday.
        if any(
            isinstance(d, bool) or not isinstance(d, int) or d not in WEEKDAYS
            for d in self.weekdays
        ):
            raise ScheduleInvalid("weekdays", "a day outside 0 (Monday) to 6 (Sunday)")
        _check_time("time", self.time_of_day)
        if (self.quiet_start is None) != (self.quiet_end is None):
            raise ScheduleInvalid(
                "quiet_hours", "a start without an end, or an end without a start"
            )
        if self.quiet_start is not None and self.quiet_end is not None:
            _check_time("quiet_start", self.quiet_start)
            _check_time("quiet_end", self.quiet_end)
            if self.quiet_start == self.quiet_end:
                raise ScheduleInvalid("quiet_hours", "start and end are the same time")

    def in_quiet_hours(self, moment: datetime) -> bool:
        """Whether `moment` (wall-clock) falls in quiet hours; the end itself is not quiet."""
        if self.quiet_start is None or self.quiet_end is None:
            return False
        now = moment.time()
        if self.quiet_start < self.quiet_end:
            return self.quiet_start <= now < self.quiet_end
        return now >= self.quiet_start or now < self.quiet_end  # wraps past midnight

    def end_of_quiet_hours(self, moment: datetime) -> datetime:
        """When the quiet hours around `moment` end; `moment` itself if it is not in them."""
        if self.quiet_end is None or not self.in_quiet_hours(moment):
            return moment
        end = _at(moment.date(), self.quiet_end, moment)
        return end if end > moment else end + timedelta(days=1)

    def next_due(self, now: datetime) -> datetime:
        """The first reminder strictly after `now`, moved out of quiet hours.

        The result has the same tzinfo as `now` (None in the app: local wall-clock time).
        """
        # Yesterday's slot counts too: moved out of last night's quiet hours it may still
        # be ahead. Moving never reorders slots, so the first one ahead is the next.
        for offset in range(-1, 8):
            day = now.date() + timedelta(days=offset)
            if day.weekday() not in self.weekdays:
                continue
            due = self.end_of_quiet_hours(_at(day, self.time_of_day, now))
            if due > now:
                return due
        raise AssertionError("unreachable: a chosen weekday recurs within a week")

    def to_json(self) -> dict[str, object]:
        """A JSON-ready form, the inverse of `from_json`."""
        quiet: dict[str, str] | None = None
        if self.quiet_start is not None and self.quiet_end is not None:
            quiet = {"start": _hhmm(self.quiet_start), "end": _hhmm(self.quiet_end)}
        return {
            "weekdays": sorted(self.weekdays),
            "time": _hhmm(self.time_of_day),
            "quiet_hours": quiet,
        }

    @classmethod
    def from_json(cls, data: object) -> ReminderSchedule:
        """Read the form written by `to_json`.

        Raises:
            ScheduleInvalid: anything missing, mistyped or out of range.
        """
        if not isinstance(data, dict):
            raise ScheduleInvalid("reminder", "not a JSON object")
        days = data.get("weekdays")
        # Checked before making a set: a nested list in a hand-edited file is unhashable.
        if not isinstance(days, list) or not all(
            isinstance(d, int) and not isinstance(d, bool) for d in days
        ):
            raise ScheduleInvalid("weekdays", "not a list of day numbers")
        quiet = data.get("quiet_hours")
        start: time | None = None
        end: time | None = None
        if quiet is not None:
            if not isinstance(quiet, dict):
                raise ScheduleInvalid("quiet_hours", "not a JSON object")
            start = _parse_hhmm("quiet_start", quiet.get("start"))
            end = _parse_hhmm("quiet_end", quiet.get("end"))
        return cls(
            weekdays=frozenset(days),
            time_of_day=_parse_hhmm("time", data.get("time")),
            quiet_start=start,
            quiet_end=end,
        )


def _check_time(field: str, value: object) -> None:
    if not isinstance(value, time):
        raise ScheduleInvalid(field, "not a time of day")
    if value.second or value.microsecond:
        raise ScheduleInvalid(field, "not a whole minute")
    if value.tzinfo is not None:
        raise ScheduleInvalid(field, "has a time zone; reminders follow the local clock")


def _at(day: date, at: time, like: datetime) -> datetime:
    return datetime.combine(day, at, tzinfo=like.tzinfo)


def _hhmm(value: time) -> str:
    return value.strftime("%H:%M")


def _parse_hhmm(field: str, value: object) -> time:
    if not isinstance(value, str):
        raise ScheduleInvalid(field, "not a time written as HH:MM")
    try:
        parsed = datetime.strptime(value, "%H:%M")  # a time of day, no date
    except ValueError:
        raise ScheduleInvalid(field, "not a time written as HH:MM") from None
    return parsed.time()


DAY_NAMES: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def from_policy(defaults: Mapping[str, Any] | None) -> ReminderSchedule | None:
    """The schedule a person starts with when their organization's policy suggests one.

    The policy (already checked against its schema) names days ("monday"…); no days
    means no reminders until the person chooses some.
    """
    if not defaults or not defaults.get("days"):
        return None
    data: dict[str, Any] = {
        "weekdays": [DAY_NAMES.index(day) for day in defaults["days"]],
        "time": defaults["time"],
    }
    if defaults.get("quiet_hours"):
        data["quiet_hours"] = dict(defaults["quiet_hours"])
    return ReminderSchedule.from_json(data)
