"""The supporter's past contacts: a list to open, correct or delete one.

The list shows the structured fields of each contact, newest first, for a chosen period
(the last 90 days, a month, or everything). The list is read without its notes, so no
note is a column, a tooltip, a role or even held by the model. Opening a contact (Enter,
double-click or Open) reads that one contact whole, note included, then swaps the list
for the edit form (`edit_view`); deleting asks first in a bar under the list, not a modal
box, and the safe answer has the focus. Every vault call goes through the worker.

Keyboard: Alt+W chooses the period, arrows move in the list, Enter or Alt+O opens,
Delete or Alt+D asks to delete, Alt+Y confirms and Alt+K keeps the contact.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Final, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.peer_log.edit_view import Correction, EditContactPanel
from desktop.peer_log.past import PastRow, Period, past_rows, periods
from desktop.peer_log.past_table_view import PastContactsTable
from desktop.records.peer.failure import CAUSES
from desktop.records.peer.model import PeerContact
from desktop.records.peer.store import PeerLogStore
from desktop.ui.dates import month_year, short_date
from desktop.ui.vault_op import VaultOp
from desktop.ui.worker import Worker
from desktop.words import QT_TRANSLATE_NOOP, failure_text

log = logging.getLogger(__name__)
T = TypeVar("T")
SAVED_TEXT: Final = QT_TRANSLATE_NOOP("PastContactsPanel", "Changes saved.")
DELETED_TEXT: Final = QT_TRANSLATE_NOOP("PastContactsPanel", "Contact deleted.")


class PastContactsPanel(QWidget):
    """The list of past contacts and, in its place while one is open, the edit form.

    Args:
        store: the peer log (its methods run on the worker only).
        worker: runs every vault call.
        today: the supporter's local date (it sets the periods offered).

    Signals:
        loaded(): the list for the chosen period has arrived.
        opened(): a contact was read and is showing in the edit form.
        changed(): a contact was corrected or deleted.
    """

    loaded = Signal()
    opened = Signal()
    changed = Signal()

    def __init__(
        self,
        store: PeerLogStore,
        worker: Worker,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._today = today
        self._jobs = VaultOp(self, worker)  # forget(): late results are dropped
        self._periods: list[Period] = []
        self._stale = True  # the list is read when first shown, not at unlock
        self._select_after: int | None = None
        self._opening: int | None = None  # the contact being read to open; the latest wins
        self.stack = QStackedWidget(self)
        self.list_page = self._build_list()
        self.stack.addWidget(self.list_page)
        self.editor = EditContactPanel(today, self.stack)
        self.editor.save_requested.connect(self._on_correction)
        self.editor.closed.connect(self.show_list)
        self.stack.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._fill_periods()
        self._render_buttons()

    # -- building ------------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        # No heading: the tab above says "Past contacts", and at 200 % text in a 600 px
        # window every line went from the list, which showed less than one contact.
        # Half margins above and below for the same reason (the tab bar has a line).
        margins = layout.contentsMargins()
        layout.setContentsMargins(margins.left(), margins.top() // 2,
                                  margins.right(), margins.bottom() // 2)
        hint = QLabel(self.tr(
            "Categories only, newest first. Open a contact to read or correct its note."), page
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        choose = QHBoxLayout()
        label = QLabel(self.tr("Sho&w"), page)
        self.period = QComboBox(page)
        self.period.setAccessibleName(self.tr("Show contacts from"))
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period.currentIndexChanged.connect(self._on_period)
        label.setBuddy(self.period)
        self.count = QLabel(page)
        self.count.setAccessibleName(self.tr("How many contacts are listed"))
        choose.addWidget(label)
        choose.addWidget(self.period)
        choose.addSpacing(self.fontMetrics().height())
        choose.addWidget(self.count)
        choose.addStretch(1)
        layout.addLayout(choose)
        layout.addWidget(self._build_table(page), stretch=1)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"), page)
        self.open_button.setAccessibleName(self.tr("Open the selected contact to correct it"))
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("&Delete…"), page)
        self.delete_button.setAccessibleName(self.tr("Delete the selected contact"))
        self.delete_button.clicked.connect(self.ask_delete)
        # What the buttons did is said beside them, not on a line of its own below.
        self.status = QLabel(page)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Past contacts status"))
        buttons.addWidget(self.open_button, alignment=Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.delete_button, alignment=Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.status, stretch=1)
        layout.addLayout(buttons)
        layout.addWidget(self._build_confirm(page))
        return page

    def _build_table(self, page: QWidget) -> PastContactsTable:
        self.table = PastContactsTable(page)
        self.model = self.table.past_model
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.ask_delete)
        return self.table

    def _build_confirm(self, page: QWidget) -> QFrame:
        self.confirm = QFrame(page)
        self.confirm.setFrameShape(QFrame.Shape.StyledPanel)
        self.confirm.setAccessibleName(self.tr("Confirm deleting a contact"))
        row = QHBoxLayout(self.confirm)
        self.confirm_text = QLabel(self.confirm)
        self.confirm_text.setWordWrap(True)
        self.confirm_yes = QPushButton(self.tr("&Yes, delete it"), self.confirm)
        self.confirm_yes.setAccessibleName(self.tr("Yes, delete this contact for good"))
        self.confirm_yes.clicked.connect(self._on_delete_confirmed)
        self.confirm_no = QPushButton(self.tr("&Keep it"), self.confirm)
        self.confirm_no.setAccessibleName(self.tr("Keep this contact"))
        self.confirm_no.clicked.connect(self._hide_confirm)
        row.addWidget(self.confirm_text, stretch=1)
        row.addWidget(self.confirm_yes)
        row.addWidget(self.confirm_no)
        self.confirm.hide()
        return self.confirm

    def _fill_periods(self) -> None:
        """Offer the periods as of today, keeping the choice (the app may stay open overnight)."""
        fresh = periods(self._today(), tr=QCoreApplication.translate, month_words=month_year)
        if fresh == self._periods:
            return
        index = max(0, self.period.currentIndex())
        self._periods = fresh
        self.period.blockSignals(True)  # a refill is not the supporter's choice
        self.period.clear()
        self.period.addItems([p.label for p in fresh])
        self.period.setCurrentIndex(min(index, len(fresh) - 1))
        self.period.blockSignals(False)

    # -- the list ------------------------------------------------------------------------

    def _submit(self, fn: Callable[[], T], on_done: Callable[[T], None], undone: str) -> None:
        def failed(error: BaseException) -> None:
            self._on_error(error, undone)

        self._jobs.run(fn, on_done, failed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's API
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the list for the chosen period again (at once if shown, else when shown)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._fill_periods()
        period, store = self._periods[self.period.currentIndex()], self._store
        today = self._today()
        self._submit(
            lambda: past_rows(store.listed_between(period.start, period.end), today,
                              QCoreApplication.translate, short_date),
            self._on_loaded,
            self.tr("the list cannot be shown"),
        )

    def _on_period(self) -> None:
        self.status.clear()  # a message about another period would mislead
        self.refresh()

    def _on_loaded(self, rows: list[PastRow]) -> None:
        keep = self._select_after if self._select_after is not None else self.selected_id()
        self._select_after = None
        self.model.set_rows(rows)
        self.count.setText(self._count_text(len(rows)))
        at = self.model.row_of(keep) if keep is not None else None
        if rows:  # a row is always chosen, so Enter opens and Delete asks at once
            self.table.selectRow(0 if at is None else at)
        self._render_buttons()
        self.loaded.emit()

    def _on_error(self, error: BaseException, undone: str) -> None:
        log.warning("peer log vault job failed: %s", type(error).__name__)
        words = failure_text(error, undone, QCoreApplication.translate, CAUSES)
        if self.stack.currentWidget() is self.editor:
            self.editor.show_failure(words)
        else:
            self.status.setText(words)

    def selected(self) -> PastRow | None:
        return self.table.selected()

    def selected_id(self) -> int | None:
        row = self.selected()
        return None if row is None else row.contact_id

    def _on_selection(self) -> None:
        self._hide_confirm()
        self._render_buttons()

    def _render_buttons(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # -- opening and correcting ----------------------------------------------------------

    def open_selected(self) -> None:
        """Read the selected contact whole (on the worker), then show it in the edit form."""
        row = self.selected()
        if row is None:
            return
        self._hide_confirm()
        self.status.clear()
        contact_id, store = row.contact_id, self._store
        self._opening = contact_id
        self._submit(
            lambda: store.get(contact_id),
            lambda contact: self._on_fetched(contact_id, contact),
            self.tr("the contact cannot be opened"),
        )

    def _on_fetched(self, contact_id: int, contact: PeerContact) -> None:
        if self._opening != contact_id:  # another contact was asked for since, or none
            return
        self._opening = None
        self.editor.open(contact_id, contact)
        self.stack.setCurrentWidget(self.editor)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.opened.emit()

    def show_list(self) -> None:
        """Back to the list, the contact that was open still selected."""
        self._opening = None
        self.stack.setCurrentWidget(self.list_page)
        self.editor.clear()  # the note leaves the screen with the form
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_correction(self, correction: Correction) -> None:
        store = self._store
        self._submit(
            lambda: store.update(correction.contact_id, correction.contact, correction.dismissed),
            lambda _: self._on_corrected(correction.contact_id),
            self.tr("the changes were not saved"),
        )

    def _on_corrected(self, contact_id: int) -> None:
        self._select_after = contact_id
        self.show_list()
        self.status.setText(self.tr(SAVED_TEXT))
        self.refresh()
        self.changed.emit()

    # -- deleting ------------------------------------------------------------------------

    def ask_delete(self) -> None:
        """Ask under the list whether to delete the selected contact; Keep it has the focus."""
        row = self.selected()
        if row is None:
            return
        date_text, kind, role = row.cells[:3]
        self.confirm_text.setText(self.tr(
            "Delete the contact of {day} ({kind}, {role}), with its note? This cannot be undone."
        ).format(day=date_text, kind=kind, role=role.lower()))
        self.confirm.show()
        self.delete_button.setEnabled(False)
        self.confirm_no.setFocus(Qt.FocusReason.OtherFocusReason)

    def _hide_confirm(self) -> None:
        focus = self.focusWidget()
        if focus is not None and self.confirm.isAncestorOf(focus):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.confirm.hide()
        self._render_buttons()

    def _on_delete_confirmed(self) -> None:
        contact_id = self.selected_id()
        self._hide_confirm()
        if contact_id is None:
            return
        store = self._store
        self._submit(
            lambda: store.delete(contact_id), lambda _: self._on_deleted(),
            self.tr("nothing was deleted")
        )

    def _on_deleted(self) -> None:
        self.status.setText(self.tr(DELETED_TEXT))
        self.refresh()
        self.changed.emit()

    # -- the shell's hook ----------------------------------------------------------------

    def clear_personal_data(self) -> None:
        """Empty the list and the form and drop results still on their way."""
        self._jobs.forget()
        self._select_after = None
        self.show_list()
        self._hide_confirm()
        self.model.set_rows([])
        self.count.clear()
        self.status.clear()
        self._stale = True

    def _count_text(self, count: int) -> str:
        if count == 0:
            return self.tr("No contacts in this period")
        return (self.tr("%n contact", "", count) if count == 1
                else self.tr("%n contacts", "", count))
