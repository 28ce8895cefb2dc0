"""The unlocked window, assembled: every feature page that has landed, wired to the shell.

The main window itself only knows pages; this module decides which pages exist and
connects their signals to the shell's services (auto-lock, theme, restore). It is the
one place to look when a feature is added.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Final, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from crypto.vault import Vault
from desktop.checkins.view import CheckInPage
from desktop.crisis.view import CrisisPanel
from desktop.directory.view import DirectoryPage
from desktop.export.view import ExportDialog
from desktop.history.view import HistoryPage
from desktop.insights.view import InsightsPage
from desktop.logsetup import describe
from desktop.peer_log.view import PeerLogPage
from desktop.peer_merge.merge_view import MergePage
from desktop.peer_reports.release_mirror import MIRROR_NAME
from desktop.peer_reports.report_view import ReportPage
from desktop.policy.effective import EffectivePolicy
from desktop.policy.view import PoliciesPage
from desktop.prevalence.token import Period
from desktop.prevalence.view import PrevalenceSection
from desktop.questionnaires.questionnaires_view import QuestionnairesPage
from desktop.records.instruments import InstrumentFileError, load_all
from desktop.records.results_store import ResultStore
from desktop.reminders.tray_view import ReminderTray
from desktop.roles import PEER_LOG_PAGES, Roles, peer_pages, read_roles
from desktop.safety_plan.view import SafetyPlanPage
from desktop.settings.dialogs_view import RestoreRequest
from desktop.settings.logic import Preferences, effective_auto_lock, load_preferences
from desktop.settings.view import SettingsPage
from desktop.shell.composition import crisis_directory, safety_plan_summary
from desktop.shell.directory_source import DirectorySource
from desktop.shell.idle import IdleWatcher
from desktop.shell.main_window import MainWindow
from desktop.shell.prebuild import prebuild_pages
from desktop.shell.settings_page import settings_page
from desktop.shell.today import load_today, today_now
from desktop.ui.theme import ThemeManager, ThemeMode
from desktop.ui.vault_op import VaultOp
from desktop.ui.worker import Worker
from desktop.words import QT_TRANSLATE_NOOP

_log = logging.getLogger(__name__)

PEER_PAGE_TITLES: Final = {
    "peer_log": QT_TRANSLATE_NOOP("MainWindow", "Peer log"),
    "peer_reports": QT_TRANSLATE_NOOP("MainWindow", "Peer reports"),
    "merge_reports": QT_TRANSLATE_NOOP("MainWindow", "Merge reports"),
}


@dataclass(frozen=True)
class ShellServices:
    """What feature pages may reach in the shell, passed in rather than looked up."""

    data_dir: Path
    theme: ThemeManager
    idle: IdleWatcher
    policy: EffectivePolicy
    restore: Callable[[RestoreRequest], None]
    directory: DirectorySource = field(default_factory=DirectorySource)
    reminders: ReminderTray | None = None


def build_main_window(vault: Vault, worker: Worker, services: ShellServices) -> MainWindow:
    """The main window for an open vault, with its pages and their wiring."""
    prefs = load_preferences(services.data_dir)
    policy = services.policy
    minutes = effective_auto_lock(prefs.auto_lock_minutes, policy.max_auto_lock_minutes)
    window = MainWindow()
    window.set_auto_lock_minutes(minutes)
    services.idle.set_minutes(minutes)

    # Pages are built on their first visit (Home and Settings now: Settings reads the
    # roles that decide the peer pages), so the GUI thread is free soon after the KDF.
    def refresh_history() -> None:
        history = window.built_page("history")
        if isinstance(history, HistoryPage):  # an unbuilt one loads fresh when first shown
            history.refresh()

    def checkin() -> QWidget:
        page = CheckInPage(vault, worker)
        page.saved.connect(lambda _row: refresh_history())
        page.saved.connect(lambda _row: window.home.refresh())
        page.safety_plan_requested.connect(lambda: window.show_page("safety_plan"))
        page.find_help_requested.connect(lambda: window.show_page("directory"))
        return page

    def questionnaires() -> QWidget:
        page = _questionnaires(vault, worker, services)
        if isinstance(page, QuestionnairesPage):
            page.saved.connect(lambda _row: refresh_history())
            page.saved.connect(lambda _row: window.home.refresh())
            # A result's buttons lead to these pages.
            page.find_help_requested.connect(lambda: window.show_page("directory"))
            page.safety_plan_requested.connect(lambda: window.show_page("safety_plan"))
        return page

    def history() -> QWidget:
        page = HistoryPage(vault, worker)
        page.export_requested.connect(
            lambda: _open_export(window, vault, worker, policy.personal_export_allowed)
        )
        return page

    def insights() -> QWidget:
        page = InsightsPage(vault, worker)
        page.safety_plan_requested.connect(lambda: window.show_page("safety_plan"))
        page.find_help_requested.connect(lambda: window.show_page("directory"))
        return page

    window.add_page("checkin", QCoreApplication.translate("MainWindow", "Check-in"), checkin)
    window.add_page(
        "questionnaires", QCoreApplication.translate("MainWindow", "Questionnaires"),
        questionnaires,
    )
    _wire_today(window, vault, worker)
    window.add_page("history", QCoreApplication.translate("MainWindow", "History"), history)
    window.add_page("insights", QCoreApplication.translate("MainWindow", "Insights"), insights)
    window.add_page(
        "safety_plan", QCoreApplication.translate("MainWindow", "Safety plan"),
        lambda: SafetyPlanPage(vault, worker),
    )
    window.add_page(
        "directory", QCoreApplication.translate("MainWindow", "Find help"),
        lambda: _directory_page(services),
    )
    services.directory.guard_rollback(worker, vault, services.data_dir, policy)
    window.add_page(
        "policies", QCoreApplication.translate("MainWindow", "Organization settings"),
        lambda: PoliciesPage(policy),
    )

    show_roles = _offer_peer_pages(window, vault, worker, services)

    window.add_page(
        "settings", QCoreApplication.translate("MainWindow", "Settings"),
        lambda: _settings_page(window, vault, worker, services, prefs, show_roles),
    )  # fmt: skip
    prebuild_pages(window, services.idle)  # the likely next pages, while the person reads
    return window


def _settings_page(
    window: MainWindow,
    vault: Vault,
    worker: Worker,
    services: ShellServices,
    prefs: Preferences,
    show_roles: Callable[[Roles], None],
) -> SettingsPage:
    """Settings, wired to the theme, the idle watcher, the lock, restore and the roles."""
    policy = services.policy
    page = settings_page(vault, worker, prefs, services.data_dir, policy)
    page.theme_changed.connect(lambda mode: services.theme.set_mode(cast(ThemeMode, mode)))
    page.text_size_changed.connect(services.theme.set_text_size)
    page.auto_lock_changed.connect(services.idle.set_minutes)
    page.auto_lock_changed.connect(window.set_auto_lock_minutes)
    page.lock_requested.connect(window.lock_requested)
    page.restore_requested.connect(services.restore)
    page.roles_changed.connect(show_roles)  # a role given or given up there
    if services.reminders is not None:
        page.reminder_changed.connect(services.reminders.set_schedule)
    if policy.prevalence_tokens_allowed:  # off unless the organization offers it
        page.add_section(PrevalenceSection(vault, worker, partial(latest_burnout, vault)))
    return page


def _wire_today(window: MainWindow, vault: Vault, worker: Worker) -> None:
    """Home's Today card: read on the worker; its "Start" buttons open a questionnaire."""
    try:
        titles = {key: instrument.title for key, instrument in load_all().items()}
    except InstrumentFileError:  # the questionnaires page says why; none are offered here
        titles = {}

    def start(instrument_id: str) -> None:
        window.show_page("questionnaires")  # built now if it was not yet
        page = window.page("questionnaires")
        if isinstance(page, QuestionnairesPage):
            page.start(instrument_id)

    if titles:
        window.home.questionnaire_chosen.connect(start)
    window.home.set_source(lambda: load_today(vault, *today_now()), worker, titles)


