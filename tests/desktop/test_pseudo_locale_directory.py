"""Every string of "Find help" and the shared failure words goes through Qt's translation.

The page is built on the real national directory (from resources), under the translator
that wraps each string in ⟦…⟧: as it loads, with every need, a search, the filters, each
resource's details and buttons, and the licensing questions for every state and board.
What is left once the wrapped parts and the directory's own data (service names,
descriptions, hours, sources, state names, what boards ask) are taken out must hold no
letters. Then, in real Spanish, no accelerator clashes with the main window's own.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from crypto.errors import DiskFull, VaultError
from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.checkins.hard_day_view import HardDayNote
from desktop.checkins.view import CheckInPage
from desktop.directory.contact import actions_for
from desktop.directory.dialog_view import DirectoryDialog
from desktop.directory.results import RESULTS_LIMIT, US_STATES, LicenseNote
from desktop.directory.view import DirectoryPage
from desktop.policy.effective import EffectivePolicy
from desktop.questionnaires.result_view import ResultView
from desktop.records.scoring import score
from desktop.shell.assembly import ShellServices, build_main_window
from desktop.shell.idle import IdleWatcher
from desktop.ui.dates import long_date
from desktop.ui.theme import ThemeManager
from desktop.ui.worker import Worker
from desktop.words import failure_text
from referral_directory.directory import Directory, national_resources
from referral_directory.licensing import JURISDICTIONS, national
from referral_directory.model import Need, Resource
from tests.conftest import VAULT_PASSPHRASE
from tests.desktop.i18n_fixtures import language, pseudo_locale
from tests.desktop.test_pseudo_locale import (
    INSTRUMENTS,
    _shown,
    data_strings,
    leftover,
    untranslated,
)

NOON = datetime(2026, 12, 4, 17, tzinfo=UTC)
# Language names the data gives are translated on show, so they are not counted as data.
_TRANSLATED_DATA = {"English", "Spanish"}


def _directory_data() -> list[str]:
    """The directory's own words: its resources and licensing answers, and state names."""
    table = national()
    texts = set(data_strings([national_resources(), table.answers()]))
    texts |= {name for _code, name in (*US_STATES, *JURISDICTIONS)}
    texts |= {html.escape(t, quote=False) for t in texts}  # as a link's rich text has it
    return sorted((t for t in texts if t.strip() and t not in _TRANSLATED_DATA),
                  key=len, reverse=True)


DIRECTORY_DATA = _directory_data()


def _dates(resources: Iterable[Resource]) -> list[str]:
    """The check dates as the locale writes them (Qt's words, not Confide's)."""
    days: set[date] = set()
    for resource in resources:
        days.add(resource.checked)
        days |= {c.checked for c in resource.claims if c.checked is not None}
    days |= {a.checked for a in national().answers() if a.checked is not None}
    return [long_date(day) for day in days]


def _rest(text: str, said: Iterable[str]) -> str:
    for words in sorted(said, key=len, reverse=True):
        text = text.replace(words, " ")
    return leftover(text)


def _page(qtbot: QtBot, directory: Directory | None) -> DirectoryPage:
    page = _shown(qtbot, DirectoryPage(directory, now=lambda: NOON))
    page.resize(1000, 800)
    return page


def test_the_check_can_fail() -> None:
    assert leftover("Open now") == "Opennow"  # a label is not mistaken for data
    assert _rest("Crisis line: 988 Suicide & Crisis Lifeline", DIRECTORY_DATA) != ""
    assert _rest("988 Suicide & Crisis Lifeline", DIRECTORY_DATA) == ""


