"""The coordinator's merge page: overlapping reports refused with words that say why, the
reading and audit off the GUI thread with a stale result dropped, Remove only on a choice."""

from __future__ import annotations

import os
import threading
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pytestqt.qtbot import QtBot

from desktop.peer_merge import merge_view
from desktop.peer_merge.merge_view import MergePage
from desktop.records.peer.model import ContactType, Event, PeerContact, RoleGroup
from desktop.records.peer.report import build_report, count_contacts, months_between
from desktop.records.peer.report_file import public_key_hex, read_report, to_json
from desktop.ui.worker import Worker

DAY = date(2025, 4, 20)


def test_the_merge_page_refuses_one_supporters_overlapping_reports(
    qtbot: QtBot, worker: Worker, tmp_path: Path
) -> None:
    key = Ed25519PrivateKey.generate()
    contacts = [
        PeerContact(date(2025, 1 + i % 3, 2), ContactType.PHONE, RoleGroup.NURSE,
                    frozenset({Event.SURGE}), 20, datetime(2025, 4, 1, tzinfo=UTC))
        for i in range(60)
    ]
    files = []
    for first, last in (("2025-01", "2025-01"), ("2025-01", "2025-03")):
        report = build_report(count_contacts(contacts), months_between(first, last), "T", DAY)
        files.append(tmp_path / f"{first}_{last}.json")
        files[-1].write_text(to_json(report, key), encoding="utf-8")
    page = MergePage(worker, today=lambda: DAY, choose_files=lambda _parent: files,
                     choose_folder=lambda _parent: tmp_path)
    qtbot.addWidget(page)
    page.resize(600, 700)
    page.show()
    assert not page.merge.isEnabled()  # nothing to merge yet, and the page says so
    assert page.notice.text().startswith("Add at least two supporters' report files")
    assert "press Merge and preview" in page.bar.preview.toPlainText()  # not "Preview"
    page.add.click()
    page.merge.click()
    qtbot.waitUntil(lambda: page.notice.text().startswith("Cannot merge"))
    assert page.bar.report is None and not page.bar.export.isEnabled()
    assert page.notice.text() == (
        "Cannot merge: two reports signed by the same supporter overlap (January 2025 and "
        "Q1 2025 (January to March)); together they could give a small count away, so they "
        "are not merged."
    )
    if os.environ.get("CONFIDE_SHOTS"):
        page.grab().save(str(Path(os.environ["CONFIDE_SHOTS"]) / "merge-overlap.png"))


def test_the_merge_reads_and_audits_off_the_gui_thread_and_drops_a_stale_result(
    qtbot: QtBot, worker: Worker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = Ed25519PrivateKey.generate()
    contacts = [PeerContact(date(2025, 1, 2), ContactType.PHONE, RoleGroup.NURSE,
                            frozenset({Event.SURGE}), 20, datetime(2025, 4, 1, tzinfo=UTC))] * 30
    files = []
    for name in ("a", "b"):
        other = Ed25519PrivateKey.generate() if name == "b" else key
        report = build_report(count_contacts(contacts), ("2025-01",), "T", DAY,
                              signer=public_key_hex(other))
        files.append(tmp_path / f"{name}.json")
        files[-1].write_text(to_json(report, other), encoding="utf-8")
    threads = []
    real = read_report

    def read(path: Path) -> object:
        threads.append(threading.current_thread())
        return real(path)

    monkeypatch.setattr(merge_view, "read_report", read)
    page = MergePage(worker, today=lambda: DAY, choose_files=lambda _parent: files)
    qtbot.addWidget(page)
    page.add.click()
    with qtbot.waitSignal(page.previewed):
        page.merge.click()
    assert threads and threading.main_thread() not in threads
    # A label changed while a merge runs: its late result is not shown.
    with qtbot.assertNotEmitted(page.previewed, wait=300):
        page.merge.click()
        page.label.setText("Another label")
        worker.run_blocking(lambda: None)  # the merge has finished on the worker
    assert page.bar.report is None


def test_remove_acts_only_on_a_chosen_report(
    qtbot: QtBot, worker: Worker, tmp_path: Path
) -> None:
    files = [tmp_path / "a.json", tmp_path / "b.json", tmp_path / "c.json"]
    page = MergePage(worker, choose_files=lambda _parent: files)
    qtbot.addWidget(page)
    assert not page.remove.isEnabled()
    page.add.click()
    assert page.merge.isEnabled() and not page.remove.isEnabled()  # nothing chosen yet
    page.list.setCurrentRow(1)
    assert page.remove.isEnabled()
    page.remove.click()
    assert page.files == [files[0], files[2]]
    page.list.clearSelection()
    assert not page.remove.isEnabled()
