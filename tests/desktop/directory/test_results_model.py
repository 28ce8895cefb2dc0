"""The results model: Qt's model rules, the custom roles, and the directory's order kept."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from desktop.directory.results_view import CRISIS_ROLE, ID_ROLE, RESOURCE_ROLE, ResultsModel
from referral_directory.model import Phone, Resource

LIFELINE = Resource(
    id="988",
    name="988 Suicide & Crisis Lifeline",
    description="Call, text or chat.",
    organization="Vibrant",
    phones=(Phone("988", "Call 988", "voice"),),
    open_24_7=True,
    modalities=frozenset({"call", "text", "chat"}),
    cost="free",
    employer_told="never",
    licensing_exposure="none",
    crisis=True,
    checked=date(2026, 11, 2),
)
THERAPY = Resource(
    id="therapy-aid",
    name="Therapy Aid Coalition",
    description="",
    organization="TAC",
    website="https://therapyaid.org",
    modalities=frozenset({"video"}),
    cost="low",
    licensing_exposure="depends_on_state_question",
    checked=date(2026, 11, 2),
)


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = ResultsModel()
    qtmodeltester.check(model)
    model.set_resources([THERAPY, LIFELINE])
    qtmodeltester.check(model)
    model.set_resources([LIFELINE])
    model.set_resources([])
    qtmodeltester.check(model)


def test_rows_keep_the_directory_order_and_show_name_and_facts() -> None:
    model = ResultsModel()
    model.set_resources([THERAPY, LIFELINE])
    assert model.rowCount() == 2 and model.rowCount(model.index(0)) == 0
    assert model.ids() == ["therapy-aid", "988"]
    assert model.index(0).data() == "Therapy Aid Coalition\nVideo · Low cost"
    assert model.index(1).data() == (
        "988 Suicide & Crisis Lifeline\nCall, text or chat · Free · 24/7 · employer never told"
    )
    assert model.row_of("988") == 1 and model.row_of("nope") == -1
    assert model.resource(1) is LIFELINE


def test_custom_roles_and_what_a_screen_reader_hears() -> None:
    model = ResultsModel()
    model.set_resources([LIFELINE, THERAPY])
    first, second = model.index(0), model.index(1)
    assert first.data(RESOURCE_ROLE) is LIFELINE
    assert first.data(ID_ROLE) == "988"
    assert first.data(CRISIS_ROLE) is True and second.data(CRISIS_ROLE) is False
    assert first.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "988 Suicide & Crisis Lifeline. Crisis line. "
        "Call, text or chat · Free · 24/7 · employer never told."
    )
    assert first.data(Qt.ItemDataRole.FontRole).bold()
    assert second.data(Qt.ItemDataRole.FontRole) is None
    assert first.data(Qt.ItemDataRole.ToolTipRole) == "Call, text or chat."
    assert second.data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(QModelIndex(), RESOURCE_ROLE) is None
    assert first.data(Qt.ItemDataRole.DecorationRole) is None
