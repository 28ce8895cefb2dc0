"""Questionnaire results and crisis events in the vault.

Answers are stored as JSON beside the score and band, so a result can be re-read,
exported for the person's clinician, or re-scored should a file's bands be corrected: a
list of the scored answers, item 1 first, or, when the person answered the unscored
functional item, {"items": [...], "functional": n}. Keeping it in the answers column
needs no schema change, and rows without it stay plain lists as before. A
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

from desktop.records.instruments import Instrument
from desktop.records.scoring import Result, check_answers
from desktop.vault_queries import VaultQueries

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
    functional: int | None = None


def encode_answers(answers: Sequence[int], functional: int | None) -> str:
    """The answers column: a plain list, or an object when the functional item was answered."""
    if functional is None:
        return json.dumps(list(answers))
    return json.dumps({"items": list(answers), "functional": functional})


def decode_answers(text: str) -> tuple[tuple[int, ...], int | None]:
    """(scored answers, functional answer or None) from the answers column.

    Raises:
        ValueError: the column holds neither form.
    """
    data = json.loads(text)
    if isinstance(data, list):
        return tuple(int(a) for a in data), None
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        functional = data.get("functional")
        return (
            tuple(int(a) for a in data["items"]),
            None if functional is None else int(functional),
        )
    raise ValueError("the stored answers are in an unknown form")


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
        self,
        instrument: Instrument,
        result: Result,
        answers: Sequence[int],
        completed_at: datetime,
        functional: int | None = None,
    ) -> int:
        """Store one completed questionnaire; returns its row id.

        Args:
            functional: the answer to the unscored functional item, if given (never scored).

        Raises:
            ValueError: the answers do not fit the instrument, `functional` is not one of
                its functional item's options, or `completed_at` is naive.
        """
        checked = check_answers(instrument, answers)
        if functional is not None:
            if instrument.functional_item is None:
                raise ValueError(f"{instrument.title} has no functional item")
            instrument.functional_item.option(functional)
        at = _utc(completed_at)
        with self._vault.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO questionnaire_response (instrument, instrument_version,"
                " completed_at, answers, score, band, risk) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    instrument.id,
                    instrument.version,
                    at.isoformat(),
                    encode_answers(checked, functional),
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
        saved = []
        for i, inst, at, s, band, risk, answers in rows:
            items, functional = decode_answers(answers)
            saved.append(
                SavedResult(
                    int(i),
                    inst,
                    datetime.fromisoformat(at),
                    float(s),
                    band,
                    bool(risk),
                    items,
                    functional,
                )
            )
        return saved

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
