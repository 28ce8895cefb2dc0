"""The Quick unlock section: whether it is on, for how long, turning it on and off.

Quick unlock keeps a wrap of the data key in the system keyring. It is offered only when
a keyring exists and the organization allows it; the warning before turning it on says
plainly that IT may be able to read that keyring.

Signals (QuickUnlockGroup):
    days_chosen(int): how many days quick unlock should last (saved by the page).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QSpinBox, QWidget

from crypto import quick_unlock
from crypto.vault import Vault
from desktop.settings.logic import QUICK_UNLOCK_RANGE
from desktop.settings.tasks_view import TaskRunner
from desktop.settings.widgets_view import beside, button, form_of, managed_mark, note
from desktop.ui.dates import date_time_text
from desktop.ui.widgets import ask_yes_no
from desktop.words import QT_TRANSLATE_NOOP

KEYRING_WARNING: Final = QT_TRANSLATE_NOOP(
    "QuickUnlockGroup",
    "On a computer your workplace manages, IT may be able to read the system keyring (on "
    "Windows, domain administrators hold the backup keys). Use quick unlock only on your "
    "own device."
)


class QuickUnlockGroup(QGroupBox):
    """Quick unlock's state and controls; its tasks run through the page's `TaskRunner`.

    Args:
        vault: the open vault (used only on the worker).
        runner: the page's task runner.
        days: how long quick unlock lasts, as the person chose.
        allowed: False when policy forbids quick unlock.
        max_days: the longest quick unlock policy allows, if it sets one.
        managed: the names of the quick-unlock settings managed policy locks
            ("quick_unlock_allowed", "quick_unlock_max_days").

    Signals:
        days_chosen(int): the days picked.
    """

    days_chosen = Signal(int)

    def __init__(
        self,
        vault: Vault,
        runner: TaskRunner,
        days: int,
        *,
        allowed: bool = True,
        max_days: int | None = None,
        managed: frozenset[str] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Quick unlock"))
        self._vault = vault
        self._runner = runner
        self._allowed = allowed
        self._max_days = max_days
        self._keyring_ok = False
        self._keyring_reason = ""
        self._expires: datetime | None = None
        # The organization locks it off: the controls stay in view, switched off and marked.
        self._locked_off = not allowed and "quick_unlock_allowed" in managed

        form = form_of(self)
        self.status = note(self.tr("Checking the system keyring\u2026"))
        self.status.setAccessibleName(self.tr("Quick unlock status"))
        form.addRow(self.status)
        self.days = QSpinBox()
        self.days.setAccessibleName(self.tr("Quick unlock lasts this many days"))
        low, high = QUICK_UNLOCK_RANGE
        self.days.setRange(low, min(high, max_days or high))
        self.days.setSuffix(self.tr(" days"))
        self.days.setValue(days)
        self.days.setKeyboardTracking(False)
        self.days.valueChanged.connect(self.days_chosen)
        self.days_label = QLabel(self.tr("Quick unlock la&sts"))
        self.days_label.setBuddy(self.days)
        self.days_mark: QLabel | None = None
        if allowed and max_days is not None and "quick_unlock_max_days" in managed:
            # Like auto-lock: a shorter time is always the person's to choose.
            detail = (self.tr("at most %n day", "", max_days) if max_days == 1
                      else self.tr("at most %n days", "", max_days))
            self.days_mark = managed_mark(self.days, detail=detail, disable=False)
        form.addRow(self.days_label, beside(self.days, mark=self.days_mark))
        self.on = button(self.tr("Turn &on quick unlock\u2026"), self.tr("Turn on quick unlock"),
                         self._on_clicked)
        self.off = button(self.tr("Turn o&ff quick unlock"), self.tr("Turn off quick unlock"),
                          self.revoke)
        self.mark: QLabel | None = None
        if self._locked_off:
            self.mark = managed_mark(self.on, self.days)
        form.addRow(beside(self.on, self.off, mark=self.mark))
        runner.busy_changed.connect(lambda _busy: self.show_state())

    # --- state ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask (off the GUI thread) whether a keyring exists and whether quick unlock is on."""
        vault = self._vault

        def probe() -> tuple[quick_unlock.KeyringStatus, datetime | None]:
            return quick_unlock.keyring_status(), vault.quick_unlock_expires

        def show(result: tuple[quick_unlock.KeyringStatus, datetime | None]) -> None:
            status, self._expires = result
            self._keyring_ok = status.available
            self._keyring_reason = status.reason
            self.show_state()

        self._runner.probe(probe, show)

    def forget_expiry(self) -> None:
        """Re-encrypting the vault revokes quick unlock; show it off."""
        self._expires = None
        self.show_state()

    def show_state(self) -> None:
        self.status.setText(self._status_text())
        idle = self._runner.idle
        offered = self._allowed and self._keyring_ok
        shown = offered or self._locked_off  # a locked "no" stays in view, marked
        self.on.setVisible(shown)
        self.days.setVisible(shown)
        self.days_label.setVisible(shown)
        self.on.setEnabled(offered and idle)
        self.days.setEnabled(offered)
        self.off.setVisible(self._expires is not None)
        self.off.setEnabled(idle)

    def _status_text(self) -> str:
        if not self._allowed:
            return self.tr("Your organization has turned quick unlock off on this computer.")
        if not self._keyring_ok:
            # The generic reason would only repeat the sentence; a specific one is worth showing.
            reason = "" if "keyring" in self._keyring_reason else self._keyring_reason
            if reason:  # the keyring library's own words, untranslated
                return self.tr(
                    "Quick unlock needs the system keyring, and none is available here "
                    "({reason}). Confide will not keep your key anywhere else, so use your "
                    "passphrase."
                ).format(reason=reason)
            return self.tr(
                "Quick unlock needs the system keyring, and none is available here. Confide "
                "will not keep your key anywhere else, so use your passphrase."
            )
        if self._expires is not None:
            return self.tr("Quick unlock is on until {when}.").format(
                when=date_time_text(self._expires))
        return self.tr(
            "Quick unlock is off. Turn it on to open Confide without typing your passphrase."
        )

    # --- tasks ------------------------------------------------------------------------

    def _on_clicked(self) -> None:
        if self._confirm(QCoreApplication.translate("QuickUnlockGroup", KEYRING_WARNING),
                         self.tr("Turn on quick unlock")):
            self.enable()

    def _confirm(self, text: str, yes: str) -> bool:
        """The warning before turning it on (a test seam)."""
        return ask_yes_no(self, text, yes)

    def enable(self) -> None:
        """Turn quick unlock on for the chosen number of days (after the warning)."""
        vault, days = self._vault, self.days.value()
        if self._max_days is not None:
            days = min(days, self._max_days)  # policy shortens it, never lengthens
        self._runner.run(
            "quick-unlock-on",
            lambda: vault.enable_quick_unlock(timedelta(days=days)),
            self._stored,
            self.tr("Quick unlock is on."),
        )

    def revoke(self) -> None:
        """Remove the keyring entry and the wrap on disk."""
        self._runner.run(
            "quick-unlock-off",
            self._vault.revoke_quick_unlock,
            self._gone,
            self.tr("Quick unlock is off."),
        )

    def _stored(self, expires: datetime) -> None:
        self._expires = expires

    def _gone(self, _result: None) -> None:
        self._expires = None
