"""The settings page: the sections, in order, on one scrolling page.

Each section is its own module (`*_view.py` beside this one) and holds its own controls
and tasks; this page puts them together, keeps the preferences file (one place writes
it), shows the one status line, and passes what the shell needs on as its own signals.
Every vault call goes through the page's `TaskRunner` on the worker, never on the GUI
thread.

What the organization's managed policy locks is shown where it applies: the control is
switched off (or, for a limit the person may stay under, left usable) and a "Managed by
your organization" mark sits beside it. The shell hands the page what policy decides
(`desktop.shell.settings_page`) and the reminders' editor, so this room reads no policy
and opens no other room.

Signals:
    theme_changed(str): "system", "light" or "dark"; apply at once.
    text_size_changed(int): the text size in percent; apply at once.
    auto_lock_changed(int): the effective idle minutes (already capped by policy).
    lock_requested(): the "Lock now" button.
    restore_requested(object): a `RestoreRequest` the person confirmed.
    reminder_changed(object): the new reminder schedule (or None), already saved.
    roles_changed(object): the person's `Roles`, once read and after each change.
    task_done(str): a task finished: "passphrase", "recovery-code", "rotate",
        "quick-unlock-on", "quick-unlock-off", "backup", "roles".
    task_failed(str, str): a task failed: (task, the words shown to the person).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from crypto.errors import EnvironmentProblem
from crypto.vault import Vault
from desktop.records.reminder_schedule import ReminderSchedule
from desktop.settings.backup_view import BackupGroup
from desktop.settings.keys_view import KeysGroup
from desktop.settings.language_view import LanguageGroup
from desktop.settings.logic import (
    Preferences,
    Theme,
    effective_auto_lock,
    save_preferences,
)
from desktop.settings.messages import describe_error
from desktop.settings.preferences_view import AppearanceGroup, LockingGroup
from desktop.settings.quick_unlock_view import QuickUnlockGroup
from desktop.settings.roles_view import RolesGroup
from desktop.settings.tasks_view import TaskRunner
from desktop.settings.text_size_view import TextSizeGroup
from desktop.settings.widgets_view import button, note
from desktop.ui.widgets import announce
from desktop.ui.worker import Worker


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
        reminders: the reminders' editor, composed by the shell (None: no reminders
            section); its choice comes back through `save_reminder`.
        peer_log_allowed: False when policy does not offer the peer log.
        managed: the names of the policy settings managed policy locks
            (`EffectivePolicy.locked_names()`); their controls carry the mark.

    Attributes:
        appearance, language, locking, quick_unlock, keys, backup, reminders, roles: the sections.

    Signals:
        theme_changed(str), text_size_changed(int), auto_lock_changed(int), lock_requested(),
        restore_requested(object), reminder_changed(object), roles_changed(object),
        task_done(str), task_failed(str, str): see the module docstring.
    """

    theme_changed = Signal(str)
    text_size_changed = Signal(int)
    auto_lock_changed = Signal(int)
    lock_requested = Signal()
    restore_requested = Signal(object)
    reminder_changed = Signal(object)
    roles_changed = Signal(object)
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
        reminders: QWidget | None = None,
        peer_log_allowed: bool = True,
        managed: Collection[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Settings"))
        self._prefs = preferences
        self._data_dir = data_dir
        self._policy_max = policy_max_auto_lock
        locked = frozenset(managed)
        self.runner = TaskRunner(worker, self)
        self.runner.said.connect(self._say)
        self.runner.task_done.connect(self.task_done)
        self.runner.task_failed.connect(self.task_failed)

        self.status = note()
        self.status.setAccessibleName(self.tr("Settings status"))
        self.status.hide()
        self.appearance = AppearanceGroup(preferences.theme)
        self.appearance.chosen.connect(self._on_theme)
        self.language = LanguageGroup(preferences.language, managed="language" in locked)
        self.language.chosen.connect(lambda lang: self._save(replace(self._prefs, language=lang)))
        self.text_size = TextSizeGroup(preferences.text_size)
        self.text_size.chosen.connect(self._on_text_size)
        self.locking = LockingGroup(
            preferences.auto_lock_minutes,
            policy_max_auto_lock,
            managed="max_auto_lock_minutes" in locked,
        )
        self.locking.chosen.connect(self._on_auto_lock)
        self.locking.lock_requested.connect(self.lock_requested)
        self.quick_unlock = QuickUnlockGroup(
            vault,
            self.runner,
            preferences.quick_unlock_days,
            allowed=quick_unlock_allowed,
            max_days=quick_unlock_max_days,
            managed=locked,
        )
        self.quick_unlock.days_chosen.connect(self._on_quick_days)
        self.keys = KeysGroup(vault, self.runner)
        self.keys.rotated.connect(self.quick_unlock.forget_expiry)
        self.backup = BackupGroup(vault, self.runner)
        self.backup.restore_requested.connect(self.restore_requested)
        self.reminders = reminders
        self.roles = RolesGroup(
            vault, self.runner, offered=peer_log_allowed, managed="peer_log_allowed" in locked
        )
        self.roles.roles_changed.connect(self.roles_changed)

        content = QWidget()
        column = self._column = QVBoxLayout(content)
        column.addWidget(self.status)
        for group in (
            self.appearance,
            self.language,
            self.text_size,
            self.locking,
            self.quick_unlock,
            self.keys,
            self.backup,
            self.reminders,
            self.roles,
        ):
            if group is not None:
                column.addWidget(group)
        self.about_button = button(self.tr("&About Confide"), self.tr("About Confide"),
                                   self._show_about)
        column.addWidget(self.about_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)  # at 200% text the page scrolls instead of clipping
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.quick_unlock.refresh()

    def _show_about(self) -> None:
        from desktop.settings.about_view import AboutDialog  # noqa: PLC0415 - opened rarely

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def add_section(self, section: QWidget) -> None:
        """Add a section another feature brings (the shell decides which), after the others."""
        self._column.insertWidget(self._column.count() - 1, section)  # before the stretch

    @property
    def preferences(self) -> Preferences:
        return self._prefs

    # --- preferences ----------------------------------------------------------------

    def save_reminder(self, schedule: ReminderSchedule | None) -> None:
        """Keep the reminder schedule the editor the shell put here chose, and pass it on."""
        if self._save(replace(self._prefs, reminder=schedule)):
            self.reminder_changed.emit(schedule)

    def _on_theme(self, theme: Theme) -> None:
        # Applied even if saving fails: the person sees the choice now, and is told why
        # it will not be remembered.
        self._save(replace(self._prefs, theme=theme))
        self.theme_changed.emit(theme)

    def _on_text_size(self, percent: int) -> None:
        self._save(replace(self._prefs, text_size=percent))  # applied even if not saved
        self.text_size_changed.emit(percent)

    def _on_auto_lock(self, minutes: int) -> None:
        self._save(replace(self._prefs, auto_lock_minutes=minutes))
        self.auto_lock_changed.emit(effective_auto_lock(minutes, self._policy_max))

    def _on_quick_days(self, days: int) -> None:
        self._save(replace(self._prefs, quick_unlock_days=days))

    def _save(self, prefs: Preferences) -> bool:
        try:
            save_preferences(self._data_dir, prefs)
        except EnvironmentProblem as exc:
            self._say(describe_error(exc, QCoreApplication.translate), error=True)
            return False
        self._prefs = prefs
        return True

    def _say(self, words: str, error: bool = False) -> None:
        announce(self.status, words)
        self.status.setProperty("role", "error" if error else "")
        self.status.style().polish(self.status)  # re-apply the theme's rule for the role
        self.status.show()
