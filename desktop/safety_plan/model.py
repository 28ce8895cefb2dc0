"""What a safety plan is: six ordered steps of short items, what matters most, a review date.

The six steps follow the generic structure of safety planning (warning signs first, then
ever wider circles of help, then making the surroundings safer), written in Confide's own
words: the published Stanley-Brown form is copyrighted and is not reproduced.

A `SafetyPlan` is always valid: every rule is checked when one is built, and a plan read
back from JSON is checked the same way, so a damaged or foreign document is refused
rather than half-shown. Errors carry where and what (`InvalidPlan.section`, `.index`,
`.problem`); the view turns them into words.

The crisis lines (988, Crisis Text Line, 911) are not part of the stored plan: see
`crisis_lines`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any, Final

from desktop.words import QT_TRANSLATE_NOOP

FORMAT: Final = 1
ITEM_MAX_CHARS: Final = 300
PHONE_MAX_CHARS: Final = 40
MAX_ITEMS: Final = 30
REASONS_MAX_CHARS: Final = 2000


class Step(Enum):
    """One step of the plan, in order; the value is the key stored in the vault's JSON."""

    WARNING_SIGNS = "warning_signs"
    COPING_ALONE = "coping_alone"
    DISTRACTIONS = "distractions"
    HELPERS = "helpers"
    PROFESSIONALS = "professionals"
    SAFER_SURROUNDINGS = "safer_surroundings"

    @property
    def number(self) -> int:
        return list(Step).index(self) + 1

    @property
    def title(self) -> str:
        return _WORDING[self][0]

    @property
    def prompt(self) -> str:
        return _WORDING[self][1]

    @property
    def has_phone(self) -> bool:
        """Whether the step's items are people or services with a phone number."""
        return self in (Step.HELPERS, Step.PROFESSIONALS)

    @property
    def item_noun(self) -> str:
        """What one item is called in button names ("Add a warning sign")."""
        return _WORDING[self][2]


# Confide's own words for each step: (title, prompt, item noun).
_WORDING: Final[dict[Step, tuple[str, str, str]]] = {
    Step.WARNING_SIGNS: (
        QT_TRANSLATE_NOOP("SafetyPlan", "Warning signs"),
        QT_TRANSLATE_NOOP(
            "SafetyPlan",
            "Thoughts, feelings, situations or habits that tell me a hard time may be starting."),
        QT_TRANSLATE_NOOP("SafetyPlan", "warning sign"),
    ),
    Step.COPING_ALONE: (
        QT_TRANSLATE_NOOP("SafetyPlan", "Things I can do on my own to cope"),
        QT_TRANSLATE_NOOP(
            "SafetyPlan",
            "Small things that help me get through a difficult moment by myself."),
        QT_TRANSLATE_NOOP("SafetyPlan", "thing I can do"),
    ),
    Step.DISTRACTIONS: (
        QT_TRANSLATE_NOOP("SafetyPlan", "People and places that take my mind off things"),
        QT_TRANSLATE_NOOP(
            "SafetyPlan",
            "People to be around and places to go that give my mind a break."),
        QT_TRANSLATE_NOOP("SafetyPlan", "person or place"),
    ),
    Step.HELPERS: (
        QT_TRANSLATE_NOOP("SafetyPlan", "People I can ask for help"),
        QT_TRANSLATE_NOOP(
            "SafetyPlan",
            "People I trust to tell that I am struggling, and how to reach them."),
        QT_TRANSLATE_NOOP("SafetyPlan", "person"),
    ),
    Step.PROFESSIONALS: (
        QT_TRANSLATE_NOOP("SafetyPlan", "Professionals and services to contact in a crisis"),
        QT_TRANSLATE_NOOP(
            "SafetyPlan",
            "My clinician, my Employee Assistance Program, an urgent care or emergency "
            "department near me. The crisis lines below are always part of the plan."),
        QT_TRANSLATE_NOOP("SafetyPlan", "professional or service"),
    ),
    Step.SAFER_SURROUNDINGS: (
        QT_TRANSLATE_NOOP("SafetyPlan", "Making my surroundings safer"),
        QT_TRANSLATE_NOOP(
            "SafetyPlan",
            "Steps that keep me safe while things are hard, and who can help me take them."),
        QT_TRANSLATE_NOOP("SafetyPlan", "step"),
    ),
}

