"""The safety plan model: every rule on construction, and a JSON round trip that refuses junk."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.safety_plan.crisis_lines import crisis_lines
from desktop.safety_plan.model import (
    ITEM_MAX_CHARS,
    MAX_ITEMS,
    REASONS_MAX_CHARS,
    InvalidPlan,
    PlanItem,
    Problem,
    SafetyPlan,
    Step,
    step_lines,
)

# One line of printable text, as typed into an item field (no control characters).
_line = (
    st.text(
        st.characters(min_codepoint=32, blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60
    )
    .map(str.strip)
    .filter(bool)
)
_phone = st.from_regex(r"\+?[0-9][0-9 ()\-]{0,20}", fullmatch=True).map(str.strip)


@st.composite
def plans(draw: st.DrawFn) -> SafetyPlan:
    steps = {}
    for step in Step:
        if step.has_phone:
            items = draw(
                st.lists(st.builds(PlanItem, _line, st.one_of(st.just(""), _phone)), max_size=4)
            )
        else:
            items = draw(st.lists(st.builds(PlanItem, _line), max_size=4))
        steps[step] = tuple(items)
    reasons = draw(st.text(max_size=200))
    review = draw(st.one_of(st.none(), st.dates()))
    return SafetyPlan(steps, reasons, review)


@given(plans())
def test_json_round_trip_keeps_every_field(plan: SafetyPlan) -> None:
    assert SafetyPlan.from_json(plan.to_json()) == plan


@given(st.text(max_size=200))
def test_arbitrary_text_is_refused_or_read_as_a_valid_plan(text: str) -> None:
    try:
        plan = SafetyPlan.from_json(text)
    except InvalidPlan:
        return
    assert isinstance(plan, SafetyPlan)  # only a real plan document gets this far


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
        ),
        max_leaves=10,
    )
)
def test_arbitrary_json_values_never_crash_the_reader(value: object) -> None:
    with pytest.raises(InvalidPlan):
        SafetyPlan.from_json(json.dumps(value))


def _document(**changes: object) -> str:
    data = json.loads(SafetyPlan({Step.HELPERS: (PlanItem("Sam", "555 0100"),)}).to_json())
    data.update(changes)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("not json", Problem.NOT_JSON),
        ("[]", Problem.MALFORMED),
        (_document(format=2), Problem.UNKNOWN_FORMAT),
        (_document(extra=1), Problem.MALFORMED),
        (_document(steps={"warning_signs": []}), Problem.MALFORMED),
        (_document(reasons=5), Problem.MALFORMED),
        (_document(review_on="someday"), Problem.MALFORMED),
        (_document(review_on=20250101), Problem.MALFORMED),
        (
            _document(steps={**{s.value: [] for s in Step}, "warning_signs": [{"text": ""}]}),
            Problem.EMPTY,
        ),
        (
            _document(steps={**{s.value: [] for s in Step}, "warning_signs": "a sign"}),
            Problem.MALFORMED,
        ),
        (
            _document(
                steps={
                    **{s.value: [] for s in Step},
                    "warning_signs": [{"text": "x", "colour": "red"}],
                }
            ),
            Problem.MALFORMED,
        ),
        (
            _document(
                steps={
                    **{s.value: [] for s in Step},
                    "coping_alone": [{"text": "walk", "phone": "555"}],
                }
            ),
            Problem.PHONE_NOT_ALLOWED,
        ),
    ],
)
def test_invalid_documents_are_refused_with_the_reason(text: str, problem: Problem) -> None:
    with pytest.raises(InvalidPlan) as caught:
        SafetyPlan.from_json(text)
    assert caught.value.problem is problem


def test_every_step_is_present_in_order_with_own_wording() -> None:
    plan = SafetyPlan()
    assert list(plan.steps) == list(Step)
    assert [s.number for s in Step] == [1, 2, 3, 4, 5, 6]
    assert plan.is_empty
    assert [s for s in Step if s.has_phone] == [Step.HELPERS, Step.PROFESSIONALS]
    for step in Step:
        assert step.title and step.prompt and step.item_noun


def test_items_are_trimmed_and_blank_draft_rows_dropped() -> None:
    plan = SafetyPlan.from_drafts(
        {
            Step.WARNING_SIGNS: [("  racing thoughts ", ""), (" ", "")],
            Step.HELPERS: [("Sam", " 555 0100 ")],
        },
        " my dog \n",
    )
    assert plan.items(Step.WARNING_SIGNS) == (PlanItem("racing thoughts"),)
    assert plan.items(Step.HELPERS) == (PlanItem("Sam", "555 0100"),)
    assert plan.reasons == "my dog"
    assert step_lines(plan, Step.HELPERS) == ["Sam, 555 0100"]
    assert not plan.is_empty


@pytest.mark.parametrize(
    ("drafts", "problem", "step", "index"),
    [
        ({Step.HELPERS: [("Sam", "1"), ("", "555 0100")]}, Problem.EMPTY, Step.HELPERS, 1),
        ({Step.HELPERS: [("Sam", "call me")]}, Problem.PHONE_WITHOUT_DIGITS, Step.HELPERS, 0),
        ({Step.HELPERS: [("Sam", "1" * 41)]}, Problem.TOO_LONG, Step.HELPERS, 0),
        ({Step.COPING_ALONE: [("walk", "555")]}, Problem.PHONE_NOT_ALLOWED, Step.COPING_ALONE, 0),
        (
            {Step.WARNING_SIGNS: [("x" * (ITEM_MAX_CHARS + 1), "")]},
            Problem.TOO_LONG,
            Step.WARNING_SIGNS,
            0,
        ),
        (
            {Step.WARNING_SIGNS: [("two\nlines", "")]},
            Problem.CONTROL_CHARACTERS,
            Step.WARNING_SIGNS,
            0,
        ),
        (
            {Step.DISTRACTIONS: [("park", "")] * (MAX_ITEMS + 1)},
            Problem.TOO_MANY_ITEMS,
            Step.DISTRACTIONS,
            None,
        ),
    ],
)
def test_rule_breaks_name_step_and_item(
    drafts: dict[Step, list[tuple[str, str]]], problem: Problem, step: Step, index: int | None
) -> None:
    with pytest.raises(InvalidPlan) as caught:
        SafetyPlan.from_drafts(drafts)
    assert (caught.value.problem, caught.value.step, caught.value.index) == (problem, step, index)


def test_limits_themselves_are_allowed() -> None:
    SafetyPlan.from_drafts(
        {Step.WARNING_SIGNS: [("x" * ITEM_MAX_CHARS, "")] * MAX_ITEMS}, "r" * REASONS_MAX_CHARS
    )
    with pytest.raises(InvalidPlan) as caught:
        SafetyPlan(reasons="r" * (REASONS_MAX_CHARS + 1))
    assert caught.value.problem is Problem.TOO_LONG and caught.value.step is None


def test_review_date_must_be_a_plain_date() -> None:
    with pytest.raises(InvalidPlan):
        SafetyPlan(review_on=datetime(2025, 1, 1))  # a datetime is a date to mypy
    assert SafetyPlan(review_on=date(2025, 1, 1)).review_on == date(2025, 1, 1)


def test_crisis_lines_always_include_988_the_text_line_and_911() -> None:
    lines = {line.name: line.how for line in crisis_lines()}
    assert any("988" in name and "Call 988" in how for name, how in lines.items())
    assert any("Text HOME to 741741" in how for how in lines.values())
    assert any("Call 911" in how for how in lines.values())
    # The crisis lines are never stored with the person's plan.
    assert "988" not in SafetyPlan().to_json()
