"""Every string on the phase-1 screens goes through Qt's translation, or comes from data.

A translator that wraps each string in ⟦…⟧ is installed; the lock screen, the crisis panel
(locked, and unlocked with a safety plan), the result pages and the language section are
built, and every text a person or a screen reader meets is walked. What is left once the
wrapped parts and the data files' own words (contact names, instrument wording) are taken
out must hold no letters. Phase 2 of issue 15 adds, group by group, each page whose strings
it translates; the export dialog and every Settings section (with their dialogs) are among them.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from crypto.errors import (
    BackupInvalid,
    DiskFull,
    EnvironmentProblem,
    KeyringUnavailable,
    RecoveryCodeUnconfirmed,
    VaultBusy,
    VaultCorrupt,
    VaultError,
    VaultExists,
    WrongPassphrase,
)
from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.checkins.table_view import RecentCheckInsPanel
from desktop.checkins.view import CheckInPage
from desktop.crisis.view import CrisisPanel
from desktop.demo import _INSERT, demo_checkins
from desktop.export.view import ExportDialog
from desktop.history.chart_view import EMPTY_TEXT, days_text
from desktop.history.history import RangePreset
from desktop.history.view import HistoryPage
from desktop.insights.table_view import InsightsTableModel
from desktop.insights.view import InsightsPage
from desktop.insights.words_view import method_text
from desktop.lock.flow import ProblemKind, UnlockProblem
from desktop.lock.problems_view import problem_text, quick_reasons
from desktop.lock.view import LockScreen
from desktop.policy.effective import EffectivePolicy
from desktop.policy.sources import PolicyDocument, PolicyReading
from desktop.policy.view import PoliciesPage
from desktop.questionnaires.questionnaires_view import QuestionnairesPage, last_done_words
from desktop.questionnaires.result_view import ResultView
from desktop.records.checkin_store import CheckInStore
from desktop.records.checkins import CheckIn, Stressor
from desktop.records.instrument_translations import in_language, translation_file
from desktop.records.instruments import Instrument, load_all
from desktop.records.results_store import ResultStore
from desktop.records.scoring import score
from desktop.reminders.settings_view import ReminderEditor
from desktop.reminders.tray_view import (
    FOLLOW_UP_MESSAGE,
    REMINDER_MESSAGE,
    TITLE,
    ReminderTray,
)
from desktop.safety_plan.crisis_lines import chat_address, crisis_lines
from desktop.safety_plan.model import PlanItem, SafetyPlan, Step
from desktop.safety_plan.print_view import plan_html
from desktop.safety_plan.summary_view import SafetyPlanSummary
from desktop.settings.about_view import AboutDialog
from desktop.settings.dialogs_view import (
    BackupDialog,
    ChangePassphraseDialog,
    KeyMissingScreen,
    PassphraseCheckDialog,
    RecoveryCodeDialog,
    RestoreDialog,
)
from desktop.settings.language_view import ENDONYMS, NEXT_START, LanguageGroup
from desktop.settings.logic import Preferences
from desktop.settings.messages import BACKUP_REASONS, describe_error
from desktop.settings.preferences_view import LockingGroup
from desktop.settings.view import SettingsPage
from desktop.setup import view as setup_view
from desktop.setup.flow import CreateFailure, Issue, IssueKind
from desktop.setup.view import SetupWizard
from desktop.setup.words import issue_text
from desktop.shell.assembly import ShellServices, build_main_window
from desktop.shell.header_view import LOCK_SHORTCUT, QUICK_EXIT_SHORTCUT, lock_status_text
from desktop.shell.home_view import HomeView
from desktop.shell.idle import IdleWatcher
from desktop.shell.main_window import HOME, MainWindow
from desktop.shell.settings_page import settings_page
from desktop.ui.dates import long_date, short_date, time_text
from desktop.ui.passphrase import NewPassphraseField
from desktop.ui.theme import ThemeManager
from desktop.ui.worker import Worker
from referral_directory.crisis import load_crisis_directory
from tests.conftest import VAULT_PASSPHRASE
from tests.desktop.date_words import said_dates
from tests.desktop.i18n_fixtures import CLOSE, OPEN, PLACEHOLDER, language, pseudo_locale
from tests.desktop.setup.test_flow import _at_confirm

INSTRUMENTS = load_all()
# Not yet translated (phase 2): their widgets are skipped, not passed.
PHASE_2: tuple[type[QWidget], ...] = ()
WRAPPED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")


def data_strings(value: object) -> Iterator[str]:
    """Every text in a data object (a loaded directory or instrument), recursively."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Enum):
        return
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from data_strings(getattr(value, field.name))
    elif isinstance(value, dict):
        for item in value.values():
            yield from data_strings(item)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from data_strings(item)


