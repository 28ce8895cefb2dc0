"""The directory opens on a thread of its own: unlocking never queues behind it.

Real workers, a real vault unlocked on the vault's worker and a real directory: the
directory's opener is held at a gate (as a first read of a large bundle would hold it)
while the vault is unlocked.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crypto import kdf
from crypto.vault import Vault
from desktop.directory.eap import EAP_ID
from desktop.directory.opening import BundleSettings, cache_key_file, open_directory
from desktop.directory.results import LOADING_WORDS
from desktop.directory.view import DirectoryPage
from desktop.policy.effective import EffectivePolicy, read_system_policy
from desktop.shell.directory_source import DIRECTORY_THREAD, DirectorySource
from desktop.ui.worker import Worker
from referral_directory.directory import Directory
from tests.desktop.directory.test_rollback import _policy
from tests.referral_directory.test_bundle import _publish

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def vault_worker(qapp: QApplication) -> Iterator[Worker]:
    work = Worker()
    yield work
    work.stop()


def test_unlock_is_not_queued_behind_a_slow_directory(
    qtbot: QtBot, vault_worker: Worker, data_dir: Path, tmp_path: Path
) -> None:
    made, _code = Vault.create(data_dir, PASSPHRASE, kdf_params=kdf.KdfParams.minimum())
    made.lock()
    gate = threading.Event()
    ran_on: list[str] = []

    def slow_open(data: Path, bundle: BundleSettings, *args: Any, **kwargs: Any) -> Directory:
        ran_on.append(threading.current_thread().name)
        gate.wait(30)
        return open_directory(data, bundle, *args, **kwargs)

    source = DirectorySource(opener=slow_open)
    source.open_on(data_dir, _policy(_publish(tmp_path, 3)))
    unlocked: list[Vault] = []
    vault_worker.submit(lambda: Vault.unlock(data_dir, PASSPHRASE), unlocked.append)
    try:
        qtbot.waitUntil(lambda: bool(unlocked), timeout=10_000)
        assert source.directory is None, "the directory is still being read"
        assert unlocked[0].is_open
    finally:
        gate.set()
    with qtbot.waitSignal(source.opened, timeout=10_000):
        pass
    assert ran_on == [DIRECTORY_THREAD] != [vault_worker.thread_name]
    unlocked[0].lock()
    source.stop()


def test_the_loading_page_shows_progress(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    policy = _policy(_publish(tmp_path, 3))
    page = DirectoryPage(None)
    qtbot.addWidget(page)
    assert page.summary.text() == LOADING_WORDS
    page.show_progress(12_000, 50_000)
    done, total = QLocale().toString(12_000), QLocale().toString(50_000)  # the locale's digits
    assert f"{done} of {total}" in page.summary.text() and "988" in page.summary.text()
    source = DirectorySource()
    source.progress.connect(page.show_progress)
    source.opened.connect(page.set_directory)
    seen: list[tuple[int, int]] = []
    source.progress.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(source.opened, timeout=10_000):
        source.open_on(data_dir, policy)
    qtbot.waitUntil(lambda: (1, 1) in seen)  # queued from the directory's thread
    assert not page.loading and "of 1 organization" not in page.summary.text()
    assert cache_key_file(data_dir).is_file() and not cache_key_file(data_dir).is_relative_to(
        data_dir
    )
    source.stop()


def test_the_policy_eap_reaches_find_help_through_the_shell(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    """The EAP a real policy document names is listed first for "EAP" once the shell opens
    the directory (the shell once passed only the bundle, so Find help never showed it)."""
    policy = _policy(_publish(tmp_path, 3))
    document = tmp_path / "policies" / "managed" / "10-org.json"
    written = json.loads(document.read_text())
    written["eap"] = {
        "name": "Example Health EAP",
        "phones": [{"number": "+1-800-555-0100", "label": "24/7 counselor line"}],
        "confidentiality": {"employer_told": "never", "licensing_exposure": "none",
                            "creates_treatment_record": False},
    }
    document.write_text(json.dumps(written))
    policy = EffectivePolicy.resolve(read_system_policy(
        "linux", linux_root=tmp_path / "policies", trusted_uid=os.getuid()))
    assert policy.problems == () and policy.eap is not None
    source = DirectorySource()
    with qtbot.waitSignal(source.opened, timeout=10_000) as opened:
        source.open_on(data_dir, policy)
    directory = opened.args[0]
    assert directory.search("EAP")[0].id == EAP_ID
    assert directory.get(EAP_ID).name == "Example Health EAP"
    source.stop()
