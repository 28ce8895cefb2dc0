"""The Appearance and Locking sections: choices kept in `preferences.json`.

They only collect the choice; the page saves it (one place writes the file) and passes
it on to the shell.

Signals (AppearanceGroup):
    chosen(str): "system", "light" or "dark".
Signals (LockingGroup):
    chosen(int): the idle minutes chosen (within the organization's limit).
    lock_requested(): the "Lock now" button.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QSpinBox, QWidget

from desktop.settings.logic import AUTO_LOCK_RANGE, THEMES, Theme, effective_auto_lock
from desktop.settings.widgets_view import beside, button, form_of, managed_mark, note, row
from desktop.words import QT_TRANSLATE_NOOP

THEME_NAMES: Final = {
    "system": QT_TRANSLATE_NOOP("AppearanceGroup", "Same as my computer"),
    "light": QT_TRANSLATE_NOOP("AppearanceGroup", "Light"),
    "dark": QT_TRANSLATE_NOOP("AppearanceGroup", "Dark"),
}


class AppearanceGroup(QGroupBox):
    """The theme.

    Signals:
        chosen(str): the theme picked.
    """

    chosen = Signal(str)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Appearance"))
        form = form_of(self)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        for name in THEMES:
            self.theme.addItem(
                QCoreApplication.translate("AppearanceGroup", THEME_NAMES[name]), name)
        self.theme.setCurrentIndex(THEMES.index(theme))
        self.theme.currentIndexChanged.connect(
            lambda index: self.chosen.emit(self.theme.itemData(index))
        )
        label = QLabel(self.tr("&Theme"))
        label.setBuddy(self.theme)
        form.addRow(label, row(self.theme))


class LockingGroup(QGroupBox):
    """Idle minutes before the vault locks, and "Lock now".

    Args:
        minutes: the person's choice, as saved.
        policy_max: the organization's limit, if it set one.
        managed: True when that limit is locked by managed policy. The person may still
            choose a shorter time (that only makes the vault safer), so the spin box stays
            usable and only carries the mark.

    Signals:
        chosen(int): the minutes picked.
        lock_requested(): "Lock now" was pressed.
    """

    chosen = Signal(int)
    lock_requested = Signal()

    def __init__(
        self,
        minutes: int,
        policy_max: int | None,
        *,
        managed: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Locking"))
        form = form_of(self)
        self.auto_lock = QSpinBox()
        self.auto_lock.setAccessibleName(self.tr("Lock after this many idle minutes"))
        low, high = AUTO_LOCK_RANGE
        self.auto_lock.setRange(low, effective_auto_lock(high, policy_max))
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setValue(effective_auto_lock(minutes, policy_max))
        self.auto_lock.setKeyboardTracking(False)  # one save per choice, not per keystroke
        self.auto_lock.valueChanged.connect(self.chosen)
        label = QLabel(self.tr("Lock after &idle minutes"))
        label.setBuddy(self.auto_lock)
        limit = self.auto_lock.maximum()
        self.mark: QLabel | None = None
        if managed and policy_max is not None:
            detail = (self.tr("at most %n minute", "", limit) if limit == 1
                      else self.tr("at most %n minutes", "", limit))
            self.mark = managed_mark(self.auto_lock, detail=detail, disable=False)
        form.addRow(label, beside(self.auto_lock, mark=self.mark))
        if policy_max is not None and self.mark is None:
            # One source per English form: reads right untranslated.
            form.addRow(note(
                self.tr("Your organization allows at most %n minute.", "", limit) if limit == 1
                else self.tr("Your organization allows at most %n minutes.", "", limit)))
        form.addRow(row(button(self.tr("Lock &now"), self.tr("Lock now"),
                                self.lock_requested.emit)))
