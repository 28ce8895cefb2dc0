"""The fields of one peer contact, shared by the form that records it and the one that corrects it.

Structured fields only, plus the note checked for identifiers as it is typed (`NoteChecker`).
There is no name field. The form never touches the vault: the page that holds it saves.
Keyboard: every field has a mnemonic (Alt+D, T, O, U, F, N) and Tab moves on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.peer_log.note_view import NoteChecker
from desktop.records.peer.model import (
    DURATION_MAX_MINUTES,
    LABEL_CONTEXT,
    ContactType,
    Event,
    PeerContact,
    Referral,
    RoleGroup,
    Support,
)
from desktop.ui.dates import date_edit_format
from desktop.ui.narrow import WrappingCheckBox
from desktop.words import Translate, english

DEFAULT_MINUTES = 30
DEFAULT_FOLLOW_UP_DAYS = 7


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class _Choices(QGroupBox):
    """Check boxes for a several-allowed category: two to a row when they fit, else one,
    so the form never scrolls sideways (600 px at 200 % text)."""

    def __init__(
        self, title: str, members: list[Event] | list[Support] | list[Referral], parent: QWidget
    ) -> None:
        super().__init__(title, parent)
        self.setAccessibleName(title)
        self._grid = QGridLayout(self)
        self._columns = 0
        self.boxes = {}
        for member in members:
            label = QCoreApplication.translate(LABEL_CONTEXT, member.label)
            box = WrappingCheckBox(label, self)
            box.setAccessibleName(label)
            self.boxes[member] = box
        self._arrange(2)

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for box in self.boxes.values():
            self._grid.removeWidget(box)
        for i, box in enumerate(self.boxes.values()):  # the order reads across the rows
            self._grid.addWidget(box, i // columns, i % columns)

    def _widest(self) -> int:
        return max(box.sizeHint().width() for box in self.boxes.values())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as one column of boxes: the groups may stack their boxes."""
        hint = super().minimumSizeHint()
        if self._columns > 1:
            hint.setWidth(hint.width() - self._widest() - self._grid.horizontalSpacing())
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        margins = self._grid.contentsMargins()
        two = 2 * self._widest() + self._grid.horizontalSpacing()
        room = self.contentsRect().width() - margins.left() - margins.right()
        self._arrange(2 if room >= two else 1)

    def chosen(self) -> frozenset[Event] | frozenset[Support] | frozenset[Referral]:
        return frozenset(m for m, box in self.boxes.items() if box.isChecked())  # type: ignore[return-value]  # one enum per group

    def set_chosen(
        self, members: frozenset[Event] | frozenset[Support] | frozenset[Referral]
    ) -> None:
        for member, box in self.boxes.items():
            box.setChecked(member in members)


