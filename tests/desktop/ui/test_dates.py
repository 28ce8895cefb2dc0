"""The one date style: every date and time written from the locale in force (en_US, es_US)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QTimeEdit
from pytestqt.qtbot import QtBot

from desktop.ui.dates import (
    date_edit_format,
    date_time_text,
    day_month,
    long_date,
    month_year,
    short_date,
    time_edit_format,
    time_text,
    year_text,
)

DAY = date(2026, 12, 5)  # a Saturday
NBSP = "\u202f"  # CLDR puts a narrow no-break space before AM/PM


@contextmanager
def locale(code: str) -> Iterator[QLocale]:
    """`code` as the default locale for the block, the previous one restored after."""
    previous = QLocale()
    QLocale.setDefault(QLocale(code))
    try:
        yield QLocale()
    finally:
        QLocale.setDefault(previous)


@pytest.mark.parametrize(("code", "expected"), [
    ("en_US", {"short": "Dec 5, 2026", "long": "December 5, 2026",
               "weekday": "Saturday, December 5, 2026", "day_month": "Dec 5",
               "month": "December 2026", "short_month": "Dec 2026"}),
    ("es_US", {"short": "5 dic 2026", "long": "5 de diciembre de 2026",
               "weekday": "sábado, 5 de diciembre de 2026", "day_month": "5 dic",
               "month": "diciembre de 2026", "short_month": "dic 2026"}),
    ("en_GB", {"short": "5 Dec 2026", "long": "5 December 2026",
               "weekday": "Saturday, 5 December 2026", "day_month": "5 Dec",
               "month": "December 2026", "short_month": "Dec 2026"}),
])
def test_dates_read_as_the_locale_writes_them(code: str, expected: dict[str, str]) -> None:
    with locale(code):
        assert short_date(DAY) == expected["short"]
        assert long_date(DAY) == expected["long"]
        assert long_date(DAY, weekday=True) == expected["weekday"]
        assert day_month(DAY) == expected["day_month"]
        assert month_year(DAY) == expected["month"]
        assert month_year(DAY, short=True) == expected["short_month"]
        assert year_text(DAY) == "2026"


def test_the_default_locale_is_restored_after_each_test() -> None:
    before = QLocale().name()
    with locale("es_US"):
        assert QLocale().name() == "es_US"
    assert QLocale().name() == before


@pytest.mark.parametrize("code", ["en_US", "es_US", "en_GB", "de_DE", "fr_FR", "pt_BR",
                                  "hu_HU", "zh_CN", "ja_JP", "ru_RU"])
def test_every_day_of_a_year_reads_back_as_itself(code: str) -> None:
    """No day is special: one-digit days, the month's end, leap day, the year's turn."""
    with locale(code) as here:
        for offset in range(367):
            day = date(2027, 12, 25) + timedelta(days=offset)  # through 2028, a leap year
            shown = QDate(day.year, day.month, day.day)
            assert here.toDate(short_date(day), date_edit_format()) == shown, short_date(day)
            assert here.toDate(long_date(day), date_edit_format(long=True)) == shown
            assert here.dayName(shown.dayOfWeek()) in long_date(day, weekday=True)
            assert here.dayName(shown.dayOfWeek()) not in long_date(day)
            assert str(day.year) in month_year(day) and str(day.year) not in day_month(day)


def test_the_weekday_is_there_only_when_asked() -> None:
    with locale("es_US") as here:
        for offset in range(7):
            day = DAY + timedelta(days=offset)
            name = here.dayName(QDate(day.year, day.month, day.day).dayOfWeek())
            assert long_date(day, weekday=True).startswith(name)
            assert long_date(day, weekday=True).endswith(long_date(day))


@pytest.mark.parametrize(("code", "evening", "twelve_hours"), [
    ("en_US", f"5:05{NBSP}PM", True), ("es_US", f"5:05{NBSP}p.m.", True),
    ("en_GB", "17:05", False), ("de_DE", "17:05", False),
])
def test_the_clock_is_the_locales_12_or_24_hours(code: str, evening: str,
                                                 twelve_hours: bool) -> None:
    with locale(code):
        assert time_text(time(17, 5, 59)) == evening  # minutes, never seconds
        assert ("AP" in time_edit_format().upper()) == twelve_hours


def test_a_moment_is_its_local_day_and_time() -> None:
    moment = datetime(2026, 12, 5, 23, 30, tzinfo=UTC)
    local = moment.astimezone()
    with locale("en_US"):
        said = date_time_text(moment)
        assert said == f"{long_date(local.date())}, {time_text(local.time())}"
        assert date_time_text(moment, weekday=True).startswith(
            long_date(local.date(), weekday=True))


def test_fields_show_dates_and_times_in_the_same_style(qtbot: QtBot) -> None:
    with locale("en_US"):
        field = QDateEdit(QDate(2026, 12, 5))
        qtbot.addWidget(field)
        field.setDisplayFormat(date_edit_format())
        assert field.text() == short_date(DAY)
        field.setDisplayFormat(date_edit_format(long=True))
        assert field.text() == long_date(DAY)
        clock = QTimeEdit()
        qtbot.addWidget(clock)
        clock.setDisplayFormat(time_edit_format())
        clock.setTime(clock.time().fromString("17:05", "HH:mm"))
        assert clock.text() == time_text(time(17, 5))
