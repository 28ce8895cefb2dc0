"""One scoring engine for every instrument: the rules live in the instrument files, not here.

An answer set is checked before anything is added up: the wrong number of answers, or an
answer that is not one of the instrument's options, raises ValueError and is never scored.
A half-scored questionnaire would show a band the person did not earn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.records.instruments import Band, Instrument, RiskGuidance


@dataclass(frozen=True)
class RaisedFlag:
    """A single-item rule that an answer set met: its message and the items that met it."""

    message: str
    items: tuple[int, ...]


@dataclass(frozen=True)
class Result:
    """A scored answer set.

    Attributes:
        score: the raw score (the sum of the answers).
        band: the one band holding `score`.
        risk_items: item numbers (from 1) whose answers signal risk; () when none.
        percentage: the 0-100 form (WHO-5: raw x 4), or None for instruments without one.
        risk_guidance: the guidance of each positive risk item, without repeats; it replaces
            the band's meaning and next steps wherever the result is shown.
        flags: the single-item rules the answers met (WHO-5: an item at 0 or 1).
    """

    score: int
    band: Band
    risk_items: tuple[int, ...]
    percentage: float | None
    risk_guidance: tuple[RiskGuidance, ...] = ()
    flags: tuple[RaisedFlag, ...] = ()

    @property
    def risk(self) -> bool:
        return bool(self.risk_items)


def check_answers(instrument: Instrument, answers: Sequence[int]) -> tuple[int, ...]:
    """`answers` as a tuple after checking them against `instrument`.

    Raises:
        ValueError: the wrong number of answers, or an answer that is not an option.
    """
    if len(answers) != len(instrument.items):
        raise ValueError(
            f"{instrument.title} needs {len(instrument.items)} answers, not {len(answers)}"
        )
    allowed = {option.value for option in instrument.options}
    for number, answer in enumerate(answers, start=1):
        # bool is an int in Python; True is a caller's bug, not the answer 1.
        if not isinstance(answer, int) or isinstance(answer, bool) or answer not in allowed:
            raise ValueError(
                f"{instrument.title} item {number}: {answer!r} is not one of {sorted(allowed)}"
            )
    return tuple(answers)


def score(instrument: Instrument, answers: Sequence[int]) -> Result:
    """Score `answers` (one per item, in item order) by the instrument's published rule.

    Raises:
        ValueError: the answer set is invalid (see `check_answers`).
    """
    checked = check_answers(instrument, answers)
    if instrument.method != "sum":  # the loader admits only known methods
        raise ValueError(f"unknown scoring method {instrument.method!r}")
    total = sum(checked)
    bands = [band for band in instrument.bands if band.contains(total)]
    if len(bands) != 1:  # the loader guarantees contiguous bands; this guards hand-built ones
        raise ValueError(f"{instrument.title}: score {total} falls in {len(bands)} bands")
    positive = [r for r in instrument.risk_items if checked[r.item - 1] > r.positive_above]
    guidance = tuple(dict.fromkeys(r.guidance for r in positive))  # in order, without repeats
    flags = []
    for flag in instrument.item_flags:
        met = tuple(n for n in flag.items if checked[n - 1] <= flag.at_or_below)
        if met:
            flags.append(RaisedFlag(flag.message, met))
    multiplier = instrument.percentage_multiplier
    return Result(
        total,
        bands[0],
        tuple(r.item for r in positive),
        None if multiplier is None else float(total * multiplier),
        guidance,
        tuple(flags),
    )
