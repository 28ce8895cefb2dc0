"""The "Your role" section: peer supporter, program coordinator, or neither.

The roles are kept in the vault (see `desktop.roles`), read and saved on the
worker. Each saved change is announced with `roles_changed`, and the shell adds or
removes the peer pages at once; nothing waits for the next unlock. Removing a role
never deletes what was logged: the pages come back with the role.

Signals (RolesGroup):
    roles_changed(object): the `Roles` now stored; first once they are read (never from
        the constructor, so a receiver connected right after it misses nothing).
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QStyle, QVBoxLayout, QWidget

from crypto.vault import Vault
from desktop.roles import COORDINATOR, PEER_SUPPORTER, Roles, read_roles, set_role
from desktop.settings.tasks_view import TaskRunner
from desktop.settings.widgets_view import managed_mark, note
from desktop.ui.narrow import WrappingCheckBox
from desktop.words import QT_TRANSLATE_NOOP

NOT_OFFERED: Final = QT_TRANSLATE_NOOP(
    "RolesGroup", "Your organization does not offer the peer log on this computer.")
ROLE_SAVED: Final = QT_TRANSLATE_NOOP(
    "RolesGroup", "Your role is saved, and the sections on the left match it now.")
KEPT: Final = QT_TRANSLATE_NOOP(
    "RolesGroup",
    "Your role is saved, and the sections on the left match it now. Contacts you logged "
    "stay in your vault and come back with the role.")


class RolesGroup(QGroupBox):
    """Two check boxes for the roles that bring peer pages.

    Args:
        vault: the open vault (used only on the worker).
        runner: the page's task runner.
        offered: whether policy offers the peer log here; if not, the boxes are off.
        managed: whether managed policy decides that (the section then carries the mark).

    Attributes:
        stored: the roles last read or saved; None until the first read arrives.

    Signals:
        roles_changed(object): the `Roles` stored, after reading and after each change.
    """

    roles_changed = Signal(object)

    def __init__(
        self,
        vault: Vault,
        runner: TaskRunner,
        *,
        offered: bool = True,
        managed: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your role"))
        self.setAccessibleName(self.title())
        self._vault = vault
        self._runner = runner
        self._offered = offered
        self.stored: Roles | None = None  # None until read
        column = QVBoxLayout(self)
        column.addWidget(
            note(self.tr(
                "Everyone gets private check-ins, trends, a safety plan and the help directory."
            ))
        )
        self.peer_box = WrappingCheckBox(self.tr("I am a trained &peer supporter"))
        self.peer_box.setAccessibleName(self.tr("I am a trained peer supporter"))
        # A check box cannot wrap, so what the role does goes in the note under it.
        self.coordinator_box = WrappingCheckBox(self.tr("I coordinate a peer support pro&gram"))
        self.coordinator_box.setAccessibleName(self.tr("I coordinate a peer support program"))
        # Why the boxes are off comes before them, so it is read first.
        not_offered = QCoreApplication.translate("RolesGroup", NOT_OFFERED)
        self.policy_note = note(not_offered)
        self.policy_note.setAccessibleName(self.tr("Peer log policy"))
        self.policy_note.setVisible(not offered)
        column.addWidget(self.policy_note)
        self.mark: QLabel | None = None
        if not offered:
            for box in (self.peer_box, self.coordinator_box):
                box.setAccessibleDescription(not_offered)
            if managed:
                self.mark = managed_mark(self.peer_box, self.coordinator_box)
                column.addWidget(self.mark)
        column.addWidget(self.peer_box)
        column.addWidget(
            self._indented(self.tr(
                "Adds a log for support contacts that holds no names, the monthly counts you "
                "share with your coordinator, and merging."
            ))
        )
        column.addWidget(self.coordinator_box)
        column.addWidget(
            self._indented(self.tr(
                "You merge the reports supporters send you. Adds only that page; it never "
                "holds a contact."
            ))
        )
        self.peer_box.toggled.connect(lambda held: self._change(PEER_SUPPORTER, held))
        self.coordinator_box.toggled.connect(lambda held: self._change(COORDINATOR, held))
        runner.busy_changed.connect(lambda _busy: self._enable())
        self._enable()
        runner.probe(lambda: read_roles(vault), self._show)

    def _indented(self, text: str) -> QLabel:
        label = note(text, role="muted")
        box = self.peer_box
        indent = box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box)
        label.setContentsMargins(indent + 6, 0, 0, 0)  # under the box's text, not its tick
        return label

    def _show(self, roles: Roles) -> None:
        self.stored = roles
        self._tick()
        self._enable()
        self.roles_changed.emit(roles)

    def _tick(self) -> None:
        """Show the stored roles (after reading, or to undo a change that failed)."""
        known = self.stored or Roles()
        for box, held in (
            (self.peer_box, known.peer_supporter),
            (self.coordinator_box, known.coordinator),
        ):
            box.blockSignals(True)  # showing the stored state is not a change
            box.setChecked(held)
            box.blockSignals(False)

    def _enable(self) -> None:
        usable = self._offered and self.stored is not None and self._runner.idle
        self.peer_box.setEnabled(usable)
        self.coordinator_box.setEnabled(usable)

    def _change(self, name: str, held: bool) -> None:
        if self.stored is None or not self._offered:
            return
        vault = self._vault
        self._runner.run(
            "roles",
            lambda: set_role(vault, name, held),
            self._show,
            # The peer role taken away: the words also say that its log is kept.
            QCoreApplication.translate(
                "RolesGroup", ROLE_SAVED if held or name == COORDINATOR else KEPT),
            on_failed=self._tick,  # the boxes go back to what is stored
        )
