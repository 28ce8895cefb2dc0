"""What a lock keeps of a plan that breaks a rule: every word typed, in a form the rules allow.

While the page is open, an entry that breaks a rule is explained beside it and the plan
waits for the fix. A lock empties the page, so there is no fix to wait for: refusing the
plan then would lose the entry and every other unsaved change with it (issue 14). Instead
each entry is reshaped, nothing typed left out:

- a "number" without a digit ("ask at the desk"), too long for a number, in a step that
  takes none, or with no name beside it, joins the entry's text after a comma: an
  entry's number is printed that way anyway ("Dr Lee, ask at the desk"), so the plan
  reads as it was typed, and the person can move it back into the number's cell;
- a control character (a pasted tab) becomes a space;
- text longer than one entry holds goes on in the entries after it.

Only two limits can still cut words, and neither can be reached from the page as built:
thirty entries in one step (the add button stops there; a split can pass it) and what
matters most beyond its 2,000 characters.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from desktop.safety_plan.model import (
    ITEM_MAX_CHARS,
    MAX_ITEMS,
    PHONE_MAX_CHARS,
    REASONS_MAX_CHARS,
    PlanItem,
    SafetyPlan,
    Step,
)


def kept_at_lock(
    drafts: Mapping[Step, Iterable[tuple[str, str]]],
    reasons: str = "",
    review_on: date | None = None,
) -> SafetyPlan:
    """A valid plan holding every word of `drafts` (see the module's rules).

    Args:
        drafts: each step's (text, phone) rows, as the editor holds them.
        reasons: what matters most.
        review_on: the review date.
    """
    steps = {step: _entries(step, rows) for step, rows in drafts.items()}
    return SafetyPlan(steps, reasons.strip()[:REASONS_MAX_CHARS], review_on)


def _entries(step: Step, rows: Iterable[tuple[str, str]]) -> tuple[PlanItem, ...]:
    items: list[PlanItem] = []
    for raw_text, raw_phone in rows:
        text, phone = _one_line(raw_text), _one_line(raw_phone)
        if phone and not _keeps_the_rules(step, text, phone):
            text, phone = ", ".join(words for words in (text, phone) if words), ""
        pieces = _pieces(text)
        if pieces:
            items += [PlanItem(piece) for piece in pieces[:-1]]
            items.append(PlanItem(pieces[-1], phone))
    return tuple(items[:MAX_ITEMS])


def _keeps_the_rules(step: Step, text: str, phone: str) -> bool:
    return (step.has_phone and bool(text) and len(phone) <= PHONE_MAX_CHARS
            and any(c.isdigit() for c in phone))


def _one_line(text: str) -> str:
    return "".join(" " if ord(c) < 32 or ord(c) == 127 else c for c in text).strip()


def _pieces(text: str) -> list[str]:
    """`text` in entry-sized pieces, cut between words where there is a space to cut at."""
    pieces = []
    while len(text) > ITEM_MAX_CHARS:
        cut = text.rfind(" ", 0, ITEM_MAX_CHARS + 1)
        cut = cut if cut > 0 else ITEM_MAX_CHARS
        pieces.append(text[:cut].strip())
        text = text[cut:].strip()
    if text:
        pieces.append(text)
    return pieces
