"""Which kinds of day go with lower mood and energy, and with the questionnaires that follow.

Pure functions over plain data (no Qt, no vault): `find_insights` takes the person's
check-ins and questionnaire scores and returns every comparison it made, with the ones
whose simultaneous interval excludes zero marked clear. The statistics live in `stats`.

The enough-data rule (stated on the page too): a driver is compared with mood and energy
only when, over the last `WINDOW_DAYS` days, at least `MIN_DAYS_EACH` check-in days had it
and at least `MIN_DAYS_EACH` did not. A questionnaire result counts for a driver when at
least `MIN_CHECKINS_BEFORE` check-ins fall in the `LOOKBACK_DAYS` days up to it; it is
"after a fortnight with the driver" when the driver was marked on at least half of those
check-ins; the comparison needs `MIN_RESULTS_EACH` results of each kind within the last
`QUESTIONNAIRE_WINDOW_DAYS` days. The rule looks only at how often a driver was marked,
never at the outcomes, so it cannot pick the comparisons that happen to look striking.

Every comparison is a difference between two kinds of day, never a cause: a driver and a
low mood may both follow a third thing (a run of night shifts). Comparisons are made one
driver at a time, not adjusted for the others, which is what "on days you marked X" says.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from typing import Final

from desktop.insights.stats import Comparison, compare
from desktop.records.checkins import LOW_ANSWER, LOW_RUN_DAYS, Stressor

WINDOW_DAYS: Final = 90
MIN_DAYS_EACH: Final = 10
QUESTIONNAIRE_WINDOW_DAYS: Final = 365
LOOKBACK_DAYS: Final = 14
MIN_CHECKINS_BEFORE: Final = 4
MIN_RESULTS_EACH: Final = 6
FAMILY_ERROR: Final = 0.05  # the chance of showing any difference when there is none
STREAK_RECENT_DAYS: Final = 14


class Factor(Enum):
    """Something a day can have: one of the check-in's stress drivers, or a poor night."""

    WORKLOAD = Stressor.WORKLOAD.value
    DOCUMENTATION = Stressor.DOCUMENTATION.value
    STAFFING = Stressor.STAFFING.value
    MORAL_DISTRESS = Stressor.MORAL_DISTRESS.value
    VIOLENCE = Stressor.VIOLENCE.value
    HOME = Stressor.HOME.value
    POOR_SLEEP = "poor_sleep"

    def marks(self, day: DayRecord) -> bool:
        """Whether `day` has this factor."""
        if self is Factor.POOR_SLEEP:
            return day.sleep <= LOW_ANSWER
        return Stressor(self.value) in day.stressors


class Outcome(Enum):
    """What a factor is compared on; the value is the check-in field or instrument id."""

    MOOD = "mood"
    ENERGY = "energy"
    PHQ9 = "phq9"
    GAD7 = "gad7"
    WHO5 = "who5"
    BURNOUT = "burnout"

    @property
    def daily(self) -> bool:
        return self in (Outcome.MOOD, Outcome.ENERGY)

    @property
    def higher_is_better(self) -> bool:
        return self in (Outcome.MOOD, Outcome.ENERGY, Outcome.WHO5)


DAILY_OUTCOMES: Final = (Outcome.MOOD, Outcome.ENERGY)
QUESTIONNAIRE_OUTCOMES: Final = (Outcome.PHQ9, Outcome.GAD7, Outcome.WHO5, Outcome.BURNOUT)


@dataclass(frozen=True)
class DayRecord:
    """One day's check-in, as the insights need it (no note)."""

    day: date
    mood: int
    energy: int
    sleep: int
    stressors: frozenset[Stressor] = frozenset()


@dataclass(frozen=True)
class ScoreRecord:
    """One questionnaire result: the instrument, the day it was completed and its score."""

    instrument_id: str
    day: date
    score: float


@dataclass(frozen=True)
class Finding:
    """One comparison that had enough data: `factor` against `outcome`."""

    factor: Factor
    outcome: Outcome
    comparison: Comparison

    @property
    def clear(self) -> bool:
        """Whether the simultaneous interval excludes zero (a difference worth saying)."""
        return self.comparison.excludes_zero


