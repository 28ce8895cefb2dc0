"""How a series is drawn: thinning points to the chart's width, and the axes' ticks. No Qt."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date, timedelta
from enum import Enum
from typing import Final

from desktop.history.history import DateRange, Point


def downsample(points: Sequence[Point], span: DateRange, columns: int) -> list[Point]:
    """At most about `columns` points: each pair of columns keeps its lowest and highest.

    The first and last points are always kept, so the line still starts and ends where
    the data does and the latest value stays visible. Order is kept.
    """
    if columns <= 0 or len(points) <= columns:
        return list(points)
    buckets = max(1, columns // 2)
    width = max(1, span.days)
    chosen: dict[int, list[int]] = {}
    for i, point in enumerate(points):
        offset = min(max((point.day - span.start).days, 0), width - 1)
        bucket = offset * buckets // width
        held = chosen.setdefault(bucket, [i, i])
        if point.value < points[held[0]].value:
            held[0] = i
        if point.value > points[held[1]].value:
            held[1] = i
    keep = {0, len(points) - 1}
    for low, high in chosen.values():
        keep.update((low, high))
    return [points[i] for i in sorted(keep)]


class TickUnit(Enum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


_DAY_STEPS: Final = (1, 2, 7, 14)
_MONTH_STEPS: Final = (1, 2, 3, 6)
_YEAR_STEPS: Final = (1, 2, 5, 10, 20, 50)


def _add_months(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def date_ticks(span: DateRange, max_ticks: int) -> tuple[list[date], TickUnit]:
    """Round dates inside `span` for the x axis, at most `max_ticks` of them.

    Days step by 1, 2, 7 (Mondays) or 14; months by 1, 2, 3 or 6 (on the 1st); years by
    1, 2, 5 … (on 1 January): the first step that fits is used.
    """
    limit = max(2, max_ticks)
    for step in _DAY_STEPS:
        first = span.start
        if step >= 7:
            first += timedelta(days=(7 - span.start.weekday()) % 7)
        ticks = [
            first + timedelta(days=i * step) for i in range((span.end - first).days // step + 1)
        ]
        if len(ticks) <= limit:
            return ticks, TickUnit.DAY
    for step in _MONTH_STEPS:
        first = date(span.start.year, span.start.month, 1)
        if first < span.start:
            first = _add_months(first, 1)
        first = _add_months(first, (-(first.month - 1)) % step)
        ticks = []
        tick = first
        while tick <= span.end:
            ticks.append(tick)
            tick = _add_months(tick, step)
        if len(ticks) <= limit:
            return ticks, TickUnit.MONTH
    for step in _YEAR_STEPS:
        year = span.start.year + (0 if span.start == date(span.start.year, 1, 1) else 1)
        year += (-year) % step
        ticks = [date(y, 1, 1) for y in range(year, span.end.year + 1, step)]
        if len(ticks) <= limit:
            return ticks, TickUnit.YEAR
    return [span.start, span.end], TickUnit.YEAR


def value_ticks(low: float, high: float, max_ticks: int) -> list[float]:
    """Whole-number ticks from `low` to `high` in steps of 1, 2, 5, 10 … (at most `max_ticks`)."""
    limit = max(2, max_ticks)
    step = 1
    while True:
        for factor in (1, 2, 5):
            size = step * factor
            first = -(-int(low) // size) * size if low >= 0 else int(low // size) * size
            ticks = [float(v) for v in range(int(first), int(high) + 1, size) if v >= low]
            if len(ticks) <= limit:
                return ticks
        step *= 10
