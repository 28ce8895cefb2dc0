"""A period's noise is drawn once: the kept draw, when it is used and when it is not."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.peer_reports.noise_draws import DRAWS_KEY, Grids, forget_months, noised
from desktop.records.peer.report import SENSITIVITY, Noise

JAN = ("2025-01",)
Q1 = ("2025-01", "2025-02", "2025-03")
APR = ("2025-04",)
TRUE: Grids = [[[3, 0], [14, 2]], [[5, 5]]]


@pytest.fixture
def vault(data_dir: Path, fast_kdf: KdfParams) -> Iterator[Vault]:
    made, _code = Vault.create(data_dir, "noise draws test passphrase", kdf_params=fast_kdf)
    yield made
    made.lock()


class Draws:
    """Stands in for the random draw: counts its calls, adds the call number to each cell."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, inner: Grids, epsilon: float) -> tuple[Grids, Noise]:
        self.calls += 1
        noisy = [[[v + self.calls for v in row] for row in grid] for grid in inner]
        return noisy, Noise(epsilon=epsilon, scale=SENSITIVITY / epsilon)


def test_the_same_period_epsilon_and_counts_reuse_the_kept_draw(vault: Vault) -> None:
    draw = Draws()
    first = noised(vault, JAN, 1.0, TRUE, draw)
    again = noised(vault, JAN, 1.0, TRUE, draw)
    assert draw.calls == 1 and again == first
    assert again[1] == Noise(epsilon=1.0, scale=SENSITIVITY)


def test_another_epsilon_period_or_count_is_a_new_draw(vault: Vault) -> None:
    draw = Draws()
    noised(vault, JAN, 1.0, TRUE, draw)
    noised(vault, JAN, 0.5, TRUE, draw)
    noised(vault, Q1, 1.0, TRUE, draw)
    changed = [[[4, 0], [14, 2]], [[5, 5]]]  # a contact logged since
    noised(vault, JAN, 1.0, changed, draw)
    assert draw.calls == 4
    # Each of them is kept: asking again draws nothing.
    noised(vault, JAN, 0.5, TRUE, draw)
    noised(vault, Q1, 1.0, TRUE, draw)
    assert draw.calls == 4


def test_an_unreadable_or_misshapen_kept_draw_is_drawn_anew(
    vault: Vault, caplog: pytest.LogCaptureFixture
) -> None:
    draw = Draws()
    vault.execute("INSERT INTO settings VALUES (?, ?)", (DRAWS_KEY, "not json"))
    with caplog.at_level(logging.WARNING):
        noised(vault, JAN, 1.0, TRUE, draw)
    assert "unreadable" in caplog.text and draw.calls == 1
    name = "2025-01..2025-01@1.0"
    rows = vault.query("SELECT value FROM settings WHERE key = ?", (DRAWS_KEY,))
    assert name in rows[0][0]
    vault.execute("UPDATE settings SET value = replace(value, '[[[', '[[[-7,') WHERE key = ?",
                  (DRAWS_KEY,))
    noisy, _ = noised(vault, JAN, 1.0, TRUE, draw)  # a negative count is never used
    assert draw.calls == 2 and noisy[0][0][0] == 3 + 2


def test_forgetting_months_drops_only_draws_that_share_one(vault: Vault) -> None:
    draw = Draws()
    for months in (JAN, Q1, APR):
        noised(vault, months, 1.0, TRUE, draw)
    with vault.transaction() as conn:
        forget_months(conn, ("2025-02",))
    noised(vault, APR, 1.0, TRUE, draw)  # kept
    assert draw.calls == 3
    noised(vault, JAN, 1.0, TRUE, draw)  # January was kept too: it holds no February
    assert draw.calls == 3
    noised(vault, Q1, 1.0, TRUE, draw)  # dropped: drawn again
    assert draw.calls == 4
