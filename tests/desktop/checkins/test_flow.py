"""The check-in form's state without Qt: completeness, editing, reset."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop.checkins.flow import CheckInFlow, IncompleteCheckInError
from desktop.records.checkins import ENERGY, MOOD, NOTE_MAX_CHARS, SLEEP, CheckIn, Stressor

DAY = date(2025, 3, 12)
NOW = datetime(2025, 3, 12, 20, 0, tzinfo=UTC)


def _answered() -> CheckInFlow:
    flow = CheckInFlow(DAY)
    flow.set_answer(MOOD, 4)
    flow.set_answer(ENERGY, 2)
    flow.set_answer(SLEEP, 3)
    return flow


def test_a_new_flow_is_blank_and_cannot_save() -> None:
    flow = CheckInFlow(DAY)
    assert flow.day == DAY
    assert flow.missing == (MOOD, ENERGY, SLEEP)
    assert not flow.can_save and not flow.editing and not flow.changed
    with pytest.raises(IncompleteCheckInError) as caught:
        flow.to_checkin(NOW)
    assert caught.value.missing == (MOOD, ENERGY, SLEEP)
    assert "mood unanswered" in str(caught.value)


def test_the_three_scales_are_enough_to_save() -> None:
    flow = _answered()
    assert flow.can_save and flow.changed
    assert flow.to_checkin(NOW) == CheckIn(DAY, NOW, 4, 2, 3)


def test_missing_lists_only_unanswered_scales_in_form_order() -> None:
    flow = CheckInFlow(DAY)
    flow.set_answer(ENERGY, 1)
    assert list(flow.missing) == [MOOD, SLEEP]  # a list: `==` on the tuple narrows its type
    flow.set_answer(ENERGY, None)
    assert flow.missing == (MOOD, ENERGY, SLEEP)


def test_an_out_of_range_answer_is_refused_and_not_kept() -> None:
    flow = CheckInFlow(DAY)
    with pytest.raises(ValueError, match="1 to 5"):
        flow.set_answer(MOOD, 6)
    assert flow.answer(MOOD) is None and not flow.changed


def test_stressors_and_note_go_into_the_checkin_with_the_note_trimmed() -> None:
    flow = _answered()
    flow.set_stressor(Stressor.WORKLOAD, True)
    flow.set_stressor(Stressor.HOME, True)
    flow.set_stressor(Stressor.HOME, False)
    flow.set_note("\n  a hard night  \n")
    checkin = flow.to_checkin(NOW)
    assert checkin.stressors == {Stressor.WORKLOAD}
    assert checkin.note == "a hard night"


def test_a_note_over_the_limit_blocks_saving_and_says_by_how_much() -> None:
    flow = _answered()
    flow.set_note("x" * (NOTE_MAX_CHARS + 3))
    assert flow.note_excess == 3 and not flow.can_save
    with pytest.raises(IncompleteCheckInError) as caught:
        flow.to_checkin(NOW)
    assert caught.value.missing == () and caught.value.note_excess == 3
    flow.set_note(" " + "x" * NOTE_MAX_CHARS + " ")  # surrounding blanks are not counted
    assert flow.can_save


def test_loading_an_entry_fills_the_form_for_editing() -> None:
    saved = CheckIn(DAY, NOW, 1, 2, 5, frozenset({Stressor.STAFFING}), "earlier")
    flow = CheckInFlow(DAY)
    flow.load(saved)
    assert flow.editing and not flow.changed and flow.can_save
    assert (flow.answer(MOOD), flow.answer(ENERGY), flow.answer(SLEEP)) == (1, 2, 5)
    assert flow.stressors == {Stressor.STAFFING} and flow.note == "earlier"
    flow.set_answer(MOOD, 3)
    later = datetime(2025, 3, 12, 22, 0, tzinfo=UTC)
    assert flow.to_checkin(later) == CheckIn(DAY, later, 3, 2, 5, saved.stressors, "earlier")


def test_setting_the_same_value_again_is_not_a_change() -> None:
    flow = CheckInFlow(DAY)
    flow.load(CheckIn(DAY, NOW, 1, 2, 5, frozenset({Stressor.OTHER}), "n"))
    flow.set_answer(MOOD, 1)
    flow.set_stressor(Stressor.OTHER, True)
    flow.set_stressor(Stressor.HOME, False)
    flow.set_note("n")
    assert not flow.changed


def test_saved_switches_to_editing_and_keeps_later_changes() -> None:
    flow = _answered()
    checkin = flow.to_checkin(NOW)
    flow.set_note("typed while the save ran")
    flow.saved(checkin)
    assert flow.editing and flow.changed
    flow.set_note("")
    flow.saved(flow.to_checkin(NOW))
    assert not flow.changed


def test_reset_starts_a_blank_checkin_for_another_day() -> None:
    flow = _answered()
    flow.set_note("private")
    flow.saved(flow.to_checkin(NOW))
    flow.reset(date(2025, 3, 13))
    assert flow.day == date(2025, 3, 13)
    assert flow.missing == (MOOD, ENERGY, SLEEP)
    assert flow.note == "" and flow.stressors == frozenset()
    assert not flow.editing and not flow.changed
