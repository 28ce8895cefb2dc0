"""What a peer support contact is: structured facts that identify no one.

There is deliberately no field for a name, a unit, a shift or a free-form place: the
categories below are the whole record, plus an optional short note that the store checks
for identifiers before it is saved. A `PeerContact` is always valid; every rule is checked
when one is built, with a message that names the field.

Codes are what the vault stores (comma-separated for the several-allowed fields) and what
the aggregate report uses as row keys; labels are what people read. Adding a code needs a
schema migration too, so an older Confide refuses the vault instead of failing on it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import Final, TypeVar

from desktop.words import QT_TRANSLATE_NOOP, Translate, english

NOTE_MAX_CHARS: Final = 500  # short on purpose: the log is for counts, not case notes
DURATION_MAX_MINUTES: Final = 1440
_SEPARATOR: Final = ","
LABEL_CONTEXT: Final = "PeerContact"  # the labels' translation context

E = TypeVar("E", bound="_Coded")


class _Coded(Enum):
    """An enum whose value is the stored code and which carries a label for people."""

    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def from_code(cls: type[E], code: str) -> E:
        """The member stored as `code`.

        Raises:
            ValueError: `code` is not one of the known codes.
        """
        try:
            return cls(code)
        except ValueError:
            known = ", ".join(m.value for m in cls)
            raise ValueError(f"unknown {cls.__name__} code {code!r}; known: {known}") from None


class ContactType(_Coded):
    """How the contact happened."""

    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    GROUP_DEBRIEF = "group_debrief"


class RoleGroup(_Coded):
    """The colleague's broad role group (never a unit or a job title that could single out)."""

    NURSE = "nurse"
    PHYSICIAN = "physician"
    RESIDENT_FELLOW = "resident_fellow"
    STUDENT = "student"
    ADVANCED_PRACTICE = "advanced_practice"
    PHARMACIST = "pharmacist"
    ALLIED_HEALTH = "allied_health"
    SUPPORT_STAFF = "support_staff"
    OTHER = "other"


class Event(_Coded):
    """What happened that brought the colleague to peer support (several allowed)."""

    ADVERSE_EVENT = "adverse_event"
    PATIENT_DEATH = "patient_death"
    WORKPLACE_VIOLENCE = "workplace_violence"
    LITIGATION = "litigation"
    MORAL_DISTRESS = "moral_distress"
    PERSONAL_FAMILY = "personal_family"
    SURGE = "surge"
    OTHER = "other"


class Support(_Coded):
    """What the peer supporter offered (several allowed)."""

    LISTENING = "listening"
    NORMALISING = "normalising"
    COPING = "coping"
    SELF_CARE = "self_care"
    PRACTICAL = "practical"
    FOLLOW_UP_ARRANGED = "follow_up_arranged"
    OTHER = "other"


class Referral(_Coded):
    """A kind of resource the colleague was referred to (the referral directory's types)."""

    EAP = "eap"
    CRISIS_LINE = "crisis_line"
    SUPPORT_LINE = "support_line"
    COUNSELOR = "counselor"
    PSYCHIATRY = "psychiatry"
    SUBSTANCE_USE = "substance_use"
    PHYSICIAN_HEALTH_PROGRAM = "physician_health_program"
    CHAPLAIN = "chaplain"
    PEER_GROUP = "peer_group"
    OTHER = "other"


