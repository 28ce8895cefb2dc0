"""Restoring a backup in place of the vault, and a new recovery code shown until it is confirmed.

The one restore path, from Settings or the lock screen.

The backup is put in place on the worker, after the vault it replaces is locked there (the
caller has already closed every window that showed it). The new recovery code is shown
before the restored vault opens: written down, it is confirmed; closed without that, it stays
pending, and `offer_pending_code` shows it again after every unlock (the old code still
works until then). A failure is said in the person's language on the screen that asked,
which is enabled again; nothing in the data folder has changed then.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.logsetup import describe
from desktop.ui.vault_op import VaultOp
from desktop.ui.worker import Worker

if TYPE_CHECKING:
    from crypto.kdf import KdfParams
    from crypto.recovery import RecoveryCode
    from crypto.vault import Vault
    from desktop.settings.dialogs_view import RestoreRequest

log = logging.getLogger(__name__)


def ask_restore_request(parent: QWidget | None) -> RestoreRequest | None:
    """Which backup, with which passphrases (None: the person cancelled)."""
    from desktop.settings.dialogs_view import RestoreDialog  # noqa: PLC0415 - after first paint

    path = RestoreDialog.choose_backup(parent)
    return RestoreDialog.ask(path, parent) if path is not None else None


def restore_backup(
    worker: Worker,
    data_dir: Path,
    request: RestoreRequest,
    *,
    replaced: Vault | None,
    screen: QWidget | None,
    opened: Callable[[Vault], None],
    failed: Callable[[], object],
    kdf_params: KdfParams | None = None,
) -> None:
    """Lock `replaced` and restore `request` into `data_dir` on the worker.

    Args:
        worker: the vault thread.
        data_dir: the data folder whose vault (and key file) the backup replaces.
        request: the backup and its passphrases, as the person confirmed them.
        replaced: the vault open until now (None when locked or damaged).
        screen: the window that asked; disabled while the restore runs, the parent of
            the recovery code and of any failure message.
        opened: called with the restored, open vault once its code has been shown.
        failed: called when the restore failed, before the failure is shown.
        kdf_params: Argon2id cost for the new passphrase (None: calibrate).
    """
    from desktop.settings.dialogs_view import RecoveryCodeDialog  # noqa: PLC0415
    from desktop.settings.messages import describe_error  # noqa: PLC0415

    if screen is not None:
        screen.setEnabled(False)

    def run() -> tuple[Vault, RecoveryCode]:
        from crypto.vault import Vault  # noqa: PLC0415 - imported on the worker, not at start

        if replaced is not None:
            replaced.lock()
        return Vault.restore_backup(
            request.backup,
            request.backup_passphrase,
            data_dir,
            request.new_passphrase,
            replace=True,
            kdf_params=kdf_params,
        )

    def done(result: tuple[Vault, RecoveryCode]) -> None:
        restored, code = result
        dialog = RecoveryCodeDialog(code.display(), screen)

        def shown(answer: int) -> None:
            if answer == QDialog.DialogCode.Accepted:
                # Direct: the restored vault must reach `opened` whatever became of the screen.
                worker.submit(
                    restored.confirm_recovery_code,
                    lambda _none: opened(restored),
                    lambda _error: opened(restored),  # still pending: shown again at unlock
                )
            else:
                opened(restored)

        dialog.finished.connect(shown)
        dialog.open()

    def went_wrong(error: BaseException) -> None:
        log.warning("restore failed: %s", describe(error))
        failed()
        if screen is not None:
            screen.setEnabled(True)
        QMessageBox.warning(
            screen,
            QCoreApplication.translate("RestoreFlow", "Restore from a backup"),
            describe_error(error, QCoreApplication.translate),
        )

    # Direct, not a VaultOp on `screen`: the restored vault is open and must reach the
    # controller (a dropped one would stay open, its folder held), whatever the screen does.
    worker.submit(run, done, went_wrong)


def offer_pending_code(
    worker: Worker,
    vault: Vault,
    parent: QWidget,
    *,
    still_open: Callable[[], bool],
    shown: Callable[[QDialog], None],
) -> None:
    """A new recovery code a crash (or a closed dialog) kept from being confirmed: show it.

    Reading it unseals with the data key, so it is read on the worker, like all vault work.

    Args:
        worker: the vault thread.
        vault: the vault just unlocked.
        parent: the main window.
        still_open: whether `vault` is still the open one when the code has been read.
        shown: given the dialog once it is open.
    """
    from desktop.settings.dialogs_view import RecoveryCodeDialog  # noqa: PLC0415

    def read() -> RecoveryCode | None:
        return vault.pending_recovery_code if vault.is_open else None

    def offer(code: RecoveryCode | None) -> None:
        if code is None or not still_open():  # none, or locked meanwhile
            return
        log.info("showing a new recovery code that was not yet confirmed")
        dialog = RecoveryCodeDialog(code.display(), parent, resumed=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Direct: a write whose outcome no widget waits for (a failure is only logged).
        dialog.accepted.connect(lambda: worker.submit(
            vault.confirm_recovery_code,
            None,
            lambda e: log.error("confirming the recovery code failed: %s", describe(e)),
        ))
        dialog.open()
        shown(dialog)

    # On the main window's VaultOp: nothing is shown over a window closed at lock meanwhile.
    VaultOp(parent, worker).run(
        read, offer, lambda e: log.error("reading a pending recovery code failed: %s", describe(e))
    )
