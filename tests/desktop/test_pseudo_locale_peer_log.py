"""Every string of the peer log, its reports and merge, and the prevalence measure goes
through Qt's translation, or comes from data.

The pages are built on a real vault with a few contacts, under the pseudo-translator that
wraps each translated string in ⟦…⟧ (`tests.desktop.test_pseudo_locale`): the peer log
with a note holding an identifier and a due follow-up, past contacts with the delete
question, the correction form, the report page with its preview (noise on), the merge page
empty and merged, and the prevalence section with its token dialog. The sentences the
Qt-free modules compose (failures, refusals, periods) are checked too, and a few come out
of the real Spanish. Shortcut letters do not clash on any of these views, in either language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from crypto.errors import DiskFull, EnvironmentProblem, VaultError
from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.peer_log.past import periods
from desktop.peer_log.view import PeerLogPage
from desktop.peer_merge.merge import MergeRefused, merge_reports
from desktop.peer_merge.merge_view import MergePage, refusal_words
from desktop.peer_reports.ledger import ReleaseRefused
from desktop.peer_reports.report_view import ReportPage
from desktop.prevalence.store import set_opted_in
from desktop.prevalence.token import Period
from desktop.prevalence.view import PrevalenceSection
from desktop.records.peer.failure import CAUSES
from desktop.records.peer.model import (
    ContactType,
    Event,
    PeerContact,
    Referral,
    RoleGroup,
    Support,
)
from desktop.records.peer.period import grid_periods, period_name
from desktop.records.peer.report import build_report, check_label, count_contacts, months_between
from desktop.records.peer.report_file import public_key_hex, public_key_id, to_json
from desktop.records.peer.store import PeerLogStore, UnresolvedIdentifiers
from desktop.report_ui.export_bar_view import export_failure, reason_words
from desktop.report_ui.pdf_view import page_words, render_pdf, report_html
from desktop.settings.logic import Preferences
from desktop.settings.view import SettingsPage
from desktop.ui.dates import short_date
from desktop.ui.worker import Worker
from desktop.words import failure_text
from tests.conftest import VAULT_PASSPHRASE
from tests.desktop.date_words import said_dates
from tests.desktop.i18n_fixtures import language, pseudo_locale
from tests.desktop.test_pseudo_locale import leftover, untranslated
from tests.desktop.ui.test_paged import pdf_pages

DAY = date(2025, 6, 20)
NOW = datetime(2025, 6, 20, 18, tzinfo=UTC)
NOTE = "Talked it through. Call me at 555-123-4567 if needed."
PHONE = "555-123-4567"


@pytest.fixture
def worker() -> Iterator[Worker]:
    work = Worker()
    yield work
    work.stop()


@pytest.fixture
def vault(worker: Worker, data_dir: Path, fast_kdf: KdfParams) -> Iterator[Vault]:
    made, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, VAULT_PASSPHRASE, kdf_params=fast_kdf))
    yield made
    if made.is_open:
        worker.run_blocking(made.lock)


def _contacts() -> list[PeerContact]:
    """A few contacts of this spring, one with a follow-up due and one done; enough of them
    for a report whose cells are not all hidden."""
    made = [
        PeerContact(date(2025, 6, 2), ContactType.PHONE, RoleGroup.NURSE,
                    frozenset({Event.PATIENT_DEATH, Event.MORAL_DISTRESS}), 45, NOW,
                    support=frozenset({Support.LISTENING}),
                    referrals=frozenset({Referral.EAP}), follow_up=date(2025, 6, 9)),
        PeerContact(date(2025, 6, 10), ContactType.GROUP_DEBRIEF, RoleGroup.PHYSICIAN,
                    frozenset({Event.ADVERSE_EVENT}), 90, NOW, follow_up=date(2025, 6, 12),
                    follow_up_done=True),
    ]
    made += [PeerContact(date(2025, 1 + i % 5, 3), ContactType.IN_PERSON, RoleGroup.NURSE,
                         frozenset({Event.SURGE}), 20, NOW) for i in range(40)]
    return made


def _save(vault: Vault, worker: Worker) -> None:
    store = PeerLogStore(vault)
    worker.run_blocking(lambda: store.save_all(_contacts()))


def _shown(qtbot: QtBot, widget: QWidget, width: int = 900, height: int = 1200) -> None:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)


def _model_texts(page: PeerLogPage) -> list[str]:
    model = page.due_model
    return [str(model.item(row).text()) for row in range(model.rowCount())]


def _shortcuts(root: QWidget) -> list[str]:
    """The shortcut letters of `root`'s visible buttons and labelled fields, lower-case."""
    shown = [w for w in root.findChildren(QWidget) if w.isVisibleTo(root)]
    texts = [w.text() for w in shown if isinstance(w, QAbstractButton)]
    texts += [w.text() for w in shown if isinstance(w, QLabel) and w.buddy() is not None]
    tabs = getattr(root, "tabs", None)
    if tabs is not None:
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    return [m.lower() for t in texts for m in re.findall(r"&(\w)", t.replace("&&", ""))]


