"""CrisisPanel: ways to reach someone right now, on any screen, without unlocking.

Nothing here touches the vault and nothing is written to the log: the log file is not
encrypted, and that the panel was opened is itself sensitive. A call, a text or a chat
opens only when the person clicks, through `QDesktopServices.openUrl` (a `tel:`,
`sms:` or https address); when the computer has no app for it, the panel says what to
dial instead.

Signals:
    action_opened(str): an address was handed to the system (for tests and the shell).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.theme import scaled_font
from referral_directory.crisis import (
    ActionKind,
    ContactAction,
    CrisisContact,
    CrisisDirectory,
    load_crisis_directory,
)


def _label(text: str, *, role: str = "", selectable: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _fallback(action: ContactAction) -> str:
    if action.kind is ActionKind.CALL:
        return f"This computer has no app for calls. Please dial {action.number} on a phone."
    if action.kind is ActionKind.TEXT:
        keyword = f"{action.body} to " if action.body else ""
        return (f"This computer has no app for text messages. "
                f"Please text {keyword}{action.number} from a phone.")
    return f"No web browser opened. The chat is at {action.url}"


class CrisisPanel(QDialog):
    """988, Crisis Text Line and 911 with call, text, chat and copy buttons.

    Args:
        parent: the screen it was opened from (the lock screen, setup or the main window).
        directory: the contacts to show (defaults to the shipped list).
        safety_plan: the person's safety plan at a glance, when the vault is unlocked.

    Signals:
        action_opened(str): an address was handed to the system after a click.
    """

    action_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None,
                 directory: CrisisDirectory | None = None,
                 safety_plan: QWidget | None = None) -> None:
        super().__init__(parent)
        self._directory = directory or load_crisis_directory()
        self.setWindowTitle("Help is available now")
        self.setObjectName("crisisPanel")
        self.setModal(False)
        self.buttons: dict[str, QPushButton] = {}  # "<contact id>:<kind>" -> button

        content = QWidget()
        layout = QVBoxLayout(content)
        heading = _label(self._directory.heading)
        heading.setFont(scaled_font(heading, 1.5, bold=True))
        heading.setAccessibleName(self._directory.heading)
        layout.addWidget(heading)
        layout.addWidget(_label(self._directory.intro))
        for contact in self._directory.contacts:
            layout.addWidget(self._contact_box(contact))
        self.safety_plan = safety_plan  # only while unlocked: it is the person's own words
        if safety_plan is not None:
            layout.addWidget(safety_plan)
        self.status = _label("", role="muted")
        self.status.setAccessibleName("Status")
        self.status.hide()
        layout.addWidget(self.status)
        checked = self._directory.checked.strftime("%d %B %Y").lstrip("0")
        layout.addWidget(_label(f"Numbers checked {checked}.", role="muted"))
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_box.rejected.connect(self.reject)  # Escape closes it too
        close_button = close_box.button(QDialogButtonBox.StandardButton.Close)
        close_button.setAccessibleName("Close help panel")
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        outer.addWidget(close_box)
        self._fit_to_screen()
        first = next(iter(self.buttons.values()), None)
        if first is not None:
            first.setFocus()

    def _fit_to_screen(self) -> None:
        metrics = self.fontMetrics()
        width, height = metrics.averageCharWidth() * 80, metrics.height() * 50
        screen = self.screen()
        if screen is not None:  # at 200% text the panel scrolls rather than overflows
            available = screen.availableGeometry()
            width = min(width, available.width())
            height = min(height, available.height())
        self.resize(width, height)

    def _contact_box(self, contact: CrisisContact) -> QGroupBox:
        box = QGroupBox(contact.name.replace("&", "&&"))  # "&" would become a mnemonic
        box.setAccessibleName(contact.name)
        layout = QVBoxLayout(box)
        layout.addWidget(_label(contact.summary))
        layout.addWidget(_label(contact.confidentiality, role="muted"))
        row = QHBoxLayout()
        for action in contact.actions:
            button = QPushButton(action.label)
            button.setAccessibleName(f"{action.label}, {contact.name}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, a=action: self._open(a))
            row.addWidget(button)
            self.buttons[f"{contact.id}:{action.kind.value}"] = button
        for number in contact.numbers:
            copy = QPushButton(f"Copy {number}")
            copy.setAccessibleName(f"Copy the number {number}")
            copy.setAutoDefault(False)
            copy.clicked.connect(lambda _=False, n=number: self._copy(n))
            row.addWidget(copy)
            self.buttons[f"{contact.id}:copy:{number}"] = copy
        row.addStretch(1)
        layout.addLayout(row)
        sources = " · ".join(f'<a href="{s}">source {i}</a>'
                             for i, s in enumerate(contact.sources, start=1))
        where = QLabel(f"Where this comes from: {sources}" if sources
                       else "Set by your organization.")
        where.setProperty("role", "muted")
        where.setWordWrap(True)
        where.setTextFormat(Qt.TextFormat.RichText)
        where.setOpenExternalLinks(True)  # opens only on a click, like the buttons
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        where.setAccessibleName(f"Sources for {contact.name}")
        layout.addWidget(where)
        return box

    def _open(self, action: ContactAction) -> None:
        uri = action.uri()
        if QDesktopServices.openUrl(QUrl(uri)):
            self._say("")
        else:
            self._say(_fallback(action))
        self.action_opened.emit(uri)

    def _copy(self, number: str) -> None:
        QGuiApplication.clipboard().setText(number)
        self._say(f"Copied {number}.")

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
