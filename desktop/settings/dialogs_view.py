"""The settings page's dialogs: passphrase change, backup, restore, and showing a recovery code.

Each dialog only collects input and hands it back; the page does the work on the worker.
Each has an `ask(parent)` class method that runs it and returns the input or None, so
tests can stand in for the person at exactly that seam.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crypto.recovery import RecoveryCode
from desktop.setup.passphrase_view import NewPassphraseField, secret_line_edit


@dataclass(frozen=True, repr=False)  # repr=False: a secret never lands in a log or traceback
class RestoreRequest:
    """What the person chose for a restore: the file, its passphrase and the new passphrase."""

    backup: Path
    backup_passphrase: str
    new_passphrase: str


def _text(text: str, *, role: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    return label


class _Dialog(QDialog):
    """A titled dialog with an explanation, a form and OK/Cancel (OK only when ready)."""

    def __init__(self, title: str, explanation: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.box = QVBoxLayout(self)
        self.box.addWidget(_text(explanation))
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.box.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.ok.setAccessibleName(ok_text.replace("&", ""))
        self.ok.setEnabled(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName("Cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.box.addWidget(self.buttons)

    def update_ok(self) -> None:
        raise NotImplementedError


class ChangePassphraseDialog(_Dialog):
    """Current passphrase (so nobody at an unlocked screen can take the vault) + a new one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "Change passphrase",
            "Type your current passphrase, then choose a new one. Your recovery code keeps "
            "working. Your data is not re-encrypted, so this is quick.",
            "&Change passphrase",
            parent,
        )
        self.current = secret_line_edit("Current passphrase")
        caption = QLabel("&Current passphrase")
        caption.setBuddy(self.current)
        self.form.addRow(caption, self.current)
        self.new = NewPassphraseField(self)
        self.box.addWidget(self.new)
        self.current.textChanged.connect(self.update_ok)
        self.new.changed.connect(self.update_ok)
        self.finish_layout()

    def update_ok(self) -> None:
        self.ok.setEnabled(bool(self.current.text()) and self.new.passphrase() is not None)

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[str, str] | None:
        """(current, new) passphrases, or None if the person cancelled."""
        dialog = cls(parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            new = dialog.new.passphrase()
            return None if new is None else (dialog.current.text(), new)
        finally:
            dialog.current.clear()
            dialog.new.clear()


class PassphraseCheckDialog(_Dialog):
    """One passphrase, for an action that must be confirmed by its owner (rotating the key)."""

    def __init__(self, title: str, explanation: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(title, explanation, ok_text, parent)
        self.passphrase = secret_line_edit("Your passphrase")
        caption = QLabel("Your &passphrase")
        caption.setBuddy(self.passphrase)
        self.form.addRow(caption, self.passphrase)
        self.passphrase.textChanged.connect(self.update_ok)
        self.finish_layout()

    def update_ok(self) -> None:
        self.ok.setEnabled(bool(self.passphrase.text()))

    @classmethod
    def ask_rotate(cls, parent: QWidget | None) -> str | None:
        dialog = cls(
            "Re-encrypt the vault",
            "This re-encrypts your whole vault under a brand-new key. It can take a moment "
            "for a large vault. You will get a new recovery code (the old one stops working), "
            "and quick unlock is turned off. Do this if you think a copy of your key could "
            "have been seen.",
            "&Re-encrypt",
            parent,
        )
        try:
            return (
                dialog.passphrase.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
            )
        finally:
            dialog.passphrase.clear()


class BackupDialog(_Dialog):
    """A backup passphrase, typed twice, for a backup file that may leave this computer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "Make a backup",
            "The backup is one encrypted file. Choose a passphrase for it (it can differ "
            "from your everyday one) and keep it apart from the file. Confide restores the "
            "file on any computer; it can also be opened with the standard \u201cage\u201d "
            "tool (age -d) and this passphrase.",
            "&Make backup",
            parent,
        )
        self.new = NewPassphraseField(
            self, label="&Backup passphrase", confirm_label="&Type it again"
        )
        self.box.addWidget(self.new)
        self.new.changed.connect(self.update_ok)
        self.finish_layout()

    def update_ok(self) -> None:
        self.ok.setEnabled(self.new.passphrase() is not None)

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        dialog = cls(parent)
        try:
            return dialog.new.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.new.clear()


class RestoreDialog(_Dialog):
    """The backup's passphrase and a new everyday passphrase for the restored vault."""

    def __init__(self, backup: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            "Restore a backup",
            "Type the passphrase the backup was made with, then choose the passphrase you "
            "will use from now on. You will get a new recovery code.",
            "&Restore",
            parent,
        )
        self.backup = backup
        self.backup_passphrase = secret_line_edit("Backup passphrase")
        caption = QLabel("&Backup passphrase")
        caption.setBuddy(self.backup_passphrase)
        self.form.addRow(caption, self.backup_passphrase)
        self.new = NewPassphraseField(self)
        self.box.addWidget(self.new)
        self.backup_passphrase.textChanged.connect(self.update_ok)
        self.new.changed.connect(self.update_ok)
        self.finish_layout()

    def update_ok(self) -> None:
        self.ok.setEnabled(
            bool(self.backup_passphrase.text()) and self.new.passphrase() is not None
        )

    @classmethod
    def ask(cls, backup: Path, parent: QWidget | None) -> RestoreRequest | None:
        dialog = cls(backup, parent)
        try:
            if (
                dialog.exec() != QDialog.DialogCode.Accepted
                or (new := dialog.new.passphrase()) is None
            ):
                return None
            return RestoreRequest(backup, dialog.backup_passphrase.text(), new)
        finally:
            dialog.backup_passphrase.clear()
            dialog.new.clear()


class RecoveryCodeDialog(QDialog):
    """Shows a new recovery code once, in large monospaced groups, until the person confirms."""

    def __init__(self, display: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Your new recovery code")
        layout = QVBoxLayout(self)
        layout.addWidget(
            _text(
                "Write this code down on paper and keep it somewhere safe. It opens your vault "
                "if you forget your passphrase. This is the only time Confide shows it; the "
                "previous code no longer works."
            )
        )
        self.code = QLabel(display)
        self.code.setProperty("role", "code")
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        self.code.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.code.setAccessibleName("Recovery code")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF() * 1.4)
        self.code.setFont(font)
        layout.addWidget(self.code)
        done = QPushButton("I have &written it down")
        done.setAccessibleName("I have written it down")
        done.setDefault(True)
        done.clicked.connect(self.accept)
        layout.addWidget(done, 0, Qt.AlignmentFlag.AlignRight)
        self.finished.connect(lambda _result: self.code.clear())  # do not keep it on screen

    @classmethod
    def show_code(cls, code: RecoveryCode, parent: QWidget) -> RecoveryCodeDialog:
        """Show `code` once (window-modal, not blocking the event loop); gone when closed."""
        dialog = cls(code.display(), parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
