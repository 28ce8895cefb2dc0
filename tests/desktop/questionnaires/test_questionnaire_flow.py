"""The questionnaire flow without Qt: risk goes to CRISIS before any result; no risk goes on."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.questionnaires.questionnaire_flow import Layout, QuestionnaireFlow, Stage
from desktop.records.instruments import load_all
from desktop.records.scoring import Result

INSTRUMENTS = load_all()
NOW = datetime(2025, 3, 12, 18, 0, tzinfo=UTC)


def stage_of(flow: QuestionnaireFlow) -> Stage:
    """Read the stage afresh (mypy would keep the narrowing from an earlier assert)."""
    return flow.stage


def result_of(flow: QuestionnaireFlow) -> Result | None:
    return flow.result


def is_last(flow: QuestionnaireFlow) -> bool:
    return flow.is_last


def answered(answers: list[int], key: str = "phq9") -> QuestionnaireFlow:
    flow = QuestionnaireFlow(INSTRUMENTS[key])
    for value in answers:
        flow.choose(value)
        flow.next()
    return flow


def test_risk_goes_to_crisis_first_and_the_result_comes_after() -> None:
    flow = answered([0, 0, 0, 0, 0, 0, 0, 0, 1])
    assert flow.can_submit
    assert flow.submit(NOW) is Stage.CRISIS
    assert flow.stage is Stage.CRISIS
    assert flow.result is None, "no score may be shown during the crisis step"
    result, answers, at = flow.submission  # stored meanwhile, shown later
    assert result.risk_items == (9,) and answers == (0,) * 8 + (1,) and at == NOW
    flow.crisis_seen()
    assert stage_of(flow) is Stage.RESULT
    shown = result_of(flow)
    assert shown is not None and shown.score == 1


def test_no_risk_goes_straight_to_the_result() -> None:
    flow = answered([2, 2, 1, 1, 1, 1, 1, 1, 0])
    assert flow.submit(NOW) is Stage.RESULT
    assert flow.result is not None and flow.result.band.label == "Moderate"
    with pytest.raises(RuntimeError):
        flow.crisis_seen()


def test_cannot_submit_until_every_item_is_answered() -> None:
    flow = QuestionnaireFlow(INSTRUMENTS["gad2"])
    assert not flow.can_submit and flow.unanswered == (0, 1)
    assert not flow.next(), "an unanswered item does not move on"
    flow.choose(2)
    assert flow.next() and flow.index == 1 and flow.is_last
    assert not flow.can_submit
    with pytest.raises(ValueError, match="items not answered yet: 2"):
        flow.submit(NOW)
    flow.choose(1)
    assert not flow.next(), "no item after the last"
    assert flow.can_submit


def test_back_and_go_to_keep_answers() -> None:
    flow = answered([3, 2, 1], "gad7")
    assert flow.index == 3
    assert flow.back() and flow.index == 2 and flow.answer(2) == 1
    flow.go_to(0)
    assert not flow.back() and flow.answer(0) == 3
    with pytest.raises(IndexError):
        flow.go_to(7)


def test_full_list_layout_answers_any_item() -> None:
    flow = QuestionnaireFlow(INSTRUMENTS["who5"], Layout.FULL_LIST)
    for index, value in enumerate([5, 4, 3, 2, 1]):
        flow.choose(value, index)
    assert flow.submit(NOW) is Stage.RESULT
    assert flow.result is not None and flow.result.percentage == 60.0


def test_bad_values_and_changes_after_submit_are_refused() -> None:
    flow = QuestionnaireFlow(INSTRUMENTS["burnout"])
    with pytest.raises(ValueError):
        flow.choose(0)
    with pytest.raises(RuntimeError):
        _ = flow.submission
    flow.choose(5)
    assert flow.submit(NOW) is Stage.RESULT, "burnout has no risk item"
    for action in (lambda: flow.choose(1), flow.next, flow.back, lambda: flow.submit(NOW)):
        with pytest.raises(RuntimeError):
            action()


# -- the unscored functional item -------------------------------------------------------------


def test_the_functional_item_follows_the_last_item_is_optional_and_never_scored() -> None:
    flow = answered([1, 1, 1, 1, 1, 1, 1, 1])
    assert not flow.is_last, "item 9 is followed by the functional item"
    flow.choose(0)
    assert flow.next() and flow.on_functional_item and is_last(flow)
    with pytest.raises(IndexError):
        flow.choose(1)  # the scored options are not its options
    flow.choose_functional(2)
    assert flow.functional == 2
    assert flow.submit(NOW) is Stage.RESULT
    result, answers, _at = flow.submission
    assert answers == (1,) * 8 + (0,) and result.score == 8, "not added to the score"
    assert flow.functional == 2


def test_the_functional_item_may_be_skipped() -> None:
    flow = answered([0] * 7, "gad7")
    assert flow.on_functional_item and flow.functional is None
    assert flow.submit(NOW) is Stage.RESULT and flow.functional is None


def test_after_a_risk_answer_the_functional_item_is_not_offered() -> None:
    flow = answered([0] * 8)
    flow.choose(1)
    assert flow.risk_answered and flow.is_last
    assert not flow.next(), "leaving item 9 submits: nothing before the crisis step"
    assert flow.submit(NOW) is Stage.CRISIS


def test_a_functional_answer_given_before_changing_item9_is_dropped() -> None:
    flow = answered([0] * 9)
    flow.choose_functional(3)
    flow.back()
    flow.choose(2)
    assert flow.submit(NOW) is Stage.CRISIS and flow.functional is None


def test_instruments_without_a_functional_item_refuse_one() -> None:
    flow = answered([1, 1], "gad2")
    with pytest.raises(ValueError):
        flow.choose_functional(0)
    flow = answered([0] * 9)
    with pytest.raises(ValueError):
        flow.choose_functional(4)
