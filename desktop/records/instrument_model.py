"""What an instrument is once read: items, options, bands, risk guidance, its source.

Plain frozen data; `desktop.records.instruments` reads and checks the shipped
files into these.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Option:
    """One response option: the value it scores and the words shown."""

    value: int
    label: str


@dataclass(frozen=True)
class Item:
    """One question; `number` counts from 1 as on the published form."""

    number: int
    text: str
    loinc: str | None = None


@dataclass(frozen=True)
class Band:
    """A score range (inclusive at both ends) and what it means for the person."""

    min_score: int
    max_score: int
    label: str
    meaning: str
    next_steps: tuple[str, ...]

    def contains(self, score: int) -> bool:
        return self.min_score <= score <= self.max_score


@dataclass(frozen=True)
class RiskGuidance:
    """What the result page says instead of the band's words when a risk item is positive.

    Safe-messaging wording (hope, help-seeking, no method detail, no normalising): the
    band's ordinary meaning and next steps never appear beside a positive risk answer.
    """

    heading: str
    meaning: str
    next_steps: tuple[str, ...]
    score_note: str


@dataclass(frozen=True)
class RiskItem:
    """An item whose answer above `positive_above` must open the crisis panel first."""

    item: int
    positive_above: int
    guidance: RiskGuidance


@dataclass(frozen=True)
class ItemFlag:
    """A single-item rule: any of `items` answered at or below `at_or_below` shows `message`.

    WHO-5 uses it: an answer of 0 or 1 to any item calls for further assessment even when
    the total is fine.
    """

    at_or_below: int
    items: tuple[int, ...]
    message: str


@dataclass(frozen=True)
class FunctionalItem:
    """An optional item asked after the scored ones and never added to the score.

    PHQ-9 and GAD-7 close with "how difficult have these problems made it ...".
    """

    text: str
    options: tuple[Option, ...]
    loinc: str | None = None

    def option(self, value: int) -> Option:
        """The option worth `value` (ValueError if none is)."""
        for option in self.options:
            if option.value == value:
                return option
        raise ValueError(f"the functional item has no answer worth {value}")


@dataclass(frozen=True)
class Source:
    citation: str
    url: str


@dataclass(frozen=True)
class ReferenceFigure:
    """A published figure for health workers, shown beside the result with its citation."""

    text: str
    citation: str
    url: str


@dataclass(frozen=True)
class Instrument:
    """One questionnaire, validated.

    Attributes:
        id: the stable identifier stored in the vault ("phq9").
        version: the file's version, stored with each response.
        title: the short name ("PHQ-9"); full_name says what it measures.
        stem: the instruction shown above the items, verbatim; "" when the published form
            has none beyond the item itself (a single-item measure).
        options: the response options, in the order the form shows them.
        items: the questions, numbered from 1.
        percentage_multiplier: for WHO-5, raw x 4 gives 0-100; None for the others.
        bands: contiguous, non-overlapping, covering every possible score.
        risk_items: items that route to the crisis panel when positive, with their guidance.
        item_flags: single-item rules shown on the result (none for most instruments).
        functional_item: the optional, unscored closing item, or None.
        higher_is_better: True when a higher score means better (WHO-5); history says so.
        licence: the licence or attribution text shown wherever the instrument is.
        loinc: LOINC codes confirmed for the panel and total ("panel", "total").
    """

    id: str
    version: str
    title: str
    full_name: str
    stem: str
    options: tuple[Option, ...]
    items: tuple[Item, ...]
    method: str
    percentage_multiplier: int | None
    bands: tuple[Band, ...]
    risk_items: tuple[RiskItem, ...]
    source: Source
    other_sources: tuple[Source, ...]
    licence: str
    licence_url: str
    loinc: Mapping[str, str]
    reference_figures: tuple[ReferenceFigure, ...]
    item_flags: tuple[ItemFlag, ...] = ()
    functional_item: FunctionalItem | None = None
    higher_is_better: bool = False

    @property
    def min_value(self) -> int:
        return min(o.value for o in self.options)

    @property
    def max_value(self) -> int:
        return max(o.value for o in self.options)

    @property
    def min_score(self) -> int:
        return self.min_value * len(self.items)

    @property
    def max_score(self) -> int:
        return self.max_value * len(self.items)

    def option(self, value: int) -> Option:
        """The option scoring `value` (ValueError if none does)."""
        for option in self.options:
            if option.value == value:
                return option
        raise ValueError(f"{self.title} has no answer worth {value}")
