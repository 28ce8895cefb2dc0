"""The check-in form's state, without Qt: the answers so far and whether they can be saved.

The view renders a `CheckInFlow` and forwards each click or keystroke to it; the flow
decides what is complete. It knows nothing of the vault: the view saves what
`to_checkin` returns through the worker, then calls `saved`.
"""

from __future__ import annotations

from datetime import date, datetime

from desktop.records.checkins import (
    NOTE_MAX_CHARS,
    SCALES,
    CheckIn,
    Scale,
    Stressor,
)


class IncompleteCheckInError(ValueError):
    """`to_checkin` was called before the check-in could be saved.

    Attributes:
        missing: the scales still unanswered, in the form's order.
        note_excess: how many characters the note is over its limit (0 if within).
    """

    def __init__(self, missing: tuple[Scale, ...], note_excess: int) -> None:
        super().__init__(missing, note_excess)
        self.missing = missing
        self.note_excess = note_excess

    def __str__(self) -> str:
        parts = [f"{scale.key} unanswered" for scale in self.missing]
        if self.note_excess:
            parts.append(f"note {self.note_excess} characters too long")
        return "; ".join(parts)


class CheckInFlow:
    """Answers for one day's check-in while the person fills the form in.

    Args:
        day: the day the check-in is for (the person's local today).
    """

    def __init__(self, day: date) -> None:
        self._day = day
        self._answers: dict[str, int | None] = {}
        self._stressors: set[Stressor] = set()
        self._note = ""
        self._editing = False
        self._changed = False
        self.reset(day)

    # -- reading ------------------------------------------------------------------------

    @property
    def day(self) -> date:
        return self._day

    @property
    def editing(self) -> bool:
        """True when the day already has a saved check-in that saving will replace."""
        return self._editing

    @property
    def changed(self) -> bool:
        """True when the answers differ from what was last reset, loaded or saved."""
        return self._changed

    def answer(self, scale: Scale) -> int | None:
        return self._answers[scale.key]

    @property
    def stressors(self) -> frozenset[Stressor]:
        return frozenset(self._stressors)

    @property
    def note(self) -> str:
        return self._note

    @property
    def missing(self) -> tuple[Scale, ...]:
        """Scales not answered yet, in the form's order."""
        return tuple(scale for scale in SCALES if self._answers[scale.key] is None)

    @property
    def note_excess(self) -> int:
        """Characters over the note's limit (0 when it fits)."""
        return max(0, len(self._note.strip()) - NOTE_MAX_CHARS)

    @property
    def can_save(self) -> bool:
        return not self.missing and not self.note_excess

    # -- changing -----------------------------------------------------------------------

    def set_answer(self, scale: Scale, value: int | None) -> None:
        """Answer `scale` with 1-5, or clear its answer with None.

        Raises:
            ValueError: `value` is outside the scale.
        """
        if value is not None:
            scale.label(value)  # validates
        self._changed |= self._answers[scale.key] != value
        self._answers[scale.key] = value

    def set_stressor(self, stressor: Stressor, chosen: bool) -> None:
        self._changed |= (stressor in self._stressors) != chosen
        if chosen:
            self._stressors.add(stressor)
        else:
            self._stressors.discard(stressor)

    def set_note(self, text: str) -> None:
        """Keep the note as typed; the limit is checked by `can_save`, not by truncating."""
        self._changed |= self._note != text
        self._note = text

    def reset(self, day: date) -> None:
        """Start a blank check-in for `day`."""
        self._day = day
        self._answers = {scale.key: None for scale in SCALES}
        self._stressors = set()
        self._note = ""
        self._editing = False
        self._changed = False

    def load(self, checkin: CheckIn) -> None:
        """Fill the form with a saved check-in so the person can change it."""
        self._day = checkin.day
        self._answers = {scale.key: checkin.value(scale) for scale in SCALES}
        self._stressors = set(checkin.stressors)
        self._note = checkin.note
        self._editing = True
        self._changed = False

    def saved(self, checkin: CheckIn) -> None:
        """`checkin` (from `to_checkin`) was stored: saving again now replaces it.

        Answers changed while the save was under way still count as changes.
        """
        self._editing = True
        self._changed = (
            any(self._answers[s.key] != checkin.value(s) for s in SCALES)
            or self._stressors != checkin.stressors
            or self._note.strip() != checkin.note
        )

    def to_checkin(self, now: datetime) -> CheckIn:
        """The check-in to store, recorded at `now` (timezone-aware).

        The note is stored without surrounding blank lines or spaces.

        Raises:
            IncompleteCheckInError: a scale is unanswered or the note is too long.
        """
        mood, energy, sleep = (self._answers[scale.key] for scale in SCALES)
        if mood is None or energy is None or sleep is None or self.note_excess:
            raise IncompleteCheckInError(self.missing, self.note_excess)
        return CheckIn(self._day, now, mood, energy, sleep, frozenset(self._stressors),
                       self._note.strip())
