"""The roles kept in the vault and the peer pages they bring (no widgets; the vault is
used on the worker thread, as the app uses it)."""

from __future__ import annotations

import logging

import pytest

from crypto.vault import Vault
from desktop.roles import (
    COORDINATOR,
    INDIVIDUAL,
    PEER_SUPPORTER,
    Roles,
    parse_roles,
    peer_pages,
    read_roles,
    save_roles,
    set_role,
)
from desktop.ui.worker import Worker
from tests.desktop.settings import conftest as settings_fixtures

# The settings tests' vault, opened on the real worker thread as the app opens it.
worker = settings_fixtures.worker
vault = settings_fixtures.vault


def test_a_new_vault_holds_the_individual_role_only(vault: Vault, worker: Worker) -> None:
    roles = worker.run_blocking(lambda: read_roles(vault))
    assert roles == Roles((INDIVIDUAL,))
    assert not roles.peer_supporter and not roles.coordinator


def test_roles_chosen_at_setup_are_stored_as_a_json_list(vault: Vault, worker: Worker) -> None:
    worker.run_blocking(lambda: save_roles(vault, Roles.chosen(peer_supporter=True)))
    stored = worker.run_blocking(
        lambda: vault.query("SELECT value FROM settings WHERE key = 'roles'")
    )
    assert stored == [('["individual", "peer_supporter"]',)]  # what setup always wrote
    assert worker.run_blocking(lambda: read_roles(vault)).peer_supporter


def test_set_role_adds_and_removes_one_role_keeping_the_others(
    vault: Vault, worker: Worker
) -> None:
    def change(name: str, held: bool) -> Roles:
        return worker.run_blocking(lambda: set_role(vault, name, held))

    newer = "mentor_from_a_newer_confide"
    worker.run_blocking(lambda: save_roles(vault, Roles((INDIVIDUAL, newer))))
    assert change(COORDINATOR, True).names == (INDIVIDUAL, newer, COORDINATOR)
    assert change(PEER_SUPPORTER, True).peer_supporter
    after = change(COORDINATOR, False)
    assert after == worker.run_blocking(lambda: read_roles(vault))
    assert after.names == (INDIVIDUAL, newer, PEER_SUPPORTER)
    assert change(COORDINATOR, False) == after  # removing twice changes nothing


def test_with_role_twice_keeps_one_copy() -> None:
    roles = Roles().with_role(PEER_SUPPORTER, True).with_role(PEER_SUPPORTER, True)
    assert roles.names == (INDIVIDUAL, PEER_SUPPORTER)


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        (None, (INDIVIDUAL,)),
        ('["individual", "coordinator"]', (INDIVIDUAL, COORDINATOR)),
        ('["individual", "individual", 3, null, "peer_supporter"]', (INDIVIDUAL, PEER_SUPPORTER)),
        ("not json", (INDIVIDUAL,)),
        ('{"peer_supporter": true}', (INDIVIDUAL,)),
        ("[]", ()),
    ],
)
def test_a_stored_value_never_fails_to_parse(raw: str | None, names: tuple[str, ...]) -> None:
    assert parse_roles(raw).names == names


def test_a_damaged_value_is_logged_without_its_content(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="desktop.roles"):
        parse_roles('["peer_supporter", SECRET')
    assert "not JSON" in caplog.text and "SECRET" not in caplog.text


@pytest.mark.parametrize(
    ("peer", "coordinator", "offered", "pages"),
    [
        (False, False, True, ()),
        (True, False, True, ("peer_log", "peer_reports", "merge_reports")),
        (False, True, True, ("merge_reports",)),
        (True, True, True, ("peer_log", "peer_reports", "merge_reports")),
        (True, True, False, ()),
        (False, True, False, ()),
    ],
)
def test_each_role_brings_its_pages_where_policy_offers_them(
    peer: bool, coordinator: bool, offered: bool, pages: tuple[str, ...]
) -> None:
    roles = Roles.chosen(peer_supporter=peer, coordinator=coordinator)
    assert peer_pages(roles, offered=offered) == pages
