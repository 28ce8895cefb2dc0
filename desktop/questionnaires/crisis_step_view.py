"""The questionnaire's crisis step: shown after a positive risk answer, before any result.

Kind words, "Reach someone now" (the crisis panel again) and "Continue to my result". The
page (`questionnaire_view`) connects the two buttons. The words keep the page's
translation context ("QuestionnairePage"), where they were translated before the step had
a module of its own.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.questionnaires.label_view import wrapped
from desktop.ui.theme import scaled_font
from desktop.words import QT_TRANSLATE_NOOP

CRISIS_WORDS: Final = QT_TRANSLATE_NOOP(
    "QuestionnairePage",
    "Thank you for answering honestly. One of your answers tells us things have been very "
    "hard lately. You do not have to face this alone: people are ready to listen right now, "
    "free and confidential, any time of day or night. Reaching out is a strong step, and "
    "things can get better with support."
)


class CrisisStep(QWidget):
    """The crisis step's page: `reach_button` opens crisis lines, `continue_button` goes on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = wrapped(QCoreApplication.translate("QuestionnairePage", "You are not alone"),
                          QCoreApplication.translate("QuestionnairePage", "Crisis step heading"))
        heading.setFont(scaled_font(heading, 1.5, bold=True))
        layout.addWidget(heading)
        layout.addWidget(wrapped(
            QCoreApplication.translate("QuestionnairePage", CRISIS_WORDS),
            QCoreApplication.translate("QuestionnairePage", "Crisis step message")))
        self.reach_button = QPushButton(
            QCoreApplication.translate("QuestionnairePage", "&Reach someone now"))
        self.reach_button.setProperty("role", "crisis")
        self.reach_button.setAccessibleName(
            QCoreApplication.translate("QuestionnairePage", "Reach someone now: show crisis lines"))
        self.continue_button = QPushButton(
            QCoreApplication.translate("QuestionnairePage", "&Continue to my result"))
        self.continue_button.setAccessibleName(
            QCoreApplication.translate("QuestionnairePage", "Continue to my result"))
        row = QHBoxLayout()
        row.addWidget(self.reach_button)
        row.addWidget(self.continue_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
