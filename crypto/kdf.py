"""Argon2id: a passphrase becomes a wrapping key, with parameters calibrated to this machine.

The parameters are stored beside each wrap, so a vault made on a fast desktop still opens
on a slow laptop, and calibration can only ever raise the cost above OWASP's floor.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from crypto.errors import VaultCorrupt

KEY_BYTES = 32
SALT_BYTES = 16

# OWASP Password Storage Cheat Sheet: Argon2id with at least 19 MiB, 2 iterations, 1 lane.
OWASP_MIN_MEMORY_KIB = 19_456
OWASP_MIN_ITERATIONS = 2
# Calibration holds memory at 128 MiB (memory hardness is what hurts GPUs) and raises
# iterations until one derivation takes the target time.
CALIBRATED_MEMORY_KIB = 131_072
DEFAULT_TARGET_SECONDS = 0.5
MAX_ITERATIONS = 64
# What a stored wrap may ask for. A key file is read before anything proves it genuine, so
# 1e9 passes or terabytes of memory would hang or exhaust the machine at unlock; the caps
# are twice what calibration can choose (128 MiB x 64 passes) in total work.
MAX_STORED_MEMORY_KIB = 1_048_576  # 1 GiB
MAX_STORED_ITERATIONS = 256
MAX_STORED_WORK_KIB = 2 * CALIBRATED_MEMORY_KIB * MAX_ITERATIONS  # memory x passes


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters and the salt they were used with."""

    salt: bytes
    memory_kib: int
    iterations: int
    lanes: int = 1

    def __post_init__(self) -> None:
        if len(self.salt) < SALT_BYTES:
            raise ValueError("salt too short")
        if self.memory_kib < OWASP_MIN_MEMORY_KIB or self.iterations < OWASP_MIN_ITERATIONS:
            raise ValueError("Argon2id parameters below OWASP's minimum")
        if not 1 <= self.lanes <= 16:
            raise ValueError("lanes out of range")
        if (self.memory_kib > MAX_STORED_MEMORY_KIB or self.iterations > MAX_STORED_ITERATIONS
                or self.memory_kib * self.iterations > MAX_STORED_WORK_KIB):
            raise ValueError("Argon2id parameters beyond what Confide ever chooses")

    @classmethod
    def minimum(cls) -> KdfParams:
        """OWASP's floor with a fresh salt: what tests use to stay fast, never weaker."""
        return cls(os.urandom(SALT_BYTES), OWASP_MIN_MEMORY_KIB, OWASP_MIN_ITERATIONS)

    def with_new_salt(self) -> KdfParams:
        """The same cost with a fresh salt, for a new wrap."""
        return KdfParams(os.urandom(SALT_BYTES), self.memory_kib, self.iterations, self.lanes)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "salt": self.salt.hex(),
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @classmethod
    def from_json(cls, data: Any, where: Any = "key file") -> KdfParams:
        """Read stored parameters; anything odd means a damaged or foreign key file."""
        try:
            if data["name"] != "argon2id":
                raise ValueError("unknown KDF")
            return cls(
                bytes.fromhex(data["salt"]),
                int(data["memory_kib"]),
                int(data["iterations"]),
                int(data["lanes"]),
            )
        except (KeyError, TypeError, ValueError, OverflowError) as exc:  # Infinity: Overflow
            raise VaultCorrupt(where, "unreadable key-derivation parameters") from exc


def derive(passphrase: str, params: KdfParams) -> bytes:
    """The 256-bit wrapping key for `passphrase` under `params` (slow by design)."""
    kdf = Argon2id(
        salt=params.salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def iterations_for(target_seconds: float, timings: dict[int, float]) -> int:
    """Passes that take `target_seconds`, from derivation times at two or more pass counts.

    A derivation costs a fixed part (allocating and first filling the memory) plus a part
    per pass. Dividing one probe's time by its passes counts the fixed part as per-pass
    cost, so the result undershot the target (0.38-0.42 s for 0.5 s). A line through the
    fewest and the most passes timed separates the two. Clamped to OWASP's floor and
    `MAX_ITERATIONS`.
    """
    low, high = min(timings), max(timings)
    if high > low and timings[high] > timings[low]:
        per_pass = (timings[high] - timings[low]) / (high - low)
        fixed = max(0.0, timings[low] - per_pass * low)
    else:  # one probe, or scheduling noise made the longer one quicker: the old estimate
        per_pass, fixed = timings[high] / high, 0.0
    iterations = round((target_seconds - fixed) / max(per_pass, 1e-4))
    return max(OWASP_MIN_ITERATIONS, min(MAX_ITERATIONS, iterations))


def calibrate(target_seconds: float = DEFAULT_TARGET_SECONDS) -> KdfParams:
    """Parameters whose derivation takes about `target_seconds` on this machine.

    Times one derivation at the calibrated memory with OWASP's minimum passes and one with
    twice that, fits the fixed and per-pass costs (`iterations_for`), and never goes below
    OWASP's floor. The benchmark (`tests/benchmarks/run.py`, KDF row) measures the result
    against the target.
    """
    timings: dict[int, float] = {}
    for passes in (OWASP_MIN_ITERATIONS, 2 * OWASP_MIN_ITERATIONS):
        probe = KdfParams(os.urandom(SALT_BYTES), CALIBRATED_MEMORY_KIB, passes)
        start = time.perf_counter()
        derive("calibration", probe)
        timings[passes] = time.perf_counter() - start
    iterations = iterations_for(target_seconds, timings)
    return KdfParams(os.urandom(SALT_BYTES), CALIBRATED_MEMORY_KIB, iterations)