def latest_burnout(vault: Vault, period: Period) -> int | None:
    """The latest single-item burnout answer in `period` (UTC days), for its token (worker)."""
    found = ResultStore(vault).history("burnout", period.first_day, period.last_day)
    return found[-1].answers[0] if found and found[-1].answers else None


def _directory_page(services: ShellServices) -> DirectoryPage:
    """The "Find help" page: with the directory if it has opened, else loading until it does."""
    source = services.directory
    page = DirectoryPage(source.directory)
    # Qt drops these connections when the page goes (at lock); a newer directory follows.
    source.opened.connect(page.set_directory)
    source.failed.connect(page.show_unavailable)
    source.progress.connect(page.show_progress)
    source.open_on(services.data_dir, services.policy)  # normally done long ago
    return page


def _open_export(window: MainWindow, vault: Vault, worker: Worker, allowed: bool) -> None:
    """The person's own export; closed with the window when the vault locks."""
    try:
        instruments = load_all()
    except InstrumentFileError:
        instruments = {}  # check-ins still export; results keep their stored scores
    dialog = ExportDialog(vault, worker, instruments, allowed=allowed, parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def _offer_peer_pages(
    window: MainWindow,
    vault: Vault,
    worker: Worker,
    services: ShellServices,
) -> Callable[[Roles], None]:
    """The peer log and its reports for the roles the person holds, where policy allows.

    The roles are kept in the vault and read here on the worker; the returned callable
    takes the Settings page's report of every change, so pages come and go at once
    without a relock.
    """
    told_tray = False
    policy, reminders = services.policy, services.reminders

    def make(key: str) -> QWidget:
        nonlocal told_tray
        if key == "peer_reports":
            return ReportPage(vault, worker, mirror=services.data_dir / MIRROR_NAME)
        if key == "merge_reports":
            return MergePage(worker)
        log_page = PeerLogPage(vault, worker)
        if reminders is not None and not told_tray:  # once per unlock; it names nothing
            told_tray = True
            tray = reminders

            def tell_tray() -> None:
                log_page.loaded.disconnect(tell_tray)
                tray.follow_ups_due(log_page.due_model.rowCount())

            log_page.loaded.connect(tell_tray)
        return log_page

    def show_for(roles: Roles) -> None:
        wanted = peer_pages(roles, offered=policy.peer_log_allowed)
        for index, key in enumerate(PEER_LOG_PAGES):
            if key not in wanted and window.has_page(key):
                window.remove_page(key)
            elif key in wanted and not window.has_page(key):
                # Kept in their usual order whichever role came first.
                later = (k for k in PEER_LOG_PAGES[index + 1 :] if window.has_page(k))
                # The peer log is built at once: its load tells the tray what is due.
                page = make(key) if key == "peer_log" else partial(make, key)
                title = QCoreApplication.translate("MainWindow", PEER_PAGE_TITLES[key])
                window.add_page(key, title, page, before=next(later, None))

    # Through the window's VaultOp rules: nothing arrives if it was closed at lock first.
    VaultOp(window, worker).run(
        partial(read_roles, vault), show_for,
        lambda error: _log.error("reading the roles failed: %s", describe(error)))
    return show_for


def _questionnaires(vault: Vault, worker: Worker, services: ShellServices) -> QWidget:
    """The questionnaires, or, if a shipped instrument file is broken, why there are none."""
    try:
        instruments = load_all()
    except InstrumentFileError as error:
        # Never score with a broken instrument: say which file is wrong instead.
        notice = QLabel(
            QCoreApplication.translate(
                "MainWindow",
                "Questionnaires are unavailable because a file shipped with Confide "
                "is damaged ({error}). Please reinstall Confide or tell your IT team.",
            ).format(error=error)
        )
        notice.setWordWrap(True)
        return notice

    def panel(parent: QWidget) -> CrisisPanel:
        return CrisisPanel(
            parent,
            crisis_directory(services.policy),
            safety_plan=safety_plan_summary(vault, worker),
        )

    return QuestionnairesPage(instruments, vault, worker, crisis_panel=panel)

