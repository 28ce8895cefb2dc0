"""The statistics: the t distribution against published values, and interval coverage by
simulation with autocorrelated days where the true difference is known."""

from __future__ import annotations

import random

import pytest

from desktop.insights import stats
from desktop.insights.stats import compare, regularized_beta, runs, t_quantile
from tests.desktop.insights.simulate import series


@pytest.mark.parametrize(
    ("p", "dof", "expected"),
    [  # standard t tables
        (0.975, 1, 12.7062),
        (0.975, 2, 4.3027),
        (0.975, 6, 2.4469),
        (0.995, 8, 3.3554),
        (0.975, 1000, 1.9623),
        (0.025, 6, -2.4469),
    ],
)
def test_t_quantile_matches_tables(p: float, dof: int, expected: float) -> None:
    assert t_quantile(p, dof) == pytest.approx(expected, abs=1e-4)


def test_regularized_beta_known_values() -> None:
    assert regularized_beta(2, 3, 0.5) == pytest.approx(0.6875)  # 11/16
    assert regularized_beta(1, 1, 0.3) == pytest.approx(0.3)
    assert regularized_beta(2.5, 4, 0.8) == pytest.approx(1 - regularized_beta(4, 2.5, 0.2))


def test_runs_counts_stretches() -> None:
    assert runs([True, True, False, True, False, False]) == (2, 2)
    assert runs([False] * 4) == (0, 1)


def test_compare_difference_and_groups() -> None:
    values = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]
    exposed = [True, False] * 4
    result = compare(values, exposed, 0.95)
    assert result is not None
    assert result.estimate == pytest.approx(4.0 - 5.0)
    assert (result.n_with, result.n_without) == (4, 4)
    assert result.low <= result.estimate <= result.high


def test_compare_needs_both_groups() -> None:
    assert compare([1.0, 2.0, 3.0, 4.0], [True] * 4, 0.95) is None
    with pytest.raises(ValueError, match="same length"):
        compare([1.0], [True, False], 0.95)


def test_no_interval_without_spread() -> None:
    """Every staffing day a 2 and every other day a 4 leaves nothing to judge chance by."""
    exposed = [i % 3 == 0 for i in range(30)]
    assert compare([2.0 if e else 4.0 for e in exposed], exposed, 0.95) is None


def test_wider_for_a_stricter_level() -> None:
    values, exposed = series(random.Random(3), 90, effect=-0.5)
    loose, strict = compare(values, exposed, 0.95), compare(values, exposed, 0.995)
    assert loose is not None and strict is not None
    assert strict.high - strict.low > loose.high - loose.low


@pytest.mark.parametrize(("rho", "stay"), [(0.0, 0.0), (0.4, 0.7), (0.6, 0.85)])
def test_interval_covers_the_truth_at_its_stated_rate(rho: float, stay: float) -> None:
    """200 simulated people, 90 days each, a true difference of -0.6: the nominal 95%
    interval should cover it about 95% of the time (binomial SD at 200 is 1.5 points;
    the calibration in the module docstring errs on the wide side, hence the bounds)."""
    rng = random.Random(20261204)
    truth, covered, made = -0.6, 0, 0
    for _ in range(200):
        values, exposed = series(rng, 90, effect=truth, rho=rho, stay=stay)
        result = compare(values, exposed, 0.95)
        if result is None:
            continue
        made += 1
        covered += result.low <= truth <= result.high
    assert made >= 190
    assert 0.91 <= covered / made <= 0.99


def test_dof_capped_by_runs() -> None:
    """Two long stretches of a driver are about two pieces of evidence, not forty days."""
    values = [float(i % 5) for i in range(90)]
    exposed = [20 <= i < 40 or 60 <= i < 80 for i in range(90)]
    result = compare(values, exposed, 0.95)
    assert result is not None
    assert stats.ewc_dof(90) == 8
    assert result.dof == 1  # min(2 runs with, 3 runs without) - 1
