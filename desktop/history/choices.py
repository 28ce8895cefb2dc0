"""What the page's selector offers, and which series a choice and the daily switch load.

A check-in scale is one entry ("Mood (check-in)"), shown as its weekly average unless
the person asks for each day's point; a questionnaire is one entry whose every result
is a point, so the switch does not apply to it. Keys are those `HistorySource.load`
takes: "checkin:mood:weekly", "checkin:mood:daily", "instrument:phq9". No Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from desktop.history.history import (
    CHECKIN_PREFIX,
    CONTEXT,
    INSTRUMENT_PREFIX,
    SCALE_CONTEXT,
    instrument_title,
)
from desktop.records.checkins import SCALES
from desktop.records.instruments import Instrument
from desktop.words import QT_TRANSLATE_NOOP, Translate, english

CHECKIN_CHOICE: Final = QT_TRANSLATE_NOOP("History", "{scale} (check-in)")
DAILY: Final = "daily"
WEEKLY: Final = "weekly"


@dataclass(frozen=True)
class SeriesChoice:
    """An entry of the series selector; `has_days` when it can show each day or weeks."""

    key: str
    label: str
    has_days: bool = False


def series_choices(
    instruments: Mapping[str, Instrument], translate: Translate = english
) -> list[SeriesChoice]:
    """The selector's entries: each check-in scale, then each instrument."""
    choices = [
        SeriesChoice(
            f"{CHECKIN_PREFIX}:{s.key}",
            translate(CONTEXT, CHECKIN_CHOICE).format(scale=translate(SCALE_CONTEXT, s.name)),
            has_days=True,
        )
        for s in SCALES
    ]
    choices += [
        SeriesChoice(f"{INSTRUMENT_PREFIX}:{i.id}", instrument_title(i, translate))
        for i in instruments.values()
    ]
    return choices


def series_key(choice: str, daily: bool) -> str:
    """The series to load for selector entry `choice`: a check-in's daily or weekly one."""
    if choice.startswith(f"{CHECKIN_PREFIX}:"):
        return f"{choice}:{DAILY if daily else WEEKLY}"
    return choice


def split_key(key: str) -> tuple[str, bool | None]:
    """The selector entry of series `key`, and whether it is daily (None: not a check-in)."""
    parts = key.split(":")
    if parts[0] == CHECKIN_PREFIX and len(parts) == 3:
        return f"{parts[0]}:{parts[1]}", parts[2] == DAILY
    return key, None
