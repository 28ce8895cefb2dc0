"""The settings page as the organization's policy shapes it, with the reminders' editor in it.

The settings room reads no policy and opens no other room: the shell turns the
`EffectivePolicy` into the plain values the page takes, builds the reminders room's
editor with the schedule in force (and its "Managed by your organization" mark), and
hands it to the page, which keeps the person's choice in the preferences.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QWidget

from crypto.vault import Vault
from desktop.policy.effective import DEFAULT, EffectivePolicy
from desktop.records.reminder_schedule import ReminderSchedule, from_policy
from desktop.reminders.settings_view import ReminderEditor
from desktop.settings.logic import Preferences, reminder_in_force
from desktop.settings.view import SettingsPage
from desktop.settings.widgets_view import managed_mark
from desktop.ui.worker import Worker


def reminder_editor(
    preferences: Preferences, default: ReminderSchedule | None, *, managed: bool
) -> ReminderEditor:
    """The reminders' editor showing the schedule in force.

    Args:
        preferences: the person's preferences (their own schedule, if they chose one).
        default: the schedule shown until the person chooses one (from policy); when
            `managed`, the schedule in force.
        managed: whether managed policy locks the schedule: the controls are switched off
            and marked (not the group, so the mark stays readable).
    """
    editor = ReminderEditor(reminder_in_force(preferences.reminder, default, managed=managed))
    form = editor.layout()
    if managed and isinstance(form, QFormLayout):
        controls = (*editor.days, editor.at, editor.quiet_start, editor.quiet_end)
        form.insertRow(0, managed_mark(*controls))
    return editor


def with_reminders(page: SettingsPage, editor: ReminderEditor) -> SettingsPage:
    """Wire the editor the page shows to the page, which saves the choice and says so."""
    editor.changed.connect(page.save_reminder)
    return page


def settings_page(
    vault: Vault,
    worker: Worker,
    preferences: Preferences,
    data_dir: Path,
    policy: EffectivePolicy,
    parent: QWidget | None = None,
) -> SettingsPage:
    """The page as the organization's policy shapes it (what the app shows)."""
    managed = policy.locked_names()
    editor = reminder_editor(
        preferences,
        from_policy(policy.reminder_defaults),
        managed="reminder_defaults" in managed,
    )
    page = SettingsPage(
        vault,
        worker,
        preferences,
        data_dir,
        parent,
        # Only a limit the organization actually set is shown as the organization's.
        policy_max_auto_lock=(
            None
            if policy.setting("max_auto_lock_minutes").source == DEFAULT
            else policy.max_auto_lock_minutes
        ),
        quick_unlock_allowed=policy.quick_unlock_allowed,
        quick_unlock_max_days=policy.quick_unlock_max_days,
        reminders=editor,
        peer_log_allowed=policy.peer_log_allowed,
        managed=managed,
    )
    return with_reminders(page, editor)
