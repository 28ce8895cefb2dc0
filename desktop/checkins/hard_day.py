"""Whether a just-saved check-in calls for a gentle word and some optional next steps.

Two cases, both from the person's own answers and nothing else:

* a hard day: today's mood is "Very low" or "Low" (1-2);
* a heavy stretch: today and the days just before it (LOW_RUN_DAYS days in a row, no gaps) each
  had at least one low answer (mood, energy or sleep at 1-2), even if today's mood is not.

The page answers in words that follow safe-messaging guidance: hope and where help is, no
alarm, and never a score or a label for the person. Nothing here is a diagnosis.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from enum import Enum

from desktop.records.checkins import LOW_ANSWER, LOW_RUN_DAYS, SCALES, CheckIn


class HardDay(Enum):
    """Why the page answers gently after saving."""

    HARD_DAY = "hard_day"
    HEAVY_STRETCH = "heavy_stretch"


def is_low(checkin: CheckIn) -> bool:
    """Whether any of the day's answers is at the low end (1-2)."""
    return any(checkin.value(scale) <= LOW_ANSWER for scale in SCALES)


def hard_day(saved: CheckIn, recent: Iterable[CheckIn]) -> HardDay | None:
    """What kind of gentle response `saved` calls for, or None after an ordinary day.

    Args:
        saved: the check-in just stored.
        recent: other recent check-ins (any order; `saved`'s own day is ignored in them).
    """
    if saved.mood <= LOW_ANSWER:
        return HardDay.HARD_DAY
    if not is_low(saved):
        return None
    by_day = {c.day: c for c in recent if c.day != saved.day}
    for back in range(1, LOW_RUN_DAYS):
        earlier = by_day.get(saved.day - timedelta(days=back))
        if earlier is None or not is_low(earlier):
            return None
    return HardDay.HEAVY_STRETCH
