"""The peer log reads the name lists on the worker through its VaultOp: a failure is logged."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.peer_log.view import PeerLogPage
from desktop.records.peer import deid_names
from desktop.ui.worker import Worker


@pytest.fixture
def worker(qapp: QApplication) -> Iterator[Worker]:
    work = Worker()
    yield work
    work.stop()


@pytest.fixture
def vault(data_dir: Path, fast_kdf: KdfParams, worker: Worker) -> Iterator[Vault]:
    made, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, "preload test passphrase", kdf_params=fast_kdf))
    yield made
    if made.is_open:
        worker.run_blocking(made.lock)


def test_a_failed_preload_is_logged_by_its_type(
    qtbot: QtBot, vault: Vault, worker: Worker, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def unreadable() -> None:
        raise OSError("the lists are gone from /some/private/path")

    monkeypatch.setattr(deid_names, "preload", unreadable)
    with caplog.at_level(logging.WARNING, logger="desktop.ui.vault_op"):
        page = PeerLogPage(vault, worker)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: not worker.busy)
    said = [r.getMessage() for r in caplog.records]
    assert "PeerLogPage: vault job failed: OSError" in said
    assert not any("private" in line for line in said)
