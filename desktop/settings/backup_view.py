"""The Backup section: write an encrypted backup, or ask to restore one.

Restoring replaces the vault, which only the controller can do (it owns the open vault
and the lock screen): the Restore button collects a `RestoreRequest` after a clear
warning and emits `restore_requested`; the controller locks the current vault, then
restores (or the lock screen offers its own restore). `restore_into` does the work for
a folder of the caller's choosing.

Signals (BackupGroup):
    restore_requested(object): a `RestoreRequest` the person confirmed.
    restored(object): `restore_into` finished; the argument is the new, open Vault.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QGroupBox, QVBoxLayout, QWidget

from crypto.kdf import KdfParams
from crypto.recovery import RecoveryCode
from crypto.vault import Vault
from desktop.settings.dialogs_view import (
    BACKUP_CARRIES_KEY,
    BackupDialog,
    RecoveryCodeDialog,
    RestoreDialog,
    RestoreRequest,
)
from desktop.settings.tasks_view import TaskRunner
from desktop.settings.widgets_view import button, note
from desktop.ui.widgets import ask_yes_no


class BackupGroup(QGroupBox):
    """Backup and restore buttons; the backup runs through the page's `runner`.

    Attributes:
        recovery_dialog: the dialog that showed a restored vault's new code, if any.

    Signals:
        restore_requested(object), restored(object): see the module docstring.
    """

    restore_requested = Signal(object)
    restored = Signal(object)

    def __init__(self, vault: Vault, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Backup"))
        self.setAccessibleName(self.title())
        self._vault = vault
        self._runner = runner
        self.recovery_dialog: RecoveryCodeDialog | None = None
        column = QVBoxLayout(self)
        column.addWidget(
            note(self.tr(
                "A backup is one encrypted file you can keep on a USB stick or another disk. "
                "It opens with its own backup passphrase in Confide, or with the standard "
                "\u201cage\u201d tool."
            ))
        )
        column.addWidget(note(BACKUP_CARRIES_KEY()))
        self.backup_button = button(
            self.tr("Make a &backup\u2026"), self.tr("Make a backup"), self._on_backup_clicked
        )
        self.restore_button = button(
            self.tr("Restore from a bac&kup\u2026"), self.tr("Restore from a backup"),
            self._on_restore_clicked,
        )
        for each in (self.backup_button, self.restore_button):
            column.addWidget(each, 0, Qt.AlignmentFlag.AlignLeft)
        runner.busy_changed.connect(self._set_busy)

    def _set_busy(self, busy: bool) -> None:
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)

    # --- asking (test seams) ----------------------------------------------------------

    def _confirm(self, text: str, yes: str) -> bool:
        return ask_yes_no(self, text, yes)

    def _ask_save_path(self) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the backup as"),
            str(Path.home() / "confide-backup.age"),
            self.tr("Confide backups (*.age)"),
        )
        return Path(name) if name else None

    def _ask_open_path(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(Path.home()),
            self.tr("Confide backups (*.age);;All files (*)"),
        )
        return Path(name) if name else None

    # --- tasks ------------------------------------------------------------------------

    def _on_backup_clicked(self) -> None:
        path = self._ask_save_path()
        if path is not None and (passphrase := BackupDialog.ask(self)) is not None:
            self.backup_to(path, passphrase)

    def backup_to(self, path: Path, backup_passphrase: str) -> None:
        """Write an encrypted backup of the vault to `path`."""
        vault = self._vault
        self._runner.run(
            "backup",
            lambda: vault.export_backup(path, backup_passphrase),
            None,
            self.tr("The backup is saved. Keep its passphrase apart from the file."),
        )

    def _on_restore_clicked(self) -> None:
        warning = self.tr(
            "Restoring replaces the vault on this computer with the one in the backup. "
            "Anything recorded here since that backup was made is deleted with the current "
            "vault, so no old key is left behind. Make a backup first if you may want it "
            "back. Confide will lock now and open the restored vault with the new passphrase "
            "you choose."
        )
        if not self._confirm(warning, self.tr("Choose a backup\u2026")):
            return
        path = self._ask_open_path()
        if path is not None and (request := RestoreDialog.ask(path, self)) is not None:
            self.restore_requested.emit(request)

    def restore_into(
        self,
        request: RestoreRequest,
        directory: Path,
        *,
        replace: bool = False,
        kdf_params: KdfParams | None = None,
    ) -> None:
        """Restore `request` into `directory` on the worker; emits `restored(vault)`.

        Without `replace`, a vault already in `directory` is refused (and the person told).
        The new recovery code is shown once. `kdf_params` None calibrates Argon2id for
        this machine, as at setup.
        """

        def restore() -> tuple[Vault, RecoveryCode]:
            return Vault.restore_backup(
                request.backup,
                request.backup_passphrase,
                directory,
                request.new_passphrase,
                replace=replace,
                kdf_params=kdf_params,
            )

        def finished(result: tuple[Vault, RecoveryCode]) -> None:
            vault, code = result
            self.recovery_dialog = RecoveryCodeDialog.show_code(code, self)
            # Until the person confirms, the code stays pending and is shown again later.
            self.recovery_dialog.accepted.connect(
                lambda: self._runner.run("recovery-code-confirmed", vault.confirm_recovery_code)
            )
            self.restored.emit(vault)

        self._runner.run("restore", restore, finished, self.tr("The backup is restored."))
