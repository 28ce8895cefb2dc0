"""The Language section: follow the computer, or English, or Español; kept in preferences.

The choice applies from the next start (every screen, the lock screen included, is built in
the language in force when Confide starts), and the section says so in both languages, since
a person who picks a language may not read the current one.

Signals (LanguageGroup):
    chosen(str): "system", "en" or "es".
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QWidget

from desktop.settings.logic import LANGUAGES, Language
from desktop.settings.widgets_view import beside, form_of, managed_mark, note

# Each language by its own name, as language menus do, so it is found whatever is shown now.
ENDONYMS: Final = {"en": "English", "es": "Español"}
# Said in both languages: the person choosing may not read the one shown now.
NEXT_START: Final = {
    "en": "Confide will use this language the next time it starts.",
    "es": "Confide usará este idioma la próxima vez que se abra.",
}


class LanguageGroup(QGroupBox):
    """The language Confide is shown in.

    Args:
        language: the person's saved choice.
        managed: True when the organization's managed policy fixes the language.

    Signals:
        chosen(str): the language picked.
    """

    chosen = Signal(str)

    def __init__(self, language: Language, *, managed: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Language"), parent)
        form = form_of(self)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language (Idioma)"))
        for name in LANGUAGES:
            words = self.tr("Same as my computer") if name == "system" else ENDONYMS[name]
            self.language.addItem(words, name)
        self.language.setCurrentIndex(LANGUAGES.index(language))
        self.language.currentIndexChanged.connect(self._picked)
        label = QLabel(self.tr("&Language"))
        label.setBuddy(self.language)
        self.mark: QLabel | None = managed_mark(self.language) if managed else None
        form.addRow(label, beside(self.language, mark=self.mark))
        self.next_start = note()
        self.next_start.hide()
        form.addRow(self.next_start)

    def _picked(self, index: int) -> None:
        language = self.language.itemData(index)
        shown = language if language in NEXT_START else "en"
        others = [text for code, text in NEXT_START.items() if code != shown]
        self.next_start.setText(" ".join([NEXT_START[shown], *others]))
        self.next_start.show()
        self.chosen.emit(language)
