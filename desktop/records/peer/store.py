"""The peer contact log in the vault, and the counts the aggregate report is built from.

Saving re-checks the note for identifiers here, at the last step, whatever the view did:
a note with an identifier the supporter has not redacted or marked "not an identifier" is
refused (`UnresolvedIdentifiers`). A mark is kept as (kind, text), so it survives edits
that move the text; it covers that exact text wherever it appears in this note.

`counts` reads the category columns and the month only: the report code never sees a
row, a day or a note. Every method runs vault queries, so in the app it runs on the worker thread.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, Final

from desktop.records.peer import deid
from desktop.records.peer.model import (
    ContactType,
    Event,
    PeerContact,
    Referral,
    RoleGroup,
    Support,
    codes_from_text,
    codes_to_text,
)
from desktop.records.peer.report import DURATION_BUCKETS, TABLE_IDS
from desktop.vault_queries import VaultQueries

_FIELDS: Final = (
    "contact_date", "contact_type", "role_group", "events", "support_given", "referrals",
    "duration_minutes", "follow_up_date", "follow_up_done", "note", "recorded_at",
)
_COLUMNS: Final = ", ".join(_FIELDS)
# The same columns for a list: SQL puts an empty text where the note is, so no note is read.
_NOTELESS_COLUMNS: Final = ", ".join("''" if f == "note" else f for f in _FIELDS)
_BUCKET_SQL: Final = (
    "CASE "
    + " ".join(
        f"WHEN duration_minutes BETWEEN {low} AND {high} THEN '{code}'"
        for code, _label, low, high in DURATION_BUCKETS
    )
    + " END"
)
# The report tables in the order `counts` selects their columns.
_COUNT_TABLES: Final = ("contact_type", "role_group", "duration", "events", "support", "referrals")
_SEVERAL: Final = frozenset({"events", "support", "referrals"})

Dismissed = frozenset[tuple[str, str]]  # (kind, text) the supporter marked "not an identifier"


class UnresolvedIdentifiers(ValueError):
    """The note still holds identifiers; `kinds` names their kinds (never their text)."""

    def __init__(self, kinds: list[str]) -> None:
        super().__init__("the note still holds identifiers: " + ", ".join(kinds))
        self.kinds = kinds


def unresolved(
    note: str,
    dismissed: Iterable[tuple[str, str]] = (),
    find: Callable[[str], list[deid.Span]] | None = None,
) -> list[deid.Span]:
    """The identifiers found in `note` that the supporter has not marked as fine."""
    marked = set(dismissed)
    spans = (find or deid.find_identifiers)(note)
    return [s for s in spans if (s.kind, s.text) not in marked]


class PeerLogStore:
    """Reads and writes peer contacts in an unlocked vault.

    Args:
        vault: an unlocked `crypto.vault.Vault` (used from the worker thread only).
    """

    def __init__(self, vault: VaultQueries) -> None:
        self._vault = vault

    def save(self, contact: PeerContact, dismissed: Dismissed = frozenset()) -> int:
        """Store a new contact; returns its row id.

        Raises:
            UnresolvedIdentifiers: the note holds an identifier not marked as fine.
            DiskFull, VaultError: from the vault; nothing is half-written.
        """
        values = _values(contact, dismissed)
        with self._vault.transaction() as conn:
            cursor = conn.execute(
                f"INSERT INTO peer_contact ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608 - constant columns
                values,
            )
            return int(cursor.lastrowid)

    def save_all(self, contacts: Iterable[PeerContact]) -> int:
        """Store several contacts in one transaction (an import, the demo); returns how many.

        Raises:
            UnresolvedIdentifiers: a note holds an identifier; nothing is stored.
        """
        rows = [_values(contact, frozenset()) for contact in contacts]
        with self._vault.transaction() as conn:
            conn.executemany(
                f"INSERT INTO peer_contact ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608 - constant columns
                rows,
            )
        return len(rows)

    def update(
        self, contact_id: int, contact: PeerContact, dismissed: Dismissed = frozenset()
    ) -> None:
        """Replace the contact stored as `contact_id`.

        Raises:
            UnresolvedIdentifiers: as for `save`.
            KeyError: no contact has that id.
        """
        values = _values(contact, dismissed)
        with self._vault.transaction() as conn:
            cursor = conn.execute(
                "UPDATE peer_contact SET contact_date = ?, contact_type = ?, role_group = ?,"
                " events = ?, support_given = ?, referrals = ?, duration_minutes = ?,"
                " follow_up_date = ?, follow_up_done = ?, note = ?, recorded_at = ?"
                " WHERE id = ?",
                (*values, contact_id),
            )
            if cursor.rowcount == 0:
                raise KeyError(contact_id)

    def delete(self, contact_id: int) -> None:
        """Remove the contact stored as `contact_id`, note and all (a supporter's correction).

        Raises:
            KeyError: no contact has that id.
        """
        with self._vault.transaction() as conn:
            cursor = conn.execute("DELETE FROM peer_contact WHERE id = ?", (contact_id,))
            if cursor.rowcount == 0:
                raise KeyError(contact_id)

    def get(self, contact_id: int) -> PeerContact:
        """The contact stored as `contact_id`.

        Raises:
            KeyError: no contact has that id.
        """
        rows = self._select("WHERE id = ?", (contact_id,))
        if not rows:
            raise KeyError(contact_id)
        return rows[0][1]

    def recent(self, limit: int) -> list[tuple[int, PeerContact]]:
        """The latest `limit` contacts as (id, contact), newest first."""
        return self._select("ORDER BY contact_date DESC, id DESC LIMIT ?", (max(0, limit),))

    def between(self, start: date, end: date) -> list[tuple[int, PeerContact]]:
        """Contacts from `start` to `end` inclusive, oldest first."""
        return self._select(
            "WHERE contact_date BETWEEN ? AND ? ORDER BY contact_date, id",
            (start.isoformat(), end.isoformat()),
        )

    def listed_between(self, start: date, end: date) -> list[tuple[int, PeerContact]]:
        """As `between`, but every note is left blank: SQL never reads it.

        For lists (the past contacts): a row is read from across a room, and a note is
        only for the supporter who opens that one contact (`get`).
        """
        return self._select(
            "WHERE contact_date BETWEEN ? AND ? ORDER BY contact_date, id",
            (start.isoformat(), end.isoformat()),
            columns=_NOTELESS_COLUMNS,
        )

    def due_follow_ups(self, today: date) -> list[tuple[int, PeerContact]]:
        """Follow-ups not done whose date is today or past, oldest first."""
        return self._select(
            "WHERE follow_up_done = 0 AND follow_up_date IS NOT NULL"
            " AND follow_up_date <= ? ORDER BY follow_up_date, id",
            (today.isoformat(),),
        )

    def mark_follow_up_done(self, contact_id: int) -> None:
        """Record that the follow-up of `contact_id` happened.

        Raises:
            KeyError: no contact with a planned follow-up has that id.
        """
        with self._vault.transaction() as conn:
            cursor = conn.execute(
                "UPDATE peer_contact SET follow_up_done = 1"
                " WHERE id = ? AND follow_up_date IS NOT NULL",
                (contact_id,),
            )
            if cursor.rowcount == 0:
                raise KeyError(contact_id)

    def counts(self, start: date, end: date) -> dict[str, dict[tuple[str, str], int]]:
        """Counts per (row code, month) for every report table, contacts `start`..`end`.

        One scan reads the category columns only (never the note or the day: SQL cuts the
        date to its month), identical combinations are counted at C speed, and several-
        valued codes are split per combination. Faster than one GROUP BY per table.
        NOT INDEXED: a report covers most of a log, and a sequential scan of the encrypted
        pages is about five times faster than a row lookup per index entry (100,000
        contacts: 0.09 s against 0.4 s).
        """
        rows = self._vault.query(
            f"SELECT substr(contact_date, 1, 7), contact_type, role_group, {_BUCKET_SQL},"  # noqa: S608 - constant expressions
            " events, support_given, referrals FROM peer_contact NOT INDEXED"
            " WHERE contact_date BETWEEN ? AND ?",
            (start.isoformat(), end.isoformat()),
        )
        counts: dict[str, dict[tuple[str, str], int]] = {t: {} for t in TABLE_IDS}
        for (month, *codes), n in Counter(rows).items():
            for table, code in zip(_COUNT_TABLES, codes, strict=True):
                cells = counts[table]
                for one in code.split(",") if table in _SEVERAL else [code]:
                    if one:
                        cells[(one, month)] = cells.get((one, month), 0) + n
        return counts

    def _select(
        self, tail: str, params: tuple[Any, ...], columns: str = _COLUMNS
    ) -> list[tuple[int, PeerContact]]:
        rows = self._vault.query(f"SELECT id, {columns} FROM peer_contact {tail}", params)  # noqa: S608 - columns and tails are constants in this module
        return [(int(row[0]), _from_row(row[1:])) for row in rows]


def _values(contact: PeerContact, dismissed: Dismissed) -> tuple[Any, ...]:
    left = unresolved(contact.note, dismissed)
    if left:
        raise UnresolvedIdentifiers(sorted({s.kind for s in left}))
    return (
        contact.contact_date.isoformat(),
        contact.contact_type.value,
        contact.role_group.value,
        codes_to_text(contact.events, Event),
        codes_to_text(contact.support, Support),
        codes_to_text(contact.referrals, Referral),
        contact.duration_minutes,
        contact.follow_up.isoformat() if contact.follow_up else None,
        int(contact.follow_up_done),
        contact.note,
        contact.recorded_at.isoformat(),
    )


def _from_row(row: tuple[Any, ...]) -> PeerContact:
    (day, kind, role, events, support, referrals, minutes, follow_up, done, note, recorded_at) = row
    return PeerContact(
        contact_date=date.fromisoformat(day),
        contact_type=ContactType.from_code(kind),
        role_group=RoleGroup.from_code(role),
        events=codes_from_text(events, Event),
        support=codes_from_text(support, Support),
        referrals=codes_from_text(referrals, Referral),
        duration_minutes=int(minutes),
        follow_up=date.fromisoformat(follow_up) if follow_up else None,
        follow_up_done=bool(done),
        note=note,
        recorded_at=datetime.fromisoformat(recorded_at),
    )