@dataclass(frozen=True)
class InsightReport:
    """Everything the page shows.

    Attributes:
        findings: every comparison made, in a stable order (outcome, then factor).
        days: check-in days within the last `WINDOW_DAYS` days.
        low_mood_streak: `LOW_RUN_DAYS` days in a row with low mood in the last
            `STREAK_RECENT_DAYS` days (the page then offers the safety plan gently).
    """

    findings: tuple[Finding, ...]
    days: int
    low_mood_streak: bool

    @property
    def enough_data(self) -> bool:
        return bool(self.findings)

    @property
    def clear_findings(self) -> tuple[Finding, ...]:
        """The clear ones, largest difference first within each outcome."""
        clear = [f for f in self.findings if f.clear]
        order = list(Outcome)
        clear.sort(key=lambda f: (order.index(f.outcome), -abs(f.comparison.estimate)))
        return tuple(clear)


@dataclass(frozen=True)
class _Planned:
    factor: Factor
    outcome: Outcome
    values: tuple[float, ...]
    exposed: tuple[bool, ...]


def _daily_plans(days: Sequence[DayRecord]) -> list[_Planned]:
    plans = []
    for factor in Factor:
        exposed = tuple(factor.marks(d) for d in days)
        with_count = sum(exposed)
        if with_count < MIN_DAYS_EACH or len(exposed) - with_count < MIN_DAYS_EACH:
            continue
        for outcome in DAILY_OUTCOMES:
            values = tuple(float(getattr(d, outcome.value)) for d in days)
            plans.append(_Planned(factor, outcome, values, exposed))
    return plans


def _questionnaire_plans(
    days: Sequence[DayRecord], scores: Sequence[ScoreRecord], today: date
) -> list[_Planned]:
    first = today - timedelta(days=QUESTIONNAIRE_WINDOW_DAYS - 1)
    by_day = {d.day: d for d in days}
    plans = []
    for outcome in QUESTIONNAIRE_OUTCOMES:
        results = sorted(
            (s for s in scores if s.instrument_id == outcome.value and first <= s.day <= today),
            key=lambda s: s.day,
        )
        before = [
            [by_day[s.day - timedelta(days=k)] for k in range(LOOKBACK_DAYS)
             if s.day - timedelta(days=k) in by_day]
            for s in results
        ]
        for factor in Factor:
            values, exposed = [], []
            for result, window in zip(results, before, strict=True):
                if len(window) < MIN_CHECKINS_BEFORE:
                    continue
                values.append(result.score)
                exposed.append(2 * sum(factor.marks(d) for d in window) >= len(window))
            with_count = sum(exposed)
            if with_count < MIN_RESULTS_EACH or len(exposed) - with_count < MIN_RESULTS_EACH:
                continue
            plans.append(_Planned(factor, outcome, tuple(values), tuple(exposed)))
    return plans


def low_mood_streak(days: Sequence[DayRecord], today: date) -> bool:
    """Whether `LOW_RUN_DAYS` calendar days in a row had low mood in the recent days."""
    first = today - timedelta(days=STREAK_RECENT_DAYS - 1)
    low = {d.day for d in days if first <= d.day <= today and d.mood <= LOW_ANSWER}
    return any(
        all(day - timedelta(days=k) in low for k in range(LOW_RUN_DAYS)) for day in low
    )


def find_insights(
    days: Sequence[DayRecord], scores: Sequence[ScoreRecord], today: date
) -> InsightReport:
    """Every comparison the enough-data rule allows, with family-wise simultaneous intervals.

    Args:
        days: check-ins, one per day (any order; days after `today` are ignored).
        scores: questionnaire results (any order).
        today: the person's local date; the windows end on it.
    """
    ordered = sorted((d for d in days if d.day <= today), key=lambda d: d.day)
    recent_start = today - timedelta(days=WINDOW_DAYS - 1)
    recent = [d for d in ordered if d.day >= recent_start]
    plans = _daily_plans(recent) + _questionnaire_plans(ordered, scores, today)
    findings = []
    if plans:
        # Bonferroni: each interval at 1 - alpha/m makes all m hold together with 1 - alpha.
        level = 1.0 - FAMILY_ERROR / len(plans)
        for plan in plans:
            comparison = compare(plan.values, plan.exposed, level)
            if comparison is not None:
                findings.append(Finding(plan.factor, plan.outcome, comparison))
    return InsightReport(tuple(findings), len(recent), low_mood_streak(ordered, today))
