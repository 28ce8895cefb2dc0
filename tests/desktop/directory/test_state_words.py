"""The states' names in Spanish where Spanish has its own name; codes stay codes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from desktop.directory import state_words
from desktop.directory.filters_view import FilterBox
from desktop.directory.licensing_view import LicenseQuestionBox
from desktop.directory.logic import states_words
from referral_directory.licensing import JURISDICTIONS, national
from referral_directory.model import STATES_AND_TERRITORIES
from tests.desktop.i18n_fixtures import language

SPANISH_OWN = {
    "DC": "Distrito de Columbia", "HI": "Hawái", "LA": "Luisiana", "MS": "Misisipi",
    "MO": "Misuri", "NH": "Nuevo Hampshire", "NJ": "Nueva Jersey", "NM": "Nuevo México",
    "NY": "Nueva York", "NC": "Carolina del Norte", "ND": "Dakota del Norte", "OR": "Oregón",
    "PA": "Pensilvania", "SC": "Carolina del Sur", "SD": "Dakota del Sur",
    "WV": "Virginia Occidental",
}


def _items(combo: QComboBox) -> list[tuple[str, object]]:
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_every_state_is_listed_with_its_english_name() -> None:
    assert dict(STATES_AND_TERRITORIES) == state_words.NAMES
    # In English the lists keep their order (alphabetical by name).
    assert state_words.in_order(state_words.NAMES) == list(STATES_AND_TERRITORIES)
    assert state_words.state_name("ZZ") == "ZZ"


def test_spanish_names_differ_only_where_spanish_has_its_own(
    qapp: QApplication, tmp_path: Path
) -> None:
    with language("es", tmp_path):
        spanish = {code: state_words.state_name(code, QApplication.translate)
                   for code in state_words.NAMES}
    assert {code: name for code, name in spanish.items()
            if name != state_words.NAMES[code]} == SPANISH_OWN


def test_the_filter_and_the_licensing_box_name_states_in_spanish(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with language("es", tmp_path):
        filters = FilterBox()
        qtbot.addWidget(filters)
        box = LicenseQuestionBox()
        qtbot.addWidget(box)
        box.set_table(national())
        box.choose("NY", "medical")
        answer = box.answer_label.text()
        states = states_words(frozenset({"NY", "NJ"}), QApplication.translate)
    listed = _items(filters.state_combo)[1:]  # after "Any state"
    assert ("Nueva York", "NY") in listed and ("Pensilvania", "PA") in listed
    assert not any(name == "New York" for name, _code in listed)
    names = [name for name, _code in listed]
    # Alphabetical in Spanish: the Carolinas among the C's, Nueva York among the N's.
    assert names[names.index("California") + 1:][:2] == ["Carolina del Norte",
                                                          "Carolina del Sur"]
    assert names == sorted(names, key=lambda n: n.replace("é", "e").replace("á", "a")
                           .replace("ó", "o"))
    assert {code for _name, code in listed} == dict(STATES_AND_TERRITORIES).keys()
    boards = _items(box.state_combo)[1:]
    assert ("Virginia Occidental", "WV") in boards
    assert {code for _name, code in boards} == dict(JURISDICTIONS).keys()  # no Puerto Rico
    assert answer.startswith("Junta de medicina de Nueva York")
    assert states == "NJ, NY"  # codes stay codes
