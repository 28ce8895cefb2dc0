"""What the Home page's "Today" card says, read from the vault (on the worker; no Qt).

Today's check-in (if any), the questionnaires the rhythm would offer now, and the latest
questionnaire result. The result keeps its band label only as words to show; a result with
a risk answer is marked so the card shows where to talk to someone instead of any band.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from desktop.questionnaires.rhythm import Rhythm
from desktop.records.checkin_store import CheckInStore
from desktop.records.checkins import CheckIn
from desktop.records.results_store import ResultStore
from desktop.vault_queries import VaultQueries

MOST_DUE = 2  # a gentle offer: never a list of chores


@dataclass(frozen=True)
class LastResult:
    """The most recent questionnaire result, as the card may mention it."""

    instrument_id: str
    completed_at: datetime
    band: str
    risk: bool


@dataclass(frozen=True)
class Today:
    """Everything the Today card shows; `checkin` is None until the person checks in."""

    checkin: CheckIn | None
    due: tuple[str, ...]
    last_result: LastResult | None


def load_today(vault: VaultQueries, day: date, now: datetime) -> Today:
    """Read the Today card's facts for the local `day` at `now` (call on the worker)."""
    results = ResultStore(vault)
    last = results.last_completed_all()
    latest: LastResult | None = None
    if last:
        instrument_id = max(last, key=lambda key: (last[key], key))
        saved = results.history(instrument_id, start=last[instrument_id].date())
        if saved:
            found = saved[-1]
            latest = LastResult(found.instrument_id, found.completed_at, found.band, found.risk)
    due = Rhythm().due(now, last, limit=MOST_DUE)
    return Today(CheckInStore(vault).today(day), tuple(due), latest)


def today_now() -> tuple[date, datetime]:
    """The local day and the current UTC time, for `load_today`."""
    return date.today(), datetime.now(UTC)
