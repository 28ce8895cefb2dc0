"""The rest of issue 15: the directory's notices, the EAP, the score bands with what they
mean and the next steps, and the policy titles go through Qt's translation.

Under the translator that wraps each string in ⟦…⟧ nothing of Confide's own may be left
bare; in real Spanish the words are Spanish, and in English they are the English the
files and the directory say. The band names are instrument data as well, so the walk's
usual data list would let them through: they are checked word for word instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from html import escape
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.crisis.logic import with_eap
from desktop.crisis.view import CrisisPanel
from desktop.directory.view import DirectoryPage
from desktop.history.history import RangePreset
from desktop.history.view import HistoryPage
from desktop.policy import schema
from desktop.policy.effective import EffectivePolicy
from desktop.policy.sources import PolicyDocument, PolicyReading
from desktop.policy.view import PoliciesPage
from desktop.policy.words import TITLES
from desktop.questionnaires.result_view import ResultView
from desktop.records.band_advice import ADVICE
from desktop.records.band_words import BAND_NAMES
from desktop.records.instruments import INSTRUMENTS_DIR
from desktop.records.scoring import score
from desktop.shell.composition import crisis_directory
from desktop.shell.home_view import HomeView
from desktop.shell.today import LastResult, Today
from desktop.ui.dates import long_date
from desktop.ui.worker import Worker
from referral_directory import bundle as bundles
from referral_directory.crisis import load_crisis_directory
from referral_directory.directory import Directory
from referral_directory.errors import BundleRefused, RefusalReason
from referral_directory.notices import Notice, NoticeKind
from tests.conftest import VAULT_PASSPHRASE
from tests.desktop.date_words import said_dates
from tests.desktop.i18n_fixtures import CLOSE, OPEN, language, pseudo_locale
from tests.desktop.test_pseudo_locale import (
    HISTORY_TODAY,
    INSTRUMENTS,
    _save_history,
    _shown,
    leftover,
    untranslated,
)

EXPIRES = date(2026, 11, 30)
EAP: dict[str, Any] = {s.name: s.example for s in schema.settings()}["eap"]
EAP_DATA = [EAP["name"], EAP["phones"][0]["label"], EAP["hours"], EAP["website"]]


def _refusals() -> list[BundleRefused]:
    """A refusal for every reason; those the bundle checks raise come from those checks."""
    info = bundles.BundleInfo(3, date(2026, 1, 1), EXPIRES, "00")
    raised: list[BundleRefused] = []
    checks: list[Callable[[], None]] = [
        lambda: bundles.check_minimum(info, 5),
        lambda: bundles.check_size("org.bundle", bundles.MAX_BUNDLE_BYTES + 1),
    ]
    for check in checks:
        with pytest.raises(BundleRefused) as refused:
            check()
        raised.append(refused.value)
    made = {r.reason for r in raised}
    extra: dict[RefusalReason, Mapping[str, int | str | date]] = {
        RefusalReason.NOT_NEWER: {"version": 3, "in_use": 4},
        RefusalReason.EXPIRED: {"day": EXPIRES},
        RefusalReason.NOT_YET_VALID: {"day": EXPIRES},
    }
    return raised + [BundleRefused(reason, "", extra.get(reason))
                     for reason in RefusalReason if reason not in made]


def _notices() -> list[Notice]:
    return [*(Notice(NoticeKind.REFUSED, r) for r in _refusals()),
            Notice(NoticeKind.EXPIRED, day=EXPIRES), Notice(NoticeKind.LICENSING_TWICE),
            Notice(NoticeKind.BUNDLE_MISSING, version=5)]


def _page(qtbot: QtBot, notices: list[Notice]) -> DirectoryPage:
    return _shown(qtbot, DirectoryPage(Directory([], notices=notices),
                                       now=lambda: datetime(2026, 12, 4, 17, tzinfo=UTC)))


def test_the_check_can_fail(qtbot: QtBot) -> None:
    # Without a translator the notices are English letters the walk would report.
    page = _page(qtbot, _notices())
    assert leftover(page.warnings.text())
    assert leftover(with_eap(crisis_directory(EffectivePolicy.defaults()), EAP,
                             date(2026, 12, 4)).contacts[-1].summary)


def test_the_directory_notices_are_translated(qtbot: QtBot) -> None:
    notices = _notices()
    with pseudo_locale():
        page = _page(qtbot, notices)
        assert page.warnings.isVisibleTo(page)
        lines = page.warnings.text().split("\n")
        assert len(lines) == len(notices)
        said = [long_date(EXPIRES), "org.bundle"]  # Qt's date, and the file's name
        assert untranslated(page.warnings, said=said) == []
        # The facts the refusals carry are said, not dropped.
        assert all("5" in line for line in lines[:1]), lines[0]  # version 5 or newer


def test_the_directory_notices_in_spanish_and_english(qtbot: QtBot, tmp_path: Path) -> None:
    missing = [Notice(NoticeKind.BUNDLE_MISSING, version=5)]
    refused = [Notice(NoticeKind.REFUSED, BundleRefused(
        RefusalReason.NOT_NEWER, "", {"version": 3, "in_use": 4}))]
    with language("es", tmp_path / "qm"):
        assert _page(qtbot, missing).warnings.text().startswith(
            "Tenga en cuenta: Falta el directorio de su organización (en esta computadora ya "
            "se usó la versión 5)")
        assert _page(qtbot, refused).warnings.text() == (
            "Tenga en cuenta: No se usó la actualización del directorio de su organización: "
            "no es más reciente que las entradas en uso (versión 3; se usa la versión 4). Se "
            "conservan las entradas que ya tenía.")
    with language("en", tmp_path / "qm"):
        assert _page(qtbot, refused).warnings.text() == (
            "Please note: The organization's directory update was not used: it is not newer "
            "than the entries in use (version 3; version 4 is in use). The entries you had "
            "are kept.")


def test_the_eap_in_the_crisis_panel_is_translated(qtbot: QtBot, tmp_path: Path) -> None:
    """The EAP as the shell builds it from policy: Confide's words around the
    organization's own (its name, phone label and hours stay as written)."""
    policy = EffectivePolicy.resolve(PolicyReading(documents=[
        PolicyDocument("managed.json", "managed", {"eap": EAP})]))
    shipped = load_crisis_directory()
    checked = {shipped.checked, *(c.checked for c in shipped.contacts),
               *(o.checked for c in shipped.contacts for o in c.options)}
    with pseudo_locale():
        panel = _shown(qtbot, CrisisPanel(directory=crisis_directory(policy)))
        eap = panel.disclosures["eap"]
        said = [*EAP_DATA, *said_dates(checked)]  # Qt's locale writes the checked dates
        assert untranslated(panel, said=said) == []
        assert untranslated(eap, said=EAP_DATA) == []
    with language("es", tmp_path / "qm"):
        contact = crisis_directory(policy).contacts[-1]
        assert contact.summary == (
            "El Programa de Asistencia al Empleado (EAP) de su organización.")
        assert contact.confidentiality.startswith("Su organización indica: ")
        assert contact.actions[0].label == "Llamar: 24/7 counselor line"


