"""SetupWizard: renders `desktop.setup.flow.SetupFlow`, one page per step.

The wizard holds no rules: it feeds input to the flow, asks it what is allowed, and
shows its state. The vault is created on the worker (Argon2id is slow by design) while
a busy page is shown; the roles chosen at the end are saved on the worker too.

Signals:
    completed(object): setup finished; the argument is the open Vault.
    abandoned(object): the window was closed before the end; the open Vault or None.
    crisis_requested(): the person pressed "Need help now?".
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crypto.kdf import KdfParams
from crypto.recovery import RecoveryCode
from crypto.vault import Vault
from desktop.logsetup import describe
from desktop.roles import save_roles
from desktop.setup.code_view import RecoveryCodePage
from desktop.setup.flow import Issue, IssueKind, SetupFlow, Step
from desktop.setup.page_view import fill_page, text_label
from desktop.setup.words import CHOOSING_TEXT, ROLES_TEXT, WELCOME_TEXT, issue_text
from desktop.ui.narrow import ButtonRow, WrappingCheckBox
from desktop.ui.passphrase import NewPassphraseField
from desktop.ui.vault_op import VaultOp, lock_on_worker
from desktop.ui.widgets import ask_yes_no, fit_screen
from desktop.ui.worker import Worker

log = logging.getLogger(__name__)


# The steps as the person counts them: creating the vault belongs to choosing the
# passphrase, and saving the choices to the last step.
STEP_NUMBERS: Final = {
    Step.WELCOME: 1, Step.PASSPHRASE: 2, Step.CREATING: 2, Step.RECOVERY_CODE: 3,
    Step.CONFIRM_CODE: 4, Step.ROLES: 5, Step.DONE: 5,
}
STEP_COUNT: Final = max(STEP_NUMBERS.values())


class SetupWizard(QWidget):
    """The first-run window.

    Args:
        worker: the vault thread.
        directory: the data folder where the vault is created.
        kdf_params: Argon2id cost for the new vault (None: calibrate on this machine).
        flow: the setup flow (injectable for tests).

    Signals:
        completed(object): setup finished; the argument is the open Vault.
        abandoned(object): closed before the end; the open Vault (to lock) or None.
        crisis_requested(): "Need help now?" was pressed.
    """

    completed = Signal(object)
    abandoned = Signal(object)
    crisis_requested = Signal()

    def __init__(self, worker: Worker, directory: Path, *, kdf_params: KdfParams | None = None,
                 flow: SetupFlow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confide: set up"))
        self._worker = worker
        # The wizard's jobs: a result arriving after it was deleted is dropped (a vault
        # created for it meanwhile is locked, so the folder is not left held open).
        self._jobs = VaultOp(self, worker)
        self._directory = directory
        self._kdf_params = kdf_params
        self.flow = flow or SetupFlow()
        self.vault: Vault | None = None
        self._finished = False
        self._closed = False

        self.stack = QStackedWidget()
        self.pages: dict[Step, QWidget] = {
            Step.WELCOME: self._welcome_page(),
            Step.PASSPHRASE: self._passphrase_page(),
            Step.CREATING: self._busy_page(self.tr("Creating your encrypted vault…")),
            Step.RECOVERY_CODE: self._code_page(),
            Step.CONFIRM_CODE: self._confirm_page(),
            Step.ROLES: self._roles_page(),
            Step.DONE: self._busy_page(self.tr("Saving your choices…")),
        }
        for page in self.pages.values():
            self.stack.addWidget(page)

        self.help_button = QPushButton(self.tr("Need &help now?"))
        self.help_button.setProperty("role", "crisis")
        self.help_button.setAccessibleName(self.tr("Need help now? Open crisis contacts"))
        self.help_button.setAutoDefault(False)
        self.help_button.clicked.connect(self.crisis_requested)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setAutoDefault(False)
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setDefault(True)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        # One row while they fit, stacked in a narrow window at large text (the row was
        # wider than a 600 px window at 200 %).
        buttons = self.button_row = ButtonRow(leading=1)
        buttons.addWidget(self.help_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)

        self.step_label = text_label("", role="muted")
        self.step_label.setAccessibleName(self.tr("Setup progress"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        metrics = self.fontMetrics()
        # Within the screen: at 200 % text 72 characters are wider than a 1440 px screen.
        self.resize(fit_screen(self, QSize(metrics.averageCharWidth() * 72,
                                           metrics.height() * 30)))
        self._render()

    # -- pages --------------------------------------------------------------------------
    def _page(self, title: str, *widgets: QWidget) -> QWidget:
        return fill_page(QWidget(), title, *widgets)

    def _welcome_page(self) -> QWidget:
        return self._page(self.tr("Welcome to Confide"), text_label(self.tr(WELCOME_TEXT)))

    def _passphrase_page(self) -> QWidget:
        self.passphrase_field = NewPassphraseField()
        self.passphrase_field.changed.connect(self._on_passphrase_changed)
        self.create_error = text_label("", role="error")
        self.create_error.setAccessibleName(self.tr("Problem"))
        return self._page(self.tr("Choose a passphrase"), text_label(self.tr(CHOOSING_TEXT)),
                          self.passphrase_field, self.create_error)

    def _busy_page(self, text: str) -> QWidget:
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy, no percentage: Argon2id does not report progress
        bar.setAccessibleName(text)
        return self._page(text, bar)

    def _code_page(self) -> QWidget:
        page = self.code_page = RecoveryCodePage(self.flow, self)  # sized by the wizard's font
        self.code_label, self.written_down = page.code_label, page.written_down
        self.copy_button, self.print_button = page.copy_button, page.print_button
        self.copy_note = page.copy_note
        self.written_down.toggled.connect(self._on_written_down)
        return page

    def _confirm_page(self) -> QWidget:
        self.confirm_intro = text_label("")
        form_widget = QWidget()
        self.confirm_form = QFormLayout(form_widget)
        self.confirm_edits: dict[int, QLineEdit] = {}
        self.confirm_error = text_label("", role="error")
        self.confirm_error.setAccessibleName(self.tr("Problem"))
        return self._page(self.tr("Check your copy"), self.confirm_intro, form_widget,
                          self.confirm_error)

    def _roles_page(self) -> QWidget:
        self.peer_box = WrappingCheckBox(self.tr("I am a trained &peer supporter"))
        self.peer_box.setAccessibleName(self.tr("I am a trained peer supporter"))
        self.peer_box.toggled.connect(self.flow.set_peer_supporter)
        peer_note = text_label(
            self.tr("Adds a log for support contacts that holds no names, and monthly counts "
                    "you can share with your program coordinator."),
            role="muted",
        )
        self.coordinator_box = WrappingCheckBox(self.tr("I coordinate a peer support pro&gram"))
        self.coordinator_box.setAccessibleName(self.tr("I coordinate a peer support program"))
        self.coordinator_box.toggled.connect(self.flow.set_coordinator)
        coordinator_note = text_label(
            self.tr("You merge the reports supporters send you. Adds only that page; it never "
                    "holds a contact."),
            role="muted",
        )
        later = text_label(self.tr("You can change these later in Settings."), role="muted")
        return self._page(self.tr("How will you use Confide?"), text_label(self.tr(ROLES_TEXT)),
                          self.peer_box,
                          peer_note, self.coordinator_box, coordinator_note, later)

    # -- navigation ---------------------------------------------------------------------
    def _next(self) -> None:
        before = self.flow.step
        step = self.flow.next()
        if step is Step.CREATING and before is Step.PASSPHRASE:
            self._create()
        elif step is Step.DONE and before is Step.ROLES:
            self._finish()
        self._render()
        self._focus_page()

    def _back(self) -> None:
        self.flow.back()
        if self.flow.step is Step.WELCOME:
            self.passphrase_field.clear()
        self._render()
        self._focus_page()

    def _create(self) -> None:
        passphrase = self.flow.passphrase_for_creation()
        directory, params, worker = self._directory, self._kdf_params, self._worker
        log.info("creating a vault")
        self._jobs.run(lambda: Vault.create(directory, passphrase, kdf_params=params),
                       self._created, self._create_failed,
                       on_dropped=lambda result: lock_on_worker(worker, result[0]))

    def _created(self, result: tuple[Vault, RecoveryCode]) -> None:
        self.vault, code = result
        if self._closed:  # closed while creating: the receiver of `abandoned` locks it
            self.abandoned.emit(self.vault)
            return
        self.passphrase_field.clear()
        self.flow.creation_succeeded(code)
        log.info("vault created")
        self._render()
        self._focus_page()

    def _create_failed(self, error: BaseException) -> None:
        log.warning("vault creation failed: %s", describe(error))
        self.flow.creation_failed(error)
        self._render()

    def _finish(self) -> None:
        vault = self.vault
        assert vault is not None  # noqa: S101 - DONE is reached only after creation
        roles = self.flow.result.roles
        worker = self._worker
        self._jobs.run(lambda: save_roles(vault, roles), self._saved, self._save_failed,
                       on_dropped=lambda _none: lock_on_worker(worker, vault))

    def _saved(self, _result: object) -> None:
        self._finished = True
        self.completed.emit(self.vault)

    def _save_failed(self, error: BaseException) -> None:
        # The vault is fine; only the role choice was not stored. Carry on with defaults.
        log.warning("saving roles failed: %s", describe(error))
        self._saved(None)

    # -- input --------------------------------------------------------------------------
    def _on_passphrase_changed(self) -> None:
        if self.flow.step is not Step.PASSPHRASE:
            return  # the field is being cleared after use
        self.flow.set_passphrase(self.passphrase_field.entry.text())
        self.flow.set_confirmation(self.passphrase_field.confirm.text())
        self._render()

    def _on_written_down(self, checked: bool) -> None:
        self.flow.acknowledge_code(checked)
        self._render()

    def _on_confirm_typed(self, position: int, text: str) -> None:
        self.flow.set_confirm_entry(position, text)
        self._render()

    # -- rendering ----------------------------------------------------------------------
    def _render(self) -> None:
        flow = self.flow
        step = flow.step
        self.stack.setCurrentWidget(self.pages[step])
        errors = flow.errors
        if step is Step.PASSPHRASE:
            words = [issue_text(i, QCoreApplication.translate) for i in errors
                     if i.kind is IssueKind.CREATE_FAILED]
            self.create_error.setText(" ".join(words))
            self.create_error.setVisible(bool(words))
        elif step is Step.RECOVERY_CODE:
            self.code_page.show_code()
        elif step is Step.CONFIRM_CODE:
            self._render_confirm(errors)
        labels = {
            Step.WELCOME: self.tr("&Get started"), Step.PASSPHRASE: self.tr("&Create vault"),
            Step.RECOVERY_CODE: self.tr("&Next"), Step.CONFIRM_CODE: self.tr("&Check"),
            Step.ROLES: self.tr("&Finish"), Step.CREATING: self.tr("&Next"),
            Step.DONE: self.tr("&Finish"),
        }
        number = STEP_NUMBERS[step]
        self.step_label.setText(
            self.tr("Step {number} of {total}").format(number=number, total=STEP_COUNT)
        )
        self.next_button.setText(labels[step])
        self.next_button.setAccessibleName(labels[step].replace("&", ""))
        self.next_button.setEnabled(flow.can_advance)
        self.back_button.setVisible(flow.can_go_back)

    def _render_confirm(self, errors: tuple[Issue, ...]) -> None:
        positions = self.flow.confirm_positions
        if tuple(self.confirm_edits) != positions:
            while self.confirm_form.rowCount():
                self.confirm_form.removeRow(0)
            self.confirm_edits = {}
            for position in positions:
                edit = QLineEdit()
                edit.setMaxLength(9)
                edit.setAccessibleName(
                    self.tr("Group {position} of your recovery code").format(position=position))
                edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData
                                         | Qt.InputMethodHint.ImhNoPredictiveText)
                edit.textEdited.connect(lambda text, p=position: self._on_confirm_typed(p, text))
                edit.returnPressed.connect(self._next)
                label = QLabel(self.tr("Group &{position}").format(position=position))
                label.setBuddy(edit)
                self.confirm_form.addRow(label, edit)
                self.confirm_edits[position] = edit
        groups = self.tr(" and ", "between two group numbers").join(str(p) for p in positions)
        self.confirm_intro.setText(
            self.tr("To be sure your copy is right, type groups {groups} of your recovery code. "
                    "Groups are counted from the left; capitals and dashes do not matter."
                    ).format(groups=groups)
        )
        words = " ".join(issue_text(i, QCoreApplication.translate) for i in errors)
        self.confirm_error.setText(words)
        self.confirm_error.setVisible(bool(words))

    def _focus_page(self) -> None:
        step = self.flow.step
        if step is Step.PASSPHRASE:
            self.passphrase_field.setFocus()
        elif step is Step.CONFIRM_CODE and self.confirm_edits:
            next(iter(self.confirm_edits.values())).setFocus()
        elif step is Step.RECOVERY_CODE:
            self.written_down.setFocus()
        elif self.next_button.isEnabled():
            self.next_button.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Warn before leaving setup after the vault exists but the code is unconfirmed."""
        if self._finished or self.flow.step is Step.DONE:
            super().closeEvent(event)
            return
        if not self.flow.vault_created:
            super().closeEvent(event)
            self._closed = True
            if self.flow.step is not Step.CREATING:
                self.abandoned.emit(None)
            return
        leave = ask_yes_no(
            self,
            self.tr("Your vault is created. If you leave now, make sure you have written down "
                    "your recovery code: it will not be shown again."),
            self.tr("Leave setup"),
        )  # Cancel is the default: staying is the safe answer
        if leave:
            super().closeEvent(event)
            self.abandoned.emit(self.vault)
        else:
            event.ignore()
