"""The vault thread and a vault made on it, as the app has them: fixtures for the test
folders whose pages use the vault on the worker (imported into their conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.ui.worker import Worker
from tests.conftest import VAULT_PASSPHRASE


@pytest.fixture
def worker(qapp: QApplication) -> Iterator[Worker]:
    """The vault thread, as the app has one; stopped after the test."""
    work = Worker()
    yield work
    work.stop()


@pytest.fixture
def vault(data_dir: Path, fast_kdf: KdfParams, worker: Worker) -> Iterator[Vault]:
    """A new vault opened on the worker thread (as the app does); locked there after."""
    made, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, VAULT_PASSPHRASE, kdf_params=fast_kdf))
    yield made
    if made.is_open:
        worker.run_blocking(made.lock)
