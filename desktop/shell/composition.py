# ruff: noqa: PLC0415
# (Why: features and the vault are imported inside functions on purpose, so the unlock
# screen does not wait for them.)
"""The composition root: the one place Confide is put together once the process has started.

`desktop.app` starts the process (arguments, logging, the QApplication, the event loop)
and asks `build_controller` for the rest. Here are decided the shell's services (theme,
policy, language, auto-lock, session lock, reminders, the referral directory), what the
controller is handed to build its screens, and what one room shows of another: the crisis
panel's contacts with the EAP that policy names, and the safety plan inside the crisis
panel. The unlocked window's pages are put together by `desktop.shell.assembly`, which
this module calls once a vault is open.

Nothing here imports a feature at module level: the first screen must not wait for the
feature pages, so they are imported when first needed (after the first paint).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.shell.controller import AppController
from desktop.shell.idle import IdleWatcher

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from crypto.kdf import KdfParams
    from crypto.vault import Vault
    from desktop.policy.effective import EffectivePolicy
    from desktop.safety_plan.summary_view import SafetyPlanSummary
    from desktop.shell.assembly import ShellServices
    from desktop.shell.session_watch import SessionWatcher
    from desktop.ui.worker import Worker
    from referral_directory.crisis import CrisisDirectory
    from referral_directory.directory import Directory


def build_controller(
    app: QApplication, data_dir: Path, kdf_params: KdfParams | None, demo_passphrase: str | None
) -> AppController:
    """The shell: theme, policy, auto-lock, session lock, the directory and the controller.

    The feature pages are imported only when the first screen is up (they are not needed
    to show it), and the directory is opened on its own worker, ahead of any unlock.
    """
    from PySide6.QtCore import QTimer

    from desktop.i18n_view import install_language, system_locale_name
    from desktop.policy.effective import load_policy
    from desktop.settings.logic import effective_auto_lock, language_in_force, load_preferences
    from desktop.shell import qtlog
    from desktop.ui.theme import ThemeManager

    qtlog.install()
    prefs = load_preferences(data_dir)
    theme = ThemeManager(app, prefs.theme, full_style=False)  # after the first paint
    theme.set_text_size(prefs.text_size)
    policy = load_policy()  # once, then passed in: no global registry
    # Before the first window: the lock screen and the crisis panel show before unlock.
    install_language(app, language_in_force(prefs.language, policy.value("language"),
                                            managed=policy.is_locked("language"),
                                            system=system_locale_name()))
    idle = IdleWatcher(effective_auto_lock(prefs.auto_lock_minutes, policy.max_auto_lock_minutes))
    shell: dict[str, ShellServices] = {}

    def main_window(vault: Vault, worker: Worker) -> QMainWindow:
        from desktop.shell.assembly import build_main_window

        if "services" not in shell:  # unlocked before the first screen's follow-up ran
            after_first_screen()
        return build_main_window(vault, worker, shell["services"])

    def directory() -> Directory | None:
        services = shell.get("services")
        return None if services is None else services.directory.directory

    controller = AppController(data_dir, main_window, kdf_params=kdf_params,
                               demo_passphrase=demo_passphrase,
                               crisis_directory=lambda: crisis_directory(policy),
                               directory=directory, safety_plan_summary=safety_plan_summary,
                               full_style=theme.use_full_style)

    def after_first_screen() -> None:
        from desktop.records.reminder_schedule import from_policy
        from desktop.reminders.tray_view import ReminderTray
        from desktop.settings.logic import reminder_in_force
        from desktop.shell.assembly import ShellServices

        theme.use_full_style()
        _set_window_icon(app)
        # Reminders run while the vault is locked; their text is fixed and content-free.
        # A schedule the organization locked wins over one the person saved earlier.
        schedule = reminder_in_force(prefs.reminder, from_policy(policy.reminder_defaults),
                                     managed=policy.is_locked("reminder_defaults"))
        reminders = ReminderTray(schedule, icon=app.windowIcon(), parent=controller)
        controller.quick_exit_started.connect(reminders.stop)
        reminders.activated.connect(controller.bring_forward)
        services = ShellServices(
            data_dir, theme, idle, policy, controller.restore, reminders=reminders
        )
        shell["services"] = services
        # On its own worker, ahead of any unlock (never queued before the unlock's vault work);
        # the "Find help" page follows it when it lands.
        services.directory.open_on(data_dir, policy)

    # After the first paint, so the unlock screen is not kept waiting for feature pages.
    controller.ready.connect(lambda: QTimer.singleShot(0, after_first_screen))
    _wire_idle(controller, idle)
    controller.ready.connect(lambda: QTimer.singleShot(0, lambda: _watch_session(controller)))
    app.aboutToQuit.connect(controller.shutdown)
    return controller


# -- what one room shows of another ----------------------------------------------------
def crisis_directory(policy: EffectivePolicy) -> CrisisDirectory:
    """The crisis panel's contacts: the national lines, then the EAP the policy names."""
    from PySide6.QtCore import QCoreApplication

    from desktop.crisis.logic import with_eap
    from referral_directory.crisis import load_crisis_directory

    return with_eap(load_crisis_directory(), policy.eap, translate=QCoreApplication.translate)


def safety_plan_summary(vault: Vault, worker: Worker) -> SafetyPlanSummary:
    """The person's plan at a glance, for the crisis panel while the vault is open."""
    from desktop.safety_plan.summary_view import SafetyPlanSummary

    summary = SafetyPlanSummary(show_open_button=True)
    summary.load(vault, worker)
    return summary


# -- the ways the vault locks without being asked ---------------------------------------
def wire_locking(controller: AppController, idle: IdleWatcher, session: SessionWatcher) -> None:
    """Lock after idle time and when the computer's session locks or sleeps."""
    _wire_idle(controller, idle)
    _wire_session(controller, session)


def _lock_if_open(controller: AppController) -> None:
    if controller.vault is not None:
        controller.lock()


def _wire_idle(controller: AppController, idle: IdleWatcher) -> None:
    idle.lock_due.connect(lambda: _lock_if_open(controller))
    controller.unlocked.connect(lambda _vault: idle.resume())
    controller.locked.connect(idle.pause)
    controller.quick_exit_started.connect(idle.pause)


def _wire_session(controller: AppController, session: SessionWatcher) -> None:
    session.session_locked.connect(lambda: _lock_if_open(controller))
    session.start()


def _watch_session(controller: AppController) -> None:
    """Lock when the session locks, from just after the first paint: the D-Bus connections
    and the logind look-up would keep the unlock screen waiting, and nothing is unlocked
    before then for a session lock to lock."""
    from desktop.shell.session_watch import SessionWatcher

    _wire_session(controller, SessionWatcher(controller))


def _set_window_icon(app: QApplication) -> None:
    """Confide's icon, for every window and the tray, set once the first screen is painted:
    drawing the SVG loads Qt's SVG image plugin, which the unlock screen would wait for."""
    from PySide6.QtGui import QIcon, QPixmap

    import resources

    icon = QPixmap()
    icon.loadFromData(resources.read_bytes("icons/confide.svg"), "SVG")
    app.setWindowIcon(QIcon(icon))
