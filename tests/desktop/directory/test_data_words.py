"""The shipped directory in the person's language: every text listed, and shown in Spanish.

The search keeps the English data (results do not change with the language); only what the
detail pane, a result's tooltip and the licensing box show is put into the language.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.directory import data_words, licensing_words
from desktop.directory.contact import ActionKind
from desktop.directory.detail_view import DetailPane
from desktop.directory.eap import eap_resource
from desktop.directory.licensing_view import LicenseQuestionBox
from desktop.directory.logic import is_php
from desktop.directory.results import license_note
from desktop.directory.results_view import ResultsModel
from referral_directory.directory import national_resources
from referral_directory.licensing import national
from referral_directory.model import TEXT_CLAIM_KINDS, Resource
from referral_directory.ranking import ID_911, ID_CRISIS_TEXT_LINE
from tests.desktop.i18n_fixtures import language

PSL = "eabe674e-a05c-5513-95eb-4f40aa09081e"  # Physician Support Line: hours in words
SAME_IN_SPANISH = {
    "TTY 1-800-487-4889",  # a label that is only a term and a number
    # Proper names stay as the services write them.
    "988 Suicide & Crisis Lifeline", "Crisis Text Line", "Veterans Crisis Line",
    "Physician Support Line", "NAMI HelpLine", "SAMHSA National Helpline",
    "Emotional PPE Project", "Therapy Aid Coalition",
}
FSPHP = "b52e4311-d7f7-5a42-8181-128a4ae63e63"  # a name that only describes


def _shipped(resource_id: str) -> Resource:
    return next(r for r in national_resources() if r.id == resource_id)


def test_every_text_of_the_shipped_services_is_listed_for_translation() -> None:
    # New data with words not listed here would show in English to a Spanish speaker.
    assert data_words.shipped_texts(national_resources()) - set(data_words.SHIPPED) == set()
    assert licensing_words.shipped_texts(national()) - set(licensing_words.SHIPPED) == set()


def test_every_listed_text_has_a_spanish_translation(qapp: QApplication, tmp_path: Path) -> None:
    # Also proves lupdate read each listed text as Python gives it (quotes, apostrophes).
    with language("es", tmp_path) as translators:
        missing = [
            text for text in (*data_words.SHIPPED, *licensing_words.SHIPPED)
            if not any(t.translate(data_words.CONTEXT, text) for t in translators)
        ]
        same = {text for text in data_words.SHIPPED
                if any(t.translate(data_words.CONTEXT, text) == text for t in translators)}
    assert missing == []
    assert same == SAME_IN_SPANISH


def test_in_language_translates_the_words_and_keeps_names_numbers_and_codes() -> None:
    def mark(_context: str, text: str) -> str:
        return f"<{text}>"

    for before in national_resources():
        after = data_words.in_language(before, mark)
        assert after.name == f"<{before.name}>" == data_words.name_in_language(before, mark)
        assert after.description == f"<{before.description}>"
        if before.hours_text:
            assert after.hours_text == f"<{before.hours_text}>"
        assert (after.id, after.organization, after.website, after.chat_url,
                after.source_url, after.checked) == (
            before.id, before.organization, before.website, before.chat_url,
            before.source_url, before.checked)
        assert [(p.number, p.kind, p.body) for p in after.phones] == [
            (p.number, p.kind, p.body) for p in before.phones]
        assert [p.label for p in after.phones] == [f"<{p.label}>" for p in before.phones]
        for old, new in zip(before.claims, after.claims, strict=True):
            assert new.statement == (f"<{old.statement}>" if old.statement else "")
            assert new.value == (f"<{old.value}>" if old.kind in TEXT_CLAIM_KINDS else old.value)
            assert (new.kind, new.source_url, new.checked, new.confirmed) == (
                old.kind, old.source_url, old.checked, old.confirmed)
    # An organization's own words are its own, even when they match a shipped text.
    own = replace(_shipped(PSL), origin="organization")
    assert data_words.in_language(own, mark) == own
    assert data_words.name_in_language(own, mark) == own.name
    answer = next(a for a in national().answers() if a.statement)
    assert licensing_words.in_language(answer, mark).statement == f"<{answer.statement}>"
    assert licensing_words.in_language(replace(answer, origin="organization"), mark).statement \
        == answer.statement


def _words(root: QWidget) -> str:
    return "\n".join(label.text() for label in root.findChildren(QLabel))


def _pane(qtbot: QtBot, code: str, tmp_path: Path, resource_id: str = PSL) -> DetailPane:
    with language(code, tmp_path):
        pane = DetailPane()
        qtbot.addWidget(pane)
        pane.show_resource(_shipped(resource_id))
    return pane


def test_the_detail_pane_speaks_spanish(qtbot: QtBot, tmp_path: Path) -> None:
    words = _words(_pane(qtbot, "es", tmp_path))
    assert "Una línea de apoyo gratuita y confidencial para médicos de EE. UU." in words
    assert "De 8 a. m. a 1 a. m., hora del Este, los 7 días de la semana" in words
    assert ("No se registra información que le identifique ni se guardan números de "
            "teléfono.") in words  # what is kept
    assert "comprobado con una copia guardada de la página" in words  # how it was checked
    assert "Llame al 1-888-409-0141" in words  # how to reach it
    assert "Physician Support Line" in words  # the name, as the service writes it
    assert "EE. UU.." not in words  # "Anywhere in the US." ends once, on its abbreviation
    for english in ("Volunteer US-licensed", "Eastern Time", "phone numbers are stored",
                    "stored copy", "Call 1-888"):
        assert english not in words


def test_the_detail_pane_keeps_english_in_english(qtbot: QtBot, tmp_path: Path) -> None:
    words = _words(_pane(qtbot, "en", tmp_path))
    assert _shipped(PSL).description in words
    assert "8 am to 1 am Eastern Time, 7 days a week" in words
    assert "No identifying information is recorded and no phone numbers are stored." in words
    assert "Una línea" not in words


def test_the_buttons_still_send_what_the_service_asks(qtbot: QtBot, tmp_path: Path) -> None:
    # The keyword comes from the English instructions: translated words must not lose it.
    pane = _pane(qtbot, "es", tmp_path, ID_CRISIS_TEXT_LINE)
    text = next(a for a, _b in pane.buttons if a.kind is ActionKind.TEXT)
    assert text.target == "sms:741741?body=HOME"
    assert "Envíe HOME por texto al 741741" in _words(pane)
    assert pane.button(ActionKind.TEXT).text() == "Enviar HOME por texto al 741741"


def test_a_result_tooltip_and_the_licensing_evidence_speak_spanish(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with language("es", tmp_path):
        model = ResultsModel()
        model.set_resources([_shipped(PSL)])
        tip = model.index(0).data(Qt.ItemDataRole.ToolTipRole)
        box = LicenseQuestionBox()
        qtbot.addWidget(box)
        box.set_table(national())
        box.choose("AZ", "medical")
        said = _words(box)
    assert str(tip).startswith("Una línea de apoyo gratuita")
    assert "La ley de Arizona (House Bill 2173, Laws 2025, capítulo 25)" in said
    assert "comprobado con una copia guardada" in said
    assert "Arizona law" not in said


def test_a_name_that_only_describes_is_said_in_spanish_everywhere_it_shows(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # The list row, what a screen reader hears, the detail pane and the licensing note.
    with language("es", tmp_path):
        model = ResultsModel()
        model.set_resources([_shipped(ID_911), _shipped(FSPHP), _shipped(PSL)])
        rows = [str(model.index(row).data(role)) for row in range(3)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)]
        note = license_note([_shipped(FSPHP)], QCoreApplication.translate)
        pane = DetailPane()
        qtbot.addWidget(pane)
        pane.show_resource(_shipped(FSPHP))
        php_words = _words(pane)
        spanish_php = data_words.in_language(_shipped(FSPHP), QCoreApplication.translate)
    assert rows[0].startswith("Servicios de emergencia 911\n")
    assert rows[1].startswith("Servicios de emergencia 911.")
    assert rows[2].startswith("Programas estatales de salud para médicos (directorio de la FSPHP)")
    assert rows[4].startswith("Physician Support Line\n")  # a proper name stays
    assert note.board == ("Programas estatales de salud para médicos (directorio de la FSPHP)",)
    assert "Programas estatales de salud para médicos (directorio de la FSPHP)" in php_words
    assert "State physician" not in php_words
    # Still known as a PHP in Spanish (the pane's licensing caveat depends on it).
    assert spanish_php.name != _shipped(FSPHP).name and is_php(spanish_php)
    assert not any("emergency services" in row for row in rows)


def test_an_organizations_name_is_its_own_even_in_spanish(tmp_path: Path) -> None:
    own = replace(_shipped(ID_911), origin="organization")
    with language("es", tmp_path):
        model = ResultsModel()
        model.set_resources([own])
        row = str(model.index(0).data(Qt.ItemDataRole.DisplayRole))
        note = license_note([replace(_shipped(FSPHP), origin="organization")],
                            QCoreApplication.translate)
    assert row.startswith("911 emergency services\n")
    assert note.board == ("State physician health programs (FSPHP directory)",)


def test_the_eap_policy_gives_is_said_in_spanish_but_keeps_the_organizations_words(
    qtbot: QtBot, tmp_path: Path
) -> None:
    eap = eap_resource({
        "name": "Acme Staff Counseling", "hours": "Weekdays 8-5",
        "phones": [{"number": "+1-800-555-0100", "label": "Counselor line"}],
        "confidentiality": {"employer_told": "never", "licensing_exposure": "none",
                            "creates_treatment_record": False},
    })
    with language("es", tmp_path):
        pane = DetailPane()
        qtbot.addWidget(pane)
        pane.show_resource(eap)
    words = _words(pane)
    assert "El Programa de Asistencia al Empleado (EAP) de su organización." in words
    assert "Acme Staff Counseling" in words and "Weekdays 8-5" in words  # as written
    assert "Employee Assistance" not in words
    assert eap.description == "Your organization's Employee Assistance Program (EAP)."  # searched
