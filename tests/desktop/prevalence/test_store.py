"""The vault rows for tokens: the choice, the device secret, one token per quarter."""

from __future__ import annotations

from crypto.vault import Vault
from desktop.prevalence.store import (
    DEVICE_SECRET_ROW,
    device_secret,
    read_state,
    record_token,
    set_opted_in,
)
from desktop.prevalence.token import Period, device_tag, make_token
from desktop.ui.worker import Worker

Q4 = Period(2026, 4)


def test_off_until_chosen_and_the_choice_is_kept(vault: Vault, worker: Worker) -> None:
    assert worker.run_blocking(lambda: read_state(vault, Q4)).opted_in is False
    worker.run_blocking(lambda: set_opted_in(vault, True))
    assert worker.run_blocking(lambda: read_state(vault, Q4)).opted_in is True
    worker.run_blocking(lambda: set_opted_in(vault, False))
    assert worker.run_blocking(lambda: read_state(vault, Q4)).opted_in is False


def test_the_device_secret_is_made_once_and_kept(vault: Vault, worker: Worker) -> None:
    first = worker.run_blocking(lambda: device_secret(vault))
    assert len(first) == 32 and worker.run_blocking(lambda: device_secret(vault)) == first
    worker.run_blocking(lambda: vault.execute(
        "UPDATE settings SET value = 'zz' WHERE key = ?", (DEVICE_SECRET_ROW,)))
    assert worker.run_blocking(lambda: device_secret(vault)) not in (first, b"")


def test_a_quarter_keeps_its_first_token(vault: Vault, worker: Worker) -> None:
    secret = worker.run_blocking(lambda: device_secret(vault))
    first = make_token(Q4, secret, 4, None, coin=lambda n: 0)
    second = make_token(Q4, secret, 4, None, coin=lambda n: 3)
    assert worker.run_blocking(lambda: record_token(vault, first)) == first
    assert worker.run_blocking(lambda: record_token(vault, second)) == first
    assert worker.run_blocking(lambda: read_state(vault, Q4)).saved == first
    assert worker.run_blocking(lambda: read_state(vault, Period(2026, 3))).saved is None
    assert first.tag == device_tag(secret, Q4)