DATA = sorted(
    {s for s in data_strings([load_crisis_directory(), *INSTRUMENTS.values(),
                              *(in_language(i, "es") for i in INSTRUMENTS.values())])
     if s.strip()}
    | set(ENDONYMS.values()) | set(NEXT_START.values())
    | {LOCK_SHORTCUT, QUICK_EXIT_SHORTCUT}  # key names, as Qt spells them
    # A chat's address as the safety plan's crisis lines write it (its words are translated).
    | {chat_address(a) for c in load_crisis_directory().contacts for a in c.actions if a.url}
    | {"A walk outside", "My sister"},  # what the test plan's author wrote
    key=len, reverse=True,
)


def leftover(text: str) -> str:
    """The letters in `text` that neither a translation nor a data file accounts for."""
    plain = html.unescape(re.sub(r"<[^>]+>", " ", text))
    while True:  # innermost first: "⟦{reason} Please …⟧" holds "⟦Quick unlock is off.⟧"
        stripped = WRAPPED.sub(" ", plain)
        if stripped == plain:
            break
        plain = stripped
    for words in DATA:
        plain = plain.replace(words, " ")
    return re.sub(r"[\W\d_]+", "", plain)


def shown_texts(root: QWidget, skip: Iterable[QWidget] = ()) -> Iterator[tuple[str, str]]:
    """(where, text) for every text of `root` and its widgets; phase-2 widgets and `skip`
    (with what they hold) are left out."""
    skipped = [w for w in root.findChildren(QWidget) if isinstance(w, PHASE_2)] + list(skip)

    def inside_skipped(widget: QWidget) -> bool:
        return any(widget is s or s.isAncestorOf(widget) for s in skipped)

    for widget in [root, *root.findChildren(QWidget)]:
        if inside_skipped(widget):
            continue
        kind = type(widget).__name__
        texts = [("title", widget.windowTitle()), ("accessible name", widget.accessibleName()),
                 ("accessible description", widget.accessibleDescription()),
                 ("tooltip", widget.toolTip())]
        if isinstance(widget, QLabel):
            texts.append(("text", widget.text()))
        if isinstance(widget, QAbstractButton):
            texts.append(("text", widget.text()))
        if isinstance(widget, QLineEdit):
            texts.append(("placeholder", widget.placeholderText()))
        if isinstance(widget, QTextEdit):  # a read-only text such as the plan summary
            texts.append(("text", widget.toPlainText()))
        if isinstance(widget, QGroupBox):
            texts.append(("group title", widget.title()))
        if isinstance(widget, QComboBox):
            texts += [("item", widget.itemText(i)) for i in range(widget.count())]
        for what, text in texts:
            if text:
                yield f"{kind} {what}", text


def untranslated(root: QWidget, skip: Iterable[QWidget] = (), said: Iterable[str] = ()
                 ) -> list[str]:
    """Texts of `root` with untranslated letters; `said` are words Qt's locale gives (dates)."""
    def rest(text: str) -> str:
        for words in sorted(said, key=len, reverse=True):  # "lunes" before "lun"
            text = text.replace(words, " ")
        return leftover(text)

    return [f"{where}: {text!r}" for where, text in shown_texts(root, skip) if rest(text)]


W = TypeVar("W", bound=QWidget)


def _shown(qtbot: QtBot, widget: W) -> W:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _plan() -> SafetyPlanSummary:
    summary = SafetyPlanSummary(show_open_button=True)
    summary.set_plan(SafetyPlan({Step.COPING_ALONE: (PlanItem("A walk outside"),)}, "My sister"))
    return summary


def _results() -> Iterable[tuple[Instrument, list[int], int | None]]:
    yield INSTRUMENTS["phq9"], [1] * 8 + [2], 2  # a risk answer: help first
    yield INSTRUMENTS["phq9"], [2] * 8 + [0], 3  # the band's words and the functional item
    yield INSTRUMENTS["who5"], [1, 3, 3, 3, 3], None  # an item flag
    yield INSTRUMENTS["burnout"], [3], None  # reference figures


