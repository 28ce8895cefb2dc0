"""The peer supporter's log page: record a contact in structured fields, see due follow-ups.

There is no name field. The note is checked for identifiers as it is typed (`NoteChecker`)
and Save stays disabled while one is unresolved; the store checks again on save. Every
vault call goes through the worker. Keyboard: every field has a mnemonic, Tab moves on,
Ctrl+Enter saves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Final, TypeVar, cast

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crypto.errors import DiskFull, VaultError
from desktop.peer_log.model import (
    DURATION_MAX_MINUTES,
    ContactType,
    Event,
    PeerContact,
    Referral,
    RoleGroup,
    Support,
)
from desktop.peer_log.note_view import NoteChecker
from desktop.peer_log.store import PeerLogStore, UnresolvedIdentifiers, VaultQueries
from desktop.shell.worker import Generation, Worker

log = logging.getLogger(__name__)
T = TypeVar("T")
SAVED_TEXT: Final = "Contact saved. Thank you for supporting a colleague."
CONTACT_ID_ROLE: Final = Qt.ItemDataRole.UserRole + 1


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def heading(text: str) -> QLabel:
    """A heading sized relative to the widget's font (it grows at 200% too)."""
    label = QLabel(f'<span style="font-size: large; font-weight: 600">{text}</span>')
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAccessibleName(text)
    return label


