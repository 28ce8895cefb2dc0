"""LockScreen: renders `desktop.lock.flow.LockFlow` and runs its attempts on the worker.

The screen shows nothing personal, ever: the app name, a passphrase field and a way
to crisis help that never asks for the passphrase. Problems are worded here (the flow
gives them as data; `problems_view` words them) and announced to screen readers.

Signals:
    unlocked(object): the vault is open (and has a usable passphrase); the Vault.
    crisis_requested(): "Need help now?" was pressed.
    directory_requested(): "Find confidential help" was pressed (the directory is public).
    restore_requested(): the vault is damaged or missing and the person wants a backup.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.lock.flow import LockFlow, Mode, OpenedVault, Step, VaultOpener
from desktop.lock.jobs import open_vault, probe_quick_unlock
from desktop.lock.problems_view import problem_text
from desktop.logsetup import Safe, describe
from desktop.ui.passphrase import NewPassphraseField, secret_line_edit
from desktop.ui.theme import scaled_font
from desktop.ui.vault_op import VaultOp, lock_on_worker
from desktop.ui.widgets import TextColumn, centred, set_by_name
from desktop.ui.worker import Worker

if TYPE_CHECKING:
    from crypto.kdf import KdfParams

log = logging.getLogger(__name__)
COLUMN_CHARS = 64  # the screen's column: a long passphrase in sight, lines easy to read


class LockScreen(QWidget):
    """The unlock window.

    Args:
        worker: the vault thread.
        directory: the data folder.
        opener: how to open the vault (the Vault class; injectable for tests).
        kdf_params: Argon2id cost for the new passphrase after a recovery code
            (None: calibrate on this machine).
        demo_passphrase: shown and prefilled for `--demo` only.

    Signals:
        unlocked(object): the open Vault.
        crisis_requested(): "Need help now?" was pressed.
        directory_requested(): "Find confidential help" was pressed.
        restore_requested(): the person chose to restore from a backup.
    """

    unlocked = Signal(object)
    crisis_requested = Signal()
    directory_requested = Signal()
    restore_requested = Signal()

    def __init__(self, worker: Worker, directory: Path, *, opener: VaultOpener | None = None,
                 kdf_params: KdfParams | None = None, demo_passphrase: str | None = None,
                 probe_quick: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confide"))
        self._worker = worker
        self._directory = directory
        self._given_opener = opener
        self._kdf_params = kdf_params
        self.flow = LockFlow()
        self.vault: OpenedVault | None = None
        # Every job goes through it: the screen may be gone (unlocked, or replaced) by the
        # time a job answers, and then the answer is dropped (an opened vault is locked).
        self._jobs = VaultOp(self, worker)
        self._build(demo_passphrase)
        self._render()
        self.passphrase.setFocus()
        if probe_quick:
            directory_ = directory
            self._jobs.run(
                lambda: probe_quick_unlock(directory_), self._quick_probed,
                lambda error: log.info("quick unlock probe: %s", describe(error)),
                skip_at_stop=True)

    def _build(self, demo_passphrase: str | None) -> None:
        title = QLabel(self.tr("Confide"))
        title.setFont(scaled_font(title, 2.0, bold=True))
        set_by_name(title, "alignment", "AlignCenter")  # by name: see set_by_name
        title.setAccessibleName(self.tr("Confide"))
        self.subtitle = QLabel()
        set_by_name(self.subtitle, "alignment", "AlignCenter")
        self.subtitle.setWordWrap(True)
        self.demo_note = self._demo_note(demo_passphrase)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._enter_page())
        self._blocked = self._blocked_page()
        self.stack.addWidget(self._blocked)
        self._new_page: QWidget | None = None  # built once a recovery code has worked
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        set_by_name(self.error, "alignment", "AlignCenter")
        self.error.setAccessibleName(self.tr("Problem"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Opening your vault"))
        self.busy.setTextVisible(False)

        self._build_help_buttons()

        holder = TextColumn(COLUMN_CHARS, self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(self.subtitle)
        column.addWidget(self.demo_note)
        column.addSpacing(self.fontMetrics().height())
        column.addWidget(self.stack)
        column.addWidget(self.busy)
        column.addWidget(self.error)
        column.addSpacing(self.fontMetrics().height())
        column.addLayout(centred(self.help_button))
        column.addLayout(centred(self.find_help_button))
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(holder, 100)  # as wide as it may be; the rest either side
        outer.addStretch(1)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 70, metrics.height() * 26)
        if demo_passphrase is not None:
            self.passphrase.setText(demo_passphrase)

    def _build_help_buttons(self) -> None:
        """Crisis help and the directory: both reachable without unlocking."""
        self.help_button = QPushButton(self.tr("Need &help now?"))
        self.help_button.setProperty("role", "crisis")
        self.help_button.setAccessibleName(
            self.tr("Need help now? Open crisis contacts without unlocking"))
        self.help_button.setAutoDefault(False)
        self.help_button.clicked.connect(self.crisis_requested)
        self.find_help_button = QPushButton(self.tr("&Find confidential help\u2026"))
        self.find_help_button.setAccessibleName(
            self.tr("Find confidential help: the directory, without unlocking")
        )
        self.find_help_button.setAutoDefault(False)
        self.find_help_button.clicked.connect(self.directory_requested)

    def _demo_note(self, demo_passphrase: str | None) -> QLabel:
        note = QLabel()
        note.setWordWrap(True)
        set_by_name(note, "textInteractionFlags", "TextSelectableByMouse")
        set_by_name(note, "alignment", "AlignCenter")
        note.setProperty("role", "muted")
        note.setVisible(demo_passphrase is not None)
        if demo_passphrase is not None:
            note.setText(self.tr("Demo vault \u2014 passphrase: {passphrase}").format(
                passphrase=demo_passphrase))
            note.setAccessibleName(note.text())
        return note

    # -- pages --------------------------------------------------------------------------
    def _enter_page(self) -> QWidget:
        page = QWidget()
        self.field_label = QLabel(self.tr("&Passphrase"))
        self.passphrase = secret_line_edit(self.tr("Passphrase"))
        self.field_label.setBuddy(self.passphrase)
        self.passphrase.returnPressed.connect(self._submit)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.clicked.connect(self._submit)
        # A real (not flat) button: as flat text, "Use recovery code" was not seen as one.
        self.mode_button = QPushButton()
        self.mode_button.setAutoDefault(False)
        self.mode_button.clicked.connect(self._toggle_mode)
        self.quick_button = QPushButton(self.tr("&Quick unlock"))
        self.quick_button.setAccessibleName(self.tr("Quick unlock with this computer's keyring"))
        self.quick_button.setAutoDefault(False)
        self.quick_button.clicked.connect(self._quick)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        links = QHBoxLayout()
        links.addWidget(self.mode_button)
        links.addStretch(1)
        links.addWidget(self.quick_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field_label)
        layout.addLayout(row)
        layout.addLayout(links)
        layout.addStretch(1)  # keep the label with its field when the stack is taller
        return page

    def _new_passphrase_page(self) -> QWidget:
        """The page for a new passphrase after a recovery code, built on first need (not
        before the first paint); it goes second in the stack."""
        if self._new_page is not None:
            return self._new_page
        page = self._new_page = QWidget()
        self.stack.insertWidget(1, page)
        intro = QLabel(self.tr("Your recovery code worked. Please choose a new passphrase "
                               "before you continue: your old one will no longer open the "
                               "vault."))
        intro.setWordWrap(True)
        self.new_field = NewPassphraseField()
        self.new_field.changed.connect(self._on_new_changed)
        self.save_button = QPushButton(self.tr("&Save and continue"))
        self.save_button.setAccessibleName(self.tr("Save the new passphrase and continue"))
        self.save_button.clicked.connect(self._save_new)
        self.new_field.confirm.returnPressed.connect(self._save_new)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.new_field)
        from PySide6.QtCore import Qt  # noqa: PLC0415 - built after the first paint

        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _blocked_page(self) -> QWidget:
        page = QWidget()
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        self.restore_button.setAccessibleName(self.tr("Restore from a backup"))
        self.restore_button.clicked.connect(self.restore_requested)
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.retry_button.setAccessibleName(self.tr("Try again"))
        self.retry_button.clicked.connect(self._retry)
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.restore_button)
        layout.addStretch(1)
        return page

    # -- actions ------------------------------------------------------------------------
    def _submit(self) -> None:
        if not self.flow.can_submit:
            return
        request = self.flow.submit(self.passphrase.text())
        self._render()
        if request is None:
            return
        opener, directory = self._given_opener, self._directory
        log.info("unlock attempt: %s", Safe(request.mode.value))
        self._jobs.run(lambda: open_vault(opener, directory, request), self._succeeded,
                       self._failed, on_dropped=partial(lock_on_worker, self._worker))

    def _quick(self) -> None:
        if self.flow.can_submit and self.flow.quick_offered:
            self.flow.set_mode(Mode.QUICK)
            self._submit()

    def _toggle_mode(self) -> None:
        recovery = self.flow.mode is Mode.RECOVERY_CODE
        self.flow.set_mode(Mode.PASSPHRASE if recovery else Mode.RECOVERY_CODE)
        self.passphrase.clear()
        self._render()
        self.passphrase.setFocus()

    def _succeeded(self, vault: OpenedVault) -> None:
        self.vault = vault
        self.passphrase.clear()
        self.flow.succeeded(vault)
        log.info("unlocked")
        self._render()
        if self.flow.step is Step.DONE:
            self.unlocked.emit(vault)
        else:
            self.new_field.setFocus()

    def _failed(self, error: BaseException) -> None:
        log.info("unlock failed: %s", describe(error))
        self.flow.failed(error)
        if self.flow.mode is not Mode.QUICK:
            self.passphrase.selectAll()
        self._render()
        self._announce()
        self.passphrase.setFocus()

    def _retry(self) -> None:
        self.flow.retry()
        self._render()
        self.passphrase.setFocus()

    def _quick_probed(self, offered: bool) -> None:
        if self.flow.step is Step.ENTER:
            self.flow.set_quick_offered(offered)
            self._render()

    def _on_new_changed(self) -> None:
        if self.flow.step is not Step.NEW_PASSPHRASE:
            return  # the field is being cleared after use
        self.flow.set_new_passphrase(self.new_field.entry.text(), self.new_field.confirm.text())
        self._render()

    def _save_new(self) -> None:
        vault, params, worker = self.vault, self._kdf_params, self._worker
        if self.flow.step is not Step.NEW_PASSPHRASE or vault is None:
            return
        new = self.flow.begin_saving()
        if new is None:
            return
        self._render()
        self._jobs.run(lambda: vault.change_passphrase(new, kdf_params=params), self._saved,
                       self._save_failed, on_dropped=lambda _none: lock_on_worker(worker, vault))

    def _saved(self, _result: object) -> None:
        self.new_field.clear()
        self.flow.saving_succeeded()
        log.info("new passphrase set after recovery")
        self._render()
        self.unlocked.emit(self.vault)

    def _save_failed(self, error: BaseException) -> None:
        log.warning("setting the new passphrase failed: %s", describe(error))
        self.flow.saving_failed(error)
        self._render()
        self._announce()

    # -- rendering ----------------------------------------------------------------------
    def _render(self) -> None:
        flow = self.flow
        step = flow.step
        working = step in (Step.WORKING, Step.SAVING, Step.DONE)
        recovery = flow.mode is Mode.RECOVERY_CODE
        if step is Step.NEW_PASSPHRASE or step is Step.SAVING:
            self.stack.setCurrentWidget(self._new_passphrase_page())
            self.subtitle.setText(self.tr("Choose a new passphrase"))
        elif step is Step.BLOCKED:
            self.stack.setCurrentWidget(self._blocked)
            self.subtitle.setText(self.tr("Your vault could not be opened"))
        else:
            self.stack.setCurrentIndex(0)
            self.subtitle.setText(self.tr("Your vault is locked."))
        # A stack is as tall as its tallest page; size only the current one, so the error
        # label sits right under the field.
        for index in range(self.stack.count()):
            page = self.stack.widget(index)
            policy = (QSizePolicy.Policy.Preferred if index == self.stack.currentIndex()
                      else QSizePolicy.Policy.Ignored)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.stack.adjustSize()
        self.field_label.setText(self.tr("&Recovery code") if recovery else self.tr("&Passphrase"))
        self.passphrase.setAccessibleName(
            self.tr("Recovery code") if recovery else self.tr("Passphrase"))
        # A recovery code is read off paper: showing it helps, and it is already spent.
        self.passphrase.setEchoMode(
            self.passphrase.EchoMode.Normal if recovery else self.passphrase.EchoMode.Password
        )
        self.mode_button.setText(
            self.tr("Use my &passphrase") if recovery else self.tr("Use &recovery code"))
        self.mode_button.setAccessibleName(self.mode_button.text().replace("&", ""))
        self.quick_button.setVisible(flow.quick_offered and step is Step.ENTER)
        for widget in (self.passphrase, self.unlock_button, self.mode_button, self.quick_button):
            widget.setEnabled(step is Step.ENTER)
        if self._new_page is not None:
            self.new_field.setEnabled(step is Step.NEW_PASSPHRASE)
            self.save_button.setEnabled(flow.can_save_new_passphrase)
        self.restore_button.setVisible(bool(flow.problem and flow.problem.offer_restore))
        self.busy.setVisible(working)
        # Strength and mismatch are shown by the passphrase field itself.
        shown = flow.problem
        saving = step in (Step.NEW_PASSPHRASE, Step.SAVING)
        self.error.setText(problem_text(shown, saving=saving) if shown else "")
        self.error.setVisible(shown is not None)

    def _announce(self) -> None:
        """Tell screen readers about the new problem (a label change alone is silent)."""
        # Imported here: building QAccessible's classes would delay the first paint.
        from PySide6.QtGui import QAccessible, QAccessibleEvent  # noqa: PLC0415

        if self.error.isVisible() and self.error.text():
            self.error.setAccessibleDescription(self.error.text())
            event = QAccessibleEvent(self.error, QAccessible.Event.Alert)
            QAccessible.updateAccessibility(event)
