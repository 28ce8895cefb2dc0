"""The dates a page may show untranslated: Qt's locale writes them (desktop.ui.dates)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from desktop.ui.dates import day_month, long_date, month_year, short_date


def said_dates(days: Iterable[date]) -> list[str]:
    """Every way `desktop.ui.dates` writes `days`, for the pseudo-locale tests' `said`."""
    return [words for day in days for words in (
        short_date(day), long_date(day), long_date(day, weekday=True), day_month(day),
        month_year(day), month_year(day, short=True))]
