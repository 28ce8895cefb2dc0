"""The estimator: unbiased (exactly), its variance estimate unbiased, its interval covering."""

from __future__ import annotations

import random
from fractions import Fraction
from math import comb

import pytest

from desktop.prevalence.estimate import (
    MIN_TOKENS,
    TooFewTokens,
    estimate,
    unbiased,
    variance_estimate,
)
from desktop.prevalence.token import KEEP, randomize


def written_yes_rate(truth: Fraction) -> Fraction:
    """P(a token says 1) when a share `truth` of people would answer 1."""
    return KEEP * truth + (1 - KEEP) * (1 - truth)


def expectation(n: int, rate: Fraction, of: object) -> Fraction:
    """E[of(y, n)] for y ~ Binomial(n, rate), summed exactly."""
    return sum(
        (comb(n, y) * rate**y * (1 - rate) ** (n - y) * of(y, n) for y in range(n + 1)),  # type: ignore[operator]
        Fraction(0),
    )


@pytest.mark.parametrize("truth", [Fraction(0), Fraction(1, 10), Fraction(1, 3), Fraction(1)])
@pytest.mark.parametrize("n", [2, 30, 57])
def test_the_estimate_is_exactly_unbiased(truth: Fraction, n: int) -> None:
    rate = written_yes_rate(truth)
    assert expectation(n, rate, unbiased) == truth


@pytest.mark.parametrize("truth", [Fraction(0), Fraction(1, 4), Fraction(3, 5)])
@pytest.mark.parametrize("n", [2, 30, 41])
def test_the_variance_estimate_is_exactly_unbiased(truth: Fraction, n: int) -> None:
    rate = written_yes_rate(truth)
    mean = truth
    true_variance = expectation(n, rate, lambda y, m: (unbiased(y, m) - mean) ** 2)
    assert true_variance == rate * (1 - rate) / (n * (2 * KEEP - 1) ** 2)
    assert expectation(n, rate, variance_estimate) == true_variance


def simulate(truth: float, n: int, trials: int, seed: int) -> tuple[float, float]:
    """(mean estimate, share of intervals covering `truth`) over simulated surveys."""
    draw = random.Random(seed)
    estimates, covered = [], 0
    for _ in range(trials):
        bits = [randomize(draw.random() < truth, coin=draw.randrange) for _ in range(n)]
        found = estimate(bits)
        estimates.append(found.proportion)
        covered += found.low <= truth <= found.high
    return sum(estimates) / trials, covered / trials


@pytest.mark.parametrize(("truth", "n"), [(0.25, 30), (0.45, 100), (0.05, 400)])
def test_in_simulation_the_estimate_is_centred_and_the_interval_covers_about_95(
    truth: float, n: int
) -> None:
    trials = 1500
    mean, coverage = simulate(truth, n, trials, seed=int(truth * 1000) + n)
    # The standard error of the mean over 1500 trials is at most 1/sqrt(n * 1500).
    assert abs(mean - truth) < 4 / (n * trials) ** 0.5
    # 95% nominal; the Monte Carlo error is about 0.6 points, so 93-97% is a fair band.
    assert 0.93 <= coverage <= 0.97, coverage


def test_fewer_than_the_minimum_are_never_estimated() -> None:
    assert MIN_TOKENS == 30
    with pytest.raises(TooFewTokens, match="29 token") as refused:
        estimate([1, 0] * 14 + [1])
    assert (refused.value.count, refused.value.minimum) == (29, 30)
    assert estimate([1, 0] * 15).count == 30
    with pytest.raises(TooFewTokens):
        estimate([1], minimum=0)  # a variance needs two


def test_the_interval_stays_within_zero_and_one() -> None:
    found = estimate([1] * 40)  # every token says 1: the unbiased estimate is 150%
    assert found.proportion == pytest.approx(1.5)
    assert (found.shown, found.low, found.high) == (1.0, 1.0, 1.0)
    low = estimate([0] * 40)
    assert (low.shown, low.low, low.high) == (0.0, 0.0, 0.0)
