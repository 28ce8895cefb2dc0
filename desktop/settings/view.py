"""The settings page: appearance, locking, quick unlock, passphrase and recovery, backup.

Every vault call goes through `worker.submit`; the page never touches the vault on the
GUI thread. Each task has a public method taking plain values (`backup_to(path, pp)`...)
that the button handlers call after their dialogs, so tests drive the same code the
buttons do. Outcomes appear in a status line, in plain words, and as signals.

Restoring a backup replaces the vault, which only the controller can do (it owns the open
vault and the lock screen): the Restore button collects a `RestoreRequest` after a clear
warning and emits `restore_requested`; the controller locks the current vault, then calls
`restore_into(request, data_dir, replace=True)` (or the lock screen offers its own restore).

Signals:
    theme_changed(str): "system", "light" or "dark"; apply at once.
    auto_lock_changed(int): the effective idle minutes (already capped by policy).
    lock_requested(): the "Lock now" button.
    restore_requested(object): a `RestoreRequest` the person confirmed.
    reminder_changed(object): the new reminder schedule (or None), already saved.
    restored(object): `restore_into` finished; the argument is the new, open Vault.
    task_done(str): a task finished: "passphrase", "recovery-code", "rotate",
        "quick-unlock-on", "quick-unlock-off", "backup", "restore".
    task_failed(str, str): a task failed: (task, the words shown to the person).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crypto import quick_unlock
from crypto.errors import EnvironmentProblem, WrongPassphrase
from crypto.kdf import KdfParams
from crypto.recovery import RecoveryCode
from crypto.vault import Vault
from desktop.reminders.schedule import ReminderSchedule
from desktop.reminders.settings_view import ReminderEditor
from desktop.settings.dialogs_view import (
    BackupDialog,
    ChangePassphraseDialog,
    PassphraseCheckDialog,
    RecoveryCodeDialog,
    RestoreDialog,
    RestoreRequest,
)
from desktop.settings.logic import (
    AUTO_LOCK_RANGE,
    QUICK_UNLOCK_RANGE,
    THEMES,
    Preferences,
    Theme,
    effective_auto_lock,
    save_preferences,
)
from desktop.settings.messages import describe_error
from desktop.shell.worker import Worker

log = logging.getLogger(__name__)

THEME_NAMES = {"system": "Same as my computer", "light": "Light", "dark": "Dark"}
KEYRING_WARNING = (
    "On a computer your workplace manages, IT may be able to read the system keyring (on "
    "Windows, domain administrators hold the backup keys). Use quick unlock only on your "
    "own device."
)
RESTORE_WARNING = (
    "Restoring replaces the vault on this computer with the one in the backup. Anything "
    "recorded here since that backup was made will no longer be shown. Confide keeps the "
    "current vault files aside in the data folder instead of deleting them, but it will "
    "lock now and open the restored vault with the new passphrase you choose."
)


def _button(text: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    button.clicked.connect(slot)
    return button


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class SettingsPage(QWidget):
    """Settings for an unlocked vault. See the module docstring for the signals.

    Args:
        vault: the open vault (used only through `worker`).
        worker: the one vault thread.
        preferences: the preferences as loaded at start.
        data_dir: where `preferences.json` lives.
        policy_max_auto_lock: the organization's auto-lock limit in minutes, if any.
        quick_unlock_allowed: False when policy forbids quick unlock.
        quick_unlock_max_days: the longest quick unlock policy allows, if it sets one.
        reminder_default: the schedule shown until the person chooses one (from policy).

    Signals:
        theme_changed(str), auto_lock_changed(int), lock_requested(),
        restore_requested(object), restored(object), task_done(str),
        task_failed(str, str): see the module docstring.
    """

    theme_changed = Signal(str)
    auto_lock_changed = Signal(int)
    lock_requested = Signal()
    restore_requested = Signal(object)
    reminder_changed = Signal(object)
    restored = Signal(object)
    task_done = Signal(str)
    task_failed = Signal(str, str)

    def __init__(
        self,
        vault: Vault,
        worker: Worker,
        preferences: Preferences,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        policy_max_auto_lock: int | None = None,
        quick_unlock_allowed: bool = True,
        quick_unlock_max_days: int | None = None,
        reminder_default: ReminderSchedule | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName("Settings")
        self._vault = vault
        self._worker = worker
        self._prefs = preferences
        self._data_dir = data_dir
        self._policy_max = policy_max_auto_lock
        self._quick_allowed = quick_unlock_allowed
        self._quick_max_days = quick_unlock_max_days
        self._reminder_default = reminder_default
        self._keyring_ok = False
        self._keyring_reason = ""
        self._quick_expires: datetime | None = None
        self._running = 0

        self.status = _note()
        self.status.setAccessibleName("Settings status")
        self.status.hide()
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.status)
        for group in (
            self._appearance_group(),
            self._locking_group(),
            self._quick_unlock_group(),
            self._keys_group(),
            self._backup_group(),
            self._reminders_group(),
        ):
            column.addWidget(group)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)  # at 200% text the page scrolls instead of clipping
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh_quick_unlock()

    @property
    def preferences(self) -> Preferences:
        return self._prefs

    # --- building -------------------------------------------------------------------

    def _appearance_group(self) -> QGroupBox:
        group = QGroupBox("Appearance")
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.theme = QComboBox()
        self.theme.setAccessibleName("Theme")
        for theme in THEMES:
            self.theme.addItem(THEME_NAMES[theme], theme)
        self.theme.setCurrentIndex(THEMES.index(self._prefs.theme))
        self.theme.currentIndexChanged.connect(self._on_theme)
        label = QLabel("&Theme")
        label.setBuddy(self.theme)
        form.addRow(label, self.theme)
        return group

    def _locking_group(self) -> QGroupBox:
        group = QGroupBox("Locking")
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.auto_lock = QSpinBox()
        self.auto_lock.setAccessibleName("Lock after this many idle minutes")
        low, high = AUTO_LOCK_RANGE
        self.auto_lock.setRange(low, effective_auto_lock(high, self._policy_max))
        self.auto_lock.setSuffix(" min")
        self.auto_lock.setValue(
            effective_auto_lock(self._prefs.auto_lock_minutes, self._policy_max)
        )
        self.auto_lock.setKeyboardTracking(False)  # one save per choice, not per keystroke
        self.auto_lock.valueChanged.connect(self._on_auto_lock)
        label = QLabel("Lock after &idle minutes")
        label.setBuddy(self.auto_lock)
        form.addRow(label, self.auto_lock)
        if self._policy_max is not None:
            form.addRow(
                _note(f"Your organization allows at most {self.auto_lock.maximum()} minutes.")
            )
        lock_row = QHBoxLayout()
        lock_row.addWidget(_button("Lock &now", "Lock now", self.lock_requested.emit))
        lock_row.addStretch(1)
        form.addRow(lock_row)
        return group

    def _quick_unlock_group(self) -> QGroupBox:
        group = QGroupBox("Quick unlock")
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.quick_status = _note("Checking the system keyring\u2026")
        self.quick_status.setAccessibleName("Quick unlock status")
        form.addRow(self.quick_status)
        self.quick_days = QSpinBox()
        self.quick_days.setAccessibleName("Quick unlock lasts this many days")
        low_days, high_days = QUICK_UNLOCK_RANGE
        self.quick_days.setRange(low_days, min(high_days, self._quick_max_days or high_days))
        self.quick_days.setSuffix(" days")
        self.quick_days.setValue(self._prefs.quick_unlock_days)
        self.quick_days.setKeyboardTracking(False)
        self.quick_days.valueChanged.connect(self._on_quick_days)
        self.quick_days_label = QLabel("Quick unlock &lasts")
        self.quick_days_label.setBuddy(self.quick_days)
        form.addRow(self.quick_days_label, self.quick_days)
        self.quick_on = _button(
            "Turn &on quick unlock\u2026", "Turn on quick unlock", self._on_quick_on_clicked
        )
        self.quick_off = _button(
            "Turn o&ff quick unlock", "Turn off quick unlock", self.revoke_quick_unlock
        )
        row = QHBoxLayout()
        row.addWidget(self.quick_on)
        row.addWidget(self.quick_off)
        row.addStretch(1)
        form.addRow(row)
        return group

    def _keys_group(self) -> QGroupBox:
        group = QGroupBox("Passphrase and recovery")
        column = QVBoxLayout(group)
        column.addWidget(
            _note(
                "Your passphrase opens the vault every day; your recovery code opens it if you "
                "forget the passphrase. Without both, nobody can open it, not even Confide."
            )
        )
        self.change_button = _button(
            "&Change passphrase\u2026", "Change passphrase", self._on_change_clicked
        )
        self.recovery_button = _button(
            "Make a new &recovery code\u2026", "Make a new recovery code", self._on_recovery_clicked
        )
        self.rotate_button = _button(
            "Re-&encrypt the vault\u2026", "Re-encrypt the vault", self._on_rotate_clicked
        )
        for button in (self.change_button, self.recovery_button, self.rotate_button):
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(
            _note(
                "Re-encrypting rewrites the whole vault under a new key. Use it if you think "
                "someone could have copied your key file and your passphrase."
            )
        )
        return group

    def _backup_group(self) -> QGroupBox:
        group = QGroupBox("Backup")
        column = QVBoxLayout(group)
        column.addWidget(
            _note(
                "A backup is one encrypted file you can keep on a USB stick or another disk. "
                "It opens with its own backup passphrase in Confide, or with the standard "
                "\u201cage\u201d tool."
            )
        )
        self.backup_button = _button(
            "Make a &backup\u2026", "Make a backup", self._on_backup_clicked
        )
        self.restore_button = _button(
            "Res&tore from a backup\u2026", "Restore from a backup", self._on_restore_clicked
        )
        for button in (self.backup_button, self.restore_button):
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return group

    # --- preferences ----------------------------------------------------------------

    def _reminders_group(self) -> QGroupBox:
        self.reminders = ReminderEditor(self._prefs.reminder or self._reminder_default)
        self.reminders.changed.connect(self._on_reminder)
        return self.reminders

    def _on_reminder(self, schedule: ReminderSchedule | None) -> None:
        if self._save(replace(self._prefs, reminder=schedule)):
            self.reminder_changed.emit(schedule)

    def _save(self, prefs: Preferences) -> bool:
        try:
            save_preferences(self._data_dir, prefs)
        except EnvironmentProblem as exc:
            self._say(describe_error(exc), error=True)
            return False
        self._prefs = prefs
        return True

    def _on_theme(self, index: int) -> None:
        theme = cast(Theme, self.theme.itemData(index))
        # Applied even if saving fails: the person sees the choice now, and is told why
        # it will not be remembered.
        self._save(dataclasses.replace(self._prefs, theme=theme))
        self.theme_changed.emit(theme)

    def _on_auto_lock(self, minutes: int) -> None:
        self._save(dataclasses.replace(self._prefs, auto_lock_minutes=minutes))
        self.auto_lock_changed.emit(effective_auto_lock(minutes, self._policy_max))

    def _on_quick_days(self, days: int) -> None:
        self._save(dataclasses.replace(self._prefs, quick_unlock_days=days))

    # --- running tasks on the worker --------------------------------------------------

    def _run(
        self,
        task: str,
        fn: Callable[[], Any],
        on_done: Callable[[Any], object] | None = None,
        done_words: str = "",
    ) -> None:
        self._set_running(+1)

        def done(result: Any) -> None:
            if on_done is not None:
                on_done(result)
            self._set_running(-1)  # after on_done: it re-renders with the new state
            if done_words:
                self._say(done_words)
            self.task_done.emit(task)

        def failed(error: BaseException) -> None:
            self._set_running(-1)
            log.info("settings task %s failed: %s", task, type(error).__name__)
            words = describe_error(error)
            self._say(words, error=True)
            self.task_failed.emit(task, words)

        self._worker.submit(fn, done, failed)

    def _set_running(self, step: int) -> None:
        self._running += step
        idle = self._running == 0
        for button in (
            self.change_button,
            self.recovery_button,
            self.rotate_button,
            self.backup_button,
            self.restore_button,
        ):
            button.setEnabled(idle)
        self._render_quick_unlock()

    def _say(self, words: str, *, error: bool = False) -> None:
        self.status.setText(words)
        self.status.setProperty("role", "error" if error else "")
        self.status.style().polish(self.status)  # re-apply the theme's rule for the role
        self.status.show()

    # --- quick unlock ---------------------------------------------------------------

    def refresh_quick_unlock(self) -> None:
        """Ask (off the GUI thread) whether a keyring exists and whether quick unlock is on."""
        vault = self._vault

        def probe() -> tuple[quick_unlock.KeyringStatus, datetime | None]:
            return quick_unlock.keyring_status(), vault.quick_unlock_expires

        def show(result: tuple[quick_unlock.KeyringStatus, datetime | None]) -> None:
            status, expires = result
            self._keyring_ok = status.available
            self._keyring_reason = status.reason
            self._quick_expires = expires
            self._render_quick_unlock()

        self._worker.submit(probe, show, lambda exc: self._say(describe_error(exc), error=True))

    def _render_quick_unlock(self) -> None:
        if not hasattr(self, "quick_on"):
            return
        offered = self._quick_allowed and self._keyring_ok
        if not self._quick_allowed:
            text = "Your organization has turned quick unlock off on this computer."
        elif not self._keyring_ok:
            # The generic reason would only repeat the sentence; a specific one is worth showing.
            reason = "" if "keyring" in self._keyring_reason else self._keyring_reason
            text = (
                "Quick unlock needs the system keyring, and none is available here"
                + (f" ({reason})" if reason else "")
                + ". Confide will not keep your key anywhere else, so use your passphrase."
            )
        elif self._quick_expires is not None:
            local = self._quick_expires.astimezone().strftime("%d %B %Y, %H:%M")
            text = f"Quick unlock is on until {local}."
        else:
            text = "Quick unlock is off. Turn it on to open Confide without typing your passphrase."
        self.quick_status.setText(text)
        idle = self._running == 0
        self.quick_on.setVisible(offered)
        self.quick_days.setVisible(offered)
        self.quick_days_label.setVisible(offered)
        self.quick_on.setEnabled(offered and idle)
        self.quick_off.setVisible(self._quick_expires is not None)
        self.quick_off.setEnabled(idle)

    def _on_quick_on_clicked(self) -> None:
        if self._confirm(KEYRING_WARNING, "Turn on quick unlock"):
            self.enable_quick_unlock()

    def _confirm(self, text: str, yes: str) -> bool:
        """Ask a yes/no question with the action named on its button (a test seam)."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Confide", text, parent=self)
        ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is ok

    def enable_quick_unlock(self) -> None:
        """Turn quick unlock on for the chosen number of days (after the warning)."""
        vault, days = self._vault, self._prefs.quick_unlock_days
        if self._quick_max_days is not None:
            days = min(days, self._quick_max_days)  # policy shortens it, never lengthens

        def stored(expires: datetime) -> None:
            self._quick_expires = expires

        self._run(
            "quick-unlock-on",
            lambda: vault.enable_quick_unlock(timedelta(days=days)),
            stored,
            "Quick unlock is on.",
        )

    def revoke_quick_unlock(self) -> None:
        """Remove the keyring entry and the wrap on disk."""
        vault = self._vault

        def gone(_result: None) -> None:
            self._quick_expires = None

        self._run("quick-unlock-off", vault.revoke_quick_unlock, gone, "Quick unlock is off.")

    # --- passphrase, recovery code, data key -----------------------------------------

    def _on_change_clicked(self) -> None:
        if (answer := ChangePassphraseDialog.ask(self)) is not None:
            self.change_passphrase(*answer)

    def change_passphrase(self, current: str, new: str) -> None:
        """Check `current`, then rewrap the key under `new` (WrongPassphrase if it is not)."""
        vault = self._vault

        def change() -> None:
            if not vault.verify_passphrase(current):
                raise WrongPassphrase
            vault.change_passphrase(new)

        self._run(
            "passphrase", change, None, "Your passphrase is changed. Use the new one from now on."
        )

    def _on_recovery_clicked(self) -> None:
        if self._confirm(
            "A new recovery code replaces the old one, which stops working at once. Have "
            "paper ready: the new code is shown only once.",
            "Make a new code",
        ):
            self.make_new_recovery_code()

    def make_new_recovery_code(self) -> None:
        """Replace the recovery code and show the new one once."""
        self._run(
            "recovery-code",
            self._vault.new_recovery_code,
            self.show_recovery_code,
            "You have a new recovery code. The old one no longer works.",
        )

    def _on_rotate_clicked(self) -> None:
        if (passphrase := PassphraseCheckDialog.ask_rotate(self)) is not None:
            self.rotate_data_key(passphrase)

    def rotate_data_key(self, passphrase: str) -> None:
        """Re-encrypt the vault under a new key; shows the new recovery code it comes with."""
        vault = self._vault

        def rotated(code: RecoveryCode) -> None:
            self._quick_expires = None  # rotation revokes quick unlock
            self.show_recovery_code(code)

        self._run(
            "rotate",
            lambda: vault.rotate_data_key(passphrase),
            rotated,
            "Your vault is re-encrypted under a new key.",
        )

    def show_recovery_code(self, code: RecoveryCode) -> RecoveryCodeDialog:
        """Show `code` in its own dialog (window-modal, not blocking the event loop)."""
        dialog = RecoveryCodeDialog(code.display(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.recovery_dialog = dialog
        return dialog

    # --- backup and restore ---------------------------------------------------------

    def _on_backup_clicked(self) -> None:
        path = self._ask_save_path()
        if path is not None and (passphrase := BackupDialog.ask(self)) is not None:
            self.backup_to(path, passphrase)

    def _ask_save_path(self) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            "Save the backup as",
            str(Path.home() / "confide-backup.age"),
            "Confide backups (*.age)",
        )
        return Path(name) if name else None

    def _ask_open_path(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self, "Choose a backup", str(Path.home()), "Confide backups (*.age);;All files (*)"
        )
        return Path(name) if name else None

    def backup_to(self, path: Path, backup_passphrase: str) -> None:
        """Write an encrypted backup of the vault to `path`."""
        vault = self._vault
        self._run(
            "backup",
            lambda: vault.export_backup(path, backup_passphrase),
            None,
            "The backup is saved. Keep its passphrase apart from the file.",
        )

    def _on_restore_clicked(self) -> None:
        if not self._confirm(RESTORE_WARNING, "Choose a backup\u2026"):
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
            self.show_recovery_code(code)
            self.restored.emit(vault)

        self._run("restore", restore, finished, "The backup is restored.")