REASONS_TITLE: Final = QT_TRANSLATE_NOOP("SafetyPlan", "What matters most to me")
REASONS_PROMPT: Final = QT_TRANSLATE_NOOP(
    "SafetyPlan", "The people, things and hopes that make life worth living for me.")


class Problem(Enum):
    """Why a plan was refused (the view words it)."""

    EMPTY = "empty"  # an item with a phone number but no name or text
    TOO_LONG = "too-long"
    CONTROL_CHARACTERS = "control-characters"
    PHONE_NOT_ALLOWED = "phone-not-allowed"
    PHONE_WITHOUT_DIGITS = "phone-without-digits"
    TOO_MANY_ITEMS = "too-many-items"
    NOT_JSON = "not-json"
    UNKNOWN_FORMAT = "unknown-format"
    MALFORMED = "malformed"


class InvalidPlan(ValueError):
    """A plan breaks a rule.

    Attributes:
        problem: what is wrong.
        step: the step it is in (None: the whole plan, the reasons or the review date).
        index: the item's position in the step (None: not about one item).
    """

    def __init__(
        self, problem: Problem, step: Step | None = None, index: int | None = None, detail: str = ""
    ) -> None:
        where = f" in {step.value}" if step else ""
        where += f" item {index}" if index is not None else ""
        super().__init__(f"{problem.value}{where}{': ' + detail if detail else ''}")
        self.problem = problem
        self.step = step
        self.index = index


def _check_line(text: str, limit: int, step: Step | None, index: int | None) -> None:
    if len(text) > limit:
        raise InvalidPlan(Problem.TOO_LONG, step, index, f"over {limit} characters")
    # One line each: an item is a list entry, and a stray control character would
    # reach the printed page.
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        raise InvalidPlan(Problem.CONTROL_CHARACTERS, step, index)


@dataclass(frozen=True)
class PlanItem:
    """One entry of a step: a sign, an idea, a place, or a person or service.

    Attributes:
        text: the entry (a person's or service's name in the steps with phone numbers).
        phone: how to reach them ("" if none, always "" outside those steps).
    """

    text: str
    phone: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.text, str) or not isinstance(self.phone, str):
            raise InvalidPlan(Problem.MALFORMED, detail="item text and phone must be text")
        object.__setattr__(self, "text", self.text.strip())
        object.__setattr__(self, "phone", self.phone.strip())


def _check_item(item: PlanItem, step: Step, index: int) -> None:
    if not item.text:
        raise InvalidPlan(Problem.EMPTY, step, index)
    _check_line(item.text, ITEM_MAX_CHARS, step, index)
    if item.phone:
        if not step.has_phone:
            raise InvalidPlan(Problem.PHONE_NOT_ALLOWED, step, index)
        _check_line(item.phone, PHONE_MAX_CHARS, step, index)
        # Letters are fine (1-800-662-HELP, "ext. 12"), but a number needs a digit.
        if not any(c.isdigit() for c in item.phone):
            raise InvalidPlan(Problem.PHONE_WITHOUT_DIGITS, step, index)


