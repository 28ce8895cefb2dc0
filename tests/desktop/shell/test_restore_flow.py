"""The one restore path: a backup replaces the vault, its new code is shown, failures are said."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.settings.dialogs_view import RecoveryCodeDialog, RestoreRequest
from desktop.shell.restore_flow import offer_pending_code, restore_backup
from desktop.ui.worker import Worker
from tests.desktop.i18n_fixtures import OPEN, pseudo_locale

PASSPHRASE = "the vault in place 123"
BACKUP_PASSPHRASE = "copper violin harbour drifts westward"
NEW_PASSPHRASE = "lantern meadow quietly unfolds seventeen"


@pytest.fixture
def worker() -> Iterator[Worker]:
    work = Worker()
    yield work
    work.stop()


@pytest.fixture
def backup(tmp_path: Path, fast_kdf: KdfParams) -> Path:
    """A backup of another vault, whose one setting says where it came from."""
    source, _code = Vault.create(tmp_path / "source", "source pass 123", kdf_params=fast_kdf)
    source.execute("INSERT INTO settings VALUES ('from', '\"the backup\"')")
    path = tmp_path / "b.age"
    source.export_backup(path, BACKUP_PASSPHRASE)
    source.lock()
    return path


@pytest.fixture
def in_place(data_dir: Path, fast_kdf: KdfParams, worker: Worker) -> Vault:
    """The vault the backup is to replace, open on the worker."""
    opened, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, PASSPHRASE, kdf_params=fast_kdf)
    )
    return opened


def code_dialog() -> RecoveryCodeDialog | None:
    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, RecoveryCodeDialog) and w.isVisible()]
    return found[0] if found else None


def test_a_backup_replaces_the_vault_and_its_new_code_opens_it(
    qtbot: QtBot, worker: Worker, data_dir: Path, backup: Path, in_place: Vault,
    fast_kdf: KdfParams,
) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    opened: list[Vault] = []
    restore_backup(
        worker, data_dir, RestoreRequest(backup, BACKUP_PASSPHRASE, NEW_PASSPHRASE),
        replaced=in_place, screen=screen, opened=opened.append,
        failed=lambda: pytest.fail("the restore failed"), kdf_params=fast_kdf,
    )
    assert not screen.isEnabled()  # no second request while it runs
    qtbot.waitUntil(lambda: code_dialog() is not None, timeout=15_000)
    dialog = code_dialog()
    assert dialog is not None
    shown = dialog.code.text()
    assert len(shown.split("-")) == 7  # shown once, in groups
    dialog.done(QDialog.DialogCode.Accepted)
    qtbot.waitUntil(lambda: bool(opened), timeout=5_000)
    restored = opened[0]
    assert not in_place.is_open  # locked before it was replaced
    assert worker.run_blocking(lambda: restored.query("SELECT value FROM settings")) == [
        ('"the backup"',)
    ]
    assert worker.run_blocking(lambda: restored.pending_recovery_code) is None  # confirmed
    worker.run_blocking(restored.lock)
    worker.run_blocking(lambda: Vault.unlock_with_recovery(data_dir, shown)).lock()
    worker.run_blocking(lambda: Vault.unlock(data_dir, NEW_PASSPHRASE)).lock()


@pytest.fixture
def pending(
    qtbot: QtBot, worker: Worker, data_dir: Path, backup: Path, in_place: Vault,
    fast_kdf: KdfParams,
) -> tuple[Vault, str]:
    """The backup restored, its new code shown and closed unconfirmed: (the vault, the code)."""
    opened: list[Vault] = []
    restore_backup(
        worker, data_dir, RestoreRequest(backup, BACKUP_PASSPHRASE, NEW_PASSPHRASE),
        replaced=in_place, screen=None, opened=opened.append,
        failed=lambda: pytest.fail("the restore failed"), kdf_params=fast_kdf,
    )
    qtbot.waitUntil(lambda: code_dialog() is not None, timeout=15_000)
    first = code_dialog()
    assert first is not None
    code = first.code.text()
    first.done(QDialog.DialogCode.Rejected)
    qtbot.waitUntil(lambda: bool(opened), timeout=5_000)
    return opened[0], code


def test_a_code_closed_unconfirmed_stays_pending_and_is_offered_again(
    qtbot: QtBot, worker: Worker, pending: tuple[Vault, str]
) -> None:
    restored, code = pending
    parent = QWidget()
    qtbot.addWidget(parent)
    again: list[QDialog] = []
    offer_pending_code(worker, restored, parent, still_open=lambda: True, shown=again.append)
    qtbot.waitUntil(lambda: bool(again), timeout=5_000)
    assert isinstance(again[0], RecoveryCodeDialog)
    assert again[0].code.text() == code
    with qtbot.waitSignal(again[0].finished):
        again[0].done(QDialog.DialogCode.Accepted)
    qtbot.waitUntil(
        lambda: worker.run_blocking(lambda: restored.pending_recovery_code) is None,
        timeout=5_000,
    )
    worker.run_blocking(restored.lock)


def test_a_pending_code_read_for_a_window_gone_meanwhile_shows_nothing(
    qtbot: QtBot, worker: Worker, pending: tuple[Vault, str]
) -> None:
    restored, _code = pending
    parent = QWidget()  # the main window, closed at lock before the code is read
    release = threading.Event()
    worker.submit(release.wait)  # the read queues behind this
    shown: list[QDialog] = []
    offer_pending_code(worker, restored, parent, still_open=lambda: True, shown=shown.append)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(parent))
    release.set()
    qtbot.waitUntil(lambda: not worker.busy, timeout=5_000)
    assert shown == []
    assert code_dialog() is None
    worker.run_blocking(restored.lock)


def test_a_wrong_backup_passphrase_is_said_and_changes_nothing(
    qtbot: QtBot, worker: Worker, data_dir: Path, backup: Path, in_place: Vault,
    fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch,
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    screen = QWidget()
    qtbot.addWidget(screen)
    failures: list[bool] = []
    restore_backup(
        worker, data_dir, RestoreRequest(backup, "not the backup's passphrase", NEW_PASSPHRASE),
        replaced=in_place, screen=screen, opened=lambda _v: pytest.fail("it opened"),
        failed=lambda: failures.append(True), kdf_params=fast_kdf,
    )
    qtbot.waitUntil(lambda: bool(said), timeout=15_000)
    assert said == ["That backup passphrase does not open this backup file."]
    assert failures == [True]
    assert screen.isEnabled()
    worker.run_blocking(lambda: Vault.unlock(data_dir, PASSPHRASE)).lock()  # still in place


def test_the_failure_is_said_in_the_language_shown(
    qtbot: QtBot, worker: Worker, data_dir: Path, backup: Path, fast_kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text: said.append((title, text))
    )
    with pseudo_locale():
        restore_backup(
            worker, data_dir, RestoreRequest(backup, "wrong", NEW_PASSPHRASE),
            replaced=None, screen=None, opened=lambda _v: None, failed=lambda: None,
            kdf_params=fast_kdf,
        )
        qtbot.waitUntil(lambda: bool(said), timeout=15_000)
    title, text = said[0]
    assert title.startswith(OPEN) and text.startswith(OPEN)
