"""Check-ins in the vault: one entry per day, and the trend queries the charts use.

One per day: saving a check-in for a day that already has one replaces that day's entry
in place (same row id, new answers and `recorded_at`). A clinician who re-does today's
check-in after a hard evening means "this is how today went", not a second data point,
and the trends stay one point per day.

Every method runs vault queries, so in the app it is called on the worker thread only.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Final, NamedTuple

from desktop.records.checkins import CheckIn, stressors_from_text, stressors_to_text
from desktop.vault_queries import VaultQueries

_COLUMNS: Final = "day, recorded_at, mood, energy, sleep, stressors, note"

# The Monday that starts `day`'s week: strftime('%w') is 0 for Sunday … 6 for Saturday.
# Grouping by this date (not by strftime('%Y-%W')) keeps a week that spans New Year whole.
_WEEK_START: Final = "date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) || ' days')"


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
        rows = self._vault.query(
            "SELECT day, AVG(mood), AVG(energy), AVG(sleep) FROM checkin"
            " WHERE day BETWEEN ? AND ? GROUP BY day ORDER BY day",
            (start.isoformat(), end.isoformat()))
        return [DayTrend(date.fromisoformat(d), float(m), float(e), float(s))
                for d, m, e, s in rows]

    def weekly_averages(self, start: date, end: date) -> list[WeekAverage]:
        """Mean answers per Monday-to-Sunday week for days `start` to `end`, oldest first.

        A week cut by `start` or `end` averages only its days inside the range.
        """
        rows = self._vault.query(
            f"SELECT {_WEEK_START} AS week, AVG(mood), AVG(energy), AVG(sleep),"  # noqa: S608 - constant SQL
            " COUNT(DISTINCT day) FROM checkin WHERE day BETWEEN ? AND ?"
            " GROUP BY week ORDER BY week",
            (start.isoformat(), end.isoformat()))
        return [WeekAverage(date.fromisoformat(w), float(m), float(e), float(s), int(n))
                for w, m, e, s, n in rows]

    def _select(self, tail: str, params: tuple[Any, ...]) -> list[CheckIn]:
        rows = self._vault.query(f"SELECT {_COLUMNS} FROM checkin {tail}", params)  # noqa: S608 - tails are constants in this module
        return [_from_row(row) for row in rows]


def _from_row(row: tuple[Any, ...]) -> CheckIn:
    """A vault row as a CheckIn; a row that breaks the rules raises ValueError."""
    day, recorded_at, mood, energy, sleep, stressors, note = row
    return CheckIn(date.fromisoformat(day), datetime.fromisoformat(recorded_at), mood, energy,
                   sleep, stressors_from_text(stressors), note)