def test_the_check_can_fail() -> None:
    assert leftover("Your vault is locked.") == "Yourvaultislocked"
    assert leftover(f"{OPEN}Your vault is locked.{CLOSE}") == ""
    assert leftover(f'{OPEN}Source: <a href="x">PHQ-9 {OPEN}Licence{CLOSE}</a>{CLOSE}') == ""
    assert leftover("Crisis Text Line") == ""  # a contact's name, from the directory


def test_the_lock_screen_is_translated(qtbot: QtBot, tmp_path: Path) -> None:
    worker = Worker()
    try:
        with pseudo_locale():
            screen = _shown(qtbot, LockScreen(worker, tmp_path, probe_quick=False,
                                              demo_passphrase="2468 1357"))
            problems = [problem_text(UnlockProblem(kind, quick_reason=reason))
                        for kind in ProblemKind for reason in (*quick_reasons(), "other")]
            assert untranslated(screen) == []
            assert [p for p in problems if leftover(p)] == []
            screen.flow.set_mode(screen.flow.mode.RECOVERY_CODE)
            screen._render()
            assert untranslated(screen) == []
    finally:
        worker.stop()


@pytest.mark.parametrize("with_plan", [False, True], ids=["locked", "with a safety plan"])
def test_the_crisis_panel_is_translated(qtbot: QtBot, with_plan: bool) -> None:
    with pseudo_locale():
        panel = _shown(qtbot, CrisisPanel(safety_plan=_plan() if with_plan else None))
        for copy in panel.fallback_copies.values():
            copy.show()  # offered when no app opened
        directory = load_crisis_directory()
        checked = {directory.checked, *(c.checked for c in directory.contacts),
                   *(o.checked for c in directory.contacts for o in c.options)}
        assert untranslated(panel, said=said_dates(checked)) == []
        # The words a click brings, for every action: app opened, or what to do instead.
        actions = [a for c in load_crisis_directory().contacts
                   for a in (*c.actions, *(a for o in c.options for a in o.actions))]
        said = [panel._handed_over(a) for a in actions] + [panel._instead(a) for a in actions]
        assert [words for words in said if leftover(words)] == []


@pytest.mark.parametrize("case", list(_results()), ids=lambda c: c[0].id)
def test_the_result_page_is_translated(qtbot: QtBot,
                                       case: tuple[Instrument, list[int], int | None]) -> None:
    instrument, answers, functional = case
    with pseudo_locale():
        view = _shown(qtbot, ResultView(instrument, score(instrument, answers),
                                        functional=functional))
        # Spanish: an instrument with no published Spanish wording is English, and says so.
        spanish = translation_file(instrument.id, "es").is_file()
        assert (view.language_note is None) == spanish
        assert untranslated(view) == []


def test_the_language_section_is_translated(qtbot: QtBot) -> None:
    with pseudo_locale():
        group = _shown(qtbot, LanguageGroup("system"))
        group.language.setCurrentIndex(2)
        assert untranslated(group) == []


