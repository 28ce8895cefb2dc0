"""The fixed grid of report periods: whole calendar months, quarters, half-years, years.

Any two grid periods are nested or apart, never partly overlapping. The ledger refuses
every release that shares a month with an earlier one (January and the first quarter
would subtract to February); the grid keeps what is refused predictable.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from desktop.peer_log.report import months_between

_SPANS: Final = {1: "month", 3: "quarter", 6: "half-year", 12: "year"}
_MONTH_NAMES: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)


def period_name(months: Sequence[str]) -> str | None:
    """The grid period `months` is ("March 2025", "Q1 2025 (January to March)", "first
    half of 2025", "2025"), or None when it is not one.

    The grid: whole calendar months, quarters, half-years and years. Any two grid
    periods are nested or apart, never partly overlapping.
    """
    if not months or tuple(months) != months_between(months[0], months[-1]):
        return None
    year, first = map(int, months[0].split("-"))
    kind = _SPANS.get(len(months))
    if kind is None or (first - 1) % len(months) or months[-1][:4] != months[0][:4]:
        return None
    last = first + len(months) - 1
    if kind == "month":
        return f"{_MONTH_NAMES[first - 1]} {year}"
    if kind == "quarter":
        return (
            f"Q{(first + 2) // 3} {year} ({_MONTH_NAMES[first - 1]} to {_MONTH_NAMES[last - 1]})"
        )
    if kind == "half-year":
        return f"{'first' if first == 1 else 'second'} half of {year}"
    return str(year)


def grid_periods(first: str, last: str) -> list[tuple[str, ...]]:
    """Every grid period whose months lie within `first`..`last`, years first, then
    half-years, quarters and months, each newest first."""
    months = months_between(first, last)
    found: list[tuple[str, ...]] = []
    for span in (12, 6, 3, 1):
        for start in reversed(range(len(months) - span + 1)):
            period = months[start : start + span]
            if period_name(period) is not None:
                found.append(period)
    return found


def overlaps(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two periods share a month."""
    return a[0] <= b[-1] and b[0] <= a[-1]
