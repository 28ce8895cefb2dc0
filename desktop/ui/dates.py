"""Dates and times as people read them: one style, the locale's own, on every page.

Every date or time a person reads (pages, dialogs, charts, printed pages) is written here,
from the patterns of the locale in force (`QLocale()`, set from the system or the language
chosen at start). Qt's short pattern is all digits ("12/5/26", read differently on each
side of the Atlantic), so the short date is derived from the locale's long pattern, with
the weekday dropped and the month abbreviated: "Dec 5, 2026" in en_US, "5 dic 2026" in
es_US, "5. Dez. 2026" in de_DE. Times follow the locale's clock ("5:30 PM", "17:30").

Files for machines (exports, FHIR, report files, the vault) keep ISO 8601 and never come
here. Qt-free modules hand a `date` to their view, which formats it with these functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Final

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

# A pattern's parts: a field (a run of d, M or y) or a quoted literal ('de', '' for ').
_PART: Final = re.compile(r"(d+|M+|y+)|('(?:[^']|'')*')|([^dMy']+)")
# What may trail before a field dropped from a pattern's end: spaces, commas, quoted words.
_TRAILING_JOINER: Final = re.compile(r"(?:[\s,]|'(?:[^']|'')*')*$")


@dataclass(frozen=True)
class _Field:
    letters: str

    @property
    def weekday(self) -> bool:
        return self.letters.startswith("d") and len(self.letters) >= 3


def _parse(pattern: str) -> tuple[list[str], list[_Field]]:
    """`pattern` as separators around fields: seps[i] precedes fields[i], seps[-1] ends."""
    seps, fields, current = [], [], ""
    for match in _PART.finditer(pattern):
        if match.group(1):
            seps.append(current)
            fields.append(_Field(match.group(1)))
            current = ""
        else:
            current += match.group(0)
    seps.append(current)
    return seps, fields


def _join(seps: list[str], fields: list[_Field]) -> str:
    return "".join(sep + field.letters for sep, field in zip(seps, fields, strict=False)) + seps[-1]


def _drop(pattern: str, unwanted: str) -> str:
    """`pattern` without its fields of kind `unwanted` ("weekday", "d", "y") and their joiners.

    A field's following separator belongs to it ("d. " in German, "d 'de' " in Spanish);
    the last field takes its tail and only the spaces, commas and quoted words before it,
    so Hungarian "d., dddd" keeps its "d.".
    """
    seps, fields = _parse(pattern)
    i = 0
    while i < len(fields):
        field = fields[i]
        kind = "weekday" if field.weekday else field.letters[0]
        if kind != unwanted:
            i += 1
            continue
        if i < len(fields) - 1:
            del fields[i]
            del seps[i + 1]
        else:  # its tail is its own too: zh "d日", hu "d."
            del fields[i]
            seps[i] = _TRAILING_JOINER.sub("", seps[i]) if fields else ""
            del seps[i + 1]
    return _join(seps, fields)


def _short_month(pattern: str) -> str:
    """`pattern` with the month abbreviated and quoted words between fields left out."""
    seps, fields = _parse(pattern)
    fields = [_Field("MMM") if f.letters == "MMMM" else f for f in fields]
    for i in range(1, len(fields)):  # "d 'de' MMM 'de' yyyy" reads "d MMM yyyy"
        joiner = re.sub(r"'(?:[^']|'')*'", "", seps[i])
        seps[i] = re.sub(r"\s+", " ", joiner) if joiner.strip() == "" else joiner
    return _join(seps, fields)


def _long_pattern() -> str:
    return QLocale().dateFormat(QLocale.FormatType.LongFormat)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _write(day: date, pattern: str) -> str:
    return QLocale().toString(_qdate(day), pattern)


def short_date(day: date) -> str:
    """A day, short but unambiguous: "Dec 5, 2026", "5 dic 2026" (lists, charts, labels)."""
    return _write(day, _short_month(_drop(_long_pattern(), "weekday")))


def long_date(day: date, weekday: bool = False) -> str:
    """A day in words: "December 5, 2026" or, with `weekday`, "Saturday, December 5, 2026";
    "5 de diciembre de 2026", "sábado, 5 de diciembre de 2026" in Spanish."""
    pattern = _long_pattern()
    return _write(day, pattern if weekday else _drop(pattern, "weekday"))


def day_month(day: date) -> str:
    """A day of a year that goes without saying: "Dec 5", "5 dic" (axis ticks, this week)."""
    return _write(day, _short_month(_drop(_drop(_long_pattern(), "weekday"), "y")))


def month_year(day: date, short: bool = False) -> str:
    """The month `day` falls in: "December 2026" ("Dec 2026" when `short`), "diciembre de
    2026" ("dic 2026")."""
    pattern = _drop(_drop(_long_pattern(), "weekday"), "d")
    return _write(day, _short_month(pattern) if short else pattern)


def year_text(day: date) -> str:
    """The year of `day` as the locale writes years ("2026")."""
    return _write(day, "yyyy")


def date_edit_format(long: bool = False) -> str:
    """The display pattern for a date field (QDateEdit), as `short_date` (or `long_date`)."""
    pattern = _drop(_long_pattern(), "weekday")
    return pattern if long else _short_month(pattern)


def time_edit_format() -> str:
    """The display pattern for a time-of-day field (QTimeEdit): the locale's clock."""
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)


def time_text(moment: time) -> str:
    """A time of day on the locale's clock: "5:30 PM" in en_US, "17:30" in de_DE."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def date_time_text(moment: datetime, weekday: bool = False) -> str:
    """A moment in the computer's time zone: "December 5, 2026, 5:30 PM"."""
    local = moment.astimezone() if moment.tzinfo else moment
    joined = QCoreApplication.translate("Dates", "{date}, {time}")  # literal: lupdate reads it
    return joined.format(date=long_date(local.date(), weekday), time=time_text(local.time()))
