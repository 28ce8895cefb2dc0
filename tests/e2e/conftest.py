"""The real controller, screens and vault in a temporary data folder, driven like a person would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from crypto.kdf import KdfParams
from crypto.recovery import RecoveryCode
from crypto.vault import Vault
from desktop.shell.controller import AppController
from desktop.shell.main_window import MainWindow
from desktop.shell.worker import Worker

PASSPHRASE = "sunflower river quiet lamp"
NEW_PASSPHRASE = "orbit kettle meadow violin"


def real_main_window(vault: Vault, worker: Worker) -> QMainWindow:
    """The real main window, without feature pages (the lead wires those)."""
    return MainWindow()


@pytest.fixture
def existing_vault(data_dir: Path, fast_kdf: KdfParams) -> RecoveryCode:
    """A locked vault in `data_dir` opened by PASSPHRASE; returns its recovery code."""
    vault, code = Vault.create(data_dir, PASSPHRASE, kdf_params=fast_kdf)
    vault.lock()
    return code


@pytest.fixture
def controller(
    qtbot: QtBot, data_dir: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> Iterator[AppController]:
    """An AppController over `data_dir`, shut down (vault locked, worker stopped) afterwards."""
    # Closing setup half-way asks "Leave setup?"; a test that fails there must not hang.
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)
    app_controller = AppController(data_dir, real_main_window, kdf_params=fast_kdf)
    yield app_controller
    app_controller.shutdown()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()
