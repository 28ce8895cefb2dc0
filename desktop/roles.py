"""The roles a person holds in Confide, kept in the vault, and the pages each role brings.

Everyone is an "individual" (check-ins, safety plan, help). A trained peer supporter also
keeps the de-identified peer log and exports its monthly counts; a peer-support program
coordinator only merges the reports supporters send, so a coordinator never holds a
contact. The roles live in the vault's `settings` table, not in `preferences.json`: being
a peer supporter says something about the person, and the preferences file is readable
while the vault is locked.

Chosen at setup and changed in Settings; every read and write runs on the worker.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from crypto.vault import Vault

log = logging.getLogger(__name__)

ROLES_KEY: Final = "roles"
INDIVIDUAL: Final = "individual"
PEER_SUPPORTER: Final = "peer_supporter"
COORDINATOR: Final = "coordinator"

# Page keys in navigation order; a coordinator's page is the last of the supporter's.
PEER_LOG_PAGES: Final = ("peer_log", "peer_reports", "merge_reports")
COORDINATOR_PAGES: Final = ("merge_reports",)


@dataclass(frozen=True)
class Roles:
    """The role names a person holds, as stored (a JSON list).

    Names this version does not know (written by a newer Confide) are kept, so changing
    one role here never drops another.
    """

    names: tuple[str, ...] = (INDIVIDUAL,)

    @property
    def peer_supporter(self) -> bool:
        return PEER_SUPPORTER in self.names

    @property
    def coordinator(self) -> bool:
        return COORDINATOR in self.names

    def with_role(self, name: str, held: bool) -> Roles:
        """These roles with `name` added (`held`) or removed."""
        others = tuple(n for n in self.names if n != name)
        return Roles((*others, name) if held else others)

    @classmethod
    def chosen(cls, *, peer_supporter: bool = False, coordinator: bool = False) -> Roles:
        """The roles of a person who ticked these boxes (setup and tests)."""
        return cls().with_role(PEER_SUPPORTER, peer_supporter).with_role(COORDINATOR, coordinator)


def parse_roles(raw: object) -> Roles:
    """The roles in a stored value, never failing: anything unreadable is no extra role.

    A damaged value must not stop the vault from opening; it only hides the peer pages
    until the person ticks their role again (which rewrites it).
    """
    if raw is None:
        return Roles()
    try:
        value = json.loads(str(raw))
    except ValueError:
        log.warning("stored roles are not JSON; treating them as none")
        return Roles()
    if not isinstance(value, list):
        log.warning("stored roles are not a list; treating them as none")
        return Roles()
    names = dict.fromkeys(name for name in value if isinstance(name, str))  # ordered set
    return Roles(tuple(names))


def read_roles(vault: Vault) -> Roles:
    """The roles stored in `vault` (on the worker)."""
    rows = vault.query("SELECT value FROM settings WHERE key = ?", (ROLES_KEY,))
    return parse_roles(rows[0][0] if rows else None)


def save_roles(vault: Vault, roles: Roles) -> None:
    """Store `roles` in `vault`, replacing what was there (on the worker)."""
    vault.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (ROLES_KEY, json.dumps(list(roles.names))),
    )


def set_role(vault: Vault, name: str, held: bool) -> Roles:
    """Add or remove one role and return the roles now stored (one worker job).

    Read and written in the same job, so a second change queued behind it sees this one.
    """
    roles = read_roles(vault).with_role(name, held)
    save_roles(vault, roles)
    return roles


def peer_pages(roles: Roles, *, offered: bool) -> tuple[str, ...]:
    """The keys of the peer pages to show for `roles`, in navigation order.

    Args:
        roles: what the person holds.
        offered: whether the organization's policy offers the peer log on this computer;
            when it does not, neither role brings any page.
    """
    if not offered:
        return ()
    if roles.peer_supporter:
        return PEER_LOG_PAGES
    if roles.coordinator:
        return COORDINATOR_PAGES
    return ()