# -- the score bands -------------------------------------------------------------------


def test_every_band_name_in_the_instrument_files_is_marked() -> None:
    folder = Path(__file__).resolve().parents[2] / "resources" / INSTRUMENTS_DIR
    named = {band["label"] for file in folder.glob("*.json")
             for band in json.loads(file.read_text(encoding="utf-8"))["bands"]}
    assert named and named == set(BAND_NAMES)


def _every_band() -> list[tuple[str, list[int]]]:
    """(instrument, answers) reaching each band of each instrument, without a risk answer:
    the first items at the top answer, one in between, the rest at the lowest."""
    cases: dict[tuple[str, str], list[int]] = {}
    for instrument in INSTRUMENTS.values():
        values = sorted(o.value for o in instrument.options)
        risky = {r.item for r in instrument.risk_items}
        count = len(instrument.items)
        for top in range(count + 1):
            for middle in values:
                answers = [values[-1]] * top + [middle] + [values[0]] * count
                answers = [values[0] if i + 1 in risky else a
                           for i, a in enumerate(answers[:count])]
                result = score(instrument, answers)
                if not result.risk_guidance:
                    cases.setdefault((instrument.id, result.band.label), answers)
        assert {b.label for b in instrument.bands} == {
            label for i, label in cases if i == instrument.id}, instrument.id
    return [(i, answers) for (i, _label), answers in cases.items()]


