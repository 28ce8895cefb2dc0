"""The real controller, screens and vault in a temporary data folder, driven like a person would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow
from pytestqt.qtbot import QtBot

from crypto.kdf import KdfParams
from crypto.recovery import RecoveryCode
from crypto.vault import Vault
from desktop.policy.effective import EffectivePolicy
from desktop.setup import view as setup_view
from desktop.shell.assembly import ShellServices, build_main_window
from desktop.shell.controller import AppController
from desktop.shell.idle import IdleWatcher
from desktop.ui.theme import ThemeManager
from desktop.ui.worker import Worker
from tests.worker_fixtures import vault, worker  # noqa: F401 - fixtures for this folder

PASSPHRASE = "sunflower river quiet lamp"
NEW_PASSPHRASE = "orbit kettle meadow violin"


@pytest.fixture
def existing_vault(data_dir: Path, fast_kdf: KdfParams) -> RecoveryCode:
    """A locked vault in `data_dir` opened by PASSPHRASE; returns its recovery code."""
    made, code = Vault.create(data_dir, PASSPHRASE, kdf_params=fast_kdf)
    made.lock()
    return code


@pytest.fixture
def idle() -> Iterator[IdleWatcher]:
    """The auto-lock watcher with 20 ms minutes; paused until a test wires and resumes it."""
    watcher = IdleWatcher(1, ms_per_minute=20)
    yield watcher
    watcher.close()


@pytest.fixture
def controller(
    qtbot: QtBot,
    data_dir: Path,
    fast_kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
    idle: IdleWatcher,
) -> Iterator[AppController]:
    """An AppController over `data_dir`, shut down (vault locked, worker stopped) afterwards."""
    # Closing setup half-way asks "Leave setup?"; a test that fails there must not hang.
    monkeypatch.setattr(setup_view, "ask_yes_no", lambda *_args: True)
    # The system's file chooser is modal; by default the person cancels it. Tests that
    # restore a backup answer it themselves.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: ("", ""))
    services: list[ShellServices] = []

    def real_main_window(opened: Vault, work: Worker) -> QMainWindow:
        """The real main window with every feature page, as the app assembles it."""
        return build_main_window(opened, work, services[0])

    app_controller = AppController(data_dir, real_main_window, kdf_params=fast_kdf)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    services.append(
        ShellServices(
            data_dir, ThemeManager(app), idle, EffectivePolicy.defaults(), app_controller.restore
        )
    )
    yield app_controller
    app_controller.shutdown()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()


class UrlCatcher(QObject):
    """Receives the URLs Qt would hand to the phone, messaging or browser app.

    Installed with QDesktopServices.setUrlHandler, Qt's own hook: nothing is mocked, the
    app's openUrl call is real and only its destination is this object.
    """

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def catcher() -> Iterator[UrlCatcher]:
    caught = UrlCatcher()
    for scheme in ("tel", "sms", "https"):
        # The stub types the method name as bytes; PySide6 accepts only str at run time.
        QDesktopServices.setUrlHandler(scheme, caught, "handle")  # type: ignore[arg-type]
    yield caught
    for scheme in ("tel", "sms", "https"):
        QDesktopServices.unsetUrlHandler(scheme)
