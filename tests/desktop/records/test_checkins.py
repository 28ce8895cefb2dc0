"""The check-in's rules: scales, stressor codes, the note limit, timestamps."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.records.checkins import (
    ENERGY,
    MOOD,
    NOTE_MAX_CHARS,
    SCALES,
    SLEEP,
    CheckIn,
    Stressor,
    stressors_from_text,
    stressors_to_text,
)

DAY = date(2025, 3, 12)
AT = datetime(2025, 3, 12, 18, 30, tzinfo=UTC)


def _checkin(**changes: Any) -> CheckIn:
    fields: dict[str, Any] = {"day": DAY, "recorded_at": AT, "mood": 3, "energy": 3, "sleep": 3}
    fields.update(changes)
    return CheckIn(**fields)


def test_stressor_codes_and_labels_are_the_issue_s_list() -> None:
    assert [(s.value, s.label) for s in Stressor] == [
        ("workload", "Workload"),
        ("documentation", "Documentation / EHR"),
        ("staffing", "Staffing"),
        ("moral_distress", "Moral distress"),
        ("violence", "Violence or harassment"),
        ("home", "Home and caregiving"),
        ("other", "Other"),
    ]


def test_each_scale_has_five_distinct_labels_with_the_agreed_ends() -> None:
    for scale in SCALES:
        assert len(set(scale.labels)) == 5
    assert (MOOD.label(1), MOOD.label(5)) == ("Very low", "Very good")
    assert (ENERGY.label(1), ENERGY.label(5)) == ("Exhausted", "Full of energy")
    assert (SLEEP.label(1), SLEEP.label(5)) == ("Very poor", "Very good")


@pytest.mark.parametrize("value", [0, 6, -1, 100])
def test_scale_label_refuses_values_outside_1_to_5(value: int) -> None:
    with pytest.raises(ValueError, match="Mood must be from 1 to 5"):
        MOOD.label(value)


@pytest.mark.parametrize("field", ["mood", "energy", "sleep"])
@pytest.mark.parametrize("value", [0, 6, True, 2.5, "3", None])
def test_out_of_range_or_non_integer_answers_are_refused(field: str, value: object) -> None:
    with pytest.raises(ValueError, match=field):
        _checkin(**{field: value})


def test_a_valid_checkin_keeps_its_values() -> None:
    checkin = _checkin(mood=1, energy=5, sleep=2, stressors=frozenset({Stressor.HOME}),
                       note="quiet day")
    assert (checkin.mood, checkin.energy, checkin.sleep) == (1, 5, 2)
    assert checkin.value(ENERGY) == 5
    assert checkin.stressor_labels() == ["Home and caregiving"]


def test_note_limit_is_inclusive() -> None:
    assert len(_checkin(note="x" * NOTE_MAX_CHARS).note) == NOTE_MAX_CHARS
    with pytest.raises(ValueError, match=f"the most is {NOTE_MAX_CHARS}"):
        _checkin(note="x" * (NOTE_MAX_CHARS + 1))


def test_recorded_at_must_be_aware_and_is_normalised_to_utc() -> None:
    with pytest.raises(ValueError, match="timezone"):
        _checkin(recorded_at=datetime(2025, 3, 12, 18, 30))
    local = datetime(2025, 3, 12, 13, 30, tzinfo=timezone(timedelta(hours=-5)))
    checkin = _checkin(recorded_at=local)
    assert checkin.recorded_at.tzinfo is UTC
    assert checkin.recorded_at == AT and checkin == _checkin()


def test_day_must_be_a_date_not_a_datetime() -> None:
    with pytest.raises(ValueError, match="day must be a date"):
        _checkin(day=AT)


def test_stressors_must_be_stressor_members() -> None:
    with pytest.raises(ValueError, match="frozenset of Stressor"):
        _checkin(stressors=frozenset({"workload"}))
    with pytest.raises(ValueError, match="frozenset of Stressor"):
        _checkin(stressors={Stressor.WORKLOAD})


def test_unknown_stressor_code_names_the_code_and_the_known_ones() -> None:
    with pytest.raises(ValueError, match=r"unknown stressor code 'weather'.*workload"):
        stressors_from_text("workload,weather")


def test_stressor_text_is_in_form_order_and_blank_for_none() -> None:
    assert stressors_to_text({Stressor.OTHER, Stressor.WORKLOAD}) == "workload,other"
    assert stressors_to_text(()) == ""
    assert stressors_from_text("") == frozenset()
    assert stressors_from_text(" staffing , ,home") == {Stressor.STAFFING, Stressor.HOME}


@given(st.frozensets(st.sampled_from(Stressor)))
def test_stressor_text_round_trips(stressors: frozenset[Stressor]) -> None:
    assert stressors_from_text(stressors_to_text(stressors)) == stressors


@given(st.text(alphabet=st.characters(blacklist_characters=","), min_size=1).filter(
    lambda code: code.strip() and code.strip() not in {s.value for s in Stressor}))
def test_any_other_code_is_refused(code: str) -> None:
    with pytest.raises(ValueError, match="unknown stressor code"):
        stressors_from_text(code)


@given(mood=st.integers(), energy=st.integers(), sleep=st.integers(),
       note=st.text(max_size=NOTE_MAX_CHARS + 5))
def test_construction_succeeds_exactly_when_every_rule_holds(
    mood: int, energy: int, sleep: int, note: str
) -> None:
    valid = all(1 <= v <= 5 for v in (mood, energy, sleep)) and len(note) <= NOTE_MAX_CHARS
    if valid:
        assert _checkin(mood=mood, energy=energy, sleep=sleep, note=note).note == note
    else:
        with pytest.raises(ValueError):
            _checkin(mood=mood, energy=energy, sleep=sleep, note=note)
