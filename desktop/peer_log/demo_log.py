"""A synthetic peer supporter's log for `confide --demo`: obviously fictional, reproducible.

About 150 contacts over six months with a plausible mix (more phone and in-person than
video, nurses and residents most often, a surge in the middle months), some follow-ups,
a few due now, and short notes marked fictional that hold no identifier.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, Final

from desktop.records.peer.model import ContactType, Event, PeerContact, Referral, RoleGroup, Support
from desktop.records.peer.store import PeerLogStore
from desktop.roles import PEER_SUPPORTER, set_role

if TYPE_CHECKING:
    from crypto.vault import Vault

DEMO_CONTACTS: Final = 150
DEMO_DAYS: Final = 182
_NOTES: Final = (
    "(Demo, fictional) Talked through a hard shift; agreed to check in again.",
    "(Demo, fictional) Mostly listened. Shared the EAP line.",
    "(Demo, fictional) Common reactions to a difficult week; planned rest.",
    "(Demo, fictional) Placeholder note: nothing real here.",
)
_WEIGHTS: Final = {
    ContactType: (4, 4, 1, 1),
    RoleGroup: (8, 4, 5, 2, 2, 1, 2, 2, 1),
    Event: (3, 3, 2, 1, 4, 2, 2, 1),
    Support: (8, 5, 4, 2, 1, 3, 1),
    Referral: (4, 1, 2, 2, 1, 1, 1, 1, 2, 1),
}


def _pick(rng: random.Random, kind: Any) -> Any:
    return rng.choices(list(kind), weights=_WEIGHTS[kind])[0]


def _some(rng: random.Random, kind: Any, most: int) -> frozenset[Any]:
    return frozenset(_pick(rng, kind) for _ in range(rng.randint(0, most)))


def demo_peer_contacts(
    today: date, count: int = DEMO_CONTACTS, seed: int = 2022
) -> list[PeerContact]:
    """`count` fictional contacts over the six months before `today`, oldest first."""
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not a secret
    contacts = []
    for _ in range(count):
        # A surge in the middle months: days drawn towards the centre of the period.
        offset = min(DEMO_DAYS, max(1, round(rng.triangular(1, DEMO_DAYS, DEMO_DAYS / 2))))
        day = today - timedelta(days=offset)
        follow_up = day + timedelta(days=rng.choice((3, 7, 14))) if rng.random() < 0.3 else None
        contacts.append(
            PeerContact(
                contact_date=day,
                contact_type=_pick(rng, ContactType),
                role_group=_pick(rng, RoleGroup),
                events=frozenset({_pick(rng, Event)}) | _some(rng, Event, 1),
                duration_minutes=rng.choice((10, 15, 20, 30, 30, 45, 60, 90)),
                recorded_at=datetime.combine(day, time(20, rng.randrange(60)), UTC),
                support=frozenset({Support.LISTENING}) | _some(rng, Support, 2),
                referrals=_some(rng, Referral, 1),
                follow_up=follow_up,
                follow_up_done=follow_up is not None and follow_up < today - timedelta(days=3),
                note=rng.choice(_NOTES) if rng.random() < 0.4 else "",
            )
        )
    contacts.sort(key=lambda c: c.contact_date)
    return contacts


def add_demo_peer_log(vault: Vault, today: date) -> None:
    """Fill `vault` with the demo log and turn peer mode on, keeping any other role held."""
    PeerLogStore(vault).save_all(demo_peer_contacts(today))
    set_role(vault, PEER_SUPPORTER, True)
