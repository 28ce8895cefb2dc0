"""The "Where" column shows only when some setting came from a policy file or key."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.policy.effective import EffectivePolicy
from desktop.policy.view import WHERE_COLUMN, PoliciesPage
from tests.desktop.policy.test_view import policy_from


def test_with_only_defaults_the_empty_where_column_is_hidden(qtbot: QtBot) -> None:
    page = PoliciesPage(EffectivePolicy.defaults())
    qtbot.addWidget(page)
    assert page.table.isColumnHidden(WHERE_COLUMN)
    assert not any(page.table.isColumnHidden(c) for c in range(WHERE_COLUMN))


def test_a_policy_file_shows_where_it_came_from(qtbot: QtBot, tmp_path: Path) -> None:
    page = PoliciesPage(policy_from(tmp_path, '{"quick_unlock_allowed": false}', "{}"))
    qtbot.addWidget(page)
    assert not page.table.isColumnHidden(WHERE_COLUMN)
