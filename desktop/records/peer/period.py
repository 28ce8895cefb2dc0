"""The fixed grid of report periods: whole calendar months, quarters, half-years, years.

Any two grid periods are nested or apart, never partly overlapping. The ledger refuses
every release that shares a month with an earlier one (January and the first quarter
would subtract to February); the grid keeps what is refused predictable.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from desktop.records.peer.report import months_between
from desktop.records.peer.words import month_name
from desktop.words import QT_TRANSLATE_NOOP, Translate, english

_SPANS: Final = {1: "month", 3: "quarter", 6: "half-year", 12: "year"}
CONTEXT: Final = "ReportPeriod"
_MONTH: Final = QT_TRANSLATE_NOOP("ReportPeriod", "{month} {year}")
_QUARTER: Final = QT_TRANSLATE_NOOP("ReportPeriod", "Q{quarter} {year} ({first} to {last})")
_FIRST_HALF: Final = QT_TRANSLATE_NOOP("ReportPeriod", "first half of {year}")
_SECOND_HALF: Final = QT_TRANSLATE_NOOP("ReportPeriod", "second half of {year}")


def period_name(months: Sequence[str], tr: Translate = english) -> str | None:
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
        return tr(CONTEXT, _MONTH).format(month=month_name(first, tr), year=year)
    if kind == "quarter":
        return tr(CONTEXT, _QUARTER).format(
            quarter=(first + 2) // 3, year=year, first=month_name(first, tr),
            last=month_name(last, tr))
    if kind == "half-year":
        return tr(CONTEXT, _FIRST_HALF if first == 1 else _SECOND_HALF).format(year=year)
    return str(year)


def named(months: Sequence[str]) -> Callable[[Translate], str]:
    """A period's name, made in the language a view asks for (a refusal's field)."""
    return lambda tr: period_name(months, tr) or f"{months[0]} to {months[-1]}"


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
