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

from collections.abc import Callable, Collection
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Final, TypeVar, cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QPushButton, QScrollArea, QVBoxLayout, QWidget

from crypto.errors import EnvironmentProblem
from crypto.vault import Vault
from desktop.records.reminder_schedule import ReminderSchedule
from desktop.settings.backup_view import BackupGroup
from desktop.settings.keys_view import KeysGroup
from desktop.settings.language_view import LanguageGroup
from desktop.settings.logic import (
    Language,
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
from desktop.ui.staged import StagedBuild, StagedParts
from desktop.ui.widgets import announce
from desktop.ui.worker import Worker

S = TypeVar("S", bound=QWidget)
FIRST_SECTIONS: Final = 4  # built with the page: what a first look at it shows
REST_AFTER_MS: Final = 50  # then the others, one a turn, leaving the first paint alone
_NO_ALIGN: Final = Qt.AlignmentFlag(0)  # a section takes the column's width


class SettingsPage(StagedParts, QWidget):
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
        appearance, language, text_size, locking, quick_unlock, keys, backup, reminders,
        roles, about_button: the sections, top to bottom. The first few are built with the
        page and the rest one an event-loop turn after it (`built` says when all are);
        asking for one before its turn builds it, and those above it, at once.

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
        self._reminders = reminders
        self._built: dict[str, QWidget | None] = {}
        content = QWidget()
        column = self._column = QVBoxLayout(content)
        column.addWidget(self.status)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)  # at 200% text the page scrolls instead of clipping
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        def quick_unlock() -> QWidget:
            group = QuickUnlockGroup(
                vault,
                self.runner,
                preferences.quick_unlock_days,
                allowed=quick_unlock_allowed,
                max_days=quick_unlock_max_days,
                managed=locked,
            )
            group.days_chosen.connect(self._on_quick_days)
            group.refresh()
            return group

        def keys() -> QWidget:
            group = KeysGroup(vault, self.runner)
            group.rotated.connect(self.quick_unlock.forget_expiry)
            return group

        def backup() -> QWidget:
            group = BackupGroup(vault, self.runner)
            group.restore_requested.connect(self.restore_requested)
            return group

        def roles() -> QWidget:
            group = RolesGroup(
                vault, self.runner, offered=peer_log_allowed, managed="peer_log_allowed" in locked
            )
            group.roles_changed.connect(self.roles_changed)
            return group

        # Top to bottom, which is also the keyboard's order. The first few (what a first
        # look shows) are built now, the rest one an event-loop turn (`StagedBuild`) and
        # shown together with the last: all at once held the GUI 80-116 ms on the page's
        # first visit. Asking for a section (`page.keys`...) builds it, and those above
        # it, at once.
        steps: list[tuple[str, Callable[[], QWidget | None]]] = [
            ("appearance", lambda: self._appearance(preferences.theme)),
            ("language", lambda: self._language(preferences.language, "language" in locked)),
            ("text_size", lambda: self._text_size(preferences.text_size)),
            (
                "locking",
                lambda: self._locking(
                    preferences.auto_lock_minutes, "max_auto_lock_minutes" in locked
                ),
            ),
            ("quick_unlock", quick_unlock),
            ("keys", keys),
            ("backup", backup),
            ("reminders", lambda: self._reminders),
            ("roles", roles),
            ("about_button", self._about),
        ]
        self._order = [name for name, _build in steps]
        # The rest once the page's first paint has had its turn, each in a turn of its own.
        self._staged = StagedBuild(
            self, [partial(self._place, *step) for step in steps[FIRST_SECTIONS:]],
            lambda: None, delay_ms=REST_AFTER_MS)
        for step in steps[:FIRST_SECTIONS]:
            self._place(*step)

    # --- building the sections, a few now and the rest in later turns -----------------

    def _section(self, name: str, kind: type[S]) -> S:
        if name not in self._built:  # asked before its turn: it and those above it, now
            self._staged.advance(self._order.index(name) + 1 - len(self._built))
        return cast(S, self._built[name])

    @property
    def appearance(self) -> AppearanceGroup:
        return self._section("appearance", AppearanceGroup)

    @property
    def language(self) -> LanguageGroup:
        return self._section("language", LanguageGroup)

    @property
    def text_size(self) -> TextSizeGroup:
        return self._section("text_size", TextSizeGroup)

    @property
    def locking(self) -> LockingGroup:
        return self._section("locking", LockingGroup)

    @property
    def quick_unlock(self) -> QuickUnlockGroup:
        return self._section("quick_unlock", QuickUnlockGroup)

    @property
    def keys(self) -> KeysGroup:
        return self._section("keys", KeysGroup)

    @property
    def backup(self) -> BackupGroup:
        return self._section("backup", BackupGroup)

    @property
    def reminders(self) -> QWidget | None:
        return self._section("reminders", QWidget) if self._reminders is not None else None

    @property
    def roles(self) -> RolesGroup:
        return self._section("roles", RolesGroup)

    @property
    def about_button(self) -> QPushButton:
        return self._section("about_button", QPushButton)

    def _place(self, name: str, build: Callable[[], QWidget | None]) -> None:
        """Build section `name` into the column, polished; one a later turn builds is kept
        out of sight until the last (each shown in its own turn laid out and painted the
        page again, 20-50 ms a turn)."""
        section = self._built[name] = build()
        if section is not None:
            left = Qt.AlignmentFlag.AlignLeft if name == "about_button" else _NO_ALIGN
            self._insert(section, left)

    def _appearance(self, theme: Theme) -> QWidget:
        group = AppearanceGroup(theme)
        group.chosen.connect(self._on_theme)
        return group

    def _language(self, language: Language, managed: bool) -> QWidget:
        group = LanguageGroup(language, managed=managed)
        group.chosen.connect(lambda lang: self._save(replace(self._prefs, language=lang)))
        return group

    def _text_size(self, percent: int) -> QWidget:
        group = TextSizeGroup(percent)
        group.chosen.connect(self._on_text_size)
        return group

    def _locking(self, minutes: int, managed: bool) -> QWidget:
        group = LockingGroup(minutes, self._policy_max, managed=managed)
        group.chosen.connect(self._on_auto_lock)
        group.lock_requested.connect(self.lock_requested)
        return group

    def _about(self) -> QWidget:
        return button(self.tr("&About Confide"), self.tr("About Confide"), self._show_about)

    def _show_about(self) -> None:
        from desktop.settings.about_view import AboutDialog  # noqa: PLC0415 - opened rarely

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def add_section(self, section: QWidget) -> None:
        """Add a section another feature brings (the shell decides which), after the others
        (in its turn after those still to build)."""
        self._staged.then(partial(self._insert, section))

    def _insert(self, section: QWidget, align: Qt.AlignmentFlag = _NO_ALIGN) -> None:
        self._column.insertWidget(self._column.count() - 1, section, 0, align)  # > stretch
        section.ensurePolished()
        self._staged.hide_until_done(section)

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
