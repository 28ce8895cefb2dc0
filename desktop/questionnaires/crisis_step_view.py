"""The questionnaire's crisis step: shown after a positive risk answer, before any result.

Kind words, "Reach someone now" (the crisis panel again) and "Continue to my result". The
page (`questionnaire_view`) connects the two buttons. The words keep the page's
translation context ("QuestionnairePage"), where they were translated before the step had
a module of its own.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QPushButton, QStyle, QVBoxLayout, QWidget

from desktop.questionnaires.label_view import wrapped
from desktop.ui.theme import scaled_font
from desktop.ui.widgets import fill_with_scrolled
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
        content = QWidget()
        layout = QVBoxLayout(content)
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
        # Side by side when there is room; one under the other in a narrow window or at
        # large text, where side by side cut "Reach someone now" to "each someone no".
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._row.addWidget(self.reach_button)
        self._row.addWidget(self.continue_button)
        self._row.addStretch(1)
        layout.addLayout(self._row)
        layout.addStretch(1)
        # The step is the scroll area's frame, so its width is the window's even when the
        # buttons side by side are wider: that is when they go one under the other.
        self._margins = layout.contentsMargins()
        fill_with_scrolled(self, content)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's API
        margins = self._margins
        needed = (self.reach_button.sizeHint().width() + self.continue_button.sizeHint().width()
                  + self._row.spacing() + margins.left() + margins.right()
                  + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent))
        self._row.setDirection(QBoxLayout.Direction.LeftToRight if self.width() >= needed
                               else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)
