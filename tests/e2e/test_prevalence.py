"""Prevalence tokens in the assembled window: offered only where policy allows, and fed by
the person's real burnout answers of the quarter."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.policy.effective import EffectivePolicy
from desktop.policy.sources import PolicyDocument, PolicyReading
from desktop.prevalence.token import Period
from desktop.prevalence.view import PrevalenceSection
from desktop.records.instruments import load_all
from desktop.records.results_store import ResultStore
from desktop.records.scoring import score
from desktop.settings.view import SettingsPage
from desktop.shell.assembly import ShellServices, build_main_window, latest_burnout
from desktop.shell.idle import IdleWatcher
from desktop.shell.main_window import MainWindow
from desktop.ui.theme import ThemeManager
from desktop.ui.worker import Worker


def policy(**values: object) -> EffectivePolicy:
    documents = [PolicyDocument("/etc/confide/policies/managed/10.json", "managed", values)]
    return EffectivePolicy.resolve(PolicyReading(documents=documents))


@pytest.fixture
def windows(qapp: QApplication) -> Iterator[list[MainWindow]]:
    made: list[MainWindow] = []
    yield made
    for window in made:
        window.close()
        window.deleteLater()
    QApplication.processEvents()


def settings_of(vault: Vault, worker: Worker, idle: IdleWatcher, qapp: QApplication,
                data_dir: Path, chosen: EffectivePolicy, made: list[MainWindow]) -> SettingsPage:
    services = ShellServices(data_dir, ThemeManager(qapp), idle, chosen, lambda _request: None)
    window = build_main_window(vault, worker, services)
    made.append(window)
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    page.build_all()  # sections past the first few (and the one the shell adds) come later
    return page


def test_not_offered_by_default(vault: Vault, worker: Worker, idle: IdleWatcher,
                                qapp: QApplication, data_dir: Path,
                                windows: list[MainWindow]) -> None:
    page = settings_of(vault, worker, idle, qapp, data_dir, policy(), windows)
    assert page.findChildren(PrevalenceSection) == []
    off = policy(prevalence_tokens_allowed=False, organization_name="Example Health")
    page = settings_of(vault, worker, idle, qapp, data_dir, off, windows)
    assert page.findChildren(PrevalenceSection) == []


def test_offered_where_policy_allows_and_still_off_until_chosen(
    qtbot: QtBot, vault: Vault, worker: Worker, idle: IdleWatcher, qapp: QApplication,
    data_dir: Path, windows: list[MainWindow]
) -> None:
    page = settings_of(vault, worker, idle, qapp, data_dir,
                       policy(prevalence_tokens_allowed=True), windows)
    [section] = page.findChildren(PrevalenceSection)
    qtbot.waitUntil(lambda: section.stored is not None, timeout=5000)
    assert not section.take_part.isChecked() and not section.make_button.isEnabled()


def test_the_token_uses_the_latest_burnout_answer_of_the_quarter(
    vault: Vault, worker: Worker
) -> None:
    burnout = load_all()["burnout"]

    def answer(value: int, when: datetime) -> None:
        ResultStore(vault).save(burnout, score(burnout, [value]), [value], when)

    assert worker.run_blocking(lambda: latest_burnout(vault, Period(2026, 4))) is None
    worker.run_blocking(lambda: answer(2, datetime(2026, 10, 1, 9, tzinfo=UTC)))
    worker.run_blocking(lambda: answer(4, datetime(2026, 12, 31, 23, tzinfo=UTC)))
    worker.run_blocking(lambda: answer(1, datetime(2027, 1, 1, 0, 30, tzinfo=UTC)))
    worker.run_blocking(lambda: answer(5, datetime(2026, 9, 30, 23, tzinfo=UTC)))
    assert worker.run_blocking(lambda: latest_burnout(vault, Period(2026, 4))) == 4
    assert worker.run_blocking(lambda: latest_burnout(vault, Period(2026, 3))) == 5
    assert worker.run_blocking(lambda: latest_burnout(vault, Period(2027, 1))) == 1
