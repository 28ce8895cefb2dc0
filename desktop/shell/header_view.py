"""The unlocked window's header: the lock status, the vault's label and the three buttons
that are always there (crisis help, lock, quick exit).

The buttons wrap onto a second row rather than shrink: "Need help now?" is never cut off,
at 200 % text or in Spanish. When the window is narrow (`set_narrow`) the buttons come
first, alone on their row (the vault's label before them pushed "Need help now?" past
the edge), and the vault's label and a short lock status ("Locks after 5 min idle") share
one muted line below them: at 600 px and 200 % text the wrapped sentence took two rows
and the header a quarter of the window. The whole sentence stays the status's tooltip and
accessible description, so a screen reader hears it at any width. Its words are the main
window's (the "MainWindow" context).

Signals:
    crisis_requested(): the "Need help now?" button.
    lock_requested(): the Lock button.
    quick_exit_requested(): the Quick exit button.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QWidget

from desktop.ui.flow_layout import FlowLayout

LOCK_SHORTCUT: Final = "Ctrl+L"
QUICK_EXIT_SHORTCUT: Final = "Ctrl+Shift+Q"
NARROW_HEADER_INSET: Final = 4


def lock_status_text(minutes: int) -> str:
    """The header's lock status, e.g. "Vault unlocked — locks after 5 minutes of inactivity"."""
    # One sentence per English form, filled by .format(): lupdate marks no plural for a
    # module-level translate(), and Qt finds no plural form in a non-plural entry.
    if minutes == 1:
        return QCoreApplication.translate(
            "MainWindow", "Vault unlocked \u2014 locks after 1 minute of inactivity")
    return QCoreApplication.translate(
        "MainWindow", "Vault unlocked \u2014 locks after {minutes} minutes of inactivity"
    ).format(minutes=minutes)


def short_lock_status_text(minutes: int) -> str:
    """The lock status in a narrow window, where the whole sentence does not fit a line:
    "Locks after 5 min idle" (in the unlocked window, "unlocked" goes without saying)."""
    return QCoreApplication.translate(
        "MainWindow", "Locks after {minutes} min idle").format(minutes=minutes)


class WindowHeader(QWidget):
    """The lock status, the vault's label, and the crisis, lock and quick-exit buttons.

    Args:
        vault_label: a short, non-personal label for the vault; shown when given.
    """

    crisis_requested = Signal()
    lock_requested = Signal()
    quick_exit_requested = Signal()

    def __init__(self, vault_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate  # the main window's words: its context
        self._minutes, self._narrow = 5, False
        self.status = QLabel()
        self.status.setAccessibleName(translate("MainWindow", "Lock status"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)  # wraps in a narrow window instead of widening it
        self.set_lock_minutes(5)
        self.label = QLabel(vault_label)
        self.label.setAccessibleName(translate("MainWindow", "Vault"))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setVisible(bool(vault_label))

        self.crisis_button = QPushButton(translate("MainWindow", "Need &help now?"))
        self.crisis_button.setObjectName("crisisButton")
        self.crisis_button.setProperty("role", "crisis")  # the theme makes it stand out
        self.crisis_button.setAccessibleName(translate("MainWindow", "Need help now?"))
        self.crisis_button.setToolTip(
            translate("MainWindow", "Crisis lines, your safety plan and your EAP, first"))
        font = self.crisis_button.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.crisis_button.setFont(font)
        self.crisis_button.clicked.connect(self.crisis_requested)

        self.lock_button = QPushButton(translate("MainWindow", "&Lock"))
        self.lock_button.setAccessibleName(translate("MainWindow", "Lock"))
        self.lock_button.setToolTip(
            translate("MainWindow", "Lock Confide now ({shortcut})").format(shortcut=LOCK_SHORTCUT))
        self.lock_button.clicked.connect(self.lock_requested)

        self.quick_exit_button = QPushButton(translate("MainWindow", "&Quick exit"))
        self.quick_exit_button.setAccessibleName(translate("MainWindow", "Quick exit"))
        self.quick_exit_button.setToolTip(translate(
            "MainWindow", "Hide every Confide window and lock at once ({shortcut})"
        ).format(shortcut=QUICK_EXIT_SHORTCUT))
        self.quick_exit_button.clicked.connect(self.quick_exit_requested)
        self._build_layout()

    def _build_layout(self) -> None:
        # Nothing moves between layouts when the width changes, only the directions turn:
        # wide, one row (status, label | buttons); narrow, the buttons above a line of
        # the label and the status.
        buttons = QWidget()
        flow = FlowLayout(buttons)
        for button in (self.crisis_button, self.lock_button, self.quick_exit_button):
            flow.addWidget(button)
        info = QWidget()
        self._info = QBoxLayout(QBoxLayout.Direction.RightToLeft, info)
        self._info.setContentsMargins(0, 0, 0, 0)
        self._info.addWidget(self.label)
        self._info.addWidget(self.status, 1)
        self._rows = QBoxLayout(QBoxLayout.Direction.RightToLeft, self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.addWidget(buttons)
        self._rows.addWidget(info, 1)
        self._place(narrow=False)

    def _place(self, *, narrow: bool) -> None:
        Direction = QBoxLayout.Direction  # noqa: N806 - Qt's enum
        self._rows.setDirection(Direction.TopToBottom if narrow else Direction.RightToLeft)
        self._rows.setStretch(1, 0 if narrow else 1)
        self._rows.setSpacing(2 if narrow else -1)
        self._info.setDirection(Direction.LeftToRight if narrow else Direction.RightToLeft)
        self._info.setSpacing(2 * self.fontMetrics().averageCharWidth() if narrow else -1)
        for quiet in (self.label, self.status):  # muted below the buttons when narrow
            quiet.setProperty("role", "muted" if narrow else None)
            quiet.style().unpolish(quiet)
            quiet.style().polish(quiet)
        self._narrow = narrow
        self._say_status()

    def set_lock_minutes(self, minutes: int) -> None:
        """Say the auto-lock time in the lock status."""
        self._minutes = minutes
        self._say_status()

    def lock_status(self) -> str:
        """The whole lock status sentence, whatever the width."""
        return lock_status_text(self._minutes)

    def _say_status(self) -> None:
        whole = self.lock_status()
        self.status.setText(short_lock_status_text(self._minutes) if self._narrow else whole)
        self.status.setToolTip(whole)  # the whole sentence, seen and heard when narrow
        self.status.setAccessibleDescription(whole)

    def set_narrow(self, narrow: bool) -> None:
        """Narrow: the buttons on a row of their own, the label and status on one line
        below them, a small inset."""
        inset = NARROW_HEADER_INSET if narrow else 0
        self._rows.setContentsMargins(inset, 0, inset, 0)
        self._place(narrow=narrow)
