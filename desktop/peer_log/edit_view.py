"""Correcting one past contact: the same fields and the same note check as recording one.

The form opens with the stored contact (read whole from the vault when it was opened,
never from a list row) and its note checked again at once ("not an identifier" marks were
never stored, so the supporter confirms them again). Save stays
disabled while an identifier is unresolved, and the store checks once more. This widget
never touches the vault: `save_requested` carries a `Correction` and the past-contacts
panel runs it on the worker. Keyboard: Ctrl+Enter saves, Escape goes back to the list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.peer_log.form_view import ContactForm, sentence
from desktop.peer_log.past import corrected
from desktop.records.peer.model import PeerContact
from desktop.records.peer.store import Dismissed
from desktop.ui.dates import short_date
from desktop.ui.widgets import heading, save_shortcut, scrolled
from desktop.words import QT_TRANSLATE_NOOP

BLOCKED_TEXT: Final = QT_TRANSLATE_NOOP(
    "EditContactPanel",
    "The note holds a possible identifier. Redact it, or mark it as not an identifier, "
    "to save.",
)


@dataclass(frozen=True)
class Correction:
    """What to store: the contact's id, its corrected fields, and the note's marks."""

    contact_id: int
    contact: PeerContact
    dismissed: Dismissed


class EditContactPanel(QWidget):
    """One past contact in the contact form, with Save changes and Back.

    Args:
        today: the supporter's local date; no contact is dated after it.

    Signals:
        save_requested(Correction): the supporter saved a valid correction.
        closed(): the supporter went back to the list without saving.
    """

    save_requested = Signal(object)
    closed = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contact_id: int | None = None
        self._original: PeerContact | None = None  # as stored, note included
        self._busy = False
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(heading(self.tr("Correct a contact")))
        self.about = QLabel(content)
        self.about.setWordWrap(True)
        self.about.setAccessibleName(self.tr("Which contact is open"))
        layout.addWidget(self.about)
        self.form = ContactForm(today, content)
        self.form.note.state_changed.connect(self._render)
        layout.addWidget(self.form)
        layout.addStretch(1)

        # Below the scrolling form, so Save and Back stay in sight at any text size.
        bar = QVBoxLayout()
        bar.setContentsMargins(layout.contentsMargins())  # in line with the form above
        buttons = QHBoxLayout()
        self.save = QPushButton(self.tr("&Save changes"), self)
        self.save.setAccessibleName(self.tr("Save the changes to this contact"))
        self.save.clicked.connect(self._on_save)
        self.back = QPushButton(self.tr("&Back without saving"), self)
        self.back.setAccessibleName(self.tr("Back to the list without saving"))
        self.back.clicked.connect(self.closed)
        buttons.addWidget(self.save)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        bar.addLayout(buttons)
        self.blocked = QLabel(self.tr(BLOCKED_TEXT), self)  # the note may be scrolled out of sight
        self.blocked.setWordWrap(True)
        self.blocked.setAccessibleName(self.tr("Why Save is off"))
        bar.addWidget(self.blocked)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Correction status"))
        bar.addWidget(self.status)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolled(content, self), stretch=1)
        outer.addLayout(bar)
        save_shortcut(self, self._on_save)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.closed)
        self.setFocusProxy(self.form)
        self._render()

    @property
    def contact_id(self) -> int | None:
        """The id of the contact open here, if any."""
        return self._contact_id

    def open(self, contact_id: int, contact: PeerContact) -> None:
        """Show `contact`, stored as `contact_id` and read whole from the vault, to correct."""
        self._contact_id = contact_id
        self._original = contact
        self._busy = False
        self.about.setText(self.tr(
            "Logged for {day}. Change what was wrong, then save. The note is checked again."
        ).format(day=short_date(contact.contact_date)))
        self.status.clear()
        self.form.load(contact)
        self._render()

    def set_busy(self, busy: bool) -> None:
        """While a save runs, Save stays disabled (one save at a time)."""
        self._busy = busy
        self._render()

    def show_failure(self, words: str) -> None:
        self.set_busy(False)
        self.status.setText(words)

    def clear(self) -> None:
        """Forget the open contact and empty the form."""
        self._contact_id = None
        self._original = None
        self._busy = False
        self.about.clear()
        self.status.clear()
        self.form.reset()
        self._render()

    def _render(self) -> None:
        is_open = self._original is not None
        self.save.setEnabled(is_open and self.form.can_save and not self._busy)
        self.blocked.setVisible(is_open and bool(self.form.note.spans))

    def _on_save(self) -> None:
        contact_id, original = self._contact_id, self._original
        if contact_id is None or original is None or not self.save.isEnabled():
            return
        try:
            edited = self.form.contact(original.recorded_at)
        except ValueError as exc:
            self.status.setText(sentence(exc, QCoreApplication.translate))
            return
        self.status.clear()
        self.set_busy(True)
        contact = corrected(original, edited)
        self.save_requested.emit(Correction(contact_id, contact, self.form.note.accepted))
