"""The search field of Find help: sensitive input, and Down or Enter into the results.

What someone searches for can be sensitive ("suicide", "alcohol"): the field asks input
methods not to learn it. Its words keep the page's translation context ("DirectoryPage"),
where they were translated before the field had a module of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class SearchField(QLineEdit):
    """The directory's search field.

    Signals:
        results_wanted(): Down, Enter or Return was pressed: move into the results.
    """

    results_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("DirectoryPage", "Search the directory"))
        self.setAccessibleDescription(QCoreApplication.translate(
            "DirectoryPage", "Results narrow as you type. Down arrow moves to the results."))
        self.setPlaceholderText(QCoreApplication.translate(
            "DirectoryPage", "A word, a name or a need, e.g. nurse, text, alcohol"))
        self.setClearButtonEnabled(True)
        # What someone searches for can be sensitive: keep it out of learned-word lists.
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if (
            watched is self
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.results_wanted.emit()
            return True
        return super().eventFilter(watched, event)
