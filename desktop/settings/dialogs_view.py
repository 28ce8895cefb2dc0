"""The settings page's dialogs: passphrase change, backup, restore, and showing a recovery code.

Each dialog only collects input and hands it back; the page does the work on the worker.
Each has an `ask(parent)` class method that runs it and returns the input or None, so
tests can stand in for the person at exactly that seam.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crypto.recovery import RecoveryCode
from desktop.ui.narrow import ButtonRow, CodeLabel, WrappingCheckBox, scrolling_body
from desktop.ui.passphrase import NewPassphraseField, secret_line_edit
from desktop.ui.widgets import note


@dataclass(frozen=True, repr=False)  # repr=False: a secret never lands in a log or traceback
class RestoreRequest:
    """What the person chose for a restore: the file, its passphrase and the new passphrase."""

    backup: Path
    backup_passphrase: str
    new_passphrase: str


def BACKUP_CARRIES_KEY() -> str:  # noqa: N802 - a translated constant, read when shown
    """What a backup holds, said where backups are made (issue 11)."""
    return QCoreApplication.translate(
        "Backup",
        "The backup carries your vault's key, locked only by the backup passphrase. An old "
        "backup and its passphrase still open the data it holds, even after you change your "
        "passphrase or re-encrypt the vault. Delete backups you no longer need.",
    )



class _Dialog(QDialog):
    """A titled dialog with an explanation, a form and OK/Cancel (OK only when ready)."""

    def __init__(self, title: str, explanation: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        # The explanation and fields scroll; the buttons stay in sight below them. At
        # 200 % text the passphrase dialogs were taller than the screen, their notes and
        # fields squeezed until the lines overlapped and cut.
        self._body = QWidget(self)
        self.box = QVBoxLayout(self._body)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(note(explanation))
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
        # Not self.tr: in a subclass that looks in the subclass's context, lupdate in this one.
        cancel.setAccessibleName(QCoreApplication.translate("SettingsDialog", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.box.addStretch(1)
        self.scroll_area = scrolling_body(self, self._body, self.buttons)

    def update_ok(self) -> None:
        raise NotImplementedError


class ChangePassphraseDialog(_Dialog):
    """Current passphrase (so nobody at an unlocked screen can take the vault) + a new one,
    and whether to change the data key too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Change passphrase"),
            self.tr(
                "Type your current passphrase, then choose a new one. Unless you also change "
                "the data key below, your recovery code keeps working and your data is not "
                "re-encrypted, so this is quick."
            ),
            self.tr("&Change passphrase"),
            parent,
        )
        self.current = secret_line_edit(self.tr("Current passphrase"))
        caption = QLabel(self.tr("C&urrent passphrase"))
        caption.setBuddy(self.current)
        self.form.addRow(caption, self.current)
        self.new = NewPassphraseField(self)
        self.box.addWidget(self.new)
        self.rotate_key = WrappingCheckBox(self.tr("Also change the &data key"))
        self.rotate_key.setAccessibleName(self.tr("Also change the data key"))
        hint = self.tr(
            "Choose this if someone may have seen your old passphrase and could have copied "
            "your files: the vault is re-encrypted under a new key, so no old copy of the key "
            "file opens it. You get a new recovery code. Backups you made before still open "
            "with their own backup passphrase."
        )
        self.rotate_key.setAccessibleDescription(hint)
        self.box.addWidget(self.rotate_key)
        self.box.addWidget(note(hint))
        self.current.textChanged.connect(self.update_ok)
        self.new.changed.connect(self.update_ok)
        self.finish_layout()

    def update_ok(self) -> None:
        self.ok.setEnabled(bool(self.current.text()) and self.new.passphrase() is not None)

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[str, str, bool] | None:
        """(current, new, change the data key too), or None if the person cancelled."""
        dialog = cls(parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            new = dialog.new.passphrase()
            if new is None:
                return None
            return (dialog.current.text(), new, dialog.rotate_key.isChecked())
        finally:
            dialog.current.clear()
            dialog.new.clear()


class PassphraseCheckDialog(_Dialog):
    """One passphrase, for an action that must be confirmed by its owner (rotating the key)."""

    def __init__(self, title: str, explanation: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(title, explanation, ok_text, parent)
        self.passphrase = secret_line_edit(self.tr("Your passphrase"))
        caption = QLabel(self.tr("Your &passphrase"))
        caption.setBuddy(self.passphrase)
        self.form.addRow(caption, self.passphrase)
        self.passphrase.textChanged.connect(self.update_ok)
        self.finish_layout()

    def update_ok(self) -> None:
        self.ok.setEnabled(bool(self.passphrase.text()))

    @classmethod
    def ask_rotate(cls, parent: QWidget | None) -> str | None:
        dialog = cls(
            QCoreApplication.translate("PassphraseCheckDialog", "Re-encrypt the vault"),
            QCoreApplication.translate(
                "PassphraseCheckDialog",
                "This re-encrypts your whole vault under a brand-new key. It can take a moment "
                "for a large vault. You will get a new recovery code (the old one stops "
                "working), and quick unlock is turned off. Do this if you think a copy of your "
                "key could have been seen."
            ),
            QCoreApplication.translate("PassphraseCheckDialog", "&Re-encrypt"),
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
            self.tr("Make a backup"),
            self.tr(
                "The backup is one encrypted file. Choose a passphrase for it (it can differ "
                "from your everyday one) and keep it apart from the file. Confide restores the "
                "file on any computer; it can also be opened with the standard \u201cage\u201d "
                "tool (age -d) and this passphrase."
            ),
            self.tr("&Make backup"),
            parent,
        )
        self.new = NewPassphraseField(
            self, label=self.tr("&Backup passphrase"), confirm_label=self.tr("&Type it again")
        )
        self.box.addWidget(self.new)
        self.box.addWidget(note(BACKUP_CARRIES_KEY()))
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
            self.tr("Restore a backup"),
            self.tr(
                "Type the passphrase the backup was made with, then choose the passphrase you "
                "will use from now on. You will get a new recovery code."
            ),
            self.tr("&Restore"),
            parent,
        )
        self.backup = backup
        self.backup_passphrase = secret_line_edit(self.tr("Backup passphrase"))
        caption = QLabel(self.tr("&Backup passphrase"))
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

    @staticmethod
    def choose_backup(parent: QWidget | None) -> Path | None:
        """Ask which backup file to restore (None: the person cancelled)."""
        name, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("RestoreDialog", "Choose a backup"),
            str(Path.home()),
            QCoreApplication.translate("RestoreDialog", "Confide backups (*.age);;All files (*)"),
        )
        return Path(name) if name else None

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

    def __init__(
        self, display: str, parent: QWidget | None = None, *, resumed: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your new recovery code"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        if resumed:
            layout.addWidget(
                note(
                    self.tr(
                        "Confide stopped before you confirmed your new recovery code, so here "
                        "it is again."
                    )
                )
            )
        layout.addWidget(
            note(
                self.tr(
                    "Write this code down on paper and keep it somewhere safe. It opens your "
                    "vault if you forget your passphrase. Your previous code stops working "
                    "once you confirm below."
                )
            )
        )
        # On as many lines as the width needs, broken after a dash: at 200 % text the code
        # on one line was wider than a 600 px window.
        self.code = CodeLabel()
        self.code.set_code(display)
        self.code.setProperty("role", "code")
        self.code.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.code.setAccessibleName(self.tr("Recovery code"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF() * 1.4)
        self.code.setFont(font)
        layout.addWidget(self.code)
        layout.addStretch(1)
        done = QPushButton(self.tr("I have &written it down"))
        done.setAccessibleName(self.tr("I have written it down"))
        done.setDefault(True)
        done.clicked.connect(self.accept)
        row = ButtonRow()
        row.addWidget(done)
        self.scroll_area = scrolling_body(self, body, row)
        self.finished.connect(lambda _result: self.code.clear())  # do not keep it on screen

    @classmethod
    def show_code(cls, code: RecoveryCode, parent: QWidget) -> RecoveryCodeDialog:
        """Show `code` once (window-modal, not blocking the event loop); gone when closed."""
        dialog = cls(code.display(), parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


class KeyMissingScreen(QWidget):
    """Shown at start when the data folder holds a vault's database but not its key file.

    That is what an interrupted restore by an older Confide left. Setting up a new vault
    here would put the database aside and make it look lost, so this screen explains
    and offers the way back: restore from the backup again.

    Signals:
        restore_requested(): "Choose the backup file" was pressed.
        crisis_requested(): "Need help now?" was pressed.
    """

    restore_requested = Signal()
    crisis_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confide"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = note(self.tr("Your vault's key file is missing"))
        heading.setProperty("role", "heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(
            note(
                self.tr(
                    "Confide found your vault's data file in its folder, but not the key file "
                    "that opens it. This happens when a restore from a backup was interrupted, "
                    "for example by a crash or a power cut. Without its key file the data file "
                    "cannot be opened, so Confide does not start a new vault over it. Restore "
                    "from your backup again: you need the backup file and its passphrase."
                )
            )
        )
        self.restore_button = QPushButton(self.tr("&Choose the backup file\u2026"))
        self.restore_button.setAccessibleName(self.tr("Choose the backup file"))
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_requested)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.help_button = QPushButton(self.tr("Need &help now?"))
        self.help_button.setProperty("role", "crisis")
        self.help_button.setAccessibleName(self.tr("Need help now? Open crisis contacts"))
        self.help_button.clicked.connect(self.crisis_requested)
        layout.addStretch(1)
        help_row = ButtonRow(leading=1)
        help_row.addWidget(self.help_button)
        # Sized to its words and scrolling, the help button always in sight: at a fixed
        # 560x360 and 200 % text the explanation was squeezed until its lines were cut.
        self.scroll_area = scrolling_body(self, body, help_row)