def test_the_setup_wizard_is_translated(qtbot: QtBot, data_dir: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # Closing it at teardown would ask "Leave setup?" (the flow says the vault exists).
    monkeypatch.setattr(setup_view, "ask_yes_no", lambda *_args: True)
    worker = Worker()
    try:
        with pseudo_locale():
            # At "check your copy": every page is built, and the code's groups are asked.
            wizard = _shown(qtbot, SetupWizard(worker, data_dir, flow=_at_confirm()))
            assert untranslated(wizard) == []
            problems = [Issue(IssueKind.CREATE_FAILED, failure=f) for f in CreateFailure]
            problems += [Issue(IssueKind.CODE_GROUP_MISMATCH, groups=g)
                         for g in ((2,), (2, 5), (1, 2, 3))]
            said = [issue_text(i, QCoreApplication.translate) for i in problems]
            assert [words for words in said if leftover(words)] == []
    finally:
        worker.stop()


@pytest.mark.parametrize("typed", ["", "short", "password123", "sunflower river",
                                   "sunflower river quiet lamp"])
def test_the_passphrase_advice_is_translated(qtbot: QtBot, typed: str) -> None:
    with pseudo_locale():
        field = _shown(qtbot, NewPassphraseField())
        field.entry.setText(typed)
        field.confirm.setText(typed + "x")  # the mismatch line is shown too
        assert untranslated(field) == [], field.strength
        assert leftover(field.meter.format()) == ""


def test_the_main_window_and_home_are_translated(qtbot: QtBot, data_dir: Path,
                                                 fast_kdf: KdfParams) -> None:
    """The real window as the app assembles it: its header, section names and Home.

    The other sections' pages are skipped here; each has its own test once translated.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    worker, idle = Worker(), IdleWatcher(5)
    vault, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, VAULT_PASSPHRASE, kdf_params=fast_kdf))
    try:
        with pseudo_locale():
            services = ShellServices(data_dir, ThemeManager(app), idle,
                                     EffectivePolicy.defaults(), lambda _request: None)
            window = _shown(qtbot, build_main_window(vault, worker, services))
            assert isinstance(window, MainWindow)
            home = window.page(HOME)
            others = [page for page in map(window.stack.widget, range(window.stack.count()))
                      if page is not None and page is not home]
            # Today's date is the locale's own words (Qt's), not a string of Confide's.
            dates = [home.date_line.text()] if isinstance(home, HomeView) else []
            assert untranslated(window, skip=others, said=dates) == []
            sections = [title for _key, title in window.sections()]
            assert len(sections) > 5
            assert [title for title in sections if leftover(title)] == []
            assert leftover(lock_status_text(1)) == leftover(lock_status_text(5)) == ""
    finally:
        idle.close()
        worker.run_blocking(vault.lock)
        worker.stop()



def _model_texts(model: QAbstractItemModel) -> list[str]:
    """A table's header titles and every cell as read aloud (AccessibleTextRole)."""
    horizontal = Qt.Orientation.Horizontal
    texts = [str(model.headerData(c, horizontal)) for c in range(model.columnCount())]
    texts += [str(model.index(r, c).data(Qt.ItemDataRole.AccessibleTextRole))
              for r in range(model.rowCount()) for c in range(model.columnCount())]
    return texts


def test_the_checkin_page_is_translated(qtbot: QtBot, data_dir: Path,
                                        fast_kdf: KdfParams) -> None:
    worker = Worker()
    vault, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, VAULT_PASSPHRASE, kdf_params=fast_kdf))
    day = date(2026, 3, 2)
    try:
        worker.run_blocking(lambda: CheckInStore(vault).save(CheckIn(
            day, datetime(2026, 3, 2, 9, tzinfo=UTC), mood=4, energy=2, sleep=3,
            stressors=frozenset(Stressor), note="x")))
        with pseudo_locale():
            page = _shown(qtbot, CheckInPage(vault, worker, today=lambda: day))
            qtbot.waitUntil(lambda: page.built)  # the table comes with its rows
            panel = page.findChild(RecentCheckInsPanel)
            assert panel is not None
            qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
            assert untranslated(page, said=[short_date(day), long_date(day, weekday=True)]) == []
            # Not dates (Qt's locale says them): the words around them, and the cells.
            assert [t for t in _model_texts(panel.model)
                    if leftover(t.replace(short_date(day), " "))] == []
    finally:
        worker.run_blocking(vault.lock)
        worker.stop()


def test_the_questionnaires_are_translated_and_phq9_is_worded_in_spanish(
        qtbot: QtBot, data_dir: Path, fast_kdf: KdfParams) -> None:
    worker = Worker()
    vault, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, VAULT_PASSPHRASE, kdf_params=fast_kdf))
    try:
        with pseudo_locale():
            page = _shown(qtbot, QuestionnairesPage(INSTRUMENTS, vault, worker,
                                                    crisis_panel=CrisisPanel))
            qtbot.waitUntil(lambda: bool(page._status["phq9"].text()))
            assert untranslated(page) == []
            done = datetime(2026, 3, 2, 12, tzinfo=UTC)
            words = [last_done_words(None, True), last_done_words(done, True)]
            day = long_date(done.astimezone().date())  # Qt's locale says the date
            assert [w for w in words if leftover(w.replace(day, " "))] == []
            page.start_buttons["phq9"].click()
            current = page.current
            assert current is not None
            spanish = in_language(INSTRUMENTS["phq9"], "es")
            assert spanish.items[0].text != INSTRUMENTS["phq9"].items[0].text
            assert current.instrument.items[0].text == spanish.items[0].text
            assert untranslated(page) == []
    finally:
        worker.run_blocking(vault.lock)
        worker.stop()


