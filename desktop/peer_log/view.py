"""The peer supporter's log page: record a contact, see due follow-ups, correct past contacts.

Two tabs. "New contact" records one in structured fields (there is no name field) and
lists the follow-ups that are due; "Past contacts" lists earlier contacts to open, correct
or delete (`past_view`). The note is checked for identifiers as it is typed (`NoteChecker`)
and Save stays disabled while one is unresolved; the store checks again on save. Every
vault call goes through the worker. Keyboard: Alt+C and Alt+P choose the tab, every field
has a mnemonic, Tab moves on, Ctrl+Enter saves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Final, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.peer_log.form_view import ContactForm, sentence
from desktop.peer_log.past_view import PastContactsPanel
from desktop.records.peer import deid_names
from desktop.records.peer.failure import CAUSES
from desktop.records.peer.model import PeerContact
from desktop.records.peer.store import PeerLogStore
from desktop.ui.dates import short_date
from desktop.ui.vault_op import VaultOp
from desktop.ui.widgets import announce, heading, save_shortcut, scrolled, wrap_items
from desktop.ui.worker import Worker
from desktop.vault_queries import VaultQueries
from desktop.words import QT_TRANSLATE_NOOP, failure_text

log = logging.getLogger(__name__)
T = TypeVar("T")
SAVED_TEXT: Final = QT_TRANSLATE_NOOP(
    "PeerLogPage", "Contact saved. Thank you for supporting a colleague.")
CONTACT_ID_ROLE: Final = Qt.ItemDataRole.UserRole + 1


class PeerLogPage(QWidget):
    """Log a support contact; see and close due follow-ups; correct past contacts.

    Args:
        vault: the unlocked vault (only ever touched on the worker thread).
        worker: runs every vault call.
        today: the supporter's local date (tests pass a fixed one).
        now: the current time, timezone-aware.

    Signals:
        loaded(): the due follow-ups have arrived.
        saved(int): a contact was stored (its row id).
    """

    loaded = Signal()
    saved = Signal(int)

    def __init__(
        self,
        vault: VaultQueries,
        worker: Worker,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self._store = PeerLogStore(vault)
        self._today = today
        self._now = now
        self._jobs = VaultOp(self, worker)  # forget(): late results are dropped
        self._saving = False
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Peer log"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_record(), self.tr("New &contact"))
        self.past = PastContactsPanel(self._store, worker, self.tabs, today=today)
        self.tabs.addTab(self.past, self.tr("&Past contacts"))
        self.saved.connect(lambda _id: self.past.refresh())
        self.past.changed.connect(self._load)  # a correction may move a due follow-up
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)
        self.setFocusProxy(self.tabs)
        self.reset_form()
        self._load()
        # After the page's own data; read-only, so skipped if Confide is quitting, and a
        # failure is logged (the first note check then reads the lists itself).
        self._jobs.run(deid_names.preload, skip_at_stop=True)

    # -- building ------------------------------------------------------------------------

    def _build_record(self) -> QWidget:
        page = QWidget(self.tabs)
        content = QWidget(page)
        layout = QVBoxLayout(content)
        layout.addWidget(heading(self.tr("Log a support contact")))
        hint = QLabel(
            self.tr("Only categories are recorded: there is no place for a name, and none "
                    "is needed. Ctrl+Enter saves."),
            content,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.form = ContactForm(self._today, content)
        self.form.note.state_changed.connect(self._render_save)
        layout.addWidget(self.form)
        # Save and what it says sit below the scrolling form, side by side, so both are in
        # sight at any text size. Made here, so Tab reaches Save before the follow-ups.
        self.save = QPushButton(self.tr("&Save contact"), page)
        self.save.setAccessibleName(self.tr("Save contact"))
        self.save.clicked.connect(self._on_save)
        self.status = QLabel(page)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Peer log status"))
        self._build_due(content, layout)
        bar = QHBoxLayout()
        bar.setContentsMargins(layout.contentsMargins())  # in line with the form above
        bar.addWidget(self.save, alignment=Qt.AlignmentFlag.AlignTop)
        bar.addWidget(self.status, stretch=1)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolled(content, page), stretch=1)
        outer.addLayout(bar)
        save_shortcut(page, self._on_save)
        return page

    def _build_due(self, content: QWidget, layout: QVBoxLayout) -> None:
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(heading(self.tr("Follow-ups due")))
        self.due_model = QStandardItemModel(self)
        self.due = QListView(content)
        self.due.setModel(self.due_model)
        self.due.setAccessibleName(self.tr("Follow-ups due"))
        wrap_items(self.due)
        self.due.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.due.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        layout.addWidget(self.due)
        self.done = QPushButton(self.tr("&Mark follow-up done"), content)
        self.done.setAccessibleName(self.tr("Mark the selected follow-up done"))
        self.done.clicked.connect(self._on_done)
        layout.addWidget(self.done, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)  # spare height goes below, not between the fields

    def reset_form(self) -> None:
        """An empty form for a contact today."""
        self.form.reset()
        self._render_save()

    # -- the worker ----------------------------------------------------------------------

    def _submit(self, fn: Callable[[], T], on_done: Callable[[T], None], undone: str) -> None:
        """Run `fn` on the worker; on failure the status says why and that `undone`."""

        def failed(error: BaseException) -> None:
            self._on_error(error, undone)

        self._jobs.run(fn, on_done, failed)

    def _load(self) -> None:
        store, today = self._store, self._today()
        self._submit(
            lambda: store.due_follow_ups(today), self._on_loaded,
            self.tr("the follow-ups cannot be shown")
        )

    def _on_loaded(self, due: list[tuple[int, PeerContact]]) -> None:
        self.due_model.clear()
        for contact_id, contact in due:
            if contact.follow_up is None:
                continue  # the query asks for planned follow-ups only
            when = short_date(contact.follow_up)
            item = QStandardItem(f"{when} · {contact.summary(QCoreApplication.translate)}")
            item.setData(contact_id, CONTACT_ID_ROLE)
            self.due_model.appendRow(item)
        if not due:
            self.due_model.appendRow(QStandardItem(self.tr("No follow-ups are due.")))
        self.done.setEnabled(bool(due))
        self.loaded.emit()

    def _on_error(self, error: BaseException, undone: str) -> None:
        log.warning("peer log vault job failed: %s", type(error).__name__)
        self._saving = False
        announce(self.status, failure_text(error, undone, QCoreApplication.translate, CAUSES))
        self._render_save()

    # -- actions -------------------------------------------------------------------------

    def _render_save(self) -> None:
        self.save.setEnabled(self.form.can_save and not self._saving)

    def contact(self) -> PeerContact:
        """The form as a contact recorded now.

        Raises:
            ValueError: a field is missing or wrong; the message says which.
        """
        return self.form.contact(self._now())

    def _on_save(self) -> None:
        if self._saving or not self.save.isEnabled():
            return
        try:
            contact = self.contact()
        except ValueError as exc:
            announce(self.status, sentence(exc, QCoreApplication.translate))
            return
        self._saving = True
        self._render_save()
        store, accepted = self._store, self.form.note.accepted
        self._submit(
            lambda: store.save(contact, accepted), self._on_saved,
            self.tr("the contact was not saved")
        )

    def _on_saved(self, contact_id: int) -> None:
        self._saving = False
        self.reset_form()
        announce(self.status, self.tr(SAVED_TEXT))
        self.saved.emit(contact_id)
        self._load()

    def _on_done(self) -> None:
        index = self.due.currentIndex()
        contact_id = index.data(CONTACT_ID_ROLE) if index.isValid() else None
        if contact_id is None:
            announce(self.status, self.tr("Select a follow-up first."))
            return
        store = self._store
        self._submit(
            lambda: store.mark_follow_up_done(contact_id),
            lambda _: self._changed(),
            self.tr("the follow-up was not marked done"),
        )

    def _changed(self) -> None:
        self.past.refresh()  # the list shows whether a follow-up is done
        self._load()

    # -- the shell's hooks ---------------------------------------------------------------

    def clear_personal_data(self) -> None:
        """Empty every widget that shows log data and drop results still on their way."""
        self._jobs.forget()
        self._saving = False
        self.reset_form()
        self.due_model.clear()
        self.status.clear()
        self.past.clear_personal_data()
