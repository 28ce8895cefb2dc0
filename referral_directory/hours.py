"""Is a resource open now? From its 24/7 fact or its HSDS weekly schedule rows.

HSDS gives `byday` (iCal days), `opens_at`/`closes_at` ("HH:MM", optionally with "Z" or
an offset) and a `timezone` offset; Confide's `time_zone` fact may name an IANA zone so
daylight saving time is followed. A closing time at or before the opening time runs
past midnight (8 am to 1 am). A schedule Confide cannot read (monthly rules, bad times)
never makes a resource look open: "open now" must not send someone to a closed line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from referral_directory.facts import schedule_time_zone
from referral_directory.model import Resource

_DAYS: Final = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_TIME: Final = re.compile(
    r"^(?P<h>[01]\d|2[0-4]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?P<tz>Z|[+-]\d\d:?\d\d)?$"
)


def _parse_time(text: Any) -> tuple[time, tzinfo | None] | None:
    if not isinstance(text, str):
        return None
    match = _TIME.match(text.strip())
    if match is None:
        return None
    hour, minute = int(match["h"]), int(match["m"])
    if hour == 24:
        if minute:
            return None
        hour, minute = 23, 59  # "24:00" closes at the end of the day
    zone: tzinfo | None = None
    if match["tz"] == "Z":
        zone = UTC
    elif match["tz"]:
        sign = -1 if match["tz"][0] == "-" else 1
        digits = match["tz"][1:].replace(":", "")
        zone = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    return time(hour, minute, int(match["s"] or 0)), zone


def _zone(row: dict[str, Any], from_time: tzinfo | None) -> tzinfo:
    name = schedule_time_zone(row)
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass  # fall back to what HSDS itself says
    if from_time is not None:
        return from_time
    offset = row.get("timezone")
    if isinstance(offset, int | float) and not isinstance(offset, bool) and -14 <= offset <= 14:
        return timezone(timedelta(hours=offset))
    return UTC


def _days(row: dict[str, Any]) -> set[int] | None:
    byday = row.get("byday")
    if byday is None:
        return set(range(7))
    if not isinstance(byday, str):
        return None
    days = set()
    for part in byday.split(","):
        code = part.strip().upper()
        if code not in _DAYS:
            return None  # "2MO" and the like: monthly rules are not read here
        days.add(_DAYS.index(code))
    return days


def _bounds(row: dict[str, Any]) -> tuple[date | None, date | None] | None:
    """`valid_from` and `valid_to` (None: unbounded); None when a bound cannot be read."""
    found: list[date | None] = []
    for key in ("valid_from", "valid_to"):
        value = row.get(key)
        if not isinstance(value, str):
            found.append(None)
            continue
        try:
            found.append(date.fromisoformat(value[:10]))
        except ValueError:
            return None  # an unreadable bound never makes a line look open
    return found[0], found[1]


@dataclass(frozen=True, slots=True)
class WeeklyHours:
    """One HSDS schedule row, read once: what checking it at any moment needs."""

    days: frozenset[int]  # 0 is Monday
    start: time
    end: time  # at or before `start`: runs past midnight
    zone: tzinfo
    valid_from: date | None
    valid_to: date | None

    def open_at_local(self, local: datetime) -> bool:
        """Whether open at `local`, a moment already in this row's `zone`."""
        today, clock = local.date(), local.time().replace(tzinfo=None)
        if (self.valid_from is not None and today < self.valid_from) or (
            self.valid_to is not None and today > self.valid_to
        ):
            return False
        weekday = today.weekday()
        if self.end > self.start:
            return weekday in self.days and self.start <= clock <= self.end
        # Past midnight: open from `start` on a listed day until `end` the next morning.
        yesterday = (weekday - 1) % 7
        return (weekday in self.days and clock >= self.start) or (
            yesterday in self.days and clock < self.end
        )


def read_row(row: dict[str, Any]) -> WeeklyHours | None:
    """One schedule row as `WeeklyHours`; None when Confide cannot read it (never open)."""
    if row.get("freq") not in (None, "WEEKLY"):
        return None
    days = _days(row)
    opens = _parse_time(row.get("opens_at") or "00:00")
    closes = _parse_time(row.get("closes_at") or "24:00")
    bounds = _bounds(row)
    if not days or opens is None or closes is None or bounds is None:
        return None
    zone = _zone(row, opens[1] or closes[1])
    return WeeklyHours(frozenset(days), opens[0], closes[0], zone, *bounds)


def row_open(row: dict[str, Any], now: datetime) -> bool:
    """Whether one HSDS schedule row has the service open at `now` (an aware datetime)."""
    hours = read_row(row)
    return hours is not None and hours.open_at_local(now.astimezone(hours.zone))


class OpenClock:
    """One moment, checked against many resources' hours: `now` is put into each time
    zone once, not once per schedule row (a large directory has thousands)."""

    def __init__(self, now: datetime | None = None) -> None:
        moment = now or datetime.now().astimezone()
        self._now = moment if moment.tzinfo is not None else moment.astimezone()
        self._local: dict[tzinfo, datetime] = {}

    def open(self, always: bool, rows: Iterable[WeeklyHours]) -> bool:
        """Whether a resource open 24/7 (`always`) or by these rows is open at the moment."""
        if always:
            return True
        for row in rows:
            local = self._local.get(row.zone)
            if local is None:
                local = self._local[row.zone] = self._now.astimezone(row.zone)
            if row.open_at_local(local):
                return True
        return False


def is_open(resource: Resource, now: datetime) -> bool:
    """Whether `resource` is open at `now` (a naive datetime is this computer's local time)."""
    if resource.open_24_7:
        return True
    moment = now if now.tzinfo is not None else now.astimezone()
    return any(row_open(row, moment) for row in resource.schedule)


def may_open(resource: Resource) -> bool:
    """Whether `resource` is ever open by what Confide reads: 24/7, or some schedule row."""
    return resource.open_24_7 or bool(resource.schedule)