def test_the_printed_safety_plan_is_translated() -> None:
    plan = SafetyPlan({Step.COPING_ALONE: (PlanItem("A walk outside"),)}, "My sister",
                      review_on=date(2026, 6, 1))
    with pseudo_locale():
        crisis = crisis_lines(translate=QCoreApplication.translate)
        document = QTextDocument()
        document.setHtml(plan_html(plan, crisis, date(2026, 3, 2)))
        text = document.toPlainText()
        for personal in ("A walk outside", "My sister", long_date(date(2026, 3, 2)),
                         long_date(date(2026, 6, 1))):
            text = text.replace(personal, " ")
        assert leftover(text) == ""


def test_the_organization_settings_page_is_translated(qtbot: QtBot) -> None:
    policy = EffectivePolicy.defaults()
    with pseudo_locale():
        page = _shown(qtbot, PoliciesPage(policy))
        assert untranslated(page) == []
        # The policy's own titles and values are not translated yet: only Confide's words
        # around them (headers, "Set by") are checked here.
        headers = [str(page.model.headerData(c, Qt.Orientation.Horizontal))
                   for c in range(page.model.columnCount())]
        set_by_words = [str(page.model.index(r, 2).data()) for r in range(page.model.rowCount())]
        assert page.model.rowCount() > 0
        assert [w for w in headers + set_by_words if leftover(w)] == []


def test_the_reminders_are_translated_and_stay_content_free(qtbot: QtBot) -> None:
    with pseudo_locale():
        editor = _shown(qtbot, ReminderEditor(None))
        days = [QLocale().dayName(d, f) for d in range(1, 8)
                for f in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat)]
        assert untranslated(editor, said=days) == []
        # The tray's words are fixed sentences, translated whole: nothing is put in them.
        assert PLACEHOLDER.search(REMINDER_MESSAGE) is None
        assert PLACEHOLDER.search(FOLLOW_UP_MESSAGE) is None
        tray = ReminderTray(None)
        try:
            with qtbot.waitSignal(tray.shown) as shown:
                tray.follow_ups_due(3)  # due now: the timer fires at once
            title, message = shown.args
            assert title == TITLE  # the app's name, the same in every language
            assert message == f"{OPEN}{FOLLOW_UP_MESSAGE}{CLOSE}"
        finally:
            tray.stop()


def test_counted_sentences_are_found_in_real_spanish(qtbot: QtBot, tmp_path: Path) -> None:
    """The pseudo-locale wraps whatever is asked; the real .qm must also hold each counted
    form (a count Qt looks up as a plural misses a non-plural entry, and English shows)."""
    with language("es", tmp_path):
        assert lock_status_text(1).startswith("Caja fuerte desbloqueada")
        assert lock_status_text(5) == (
            "Caja fuerte desbloqueada \u2014 se bloquea tras 5 minutos de inactividad")
        field = _shown(qtbot, NewPassphraseField())
        field.entry.setText("abcde")
        assert field.hint.text() == "Use 10 caracteres o más: faltan 5."
        field.entry.setText("abcdefghi")
        assert field.hint.text() == "Use 10 caracteres o más: falta 1."


def _confirms(group: QWidget, asked: list[str]) -> None:
    """Stand in for the yes/no warning a section asks: record its words, answer no."""
    def confirm(text: str, yes: str) -> bool:
        asked.extend((text, yes))
        return False

    group._confirm = confirm  # type: ignore[attr-defined]  # the sections' test seam


