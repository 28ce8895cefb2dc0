"""The unlocked window's header: the lock status, the vault's label and the three buttons
that are always there (crisis help, lock, quick exit).

The buttons wrap onto a second row rather than shrink: "Need help now?" is never cut off,
at 200 % text or in Spanish. When the window is narrow (`set_narrow`) the buttons come
first, alone on their row (the vault's label before them pushed "Need help now?" past
the edge), and the vault's label and a short lock status ("Locks after 5 min idle") share
one muted line below them, cut with an ellipsis if even that is too long: at 600 px and
200 % text the wrapped sentence took two rows and the header a quarter of the window.
The whole sentence stays the status's text (what a screen reader reads), its tooltip and
its accessible description. Its words are the main window's (the "MainWindow" context).

Signals:
    crisis_requested(): the "Need help now?" button.
    lock_requested(): the Lock button.
    quick_exit_requested(): the Quick exit button.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
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


def short_lock_status_text(minutes: int) -> str:
    """The lock status in a narrow window, where the whole sentence does not fit a line:
    "Locks after 5 min idle" (in the unlocked window, "unlocked" goes without saying)."""
    return QCoreApplication.translate(
        "MainWindow", "Locks after {minutes} min idle").format(minutes=minutes)


class StatusLine(QLabel):
    """A label whose words wrap, or (`set_one_line`) that shows its short form on one
    line, cut with an ellipsis if even that does not fit.

    Only the painting is short: `text()`, which a screen reader reads, stays whole.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)  # wraps in a narrow window instead of widening it
        self._one_line = False
        self._short = ""

    def set_short_text(self, short: str) -> None:
        """What is shown on one line instead of the text (the text when empty)."""
        self._short = short
        self.updateGeometry()
        self.update()

    def shown_text(self) -> str:
        """The words painted at the width the label has now (before any ellipsis)."""
        return (self._short or self.text()) if self._one_line else self.text()

    def set_one_line(self, one_line: bool) -> None:
        self._one_line = one_line
        self.setWordWrap(not one_line)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        hint = super().sizeHint()
        if self._one_line:
            metrics = self.fontMetrics()
            margins = self.contentsMargins()
            hint = QSize(metrics.horizontalAdvance(self.shown_text())
                         + margins.left() + margins.right(), hint.height())
        return hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        hint = super().minimumSizeHint()
        if self._one_line:  # a few letters and the ellipsis, not the whole line
            hint.setWidth(min(hint.width(), 6 * self.fontMetrics().averageCharWidth()))
        return hint

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's API
        if not self._one_line:
            super().paintEvent(event)
            return
        room = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.shown_text(), Qt.TextElideMode.ElideRight,
                                              room.width())
        painter = QPainter(self)
        self.style().drawItemText(painter, room, int(self.alignment()), self.palette(),
                                  self.isEnabled(), shown, self.foregroundRole())


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
        self.status = StatusLine()
        self.status.setAccessibleName(translate("MainWindow", "Lock status"))
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
        self._buttons = QWidget()
        flow = FlowLayout(self._buttons)
        for button in (self.crisis_button, self.lock_button, self.quick_exit_button):
            flow.addWidget(button)
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(2)
        self._top_row = QHBoxLayout()
        self._rows.addLayout(self._top_row)
        self._status_row = QHBoxLayout()  # narrow: the label and the status, one line
        self._rows.addLayout(self._status_row)
        self._place(narrow=False)

    def _place(self, *, narrow: bool) -> None:
        for row in (self._top_row, self._status_row):
            while row.takeAt(0) is not None:
                pass
        if narrow:
            self._status_row.setSpacing(2 * self.fontMetrics().averageCharWidth())
            self._top_row.addWidget(self._buttons)
            self._top_row.addStretch(1)
            self._status_row.addWidget(self.label)
            self._status_row.addWidget(self.status, 1)
        else:
            self._top_row.addWidget(self.status, 1)
            self._top_row.addWidget(self.label)
            self._top_row.addWidget(self._buttons)
        for quiet in (self.label, self.status):  # muted beside the buttons when narrow
            quiet.setProperty("role", "muted" if narrow else None)
            quiet.style().unpolish(quiet)
            quiet.style().polish(quiet)
        self.status.set_one_line(narrow)

    def set_lock_minutes(self, minutes: int) -> None:
        """Say the auto-lock time in the lock status."""
        text = lock_status_text(minutes)
        self.status.setText(text)
        self.status.set_short_text(short_lock_status_text(minutes))
        self.status.setToolTip(text)  # the whole words, when a narrow window cuts them
        self.status.setAccessibleDescription(text)

    def set_narrow(self, narrow: bool) -> None:
        """Narrow: the buttons on a row of their own, the label and status on one line
        below them, a small inset."""
        inset = NARROW_HEADER_INSET if narrow else 0
        self._rows.setContentsMargins(inset, 0, inset, 0)
        self._place(narrow=narrow)
