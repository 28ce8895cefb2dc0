"""Crisis help while locked: the panel opens from the lock screen and the vault stays locked.

Click-to-call is checked through Qt's own URL-handler mechanism
(`QDesktopServices.setUrlHandler`), so the real `openUrl` path runs. Without a handler
(the offscreen platform has none, like most hospital PCs) the words to use instead must
appear on screen beside the pressed button, locked and unlocked (with the safety plan).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from crypto.kdf import KdfParams
from desktop.crisis.view import CrisisPanel
from desktop.lock.flow import Step
from desktop.safety_plan.model import PlanItem, SafetyPlan
from desktop.safety_plan.model import Step as PlanStep
from desktop.safety_plan.store import SafetyPlanStore
from desktop.shell.controller import AppController
from tests.desktop.crisis import panel_checks as checks
from tests.e2e.conftest import UrlCatcher
from tests.e2e.test_shell import unlock

announcements = checks.announcements
no_url_handler = checks.no_url_handler
OFFSCREEN_CANNOT_OPEN = "does not support QPlatformServices::openUrl"
NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


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
    # Neutral: the task bar shows the title to anyone passing; the panel names itself.
    assert panel.windowTitle() == "Confide"
    assert "Crisis help" in panel.accessibleName()
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
    for key in ("988:call", "988:text", "988:chat", "crisis-text-line:text", "911:call"):
        assert panel.answers[key].text().startswith(("Handed to your", "Opening the page"))
        assert not panel.fallback_copies[key].isVisible()  # every address found an app
    assert controller.vault is None


# The offscreen platform has no phone app and warns that it cannot open the address;
# that warning is exactly the situation under test.
@pytest.mark.qt_log_ignore(OFFSCREEN_CANNOT_OPEN)
@pytest.mark.usefixtures("existing_vault", "no_url_handler")
def test_locked_without_a_phone_app_each_answer_is_beside_its_button(
    qtbot: QtBot, controller: AppController, announcements: list[checks.Announcement]
) -> None:
    panel = _open_from_lock_screen(qtbot, controller)
    # The card's own Copy first: once a call has failed, the copy offered beside that
    # answer takes its place (one "Copy 988" in view, not two).
    for key in ("988:copy:988", "988:call", "988:text", "988:chat", "988/veterans:call",
                "crisis-text-line:text", "911:call"):
        button = panel.buttons[key]
        checks.show_button(qtbot, panel, button)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        checks.assert_answer_beside(qtbot, panel, button, panel.answers[key])
        assert announcements[-1].words == panel.answers[key].text()
    assert panel.answers["988:call"].text() == (
        "This computer can't place calls \u2014 dial 988 on any phone.")
    assert panel.answers["988/veterans:call"].text().endswith("then press 1.")
    assert "988lifeline.org/chat" in panel.answers["988:chat"].text()
    assert panel.answers["988:copy:988"].text() == "Copied 988."
    assert controller.vault is None


@pytest.mark.qt_log_ignore(OFFSCREEN_CANNOT_OPEN)
@pytest.mark.usefixtures("existing_vault", "no_url_handler")
def test_unlocked_with_the_safety_plan_each_answer_is_still_beside_its_button(
    qtbot: QtBot, controller: AppController, monkeypatch: pytest.MonkeyPatch,
    announcements: list[checks.Announcement],
) -> None:
    from desktop.safety_plan.summary_view import SafetyPlanSummary
    from desktop.shell.composition import safety_plan_summary

    # The app wires the plan summary in (desktop/app.py); the fixture's controller has none.
    monkeypatch.setattr(controller.help, "safety_plan_summary", safety_plan_summary)
    unlock(qtbot, controller)
    vault = controller.vault
    assert vault is not None
    steps = tuple(PlanItem(f"Something that helps, number {n}") for n in range(10))
    plan = SafetyPlan({PlanStep.COPING_ALONE: steps, PlanStep.DISTRACTIONS: steps}, "My sister")
    controller.worker.run_blocking(lambda: SafetyPlanStore(vault).save(plan, NOW))
    controller.show_crisis_panel()
    panel = controller.crisis_panel
    assert panel is not None and isinstance(panel.safety_plan, SafetyPlanSummary)
    summary = panel.safety_plan
    qtbot.waitUntil(lambda: "My sister" in summary.text.toPlainText(), timeout=5_000)
    qtbot.waitUntil(panel.isVisible)
    assert checks.in_viewport(panel, panel.buttons["988:call"])  # the plan never pushes it
    for key in ("988:call", "988:text", "988:chat", "988/asl:videophone", "911:call",
                "911:call:fallback-copy"):
        button = panel.buttons.get(key) or panel.fallback_copies[key.split(":fallback")[0]]
        checks.show_button(qtbot, panel, button)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        checks.assert_answer_beside(qtbot, panel, button, panel.answers[key])
        assert announcements[-1].words == panel.answers[key].text()
    assert summary.text.verticalScrollBar().maximum() == 0  # only the panel scrolls
    # After the last press, scrolled down past the plan: the answer is still in view.
    assert checks.in_viewport(panel, panel.answers["911:call:fallback-copy"])


def test_copy_number_puts_it_on_the_clipboard(qtbot: QtBot) -> None:
    panel = CrisisPanel()
    qtbot.addWidget(panel)
    QTest.mouseClick(panel.buttons["crisis-text-line:copy:741741"], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "741741"
    assert panel.answers["crisis-text-line:copy:741741"].text() == "Copied 741741."


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
    from desktop.directory.dialog_view import DirectoryDialog
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


@pytest.mark.usefixtures("existing_vault")
def test_the_lock_screens_directory_follows_a_reopened_directory(
    qtbot: QtBot, data_dir: Path, fast_kdf: KdfParams
) -> None:
    """After an unlock refused an older bundle, the lock screen's window shows the new one."""
    from desktop.directory.dialog_view import DirectoryDialog
    from referral_directory.directory import Directory

    current = [Directory.open(None)]
    controller = AppController(
        data_dir, lambda _v, _w: QMainWindow(), kdf_params=fast_kdf,
        directory=lambda: current[0],
    )
    try:
        controller.start()
        screen = controller.lock_screen
        assert screen is not None
        screen.find_help_button.click()
        dialog = controller.directory_dialog
        assert isinstance(dialog, DirectoryDialog)
        dialog.reject()
        current[0] = Directory.open(None)  # what DirectorySource now holds
        screen.find_help_button.click()
        assert controller.directory_dialog is dialog
        assert dialog.page.directory is current[0]
    finally:
        controller.shutdown()
        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        QApplication.processEvents()
