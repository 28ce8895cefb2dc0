"""The "Passphrase and recovery" section: change the passphrase, make a new recovery
code, re-encrypt the vault under a new key.

Each task has a public method taking plain values (`change_passphrase(current, new)`…)
that the buttons call after their dialogs, so tests drive the same code the buttons do.

Signals (KeysGroup):
    rotated(): quick unlock is off now: the vault was re-encrypted or the passphrase
        changed (either ends quick unlock).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout, QWidget

from crypto.errors import WrongPassphrase
from crypto.recovery import RecoveryCode
from crypto.vault import Vault
from desktop.settings.dialogs_view import (
    ChangePassphraseDialog,
    PassphraseCheckDialog,
    RecoveryCodeDialog,
)
from desktop.settings.tasks_view import TaskRunner
from desktop.settings.widgets_view import button, note
from desktop.ui.widgets import ask_yes_no
from desktop.words import QT_TRANSLATE_NOOP

NEW_CODE_WARNING = QT_TRANSLATE_NOOP(
    "KeysGroup",
    "A new recovery code replaces the old one, which stops working at once. Have paper "
    "ready: the new code is shown only once."
)


class KeysGroup(QGroupBox):
    """The passphrase, the recovery code and the data key; tasks run through `runner`.

    Attributes:
        recovery_dialog: the dialog that last showed a new recovery code, if any.

    Signals:
        rotated(): re-encrypted or passphrase changed (quick unlock is off now).
    """

    rotated = Signal()

    def __init__(self, vault: Vault, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Passphrase and recovery"))
        self.setAccessibleName(self.title())
        self._vault = vault
        self._runner = runner
        self.recovery_dialog: RecoveryCodeDialog | None = None
        column = QVBoxLayout(self)
        column.addWidget(
            note(self.tr(
                "Your passphrase opens the vault every day; your recovery code opens it if you "
                "forget the passphrase. Without both, nobody can open it, not even Confide."
            ))
        )
        self.change_button = button(
            self.tr("&Change passphrase\u2026"), self.tr("Change passphrase"),
            self._on_change_clicked,
        )
        self.recovery_button = button(
            self.tr("Make a new &recovery code\u2026"), self.tr("Make a new recovery code"),
            self._on_recovery_clicked,
        )
        self.rotate_button = button(
            self.tr("Re-&encrypt the vault\u2026"), self.tr("Re-encrypt the vault"),
            self._on_rotate_clicked,
        )
        for each in self.buttons:
            column.addWidget(each, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(
            note(self.tr(
                "Re-encrypting rewrites the whole vault under a new key. Use it if you think "
                "someone could have copied your key file and your passphrase."
            ))
        )
        runner.busy_changed.connect(self._set_busy)

    @property
    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.change_button, self.recovery_button, self.rotate_button)

    def _set_busy(self, busy: bool) -> None:
        for each in self.buttons:
            each.setEnabled(not busy)

    def _confirm(self, text: str, yes: str) -> bool:
        """A yes/no question with the action named on its button (a test seam)."""
        return ask_yes_no(self, text, yes)

    def _on_change_clicked(self) -> None:
        if (answer := ChangePassphraseDialog.ask(self)) is not None:
            self.change_passphrase(*answer)

    def change_passphrase(self, current: str, new: str, rotate_key: bool = False) -> None:
        """Check `current`, then rewrap the key under `new` (WrongPassphrase if it is not).

        With `rotate_key`, the data key changes too: the vault is re-encrypted, and a new
        recovery code is shown (the old one works until the person confirms the new one).
        """
        vault = self._vault
        if rotate_key:

            def rotated(code: RecoveryCode) -> None:
                self._show_code(code)
                self.rotated.emit()

            self._runner.run(
                "passphrase",
                lambda: vault.rotate_data_key(current, new_passphrase=new),
                rotated,
                self.tr(
                    "Your passphrase is changed and the vault is re-encrypted under a new key. "
                    "Write down the new recovery code."
                ),
            )
            return

        def change() -> None:
            if not vault.verify_passphrase(current):
                raise WrongPassphrase
            vault.change_passphrase(new)

        self._runner.run(
            "passphrase",
            change,
            lambda _none: self.rotated.emit(),
            self.tr("Your passphrase is changed. Use the new one from now on."),
        )

    def _on_recovery_clicked(self) -> None:
        if self._confirm(QCoreApplication.translate("KeysGroup", NEW_CODE_WARNING),
                         self.tr("Make a new code")):
            self.make_new_recovery_code()

    def make_new_recovery_code(self) -> None:
        """Make a new recovery code and show it; the old one stops once the person confirms."""
        self._runner.run(
            "recovery-code",
            self._vault.new_recovery_code,
            self._show_code,
            self.tr("Write down the new recovery code. Your old code works until you confirm."),
        )

    def _on_rotate_clicked(self) -> None:
        if (passphrase := PassphraseCheckDialog.ask_rotate(self)) is not None:
            self.rotate_data_key(passphrase)

    def rotate_data_key(self, passphrase: str) -> None:
        """Re-encrypt the vault under a new key; shows the new recovery code it comes with."""
        vault = self._vault

        def rotated(code: RecoveryCode) -> None:
            self._show_code(code)
            self.rotated.emit()

        self._runner.run(
            "rotate",
            lambda: vault.rotate_data_key(passphrase),
            rotated,
            self.tr("Your vault is re-encrypted under a new key."),
        )

    def _show_code(self, code: RecoveryCode) -> None:
        dialog = RecoveryCodeDialog.show_code(code, self)
        dialog.accepted.connect(self.confirm_recovery_code)
        self.recovery_dialog = dialog

    def confirm_recovery_code(self) -> None:
        """The person wrote the new code down: only now does the old one stop working."""
        self._runner.run(
            "recovery-code-confirmed",
            self._vault.confirm_recovery_code,
            None,
            self.tr("You have a new recovery code. The old one no longer works."),
        )
