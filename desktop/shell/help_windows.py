"""The crisis panel and the directory window: help that opens the same way from every screen.

Both belong to no screen: setup, the lock screen and the main window open them alike, and
they survive locking. The crisis panel shows the person's own safety plan only while the
vault is open; at lock that panel is emptied and closed (a new one, without the plan, opens
on the next request). The directory is public data and needs no unlock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop.shell.windows import bring_up
from desktop.ui.forget import forget_personal_data, forget_typed_text
from desktop.ui.worker import Worker

if TYPE_CHECKING:
    # Imported where used: the unlock screen must not wait for the crisis panel's
    # directory or the directory's views.
    from crypto.vault import Vault
    from desktop.crisis.view import CrisisPanel
    from desktop.directory.dialog_view import DirectoryDialog
    from desktop.safety_plan.summary_view import SafetyPlanSummary
    from referral_directory.crisis import CrisisDirectory
    from referral_directory.directory import Directory

# The person's safety plan at a glance, for the crisis panel while the vault is open.
SafetyPlanSummaryFactory = Callable[["Vault", Worker], "SafetyPlanSummary"]


class HelpWindows(QObject):
    """Opens, brings forward and forgets the crisis panel and the directory window.

    Args:
        crisis_directory: the crisis panel's contacts (e.g. with the EAP from policy).
        directory: the referral directory, once opened (None while it is still loading).
        safety_plan_summary: builds the safety plan summary shown while unlocked.
        open_safety_plan: shows the safety plan page (the summary's "open" button).

    Attributes:
        crisis_panel, directory_dialog: the windows while they exist.
    """

    def __init__(
        self,
        *,
        crisis_directory: Callable[[], CrisisDirectory] | None,
        directory: Callable[[], Directory | None] | None,
        safety_plan_summary: SafetyPlanSummaryFactory | None,
        open_safety_plan: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.crisis_directory = crisis_directory
        self.directory = directory
        self.safety_plan_summary = safety_plan_summary
        self._open_safety_plan = open_safety_plan
        self.crisis_panel: CrisisPanel | None = None
        self.directory_dialog: DirectoryDialog | None = None

    def show_crisis_panel(self, vault: Vault | None, worker: Worker) -> None:
        """Open (or bring forward) the crisis panel; with `vault` open it shows the plan."""
        panel = self.crisis_panel
        if panel is not None and vault is not None and panel.safety_plan is None and (
            self.safety_plan_summary is not None
        ):
            # Opened on the unlock screen (closing only hides it): built again with the plan.
            self._discard_crisis_panel(panel)
        if self.crisis_panel is None:
            from desktop.crisis.view import CrisisPanel  # noqa: PLC0415 - see the imports

            contacts = self.crisis_directory() if self.crisis_directory else None
            summary = None
            if vault is not None and self.safety_plan_summary is not None:
                summary = self.safety_plan_summary(vault, worker)
                summary.open_requested.connect(self._open_safety_plan)
            self.crisis_panel = CrisisPanel(directory=contacts, safety_plan=summary)
            self.crisis_panel.destroyed.connect(self._forget_crisis_panel)
        bring_up(self.crisis_panel)

    def show_directory(self, vault: Vault | None, worker: Worker) -> None:
        """The directory in its own window; the crisis panel while it is still loading."""
        directory = self.directory() if self.directory else None
        if directory is None:
            self.show_crisis_panel(vault, worker)
            return
        from desktop.directory.dialog_view import DirectoryDialog  # noqa: PLC0415 - see the imports

        if self.directory_dialog is None:
            self.directory_dialog = DirectoryDialog(directory)
            self.directory_dialog.destroyed.connect(self._forget_directory_dialog)
        elif self.directory_dialog.page.directory is not directory:
            # Reopened since (a newer bundle, or an older one refused after an unlock).
            self.directory_dialog.page.set_directory(directory)
        bring_up(self.directory_dialog)

    def forget_personal(self) -> None:
        """At lock: a crisis panel showing the safety plan is emptied and closed now."""
        panel = self.crisis_panel
        if panel is None or panel.safety_plan is None:
            return
        forget_personal_data(panel)
        forget_typed_text(panel)
        self._discard_crisis_panel(panel)

    def windows(self) -> list[QWidget]:
        """The help windows that exist (kept open when the unlocked side closes)."""
        return [w for w in (self.crisis_panel, self.directory_dialog) if w is not None]

    def _forget_directory_dialog(self) -> None:
        self.directory_dialog = None

    def _forget_crisis_panel(self) -> None:
        self.crisis_panel = None

    def _discard_crisis_panel(self, panel: CrisisPanel) -> None:
        """Close and delete `panel` now; its late `destroyed` must not forget a newer one."""
        panel.destroyed.disconnect(self._forget_crisis_panel)
        panel.hide()
        panel.close()
        panel.deleteLater()
        self.crisis_panel = None

