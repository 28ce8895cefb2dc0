"""Check-ins in the vault: one entry per day, and the trend queries the charts use.

One per day: saving a check-in for a day that already has one replaces that day's entry
in place (same row id, new answers and `recorded_at`). A clinician who re-does today's
check-in after a hard evening means "this is how today went", not a second data point,
and the trends stay one point per day.

Every method runs vault queries, so in the app it is called on the worker thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any, Final, NamedTuple

from desktop.records.checkins import CheckIn, stressors_from_text, stressors_to_text
from desktop.vault_queries import VaultQueries

_COLUMNS: Final = "day, recorded_at, mood, energy, sleep, stressors, note"


def _same_day(day: date) -> date:
    return day


def _monday(day: date) -> date:
    # Grouping by the week's Monday (not by a week number) keeps a week that spans New
    # Year whole.
    return day - timedelta(days=day.weekday())


class DayTrend(NamedTuple):
    """The check-in's three answers for one day (averaged, should a day hold several)."""

    day: date
    mood: float
    energy: float
    sleep: float


class WeekAverage(NamedTuple):
    """Mean answers over one Monday-to-Sunday week, from the days that have a check-in."""

    week_start: date
    mood: float
    energy: float
    sleep: float
    days: int


class CheckInStore:
    """Reads and writes check-ins in an unlocked vault.

    Args:
        vault: an unlocked `crypto.vault.Vault` (used from the worker thread only).
    """

    def __init__(self, vault: VaultQueries) -> None:
        self._vault = vault

    def save(self, checkin: CheckIn) -> int:
        """Store `checkin`, replacing any entry for the same day; returns its row id.

        Raises:
            DiskFull, VaultError: from the vault; nothing is half-written.
        """
        values = (checkin.day.isoformat(), checkin.recorded_at.isoformat(), checkin.mood,
                  checkin.energy, checkin.sleep, stressors_to_text(checkin.stressors),
                  checkin.note)
        with self._vault.transaction() as conn:
            rows = conn.execute("SELECT id FROM checkin WHERE day = ? ORDER BY id",
                                (values[0],)).fetchall()
            if not rows:
                cursor = conn.execute(
                    f"INSERT INTO checkin ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",  # noqa: S608 - constant columns
                    values)
                return int(cursor.lastrowid)
            keep = int(rows[0][0])
            conn.execute(
                "UPDATE checkin SET day = ?, recorded_at = ?, mood = ?, energy = ?, sleep = ?,"
                " stressors = ?, note = ? WHERE id = ?", (*values, keep))
            # The schema has no UNIQUE(day); should a day ever hold more (an import, an old
            # bug), the replaced entry must not linger beside the new one.
            conn.execute("DELETE FROM checkin WHERE day = ? AND id != ?", (values[0], keep))
            return keep

    def today(self, day: date) -> CheckIn | None:
        """The check-in for `day`, or None (named for its use: loading today's entry)."""
        rows = self._select("WHERE day = ? ORDER BY id DESC LIMIT 1", (day.isoformat(),))
        return rows[0] if rows else None

    def recent(self, limit: int) -> list[CheckIn]:
        """The latest `limit` check-ins, newest day first."""
        if limit <= 0:
            return []
        return self._select("ORDER BY day DESC, id DESC LIMIT ?", (limit,))

    def between(self, start: date, end: date) -> list[CheckIn]:
        """Check-ins from `start` to `end` inclusive, oldest first."""
        return self._select("WHERE day BETWEEN ? AND ? ORDER BY day, id",
                            (start.isoformat(), end.isoformat()))

    def daily_trend(self, start: date, end: date) -> list[DayTrend]:
        """One point per day with a check-in, `start` to `end` inclusive, oldest first."""
        return [DayTrend(day, mood, energy, sleep)
                for day, mood, energy, sleep, _days in self._averaged(start, end, _same_day)]

    def weekly_averages(self, start: date, end: date) -> list[WeekAverage]:
        """Mean answers per Monday-to-Sunday week for days `start` to `end`, oldest first.

        A week cut by `start` or `end` averages only its days inside the range.
        """
        return [WeekAverage(*row) for row in self._averaged(start, end, _monday)]

    def _averaged(
        self, start: date, end: date, group: Callable[[date], date]
    ) -> list[tuple[date, float, float, float, int]]:
        """Mean answers of the check-ins in each `group` of days, and how many days it has.

        Averaged here, not with SQL's GROUP BY: with SQLCipher's memory security on, every
        small allocation an aggregate frees is wiped and unlocked, so ten years grouped in
        SQL took about 90 ms where reading the same rows takes about 2 ms.
        """
        rows = self._vault.query(
            "SELECT day, mood, energy, sleep FROM checkin WHERE day BETWEEN ? AND ? ORDER BY day",
            (start.isoformat(), end.isoformat()))
        sums: dict[date, list[int]] = {}  # mood, energy, sleep, check-ins, days
        last_day = ""
        for text, mood, energy, sleep in rows:
            key = group(date.fromisoformat(text))
            total = sums.setdefault(key, [0, 0, 0, 0, 0])
            total[0] += mood
            total[1] += energy
            total[2] += sleep
            total[3] += 1
            total[4] += text != last_day  # rows come in day order
            last_day = text
        return [(key, m / n, e / n, s / n, days) for key, (m, e, s, n, days) in sums.items()]

    def _select(self, tail: str, params: tuple[Any, ...]) -> list[CheckIn]:
        rows = self._vault.query(f"SELECT {_COLUMNS} FROM checkin {tail}", params)  # noqa: S608 - tails are constants in this module
        return [_from_row(row) for row in rows]


def _from_row(row: tuple[Any, ...]) -> CheckIn:
    """A vault row as a CheckIn; a row that breaks the rules raises ValueError."""
    day, recorded_at, mood, energy, sleep, stressors, note = row
    return CheckIn(date.fromisoformat(day), datetime.fromisoformat(recorded_at), mood, energy,
                   sleep, stressors_from_text(stressors), note)
