"""Confide's translators: the .ts compiled on first use, installed for Confide and Qt, undone."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

import resources
from desktop.i18n_view import compiled_translation, is_spanish
from desktop.lock.flow import ProblemKind, UnlockProblem
from desktop.lock.problems_view import problem_text
from desktop.ui.dates import long_date
from tests.desktop.i18n_fixtures import language

TS = Path(str(resources.resource("translations/confide_es.ts")))


def test_the_ts_is_compiled_into_the_cache_on_first_use(tmp_path: Path) -> None:
    qm = compiled_translation("es", tmp_path)
    assert qm is not None and qm.parent == tmp_path / "translations" and qm.stat().st_size > 0


def test_a_newer_ts_is_compiled_again_and_an_older_one_is_not(tmp_path: Path) -> None:
    qm = compiled_translation("es", tmp_path)
    assert qm is not None
    os.utime(qm, (0, 0))  # the cached .qm is now older than the .ts
    again = compiled_translation("es", tmp_path)
    assert again == qm and qm.stat().st_mtime >= TS.stat().st_mtime
    stamp = qm.stat().st_mtime_ns
    assert compiled_translation("es", tmp_path) == qm
    assert qm.stat().st_mtime_ns == stamp  # up to date: left alone


def test_a_language_without_a_ts_gives_none(tmp_path: Path) -> None:
    assert compiled_translation("fr", tmp_path) is None


def test_spanish_is_installed_for_confide_and_qt_and_undone(qtbot: QtBot, tmp_path: Path) -> None:
    del qtbot  # only for the QApplication
    problem = UnlockProblem(ProblemKind.WRONG_PASSPHRASE)
    assert problem_text(problem) == "That passphrase does not open this vault."
    before = long_date(date(2026, 11, 22))
    with language("es", tmp_path) as installed:
        assert len(installed) == 2  # Qt's own qtbase_es and Confide's
        assert problem_text(problem) == "Esa frase de contraseña no abre esta caja fuerte."
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
        assert is_spanish() and QLocale().name() == "es_US"
        assert long_date(date(2026, 11, 22)) == "22 de noviembre de 2026"
    assert problem_text(problem) == "That passphrase does not open this vault."
    assert not is_spanish() and long_date(date(2026, 11, 22)) == before  # the locale is back


def test_english_installs_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    del qtbot
    with language("en", tmp_path) as installed:
        assert installed == []
        assert not (tmp_path / "translations").exists()  # nothing compiled for English


def _order(panel: object, names: list[str]) -> list[int]:
    from PySide6.QtWidgets import QWidget

    assert isinstance(panel, QWidget)
    card = panel.findChild(QWidget, "primaryCrisisCard")
    assert card is not None
    layout = card.layout()
    assert layout is not None
    labels = [w for w in card.findChildren(QWidget) if w.objectName() in names]
    return [layout.indexOf(w) for w in labels]


def test_in_spanish_988s_spanish_line_leads_its_card(qtbot: QtBot, tmp_path: Path) -> None:
    from desktop.crisis.view import CrisisPanel

    names = ["crisisOption-spanish", "crisisOption-veterans"]
    english = CrisisPanel()
    qtbot.addWidget(english)
    spanish_at, veterans_at = _order(english, names)
    assert spanish_at > 3 and veterans_at > spanish_at  # after the summary and the buttons
    with language("es", tmp_path):
        panel = CrisisPanel()
        qtbot.addWidget(panel)
        spanish_at, veterans_at = _order(panel, names)
        assert spanish_at < veterans_at and spanish_at <= 2  # right under 988's number
        assert panel.big_number is not None and panel.big_number.text() == "988"
        texts = [w.text() for w in panel.findChildren(QLabel)]
        assert "Llame o envíe un texto al 988" in texts
        assert any(t.startswith("Números verificados el ") and "de 2026" in t for t in texts)