class _Choices(QGroupBox):
    """Check boxes for a several-allowed category, two to a row."""

    def __init__(
        self, title: str, members: list[Event] | list[Support] | list[Referral], parent: QWidget
    ) -> None:
        super().__init__(title, parent)
        self.setAccessibleName(title)
        grid = QGridLayout(self)
        self.boxes = {}
        for i, member in enumerate(members):
            box = QCheckBox(member.label, self)
            box.setAccessibleName(member.label)
            grid.addWidget(box, i // 2, i % 2)
            self.boxes[member] = box

    def chosen(self) -> frozenset[Event] | frozenset[Support] | frozenset[Referral]:
        return frozenset(m for m, box in self.boxes.items() if box.isChecked())  # type: ignore[return-value]  # one enum per group

    def clear(self) -> None:
        for box in self.boxes.values():
            box.setChecked(False)


class PeerLogPage(QWidget):
    """Log a support contact; see and close due follow-ups.

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
        self._worker = worker
        self._today = today
        self._now = now
        self._jobs = Generation()  # late results after clear_personal_data are dropped
        self._saving = False
        self._build()
        self.reset_form()
        self._load()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(heading("Log a support contact"))
        hint = QLabel(
            "Only categories are recorded: there is no place for a name, and none "
            "is needed. Ctrl+Enter saves.",
            content,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self._build_fields(content, layout)
        self._build_note(content, layout)

    def _build_fields(self, content: QWidget, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        self.day = QDateEdit(content)
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName("Date of contact")
        self.day.setDisplayFormat("d MMM yyyy")
        self.kind = QComboBox(content)
        self.kind.setAccessibleName("Contact type")
        self.role = QComboBox(content)
        self.role.setAccessibleName("Role group")
        for combo, members, prompt in (
            (self.kind, list(ContactType), "Choose how…"),
            (self.role, list(RoleGroup), "Choose a role group…"),
        ):
            combo.addItem(prompt, None)
            for member in members:
                combo.addItem(member.label, member)
        self.minutes = QSpinBox(content)
        self.minutes.setRange(0, DURATION_MAX_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(" min")
        self.minutes.setAccessibleName("Duration in minutes")
        form.addRow("&Date of contact", self.day)
        form.addRow("Contact &type", self.kind)
        form.addRow("R&ole group", self.role)
        form.addRow("D&uration", self.minutes)
        layout.addLayout(form)

        self.events = _Choices("What happened (at least one)", list(Event), content)
        self.support = _Choices("Support given", list(Support), content)
        self.referrals = _Choices("Referrals made (resource types)", list(Referral), content)
        for group in (self.events, self.support, self.referrals):
            layout.addWidget(group)

        follow = QHBoxLayout()
        self.follow = QCheckBox("&Follow up on", content)
        self.follow.setAccessibleName("Plan a follow-up")
        self.follow_day = QDateEdit(content)
        self.follow_day.setCalendarPopup(True)
        self.follow_day.setAccessibleName("Follow-up date")
        self.follow_day.setDisplayFormat("d MMM yyyy")
        self.follow.toggled.connect(self.follow_day.setEnabled)
        follow.addWidget(self.follow)
        follow.addWidget(self.follow_day)
        follow.addStretch(1)
        layout.addLayout(follow)

    def _build_note(self, content: QWidget, layout: QVBoxLayout) -> None:
        self.note = NoteChecker(content)
        self.note.state_changed.connect(self._render_save)
        layout.addWidget(self.note)
        self.save = QPushButton("&Save contact", content)
        self.save.setAccessibleName("Save contact")
        self.save.clicked.connect(self._on_save)
        layout.addWidget(self.save, alignment=Qt.AlignmentFlag.AlignLeft)
        self.status = QLabel(content)
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Peer log status")
        layout.addWidget(self.status)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._on_save)

        self._build_due(content, layout)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setFocusProxy(self.day)

    def _build_due(self, content: QWidget, layout: QVBoxLayout) -> None:
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(heading("Follow-ups due"))
        self.due_model = QStandardItemModel(self)
        self.due = QListView(content)
        self.due.setModel(self.due_model)
        self.due.setAccessibleName("Follow-ups due")
        self.due.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.due.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        layout.addWidget(self.due)
        self.done = QPushButton("Mark follow-up &done", content)
        self.done.setAccessibleName("Mark the selected follow-up done")
        self.done.clicked.connect(self._on_done)
        layout.addWidget(self.done, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)  # spare height goes below, not between the fields

    def reset_form(self) -> None:
        """An empty form for a contact today."""
        today = _qdate(self._today())
        self.day.setMaximumDate(today)
        self.day.setDate(today)
        self.kind.setCurrentIndex(0)
        self.role.setCurrentIndex(0)
        self.minutes.setValue(30)
        for group in (self.events, self.support, self.referrals):
            group.clear()
        self.follow.setChecked(False)
        self.follow_day.setEnabled(False)
        self.follow_day.setMinimumDate(today)
        self.follow_day.setDate(today.addDays(7))
        self.note.clear()
        self._render_save()

    # -- the worker ----------------------------------------------------------------------

    def _submit(self, fn: Callable[[], T], on_done: Callable[[T], None]) -> None:
        self._worker.submit(fn, self._jobs.guard(on_done), self._jobs.guard(self._on_error))

    def _load(self) -> None:
        store, today = self._store, self._today()
        self._submit(lambda: store.due_follow_ups(today), self._on_loaded)

    def _on_loaded(self, due: list[tuple[int, PeerContact]]) -> None:
        self.due_model.clear()
        for contact_id, contact in due:
            if contact.follow_up is None:
                continue  # the query asks for planned follow-ups only
            when = QDate(_qdate(contact.follow_up)).toString("d MMM")
            item = QStandardItem(f"{when} · {contact.summary()}")
            item.setData(contact_id, CONTACT_ID_ROLE)
            self.due_model.appendRow(item)
        if not due:
            self.due_model.appendRow(QStandardItem("No follow-ups are due."))
        self.done.setEnabled(bool(due))
        self.loaded.emit()

    def _on_error(self, error: BaseException) -> None:
        log.warning("peer log vault job failed: %s", type(error).__name__)
        self._saving = False
        if isinstance(error, UnresolvedIdentifiers):
            words = "The note still holds an identifier, so nothing was saved. Redact it first."
        elif isinstance(error, DiskFull):
            words = "The disk is full, so the contact was not saved. Free some space and retry."
        elif isinstance(error, VaultError):
            words = "The vault could not be reached, so nothing was saved."
        else:
            words = "Something went wrong and the contact was not saved. Please try again."
        self.status.setText(words)
        self._render_save()

    # -- actions -------------------------------------------------------------------------

    def _render_save(self) -> None:
        self.save.setEnabled(self.note.can_save and not self._saving)

    def contact(self) -> PeerContact:
        """The form as a contact.

        Raises:
            ValueError: a field is missing or wrong; the message says which.
        """
        kind, role = self.kind.currentData(), self.role.currentData()
        if kind is None:
            raise ValueError("Choose the contact type.")
        if role is None:
            raise ValueError("Choose the role group.")
        follow_up = _pydate(self.follow_day.date()) if self.follow.isChecked() else None
        # Each group was built from one enum, so its chosen set holds that enum only.
        return PeerContact(
            contact_date=_pydate(self.day.date()),
            contact_type=kind,
            role_group=role,
            events=cast(frozenset[Event], self.events.chosen()),
            duration_minutes=self.minutes.value(),
            recorded_at=self._now(),
            support=cast(frozenset[Support], self.support.chosen()),
            referrals=cast(frozenset[Referral], self.referrals.chosen()),
            follow_up=follow_up,
            note=self.note.text.strip(),
        )

    def _on_save(self) -> None:
        if self._saving or not self.save.isEnabled():
            return
        try:
            contact = self.contact()
        except ValueError as exc:
            words = str(exc)
            self.status.setText(words[:1].upper() + words[1:])
            return
        self._saving = True
        self._render_save()
        store, accepted = self._store, self.note.accepted
        self._submit(lambda: store.save(contact, accepted), self._on_saved)

    def _on_saved(self, contact_id: int) -> None:
        self._saving = False
        self.reset_form()
        self.status.setText(SAVED_TEXT)
        self.saved.emit(contact_id)
        self._load()

    def _on_done(self) -> None:
        index = self.due.currentIndex()
        contact_id = index.data(CONTACT_ID_ROLE) if index.isValid() else None
        if contact_id is None:
            self.status.setText("Select a follow-up first.")
            return
        store = self._store
        self._submit(lambda: store.mark_follow_up_done(contact_id), lambda _: self._load())

    # -- the shell's hooks ---------------------------------------------------------------

    def clear_personal_data(self) -> None:
        """Empty every widget that shows log data and drop results still on their way."""
        self._jobs.bump()
        self._saving = False
        self.reset_form()
        self.due_model.clear()
        self.status.clear()