@pytest.mark.parametrize("organization", ["defaults", "managed"])
def test_the_whole_settings_page_is_translated(qtbot: QtBot, data_dir: Path, fast_kdf: KdfParams,
                                               organization: str) -> None:
    """Every section, as the app builds it; with a managed policy, its marks and notes too."""
    managed = EffectivePolicy.resolve(PolicyReading(documents=[PolicyDocument(
        "/etc/confide/policies/managed/10.json", "managed",
        {"quick_unlock_allowed": False, "peer_log_allowed": False, "max_auto_lock_minutes": 1,
         "reminder_defaults": {"days": ["monday"], "time": "08:30"}})]))
    policy = managed if organization == "managed" else EffectivePolicy.defaults()
    worker = Worker()
    vault, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, VAULT_PASSPHRASE, kdf_params=fast_kdf))
    try:
        with pseudo_locale():
            page = _shown(qtbot, settings_page(vault, worker, Preferences(), data_dir, policy))
            qtbot.waitUntil(lambda: page.built)  # the sections after the first few, too
            qtbot.waitUntil(lambda: page.roles.stored is not None and not worker.busy)
            qtbot.waitUntil(lambda: "\u2026" not in page.quick_unlock.status.text())
            days = [QLocale().dayName(d, f) for d in range(1, 8)
                    for f in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat)]
            assert untranslated(page, said=days) == []
            # What the sections say later: the quick-unlock states, the warnings they ask.
            group = page.quick_unlock
            group._keyring_ok, group._allowed = True, True
            group._expires = datetime(2026, 3, 2, 18, 30, tzinfo=UTC)
            local = group._expires.astimezone()
            shown = [group._status_text()]
            group._expires = None
            shown.append(group._status_text())
            group._keyring_ok, group._keyring_reason = False, "dbus is not running"
            shown.append(group._status_text().replace("dbus is not running", " "))
            asked: list[str] = []
            for section in (page.keys, page.backup, group):
                _confirms(section, asked)
            page.keys.recovery_button.click()
            page.backup.restore_button.setEnabled(True)
            page.backup.restore_button.click()
            group._on_clicked()
            assert len(asked) == 6
            said = [long_date(local.date()), time_text(local.time())]
            for words in said:
                shown = [s.replace(words, " ") for s in shown]
            assert [s for s in shown + asked if leftover(s)] == []
    finally:
        worker.run_blocking(vault.lock)
        worker.stop()


def test_settings_messages_are_translated() -> None:
    errors = [WrongPassphrase(), RecoveryCodeUnconfirmed(), KeyringUnavailable(),
              DiskFull(Path("x"), ""), VaultExists(Path("x"), ""), VaultBusy(Path("x")),
              VaultCorrupt(Path("x"), ""), EnvironmentProblem(Path("x"), ""), VaultError(),
              BackupInvalid("new-kind"), *(BackupInvalid(r) for r in BACKUP_REASONS)]
    with pseudo_locale():
        words = [describe_error(e, QCoreApplication.translate) for e in errors]
        detail = describe_error(EnvironmentProblem(Path("x"), "Permission denied"),
                                QCoreApplication.translate)
    assert [w for w in words if leftover(w)] == []
    assert leftover(detail.replace("Permission denied", " ")) == ""


def test_the_settings_dialogs_are_translated(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:
    built: list[QDialog] = []

    def run(dialog: QDialog) -> int:  # keep the dialog ask_rotate builds, as if cancelled
        built.append(dialog)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(PassphraseCheckDialog, "exec", run)
    with pseudo_locale():
        assert PassphraseCheckDialog.ask_rotate(None) is None
        dialogs: list[QWidget] = [*built, ChangePassphraseDialog(), BackupDialog(),
                                  RestoreDialog(Path("backup.age")), KeyMissingScreen()]
        code = RecoveryCodeDialog("ABCD-EFGH", resumed=True)
        about = AboutDialog()
        for dialog in (*dialogs, code, about):
            _shown(qtbot, dialog)
        assert [t for d in dialogs for t in untranslated(d)] == []
        assert untranslated(code, skip=[code.code]) == []  # the code itself is data
        about.show_licence.click()  # its words change once the licence shows
        assert untranslated(about, skip=[about.licence_text]) == []


@pytest.mark.parametrize("allowed", [True, False], ids=["allowed", "off by policy"])
def test_the_export_dialog_is_translated(qtbot: QtBot, data_dir: Path, fast_kdf: KdfParams,
                                         allowed: bool) -> None:
    worker = Worker()
    vault, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, VAULT_PASSPHRASE, kdf_params=fast_kdf))
    try:
        with pseudo_locale():
            dialog = _shown(qtbot, ExportDialog(vault, worker, INSTRUMENTS, allowed=allowed))
            assert untranslated(dialog) == []
            if not allowed:
                return
            said = []
            dialog.checkins.setChecked(False)
            dialog.questionnaires.setChecked(False)
            said.append(dialog._problem())
            dialog.checkins.setChecked(True)
            said.append(dialog._problem())
            dialog.passphrase.setText("one")
            said.append(dialog._problem())
            for error in (DiskFull(Path("x"), ""), EnvironmentProblem(Path("x"), ""),
                          VaultError(), RuntimeError()):
                dialog._on_error(error)
                said.append(dialog.status.text())
            with qtbot.waitSignal(dialog.exported):
                dialog._on_done("/tmp/mine.age")
            said.append(dialog.status.text().replace("/tmp/mine.age", " "))
            assert [w for w in said if w is None or leftover(w)] == []
    finally:
        worker.run_blocking(vault.lock)
        worker.stop()


