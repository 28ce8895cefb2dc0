"""The insights' rules: enough data, family-wise error, detection of a known effect, the
questionnaire windows and the low-mood streak."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from desktop.insights import logic
from desktop.insights.logic import (
    FAMILY_ERROR,
    MIN_DAYS_EACH,
    DayRecord,
    Factor,
    Outcome,
    ScoreRecord,
    find_insights,
    low_mood_streak,
)
from desktop.records.checkins import Stressor
from tests.desktop.insights.simulate import person

TODAY = date(2026, 12, 4)


def _days(marked: int, unmarked: int, *, start_back: int = 0) -> list[DayRecord]:
    """`marked` staffing days then `unmarked` plain days, ending `start_back` days ago."""
    total = marked + unmarked
    records = []
    for index in range(total):
        day = TODAY - timedelta(days=start_back + total - 1 - index)
        staffing = index < marked
        mood = 2 + index % 2 if staffing else 4 - index % 2
        records.append(DayRecord(day, mood, 3 + index % 2, 3,
                                 frozenset({Stressor.STAFFING}) if staffing else frozenset()))
    return records


def _staffing(report: logic.InsightReport) -> list[logic.Finding]:
    return [f for f in report.findings if f.factor is Factor.STAFFING]


def test_enough_data_rule_needs_min_days_with_and_without() -> None:
    just = find_insights(_days(MIN_DAYS_EACH, MIN_DAYS_EACH), [], TODAY)
    assert {f.outcome for f in _staffing(just)} == {Outcome.MOOD, Outcome.ENERGY}
    assert just.enough_data
    too_few_with = find_insights(_days(MIN_DAYS_EACH - 1, 40), [], TODAY)
    too_few_without = find_insights(_days(40, MIN_DAYS_EACH - 1), [], TODAY)
    assert not _staffing(too_few_with) and not _staffing(too_few_without)
    assert not too_few_with.enough_data


def test_only_the_last_90_days_count() -> None:
    old = _days(MIN_DAYS_EACH, MIN_DAYS_EACH, start_back=logic.WINDOW_DAYS)
    report = find_insights(old, [], TODAY)
    assert not report.enough_data
    assert report.days == 0


def test_bonferroni_level_over_every_comparison() -> None:
    report = find_insights(person(random.Random(5), TODAY), [], TODAY)
    count = len(report.findings)
    assert count >= 4
    for finding in report.findings:
        assert finding.comparison.level == pytest.approx(1 - FAMILY_ERROR / count)


def test_no_insight_when_there_is_none() -> None:
    """1,000 people with nothing going with anything: the share shown any difference stays
    near the stated family-wise rate of 5% (1.5 binomial SDs of room: a 1,500-person run
    measured 4.4%, see desktop.insights.stats)."""
    rng = random.Random(404)
    people = 1000
    shown = sum(
        bool(find_insights(person(rng, TODAY), [], TODAY).clear_findings) for _ in range(people)
    )
    assert shown / people <= FAMILY_ERROR + 0.01


def test_a_large_difference_is_often_found_and_little_else() -> None:
    """Staffing lowers mood by 1.5 points before rounding to the 1-5 scale: Bonferroni over
    14 comparisons on 90 autocorrelated days costs power, so it is found for about half of
    the people, and nothing else moves, so other clear findings stay rare."""
    rng = random.Random(11)
    found = other = 0
    for _ in range(40):
        report = find_insights(person(rng, TODAY, staffing_effect=-1.5), [], TODAY)
        for finding in report.clear_findings:
            if finding.factor is Factor.STAFFING and finding.outcome is Outcome.MOOD:
                found += 1
                assert finding.comparison.estimate < 0
            else:
                other += 1
    assert found >= 15
    assert other <= 4


def _fortnights(heavy: list[bool]) -> tuple[list[DayRecord], list[ScoreRecord]]:
    """Check-ins every day; a PHQ-9 at the end of each fortnight, 5 points higher after
    a fortnight with staffing marked on most days."""
    days, scores = [], []
    count = len(heavy)
    for index, is_heavy in enumerate(heavy):
        end = TODAY - timedelta(days=14 * (count - 1 - index))
        for back in range(14):
            day = end - timedelta(days=back)
            marked = is_heavy and back % 4 != 0
            days.append(DayRecord(day, 3, 3, 3,
                                  frozenset({Stressor.STAFFING}) if marked else frozenset()))
        scores.append(ScoreRecord("phq9", end, 12.0 + index % 2 if is_heavy else 7.0 - index % 2))
    return days, scores


def test_questionnaires_compare_the_fortnight_before() -> None:
    heavy = [i % 3 == 0 or i % 5 == 0 for i in range(24)]
    days, scores = _fortnights(heavy)
    report = find_insights(days, scores, TODAY)
    phq = [f for f in report.findings if f.outcome is Outcome.PHQ9]
    assert [f.factor for f in phq] == [Factor.STAFFING]
    comparison = phq[0].comparison
    assert comparison.n_with == sum(heavy)
    assert comparison.estimate == pytest.approx(5.0, abs=1.0)
    assert phq[0].clear


def test_questionnaires_need_enough_results_each_way() -> None:
    days, scores = _fortnights([True] * 5 + [False] * 19)
    report = find_insights(days, scores, TODAY)
    assert not [f for f in report.findings if f.outcome is Outcome.PHQ9]


def test_low_mood_streak_needs_three_days_in_a_row_lately() -> None:
    def record(back: int, mood: int) -> DayRecord:
        return DayRecord(TODAY - timedelta(days=back), mood, 3, 3)

    assert low_mood_streak([record(2, 2), record(1, 1), record(0, 2)], TODAY)
    assert not low_mood_streak([record(3, 2), record(1, 1), record(0, 2)], TODAY)  # a gap
    assert not low_mood_streak([record(20, 1), record(19, 1), record(18, 1)], TODAY)
    assert not low_mood_streak([record(2, 3), record(1, 3), record(0, 3)], TODAY)
