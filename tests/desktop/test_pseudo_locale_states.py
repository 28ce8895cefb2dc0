"""The state names Find help lists go through Qt's translation (no longer counted as data)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.directory.filters_view import FilterBox
from desktop.directory.licensing_view import LicenseQuestionBox
from referral_directory.licensing import national
from tests.desktop.i18n_fixtures import pseudo_locale
from tests.desktop.test_pseudo_locale import leftover


def test_every_state_name_on_show_is_translated(qtbot: QtBot) -> None:
    with pseudo_locale():
        filters = FilterBox()
        qtbot.addWidget(filters)
        box = LicenseQuestionBox()
        qtbot.addWidget(box)
        box.set_table(national())
        box.choose("NY", "nursing")
        answer = box.answer_label.text()
    combos = (filters.state_combo, box.state_combo)
    texts = [combo.itemText(i) for combo in combos for i in range(combo.count())]
    assert len(texts) == 52 + 1 + 51 + 1
    assert [t for t in texts if leftover(t)] == []
    assert "\u27e6New York\u27e7" in answer