@pytest.mark.parametrize("case", _every_band(), ids=lambda c: f"{c[0]}:{sum(c[1])}")
def test_each_band_on_the_result_page_is_translated(
        qtbot: QtBot, case: tuple[str, list[int]]) -> None:
    instrument = INSTRUMENTS[case[0]]
    result = score(instrument, case[1])
    assert not result.risk_guidance
    with pseudo_locale():
        view = _shown(qtbot, ResultView(instrument, result))
        assert view.band_label.text() == f"{OPEN}{result.band.label}{CLOSE}"
        # What the band means and the next steps: Confide's words, wrapped too.
        shown = " ".join(label.text() for label in view.findChildren(QLabel))
        said = [result.band.meaning, *result.band.next_steps,
                *(f.message for f in result.flags),
                *(f.text for f in instrument.reference_figures)]
        assert [t for t in said if f"{OPEN}{t}{CLOSE}" not in shown
                and f"{OPEN}{escape(t)}{CLOSE}" not in shown] == []


def test_every_band_advice_in_the_instrument_files_is_marked() -> None:
    texts: set[str] = set()
    for instrument in INSTRUMENTS.values():
        for band in instrument.bands:
            texts |= {band.meaning, *band.next_steps}
        texts |= {f.message for f in instrument.item_flags}
        texts |= {f.text for f in instrument.reference_figures}
    assert texts and texts == set(ADVICE)


def test_the_advice_is_said_in_spanish(qtbot: QtBot, tmp_path: Path) -> None:
    with language("es", tmp_path / "qm"):
        who5 = _shown(qtbot, ResultView(INSTRUMENTS["who5"],
                                        score(INSTRUMENTS["who5"], [1, 3, 3, 3, 3])))
        burnout = _shown(qtbot, ResultView(INSTRUMENTS["burnout"],
                                           score(INSTRUMENTS["burnout"], [3])))
        shown = " ".join(label.text() for view in (who5, burnout)
                         for label in view.findChildren(QLabel))
    assert "Sus respuestas no indican un bienestar bajo" in shown
    assert "Al menos una de sus respuestas fue" in shown  # WHO-5's single-item flag
    assert "Siga haciendo lo que le ayuda." in shown
    assert "Usted describe síntomas de agotamiento laboral." in shown
    assert "De 2,099 médicos de familia certificados" in shown  # the reference figure
    assert "screening result" not in shown


