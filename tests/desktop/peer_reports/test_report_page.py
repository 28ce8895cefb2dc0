"""The supporter's report page and the ledger: periods from the grid, a release recorded
when it is exported, an overlapping period refused with words that name the release."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crypto.atomic import write_atomic
from crypto.errors import DiskFull
from crypto.vault import Vault
from desktop.peer_reports import report_view
from desktop.peer_reports.ledger import Ledger, ReleaseRefused
from desktop.peer_reports.report_view import ReportPage
from desktop.records.peer.model import ContactType, Event, PeerContact, RoleGroup
from desktop.records.peer.report import (
    AggregateReport,
    build_report,
    count_contacts,
    months_between,
)
from desktop.records.peer.report_file import public_key_hex, public_key_id, read_report
from desktop.records.peer.store import PeerLogStore
from desktop.ui.worker import Worker

DAY = date(2025, 4, 20)


def choose(page: ReportPage, name: str) -> None:
    names = [page.period.itemText(i) for i in range(page.period.count())]
    page.period.setCurrentIndex(names.index(name))


@pytest.fixture
def page(qtbot: QtBot, vault: Vault, worker: Worker, tmp_path: Path) -> ReportPage:
    contacts = [
        PeerContact(date(2025, 1 + i % 3, 2), ContactType.PHONE, RoleGroup.NURSE,
                    frozenset({Event.SURGE}), 20, datetime(2025, 4, 1, tzinfo=UTC))
        for i in range(90)
    ]
    store = PeerLogStore(vault)
    worker.run_blocking(lambda: store.save_all(contacts))
    folder = tmp_path / "out"
    folder.mkdir()
    made = ReportPage(vault, worker, today=lambda: DAY, choose_folder=lambda _parent: folder)
    qtbot.addWidget(made)
    made.resize(600, 800)
    made.show()
    return made


def test_periods_come_from_the_grid_and_an_overlap_is_refused_by_name(
    qtbot: QtBot, page: ReportPage, vault: Vault, worker: Worker
) -> None:
    assert page.period.currentText() == "March 2025"  # the last whole month
    names = {page.period.itemText(i) for i in range(page.period.count())}
    assert {"Q1 2025 (January to March)", "first half of 2024", "2024"} <= names
    choose(page, "January 2025")
    with qtbot.waitSignal(page.previewed):
        page.preview_button.click()
    key = worker.run_blocking(lambda: Ledger(vault).signing_key())
    assert public_key_id(public_key_hex(key)) in page.bar.preview.toPlainText()
    if os.environ.get("CONFIDE_SHOTS"):
        page.grab().save(str(Path(os.environ["CONFIDE_SHOTS"]) / "report-preview.png"))
    with qtbot.waitSignal(page.exported) as exported:
        page.bar.export.click()
    written = read_report(exported.args[0][0])
    assert written.signers == (public_key_hex(key),)  # signed with the vault's key
    assert not page.bar.export.isEnabled()  # released: not a second time
    entries = worker.run_blocking(lambda: Ledger(vault).entries())
    assert [e.report_id for e in entries] == [written.sources[0]]

    choose(page, "Q1 2025 (January to March)")
    page.preview_button.click()
    qtbot.waitUntil(lambda: page.preview_button.isEnabled() and bool(page.bar.status.text()))
    assert page.bar.report is None
    assert page.bar.status.text().startswith(
        "Cannot make this report: Q1 2025 (January to March) overlaps the report already "
        "released for January 2025 (released "
    )
    if os.environ.get("CONFIDE_SHOTS"):
        page.grab().save(str(Path(os.environ["CONFIDE_SHOTS"]) / "report-overlap.png"))


def test_a_release_whose_files_were_not_written_is_forgotten(
    qtbot: QtBot, page: ReportPage, vault: Vault, worker: Worker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full(path: Path, _data: bytes) -> None:
        raise DiskFull(path, "no space left on the disk")

    monkeypatch.setattr(report_view, "write_atomic", full)
    with qtbot.waitSignal(page.previewed):
        page.preview_button.click()
    page.bar.export.click()
    qtbot.waitUntil(lambda: page.bar.status.text().startswith("The disk is full"))
    assert worker.run_blocking(lambda: Ledger(vault).entries()) == []  # nothing left
    assert page.bar.export.isEnabled()  # the same preview may be tried again


def test_a_release_with_a_file_written_stays_in_the_ledger(
    qtbot: QtBot, page: ReportPage, vault: Vault, worker: Worker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full_after_json(path: Path, data: bytes) -> None:
        if path.suffix != ".json":
            raise DiskFull(path, "no space left on the disk")
        write_atomic(path, data)

    monkeypatch.setattr(report_view, "write_atomic", full_after_json)
    with qtbot.waitSignal(page.previewed):
        page.preview_button.click()
    page.bar.export.click()
    qtbot.waitUntil(lambda: page.bar.status.text().startswith("The disk is full"))
    # The signed JSON may already have been sent on: its figures count as released.
    assert len(worker.run_blocking(lambda: Ledger(vault).entries())) == 1


def _cells(page: ReportPage) -> list[object]:
    report = page.bar.report
    assert report is not None
    return [table.grid for table in report.tables]


def test_preview_again_shows_the_same_noise_until_the_period_is_released(
    qtbot: QtBot, page: ReportPage, vault: Vault, worker: Worker
) -> None:
    # Pressing Preview until the figures look "right" would be choosing among draws.
    page.noise.setChecked(True)
    page.epsilon.setValue(0.1)  # wide noise: 13 cells would all repeat by chance ~never
    seen = []
    for label in ("first", "second", "third"):
        page.label.setText(label)
        with qtbot.waitSignal(page.previewed):
            page.preview_button.click()
        seen.append(_cells(page))
    assert seen[0] == seen[1] == seen[2]
    assert worker.run_blocking(lambda: vault.query(
        "SELECT count(*) FROM settings WHERE key = 'peer_report_noise_draws'")) == [(1,)]
    with qtbot.waitSignal(page.exported):
        page.bar.export.click()
    # Released: the kept draw of its month is gone from the vault.
    rows = worker.run_blocking(lambda: vault.query(
        "SELECT value FROM settings WHERE key = 'peer_report_noise_draws'"))
    assert rows == [("{}",)]


def test_a_release_recorded_before_a_crash_can_write_its_files_again(
    qtbot: QtBot, page: ReportPage, vault: Vault, worker: Worker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The crash: the release is recorded, then the app dies before any file is written.
    with qtbot.waitSignal(page.previewed):
        page.preview_button.click()
    report, signed = page.bar.report, page._signed
    assert report is not None and signed is not None
    assert worker.run_blocking(lambda: Ledger(vault).record(report)) is True
    page.clear_personal_data()  # the next start: the preview is gone

    # The same period previews as released; a failed write keeps the record.
    page.label.setText("another label")
    with qtbot.waitSignal(page.previewed):
        page.preview_button.click()
    assert page.bar.report == report  # its own label and figures, not a new report
    assert "was released on" in page.bar.status.text()
    assert "nothing new leaves" in page.bar.status.text()

    def full(path: Path, _data: bytes) -> None:
        raise DiskFull(path, "no space left on the disk")

    monkeypatch.setattr(report_view, "write_atomic", full)
    page.bar.export.click()
    qtbot.waitUntil(lambda: page.bar.status.text().startswith("The disk is full"))
    assert len(worker.run_blocking(lambda: Ledger(vault).entries())) == 1
    monkeypatch.setattr(report_view, "write_atomic", write_atomic)
    with qtbot.waitSignal(page.exported) as exported:
        page.bar.export.click()
    json_file = next(p for p in exported.args[0] if p.suffix == ".json")
    assert json_file.read_text(encoding="utf-8") == signed  # the very same file
    assert [e.report_id for e in worker.run_blocking(lambda: Ledger(vault).entries())] == [
        report.sources[0]]


def test_another_report_with_a_recorded_id_is_refused(vault: Vault, worker: Worker) -> None:
    contacts = [PeerContact(date(2025, 3, 2), ContactType.PHONE, RoleGroup.NURSE,
                            frozenset({Event.SURGE}), 20, datetime(2025, 4, 1, tzinfo=UTC))]
    counts = count_contacts(contacts * 12)
    months = months_between("2025-03", "2025-03")
    first = build_report(counts, months, "a", DAY)
    ledger = Ledger(vault)
    assert worker.run_blocking(lambda: ledger.record(first)) is True
    assert worker.run_blocking(lambda: ledger.record(first)) is False  # the same: no-op
    changed = build_report(count_contacts(contacts * 13), months, "a", DAY)
    forged = AggregateReport(changed.label, changed.months, changed.tables, changed.generated,
                             changed.noise, first.sources, changed.signers)
    with pytest.raises(ReleaseRefused, match="released already"):
        worker.run_blocking(lambda: ledger.record(forged))