def _clash(root: QWidget) -> list[str]:
    letters = _shortcuts(root)
    return sorted({x for x in letters if letters.count(x) > 1}) if letters else ["none"]


def test_the_peer_log_page_is_translated(qtbot: QtBot, vault: Vault, worker: Worker) -> None:
    """The record tab with a note holding an identifier, the due follow-ups, past contacts
    with the delete question, and the correction form."""
    _save(vault, worker)
    with pseudo_locale():
        page = PeerLogPage(vault, worker, today=lambda: DAY, now=lambda: NOW)
        with qtbot.waitSignal(page.loaded):
            _shown(qtbot, page)
        page._on_save()  # the form is incomplete: the words say which field
        assert page.status.text() and leftover(page.status.text()) == ""
        page.form.note.editor.setPlainText(NOTE)
        page.form.note.check_now()
        assert page.form.note.spans  # the list and its buttons are shown
        dates = _dates_near(DAY)  # the months offered, the contacts' days: Qt's words
        assert untranslated(page, said=dates) == []
        found = [page.form.note.found.item(i).text()
                 for i in range(page.form.note.found.count())]
        assert found and [t for t in found if leftover(t.replace(PHONE, " "))] == []
        due = short_date(date(2025, 6, 9))  # Qt's own month name
        assert [t for t in _model_texts(page) if leftover(t.replace(due, " "))] == []

        page.tabs.setCurrentIndex(1)
        past = page.past
        qtbot.waitUntil(lambda: past.model.rowCount() > 0, timeout=5000)
        past.ask_delete()
        assert past.confirm.isVisible()
        assert untranslated(page, said=dates) == []
        model = past.model
        cells = [str(model.index(r, c).data(role))
                 for r in range(model.rowCount()) for c in range(model.columnCount())
                 for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)]
        heads = [str(model.headerData(c, Qt.Orientation.Horizontal))
                 for c in range(model.columnCount())]
        assert [t for t in cells + heads if leftover(_without(t, dates))] == []
        # What was walked was wrapped: a row's contact type (its date is Qt's), a heading.
        assert "\u27e6" in cells[2] and "\u27e6" in heads[0]
        assert cells[0] == short_date(date(2025, 6, 10))  # the newest contact's day

        past.table.selectRow(0)
        with qtbot.waitSignal(past.opened):
            past.open_selected()
        assert untranslated(past.editor, said=dates) == []
    page.clear_personal_data()


def _dates_near(day: date) -> list[str]:
    """Every date of the year before `day` as Qt's locale in force writes it."""
    return said_dates(day - timedelta(days=back) for back in range(400))


def _without(text: str, said: list[str]) -> str:
    for words in sorted(said, key=len, reverse=True):
        text = text.replace(words, " ")
    return text


def test_the_failures_periods_and_refusals_are_translated(qapp: object) -> None:
    """The sentences the Qt-free modules compose, for every cause and period kind."""
    key = Ed25519PrivateKey.generate()
    contacts = _contacts()
    reports = [build_report(count_contacts(contacts), months_between(a, b), "T", DAY,
                            signer=public_key_hex(key)) for a, b in
               (("2025-01", "2025-01"), ("2025-01", "2025-03"))]
    with pseudo_locale():
        tr = QCoreApplication.translate
        undone = tr("PeerLogPage", "the contact was not saved")
        errors = [UnresolvedIdentifiers([]), KeyError(1), DiskFull(Path("x"), ""),
                  VaultError(), RuntimeError()]
        said = [failure_text(e, undone, tr, CAUSES) for e in errors]
        said += [period_name(p, tr) or "" for p in grid_periods("2024-01", "2025-12")]
        said += [p.label for p in periods(DAY, tr=tr)]
        refusals: list[Exception] = []
        for bad in ("x" * 81, "two\nlines", "Report for Jordan Mitchell"):
            with pytest.raises(ValueError) as label:
                check_label(bad)
            refusals.append(label.value)
        with pytest.raises(MergeRefused) as merged:
            merge_reports(reports, "T", DAY)
        refusals.append(merged.value)
        refusals.append(ReleaseRefused(
            "{period} overlaps the report already released for {earlier} (released "
            "{day}); together they could give a small count away",
            period=lambda t: period_name(("2025-03",), t) or "", earlier=lambda t: "",
            day="2025-04-01"))
        said += [reason_words(r) for r in refusals]
        said += [refusal_words(r) for r in ("checksum", "rules", "new-kind")]
        said += [export_failure(DiskFull(Path("x"), ""), Path("/out")),
                 export_failure(EnvironmentProblem(Path("x"), "Permission denied"),
                                Path("/out")).replace("Permission denied", " ")]
    assert [w for w in said if leftover(w.replace("/out", " "))] == []
    assert period_name(("2025-01", "2025-02", "2025-03")) == "Q1 2025 (January to March)"


