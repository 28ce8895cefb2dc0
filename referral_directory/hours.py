"""Is a resource open now? From its 24/7 fact or its HSDS weekly schedule rows.

HSDS gives `byday` (iCal days), `opens_at`/`closes_at` ("HH:MM", optionally with "Z" or
an offset) and a `timezone` offset; Confide's `time_zone` fact may name an IANA zone so
daylight saving time is followed. A closing time at or before the opening time runs
past midnight (8 am to 1 am). A schedule Confide cannot read (monthly rules, bad times)
never makes a resource look open: "open now" must not send someone to a closed line.
"""

from __future__ import annotations

import re
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


def _valid_on(row: dict[str, Any], day: date) -> bool:
    for key, sign in (("valid_from", 1), ("valid_to", -1)):
        value = row.get(key)
        if isinstance(value, str):
            try:
                bound = date.fromisoformat(value[:10])
            except ValueError:
                return False  # an unreadable bound never makes a line look open
            if (day - bound).days * sign < 0:
                return False
    return True


def row_open(row: dict[str, Any], now: datetime) -> bool:
    """Whether one HSDS schedule row has the service open at `now` (an aware datetime)."""
    freq = row.get("freq")
    if freq not in (None, "WEEKLY"):
        return False
    days = _days(row)
    if not days:
        return False
    opens = _parse_time(row.get("opens_at") or "00:00")
    closes = _parse_time(row.get("closes_at") or "24:00")
    if opens is None or closes is None:
        return False
    local = now.astimezone(_zone(row, opens[1] or closes[1]))
    today, clock = local.date(), local.time().replace(tzinfo=None)
    if not _valid_on(row, today):
        return False
    start, end = opens[0], closes[0]
    if end > start:
        return today.weekday() in days and start <= clock <= end
    # Past midnight: open from `start` on a listed day until `end` the next morning.
    yesterday = (today.weekday() - 1) % 7
    return (today.weekday() in days and clock >= start) or (yesterday in days and clock < end)


def is_open(resource: Resource, now: datetime) -> bool:
    """Whether `resource` is open at `now` (a naive datetime is this computer's local time)."""
    if resource.open_24_7:
        return True
    moment = now if now.tzinfo is not None else now.astimezone()
    return any(row_open(row, moment) for row in resource.schedule)
