"""Results that arrive after a view was cleared are dropped, and only those."""

from __future__ import annotations

from desktop.ui.worker import Generation


def test_a_bump_drops_callbacks_guarded_before_it() -> None:
    jobs = Generation()
    seen: list[str] = []
    before = jobs.guard(seen.append)
    jobs.bump()  # the vault locked: the view forgot its personal data
    after = jobs.guard(seen.append)
    before("late result")
    after("fresh result")
    assert seen == ["fresh result"]
