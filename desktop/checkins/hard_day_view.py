"""The gentle note a check-in page shows after a hard day, with optional next steps.

Safe messaging (988 Lifeline and reporting guidance): acknowledge, offer hope, say where
help is, make asking for help ordinary. No alarm, no score, no label for the person. Every
step is optional and nothing happens unless the person presses a button.

Signals:
    safety_plan_requested(): "Open my safety plan".
    find_help_requested(): "Find help".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.checkins.hard_day import HardDay


class HardDayNote(QFrame):
    """Kind words and three optional next steps; hidden until `show_for`.

    Signals:
        safety_plan_requested(): open the safety plan.
        find_help_requested(): open Find help.
    """

    safety_plan_requested = Signal()
    find_help_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("A word after today's check-in"))
        self.words = QLabel(self)
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.peer_line = QLabel(
            self.tr(
                "To talk it through with someone who understands, the NAMI HelpLine offers "
                "free peer support: call 800-950-6264 or text \u201chelpline\u201d to 62640 "
                "(weekdays, 10 am to 10 pm Eastern). If things ever feel like too much, you "
                "can call or text 988 at any hour."
            ),
            self,
        )
        self.peer_line.setWordWrap(True)
        self.peer_line.setTextFormat(Qt.TextFormat.PlainText)
        self.plan_button = QPushButton(self.tr("Open my safety &plan"), self)
        self.plan_button.setAccessibleName(self.tr("Open my safety plan"))
        self.plan_button.clicked.connect(self.safety_plan_requested)
        self.help_button = QPushButton(self.tr("&Find help"), self)
        self.help_button.setAccessibleName(self.tr("Find help"))
        self.help_button.clicked.connect(self.find_help_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.help_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.words)
        layout.addLayout(buttons)
        layout.addWidget(self.peer_line)
        self.hide()

    def show_for(self, kind: HardDay | None) -> None:
        """Show the words for `kind`, or hide the note after an ordinary day."""
        if kind is None:
            self.hide()
            return
        if kind is HardDay.HARD_DAY:
            words = self.tr(
                "Thank you for checking in. It sounds like today was a hard one. Hard days "
                "do pass, and you do not have to carry this one alone. If it would help, "
                "here are some things you could do next \u2014 only if and when you want."
            )
        else:
            words = self.tr(
                "Thank you for checking in. The last few days sound like they have been "
                "heavy. That is a lot to carry, and reaching out is a strong thing to do. "
                "If it would help, here are some things you could do next \u2014 only if "
                "and when you want."
            )
        self.words.setText(words)
        self.show()
