"""The unlocked window's header: the lock status, the vault's label and the three buttons
that are always there (crisis help, lock, quick exit).

The buttons wrap onto a second row rather than shrink: "Need help now?" is never cut off,
at 200 % text or in Spanish. When the window is narrow, the lock status takes a row of its
own below them (`set_narrow`). Its words are the main window's (the "MainWindow" context).

Signals:
    crisis_requested(): the "Need help now?" button.
    lock_requested(): the Lock button.
    quick_exit_requested(): the Quick exit button.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

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
        self.status = QLabel(lock_status_text(5))
        self.status.setAccessibleName(translate("MainWindow", "Lock status"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)  # wraps in a narrow window instead of widening it
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
        buttons = QWidget()
        flow = FlowLayout(buttons)
        for button in (self.crisis_button, self.lock_button, self.quick_exit_button):
            flow.addWidget(button)
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._top_row = QHBoxLayout()
        self._top_row.addWidget(self.status, 1)
        self._top_row.addWidget(self.label)
        self._top_row.addWidget(buttons)
        self._rows.addLayout(self._top_row)

    def set_lock_minutes(self, minutes: int) -> None:
        """Say the auto-lock time in the lock status."""
        self.status.setText(lock_status_text(minutes))

    def set_narrow(self, narrow: bool) -> None:
        """Narrow: the lock status on a row of its own below the buttons, a small inset."""
        inset = NARROW_HEADER_INSET if narrow else 0
        self._rows.setContentsMargins(inset, 0, inset, 0)
        if narrow:
            self._top_row.removeWidget(self.status)
            self._rows.addWidget(self.status)
        else:
            self._rows.removeWidget(self.status)
            self._top_row.insertWidget(0, self.status, 1)
