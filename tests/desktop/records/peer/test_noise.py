"""The differential-privacy noise really has the scale the report states."""

from __future__ import annotations

import statistics

import pytest

from desktop.records.peer.report import SENSITIVITY, add_noise


@pytest.mark.parametrize("epsilon", [0.5, 2.0])
def test_noise_is_integer_laplace_with_the_stated_scale(epsilon: float) -> None:
    # Cells far from zero, so clamping negatives to 0 never bends the distribution.
    base = 10 * int(SENSITIVITY / epsilon) + 1000
    inner = [[[base] * 100 for _ in range(40)]]
    noisy, noise = add_noise(inner, epsilon)
    deviations = [cell - base for row in noisy[0] for cell in row]
    assert all(isinstance(cell, int) for row in noisy[0] for cell in row)
    assert noise.scale == pytest.approx(SENSITIVITY / epsilon)
    # For Laplace(b) the mean absolute deviation is b; 4,000 draws put it within ~5%.
    assert statistics.fmean(abs(d) for d in deviations) == pytest.approx(noise.scale, rel=0.1)
    assert abs(statistics.fmean(deviations)) < noise.scale * 0.1
    assert len(set(deviations)) > 10  # not a constant offset


@pytest.mark.parametrize("epsilon", [0.0, -1.0, 101.0])
def test_epsilon_out_of_range_is_refused(epsilon: float) -> None:
    with pytest.raises(ValueError, match="epsilon"):
        add_noise([[[1]]], epsilon)
