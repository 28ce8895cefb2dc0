"""A questionnaire while it is being answered, without Qt: answers, submit, crisis, result.

States run ANSWERING -> (CRISIS ->) RESULT. When a submitted answer set has a positive risk
item (PHQ-9 item 9 above 0), the first state after submit is CRISIS: the result exists but
`result` stays None until the person has moved on from the crisis step, so no view can show
a score before the help. Without a risk item, submit goes straight to RESULT.

An instrument with an unscored functional item (PHQ-9, GAD-7: "how difficult have these
problems made it ...") offers it as one more, optional screen after the last scored item,
never added to the score and stored with the result. It is offered only when no risk item
is positive: after a risk answer, leaving the last item submits at once, so nothing stands
between that answer and the crisis step.

The flow knows nothing of the vault: the view stores `submission` through the worker.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum

from desktop.records.instruments import Instrument
from desktop.records.scoring import Result, score


class Stage(Enum):
    ANSWERING = "answering"
    CRISIS = "crisis"
    RESULT = "result"


class Layout(Enum):
    """One item per screen, or every item on one list."""

    ONE_AT_A_TIME = "one"
    FULL_LIST = "list"


class QuestionnaireFlow:
    """One sitting of one questionnaire.

    Args:
        instrument: the validated instrument.
        layout: one item at a time (the default) or the full list.
    """

    def __init__(self, instrument: Instrument, layout: Layout = Layout.ONE_AT_A_TIME) -> None:
        self.instrument = instrument
        self.layout = layout
        self._answers: list[int | None] = [None] * len(instrument.items)
        self._index = 0
        self._stage = Stage.ANSWERING
        self._result: Result | None = None
        self._completed_at: datetime | None = None
        self._functional: int | None = None

    # -- reading ------------------------------------------------------------------------

    @property
    def stage(self) -> Stage:
        return self._stage

    @property
    def index(self) -> int:
        """The item on screen (from 0) when answering one at a time.

        `len(instrument.items)` means the optional functional item is on screen.
        """
        return self._index

    @property
    def on_functional_item(self) -> bool:
        return self._index == len(self._answers)

    @property
    def functional(self) -> int | None:
        """The answer to the unscored functional item, or None (not asked, or skipped)."""
        return self._functional

    @property
    def risk_answered(self) -> bool:
        """A risk item already has a positive answer (the crisis step will follow submit)."""
        return any(
            (answer := self._answers[r.item - 1]) is not None and answer > r.positive_above
            for r in self.instrument.risk_items
        )

    @property
    def answers(self) -> tuple[int | None, ...]:
        return tuple(self._answers)

    def answer(self, index: int) -> int | None:
        return self._answers[index]

    @property
    def unanswered(self) -> tuple[int, ...]:
        """Indexes (from 0) of the items not answered yet."""
        return tuple(i for i, a in enumerate(self._answers) if a is None)

    @property
    def is_last(self) -> bool:
        """No screen follows this one: the next step is submit."""
        if self.on_functional_item:
            return True
        return self._index == len(self._answers) - 1 and not self._offers_functional

    @property
    def can_submit(self) -> bool:
        return self._stage is Stage.ANSWERING and not self.unanswered

    @property
    def result(self) -> Result | None:
        """The result, once the person may see it (never during the crisis step)."""
        return self._result if self._stage is Stage.RESULT else None

    @property
    def _offers_functional(self) -> bool:
        return self.instrument.functional_item is not None and not self.risk_answered

    @property
    def submission(self) -> tuple[Result, tuple[int, ...], datetime]:
        """What to store after submit: the result, the answers and when they were given.

        Raises:
            RuntimeError: nothing has been submitted yet.
        """
        if self._result is None or self._completed_at is None:
            raise RuntimeError("nothing has been submitted")
        answers = tuple(a for a in self._answers if a is not None)
        return self._result, answers, self._completed_at

    # -- changing -----------------------------------------------------------------------

    def choose(self, value: int, index: int | None = None) -> None:
        """Answer item `index` (default: the one on screen) with an option's value.

        Raises:
            ValueError: `value` is not one of the instrument's options.
            RuntimeError: the questionnaire was already submitted.
        """
        self._require(Stage.ANSWERING)
        self.instrument.option(value)  # validates
        where = self._index if index is None else index
        if where >= len(self._answers):
            raise IndexError("the functional item is answered with choose_functional")
        self._answers[where] = value

    def choose_functional(self, value: int | None) -> None:
        """Answer the optional functional item (None clears the answer).

        Raises:
            ValueError: the instrument has no functional item, or `value` is not an option.
            RuntimeError: the questionnaire was already submitted.
        """
        self._require(Stage.ANSWERING)
        item = self.instrument.functional_item
        if item is None:
            raise ValueError(f"{self.instrument.title} has no functional item")
        if value is not None:
            item.option(value)  # validates
        self._functional = value

    def next(self) -> bool:
        """Move to the next screen; False (and no move) when on the last one or unanswered.

        From the last scored item it moves to the functional item, unless a risk item is
        positive: then the functional item is not offered and its answer is dropped.
        """
        self._require(Stage.ANSWERING)
        if self.is_last or self._answers[self._index] is None:
            return False
        self._index += 1
        return True

    def back(self) -> bool:
        self._require(Stage.ANSWERING)
        if self._index == 0:
            return False
        self._index -= 1
        return True

    def go_to(self, index: int) -> None:
        """Show scored item `index` (from 0)."""
        self._require(Stage.ANSWERING)
        if not 0 <= index < len(self._answers):
            raise IndexError(f"there is no item {index + 1}")
        self._index = index

    def submit(self, now: datetime) -> Stage:
        """Score the answers; returns CRISIS when a risk item is positive, else RESULT.

        Raises:
            ValueError: an item is unanswered.
            RuntimeError: already submitted.
        """
        self._require(Stage.ANSWERING)
        if self.unanswered:
            missing = ", ".join(str(i + 1) for i in self.unanswered)
            raise ValueError(f"items not answered yet: {missing}")
        answers = [a for a in self._answers if a is not None]
        self._result = score(self.instrument, answers)
        if self._result.risk:  # never offered after a risk answer; an earlier choice goes
            self._functional = None
        self._completed_at = now
        self._stage = Stage.CRISIS if self._result.risk else Stage.RESULT
        return self._stage

    def crisis_seen(self) -> None:
        """The person has moved on from the crisis step; the result may now be shown."""
        self._require(Stage.CRISIS)
        self._stage = Stage.RESULT

    def _require(self, stage: Stage) -> None:
        if self._stage is not stage:
            raise RuntimeError(f"the questionnaire is at {self._stage.value}, not {stage.value}")
