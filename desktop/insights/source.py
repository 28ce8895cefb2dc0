"""Reads what the insights need from the vault (on the worker thread only).

Only the answers and the drivers are read, never the notes, and nothing is written: the
figures are computed in memory on this device and shown, never stored or sent.
Questionnaire days are UTC calendar days, as `completed_at` is stored in UTC.
"""

from __future__ import annotations

from datetime import date, timedelta

from desktop.insights.logic import (
    LOOKBACK_DAYS,
    QUESTIONNAIRE_OUTCOMES,
    QUESTIONNAIRE_WINDOW_DAYS,
    DayRecord,
    InsightReport,
    ScoreRecord,
    find_insights,
)
from desktop.records.checkin_store import CheckInStore
from desktop.records.results_store import ResultStore
from desktop.vault_queries import VaultQueries


def load_insights(vault: VaultQueries, today: date) -> InsightReport:
    """The person's insights as of `today` (call on the worker: it queries the vault)."""
    start = today - timedelta(days=QUESTIONNAIRE_WINDOW_DAYS + LOOKBACK_DAYS)
    days = [
        DayRecord(c.day, c.mood, c.energy, c.sleep, c.stressors)
        for c in CheckInStore(vault).between(start, today)
    ]
    results = ResultStore(vault)
    scores = [
        ScoreRecord(outcome.value, saved.completed_at.date(), saved.score)
        for outcome in QUESTIONNAIRE_OUTCOMES
        for saved in results.history(outcome.value, start, today)
    ]
    return find_insights(days, scores, today)
