"""The theme's full style (IndicatorStyle) waits for the unlock screen's first paint, but
no other screen or window is built before it: the setup wizard's check boxes and the
crisis panel's fields would look different for their first frames."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.shell.controller import AppController


def _controller(data_dir: Path, fast_kdf: KdfParams, calls: list[bool]) -> AppController:
    controller: AppController

    def full_style() -> None:
        calls.append(controller.setup_wizard is None and controller.crisis_panel is None)

    controller = AppController(data_dir, lambda _vault, _worker: QMainWindow(),
                               kdf_params=fast_kdf, full_style=full_style)
    return controller


def test_the_setup_wizard_is_built_after_the_full_style(
    qtbot: QtBot, data_dir: Path, fast_kdf: KdfParams
) -> None:
    calls: list[bool] = []
    controller = _controller(data_dir, fast_kdf, calls)
    try:
        controller.start()
        assert controller.setup_wizard is not None
        assert calls[:1] == [True]  # asked for before the wizard existed
    finally:
        controller.shutdown()


def test_the_unlock_screen_comes_first_and_the_crisis_panel_after_the_full_style(
    qtbot: QtBot, data_dir: Path, fast_kdf: KdfParams, vault: Vault
) -> None:
    vault.lock()
    calls: list[bool] = []
    controller = _controller(data_dir, fast_kdf, calls)
    try:
        controller.start()
        assert controller.lock_screen is not None
        assert calls == []  # the unlock screen does not wait for it
        controller.show_crisis_panel()
        assert controller.crisis_panel is not None
        assert calls[:1] == [True]
    finally:
        controller.shutdown()
