"""Honest differences between two kinds of day, in pure Python (no numpy, no scipy).

The question is always the same: on days with something (a stress driver, a poor night),
was an outcome (mood, energy, a questionnaire score) different from days without it, and
how sure can we be? The answer is a difference in means with a confidence interval.

Why not a plain t-test: daily check-ins are autocorrelated. A hard week is several hard
days in a row, and short-staffing comes in runs, so the days are not independent and a
plain interval would be far too narrow. The difference in means is the slope of an
ordinary least-squares regression of the outcome on a 0/1 indicator, and its standard
error here is heteroskedasticity- and autocorrelation-robust: the long-run variance of
the score (x - mean x) * residual is estimated with the equal-weighted cosine (EWC)
estimator, and the interval uses Student's t with as many degrees of freedom as cosine
terms, nu = floor(0.4 * T^(2/3)). This is the recommendation of Lazarus, Lewis, Stock and
Watson, "HAR Inference: Recommendations for Practice", J. Business & Economic Statistics
36(4), 2018: with fixed-b theory the t_nu critical values keep the size close to nominal
in small samples, where Newey-West with normal critical values over-rejects. It needs no
resampling, so it is fast enough to recompute on every visit and to check by simulation
(tests/desktop/insights). Observations are taken in day order; a skipped day simply joins
its neighbours, which is what a person's run of check-ins is.

Two more steps, because a person's drivers come in runs: when staffing was short on four
separate stretches, there are about four independent pieces of evidence, however many days
they cover. With r the fewer of the runs with and the runs without, the degrees of freedom
are capped at r - 1 and the variance is scaled by (r + 1) / (r - 1), in the spirit of the
G / (G - 1) of a cluster-robust variance with G clusters but a step larger. These two are
our own small-sample calibration, not part of the paper, chosen by simulation (AR(1) days
with rho up to 0.6, drivers that persist for days, 40 to 90 days, answers rounded to the
1-5 scale): the EWC interval alone covered as little as 82% at a nominal 95%, and with the
plain G / (G - 1) scaling the page showed a difference for 5.9% of 1,500 simulated people
with none (above the 5% stated). With (r + 1) / (r - 1) the nominal 95% interval covers
95-97% and 4.4% of those people were shown one. The test suite re-checks both.

Many comparisons are made at once (every driver against every outcome), so the page
controls the family-wise error: each interval is a Bonferroni simultaneous interval at
level 1 - alpha/m for the m comparisons that had enough data, and a difference is only
called clear when its interval excludes zero. That makes the chance of showing any
difference when there is none at most alpha for the whole page.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

_CF_MAX_STEPS: Final = 300
_CF_EPS: Final = 1e-14
_TINY: Final = 1e-300


@dataclass(frozen=True)
class Comparison:
    """A difference in means (with minus without) and its confidence interval.

    Attributes:
        estimate: mean on days with, minus mean on days without.
        low, high: the interval's ends (low <= estimate <= high).
        n_with, n_without: how many observations were in each group.
        level: the confidence level of this one interval (e.g. 0.996 for 0.05 over 14).
        dof: the degrees of freedom of its t critical value (the EWC nu, capped by runs).
    """

    estimate: float
    low: float
    high: float
    n_with: int
    n_without: int
    level: float
    dof: int

    @property
    def excludes_zero(self) -> bool:
        return self.low > 0 or self.high < 0


def _beta_continued_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of the incomplete beta function (modified Lentz)."""
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    h = d
    for m in range(1, _CF_MAX_STEPS + 1):
        m2 = 2 * m
        for numerator in (m * (b - m) * x / ((qam + m2) * (a + m2)),
                          -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > _TINY else _TINY)
            c = 1.0 + numerator / c
            c = c if abs(c) > _TINY else _TINY
            step = d * c
            h *= step
        if abs(step - 1.0) < _CF_EPS:
            break
    return h


def regularized_beta(a: float, b: float, x: float) -> float:
    """I_x(a, b), the regularized incomplete beta function, for a, b > 0 and 0 <= x <= 1."""
    if not 0.0 <= x <= 1.0:
        raise ValueError("x must be between 0 and 1")
    if x in (0.0, 1.0):
        return x
    log_front = (math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
                 + a * math.log(x) + b * math.log1p(-x))
    front = math.exp(log_front)
    # The fraction converges fast only on this side of the mean; use symmetry otherwise.
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_continued_fraction(a, b, x) / a
    return 1.0 - front * _beta_continued_fraction(b, a, 1.0 - x) / b


