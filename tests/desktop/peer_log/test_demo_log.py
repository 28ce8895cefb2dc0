"""The demo peer log: it turns peer mode on and leaves every other stored role alone."""

from __future__ import annotations

from datetime import date

from crypto.vault import Vault
from desktop.peer_log.demo_log import add_demo_peer_log
from desktop.records.peer.store import PeerLogStore
from desktop.roles import (
    COORDINATOR,
    INDIVIDUAL,
    PEER_SUPPORTER,
    Roles,
    read_roles,
    save_roles,
)

TODAY = date(2025, 6, 20)


def test_the_demo_turns_peer_mode_on_in_a_new_vault(vault: Vault) -> None:
    add_demo_peer_log(vault, TODAY)
    assert read_roles(vault).names == (INDIVIDUAL, PEER_SUPPORTER)
    assert len(PeerLogStore(vault).recent(1000)) == 150


def test_the_demo_keeps_the_roles_already_stored(vault: Vault) -> None:
    save_roles(vault, Roles((INDIVIDUAL, COORDINATOR, "from_a_newer_confide")))
    add_demo_peer_log(vault, TODAY)
    assert read_roles(vault).names == (
        INDIVIDUAL, COORDINATOR, "from_a_newer_confide", PEER_SUPPORTER)
