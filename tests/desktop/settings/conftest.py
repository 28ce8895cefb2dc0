"""The settings tests' vault: opened on the real worker thread, as the app opens it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.ui.worker import Worker

PASSPHRASE = "correct horse battery staple orbit"


@pytest.fixture
def worker() -> Iterator[Worker]:
    work = Worker()
    yield work
    work.stop()


@pytest.fixture
def vault(worker: Worker, data_dir: Path, fast_kdf: KdfParams) -> Iterator[Vault]:
    """A vault with one check-in holding "private words", used only on `worker`."""
    opened, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, PASSPHRASE, kdf_params=fast_kdf)
    )
    worker.run_blocking(
        lambda: opened.execute(
            "INSERT INTO checkin (day, recorded_at, mood, energy, sleep, note) "
            "VALUES ('2025-01-02', '2025-01-02T08:00:00Z', 3, 4, 2, 'private words')"
        )
    )
    yield opened
    if opened.is_open:
        worker.run_blocking(opened.lock)