def test_find_help_is_translated(qtbot: QtBot, data_dir: Path) -> None:
    directory = Directory.open(data_dir)
    resources = national_resources()
    try:
        with pseudo_locale():
            said = DIRECTORY_DATA + _dates(resources)  # in the locale the page shows
            page = _page(qtbot, directory)
            assert page.model.rowCount() == len(resources)  # every resource is listed
            assert untranslated(page, said=said) == []
            # Each row as shown and as read aloud.
            rows = [str(page.model.index(r).data(role)) for r in range(page.model.rowCount())
                    for role in (Qt.ItemDataRole.DisplayRole,
                                 Qt.ItemDataRole.AccessibleTextRole)]
            assert [t for t in rows if _rest(t, said)] == []
            # A search, then every filter at once.
            page.search_field.setText("nurse")
            page.refresh()
            assert page.model.rowCount() > 0
            assert untranslated(page, said=said) == []
            for check in page.filter_box.findChildren(QAbstractButton):
                check.setChecked(True)
            page.filter_box.state_combo.setCurrentIndex(5)
            page.filter_box.serves_combo.setCurrentIndex(2)
            page.refresh()
            assert untranslated(page, said=said) == []  # "nothing matches", most likely
            for check in page.filter_box.findChildren(QAbstractButton):
                check.setChecked(False)
            # Every need: the counted line, the licensing note and the boards' questions.
            for need in Need:
                page.choose_need(need)
                assert untranslated(page, said=said) == [], need
            # Each resource's details, and what each button would say instead.
            for resource in resources:
                page.show_detail(resource.id)
                assert page.detail.resource is not None
                assert page.detail.resource.id == resource.id
                assert untranslated(page.detail, said=said) == [], resource.id
                fallbacks = [a.fallback for a in actions_for(resource,
                                                             QCoreApplication.translate)]
                assert [f for f in fallbacks if _rest(f, said)] == [], resource.id
            page.detail._say(page.detail.refused_text())
            assert _rest(page.detail.status.text(), said) == ""
    finally:
        directory.index.close()


def test_the_licensing_questions_are_translated(qtbot: QtBot, data_dir: Path) -> None:
    directory = Directory.open(data_dir)
    said = DIRECTORY_DATA + _dates(())
    try:
        with pseudo_locale():
            page = _page(qtbot, directory)
            page.choose_need(Need.LICENSE_WORRY)
            box = page.license_box
            assert box.isVisible()
            assert untranslated(box, said=said) == []  # "choose your state"
            for code, _name in JURISDICTIONS:
                for board in ("medical", "nursing"):
                    box.choose(code, board)
                    assert box.current() is not None
                    assert untranslated(box, said=said) == [], (code, board)
            # The note atop the list, with and without a path to the board.
            notes = [page.words.license_words(LicenseNote(("A",), ("B",))),
                     page.words.license_words(LicenseNote((), ()))]
            assert [n for n in notes if _rest(n, ["A", "B"])] == []
    finally:
        directory.index.close()


def test_the_waiting_words_and_counts_are_translated(qtbot: QtBot) -> None:
    with pseudo_locale():
        page = _page(qtbot, None)
        assert untranslated(page, said=DIRECTORY_DATA) == []  # loading
        page.show_progress(12_000, 50_000)
        assert leftover(page.summary.text()) == ""
        page.show_unavailable()
        assert untranslated(page, said=DIRECTORY_DATA) == []
        dialog = _shown(qtbot, DirectoryDialog(Directory([]), None))
        assert untranslated(dialog, said=DIRECTORY_DATA) == []
        counted = [page.words.results_words(count, query, need, total)
                   for count in (0, 1, 3, RESULTS_LIMIT) for query in ("", "x")
                   for need in (None, Need.CRISIS_NOW, Need.COUNSELOR)
                   for total in (None, RESULTS_LIMIT + 1)]
        assert [c for c in counted if leftover(c)] == []


@pytest.mark.parametrize("error", [DiskFull(Path("x"), ""), VaultError(), RuntimeError()],
                         ids=["disk full", "vault", "other"])
