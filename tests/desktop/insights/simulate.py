"""Synthetic people whose true effects are known, for the insights' simulation tests.

Mood and energy carry over from day to day (AR(1) noise) and drivers come in runs (a
driver, once present, stays with probability `stay`), as real check-ins do; the true
difference between days with and without a driver is exactly `effect`.
"""

from __future__ import annotations

import math
import random
from datetime import date, timedelta

from desktop.insights.logic import DayRecord
from desktop.records.checkins import Stressor


def series(
    rng: random.Random, days: int, *, effect: float = 0.0, rho: float = 0.4,
    stay: float = 0.7, share: float = 0.35, noise: float = 0.8,
) -> tuple[list[float], list[bool]]:
    """(outcome, exposed) for `days` days: outcome = 3 + effect * exposed + AR(1) noise."""
    carried = rng.gauss(0.0, noise)
    exposed_now = rng.random() < share
    values, exposed = [], []
    for _ in range(days):
        carried = rho * carried + rng.gauss(0.0, noise * math.sqrt(1 - rho * rho))
        if rng.random() > stay:
            exposed_now = rng.random() < share
        values.append(3.0 + effect * exposed_now + carried)
        exposed.append(exposed_now)
    return values, exposed


def _scale(value: float) -> int:
    return max(1, min(5, round(value)))


def person(
    rng: random.Random, today: date, days: int = 90, *, staffing_effect: float = 0.0,
    skip: float = 0.15,
) -> list[DayRecord]:
    """A person's check-ins: every driver in runs, mood and energy on the 1-5 scale.

    Only staffing moves mood (by `staffing_effect`); with 0 nothing goes with anything.
    """
    drivers = [s for s in Stressor if s is not Stressor.OTHER]
    runs = {s: series(rng, days, share=0.3)[1] for s in drivers}
    staffing = runs[Stressor.STAFFING]
    mood = series(rng, days)[0]
    energy = series(rng, days)[0]
    sleep = series(rng, days, rho=0.2)[0]
    records = []
    for index in range(days):
        if rng.random() < skip:
            continue
        day = today - timedelta(days=days - 1 - index)
        marked = frozenset(s for s in drivers if runs[s][index])
        records.append(DayRecord(
            day,
            _scale(mood[index] + staffing_effect * staffing[index]),
            _scale(energy[index]),
            _scale(sleep[index]),
            marked,
        ))
    return records