def _shortcuts(root: QWidget) -> list[str]:
    """The shortcut letters of `root`'s buttons and labelled fields, lower-case."""
    texts = [w.text() for w in root.findChildren(QAbstractButton)]
    texts += [w.text() for w in root.findChildren(QLabel) if w.buddy() is not None]
    return [m.lower() for t in texts for m in re.findall(r"&(\w)", t.replace("&&", ""))]


@pytest.mark.parametrize("code", ["en", "es"])
def test_export_and_settings_shortcuts_do_not_clash(qtbot: QtBot, data_dir: Path,
                                                    fast_kdf: KdfParams, tmp_path: Path,
                                                    code: str) -> None:
    worker = Worker()
    vault, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, VAULT_PASSPHRASE, kdf_params=fast_kdf))
    try:
        with language(code, tmp_path):
            page = _shown(qtbot, SettingsPage(vault, worker, Preferences(), data_dir))
            qtbot.waitUntil(lambda: page.built)  # the sections after the first few, too
            qtbot.waitUntil(lambda: page.roles.stored is not None and not worker.busy)
            roots: list[QWidget] = [page, ExportDialog(vault, worker, INSTRUMENTS, allowed=True),
                                    ChangePassphraseDialog(), BackupDialog(),
                                    RestoreDialog(Path("backup.age")), KeyMissingScreen()]
            for root in roots:
                qtbot.addWidget(root)
                letters = _shortcuts(root)
                assert letters and len(letters) == len(set(letters)), " ".join(sorted(letters))
            if code == "es":  # counted words come from the real Spanish, in each form
                managed, limited = LockingGroup(5, 1, managed=True), LockingGroup(5, 10)
                assert managed.mark is not None
                assert managed.mark.text().endswith(": como máximo 1 minuto")
                notes = [label.text() for label in limited.findChildren(QLabel)]
                assert "Su organización permite como máximo 10 minutos." in notes
    finally:
        worker.run_blocking(vault.lock)
        worker.stop()


HISTORY_TODAY = date(2026, 3, 12)


def _save_history(vault: Vault) -> None:
    """A week of check-ins and two PHQ-9 results, the newer with item 9 above 0."""
    store = CheckInStore(vault)
    noon = datetime(2026, 3, 12, 12, tzinfo=UTC)
    for offset in range(8):
        store.save(CheckIn(HISTORY_TODAY - timedelta(days=offset), noon, mood=1 + offset % 5,
                           energy=3, sleep=2, stressors=frozenset({Stressor.STAFFING})))
    phq9 = INSTRUMENTS["phq9"]
    for days_ago, answers in ((20, [1] * 8 + [0]), (3, [2] * 8 + [1])):
        ResultStore(vault).save(phq9, score(phq9, answers), answers,
                                noon - timedelta(days=days_ago))


def test_the_history_page_is_translated(qtbot: QtBot, data_dir: Path,
                                        fast_kdf: KdfParams) -> None:
    """Every series (daily, weekly, a questionnaire with a risk answer): the controls, the
    chart's words, its summary and the table as read aloud. Dates are Qt's locale's."""
    worker = Worker()
    vault, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, VAULT_PASSPHRASE, kdf_params=fast_kdf))
    try:
        worker.run_blocking(lambda: _save_history(vault))
        with pseudo_locale():
            page = HistoryPage(vault, worker, today=lambda: HISTORY_TODAY)
            qtbot.addWidget(page)
            with qtbot.waitSignal(page.loaded):
                page.show()
            keys = [page.series_box.itemData(i) for i in range(page.series_box.count())]
            assert {"checkin:mood", "instrument:phq9"} <= set(keys)
            for key in ("checkin:mood:daily", "checkin:sleep:weekly", "instrument:phq9"):
                with qtbot.waitSignal(page.loaded):
                    page.select(key, RangePreset.DAYS_30)
                series = page.chart.series
                assert series is not None and series.points, key
                dates = [short_date(d) for d in (series.span.start, series.span.end,
                                                *(p.day for p in series.points))]
                assert untranslated(page, said=dates) == [], key
                texts = _model_texts(page.model)
                assert [t for t in texts if leftover(_without(t, dates))] == [], key
            risky = page.chart.series
            assert risky is not None and any(p.risk for p in risky.points)  # walked too
            assert "\u27e7" in page.summary.text()
            assert leftover(EMPTY_TEXT) and not leftover(page.chart.tr(EMPTY_TEXT))
            page._load_failed(OSError())
            assert leftover(page.summary.text()) == ""
    finally:
        worker.run_blocking(vault.lock)
        worker.stop()


