"""The read-only organization settings page, over a real policy folder."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.policy.effective import EffectivePolicy, read_system_policy
from desktop.policy.view import PoliciesPage
from desktop.ui.table_fit import RowsTable


def policy_from(tmp_path: Path, managed: str, recommended: str) -> EffectivePolicy:
    tmp_path.chmod(0o755)
    for kind, text in (("managed", managed), ("recommended", recommended)):
        (tmp_path / kind).mkdir(mode=0o755)
        path = tmp_path / kind / "10-org.json"
        path.write_text(text)
        path.chmod(0o644)
    read = read_system_policy("linux", linux_root=tmp_path, trusted_uid=os.getuid())
    return EffectivePolicy.resolve(read, None)


def rows(page: PoliciesPage) -> dict[str, list[str]]:
    model = page.model
    return {
        str(model.index(r, 0).data()): [str(model.index(r, c).data()) for c in range(1, 4)]
        for r in range(model.rowCount())
    }


def test_locked_recommended_and_default_settings_are_told_apart(
    qtbot: QtBot, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    policy = policy_from(
        tmp_path,
        '{"organization_name": "Example Health", "quick_unlock_allowed": false}',
        '{"max_auto_lock_minutes": 10}',
    )
    page = PoliciesPage(policy)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    shown = rows(page)
    locked = [v for v in shown.values() if v[1] == "Managed by your organization"]
    recommended = [v for v in shown.values() if v[1] == "Recommended by your organization"]
    assert locked and all(v[2].endswith("10-org.json") for v in locked)
    assert len(recommended) == 1 and recommended[0][0] == "10"
    assert any(v[1] == "Confide's default" and v[2] == "" for v in shown.values())
    assert not page.problems.isVisibleTo(page)


def test_problems_in_a_policy_file_are_shown(qtbot: QtBot, tmp_path: Path) -> None:
    policy = policy_from(tmp_path, '{"not_a_setting": 1}', "{}")
    page = PoliciesPage(policy)
    qtbot.addWidget(page)
    assert page.problems.isVisibleTo(page)
    assert "$.not_a_setting" in page.problems.text()
    assert page.problems.text().startswith("Some of your organization's settings could not")


def test_the_table_comes_a_turn_after_the_heading_and_shows_whole(qtbot: QtBot) -> None:
    page = PoliciesPage(EffectivePolicy.defaults())
    qtbot.addWidget(page)
    page.show()
    assert not page.built and page.findChild(RowsTable) is None  # the heading alone, first
    qtbot.waitUntil(lambda: page.built, timeout=3000)
    assert page.table.isVisible() and page.model.rowCount() > 0
    assert not page.problems.isVisible()


def test_the_table_asked_for_early_is_built_at_once(qtbot: QtBot) -> None:
    page = PoliciesPage(EffectivePolicy.defaults())
    qtbot.addWidget(page)
    assert page.model.rowCount() > 0 and page.built  # as tests and actions need it
