"""Roles chosen in Settings, end to end: the peer pages come and go at once, and stay
chosen across a lock; an organization that does not offer the peer log is obeyed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox
from pytestqt.qtbot import QtBot

from crypto.kdf import KdfParams
from crypto.recovery import RecoveryCode
from crypto.vault import Vault
from desktop.peer_log.view import PeerLogPage
from desktop.peer_merge.merge_view import MergePage
from desktop.peer_reports.report_view import ReportPage
from desktop.policy.effective import EffectivePolicy
from desktop.policy.sources import PolicyDocument, PolicyReading
from desktop.roles import Roles, save_roles
from desktop.settings.roles_view import NOT_OFFERED
from desktop.settings.view import SettingsPage
from desktop.shell.assembly import ShellServices, build_main_window
from desktop.shell.controller import AppController
from desktop.shell.idle import IdleWatcher
from desktop.shell.main_window import MainWindow
from desktop.ui.theme import ThemeManager
from desktop.words import MANAGED_TEXT
from tests.e2e.conftest import PASSPHRASE

PEER_KEYS = ["peer_log", "peer_reports", "merge_reports"]


def unlock(qtbot: QtBot, controller: AppController) -> tuple[MainWindow, SettingsPage]:
    """Unlock, open Settings, and wait until it has read the roles."""
    if controller.lock_screen is None:
        controller.start()
    screen = controller.lock_screen
    assert screen is not None
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        screen.passphrase.setText(PASSPHRASE)
        screen.unlock_button.click()
    window = controller.main_window
    assert isinstance(window, MainWindow)
    window.show_page("settings")
    settings = window.page("settings")
    assert isinstance(settings, SettingsPage)
    qtbot.waitUntil(lambda: settings.roles.stored is not None, timeout=5_000)
    # ... and laid out: built on first use, its boxes are 0 px tall until the next turn.
    qtbot.waitUntil(lambda: settings.roles.peer_box.height() > 0, timeout=5_000)
    return window, settings


def peer_keys(window: MainWindow) -> list[str]:
    return [key for key, _title in window.sections() if key in PEER_KEYS]


def tick(box: QCheckBox) -> None:
    """Click the box on its tick mark, as a person does."""
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def test_ticking_peer_supporter_adds_the_three_pages_and_unticking_removes_them(
    qtbot: QtBot, controller: AppController, existing_vault: RecoveryCode
) -> None:
    window, settings = unlock(qtbot, controller)
    assert peer_keys(window) == []
    tick(settings.roles.peer_box)
    qtbot.waitUntil(lambda: peer_keys(window) == PEER_KEYS, timeout=5_000)
    assert [key for key, _t in window.sections()][-3:] == PEER_KEYS  # after Settings
    assert isinstance(window.page("peer_log"), PeerLogPage)
    assert isinstance(window.page("peer_reports"), ReportPage)
    assert window.current_key() == "settings"  # the person stays where they are

    with qtbot.waitSignal(controller.locked, timeout=5_000):
        controller.lock()
    window, settings = unlock(qtbot, controller)  # kept in the vault
    qtbot.waitUntil(lambda: peer_keys(window) == PEER_KEYS, timeout=5_000)
    assert settings.roles.peer_box.isChecked()

    tick(settings.roles.peer_box)
    qtbot.waitUntil(lambda: peer_keys(window) == [], timeout=5_000)
    assert window.current_key() == "settings"


def test_a_coordinator_gets_only_the_merge_page(
    qtbot: QtBot, controller: AppController, existing_vault: RecoveryCode
) -> None:
    window, settings = unlock(qtbot, controller)
    tick(settings.roles.coordinator_box)
    qtbot.waitUntil(lambda: peer_keys(window) == ["merge_reports"], timeout=5_000)
    assert isinstance(window.page("merge_reports"), MergePage)
    merge = window.page("merge_reports")

    tick(settings.roles.peer_box)  # both roles: the supporter's pages, in their usual order
    qtbot.waitUntil(lambda: peer_keys(window) == PEER_KEYS, timeout=5_000)
    assert window.page("merge_reports") is merge  # not rebuilt

    tick(settings.roles.peer_box)
    qtbot.waitUntil(lambda: peer_keys(window) == ["merge_reports"], timeout=5_000)


@pytest.fixture
def managed_controller(
    qtbot: QtBot,
    data_dir: Path,
    fast_kdf: KdfParams,
    idle: IdleWatcher,
) -> Iterator[AppController]:
    """The real app where managed policy turns the peer log off; a supporter's vault."""
    made, _code = Vault.create(data_dir, PASSPHRASE, kdf_params=fast_kdf)
    save_roles(made, Roles.chosen(peer_supporter=True))
    made.lock()
    policy = EffectivePolicy.resolve(
        PolicyReading(
            documents=[
                PolicyDocument(
                    "/etc/confide/policies/managed/10.json", "managed", {"peer_log_allowed": False}
                )
            ]
        )
    )
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    services: list[ShellServices] = []
    controller = AppController(
        data_dir, lambda v, w: build_main_window(v, w, services[0]), kdf_params=fast_kdf
    )
    services.append(ShellServices(data_dir, ThemeManager(app), idle, policy, controller.restore))
    yield controller
    controller.shutdown()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()


def test_without_the_peer_log_the_role_boxes_are_off_and_no_page_appears(
    qtbot: QtBot, managed_controller: AppController
) -> None:
    window, settings = unlock(qtbot, managed_controller)
    qtbot.waitUntil(lambda: not managed_controller.worker.busy, timeout=5_000)
    roles = settings.roles
    assert peer_keys(window) == []
    assert roles.policy_note.isVisible() and roles.policy_note.text() == NOT_OFFERED
    assert not roles.peer_box.isEnabled() and not roles.coordinator_box.isEnabled()
    assert roles.peer_box.isChecked()  # the stored role is shown, not offered
    assert roles.mark is not None and roles.mark.text() == MANAGED_TEXT
    tick(roles.coordinator_box)
    assert not roles.coordinator_box.isChecked()
    assert peer_keys(window) == []
