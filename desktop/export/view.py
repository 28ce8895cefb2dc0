"""The "Export my data" dialog: what, in which form, encrypted or (after a warning) not.

The view only gathers the choice and turns outcomes into words; reading the vault,
building the files, sealing them and writing the one file the person chose all happen in
one job on the worker (age's scrypt takes about a second, which the GUI must not wait on).

Signals:
    exported(str): the path of the file just written.
    failed(str): the words shown when an export did not happen.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from crypto.errors import DiskFull, EnvironmentProblem, VaultError
from desktop.export.export import ExportChoice, Format, build_files, seal, suggested_name
from desktop.export.export import write_export as write_file
from desktop.records.checkin_store import CheckInStore
from desktop.records.instruments import Instrument
from desktop.records.results_store import ResultStore
from desktop.ui.vault_op import VaultOp
from desktop.ui.widgets import ask_yes_no, fit_screen, note, scrolled
from desktop.ui.worker import Worker
from desktop.vault_queries import VaultQueries
from desktop.words import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# English here (tests compare with them); shown through `tr` in the dialog's context.
UNENCRYPTED_WARNING = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "Anyone who gets this file can read everything in it, including your private notes.",
)
EXPORT_OFF = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "Your organization has turned off exporting from Confide on this computer. Your data "
    "is still here and still yours; ask your administrator if you need a copy.",
)
_EVERY_DAY = (date(1, 1, 1), date(9999, 12, 31))


class ExportDialog(QDialog):
    """Export the person's check-ins and questionnaires to one file they choose.

    Args:
        vault: the unlocked vault (touched on the worker thread only).
        worker: the app's one worker.
        instruments: the validated instruments, by id.
        allowed: `policy.personal_export_allowed`; False shows why export is off.
        parent: the window the dialog belongs to.

    Signals:
        exported(str): the path of the file just written.
        failed(str): the words shown when an export did not happen.
    """

    exported = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        vault: VaultQueries,
        worker: Worker,
        instruments: Mapping[str, Instrument],
        *,
        allowed: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._jobs = VaultOp(self, worker)  # nothing delivered once this is deleted
        self._instruments = dict(instruments)
        self.allowed = allowed
        self.busy = False
        self.setWindowTitle(self.tr("Export my data"))
        layout = QVBoxLayout(self)
        self.status = note()
        self.status.setAccessibleName(self.tr("Export status"))
        if not allowed:
            self.status.setText(self.tr(EXPORT_OFF))
            layout.addWidget(self.status)
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            buttons.rejected.connect(self.reject)
            layout.addWidget(buttons)
            return
        # The choices scroll; the status and the buttons stay in sight below them. At
        # 200 % text the whole dialog was taller than the screen, and its notes and
        # passphrase fields were squeezed until their lines overlapped.
        body = QWidget(self)
        content = QVBoxLayout(body)
        content.setContentsMargins(0, 0, 0, 0)
        self._build(content)
        scroll = scrolled(body, self)
        # As wide as the widest choice (a radio button's words never wrap): no sideways bar.
        scroll.setMinimumWidth(body.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width())
        layout.addWidget(scroll, stretch=1)
        layout.addWidget(self.status)
        layout.addWidget(self._buttons())
        self._sync()
        self.resize(fit_screen(self, self.sizeHint()))

    def _build(self, layout: QVBoxLayout) -> None:
        layout.addWidget(note(self.tr(
            "Save a copy of your check-ins and questionnaire results, for yourself or your "
            "own clinician. Your private notes are included."
        )))
        what = QGroupBox(self.tr("What to save"))
        what.setAccessibleName(what.title())
        column = QVBoxLayout(what)
        self.checkins = QCheckBox(self.tr("&Check-ins (with your notes)"))
        self.checkins.setAccessibleName(self.tr("Export check-ins"))
        self.questionnaires = QCheckBox(self.tr("&Questionnaire results"))
        self.questionnaires.setAccessibleName(self.tr("Export questionnaire results"))
        for box in (self.checkins, self.questionnaires):
            box.setChecked(True)
            column.addWidget(box)
        layout.addWidget(what)
        self._build_formats(layout)
        self.questionnaires.toggled.connect(self._sync)
        self._build_protection(layout)

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.export_button = QPushButton(self.tr("E&xport\u2026"))
        self.export_button.setAccessibleName(self.tr("Export and choose where to save"))
        self.export_button.setDefault(True)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        self.export_button.clicked.connect(self._on_export)
        buttons.rejected.connect(self.reject)
        return buttons

    def _indented(self, text: str, under: QRadioButton) -> QLabel:
        """What a choice means, in a muted line under it (a radio button cannot wrap)."""
        label = note(text, role="muted")
        indent = under.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
                                           None, under)
        label.setContentsMargins(indent + 6, 0, 0, 0)  # under the button's words
        return label

    def _build_formats(self, layout: QVBoxLayout) -> None:
        # Grouped by who reads the file, each file format named and explained (issue 14).
        group = QGroupBox(self.tr("How to save the questionnaire results"))
        group.setAccessibleName(group.title())
        column = QVBoxLayout(group)
        column.addWidget(note(self.tr(
            "Check-ins are always saved as a spreadsheet file (CSV)."), role="muted"))
        self.formats = QButtonGroup(self)
        self.format_buttons: dict[Format, QRadioButton] = {}
        for fmt, words, name, meaning in (
            (Format.CSV, self.tr("As a &spreadsheet (CSV)"),
             self.tr("Questionnaire results as a spreadsheet (CSV)"),
             self.tr("Opens in Excel, Numbers, LibreOffice or Google Sheets.")),
            (Format.FHIR, self.tr("For my own c&linician (FHIR)"),
             self.tr("Questionnaire results for my own clinician (FHIR)"),
             self.tr("FHIR is the standard form health record systems read, so your "
                     "clinician's system can take in your results.")),
            (Format.BOTH, self.tr("&Both"),
             self.tr("Questionnaire results in both forms"), ""),
        ):
            button = QRadioButton(words)
            button.setAccessibleName(name)
            if meaning:
                button.setAccessibleDescription(meaning)
            self.formats.addButton(button)
            self.format_buttons[fmt] = button
            column.addWidget(button)
            if meaning:
                column.addWidget(self._indented(meaning, button))
        self.format_buttons[Format.BOTH].setChecked(True)
        layout.addWidget(group)

    def _build_protection(self, layout: QVBoxLayout) -> None:
        group = QGroupBox(self.tr("Keep it private"))
        group.setAccessibleName(group.title())
        column = QVBoxLayout(group)
        self.encrypt = QRadioButton(self.tr("&Encrypt with a passphrase (recommended)"))
        self.plain = QRadioButton(self.tr("&Don't encrypt"))
        self.encrypt.setAccessibleName(self.tr("Encrypt the export with a passphrase"))
        self.plain.setAccessibleName(self.tr("Export without encryption"))
        self.encryption = QButtonGroup(self)
        column.addWidget(self.encrypt)
        column.addWidget(self._indented(self.tr(
            "Encrypted means locked: only someone with the passphrase can read the file."),
            self.encrypt))
        column.addWidget(self.plain)
        for button in (self.encrypt, self.plain):
            self.encryption.addButton(button)
        self.encrypt.setChecked(True)
        self.encrypt.toggled.connect(self._sync)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.passphrase = QLineEdit()
        self.confirm = QLineEdit()
        for edit, words, name in (
            (self.passphrase, self.tr("&Passphrase:"), self.tr("Passphrase")),
            (self.confirm, self.tr("Type it &again:"), self.tr("Confirm passphrase")),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
            label = QLabel(words)
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.hint = note(self.tr(
            "To open the file, you or your clinician need this passphrase and the free, "
            "standard tool called age (the command is age -d). Keep the passphrase apart "
            "from the file: say it, don't send it with the file."
        ))
        form.addRow(self.hint)
        column.addLayout(form)
        layout.addWidget(group)

    # --- the choice ---------------------------------------------------------------------

    def choice(self) -> ExportChoice:
        fmt = next(f for f, b in self.format_buttons.items() if b.isChecked())
        return ExportChoice(self.checkins.isChecked(), self.questionnaires.isChecked(), fmt)

    def _sync(self) -> None:
        for button in self.format_buttons.values():
            button.setEnabled(self.questionnaires.isChecked())
        for widget in (self.passphrase, self.confirm, self.hint):
            widget.setEnabled(self.encrypt.isChecked())

    def _problem(self) -> str | None:
        """What stops the export, in words, or None."""
        if self.choice().is_empty:
            return self.tr("Choose check-ins, questionnaire results or both.")
        if self.encrypt.isChecked():
            if not self.passphrase.text():
                return self.tr("Type a passphrase for the file, or choose not to encrypt it.")
            if self.passphrase.text() != self.confirm.text():
                return self.tr("The two passphrases are not the same.")
        return None

    def confirm_unencrypted(self) -> bool:
        """Ask, plainly, before writing a file anyone could read."""
        return ask_yes_no(self, self.tr(UNENCRYPTED_WARNING),
                          self.tr("Export without encryption"))

    def _ready(self) -> bool:
        if not self.allowed or self.busy:
            return False
        if (problem := self._problem()) is not None:
            self.status.setText(problem)
            return False
        return self.encrypt.isChecked() or self.confirm_unencrypted()

    # --- exporting ----------------------------------------------------------------------

    def _on_export(self) -> None:
        if self._ready() and (path := self.ask_path()) is not None:
            self._start(path)

    def ask_path(self) -> Path | None:
        """The system's save dialog; None when the person cancels."""
        name = suggested_name(date.today(), encrypted=self.encrypt.isChecked())
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the export as"), str(Path.home() / name)
        )
        return Path(chosen) if chosen else None

    def export_to(self, path: Path) -> bool:
        """Check the choice (warning first if unencrypted) and export to `path`.

        The save dialog's step, callable directly; returns False when nothing was started.
        """
        if not self._ready():
            return False
        self._start(path)
        return True

    def _start(self, path: Path) -> None:
        choice = self.choice()
        passphrase = self.passphrase.text() if self.encrypt.isChecked() else None
        vault, instruments = self._vault, self._instruments

        def job() -> str:
            checkins = CheckInStore(vault).between(*_EVERY_DAY) if choice.checkins else []
            results = ResultStore(vault)
            saved = [r for i in sorted(instruments) for r in results.history(i)]
            saved.sort(key=lambda r: (r.completed_at, r.id))
            write_file(path, seal(build_files(choice, checkins, saved, instruments), passphrase))
            return str(path)

        self.busy = True
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting\u2026"))
        self._jobs.run(job, self._on_done, self._on_error)

    def _on_done(self, path: str) -> None:
        self._finish()
        self.passphrase.clear()
        self.confirm.clear()
        self.status.setText(self.tr("Saved to {path}.").format(path=path))
        self.exported.emit(path)

    def _on_error(self, error: BaseException) -> None:
        self._finish()
        log.warning("export failed: %s", type(error).__name__)
        if isinstance(error, EnvironmentProblem) and not isinstance(error, DiskFull):
            words = self.tr("That place cannot be written to. Choose another folder.")
        elif isinstance(error, DiskFull):
            words = self.tr("The disk is full, so nothing was exported. Free some space and "
                            "try again.")
        elif isinstance(error, VaultError):
            words = self.tr("The vault could not be reached, so nothing was exported.")
        else:
            words = self.tr("Something went wrong, so nothing was exported. Please try again.")
        self.status.setText(words)
        self.failed.emit(words)

    def _finish(self) -> None:
        self.busy = False
        self.export_button.setEnabled(True)
