"""Questionnaire results and crisis events in the vault.

Answers are stored as a JSON list beside the score and band, so a result can be re-read,
exported for the person's clinician, or re-scored should a file's bands be corrected. A
crisis event records only that crisis resources were shown, when, and from where; it lives
only inside the encrypted vault and is never logged.

Every method runs vault queries, so in the app it is called on the worker thread only.
Dates in `history` are UTC calendar dates, as `completed_at` is stored in UTC.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from desktop.checkins.instruments import Instrument
from desktop.checkins.scoring import Result, check_answers
from desktop.checkins.store import VaultQueries

_COLUMNS = "id, instrument, completed_at, score, band, risk, answers"


@dataclass(frozen=True)
class SavedResult:
    """One stored questionnaire response."""

    id: int
    instrument_id: str
    completed_at: datetime
    score: float
    band: str
    risk: bool
    answers: tuple[int, ...] = ()


def _utc(when: datetime) -> datetime:
    if when.utcoffset() is None:
        raise ValueError("the time must carry a timezone (UTC is stored)")
    return when.astimezone(UTC)


class ResultStore:
    """Reads and writes questionnaire results in an unlocked vault.

    Args:
        vault: an unlocked `crypto.vault.Vault` (used from the worker thread only).
    """

    def __init__(self, vault: VaultQueries) -> None:
        self._vault = vault

    def save(
        self, instrument: Instrument, result: Result, answers: Sequence[int], completed_at: datetime
    ) -> int:
        """Store one completed questionnaire; returns its row id.

        Raises:
            ValueError: the answers do not fit the instrument, or `completed_at` is naive.
        """
        checked = check_answers(instrument, answers)
        at = _utc(completed_at)
        with self._vault.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO questionnaire_response (instrument, instrument_version,"
                " completed_at, answers, score, band, risk) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    instrument.id,
                    instrument.version,
                    at.isoformat(),
                    json.dumps(list(checked)),
                    result.score,
                    result.band.label,
                    int(result.risk),
                ),
            )
            return int(cursor.lastrowid)

    def history(
        self, instrument_id: str, start: date | None = None, end: date | None = None
    ) -> list[SavedResult]:
        """Results for one instrument, oldest first, from `start` to `end` inclusive (UTC days)."""
        sql = f"SELECT {_COLUMNS} FROM questionnaire_response WHERE instrument = ?"  # noqa: S608 - constant columns
        params: list[object] = [instrument_id]
        if start is not None:
            sql += " AND completed_at >= ?"
            params.append(start.isoformat())
        if end is not None:
            # ISO timestamps sort as text; everything before the next day's midnight is in.
            sql += " AND completed_at < ?"
            params.append((end + timedelta(days=1)).isoformat())
        rows = self._vault.query(sql + " ORDER BY completed_at, id", tuple(params))
        return [
            SavedResult(
                int(i),
                inst,
                datetime.fromisoformat(at),
                float(s),
                band,
                bool(risk),
                tuple(int(a) for a in json.loads(answers)),
            )
            for i, inst, at, s, band, risk, answers in rows
        ]

    def last_completed(self, instrument_id: str) -> datetime | None:
        """When `instrument_id` was last completed, or None if never."""
        rows = self._vault.query(
            "SELECT MAX(completed_at) FROM questionnaire_response WHERE instrument = ?",
            (instrument_id,),
        )
        return datetime.fromisoformat(rows[0][0]) if rows and rows[0][0] else None

    def last_completed_all(self) -> dict[str, datetime]:
        """The latest completion of every instrument ever completed (for `rhythm.due`)."""
        rows = self._vault.query(
            "SELECT instrument, MAX(completed_at) FROM questionnaire_response GROUP BY instrument"
        )
        return {inst: datetime.fromisoformat(at) for inst, at in rows}

    def record_crisis_event(self, source: str, when: datetime) -> int:
        """Note, inside the vault only, that crisis resources were shown; returns the row id.

        Args:
            source: where it was triggered, e.g. "phq9:item9" (never personal text).
            when: timezone-aware time.
        """
        if not source.strip():
            raise ValueError("a crisis event needs its source")
        with self._vault.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO crisis_event (occurred_at, source) VALUES (?, ?)",
                (_utc(when).isoformat(), source),
            )
            return int(cursor.lastrowid)
