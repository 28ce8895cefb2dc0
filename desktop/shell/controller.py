"""AppController: which screen is up, and the two ways out (lock and quick exit).

No vault yet → the first-run wizard. A vault → the unlock screen. A database without its
key file (an interrupted restore) → a screen that explains and offers the restore again,
never the wizard, which would put the vault aside. Unlocked → the main
window, built by a factory the caller passes in (so this module does not depend on how
the lead assembles feature pages). Locking deletes every window that held personal data
before the vault locks on the worker; quick exit hides every window before anything
slow happens, then locks and asks the application to quit.

The crisis panel and the directory window belong to no screen (desktop.shell.help_windows);
restoring a backup is desktop.shell.restore_flow, preparing the data folder before the
first unlock desktop.shell.preparation, and closing what held personal data
desktop.shell.windows. The class docstring lists the signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop.lock.view import LockScreen
from desktop.logsetup import describe
from desktop.shell.help_windows import HelpWindows, SafetyPlanSummaryFactory
from desktop.shell.preparation import FolderPreparation
from desktop.shell.session import Phase, Session
from desktop.shell.windows import bring_up, close_personal_windows, discard
from desktop.ui.vault_op import Lockable, lock_on_worker
from desktop.ui.worker import Worker

if TYPE_CHECKING:
    # Imported where used: the unlock screen must not wait for the crisis panel's
    # directory, the setup wizard's strength meter or the restore dialogs; nor for
    # crypto.vault (cryptography, SQLCipher, age), imported on the worker; nor for PySide
    # to build QMainWindow and QDialog (~4 ms), which it does as they are imported.
    from PySide6.QtWidgets import QDialog, QMainWindow

    from crypto.kdf import KdfParams
    from crypto.vault import Vault
    from desktop.crisis.view import CrisisPanel
    from desktop.directory.dialog_view import DirectoryDialog
    from desktop.lock.flow import VaultOpener
    from desktop.settings.dialogs_view import KeyMissingScreen, RestoreRequest
    from desktop.setup.view import SetupWizard
    from referral_directory.crisis import CrisisDirectory
    from referral_directory.directory import Directory

log = logging.getLogger(__name__)

MainWindowFactory = Callable[["Vault", Worker], "QMainWindow"]
ScreenKind = Literal["lock", "setup", "key_missing"]


class AppController(QObject):
    """Owns the worker and the screens; decides what is shown.

    Args:
        data_dir: the data folder (created by the caller).
        main_window_factory: builds the unlocked window from the open vault and the worker.
        worker: the vault thread (one is created and owned if not given).
        kdf_params: Argon2id cost for new vaults and new passphrases (None: calibrate).
        demo_passphrase: shown and prefilled on the unlock screen (`--demo` only).
        opener: how vaults are opened (the Vault class; injectable for tests).
        crisis_directory: the crisis panel's contacts (e.g. with the EAP from policy).
        directory: the referral directory, once opened (None while it is still loading).
        safety_plan_summary: builds the safety plan summary shown while unlocked.
        full_style: installs the theme's full style; called before any screen or window
            other than the unlock screen is built (which shows before it, see
            ThemeManager.use_full_style).

    Signals:
        ready(): the first screen is shown and accepts input.
        unlocked(object): the open Vault, once the main window is up.
        locked(): the vault locked after `lock()`.
        quick_exit_started(): every window is hidden; stop notifications now.
        quit_requested(): quit the application.
        restore_requested(): restore from a backup was asked for.
    """

    ready = Signal()
    unlocked = Signal(object)
    locked = Signal()
    quick_exit_started = Signal()
    quit_requested = Signal()
    restore_requested = Signal()

    def __init__(
        self,
        data_dir: Path,
        main_window_factory: MainWindowFactory,
        *,
        worker: Worker | None = None,
        kdf_params: KdfParams | None = None,
        demo_passphrase: str | None = None,
        opener: VaultOpener | None = None,
        crisis_directory: Callable[[], CrisisDirectory] | None = None,
        directory: Callable[[], Directory | None] | None = None,
        safety_plan_summary: SafetyPlanSummaryFactory | None = None,
        full_style: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._factory = main_window_factory
        self._owns_worker = worker is None
        self.worker = worker or Worker(self)
        self._kdf_params = kdf_params
        self._demo_passphrase = demo_passphrase
        self._opener = opener
        self._full_style = full_style or (lambda: None)
        self.help = HelpWindows(
            crisis_directory=crisis_directory,
            directory=directory,
            safety_plan_summary=safety_plan_summary,
            open_safety_plan=self._open_safety_plan,
            parent=self,
        )
        self.vault: Vault | None = None
        # The one screen shown while nothing is unlocked: the unlock screen, the setup
        # wizard or the key-missing screen (read through the typed properties below).
        self._first: LockScreen | SetupWizard | KeyMissingScreen | None = None
        self._first_kind: ScreenKind | None = None
        self.main_window: QMainWindow | None = None
        self.pending_code_dialog: QDialog | None = None
        self._ready_sent = False
        self._preparation = FolderPreparation(data_dir)  # queued ahead of any unlock
        self.session = Session()  # which screen may follow which: see desktop.shell.session

    # -- the screen shown while locked ----------------------------------------------------
    @property
    def lock_screen(self) -> LockScreen | None:
        return self._first if isinstance(self._first, LockScreen) else None

    @property
    def setup_wizard(self) -> SetupWizard | None:
        # By kind, not isinstance: that would import the wizard (and its strength meter)
        # at quick exit just to learn it is not on show.
        return cast("SetupWizard", self._first) if self._first_kind == "setup" else None

    @property
    def key_missing_screen(self) -> KeyMissingScreen | None:
        return cast("KeyMissingScreen", self._first) if self._first_kind == "key_missing" else None

    def _replace_first(
        self, screen: LockScreen | SetupWizard | KeyMissingScreen, kind: ScreenKind
    ) -> None:
        old, self._first, self._first_kind = self._first, screen, kind
        bring_up(screen)  # before the old one closes, so Qt never sees no window and quits
        if old is not screen:
            discard(old)
        if not self._ready_sent:  # once the event loop has painted it, it accepts input
            QTimer.singleShot(0, self._check_ready)

    # -- starting -----------------------------------------------------------------------
    def start(self) -> None:
        """Show the first screen: setup when there is no vault, else the unlock screen.

        The folder is prepared on the worker, ahead of any unlock, so the first screen
        does not wait for the vault's imports (see desktop.shell.preparation).
        """
        phase = self.session.begin(self._preparation.first_state(self.worker))
        if phase is Phase.LOCKED:
            self._show_lock_screen()
        elif phase is Phase.KEY_MISSING:
            self._show_key_missing()
        else:
            self._show_setup()

    def _show_key_missing(self) -> None:
        from desktop.settings.dialogs_view import KeyMissingScreen  # noqa: PLC0415

        self._full_style()
        log.warning("the data folder holds a vault database without its key file")
        screen = KeyMissingScreen()
        screen.restore_requested.connect(self.ask_restore)
        screen.crisis_requested.connect(self.show_crisis_panel)
        self._replace_first(screen, "key_missing")

    def _show_setup(self) -> None:
        from desktop.setup.view import SetupWizard  # noqa: PLC0415 - see the imports

        self._full_style()
        wizard = SetupWizard(self.worker, self.data_dir, kdf_params=self._kdf_params)
        wizard.completed.connect(self._on_unlocked)
        wizard.abandoned.connect(self._on_setup_abandoned)
        wizard.crisis_requested.connect(self.show_crisis_panel)
        self._replace_first(wizard, "setup")

    def _show_lock_screen(self) -> None:
        screen = LockScreen(
            self.worker,
            self.data_dir,
            opener=self._opener,
            kdf_params=self._kdf_params,
            demo_passphrase=self._demo_passphrase,
        )
        screen.unlocked.connect(self._on_unlocked)
        screen.crisis_requested.connect(self.show_crisis_panel)
        screen.directory_requested.connect(self.show_directory)
        screen.restore_requested.connect(self.restore_requested)
        screen.restore_requested.connect(self.ask_restore)
        self._replace_first(screen, "lock")

    def _check_ready(self) -> None:
        window = self._first
        shown = window is not None and window.isVisible() and window.isEnabled()
        if shown and not self._ready_sent:
            self._ready_sent = True
            self.ready.emit()
            # A turn later: the follow-ups `ready` queued (feature pages, session watch) go
            # first, without the worker's imports competing with them for the GIL.
            QTimer.singleShot(0, self._preparation.painted)

    # -- unlocked -----------------------------------------------------------------------
    def _on_unlocked(self, vault: Vault) -> None:
        self.session.unlocked()
        self.vault = vault
        try:
            window = self._factory(vault, self.worker)
        except Exception as error:
            log.exception("building the main window failed: %s", describe(error))
            self.lock()
            return
        from desktop.shell.main_window import MainWindow  # noqa: PLC0415 - see the imports

        if isinstance(window, MainWindow):  # tests may pass a bare QMainWindow
            window.lock_requested.connect(self.lock)
            window.quick_exit_requested.connect(self.quick_exit)
            window.crisis_requested.connect(self.show_crisis_panel)
        self.main_window = window
        # Show the new window before closing the old one, or Qt would see the last
        # window close and quit the application.
        bring_up(window)
        discard(self._first)
        self._first = self._first_kind = None
        self.unlocked.emit(vault)
        self._show_pending_code(vault, window)

    def _show_pending_code(self, vault: Vault, parent: QWidget) -> None:
        from desktop.shell.restore_flow import offer_pending_code  # noqa: PLC0415

        def shown(dialog: QDialog) -> None:
            self.pending_code_dialog = dialog

        offer_pending_code(
            self.worker, vault, parent, still_open=lambda: self.vault is vault, shown=shown
        )

    def _on_setup_abandoned(self, vault: Vault | None) -> None:
        if self.setup_wizard is not None:
            self.setup_wizard.vault = None  # locked here, not again at shutdown
        if vault is not None:
            lock_on_worker(self.worker, vault)

    # -- help (desktop.shell.help_windows) ---------------------------------------------
    @property
    def crisis_panel(self) -> CrisisPanel | None:
        return self.help.crisis_panel

    @property
    def directory_dialog(self) -> DirectoryDialog | None:
        return self.help.directory_dialog

    def show_crisis_panel(self) -> None:
        """Open (or bring forward) the crisis panel; it never asks for the passphrase."""
        self._full_style()
        self.help.show_crisis_panel(self.vault, self.worker)

    def show_directory(self) -> None:
        """The referral directory in its own window; public data, so no unlock is needed."""
        self._full_style()
        self.help.show_directory(self.vault, self.worker)

    def bring_forward(self) -> None:
        """Show whichever Confide window is current (a reminder was clicked)."""
        window = self.main_window or self._first
        if window is not None:
            bring_up(window)

    def _open_safety_plan(self) -> None:
        from desktop.shell.main_window import MainWindow  # noqa: PLC0415 - see the imports

        window = self.main_window
        if isinstance(window, MainWindow):
            window.show_page("safety_plan")
            window.activateWindow()

    # -- locking ------------------------------------------------------------------------
    def lock(self) -> None:
        """Close every view holding personal data, show the unlock screen, lock the vault."""
        if self.session.stopped:
            return
        self.session.lock()
        vault = self._leave_unlocked()
        if vault is None:
            self.locked.emit()
            return
        log.info("locking")

        def failed(error: BaseException) -> None:
            log.error("locking failed: %s", describe(error))
            self.locked.emit()

        # Direct: the controller outlives the worker, and a lock must never be dropped.
        self.worker.submit(vault.lock, lambda _result: self.locked.emit(), failed)

    def _leave_unlocked(self) -> Vault | None:
        """Show the unlock screen and close everything personal; returns the vault that
        was open (for the caller to lock or replace)."""
        from desktop.ui.secret_clipboard import clear_secret  # noqa: PLC0415 - not at start

        vault, self.vault = self.vault, None
        clear_secret()  # a recovery code copied earlier does not outlive the unlocked side
        self._show_lock_screen()  # first, so the application never has zero windows
        self.help.forget_personal()  # the crisis panel's safety plan: not while locked
        self._close_personal_windows()
        return vault

    def _close_personal_windows(self) -> None:
        window, self.main_window = self.main_window, None  # gone before any window closes
        close_personal_windows(window, keep=[self._first, *self.help.windows()])

    # -- restore ------------------------------------------------------------------------
    def ask_restore(self) -> None:
        """Ask which backup to restore and with which passphrases, then restore it."""
        from desktop.shell.restore_flow import ask_restore_request  # noqa: PLC0415

        self._full_style()
        if (request := ask_restore_request(self.lock_screen or self.key_missing_screen)):
            self.restore(request)

    def restore(self, request: RestoreRequest) -> None:
        """Put a backup in place of the vault in the data folder and open it.

        The vault there, if any, is replaced, its key file included (a restore of the same
        vault carries the same data key, so its old wraps would be a way back in); see
        desktop.shell.restore_flow. The new recovery code is shown before the main window
        opens.
        """
        from desktop.shell.restore_flow import restore_backup  # noqa: PLC0415

        self.session.restore_started()
        if self.main_window is not None:  # from Settings: leave the unlocked side first
            vault = self._leave_unlocked()
        else:  # from the unlock screen, which stays
            vault, self.vault = self.vault, None
        restore_backup(
            self.worker,
            self.data_dir,
            request,
            replaced=vault,
            screen=self.lock_screen or self.key_missing_screen,
            opened=self._on_unlocked,
            failed=self.session.restore_failed,
            kdf_params=self._kdf_params,
        )

    # -- quick exit and shutdown --------------------------------------------------------
    def quick_exit(self) -> None:
        """Hide every window at once, stop notifications, lock, and ask to quit."""
        for widget in QApplication.topLevelWidgets():
            widget.hide()  # before anything slow: this is what someone at the shoulder sees
        from desktop.ui.secret_clipboard import clear_secret  # noqa: PLC0415 - not at start

        clear_secret()
        self.quick_exit_started.emit()
        log.info("quick exit")
        self._lock_blocking()
        self.quit_requested.emit()

    def shutdown(self) -> None:
        """Lock the vault and stop the worker (connect to QApplication.aboutToQuit)."""
        if self.session.stopped:
            return
        self._preparation.stop()  # a preparation not yet begun is skipped
        self._lock_blocking()
        self.session.stop()
        if self._owns_worker:
            self.worker.stop()

    def _lock_blocking(self) -> None:
        vault: Lockable | None  # the main window's, setup's or the lock screen's
        vault, self.vault = self.vault, None
        if vault is None and self.setup_wizard is not None:
            vault = self.setup_wizard.vault  # setup closed before it finished
            self.setup_wizard.vault = None
        if vault is None and self.lock_screen is not None:
            # Opened by a recovery code and waiting for its new passphrase: open all the same.
            vault, self.lock_screen.vault = self.lock_screen.vault, None
        if vault is None:
            return
        try:
            self.worker.run_blocking(vault.lock)
        except Exception as error:
            log.exception("locking failed: %s", describe(error))

