"""The supporter's past contacts as the list shows them: the periods offered and the rows.

A row holds the contact's id and the text of its structured fields only, never the note:
a list can be read from across a room, and a note is for the supporter who opens that one
contact. The list is read without notes (`PeerLogStore.listed_between`); opening a contact
reads it whole (`PeerLogStore.get`). A correction keeps what the edit form does not show
(when the contact was recorded, whether its follow-up happened), taken from that whole
contact. Plain Python, so the list view only displays what is computed here; dates are
written by the function the view passes (`desktop.ui.dates`), ISO 8601 when none is.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Final

from desktop.records.peer.model import LABEL_CONTEXT, Event, PeerContact
from desktop.words import QT_TRANSLATE_NOOP, Translate, english

RECENT_DAYS: Final = 90
MONTHS_OFFERED: Final = 12
CONTEXT: Final = "PastContacts"
COLUMNS: Final = (
    QT_TRANSLATE_NOOP("PastContacts", "Date"),
    QT_TRANSLATE_NOOP("PastContacts", "Contact type"),
    QT_TRANSLATE_NOOP("PastContacts", "Role group"),
    QT_TRANSLATE_NOOP("PastContacts", "What happened"),
    QT_TRANSLATE_NOOP("PastContacts", "Duration"),
    QT_TRANSLATE_NOOP("PastContacts", "Follow-up"),
)
NO_FOLLOW_UP: Final = QT_TRANSLATE_NOOP("PastContacts", "None")
_LAST_DAYS: Final = QT_TRANSLATE_NOOP("PastContacts", "Last {days} days")
_ALL: Final = QT_TRANSLATE_NOOP("PastContacts", "All contacts")
_MINUTES: Final = QT_TRANSLATE_NOOP("PastContacts", "{minutes} min")
_HOURS: Final = QT_TRANSLATE_NOOP("PastContacts", "{hours} h")
_HOURS_MINUTES: Final = QT_TRANSLATE_NOOP("PastContacts", "{hours} h {minutes} min")
_DONE: Final = QT_TRANSLATE_NOOP("PastContacts", "{day}, done")
_OVERDUE: Final = QT_TRANSLATE_NOOP("PastContacts", "{day}, overdue")


# Writes a date for a person; the view passes the locale's (`desktop.ui.dates`).
DateWords = Callable[[date], str]


def _iso_month(day: date) -> str:
    return day.isoformat()[:7]


@dataclass(frozen=True)
class Period:
    """The contacts from `start` to `end`, both days included, and what the choice is called."""

    label: str
    start: date
    end: date


def periods(today: date, months: int = MONTHS_OFFERED, tr: Translate = english,
            month_words: DateWords = _iso_month) -> list[Period]:
    """The choices, most useful first: the last 90 days, each recent month, everything.

    A month is named by `month_words` of its first day ("March 2025"; "2025-03" if unsaid).
    """
    recent = tr(CONTEXT, _LAST_DAYS).format(days=RECENT_DAYS)
    choices = [Period(recent, today - timedelta(days=RECENT_DAYS - 1), today)]
    year, month = today.year, today.month
    for _ in range(months):
        last = calendar.monthrange(year, month)[1]
        choices.append(
            Period(month_words(date(year, month, 1)), date(year, month, 1),
                   date(year, month, last))
        )
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    choices.append(Period(tr(CONTEXT, _ALL), date.min, date.max))
    return choices


def duration_text(minutes: int, tr: Translate = english) -> str:
    """ "45 min", "1 h", "1 h 30 min"."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return tr(CONTEXT, _MINUTES).format(minutes=rest)
    if not rest:
        return tr(CONTEXT, _HOURS).format(hours=hours)
    return tr(CONTEXT, _HOURS_MINUTES).format(hours=hours, minutes=rest)


def overdue(contact: PeerContact, today: date | None) -> bool:
    """Whether the planned follow-up's day has passed without it being done."""
    return (today is not None and contact.follow_up is not None
            and not contact.follow_up_done and contact.follow_up < today)


def follow_up_text(contact: PeerContact, today: date | None = None,
                   tr: Translate = english, day_words: DateWords = date.isoformat) -> str:
    """When the follow-up is planned, and whether it happened (or is overdue)."""
    if contact.follow_up is None:
        return tr(CONTEXT, NO_FOLLOW_UP)
    day = day_words(contact.follow_up)
    if contact.follow_up_done:
        return tr(CONTEXT, _DONE).format(day=day)
    return tr(CONTEXT, _OVERDUE).format(day=day) if overdue(contact, today) else day


@dataclass(frozen=True)
class PastRow:
    """One contact as a list row: its id and the text of each column (never its note)."""

    contact_id: int
    cells: tuple[str, ...]
    overdue: bool = False  # its follow-up's day has passed, not done: the list shows it

    def spoken(self, tr: Translate = english) -> str:
        """The row as a screen reader says it ("Date: Jun 20, 2025, Contact type: Phone, …")."""
        return ", ".join(f"{tr(CONTEXT, name)}: {cell}"
                         for name, cell in zip(COLUMNS, self.cells, strict=True))


def cells(contact: PeerContact, today: date | None = None, tr: Translate = english,
          day_words: DateWords = date.isoformat) -> tuple[str, ...]:
    """The text of each column in `COLUMNS` (the structured fields; never the note)."""
    return (
        day_words(contact.contact_date),
        tr(LABEL_CONTEXT, contact.contact_type.label),
        tr(LABEL_CONTEXT, contact.role_group.label),
        ", ".join(tr(LABEL_CONTEXT, e.label) for e in Event if e in contact.events),
        duration_text(contact.duration_minutes, tr),
        follow_up_text(contact, today, tr, day_words),
    )


def past_rows(contacts: Iterable[tuple[int, PeerContact]], today: date | None = None,
              tr: Translate = english, day_words: DateWords = date.isoformat
              ) -> list[PastRow]:
    """One row per (id, contact), newest first: by day, then the one logged last.

    With `today`, a follow-up whose day has passed undone reads "overdue". A row keeps no
    reference to its contact, so whatever note a contact holds is not kept.
    """
    ordered = sorted(contacts, key=lambda pair: (pair[1].contact_date, pair[0]), reverse=True)
    return [PastRow(contact_id, cells(contact, today, tr, day_words), overdue(contact, today))
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