_LABELS: Final[dict[Enum, str]] = {
    ContactType.IN_PERSON: QT_TRANSLATE_NOOP("PeerContact", "One-to-one in person"),
    ContactType.PHONE: QT_TRANSLATE_NOOP("PeerContact", "Phone"),
    ContactType.VIDEO: QT_TRANSLATE_NOOP("PeerContact", "Video"),
    ContactType.GROUP_DEBRIEF: QT_TRANSLATE_NOOP("PeerContact", "Group debrief"),
    RoleGroup.NURSE: QT_TRANSLATE_NOOP("PeerContact", "Nurse"),
    RoleGroup.PHYSICIAN: QT_TRANSLATE_NOOP("PeerContact", "Physician"),
    RoleGroup.RESIDENT_FELLOW: QT_TRANSLATE_NOOP("PeerContact", "Resident or fellow"),
    RoleGroup.STUDENT: QT_TRANSLATE_NOOP("PeerContact", "Student"),
    RoleGroup.ADVANCED_PRACTICE: QT_TRANSLATE_NOOP("PeerContact", "Advanced practice"),
    RoleGroup.PHARMACIST: QT_TRANSLATE_NOOP("PeerContact", "Pharmacist"),
    RoleGroup.ALLIED_HEALTH: QT_TRANSLATE_NOOP("PeerContact", "Allied health"),
    RoleGroup.SUPPORT_STAFF: QT_TRANSLATE_NOOP("PeerContact", "Support staff"),
    RoleGroup.OTHER: QT_TRANSLATE_NOOP("PeerContact", "Other role"),
    Event.ADVERSE_EVENT: QT_TRANSLATE_NOOP("PeerContact", "Adverse event or error"),
    Event.PATIENT_DEATH: QT_TRANSLATE_NOOP("PeerContact", "Patient death"),
    Event.WORKPLACE_VIOLENCE: QT_TRANSLATE_NOOP("PeerContact", "Workplace violence"),
    Event.LITIGATION: QT_TRANSLATE_NOOP("PeerContact", "Litigation"),
    Event.MORAL_DISTRESS: QT_TRANSLATE_NOOP("PeerContact", "Moral distress"),
    Event.PERSONAL_FAMILY: QT_TRANSLATE_NOOP("PeerContact", "Personal or family"),
    Event.SURGE: QT_TRANSLATE_NOOP("PeerContact", "Surge or crisis staffing"),
    Event.OTHER: QT_TRANSLATE_NOOP("PeerContact", "Other event"),
    Support.LISTENING: QT_TRANSLATE_NOOP("PeerContact", "Listening / psychological first aid"),
    Support.NORMALISING: QT_TRANSLATE_NOOP("PeerContact", "Normalizing reactions"),
    Support.COPING: QT_TRANSLATE_NOOP("PeerContact", "Coping strategies"),
    Support.SELF_CARE: QT_TRANSLATE_NOOP("PeerContact", "Sleep and self-care"),
    Support.PRACTICAL: QT_TRANSLATE_NOOP("PeerContact", "Practical help (time off, logistics)"),
    Support.FOLLOW_UP_ARRANGED: QT_TRANSLATE_NOOP("PeerContact", "Follow-up arranged"),
    Support.OTHER: QT_TRANSLATE_NOOP("PeerContact", "Other support"),
    Referral.EAP: QT_TRANSLATE_NOOP("PeerContact", "Employee Assistance Program"),
    Referral.CRISIS_LINE: QT_TRANSLATE_NOOP("PeerContact", "988 or another crisis line"),
    Referral.SUPPORT_LINE: QT_TRANSLATE_NOOP("PeerContact", "Physician or nurse support line"),
    Referral.COUNSELOR: QT_TRANSLATE_NOOP("PeerContact", "Counselor or therapist"),
    Referral.PSYCHIATRY: QT_TRANSLATE_NOOP("PeerContact", "Psychiatry"),
    Referral.SUBSTANCE_USE: QT_TRANSLATE_NOOP("PeerContact", "Substance use service"),
    Referral.PHYSICIAN_HEALTH_PROGRAM: QT_TRANSLATE_NOOP("PeerContact", "Physician health program"),
    Referral.CHAPLAIN: QT_TRANSLATE_NOOP("PeerContact", "Chaplain or spiritual care"),
    Referral.PEER_GROUP: QT_TRANSLATE_NOOP("PeerContact", "Peer support group"),
    Referral.OTHER: QT_TRANSLATE_NOOP("PeerContact", "Other resource"),
}


def codes_to_text(members: Iterable[_Coded], kind: type[_Coded]) -> str:
    """The vault's form: codes in the enum's order, comma-separated ('' for none)."""
    chosen = set(members)
    return _SEPARATOR.join(m.value for m in kind if m in chosen)


def codes_from_text(text: str, kind: type[E]) -> frozenset[E]:
    """Parse the vault's comma-separated codes; blanks are ignored.

    Raises:
        ValueError: a code is not known.
    """
    parts = (part.strip() for part in text.split(_SEPARATOR))
    return frozenset(kind.from_code(p) for p in parts if p)