def test_failure_words_are_translated(error: BaseException) -> None:
    undone = "this check-in was not saved"
    assert leftover(failure_text(error, undone))  # English without a translate function
    with pseudo_locale():
        words = failure_text(error, QCoreApplication.translate("CheckInPage", undone),
                             QCoreApplication.translate)
    assert words.startswith("\u27e6") and leftover(words) == ""


def test_a_failed_check_in_save_is_said_in_the_language(
        qtbot: QtBot, data_dir: Path, fast_kdf: KdfParams, tmp_path: Path) -> None:
    worker = Worker()
    vault, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, VAULT_PASSPHRASE, kdf_params=fast_kdf))
    try:
        with language("es", tmp_path):
            page = _shown(qtbot, CheckInPage(vault, worker, today=lambda: date(2026, 3, 2)))
            page._on_error(DiskFull(Path("x"), ""))
            said = " ".join(label.text() for label in page.findChildren(QLabel))
            assert ("El disco está lleno, así que este registro de ánimo no se guardó. "
                    "Libere espacio y vuelva a intentarlo.") in said
    finally:
        worker.run_blocking(vault.lock)
        worker.stop()


def _letters(root: QWidget, skip: Iterable[QWidget] = ()) -> list[str]:
    """The accelerator letters of `root`'s buttons and labelled fields (not in `skip`)."""
    skipped = list(skip)
    widgets = [w for w in root.findChildren(QWidget)
               if not any(s is w or s.isAncestorOf(w) for s in skipped)]
    texts = [w.text() for w in widgets if isinstance(w, QAbstractButton)]
    texts += [w.text() for w in widgets if isinstance(w, QLabel) and w.buddy() is not None]
    return [m.lower() for t in texts for m in re.findall(r"&(\w)", t.replace("&&", ""))]


@pytest.mark.parametrize("code", ["en", "es"])
def test_find_help_shortcuts_do_not_clash_with_the_main_window(
        qtbot: QtBot, data_dir: Path, fast_kdf: KdfParams, tmp_path: Path, code: str) -> None:
    """The result page, the hard-day note and Find help each sit in the main window beside
    its Lock, Quick exit and "Need help now?" buttons."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    worker, idle = Worker(), IdleWatcher(5)
    vault, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, VAULT_PASSPHRASE, kdf_params=fast_kdf))
    directory = Directory.open(data_dir)
    try:
        with language(code, tmp_path / "qm"):
            services = ShellServices(data_dir, ThemeManager(app), idle,
                                     EffectivePolicy.defaults(), lambda _request: None)
            window = build_main_window(vault, worker, services)
            qtbot.addWidget(window)
            pages = [window.stack.widget(i) for i in range(window.stack.count())]
            chrome = _letters(window, skip=[p for p in pages if p is not None])
            assert len(chrome) >= 3, chrome
            phq9 = INSTRUMENTS["phq9"]
            find_help = DirectoryPage(directory, now=lambda: NOON)
            find_help.build_all()  # every part of it, as a visit shows it a few turns later
            shown: list[QWidget] = [
                ResultView(phq9, score(phq9, [1] * 8 + [2]), functional=None),
                HardDayNote(),
                find_help,
            ]
            for page in shown:
                qtbot.addWidget(page)
                letters = chrome + _letters(page)
                assert len(letters) == len(set(letters)), (type(page).__name__,
                                                           " ".join(sorted(letters)))
            # The longer Spanish words still fit a 600 px window (the filters once took 646);
            # at that width the need buttons wrap into fewer columns.
            shown[2].resize(600, 900)
            _shown(qtbot, shown[2])
            scroll = shown[2].findChild(QScrollArea, "",
                                        Qt.FindChildOption.FindDirectChildrenOnly)
            content = scroll.widget() if scroll is not None else None
            assert content is not None and content.minimumSizeHint().width() <= 600
    finally:
        directory.index.close()
        idle.close()
        worker.run_blocking(vault.lock)
        worker.stop()
