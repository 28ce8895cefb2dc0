"""Questionnaires are offered on a gentle rhythm: due, never nagging, configurable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.questionnaires.rhythm import DEFAULT_INTERVALS, Rhythm, due

NOW = datetime(2025, 3, 12, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def test_the_default_rhythm() -> None:
    assert DEFAULT_INTERVALS == {
        "phq9": 14 * DAY,
        "gad7": 14 * DAY,
        "who5": 7 * DAY,
        "burnout": 30 * DAY,
    }


def test_never_completed_is_due_in_a_stable_order() -> None:
    assert due(NOW, {}) == ["phq9", "gad7", "who5", "burnout"]


def test_due_exactly_at_the_interval_and_not_before() -> None:
    last = {
        "phq9": NOW - 14 * DAY,
        "gad7": NOW - 14 * DAY + timedelta(minutes=1),
        "who5": NOW - 6 * DAY,
        "burnout": NOW - 31 * DAY,
    }
    assert due(NOW, last) == ["burnout", "phq9"]  # most overdue first


def test_nothing_due_right_after_completing_everything() -> None:
    assert due(NOW, dict.fromkeys(DEFAULT_INTERVALS, NOW)) == []


def test_short_screens_are_never_scheduled() -> None:
    assert "phq2" not in due(NOW, {}) and "gad2" not in due(NOW, {})


def test_not_now_snoozes_and_limit_keeps_it_to_one_offer() -> None:
    rhythm = Rhythm()
    until = rhythm.snooze(NOW)
    assert until > NOW
    assert rhythm.due(NOW, {}, snoozed_until={"phq9": until}) == ["gad7", "who5", "burnout"]
    assert "phq9" in rhythm.due(until, {}, snoozed_until={"phq9": until})
    assert rhythm.due(NOW, {}, limit=1) == ["phq9"]
    assert rhythm.due(NOW, {}, limit=0) == []


def test_configurable_and_checked() -> None:
    weekly = Rhythm({"phq9": 7 * DAY})
    assert weekly.due(NOW, {"phq9": NOW - 7 * DAY}) == ["phq9"]
    assert weekly.due(NOW, {"phq9": NOW - 6 * DAY}) == []
    with pytest.raises(ValueError, match="once a day"):
        Rhythm({"who5": timedelta(hours=3)})
