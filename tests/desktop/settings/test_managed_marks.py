"""What managed policy locks is marked in Settings, beside the control it decides.

The page is built with `desktop.shell.settings_page`, as the app builds it, from a policy
read the way the policy tests read one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.policy.effective import EffectivePolicy
from desktop.policy.sources import PolicyDocument, PolicyReading
from desktop.records.reminder_schedule import ReminderSchedule
from desktop.reminders.settings_view import ReminderEditor
from desktop.settings.logic import Preferences
from desktop.settings.view import SettingsPage
from desktop.shell.settings_page import settings_page
from desktop.ui.worker import Worker
from desktop.words import MANAGED_TEXT
from tests.desktop.shell.test_main_window import unnamed_controls


def policy(managed: dict[str, Any], recommended: dict[str, Any] | None = None) -> EffectivePolicy:
    documents = [PolicyDocument("/etc/confide/policies/managed/10.json", "managed", managed)]
    if recommended:
        documents.append(
            PolicyDocument("/etc/confide/policies/recommended/10.json", "recommended", recommended)
        )
    return EffectivePolicy.resolve(PolicyReading(documents=documents))


def settings_for(
    qtbot: QtBot,
    vault: Vault,
    worker: Worker,
    data_dir: Path,
    organization: EffectivePolicy,
    prefs: Preferences | None = None,
) -> SettingsPage:
    page = settings_page(vault, worker, prefs or Preferences(), data_dir, organization)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.built, timeout=5000)  # every section, the last in later turns
    qtbot.waitUntil(lambda: page.roles.stored is not None and not worker.busy, timeout=5000)
    return page


def marks(page: SettingsPage) -> list[QLabel]:
    return [m for m in page.findChildren(QLabel, "managedMark") if m.isVisible()]


def test_nothing_is_marked_without_a_managed_policy(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = settings_for(qtbot, vault, worker, data_dir, EffectivePolicy.defaults())
    assert marks(page) == []
    assert page.locking.auto_lock.accessibleDescription() == ""


def test_a_managed_auto_lock_limit_is_marked_and_a_shorter_time_stays_allowed(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = settings_for(
        qtbot,
        vault,
        worker,
        data_dir,
        policy({"max_auto_lock_minutes": 10}),
        Preferences(auto_lock_minutes=30),
    )
    spin = page.locking.auto_lock
    assert page.locking.mark is not None and page.locking.mark in marks(page)
    assert page.locking.mark.text() == f"{MANAGED_TEXT}: at most 10 minutes"
    assert spin.accessibleDescription() == page.locking.mark.text()
    assert spin.maximum() == 10 and spin.value() == 10
    assert spin.isEnabled()  # locking sooner is always the person's choice
    with qtbot.waitSignal(page.auto_lock_changed, timeout=1000) as changed:
        spin.setValue(3)
    assert changed.args == [3]


def test_a_recommended_limit_is_not_called_managed(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = settings_for(
        qtbot, vault, worker, data_dir, policy({}, recommended={"max_auto_lock_minutes": 10})
    )
    assert page.locking.mark is None
    assert marks(page) == []
    assert page.locking.auto_lock.maximum() == 10


def test_quick_unlock_turned_off_by_the_organization_shows_off_and_marked(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = settings_for(qtbot, vault, worker, data_dir, policy({"quick_unlock_allowed": False}))
    group = page.quick_unlock
    assert group.mark is not None and group.mark.isVisible()
    assert group.mark.text() == MANAGED_TEXT
    assert group.on.isVisible() and not group.on.isEnabled()
    assert not group.days.isEnabled()
    assert group.on.accessibleDescription() == MANAGED_TEXT
    assert "organization has turned quick unlock off" in group.status.text()


def test_a_managed_quick_unlock_lifetime_is_marked_where_it_is_offered(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = settings_for(qtbot, vault, worker, data_dir, policy({"quick_unlock_max_days": 3}))
    group = page.quick_unlock
    assert group.days_mark is not None
    assert group.days_mark.text() == f"{MANAGED_TEXT}: at most 3 days"
    assert group.days.maximum() == 3
    assert group.days.accessibleDescription() == group.days_mark.text()


def test_managed_reminders_show_the_organizations_schedule_switched_off(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    own = ReminderSchedule.from_json({"weekdays": [4], "time": "19:00"})  # the person's Friday
    page = settings_for(
        qtbot,
        vault,
        worker,
        data_dir,
        policy({"reminder_defaults": {"days": ["monday"], "time": "08:30"}}),
        Preferences(reminder=own),
    )
    editor = page.findChild(ReminderEditor)
    assert editor is not None and page.reminders is editor
    mark = editor.findChild(QLabel, "managedMark")
    assert mark is not None and mark in marks(page)
    assert [box.isChecked() for box in editor.days] == [True] + [False] * 6
    assert editor.at.time().toString("HH:mm") == "08:30"
    assert not any(box.isEnabled() for box in editor.days)
    assert not editor.at.isEnabled() and not editor.quiet_start.isEnabled()
    assert editor.days[0].accessibleDescription() == MANAGED_TEXT


def test_a_managed_page_still_names_every_control(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    everything = policy(
        {
            "max_auto_lock_minutes": 10,
            "quick_unlock_allowed": False,
            "peer_log_allowed": False,
            "reminder_defaults": {"days": ["monday"], "time": "08:30"},
        }
    )
    page = settings_for(qtbot, vault, worker, data_dir, everything)
    assert len(marks(page)) == 4
    assert unnamed_controls(page) == []