def t_upper_tail(t: float, dof: float) -> float:
    """P(T > t) for Student's t with `dof` degrees of freedom."""
    if dof <= 0:
        raise ValueError("degrees of freedom must be positive")
    tail = 0.5 * regularized_beta(dof / 2.0, 0.5, dof / (dof + t * t))
    return tail if t >= 0 else 1.0 - tail


@lru_cache(maxsize=256)  # a page asks for the same few (level, dof) pairs many times
def t_quantile(p: float, dof: float) -> float:
    """The t value with P(T <= value) = p (bisection on the tail; exact to ~1e-10)."""
    if not 0.0 < p < 1.0:
        raise ValueError("p must be strictly between 0 and 1")
    if p < 0.5:
        return -t_quantile(1.0 - p, dof)
    tail = 1.0 - p
    low, high = 0.0, 1.0
    while t_upper_tail(high, dof) > tail:
        high *= 2.0
    for _ in range(200):
        mid = (low + high) / 2.0
        if t_upper_tail(mid, dof) > tail:
            low = mid
        else:
            high = mid
        if high - low < 1e-10 * max(1.0, high):
            break
    return (low + high) / 2.0


def ewc_dof(count: int) -> int:
    """The number of cosine terms (and t degrees of freedom) for `count` observations."""
    return max(1, min(count - 2, math.floor(0.4 * math.pow(count, 2.0 / 3.0))))


def runs(exposed: Sequence[bool]) -> tuple[int, int]:
    """(runs of exposed observations, runs of the others): stretches in a row of each kind."""
    with_runs = without_runs = 0
    previous: bool | None = None
    for flag in exposed:
        if flag != previous:
            if flag:
                with_runs += 1
            else:
                without_runs += 1
        previous = flag
    return with_runs, without_runs


def long_run_variance(scores: Sequence[float], dof: int) -> float:
    """The EWC long-run variance of mean-zero `scores`: the mean of `dof` squared projections
    onto the type-II cosines sqrt(2/T) cos(pi j (t - 1/2) / T), j = 1..dof."""
    count = len(scores)
    total = 0.0
    for j in range(1, dof + 1):
        step = math.pi * j / count
        projection = sum(z * math.cos(step * (t + 0.5)) for t, z in enumerate(scores))
        total += 2.0 / count * projection * projection
    return total / dof


def compare(values: Sequence[float], exposed: Sequence[bool], level: float) -> Comparison | None:
    """The difference in means between exposed and other observations, with an interval.

    Args:
        values: the outcome, one per observation, in time order.
        exposed: whether each observation had the thing being compared.
        level: the confidence level of the interval (e.g. 1 - 0.05 / m).

    Returns:
        None when either group is empty, there are too few observations for an interval, or
        the answers do not vary within the groups.
    """
    if len(values) != len(exposed):
        raise ValueError("values and exposed must be the same length")
    if not 0.0 < level < 1.0:
        raise ValueError("level must be strictly between 0 and 1")
    count = len(values)
    n_with = sum(1 for e in exposed if e)
    n_without = count - n_with
    if n_with == 0 or n_without == 0 or count < 4:
        return None
    xs = [1.0 if e else 0.0 for e in exposed]
    mean_with = sum(v for v, e in zip(values, exposed, strict=True) if e) / n_with
    mean_without = sum(v for v, e in zip(values, exposed, strict=True) if not e) / n_without
    estimate = mean_with - mean_without
    x_bar = n_with / count
    spread = sum((x - x_bar) ** 2 for x in xs) / count
    # Residuals of the regression on the indicator are deviations from each group's mean.
    scores = [
        (x - x_bar) * (v - (mean_with if x else mean_without))
        for v, x in zip(values, xs, strict=True)
    ]
    fewer_runs = max(2, min(runs(exposed)))
    dof = max(1, min(ewc_dof(count), fewer_runs - 1))
    variance = long_run_variance(scores, dof) * (fewer_runs + 1) / (fewer_runs - 1)
    if variance <= 0.0:
        # Identical answers within each group: no spread to judge chance by, and a range of
        # zero width would claim a certainty the data cannot give.
        return None
    error = math.sqrt(variance / count) / spread
    half = t_quantile(1.0 - (1.0 - level) / 2.0, dof) * error
    return Comparison(estimate, estimate - half, estimate + half, n_with, n_without, level, dof)
