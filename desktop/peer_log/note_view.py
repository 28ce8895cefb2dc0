"""The peer log's note field, checked for identifiers as it is typed.

Typing restarts a short timer (150 ms); when it fires, `deid.find_identifiers` runs on
the GUI thread (a pure function, a few milliseconds) and every found span is highlighted
and listed. The supporter either redacts them all in one action (each becomes "[kind]")
or marks one as not an identifier (from the list or the note's context menu). Such a mark
is kept as (kind, text), so it survives edits elsewhere, and the store checks it again.

Redacting replaces the whole text, which also empties the undo history: Ctrl+Z must not
bring an identifier back. The note's text is never logged.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.records.peer import deid
from desktop.records.peer.model import NOTE_MAX_CHARS
from desktop.ui.widgets import wrap_items
from desktop.words import QT_TRANSLATE_NOOP

CHECK_DELAY_MS: Final = 150
KIND_WORDS: Final = {
    "name": QT_TRANSLATE_NOOP("NoteChecker", "Name"),
    "phone": QT_TRANSLATE_NOOP("NoteChecker", "Phone or fax number"),
    "email": QT_TRANSLATE_NOOP("NoteChecker", "E-mail address"),
    "address": QT_TRANSLATE_NOOP("NoteChecker", "Address or place"),
    "date": QT_TRANSLATE_NOOP("NoteChecker", "Exact date"),
    "number": QT_TRANSLATE_NOOP("NoteChecker", "Identifying number"),
    "url": QT_TRANSLATE_NOOP("NoteChecker", "Web address"),
    "ip": QT_TRANSLATE_NOOP("NoteChecker", "IP address"),
    "age": QT_TRANSLATE_NOOP("NoteChecker", "Age over 89"),
}
# Dark text on amber reads in light and dark themes alike (contrast about 12:1).
_MARK_BACKGROUND: Final = QColor("#ffd54f")
_MARK_TEXT: Final = QColor("#1a1a1a")


class _NoteEdit(QPlainTextEdit):
    """A few lines tall in its current font; its context menu offers the span actions.

    Signals:
        span_menu(QMenu, int): a context menu is about to show at this text position.
    """

    span_menu = Signal(QMenu, int)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        hint = super().sizeHint()
        return QSize(
            hint.width(),
            self.fontMetrics().lineSpacing() * 5 + 2 * int(self.document().documentMargin()) + 4,
        )

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's API
        menu = self.createStandardContextMenu()
        self.span_menu.emit(menu, self.cursorForPosition(event.pos()).position())
        menu.exec(event.globalPos())
        menu.deleteLater()


class NoteChecker(QWidget):
    """The optional note, its found identifiers, and the actions on them.

    Signals:
        state_changed(): the text, the check or the marks changed (`can_save` may differ).
    """

    state_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spans: list[deid.Span] = []
        self._accepted: set[tuple[str, str]] = set()
        self._checking = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)

        label = QLabel(self.tr("Short &note (optional; no names, places, dates or numbers)"), self)
        label.setWordWrap(True)
        self.editor = _NoteEdit(self)
        self.editor.setAccessibleName(self.tr("Short note, optional, checked for identifiers"))
        self.editor.setPlaceholderText(self.tr(
            "What helped, in general words. It stays encrypted "
            "on this computer and is never exported."
        ))
        self.editor.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.editor.setTabChangesFocus(True)
        # A short note: keep to about five lines rather than filling a tall window.
        self.editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.editor.textChanged.connect(self._on_text)
        self.editor.span_menu.connect(self._add_span_actions)
        label.setBuddy(self.editor)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Identifier check"))
        self.found = QListWidget(self)
        self.found.setAccessibleName(self.tr("Identifiers found in the note"))
        wrap_items(self.found)
        self.found.itemActivated.connect(self._select_in_note)
        # Room for about four findings; more scroll (measured in the font, so it grows).
        self.found.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.redact_all = QPushButton(self.tr("&Redact all"), self)
        self.redact_all.setAccessibleName(self.tr("Redact all identifiers in the note"))
        self.redact_all.clicked.connect(self.redact)
        self.not_identifier = QPushButton(self.tr("Not an &identifier"), self)
        self.not_identifier.setAccessibleName(
            self.tr("Mark the selected finding as not an identifier"))
        self.not_identifier.clicked.connect(self._accept_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.redact_all)
        buttons.addWidget(self.not_identifier)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.editor)
        layout.addWidget(self.summary)
        layout.addWidget(self.found)
        layout.addLayout(buttons)
        self._render()

    # -- what the page asks --------------------------------------------------------------

    @property
    def text(self) -> str:
        return self.editor.toPlainText()

    @property
    def spans(self) -> list[deid.Span]:
        """The identifiers still unresolved (as of the last check)."""
        return list(self._spans)

    @property
    def accepted(self) -> frozenset[tuple[str, str]]:
        """(kind, text) marked "not an identifier"."""
        return frozenset(self._accepted)

    @property
    def can_save(self) -> bool:
        return not self._checking and not self._spans and len(self.text) <= NOTE_MAX_CHARS

    def clear(self) -> None:
        """Empty the note, its marks and its undo history."""
        self.set_text("")

    def set_text(self, text: str) -> None:
        """Show `text` (a stored note being corrected), checked at once.

        Marks are dropped: they were never stored, so the supporter confirms them again,
        and the undo history goes with the old text.
        """
        self._timer.stop()
        self._accepted.clear()
        self.editor.setPlainText(text)  # also empties the undo history
        self.check_now()

    # -- checking ------------------------------------------------------------------------

    def _on_text(self) -> None:
        self._checking = True
        self._timer.start()
        self._render()

    def check_now(self) -> None:
        """Run the detector on the note at once (the timer calls this)."""
        self._timer.stop()
        text = self.text
        accepted = [deid.Span(kind, 0, 0, words) for kind, words in self._accepted]
        self._spans = deid.find_identifiers(text, accepted=accepted)
        self._checking = False
        self._highlight()
        self._render()

    def _highlight(self) -> None:
        mark = QTextCharFormat()
        mark.setBackground(_MARK_BACKGROUND)
        mark.setForeground(_MARK_TEXT)
        mark.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        mark.setUnderlineColor(QColor("#b00020"))
        selections = []
        for span in self._spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(span.start)
            cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = mark
            selections.append(selection)
        self.editor.setExtraSelections(selections)

    def _render(self) -> None:
        self.found.clear()
        for span in self._spans:
            kind = self.tr(KIND_WORDS[span.kind]) if span.kind in KIND_WORDS else span.kind
            item = QListWidgetItem(self.tr("{kind}: “{text}”").format(kind=kind, text=span.text))
            item.setData(Qt.ItemDataRole.UserRole, span)
            self.found.addItem(item)
        if self._spans:
            self.found.setCurrentRow(0)
        over = len(self.text) - NOTE_MAX_CHARS
        if over > 0:
            words = (self.tr("The note is %n character too long (the most is {most}).", "", over)
                     if over == 1 else
                     self.tr("The note is %n characters too long (the most is {most}).", "",
                             over)).format(most=NOTE_MAX_CHARS)
        elif self._checking:
            words = self.tr("Checking the note for identifiers…")
        elif self._spans:
            count = len(self._spans)
            words = (self.tr("%n possible identifier found. Redact it, or mark it as not an "
                             "identifier, to save.", "", count) if count == 1 else
                     self.tr("%n possible identifiers found. Redact them, or mark one as not "
                             "an identifier, to save.", "", count))
        else:
            words = self.tr("No identifiers found.") if self.text.strip() else ""
        self.summary.setText(words)
        self.found.setVisible(bool(self._spans))
        self.redact_all.setEnabled(bool(self._spans) and not self._checking)
        self.not_identifier.setEnabled(bool(self._spans) and not self._checking)
        self.state_changed.emit()

    # -- actions -------------------------------------------------------------------------

    def redact(self) -> None:
        """Replace every found identifier with its kind in brackets."""
        self.check_now()  # act on the text as it is now, not as of the last timer
        if self._spans:
            self.editor.setPlainText(deid.redact(self.text, self._spans))  # drops undo too
            self.editor.moveCursor(QTextCursor.MoveOperation.End)
            self.check_now()

    def accept(self, span: deid.Span) -> None:
        """Mark `span`'s text (of its kind) as not an identifier."""
        self._accepted.add((span.kind, span.text))
        self.check_now()

    def _accept_selected(self) -> None:
        item = self.found.currentItem()
        if item is not None:
            self.accept(item.data(Qt.ItemDataRole.UserRole))

    def _select_in_note(self, item: QListWidgetItem) -> None:
        span: deid.Span = item.data(Qt.ItemDataRole.UserRole)
        cursor = self.editor.textCursor()
        cursor.setPosition(span.start)
        cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_span_actions(self, menu: QMenu, position: int) -> None:
        here = [s for s in self._spans if s.start <= position <= s.end]
        if not here:
            return
        span = here[0]
        first = menu.actions()[0] if menu.actions() else None
        redact = menu.addAction(self.tr("Redact this"))
        redact.triggered.connect(lambda: self._redact_one(span))
        fine = menu.addAction(self.tr("Not an identifier"))
        fine.triggered.connect(lambda: self.accept(span))
        if first is not None:
            menu.insertActions(first, [redact, fine])
            menu.insertSeparator(first)

    def _redact_one(self, span: deid.Span) -> None:
        if self.text[span.start : span.end] == span.text:
            self.editor.setPlainText(deid.redact(self.text, [span]))
            self.check_now()

    def position_of(self, span: deid.Span) -> QPoint:
        """Where `span` starts on screen (for tests and screenshots)."""
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(span.start)
        return self.editor.cursorRect(cursor).center()
