"""The supporter's past contacts as the list shows them: the periods offered and the rows.

A row holds the contact's id and the text of its structured fields only, never the note:
a list can be read from across a room, and a note is for the supporter who opens that one
contact. The list is read without notes (`PeerLogStore.listed_between`); opening a contact
reads it whole (`PeerLogStore.get`). A correction keeps what the edit form does not show
(when the contact was recorded, whether its follow-up happened), taken from that whole
contact. Plain Python, so the list view only displays what is computed here.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Final

from desktop.peer_log.model import Event, PeerContact

RECENT_DAYS: Final = 90
MONTHS_OFFERED: Final = 12
COLUMNS: Final = ("Date", "Contact type", "Role group", "What happened", "Duration", "Follow-up")
NO_FOLLOW_UP: Final = "None"
# English, like the rest of the app, whatever locale Qt set for the C library.
_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)


@dataclass(frozen=True)
class Period:
    """The contacts from `start` to `end`, both days included, and what the choice is called."""

    label: str
    start: date
    end: date


def periods(today: date, months: int = MONTHS_OFFERED) -> list[Period]:
    """The choices, most useful first: the last 90 days, each recent month, everything."""
    choices = [Period(f"Last {RECENT_DAYS} days", today - timedelta(days=RECENT_DAYS - 1), today)]
    year, month = today.year, today.month
    for _ in range(months):
        last = calendar.monthrange(year, month)[1]
        choices.append(
            Period(f"{_MONTHS[month - 1]} {year}", date(year, month, 1), date(year, month, last))
        )
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    choices.append(Period("All contacts", date.min, date.max))
    return choices


def day_text(day: date) -> str:
    """A day as the list writes it: "20 Jun 2025"."""
    return f"{day.day} {_MONTHS[day.month - 1][:3]} {day.year}"


def duration_text(minutes: int) -> str:
    """ "45 min", "1 h", "1 h 30 min"."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h" + (f" {rest} min" if rest else "")


def overdue(contact: PeerContact, today: date | None) -> bool:
    """Whether the planned follow-up's day has passed without it being done."""
    return (today is not None and contact.follow_up is not None
            and not contact.follow_up_done and contact.follow_up < today)


def follow_up_text(contact: PeerContact, today: date | None = None) -> str:
    """When the follow-up is planned, and whether it happened (or is overdue)."""
    if contact.follow_up is None:
        return NO_FOLLOW_UP
    if contact.follow_up_done:
        return day_text(contact.follow_up) + ", done"
    return day_text(contact.follow_up) + (", overdue" if overdue(contact, today) else "")


@dataclass(frozen=True)
class PastRow:
    """One contact as a list row: its id and the text of each column (never its note)."""

    contact_id: int
    cells: tuple[str, ...]
    overdue: bool = False  # its follow-up's day has passed, not done: the list shows it

    def spoken(self) -> str:
        """The row as a screen reader says it ("Date: 20 Jun 2025, Contact type: Phone, …")."""
        return ", ".join(f"{name}: {cell}" for name, cell in zip(COLUMNS, self.cells, strict=True))


def cells(contact: PeerContact, today: date | None = None) -> tuple[str, ...]:
    """The text of each column in `COLUMNS` (the structured fields; never the note)."""
    return (
        day_text(contact.contact_date),
        contact.contact_type.label,
        contact.role_group.label,
        ", ".join(e.label for e in Event if e in contact.events),
        duration_text(contact.duration_minutes),
        follow_up_text(contact, today),
    )


def past_rows(contacts: Iterable[tuple[int, PeerContact]], today: date | None = None
              ) -> list[PastRow]:
    """One row per (id, contact), newest first: by day, then the one logged last.

    With `today`, a follow-up whose day has passed undone reads "overdue". A row keeps no
    reference to its contact, so whatever note a contact holds is not kept.
    """
    ordered = sorted(contacts, key=lambda pair: (pair[1].contact_date, pair[0]), reverse=True)
    return [PastRow(contact_id, cells(contact, today), overdue(contact, today))
            for contact_id, contact in ordered]


def corrected(original: PeerContact, edited: PeerContact) -> PeerContact:
    """`edited` (the form) with what the form does not show taken from `original`.

    `original` is the contact as stored (read whole when it was opened, not a list row).

    The contact keeps the time it was first recorded. Its follow-up stays done only while
    it is the same follow-up: a new date is a new plan, and no date means nothing to do.
    """
    same_follow_up = edited.follow_up is not None and edited.follow_up == original.follow_up
    return replace(
        edited,
        recorded_at=original.recorded_at,
        follow_up_done=original.follow_up_done and same_follow_up,
    )
