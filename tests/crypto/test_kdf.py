from __future__ import annotations

import time

import pytest

from crypto import kdf
from crypto.errors import VaultCorrupt


def test_parameters_below_owasp_minimum_are_refused() -> None:
    salt = b"s" * kdf.SALT_BYTES
    with pytest.raises(ValueError, match="OWASP"):
        kdf.KdfParams(salt, kdf.OWASP_MIN_MEMORY_KIB - 1, kdf.OWASP_MIN_ITERATIONS)
    with pytest.raises(ValueError, match="OWASP"):
        kdf.KdfParams(salt, kdf.OWASP_MIN_MEMORY_KIB, kdf.OWASP_MIN_ITERATIONS - 1)
    with pytest.raises(ValueError, match="salt"):
        kdf.KdfParams(b"short", kdf.OWASP_MIN_MEMORY_KIB, kdf.OWASP_MIN_ITERATIONS)


def test_derivation_is_deterministic_per_salt_and_passphrase() -> None:
    params = kdf.KdfParams.minimum()
    key = kdf.derive("pass phrase", params)
    assert len(key) == 32
    assert kdf.derive("pass phrase", params) == key
    assert kdf.derive("pass phrasE", params) != key
    assert kdf.derive("pass phrase", params.with_new_salt()) != key


def test_calibration_meets_the_floor_and_roughly_the_target() -> None:
    params = kdf.calibrate(target_seconds=0.2)
    assert params.memory_kib >= kdf.OWASP_MIN_MEMORY_KIB
    assert params.iterations >= kdf.OWASP_MIN_ITERATIONS
    start = time.perf_counter()
    kdf.derive("x", params)
    # Loose on purpose: this checks the scaling is sane, not the machine's speed.
    assert time.perf_counter() - start < 2.0


def test_calibration_never_goes_below_the_floor_even_for_a_tiny_target() -> None:
    params = kdf.calibrate(target_seconds=0.0001)
    assert params.iterations == kdf.OWASP_MIN_ITERATIONS


def test_stored_parameters_round_trip_and_bad_ones_are_corruption() -> None:
    params = kdf.KdfParams.minimum()
    assert kdf.KdfParams.from_json(params.to_json()) == params
    for broken in (
        {},
        {**params.to_json(), "name": "pbkdf2"},
        {**params.to_json(), "memory_kib": 8},
    ):
        with pytest.raises(VaultCorrupt):
            kdf.KdfParams.from_json(broken)


def test_the_fixed_cost_of_a_derivation_is_not_counted_per_pass() -> None:
    # 0.10 s to set up the memory, 0.05 s a pass: 0.5 s is 8 passes. One probe of 2 passes
    # (0.20 s) divided by 2 would say 0.10 s a pass and choose 5 passes: 0.35 s, 30% short.
    timings = {2: 0.10 + 2 * 0.05, 4: 0.10 + 4 * 0.05}
    assert kdf.iterations_for(0.5, timings) == 8


def test_noisy_or_single_probes_fall_back_to_the_plain_estimate() -> None:
    assert kdf.iterations_for(0.5, {2: 0.2}) == 5
    assert kdf.iterations_for(0.5, {2: 0.2, 4: 0.15}) == round(0.5 / (0.15 / 4))
    assert kdf.iterations_for(100.0, {2: 0.2, 4: 0.3}) == kdf.MAX_ITERATIONS


@pytest.mark.parametrize("change", [
    {"iterations": 1_000_000_000},
    {"memory_kib": 10**12},
    {"iterations": float("inf")},
    {"memory_kib": float("nan")},
    {"iterations": kdf.MAX_STORED_ITERATIONS, "memory_kib": kdf.MAX_STORED_MEMORY_KIB},
])
def test_stored_parameters_that_would_hang_the_unlock_are_refused_at_once(
    change: dict[str, float]
) -> None:
    stored = {**kdf.KdfParams.minimum().to_json(), **change}
    start = time.perf_counter()
    with pytest.raises(VaultCorrupt):
        kdf.KdfParams.from_json(stored)
    assert time.perf_counter() - start < 1.0


def test_what_calibration_can_choose_is_always_readable() -> None:
    most = kdf.KdfParams(b"\0" * 16, kdf.CALIBRATED_MEMORY_KIB, kdf.MAX_ITERATIONS)
    assert kdf.KdfParams.from_json(most.to_json()) == most
