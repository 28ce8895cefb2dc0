"""What a daily check-in is: three 1-5 scales, the day's stress drivers and a private note.

A `CheckIn` is always valid: every rule is checked when one is built, so the store, the
flow and the views never see a half-checked entry. Wording is kind and plain because a
person often checks in at the end of a hard shift.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import Final

from desktop.words import QT_TRANSLATE_NOOP

NOTE_MAX_CHARS: Final = 2000
SCALE_MIN: Final = 1
SCALE_MAX: Final = 5
# One meaning of "a low day" wherever Confide answers one (the check-in's gentle word, the
# Insights care note): an answer at "Low" / "Tired" / "Poor" or below, for LOW_RUN_DAYS
# calendar days in a row.
LOW_ANSWER: Final = 2
LOW_RUN_DAYS: Final = 3
_STRESSOR_SEPARATOR: Final = ","


class Stressor(Enum):
    """A driver of the day's stress; the value is the code stored in the vault.

    Adding a code needs a schema migration too, so that an older Confide refuses the
    vault (VaultTooNew) instead of failing on a code it does not know.
    """

    WORKLOAD = "workload"
    DOCUMENTATION = "documentation"
    STAFFING = "staffing"
    MORAL_DISTRESS = "moral_distress"
    VIOLENCE = "violence"
    HOME = "home"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _STRESSOR_LABELS[self]

    @classmethod
    def from_code(cls, code: str) -> Stressor:
        """The stressor stored as `code`.

        Raises:
            ValueError: `code` is not one of the known codes.
        """
        try:
            return cls(code)
        except ValueError:
            known = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown stressor code {code!r}; known codes: {known}") from None


_STRESSOR_LABELS: Final[dict[Stressor, str]] = {
    Stressor.WORKLOAD: QT_TRANSLATE_NOOP("CheckIns", "Workload"),
    Stressor.DOCUMENTATION: QT_TRANSLATE_NOOP("CheckIns", "Documentation / EHR"),
    Stressor.STAFFING: QT_TRANSLATE_NOOP("CheckIns", "Staffing"),
    Stressor.MORAL_DISTRESS: QT_TRANSLATE_NOOP("CheckIns", "Moral distress"),
    Stressor.VIOLENCE: QT_TRANSLATE_NOOP("CheckIns", "Violence or harassment"),
    Stressor.HOME: QT_TRANSLATE_NOOP("CheckIns", "Home and caregiving"),
    Stressor.OTHER: QT_TRANSLATE_NOOP("CheckIns", "Other"),
}


def stressors_to_text(stressors: Iterable[Stressor]) -> str:
    """The vault's form: codes in the enum's order, comma-separated ('' for none)."""
    chosen = set(stressors)
    return _STRESSOR_SEPARATOR.join(s.value for s in Stressor if s in chosen)


def stressors_from_text(text: str) -> frozenset[Stressor]:
    """Parse the vault's comma-separated codes; blanks are ignored.

    Raises:
        ValueError: a code is not known.
    """
    codes = (part.strip() for part in text.split(_STRESSOR_SEPARATOR))
    return frozenset(Stressor.from_code(code) for code in codes if code)


@dataclass(frozen=True)
class Scale:
    """One of the check-in's 1-5 questions.

    Attributes:
        key: the CheckIn field and vault column ("mood", "energy", "sleep").
        name: the short name shown as a column heading.
        question: the question as the form asks it.
        labels: the words for 1..5, lowest first.
    """

    key: str
    name: str
    question: str
    labels: tuple[str, str, str, str, str]

    def label(self, value: int) -> str:
        """The words for `value`.

        Raises:
            ValueError: `value` is outside 1-5.
        """
        _check_scale_value(self.name, value)
        return self.labels[value - SCALE_MIN]


MOOD: Final = Scale(
    "mood", QT_TRANSLATE_NOOP("CheckIns", "Mood"),
    QT_TRANSLATE_NOOP("CheckIns", "How is your mood?"),
    (QT_TRANSLATE_NOOP("CheckIns", "Very low"), QT_TRANSLATE_NOOP("CheckIns", "Low"),
     QT_TRANSLATE_NOOP("CheckIns", "Okay"), QT_TRANSLATE_NOOP("CheckIns", "Good"),
     QT_TRANSLATE_NOOP("CheckIns", "Very good")))
ENERGY: Final = Scale(
    "energy", QT_TRANSLATE_NOOP("CheckIns", "Energy"),
    QT_TRANSLATE_NOOP("CheckIns", "How is your energy?"),
    (QT_TRANSLATE_NOOP("CheckIns", "Exhausted"), QT_TRANSLATE_NOOP("CheckIns", "Tired"),
     QT_TRANSLATE_NOOP("CheckIns", "Getting by"), QT_TRANSLATE_NOOP("CheckIns", "Good"),
     QT_TRANSLATE_NOOP("CheckIns", "Full of energy")))
SLEEP: Final = Scale(
    "sleep", QT_TRANSLATE_NOOP("CheckIns", "Sleep"),
    QT_TRANSLATE_NOOP("CheckIns", "How did you sleep?"),
    (QT_TRANSLATE_NOOP("CheckIns", "Very poor"), QT_TRANSLATE_NOOP("CheckIns", "Poor"),
     QT_TRANSLATE_NOOP("CheckIns", "Fair"), QT_TRANSLATE_NOOP("CheckIns", "Good"),
     QT_TRANSLATE_NOOP("CheckIns", "Very good")))
SCALES: Final[tuple[Scale, ...]] = (MOOD, ENERGY, SLEEP)


def _check_scale_value(name: str, value: object) -> None:
    # bool is an int in Python; True is a bug in the caller, not the answer 1.
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"{name} must be a whole number from {SCALE_MIN} to {SCALE_MAX}")
    if not SCALE_MIN <= value <= SCALE_MAX:
        raise ValueError(f"{name} must be from {SCALE_MIN} to {SCALE_MAX}, not {value}")


@dataclass(frozen=True)
class CheckIn:
    """One day's check-in.

    Attributes:
        day: the calendar day it is for (the person's local day).
        recorded_at: when it was last saved, timezone-aware, normalised to UTC.
        mood, energy, sleep: 1 (lowest) to 5 (highest); see `SCALES` for the words.
        stressors: the day's stress drivers, possibly none.
        note: optional private text, at most `NOTE_MAX_CHARS` characters.

    Raises:
        ValueError: on construction, with a message naming the field that is wrong.
    """

    day: date
    recorded_at: datetime
    mood: int
    energy: int
    sleep: int
    stressors: frozenset[Stressor] = frozenset()
    note: str = ""

    def __post_init__(self) -> None:
        # datetime is a subclass of date; a datetime here would store a time as the day.
        if not isinstance(self.day, date) or isinstance(self.day, datetime):
            raise ValueError("day must be a date")
        if not isinstance(self.recorded_at, datetime):
            raise ValueError("recorded_at must be a datetime")
        if self.recorded_at.utcoffset() is None:
            raise ValueError("recorded_at must carry a timezone (UTC is stored)")
        for scale in SCALES:
            _check_scale_value(scale.key, getattr(self, scale.key))
        if not isinstance(self.stressors, frozenset) or not all(
            isinstance(s, Stressor) for s in self.stressors
        ):
            raise ValueError("stressors must be a frozenset of Stressor")
        if not isinstance(self.note, str):
            raise ValueError("note must be text")
        if len(self.note) > NOTE_MAX_CHARS:
            raise ValueError(
                f"note is {len(self.note)} characters; the most is {NOTE_MAX_CHARS}")
        if self.recorded_at.tzinfo is not UTC:
            # Frozen, so normalise through object.__setattr__: equal instants compare equal.
            object.__setattr__(self, "recorded_at", self.recorded_at.astimezone(UTC))

    def value(self, scale: Scale) -> int:
        """This check-in's answer on `scale`."""
        result: int = getattr(self, scale.key)
        return result

    def stressor_labels(self) -> list[str]:
        """The stressors' labels in the form's order."""
        return [s.label for s in Stressor if s in self.stressors]
