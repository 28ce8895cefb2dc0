"""The wizard's last page: the roles chosen there are what the vault keeps."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.roles import COORDINATOR, INDIVIDUAL, read_roles
from desktop.setup import view as setup_view
from desktop.setup.flow import SetupFlow, Step
from desktop.setup.view import SetupWizard
from desktop.ui.worker import Worker
from tests.desktop.setup.test_flow import _at_confirm, _type_right_groups
from tests.desktop.shell.test_main_window import unnamed_controls


@pytest.fixture
def worker() -> Iterator[Worker]:
    work = Worker()
    yield work
    work.stop()


@pytest.fixture
def opened(worker: Worker, data_dir: Path, fast_kdf: KdfParams) -> Iterator[Vault]:
    made, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, "sunflower river quiet lamp", kdf_params=fast_kdf)
    )
    yield made
    if made.is_open:
        worker.run_blocking(made.lock)


@pytest.fixture(autouse=True)
def leave_without_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing setup half-way asks "Leave setup?"; a failing test must not hang on it."""
    monkeypatch.setattr(setup_view, "ask_yes_no", lambda *_args: True)


def wizard_at_roles(qtbot: QtBot, worker: Worker, data_dir: Path, vault: Vault) -> SetupWizard:
    """The wizard on its roles page, the vault already made (as after creating it)."""
    flow = _at_confirm()
    _type_right_groups(flow)
    assert flow.next() is Step.ROLES
    wizard = SetupWizard(worker, data_dir, flow=flow)
    qtbot.addWidget(wizard)
    wizard.vault = vault
    wizard.show()
    return wizard


def test_a_program_coordinator_is_chosen_at_setup(
    qtbot: QtBot, worker: Worker, data_dir: Path, opened: Vault
) -> None:
    wizard = wizard_at_roles(qtbot, worker, data_dir, opened)
    assert wizard.stack.currentWidget() is wizard.pages[Step.ROLES]
    assert unnamed_controls(wizard.pages[Step.ROLES]) == []
    wizard.coordinator_box.click()
    with qtbot.waitSignal(wizard.completed, timeout=5000):
        QTest.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    roles = worker.run_blocking(lambda: read_roles(opened))
    assert roles.names == (INDIVIDUAL, COORDINATOR)


def test_a_vault_created_for_a_wizard_that_was_deleted_is_locked(
    qtbot: QtBot, worker: Worker, data_dir: Path, fast_kdf: KdfParams
) -> None:
    flow = SetupFlow()
    flow.next()  # welcome -> passphrase
    flow.set_passphrase("sunflower river quiet lamp")
    flow.set_confirmation("sunflower river quiet lamp")
    wizard = SetupWizard(worker, data_dir, kdf_params=fast_kdf, flow=flow)
    heard: list[object] = []
    wizard.completed.connect(heard.append)
    wizard.abandoned.connect(heard.append)
    release = threading.Event()
    worker.submit(release.wait)  # the creation queues behind this until the wizard is gone
    QTest.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert flow.step is Step.CREATING
    wizard.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(wizard))
    release.set()
    qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
    assert heard == []
    # Created, then locked on the worker: its folder is free again, so it opens.
    worker.run_blocking(lambda: Vault.unlock(data_dir, "sunflower river quiet lamp").lock())


def test_leaving_after_the_vault_exists_asks_and_staying_keeps_the_wizard(
    qtbot: QtBot, worker: Worker, data_dir: Path, opened: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The vault is made but the code may not be written down: closing asks first, with
    the action named ("Leave setup"); Cancel keeps the wizard, leave hands the vault on."""
    asked: list[tuple[str, str]] = []
    answer = [False]

    def ask(_parent: object, text: str, yes: str) -> bool:
        asked.append((text, yes))
        return answer[0]

    monkeypatch.setattr(setup_view, "ask_yes_no", ask)
    wizard = wizard_at_roles(qtbot, worker, data_dir, opened)
    abandoned: list[object] = []
    wizard.abandoned.connect(abandoned.append)
    wizard.close()
    assert wizard.isVisible() and abandoned == []
    assert asked and asked[0][1] == "Leave setup" and "recovery code" in asked[0][0]
    answer[0] = True
    wizard.close()
    assert not wizard.isVisible() and abandoned == [opened]
