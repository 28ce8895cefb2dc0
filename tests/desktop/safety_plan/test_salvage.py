"""What a lock keeps of a plan that breaks a rule: every word, in a form the rules allow."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.safety_plan.model import (
    ITEM_MAX_CHARS,
    MAX_ITEMS,
    REASONS_MAX_CHARS,
    InvalidPlan,
    PlanItem,
    SafetyPlan,
    Step,
)
from desktop.safety_plan.salvage import kept_at_lock


def test_a_plan_that_keeps_the_rules_is_kept_as_it_is() -> None:
    drafts = {Step.HELPERS: [("Sam", "555 0100"), ("", "")], Step.WARNING_SIGNS: [("No sleep", "")]}
    assert kept_at_lock(drafts, " My nieces ", date(2026, 6, 1)) == SafetyPlan.from_drafts(
        drafts, " My nieces ", date(2026, 6, 1))


@pytest.mark.parametrize(("row", "kept"), [
    (("My therapist", "ask at the desk"), PlanItem("My therapist, ask at the desk")),
    (("", "555 0100"), PlanItem("555 0100")),  # a number with no name
    (("Clinic", "5" * 41), PlanItem("Clinic, " + "5" * 41)),  # longer than a number
    (("Tea\twith Sam", "555\x000100"), PlanItem("Tea with Sam", "555 0100")),
])
def test_an_entry_that_breaks_a_rule_keeps_every_word(row: tuple[str, str],
                                                      kept: PlanItem) -> None:
    with pytest.raises(InvalidPlan):
        SafetyPlan.from_drafts({Step.PROFESSIONALS: [row]})
    assert kept_at_lock({Step.PROFESSIONALS: [row]}).items(Step.PROFESSIONALS) == (kept,)


def test_a_number_where_a_step_takes_none_joins_the_text() -> None:
    plan = kept_at_lock({Step.WARNING_SIGNS: [("Snapping", "555 0100")]})
    assert plan.items(Step.WARNING_SIGNS) == (PlanItem("Snapping, 555 0100"),)


def test_text_too_long_for_one_entry_goes_on_in_the_next() -> None:
    words = " ".join(["word"] * 100)  # 499 characters
    items = kept_at_lock({Step.HELPERS: [(words, "ask first")]}).items(Step.HELPERS)
    assert len(items) == 2 and all(len(item.text) <= ITEM_MAX_CHARS for item in items)
    assert " ".join(item.text for item in items) == f"{words}, ask first"


def test_only_the_unreachable_limits_cut() -> None:
    rows = [(f"Entry {n}", "no digits here") for n in range(MAX_ITEMS)]
    rows[-1] = ("x" * ITEM_MAX_CHARS, "no digits")  # split in two: one entry too many
    plan = kept_at_lock({Step.HELPERS: rows}, "r" * (REASONS_MAX_CHARS + 5))
    assert len(plan.items(Step.HELPERS)) == MAX_ITEMS
    assert plan.items(Step.HELPERS)[0] == PlanItem("Entry 0, no digits here")
    assert plan.reasons == "r" * REASONS_MAX_CHARS