def _check_set(name: str, value: object, kind: type[_Coded]) -> None:
    if not isinstance(value, frozenset) or not all(isinstance(m, kind) for m in value):
        raise ValueError(f"{name} must be a frozenset of {kind.__name__}")


def _is_plain_date(value: object) -> bool:
    # datetime is a subclass of date; a datetime here would store a time of day.
    return isinstance(value, date) and not isinstance(value, datetime)


@dataclass(frozen=True)
class PeerContact:
    """One support contact, in fields that identify no one.

    Attributes:
        contact_date: the day of the contact (stays in the vault; reports use the month).
        contact_type: in person, phone, video or group debrief.
        role_group: the colleague's broad role group.
        events: what happened; at least one.
        support: what the supporter offered; possibly none.
        referrals: resource types the colleague was referred to; possibly none.
        duration_minutes: 0 to 1440.
        follow_up: the day to follow up, or None; not before the contact.
        follow_up_done: whether that follow-up has happened.
        note: optional short text, at most `NOTE_MAX_CHARS`; checked for identifiers by
            the store before saving, and never exported.
        recorded_at: when it was saved, timezone-aware, normalised to UTC.

    Raises:
        ValueError: on construction, with a message naming the field that is wrong.
    """

    contact_date: date
    contact_type: ContactType
    role_group: RoleGroup
    events: frozenset[Event]
    duration_minutes: int
    recorded_at: datetime
    support: frozenset[Support] = frozenset()
    referrals: frozenset[Referral] = frozenset()
    follow_up: date | None = None
    follow_up_done: bool = False
    note: str = ""

    def __post_init__(self) -> None:
        if not _is_plain_date(self.contact_date):
            raise ValueError("contact date must be a date")
        if not isinstance(self.contact_type, ContactType):
            raise ValueError("contact type must be chosen")
        if not isinstance(self.role_group, RoleGroup):
            raise ValueError("role group must be chosen")
        _check_set("events", self.events, Event)
        if not self.events:
            raise ValueError(QT_TRANSLATE_NOOP(
                "PeerContact", "choose at least one thing that happened (Other is fine)"))
        _check_set("support", self.support, Support)
        _check_set("referrals", self.referrals, Referral)
        minutes = self.duration_minutes
        if not isinstance(minutes, int) or isinstance(minutes, bool):
            raise ValueError("duration must be a whole number of minutes")
        if not 0 <= minutes <= DURATION_MAX_MINUTES:
            raise ValueError(f"duration must be 0 to {DURATION_MAX_MINUTES} minutes, not {minutes}")
        self._check_follow_up_and_note()
        if not isinstance(self.recorded_at, datetime) or self.recorded_at.utcoffset() is None:
            raise ValueError("recorded_at must be a timezone-aware datetime")
        if self.recorded_at.tzinfo is not UTC:
            object.__setattr__(self, "recorded_at", self.recorded_at.astimezone(UTC))

    def _check_follow_up_and_note(self) -> None:
        if self.follow_up is not None:
            if not _is_plain_date(self.follow_up):
                raise ValueError("follow-up date must be a date")
            if self.follow_up < self.contact_date:
                raise ValueError(QT_TRANSLATE_NOOP(
                    "PeerContact", "the follow-up date cannot be before the contact"))
        elif self.follow_up_done:
            raise ValueError("a follow-up cannot be done when none was planned")
        if not isinstance(self.note, str):
            raise ValueError("note must be text")
        if len(self.note) > NOTE_MAX_CHARS:
            raise ValueError(f"note is {len(self.note)} characters; the most is {NOTE_MAX_CHARS}")

    def summary(self, tr: Translate = english) -> str:
        """A one-line description from the structured fields only (never the note).

        Args:
            tr: translates a label (context, text); English when left out.
        """
        events = ", ".join(tr(LABEL_CONTEXT, e.label).lower() for e in Event if e in self.events)
        kind = tr(LABEL_CONTEXT, self.contact_type.label)
        role = tr(LABEL_CONTEXT, self.role_group.label)
        return f"{kind}, {role.lower()}: {events}"
