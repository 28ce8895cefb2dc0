"""The "Your role" section against a real vault on the real worker thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.roles import Roles, read_roles, save_roles
from desktop.settings.logic import Preferences
from desktop.settings.roles_view import NOT_OFFERED
from desktop.settings.view import SettingsPage
from desktop.ui.worker import Worker
from desktop.words import MANAGED_TEXT
from tests.desktop.settings.test_view import make_page


def page_with_roles(
    qtbot: QtBot, vault: Vault, worker: Worker, data_dir: Path, **kwargs: object
) -> SettingsPage:
    page = make_page(qtbot, vault, worker, data_dir, **kwargs)
    qtbot.waitUntil(lambda: page.roles.stored is not None, timeout=5000)
    return page


def tick(box: QCheckBox) -> None:
    """Click the box where a person does: on its tick mark (the widget may be wider)."""
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def stored(vault: Vault, worker: Worker) -> Roles:
    return worker.run_blocking(lambda: read_roles(vault))


def test_the_roles_in_the_vault_are_shown_once_read(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    worker.run_blocking(lambda: save_roles(vault, Roles.chosen(coordinator=True)))
    page = SettingsPage(vault, worker, Preferences(), data_dir)
    qtbot.addWidget(page)
    seen: list[Roles] = []
    page.roles_changed.connect(seen.append)  # connected after the constructor, as the shell does
    assert not page.roles.peer_box.isEnabled()  # nothing to show before the read
    qtbot.waitUntil(lambda: bool(seen) and not worker.busy, timeout=5000)
    assert [roles.coordinator for roles in seen] == [True]
    assert page.roles.coordinator_box.isChecked()
    assert not page.roles.peer_box.isChecked()
    assert page.roles.peer_box.isEnabled() and page.roles.coordinator_box.isEnabled()
    assert not page.roles.policy_note.isVisible()


def test_ticking_and_unticking_peer_supporter_saves_at_once(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = page_with_roles(qtbot, vault, worker, data_dir)
    with qtbot.waitSignal(page.roles_changed, timeout=5000) as changed:
        tick(page.roles.peer_box)
    assert changed.args[0].peer_supporter
    assert stored(vault, worker).peer_supporter
    assert "sections on the left" in page.status.text()
    with qtbot.waitSignal(page.roles_changed, timeout=5000) as changed:
        tick(page.roles.peer_box)
    assert not changed.args[0].peer_supporter
    assert stored(vault, worker) == Roles()
    assert "stay in your vault" in page.status.text()  # giving up the role deletes nothing


def test_the_coordinator_box_saves_the_coordinator_role(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = page_with_roles(qtbot, vault, worker, data_dir)
    with qtbot.waitSignal(page.task_done, timeout=5000) as done:
        page.roles.coordinator_box.click()
    assert done.args == ["roles"]
    roles = stored(vault, worker)
    assert roles.coordinator and not roles.peer_supporter


def test_a_change_that_cannot_be_saved_is_undone_on_screen(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = page_with_roles(qtbot, vault, worker, data_dir)
    worker.run_blocking(vault.lock)  # the next write fails
    with qtbot.waitSignal(page.task_failed, timeout=5000) as failed:
        page.roles.peer_box.click()
    assert failed.args[0] == "roles"
    assert not page.roles.peer_box.isChecked()
    assert page.status.text() == failed.args[1]


def test_without_the_peer_log_the_boxes_are_off_and_say_why(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    worker.run_blocking(lambda: save_roles(vault, Roles.chosen(peer_supporter=True)))
    page = page_with_roles(qtbot, vault, worker, data_dir, peer_log_allowed=False)
    boxes = (page.roles.peer_box, page.roles.coordinator_box)
    assert page.roles.policy_note.isVisible()
    assert page.roles.policy_note.text() == NOT_OFFERED
    assert not any(box.isEnabled() for box in boxes)
    assert page.roles.peer_box.isChecked()  # the role is kept, only not offered here
    assert page.roles.mark is None  # only recommended: not "managed"
    with qtbot.assertNotEmitted(page.task_done, wait=100):
        tick(page.roles.coordinator_box)
    assert not page.roles.coordinator_box.isChecked()


def test_a_managed_no_to_the_peer_log_carries_the_mark(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = page_with_roles(
        qtbot, vault, worker, data_dir, peer_log_allowed=False, managed={"peer_log_allowed"}
    )
    assert page.roles.mark is not None and page.roles.mark.isVisible()
    assert page.roles.mark.text() == MANAGED_TEXT
    assert page.roles.peer_box.accessibleDescription() == MANAGED_TEXT
    assert not page.roles.peer_box.isEnabled()
    assert page.roles.policy_note.isVisible()
