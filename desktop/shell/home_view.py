"""The Home page: what stays private, and where to go next.

It shows no personal data at all (not even a count of check-ins): someone glancing at
an unlocked screen learns only that Confide is open.

Signals:
    section_chosen(str): the key of the section the person picked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.words import QT_TRANSLATE_NOOP

PRIVACY_TEXT = QT_TRANSLATE_NOOP(
    "HomeView",
    "Everything you record here is encrypted on this computer. Confide makes no network "
    "connections and sends nothing to your employer, to IT or to anyone else. Only what you "
    "choose to export leaves this computer, and exports hold counts, never your notes."
)
LOCK_TEXT = QT_TRANSLATE_NOOP(
    "HomeView",
    "Confide locks itself when you step away, when your computer locks or sleeps, and "
    "whenever you press Lock. Quick exit (Ctrl+Shift+Q) hides it at once."
)
HELP_TEXT = QT_TRANSLATE_NOOP(
    "HomeView",
    "If today is hard, press \u201cNeed help now?\u201d at the top at any time: it shows the "
    "988 Suicide & Crisis Lifeline, the Crisis Text Line and 911 first, then your "
    "organization's Employee Assistance Program if it has set one, and your safety plan."
)


class HomeView(QWidget):
    """A short, warm overview with a button for each section.

    Signals:
        section_chosen(str): the key of the section whose button was pressed.
    """

    section_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Home"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Welcome to Confide"))
        heading.setObjectName("pageHeading")
        heading.setAccessibleName(heading.text())
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)  # relative, so it scales with the user's
        font.setBold(True)
        heading.setFont(font)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(heading)
        for text in (PRIVACY_TEXT, LOCK_TEXT, HELP_TEXT):
            label = QLabel(self.tr(text))
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        where = QLabel(self.tr("Where would you like to go?"))
        where.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(where)
        self._buttons = QVBoxLayout()
        layout.addLayout(self._buttons)
        layout.addStretch(1)

    def set_sections(self, sections: list[tuple[str, str]]) -> None:
        """Show one button per (key, title), in order, replacing the previous ones."""
        while (item := self._buttons.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()  # deleteLater waits for the event loop; gone from view now
                widget.deleteLater()
        for key, title in sections:
            button = QPushButton(title)
            button.setAccessibleName(self.tr("Go to {title}").format(title=title))
            button.clicked.connect(lambda _checked=False, key=key: self.section_chosen.emit(key))
            self._buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