def _without(text: str, said: Iterable[str]) -> str:
    for words in sorted(said, key=len, reverse=True):
        text = text.replace(words, " ")
    return text


INSIGHTS_TODAY = date(2026, 12, 4)


def test_the_insights_page_is_translated(qtbot: QtBot, data_dir: Path,
                                         fast_kdf: KdfParams) -> None:
    """The demo's check-ins give a clear difference: the words, chart, table and the
    support box; then the counted status sentences for every case."""
    worker = Worker()
    vault, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, VAULT_PASSPHRASE, kdf_params=fast_kdf))

    def fill() -> None:
        with vault.transaction() as conn:
            conn.executemany(_INSERT, demo_checkins(INSIGHTS_TODAY))

    try:
        worker.run_blocking(fill)
        with pseudo_locale():
            page = InsightsPage(vault, worker, today=lambda: INSIGHTS_TODAY)
            qtbot.addWidget(page)
            with qtbot.waitSignal(page.loaded, timeout=10_000):
                page.show()
            assert page.report is not None and page.report.clear_findings
            assert page.sentences.text() and page.table.isVisible()
            assert untranslated(page) == []  # the hidden support box's words included
            texts = _model_texts(page.model) + [
                str(page.model.index(r, c).data(role)) for r in range(page.model.rowCount())
                for c in range(page.model.columnCount())
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
            assert [t for t in texts if leftover(t)] == []
            counted = [page._not_enough_text(n) for n in (0, 1, 5)]
            counted += [page._none_clear_text(n) for n in (1, 14)]
            counted += [page._clear_text(1, 1), page._clear_text(2, 14)]
            counted += [method_text(n) for n in (1, 14)]
            assert [t for t in counted if leftover(t)] == []
            page.refresh()  # "working out" is said only before the first report
            page._load_failed(OSError())
            assert page.status.text() and leftover(page.status.text()) == ""
    finally:
        worker.run_blocking(vault.lock)
        worker.stop()


def test_history_and_insights_counts_are_found_in_real_spanish(
        qtbot: QtBot, tmp_path: Path, data_dir: Path, fast_kdf: KdfParams) -> None:
    """Counted words of both pages come out of the compiled Spanish, for one and for many
    (a form Qt looks up as a plural misses a non-plural entry, and English would show)."""
    worker = Worker()
    vault, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, VAULT_PASSPHRASE, kdf_params=fast_kdf))
    try:
        with language("es", tmp_path):
            assert (days_text(1), days_text(5)) == ("1 día", "5 días")
            model = InsightsTableModel()
            assert model._count_text(1, daily=True) == "1 día"
            assert model._count_text(12, daily=True) == "12 días"
            assert model._count_text(7, daily=False) == "7 resultados"
            page = InsightsPage(vault, worker, today=lambda: INSIGHTS_TODAY)
            qtbot.addWidget(page)
            assert page._not_enough_text(1).startswith("Todavía no hay suficientes registros")
            assert "(1 día con registro" in page._not_enough_text(1)
            assert "(4 días con registro" in page._not_enough_text(4)
            assert page._clear_text(2, 14) == "Diferencias claras en 2 de 14 comparaciones:"
            assert page._none_clear_text(14).startswith(
                "Por ahora no hay diferencias claras: 14 comparaciones")
            assert method_text(14).startswith("Cómo se calcula: cada intervalo")
            assert RangePreset.DAYS_90.label == "Last 90 days"  # marked English, Qt-free
            history = HistoryPage(vault, worker, today=lambda: HISTORY_TODAY)
            qtbot.addWidget(history)
            assert history.range_box.currentText() == "Últimos 90 días"
            assert history.series_box.itemText(0) == "Ánimo (registro)"
            # The longer Spanish words still fit a 600 px window (they once pushed it to 649).
            assert history.minimumSizeHint().width() <= 600
    finally:
        worker.run_blocking(vault.lock)
        worker.stop()