@pytest.mark.parametrize(("code", "words"), [
    ("es", ["Mínima", "Leve", "Moderada", "Moderadamente grave", "Grave"]),
    ("en", ["Minimal", "Mild", "Moderate", "Moderately severe", "Severe"]),
])
def test_the_result_page_says_the_band_in_the_language(
        qtbot: QtBot, tmp_path: Path, code: str, words: list[str]) -> None:
    phq9 = INSTRUMENTS["phq9"]
    with language(code, tmp_path / "qm"):
        shown = []
        for total in (2, 7, 12, 17, 24):  # one in each band, item 9 at 0
            answers = [min(3, total // 8 + (i < total % 8)) for i in range(8)] + [0]
            view = _shown(qtbot, ResultView(phq9, score(phq9, answers)))
            shown.append(view.band_label.text())
        assert shown == words
        risky = _shown(qtbot, ResultView(phq9, score(phq9, [1] * 8 + [1])))
        assert risky.band_label.text().endswith(words[1])  # "Score range: Mild", with item 9


@pytest.mark.parametrize(("code", "band"), [("es", "Leve"), ("en", "Mild")])
def test_the_today_card_says_the_band_in_the_language(
        qtbot: QtBot, tmp_path: Path, code: str, band: str) -> None:
    last = LastResult("phq9", datetime(2026, 12, 1, 12, tzinfo=UTC), "Mild", False)
    with language(code, tmp_path / "qm"):
        home = _shown(qtbot, HomeView())
        home.show_today(Today(None, (), last))
        assert home.result_words.text().endswith(f": {band}.")


@pytest.mark.parametrize(("code", "bands", "notes"), [
    ("es", ["Mínima", "Leve", "Moderada", "Moderadamente grave", "Grave"],
     ["Leve", "Moderadamente grave"]),
    ("en", ["Minimal", "Mild", "Moderate", "Moderately severe", "Severe"],
     ["Mild", "Moderately severe"]),
])
def test_history_says_the_bands_in_the_language(
        qtbot: QtBot, data_dir: Path, fast_kdf: KdfParams, tmp_path: Path,
        code: str, bands: list[str], notes: list[str]) -> None:
    worker = Worker()
    vault, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, VAULT_PASSPHRASE, kdf_params=fast_kdf))
    try:
        worker.run_blocking(lambda: _save_history(vault))
        with language(code, tmp_path / "qm"):
            page = HistoryPage(vault, worker, today=lambda: HISTORY_TODAY)
            qtbot.addWidget(page)
            with qtbot.waitSignal(page.loaded):
                page.show()
            with qtbot.waitSignal(page.loaded):
                page.select("instrument:phq9", RangePreset.DAYS_30)
            series = page.chart.series
            assert series is not None
            assert [b.label for b in series.bands] == bands
            assert [p.note for p in series.points] == notes
            column = [str(page.model.index(r, 2).data(Qt.ItemDataRole.DisplayRole))
                      for r in range(page.model.rowCount())]
            assert any(notes[0] in cell for cell in column), column
    finally:
        worker.run_blocking(vault.lock)
        worker.stop()


# -- organization settings ---------------------------------------------------------------


def _without(text: str, written: list[str]) -> str:
    """`text` without what the organization wrote (longest first)."""
    for words in sorted(written, key=len, reverse=True):
        text = text.replace(words, " ")
    return text


def test_every_policy_title_is_marked() -> None:
    assert {s.name: s.title for s in schema.settings()} == TITLES


def test_the_policy_titles_and_values_are_translated(qtbot: QtBot, tmp_path: Path) -> None:
    examples = {s.name: s.example for s in schema.settings()}
    managed = PolicyDocument("managed.json", "managed", examples)
    policy = EffectivePolicy.resolve(PolicyReading(documents=[managed]))
    written = [examples["organization_name"], examples["directory_bundle"]["location"],
               *EAP_DATA, "managed.json"]
    for shown in (policy, EffectivePolicy.defaults()):
        with pseudo_locale():
            page = _shown(qtbot, PoliciesPage(shown))
            cells = [str(page.model.index(r, c).data()) for r in range(page.model.rowCount())
                     for c in range(page.model.columnCount())]
            assert untranslated(page, said=written) == []
            assert [c for c in cells if leftover(_without(c, written))] == []
    with language("es", tmp_path / "qm"):
        page = _shown(qtbot, PoliciesPage(policy))
        row = {str(page.model.index(r, 0).data()): str(page.model.index(r, 1).data())
               for r in range(page.model.rowCount())}
        assert row["Ofrecer el desbloqueo rápido"] == "no"
        assert row["Recordatorios predeterminados del registro de ánimo"] == (
            "lun, mié, vie a las 16:30; horas de silencio 21:00-07:00")
        assert row["Paquete del directorio"] == "/srv/confide/directory.bundle (1 llave fijada)"
        assert row["Idioma"] == "Español"
