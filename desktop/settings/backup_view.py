"""The Backup section: write an encrypted backup, or ask to restore one.

Restoring replaces the vault, which only the controller can do (it owns the open vault
and the lock screen): the Restore button collects a `RestoreRequest` after a clear
warning and emits `restore_requested`; the controller locks the current vault, then
restores (desktop/shell/restore_flow.py, the one restore path; the lock screen offers
the same one).

Signals (BackupGroup):
    restore_requested(object): a `RestoreRequest` the person confirmed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QGroupBox, QVBoxLayout, QWidget

from crypto.vault import Vault
from desktop.settings.dialogs_view import (
    BACKUP_CARRIES_KEY,
    BackupDialog,
    RestoreDialog,
)
from desktop.settings.tasks_view import TaskRunner
from desktop.settings.widgets_view import button, note
from desktop.ui.widgets import ask_yes_no


class BackupGroup(QGroupBox):
    """Backup and restore buttons; the backup runs through the page's `runner`.

    Signals:
        restore_requested(object): see the module docstring.
    """

    restore_requested = Signal(object)

    def __init__(self, vault: Vault, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Backup"))
        self.setAccessibleName(self.title())
        self._vault = vault
        self._runner = runner
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
        return RestoreDialog.choose_backup(self)

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
