"""The peer log reads the name lists on the worker through its VaultOp: a failure is logged."""

from __future__ import annotations

import logging

import pytest
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.peer_log.view import PeerLogPage
from desktop.records.peer import deid_names
from desktop.ui.worker import Worker


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
