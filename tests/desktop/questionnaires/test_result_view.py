"""The result page shows what the instrument file says: risk guidance first, item flags, the
unscored functional answer, and the band's own words only when no risk item is positive."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.questionnaires.result_view import ResultView
from desktop.records.instruments import load_all
from desktop.records.scoring import score

INSTRUMENTS = load_all()
PHQ9, WHO5 = INSTRUMENTS["phq9"], INSTRUMENTS["who5"]


def _view(qtbot: QtBot, view: ResultView) -> ResultView:
    qtbot.addWidget(view)
    view.resize(700, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def _texts(view: ResultView) -> str:
    return "\n".join(label.text() for label in view.findChildren(QLabel))


def test_a_who5_item_at_1_is_flagged_on_the_result_even_with_a_good_total(qtbot: QtBot) -> None:
    result = score(WHO5, [5, 5, 5, 5, 1])
    assert result.band.label == "No sign of low well-being"
    view = _view(qtbot, ResultView(WHO5, result))
    assert view.flag_label is not None and view.flag_label.isVisible()
    assert WHO5.item_flags[0].message.replace('"', "&quot;") in view.flag_label.text()
    assert WHO5.items[4].text in view.flag_label.text()
    assert WHO5.items[0].text not in view.flag_label.text(), "only the items that met the rule"


def test_no_flag_when_every_who5_item_is_above_1(qtbot: QtBot) -> None:
    view = _view(qtbot, ResultView(WHO5, score(WHO5, [2, 2, 2, 2, 2])))
    assert view.flag_label is None
    assert "worth a closer look" not in _texts(view)


def test_the_functional_answer_is_shown_beside_the_score(qtbot: QtBot) -> None:
    answers = [1, 1, 1, 1, 1, 0, 0, 0, 0]
    view = _view(qtbot, ResultView(PHQ9, score(PHQ9, answers), functional=3))
    assert view.functional_label is not None
    assert view.functional_label.text().startswith("If you checked off any problems")
    assert "Your answer: Extremely difficult (not added to the score)" in (
        view.functional_label.text()
    )
    assert view.score_label.text() == "Score: 5 out of 27"


def test_without_risk_the_band_speaks_and_there_is_no_crisis_button(qtbot: QtBot) -> None:
    result = score(PHQ9, [1, 1, 1, 1, 1, 0, 0, 0, 0])
    view = _view(qtbot, ResultView(PHQ9, result))
    assert view.crisis_button is None and view.safety_plan_button is None
    assert result.band.meaning in _texts(view)
    assert view.band_label.text() == "Mild"


def test_with_risk_the_band_words_give_way_to_the_files_guidance(qtbot: QtBot) -> None:
    result = score(PHQ9, [1, 1, 0, 1, 1, 0, 0, 0, 1])
    view = _view(qtbot, ResultView(PHQ9, result))
    texts = _texts(view)
    guidance = PHQ9.risk_items[0].guidance
    assert guidance.meaning in texts and guidance.score_note in texts
    assert result.band.meaning not in texts
    assert view.band_label.text() == "Score range: Mild"
    assert view.crisis_button is not None and view.safety_plan_button is not None


def test_burnout_figures_show_only_without_risk(qtbot: QtBot) -> None:
    burnout = INSTRUMENTS["burnout"]
    view = _view(qtbot, ResultView(burnout, score(burnout, [3])))
    assert "24.5%" in _texts(view)