class ContactForm(QWidget):
    """Date, contact type, role group, duration, what happened, support, referrals,
    follow-up and the note.

    The follow-up cannot be set before the contact's day: its minimum follows the day.

    Args:
        today: the supporter's local date; no contact is dated after it.
    """

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._build_fields(layout)
        self._build_groups(layout)
        self.note = NoteChecker(self)
        layout.addWidget(self.note)
        self.setFocusProxy(self.day)

    def _build_fields(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        # Fields as wide as their content, not the window: a date is not a paragraph.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        # A field goes under its label when both do not fit side by side: in Spanish at
        # 200 % text the role groups' chooser pushed the form 60 px wider than the window.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(self.tr("Date of contact"))
        self.day.setDisplayFormat(date_edit_format())
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Contact type"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role group"))
        for combo, members, prompt in (
            (self.kind, list(ContactType), self.tr("Choose how…")),
            (self.role, list(RoleGroup), self.tr("Choose a role group…")),
        ):
            combo.addItem(prompt, None)
            for member in members:
                combo.addItem(QCoreApplication.translate(LABEL_CONTEXT, member.label), member)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, DURATION_MAX_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Duration in minutes"))
        form.addRow(self.tr("&Date of contact"), self.day)
        form.addRow(self.tr("Contact &type"), self.kind)
        form.addRow(self.tr("R&ole group"), self.role)
        form.addRow(self.tr("D&uration"), self.minutes)
        layout.addLayout(form)

    def _build_groups(self, layout: QVBoxLayout) -> None:
        self.events = _Choices(self.tr("What happened (at least one)"), list(Event), self)
        self.support = _Choices(self.tr("Support given"), list(Support), self)
        self.referrals = _Choices(self.tr("Referrals made (resource types)"), list(Referral), self)
        for group in (self.events, self.support, self.referrals):
            layout.addWidget(group)

        follow = QHBoxLayout()
        self.follow = QCheckBox(self.tr("&Follow up on"), self)
        self.follow.setAccessibleName(self.tr("Plan a follow-up"))
        self.follow_day = QDateEdit(self)
        self.follow_day.setCalendarPopup(True)
        self.follow_day.setAccessibleName(self.tr("Follow-up date"))
        self.follow_day.setDisplayFormat(date_edit_format())
        self.follow.toggled.connect(self.follow_day.setEnabled)
        self.day.dateChanged.connect(self.follow_day.setMinimumDate)  # never before the contact
        follow.addWidget(self.follow)
        follow.addWidget(self.follow_day)
        follow.addStretch(1)
        layout.addLayout(follow)

    @property
    def can_save(self) -> bool:
        """Whether the note is checked and holds no unresolved identifier."""
        return self.note.can_save

    def reset(self) -> None:
        """An empty form for a contact today, with a follow-up offered a week on."""
        today = qdate(self._today())
        self._show(
            today, None, None, DEFAULT_MINUTES, (frozenset(), frozenset(), frozenset()), None
        )
        self.follow_day.setDate(today.addDays(DEFAULT_FOLLOW_UP_DAYS))
        self.note.clear()

    def load(self, contact: PeerContact) -> None:
        """Show `contact` to be corrected, its note checked again at once."""
        groups = (contact.events, contact.support, contact.referrals)
        self._show(
            qdate(contact.contact_date),
            contact.contact_type,
            contact.role_group,
            contact.duration_minutes,
            groups,
            contact.follow_up,
        )
        self.note.set_text(contact.note)

    def _show(
        self,
        day: QDate,
        kind: ContactType | None,
        role: RoleGroup | None,
        minutes: int,
        groups: tuple[frozenset[Event], frozenset[Support], frozenset[Referral]],
        follow_up: date | None,
    ) -> None:
        self.day.setMaximumDate(max(qdate(self._today()), day))
        self.day.setDate(day)
        self.follow_day.setMinimumDate(day)  # a follow-up is never before its contact
        self.kind.setCurrentIndex(self.kind.findData(kind) if kind else 0)
        self.role.setCurrentIndex(self.role.findData(role) if role else 0)
        self.minutes.setValue(minutes)
        events, support, referrals = groups
        self.events.set_chosen(events)
        self.support.set_chosen(support)
        self.referrals.set_chosen(referrals)
        self.follow.setChecked(follow_up is not None)
        self.follow_day.setEnabled(follow_up is not None)
        if follow_up is not None:
            self.follow_day.setDate(qdate(follow_up))

    def contact(self, now: datetime) -> PeerContact:
        """The form as a contact recorded at `now`.

        Raises:
            ValueError: a field is missing or wrong; the message says which.
        """
        kind, role = self.kind.currentData(), self.role.currentData()
        if kind is None:
            raise ValueError(self.tr("Choose the contact type."))
        if role is None:
            raise ValueError(self.tr("Choose the role group."))
        follow_up = pydate(self.follow_day.date()) if self.follow.isChecked() else None
        # Each group was built from one enum, so its chosen set holds that enum only.
        return PeerContact(
            contact_date=pydate(self.day.date()),
            contact_type=kind,
            role_group=role,
            events=cast(frozenset[Event], self.events.chosen()),
            duration_minutes=self.minutes.value(),
            recorded_at=now,
            support=cast(frozenset[Support], self.support.chosen()),
            referrals=cast(frozenset[Referral], self.referrals.chosen()),
            follow_up=follow_up,
            note=self.note.text.strip(),
        )


def sentence(error: ValueError, tr: Translate = english) -> str:
    """A model error as a sentence on screen ("Choose at least one…"), translated when
    the model marked its words (a form's own error comes translated already)."""
    words = tr(LABEL_CONTEXT, str(error))
    return words[:1].upper() + words[1:]
