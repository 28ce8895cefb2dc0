"""The safety plan store against a real (fast-KDF) vault: one plan, replaced in place."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from crypto.vault import Vault
from desktop.safety_plan.model import InvalidPlan, PlanItem, Problem, SafetyPlan, Step
from desktop.safety_plan.store import SafetyPlanStore

AT = datetime(2025, 3, 12, 18, 30, tzinfo=UTC)
PASSPHRASE = "pass phrase"




def _plan(sign: str = "Can't sleep after nights") -> SafetyPlan:
    return SafetyPlan(
        {Step.WARNING_SIGNS: (PlanItem(sign),), Step.HELPERS: (PlanItem("Sam", "555 0100"),)},
        "my niece",
        date(2025, 6, 1),
    )


def test_no_plan_yet(vault: Vault) -> None:
    assert SafetyPlanStore(vault).load() is None


def test_save_then_load_after_lock_and_unlock(vault: Vault, data_dir: Path) -> None:
    SafetyPlanStore(vault).save(_plan(), AT)
    vault.lock()
    reopened = Vault.unlock(data_dir, PASSPHRASE)
    try:
        stored = SafetyPlanStore(reopened).load()
    finally:
        reopened.lock()
    assert stored is not None
    assert stored.plan == _plan()
    assert stored.updated_at == AT


def test_saving_again_replaces_the_one_row(vault: Vault) -> None:
    store = SafetyPlanStore(vault)
    store.save(_plan("first"), AT)
    later = AT + timedelta(days=1)
    store.save(_plan("second"), later.astimezone(timezone(timedelta(hours=-5))))
    stored = store.load()
    assert stored is not None
    assert stored.plan.items(Step.WARNING_SIGNS) == (PlanItem("second"),)
    assert stored.updated_at == later and stored.updated_at.tzinfo == UTC
    assert vault.query("SELECT count(*) FROM safety_plan") == [(1,)]


def test_a_time_without_zone_is_refused(vault: Vault) -> None:
    with pytest.raises(ValueError, match="timezone"):
        SafetyPlanStore(vault).save(_plan(), datetime(2025, 3, 12))  # naive: the point of the test
    assert SafetyPlanStore(vault).load() is None


def test_a_damaged_stored_plan_is_refused_and_left_alone(vault: Vault) -> None:
    vault.execute(
        "INSERT INTO safety_plan (id, updated_at, content) VALUES (1, ?, ?)",
        (AT.isoformat(), '{"format": 99}'),
    )
    with pytest.raises(InvalidPlan) as caught:
        SafetyPlanStore(vault).load()
    assert caught.value.problem is Problem.UNKNOWN_FORMAT
    assert vault.query("SELECT content FROM safety_plan") == [('{"format": 99}',)]


def test_the_plan_text_is_not_in_the_vault_files_in_plain(vault: Vault, data_dir: Path) -> None:
    SafetyPlanStore(vault).save(_plan("zebra-crossing-sign"), AT)
    vault.lock()
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert b"zebra-crossing-sign" not in path.read_bytes(), path.name
