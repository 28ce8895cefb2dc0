"""How common an answer is among the people who handed over tokens, with its uncertainty.

Each written answer is the truth with probability p = 3/4, so among n tokens with y
written 1s, lambda-hat = y / n estimates lambda = p*pi + (1 - p)*(1 - pi) and

    pi-hat = (lambda-hat - (1 - p)) / (2p - 1)

is unbiased for the true proportion pi (Warner 1965). Its variance is
lambda(1 - lambda) / (n (2p - 1)^2); lambda-hat(1 - lambda-hat) / ((n - 1)(2p - 1)^2) estimates
it without bias, and the 95% interval is pi-hat +/- 1.96 standard errors, cut to 0..1
(the truth is always inside 0..1, so cutting never loses coverage).

Fewer than `MIN_TOKENS` tokens are never reported. The randomization already protects
each person; the minimum is there because below it the interval is wider than about
+/-36 percentage points (the standard error is at most 1/sqrt(n) with p = 3/4), a figure
that would mislead more than inform.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Final

from desktop.prevalence.token import KEEP

MIN_TOKENS: Final = 30
Z_95: Final = 1.959963984540054  # the standard normal's 97.5th percentile


class TooFewTokens(ValueError):
    """Fewer tokens than the minimum: nothing may be reported.

    Attributes:
        count: how many there were.
        minimum: how many are needed.
    """

    def __init__(self, count: int, minimum: int) -> None:
        super().__init__(f"{count} token(s); at least {minimum} are needed")
        self.count = count
        self.minimum = minimum


@dataclass(frozen=True)
class Estimate:
    """A proportion estimated from randomized answers.

    Attributes:
        count: tokens that carry this answer.
        written_yes: how many of them say 1.
        proportion: the unbiased estimate; by chance it can fall a little outside 0..1.
        standard_error: the estimated standard error of `proportion`.
        low, high: the 95% confidence interval, within 0..1.
    """

    count: int
    written_yes: int
    proportion: float
    standard_error: float
    low: float
    high: float

    @property
    def shown(self) -> float:
        """The estimate as reported: `proportion` cut to 0..1."""
        return _within(self.proportion)


def _within(value: float) -> float:
    return min(1.0, max(0.0, value))


def unbiased(written_yes: int, count: int, keep: Fraction = KEEP) -> Fraction:
    """pi-hat, exactly: the unbiased estimate of the true proportion."""
    if count <= 0 or not 0 <= written_yes <= count:
        raise ValueError("need 0 <= written_yes <= count and count > 0")
    return (Fraction(written_yes, count) - (1 - keep)) / (2 * keep - 1)


def variance_estimate(written_yes: int, count: int, keep: Fraction = KEEP) -> Fraction:
    """An unbiased estimate of Var(pi-hat), exactly (needs two tokens or more)."""
    if count < 2:
        raise ValueError("a variance needs at least two tokens")
    rate = Fraction(written_yes, count)
    return rate * (1 - rate) / ((count - 1) * (2 * keep - 1) ** 2)


def estimate(bits: Sequence[int], minimum: int = MIN_TOKENS) -> Estimate:
    """The estimate and 95% interval from written answers (each 0 or 1).

    Raises:
        TooFewTokens: fewer than `minimum` answers (and never fewer than 2).
    """
    count = len(bits)
    if count < max(minimum, 2):
        raise TooFewTokens(count, max(minimum, 2))
    yes = sum(bits)
    proportion = float(unbiased(yes, count))
    error = math.sqrt(variance_estimate(yes, count))
    return Estimate(
        count,
        yes,
        proportion,
        error,
        _within(proportion - Z_95 * error),
        _within(proportion + Z_95 * error),
    )