@dataclass(frozen=True)
class SafetyPlan:
    """A person's safety plan.

    Attributes:
        steps: each step's items in the person's order; every `Step` is a key.
        reasons: what matters most to the person (free text, may be empty).
        review_on: when the person means to look at the plan again (None: not set).

    Raises:
        InvalidPlan: on construction, naming the step and item that break a rule.
    """

    steps: Mapping[Step, tuple[PlanItem, ...]] = field(default_factory=dict)
    reasons: str = ""
    review_on: date | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.steps, Mapping) or not all(isinstance(k, Step) for k in self.steps):
            raise InvalidPlan(Problem.MALFORMED, detail="steps must map Step to items")
        full: dict[Step, tuple[PlanItem, ...]] = {}
        for step in Step:
            items = tuple(self.steps.get(step, ()))
            if len(items) > MAX_ITEMS:
                raise InvalidPlan(Problem.TOO_MANY_ITEMS, step, detail=f"at most {MAX_ITEMS}")
            for index, item in enumerate(items):
                if not isinstance(item, PlanItem):
                    raise InvalidPlan(Problem.MALFORMED, step, index)
                _check_item(item, step, index)
            full[step] = items
        object.__setattr__(self, "steps", full)
        if not isinstance(self.reasons, str):
            raise InvalidPlan(Problem.MALFORMED, detail="reasons must be text")
        object.__setattr__(self, "reasons", self.reasons.strip())
        if len(self.reasons) > REASONS_MAX_CHARS:
            raise InvalidPlan(Problem.TOO_LONG, detail=f"reasons over {REASONS_MAX_CHARS}")
        # datetime is a date subclass; a time of day in a review date is a caller's bug.
        if self.review_on is not None and (
            not isinstance(self.review_on, date) or isinstance(self.review_on, datetime)
        ):
            raise InvalidPlan(Problem.MALFORMED, detail="review_on must be a date")

    def __hash__(self) -> int:
        return hash((tuple(self.steps.items()), self.reasons, self.review_on))

    def items(self, step: Step) -> tuple[PlanItem, ...]:
        return self.steps[step]

    @property
    def is_empty(self) -> bool:
        return not self.reasons and not any(self.steps.values())

    @classmethod
    def from_drafts(
        cls,
        drafts: Mapping[Step, Iterable[tuple[str, str]]],
        reasons: str = "",
        review_on: date | None = None,
    ) -> SafetyPlan:
        """A plan from what an editor holds: (text, phone) rows, blank rows dropped.

        Raises:
            InvalidPlan: a row breaks a rule; `index` counts the kept rows.
        """
        steps = {
            step: tuple(
                PlanItem(text, phone) for text, phone in rows if text.strip() or phone.strip()
            )
            for step, rows in drafts.items()
        }
        return cls(steps, reasons, review_on)

    # -- JSON, the vault's form ---------------------------------------------------------

    def to_json(self) -> str:
        """The plan as the vault stores it (format 1)."""
        data: dict[str, Any] = {
            "format": FORMAT,
            "steps": {step.value: [_item_json(item) for item in self.steps[step]] for step in Step},
            "reasons": self.reasons,
            "review_on": self.review_on.isoformat() if self.review_on else None,
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> SafetyPlan:
        """Read and validate a plan stored by `to_json`.

        Raises:
            InvalidPlan: not JSON, an unknown format, or any rule broken.
        """
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, TypeError) as exc:
            raise InvalidPlan(Problem.NOT_JSON) from exc
        if not isinstance(data, dict):
            raise InvalidPlan(Problem.MALFORMED, detail="not an object")
        if data.get("format") != FORMAT:
            raise InvalidPlan(Problem.UNKNOWN_FORMAT)
        if set(data) != {"format", "steps", "reasons", "review_on"}:
            raise InvalidPlan(Problem.MALFORMED, detail="unexpected or missing keys")
        raw_steps = data["steps"]
        if not isinstance(raw_steps, dict) or set(raw_steps) != {s.value for s in Step}:
            raise InvalidPlan(Problem.MALFORMED, detail="steps must name each step once")
        steps = {step: _items_from_json(raw_steps[step.value], step) for step in Step}
        return cls(steps, _reasons_from_json(data["reasons"]), _date_from_json(data["review_on"]))


def _item_json(item: PlanItem) -> dict[str, str]:
    return {"text": item.text, "phone": item.phone} if item.phone else {"text": item.text}


def _items_from_json(raw: Any, step: Step) -> tuple[PlanItem, ...]:
    if not isinstance(raw, list):
        raise InvalidPlan(Problem.MALFORMED, step, detail="items must be a list")
    items = []
    for index, entry in enumerate(raw):
        if (
            not isinstance(entry, dict)
            or not set(entry) <= {"text", "phone"}
            or not isinstance(entry.get("text"), str)
            or not isinstance(entry.get("phone", ""), str)
        ):
            raise InvalidPlan(Problem.MALFORMED, step, index)
        items.append(PlanItem(entry["text"], entry.get("phone", "")))
    return tuple(items)


def _reasons_from_json(raw: Any) -> str:
    if not isinstance(raw, str):
        raise InvalidPlan(Problem.MALFORMED, detail="reasons must be text")
    return raw


def _date_from_json(raw: Any) -> date | None:
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise InvalidPlan(Problem.MALFORMED, detail="review_on must be an ISO date")
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise InvalidPlan(Problem.MALFORMED, detail="review_on must be an ISO date") from exc


def step_lines(plan: SafetyPlan, step: Step) -> Sequence[str]:
    """A step's items as single lines of text ("Sam, 555 0100"), for summaries and print."""
    return [f"{item.text}, {item.phone}" if item.phone else item.text for item in plan.items(step)]