@pytest.mark.parametrize("noise", [False, True], ids=["exact", "with noise"])
def test_the_report_page_and_its_preview_are_translated(
        qtbot: QtBot, vault: Vault, worker: Worker, noise: bool) -> None:
    _save(vault, worker)
    with pseudo_locale():
        page = ReportPage(vault, worker, today=lambda: DAY, choose_folder=lambda _p: None)
        _shown(qtbot, page)
        names = [page.period.itemText(i) for i in range(page.period.count())]
        page.period.setCurrentIndex(next(i for i, n in enumerate(names) if "Q" in n))
        assert untranslated(page) == []  # the empty preview's words included
        page.noise.setChecked(noise)
        with qtbot.waitSignal(page.previewed, timeout=20_000):
            page.preview_button.click()
        report = page.bar.report
        assert report is not None and report.signers[0]
        fingerprint = public_key_id(report.signers[0])  # hex: data, not words
        assert "\u27e6" in page.bar.preview.toPlainText()
        assert untranslated(page, said=[fingerprint, *_dates_near(DAY)]) == []
        assert _clash(page) == []


def test_the_merge_page_is_translated(qtbot: QtBot, worker: Worker, tmp_path: Path) -> None:
    """Empty, then two supporters' reports merged and previewed."""
    files = []
    for n, months in enumerate((("2025-01", "2025-03"), ("2025-04", "2025-06"))):
        report = build_report(count_contacts(_contacts()), months_between(*months), "T", DAY)
        files.append(tmp_path / f"r{n}.json")
        files[-1].write_text(to_json(report, Ed25519PrivateKey.generate()), encoding="utf-8")
    with pseudo_locale():
        page = MergePage(worker, today=lambda: DAY, choose_files=lambda _p: files,
                         choose_folder=lambda _p: None)
        _shown(qtbot, page)
        assert page.notice.text() and untranslated(page) == []
        page.add.click()
        with qtbot.waitSignal(page.previewed, timeout=20_000):
            page.merge.click()
        assert page.bar.report is not None
        assert untranslated(page, said=_dates_near(DAY)) == []
        assert _clash(page) == []


def _prevalence(qtbot: QtBot, vault: Vault, worker: Worker, answer: int | None,
                said: list[str]) -> None:
    section = PrevalenceSection(vault, worker, lambda _period: answer,
                                today=lambda: date(2026, 11, 5))
    _shown(qtbot, section, 700, 600)
    qtbot.waitUntil(lambda: section.stored is not None, timeout=5000)
    assert untranslated(section, said=said) == []
    dialog = section.open_dialog()
    assert dialog is not None
    step = "no-answer" if answer is None else "ask"
    qtbot.waitUntil(lambda: dialog.state == step, timeout=5000)
    assert untranslated(dialog, said=said) == []
    assert _clash(dialog) == []
    if answer is not None:
        dialog.resource_yes.click()
        dialog.make_button.click()
        qtbot.waitUntil(lambda: dialog.state == "shown", timeout=5000)
        assert untranslated(dialog, skip=[dialog.file_text], said=said) == []
    dialog.reject()


@pytest.mark.parametrize("answer", [None, 4], ids=["no burnout answer", "a token shown"])
def test_the_prevalence_section_and_token_dialog_are_translated(
        qtbot: QtBot, vault: Vault, worker: Worker, answer: int | None) -> None:
    said = [str(Period(2026, 4))]  # the quarter's code, as the token file writes it
    with pseudo_locale():  # the quarter's first and last days, as Qt's locale writes them
        said += said_dates([date(2026, 10, 1), date(2026, 12, 31)])
    worker.run_blocking(lambda: set_opted_in(vault, True))
    with pseudo_locale():
        _prevalence(qtbot, vault, worker, answer, said)


