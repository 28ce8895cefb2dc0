"""Crisis help while locked: the panel opens from the lock screen and the vault stays locked.

Click-to-call is checked through Qt's own URL-handler mechanism
(`QDesktopServices.setUrlHandler`), so the real `openUrl` path runs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from crypto.kdf import KdfParams
from desktop.crisis.view import CrisisPanel
from desktop.lock.flow import Step
from desktop.shell.controller import AppController
from tests.e2e.conftest import UrlCatcher


def _open_from_lock_screen(qtbot: QtBot, controller: AppController) -> CrisisPanel:
    controller.start()
    screen = controller.lock_screen
    assert screen is not None
    QTest.mouseClick(screen.help_button, Qt.MouseButton.LeftButton)
    panel = controller.crisis_panel
    assert panel is not None
    qtbot.waitUntil(panel.isVisible)
    return panel


@pytest.mark.usefixtures("existing_vault")
def test_panel_opens_from_the_lock_screen_without_unlocking(
    qtbot: QtBot, controller: AppController
) -> None:
    panel = _open_from_lock_screen(qtbot, controller)
    screen = controller.lock_screen
    assert screen is not None and screen.isVisible()
    assert screen.flow.step is Step.ENTER
    assert controller.vault is None
    assert controller.main_window is None
    assert panel.windowTitle() == "Help is available now"
    # Opening it again brings the same panel forward rather than stacking copies.
    QTest.mouseClick(screen.help_button, Qt.MouseButton.LeftButton)
    assert controller.crisis_panel is panel


@pytest.mark.usefixtures("existing_vault")
def test_click_to_call_text_and_chat_hand_the_right_urls_to_the_system(
    qtbot: QtBot, controller: AppController, catcher: UrlCatcher
) -> None:
    panel = _open_from_lock_screen(qtbot, controller)
    assert catcher.urls == []  # nothing is dialled just by opening the panel
    with qtbot.waitSignal(panel.action_opened):
        QTest.mouseClick(panel.buttons["988:call"], Qt.MouseButton.LeftButton)
    assert catcher.urls == ["tel:988"]
    QTest.mouseClick(panel.buttons["988:text"], Qt.MouseButton.LeftButton)
    QTest.mouseClick(panel.buttons["988:chat"], Qt.MouseButton.LeftButton)
    QTest.mouseClick(panel.buttons["crisis-text-line:text"], Qt.MouseButton.LeftButton)
    QTest.mouseClick(panel.buttons["911:call"], Qt.MouseButton.LeftButton)
    assert catcher.urls == [
        "tel:988",
        "sms:988",
        "https://988lifeline.org/chat",
        "sms:741741?body=HOME",
        "tel:911",
    ]
    assert not panel.status.isVisible()  # every address found an app
    assert controller.vault is None


# The offscreen platform has no phone app and warns that it cannot open the address;
# that warning is exactly the situation under test.
@pytest.mark.qt_log_ignore("does not support QPlatformServices::openUrl")
def test_without_a_phone_app_the_panel_says_what_to_dial(qtbot: QtBot) -> None:
    panel = CrisisPanel()
    qtbot.addWidget(panel)
    panel.show()
    if QDesktopServices.openUrl(QUrl("tel:988")):
        pytest.skip("this machine has an app for tel: links")
    QTest.mouseClick(panel.buttons["988:call"], Qt.MouseButton.LeftButton)
    assert panel.status.isVisible()
    assert "dial 988 on a phone" in panel.status.text()


def test_copy_number_puts_it_on_the_clipboard(qtbot: QtBot) -> None:
    panel = CrisisPanel()
    qtbot.addWidget(panel)
    QTest.mouseClick(panel.buttons["crisis-text-line:copy:741741"], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "741741"
    assert panel.status.text() == "Copied 741741."


def test_every_button_is_named_and_reachable_by_keyboard(qtbot: QtBot) -> None:
    panel = CrisisPanel()
    qtbot.addWidget(panel)
    for button in panel.buttons.values():
        assert button.accessibleName()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus


@pytest.mark.usefixtures("existing_vault")
def test_the_directory_opens_from_the_lock_screen_without_unlocking(
    qtbot: QtBot, data_dir: Path, fast_kdf: KdfParams
) -> None:
    from desktop.directory.view import DirectoryDialog
    from referral_directory.directory import Directory

    directory = Directory.open(None)
    controller = AppController(
        data_dir, lambda _v, _w: QMainWindow(), kdf_params=fast_kdf, directory=lambda: directory
    )
    try:
        controller.start()
        screen = controller.lock_screen
        assert screen is not None
        screen.find_help_button.click()
        dialog = controller.directory_dialog
        assert isinstance(dialog, DirectoryDialog) and dialog.isVisible()
        assert controller.vault is None  # still locked
    finally:
        controller.shutdown()
        for widget in QApplication.topLevelWidgets():  # as the controller fixture does
            widget.close()
            widget.deleteLater()
        QApplication.processEvents()
