"""The safety plan in the vault: one row (id 1) of table `safety_plan`, its content as JSON.

Every method runs vault queries, so in the app it is called on the worker thread only.
The plan's text lives only inside the encrypted vault; the one plaintext copy that can
exist is a PDF the person asks for (see `print_view`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import NamedTuple

from desktop.safety_plan.model import SafetyPlan
from desktop.vault_queries import VaultQueries


class StoredPlan(NamedTuple):
    """The saved plan and when it was last saved (UTC)."""

    plan: SafetyPlan
    updated_at: datetime


class SafetyPlanStore:
    """Loads and saves the person's one safety plan.

    Args:
        vault: an unlocked `crypto.vault.Vault` (used from the worker thread only).
    """

    def __init__(self, vault: VaultQueries) -> None:
        self._vault = vault

    def load(self) -> StoredPlan | None:
        """The saved plan, or None when the person has not saved one yet.

        Raises:
            InvalidPlan: the stored plan is damaged or from a newer Confide; it is left
                untouched so nothing is lost.
            VaultError: from the vault.
        """
        rows = self._vault.query("SELECT content, updated_at FROM safety_plan WHERE id = 1")
        if not rows:
            return None
        content, updated_at = rows[0]
        return StoredPlan(SafetyPlan.from_json(content), datetime.fromisoformat(updated_at))

    def save(self, plan: SafetyPlan, now: datetime) -> StoredPlan:
        """Store `plan` in place of the saved one, in one write.

        Raises:
            ValueError: `now` has no timezone.
            DiskFull, VaultError: from the vault; the old plan stays whole.
        """
        if now.utcoffset() is None:
            raise ValueError("now must carry a timezone")
        at = now.astimezone(UTC)
        self._vault.execute(
            "INSERT INTO safety_plan (id, updated_at, content) VALUES (1, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at,"
            " content = excluded.content",
            (at.isoformat(), plan.to_json()),
        )
        return StoredPlan(plan, at)