@pytest.mark.parametrize("code", ["en", "es"])
def test_peer_log_shortcuts_do_not_clash(qtbot: QtBot, vault: Vault, worker: Worker,
                                         tmp_path: Path, code: str) -> None:
    """On each view the supporter sees at once: recording, the list, the correction."""
    _save(vault, worker)
    with language(code, tmp_path):
        page = PeerLogPage(vault, worker, today=lambda: DAY, now=lambda: NOW)
        with qtbot.waitSignal(page.loaded):
            _shown(qtbot, page)
        page.form.note.editor.setPlainText(NOTE)
        page.form.note.check_now()
        assert _clash(page) == []
        page.tabs.setCurrentIndex(1)
        qtbot.waitUntil(lambda: page.past.model.rowCount() > 0, timeout=5000)
        page.past.ask_delete()
        assert _clash(page) == []
        with qtbot.waitSignal(page.past.opened):
            page.past.open_selected()
        assert _clash(page) == []
        page.clear_personal_data()
        report = ReportPage(vault, worker, today=lambda: DAY, choose_folder=lambda _p: None)
        merge = MergePage(worker, today=lambda: DAY)
        for other in (report, merge):
            _shown(qtbot, other, 760, 900)
            assert _clash(other) == []


@pytest.mark.parametrize("code", ["en", "es"])
def test_prevalence_shortcuts_do_not_clash_in_settings_or_the_dialog(
        qtbot: QtBot, vault: Vault, worker: Worker, data_dir: Path, tmp_path: Path,
        code: str) -> None:
    """The section sits in Settings beside the other sections' letters."""
    worker.run_blocking(lambda: set_opted_in(vault, True))
    with language(code, tmp_path):
        settings = SettingsPage(vault, worker, Preferences(), data_dir)
        section = PrevalenceSection(vault, worker, lambda _period: 4,
                                    today=lambda: date(2026, 11, 5))
        settings.add_section(section)
        _shown(qtbot, settings, 900, 1200)
        qtbot.waitUntil(lambda: settings.built, timeout=5000)  # the section comes last
        qtbot.waitUntil(lambda: settings.roles.stored is not None and section.stored is not None
                        and not worker.busy, timeout=5000)
        assert _clash(settings) == []
        dialog = section.open_dialog()
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.state == "ask", timeout=5000)
        assert _clash(dialog) == []
        dialog.reject()


def test_peer_log_words_come_out_in_real_spanish(qtbot: QtBot, vault: Vault, worker: Worker,
                                                tmp_path: Path) -> None:
    """Counted and composed words are found in the compiled Spanish, in each form."""
    _save(vault, worker)
    with language("es", tmp_path):
        tr = QCoreApplication.translate
        assert period_name(("2025-01", "2025-02", "2025-03"), tr) == (
            "T1 2025 (de enero a marzo)")
        assert period_name(("2025-05",), tr) == "mayo de 2025"
        page = PeerLogPage(vault, worker, today=lambda: DAY, now=lambda: NOW)
        with qtbot.waitSignal(page.loaded):
            _shown(qtbot, page)
        assert page.tabs.tabText(0) == "Nuevo &contacto"
        assert page.form.kind.itemText(1) == "Individual en persona"
        assert page.past._count_text(1) == "1 contacto"
        assert page.past._count_text(3) == "3 contactos"
        page.form.note.editor.setPlainText(NOTE)
        page.form.note.check_now()
        assert page.form.note.summary.text().startswith("Se encontró 1 posible identificador")
        page.clear_personal_data()
        # The PDF's text follows the language; the report file's keys and labels do not.
        report = build_report(count_contacts(_contacts()), ("2025-05",), "T", DAY)
        assert "<h3>Contactos por tipo</h3>" in report_html(report)
        assert "<th>may 2025</th>" in report_html(report)
        assert "Contacts by type" in to_json(report) and "Contactos" not in to_json(report)


def test_the_report_pdf_numbers_its_pages_in_the_language_in_force(
        qapp: object, tmp_path: Path) -> None:
    """"Page 2 of 5" under each PDF page and a long period's year tables: through Qt's
    translation, and the footer in real Spanish."""
    report = build_report(count_contacts(_contacts()), months_between("2025-01", "2025-06"),
                          "T", DAY)
    long = build_report(count_contacts(_contacts()), months_between("2024-01", "2025-06"),
                        "T", DAY)
    with pseudo_locale():
        assert "\u27e6" in page_words(2, 5) and leftover(page_words(2, 5)) == ""
        html = report_html(long)  # cut into a table a year: its headings and totals
        # The months are Qt's locale's words (desktop.ui.dates), not translations.
        months = [date(int(m[:4]), int(m[5:]), 1) for m in long.months]
        text = html.replace(">T<", "><")
        for words in sorted(said_dates(months), key=len, reverse=True):
            text = text.replace(words, " ")
        assert "\u27e6" in html and leftover(text) == ""
    with language("es", tmp_path):
        pages = pdf_pages(render_pdf(report), tmp_path)
    feet = [[line.strip() for line in page.splitlines() if line.strip()][-1] for page in pages]
    assert feet == [f"Página {n} de {len(pages)}" for n in range(1, len(pages) + 1)]
