"""When a questionnaire is offered: a gentle rhythm, never a demand.

PHQ-9 and GAD-7 ask about the last two weeks, so they are offered every 14 days; WHO-5 is
short and change-sensitive, so weekly; the single burnout item monthly. The short screens
(PHQ-2, GAD-2) have no rhythm: they are there whenever the person wants them.

"Never nagging": `due` only says what may be offered. A person who says "not now" snoozes
an instrument, and at most `limit` are offered at once, oldest-due first. Nothing is forced.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from types import MappingProxyType
from typing import Final

DEFAULT_INTERVALS: Final[Mapping[str, timedelta]] = MappingProxyType(
    {
        "phq9": timedelta(days=14),
        "gad7": timedelta(days=14),
        "who5": timedelta(days=7),
        "burnout": timedelta(days=30),
    }
)
SNOOZE: Final = timedelta(days=2)  # "not now" means not for a couple of days
MIN_INTERVAL: Final = timedelta(days=1)


@dataclass(frozen=True)
class Rhythm:
    """How often each instrument is offered.

    Args:
        intervals: instrument id -> time between offers (at least a day each).

    Raises:
        ValueError: an interval shorter than a day.
    """

    intervals: Mapping[str, timedelta] = field(default_factory=lambda: DEFAULT_INTERVALS)

    def __post_init__(self) -> None:
        for instrument_id, interval in self.intervals.items():
            if interval < MIN_INTERVAL:
                raise ValueError(f"{instrument_id}: offer it at most once a day")

    def due(
        self,
        now: datetime,
        last_completed: Mapping[str, datetime],
        snoozed_until: Mapping[str, datetime] | None = None,
        limit: int | None = None,
    ) -> list[str]:
        """The instruments to offer at `now`, most overdue first.

        Args:
            now: the current time (timezone-aware, like the stored times).
            last_completed: instrument id -> last completion; missing means never.
            snoozed_until: instrument id -> the person said "not now" until then.
            limit: offer at most this many at once (None: all that are due).
        """
        snoozed = snoozed_until or {}
        waiting: list[tuple[datetime, int, str]] = []
        for order, (instrument_id, interval) in enumerate(self.intervals.items()):
            if (until := snoozed.get(instrument_id)) is not None and now < until:
                continue
            last = last_completed.get(instrument_id)
            due_at = datetime.min.replace(tzinfo=now.tzinfo) if last is None else last + interval
            if due_at <= now:
                waiting.append((due_at, order, instrument_id))
        waiting.sort()
        ids = [instrument_id for _due, _order, instrument_id in waiting]
        return ids if limit is None else ids[: max(0, limit)]

    def snooze(self, now: datetime) -> datetime:
        """Until when a "not now" lasts."""
        return now + SNOOZE


def due(now: datetime, last_completed_by_instrument: Mapping[str, datetime]) -> list[str]:
    """The instruments due at `now` on the default rhythm, most overdue first."""
    return Rhythm().due(now, last_completed_by_instrument)
