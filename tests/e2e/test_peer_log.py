"""The peer log and its reports end to end: the real pages, a real vault, the real worker.

Log a contact, type a note with an identifier, see it highlighted, redact it, save;
export a report and read it back; merge two reports (and refuse a tampered one).
"""

from __future__ import annotations

import json
import os
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.peer_log.model import ContactType, Event, PeerContact, RoleGroup, Support
from desktop.peer_log.report import build_report, count_contacts, months_between
from desktop.peer_log.report_file import read_report, to_json
from desktop.peer_log.report_view import MergePage, ReportPage
from desktop.peer_log.store import PeerLogStore
from desktop.peer_log.view import SAVED_TEXT, PeerLogPage
from desktop.shell.worker import Worker
from tests.desktop.peer_log.adversary import DAY_DATE

DAY = date(2025, 6, 20)
SHOTS = Path(os.environ.get("CONFIDE_SHOTS", ""))  # set to write screenshots


def shot(widget: object, name: str) -> None:
    if os.environ.get("CONFIDE_SHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]  # a QWidget


def open_log(qtbot: QtBot, vault: Vault, worker: Worker) -> PeerLogPage:
    page = PeerLogPage(
        vault, worker, today=lambda: DAY, now=lambda: datetime(2025, 6, 20, 18, tzinfo=UTC)
    )
    qtbot.addWidget(page)
    page.resize(900, 1400)
    with qtbot.waitSignal(page.loaded):
        page.show()
    return page


def test_log_a_contact_redacting_an_identifier(qtbot: QtBot, vault: Vault, worker: Worker) -> None:
    page = open_log(qtbot, vault, worker)
    page.kind.setCurrentIndex(page.kind.findData(ContactType.PHONE))
    page.role.setCurrentIndex(page.role.findData(RoleGroup.NURSE))
    page.events.boxes[Event.PATIENT_DEATH].setChecked(True)
    page.support.boxes[Support.LISTENING].setChecked(True)
    page.follow.setChecked(True)
    page.note.editor.setFocus()
    qtbot.keyClicks(page.note.editor, "Called Jordan Mitchell at 410-555-0199, talked it through")
    assert not page.save.isEnabled()  # the check has not run yet: nothing unchecked saves
    qtbot.waitUntil(lambda: len(page.note.spans) >= 2)
    kinds = {s.kind for s in page.note.spans}
    assert {"name", "phone"} <= kinds
    assert len(page.note.editor.extraSelections()) == len(page.note.spans)  # highlighted
    assert not page.save.isEnabled()
    shot(page, "peer-note-identifiers.png")

    qtbot.mouseClick(page.note.redact_all, Qt.MouseButton.LeftButton)
    assert page.note.spans == []
    assert "Jordan" not in page.note.text and "0199" not in page.note.text
    assert "[name]" in page.note.text and "[phone]" in page.note.text
    page.note.editor.undo()  # redaction drops the undo history: nothing comes back
    assert "Jordan" not in page.note.text
    assert page.save.isEnabled()
    with qtbot.waitSignal(page.saved) as saved:
        qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert page.status.text() == SAVED_TEXT
    stored = worker.run_blocking(lambda: PeerLogStore(vault).get(saved.args[0]))
    assert stored.contact_type is ContactType.PHONE and stored.events == {Event.PATIENT_DEATH}
    assert "Jordan" not in stored.note
    assert stored.follow_up == DAY + timedelta(days=7)
    assert page.note.text == ""  # the form is empty for the next contact


def test_not_an_identifier_then_save_and_a_due_follow_up(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    earlier = PeerContact(
        DAY - timedelta(days=10),
        ContactType.VIDEO,
        RoleGroup.PHARMACIST,
        frozenset({Event.SURGE}),
        20,
        datetime(2025, 6, 10, tzinfo=UTC),
        follow_up=DAY - timedelta(days=1),
    )
    worker.run_blocking(lambda: PeerLogStore(vault).save(earlier))
    page = open_log(qtbot, vault, worker)
    assert page.due_model.rowCount() == 1 and page.done.isEnabled()
    shot(page, "peer-log.png")
    page.kind.setCurrentIndex(1)
    page.role.setCurrentIndex(1)
    page.events.boxes[Event.OTHER].setChecked(True)
    page.note.editor.setPlainText("Spoke with Jordan Mitchell about the week")
    page.note.check_now()
    names = [s for s in page.note.spans if s.kind == "name"]
    assert names
    page.note.accept(names[0])
    qtbot.waitUntil(page.save.isEnabled)
    with qtbot.waitSignal(page.saved):
        page.save.click()
    page.due.setCurrentIndex(page.due_model.index(0, 0))
    with qtbot.waitSignal(page.loaded):
        page.done.click()
    assert worker.run_blocking(lambda: PeerLogStore(vault).due_follow_ups(DAY)) == []
    page.clear_personal_data()
    assert page.due_model.rowCount() == 0 and page.note.text == ""


def _contacts(n: int) -> list[PeerContact]:
    kinds, roles = list(ContactType), list(RoleGroup)
    return [
        PeerContact(
            date(2025, 1 + i % 5, 1 + i % 27),
            kinds[i % 2],
            roles[i % 3],
            frozenset({list(Event)[i % 4]}),
            10 + i % 50,
            datetime(2025, 6, 1, tzinfo=UTC),
            note="Private words, never exported",
        )
        for i in range(n)
    ]


def test_export_a_report_and_read_it_back(
    qtbot: QtBot, vault: Vault, worker: Worker, tmp_path: Path
) -> None:
    store = PeerLogStore(vault)
    worker.run_blocking(lambda: [store.save(c) for c in _contacts(120)])
    folder = tmp_path / "export"
    folder.mkdir()
    page = ReportPage(vault, worker, today=lambda: DAY, choose_folder=lambda _parent: folder)
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show()
    assert not page.bar.export.isEnabled()  # nothing to export before a preview
    assert list(folder.iterdir()) == []
    with qtbot.waitSignal(page.previewed):
        page.preview_button.click()
    assert list(folder.iterdir()) == []  # the preview writes nothing
    previewed = page.bar.report
    assert previewed is not None and previewed.months == months_between("2025-01", "2025-06")
    assert "Private words" not in page.bar.preview.toPlainText()
    shot(page, "peer-export-preview.png")
    with qtbot.waitSignal(page.exported) as exported:
        page.bar.export.click()
    paths: list[Path] = exported.args[0]
    assert sorted(p.suffix for p in paths) == [".csv", ".json", ".pdf"]
    assert read_report(paths[0]).tables == previewed.tables  # exactly what was previewed
    text = subprocess.run(
        ["pdftotext", "-layout", str(paths[2]), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    assert "Contacts by type" in text and "<11" in text
    for content in (text, paths[0].read_text(), paths[1].read_text()):
        assert "Private words" not in content
        assert not DAY_DATE.search(content)
    assert not _has_day_level_pdf_date(paths[2])  # the PDF's own metadata says the month only
    if os.environ.get("CONFIDE_SHOTS"):
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "1",
                str(paths[2]),
                str(SHOTS / "peer-pdf"),
            ],
            check=True,
            timeout=60,
        )


def _has_day_level_pdf_date(path: Path) -> bool:
    import re

    data = path.read_bytes()
    return bool(re.search(rb"D:\d{8}", data) or re.search(rb"\d{4}-\d{2}-\d{2}", data))


@pytest.fixture
def two_reports(tmp_path: Path) -> list[Path]:
    months = months_between("2025-01", "2025-06")
    paths = []
    for i, n in enumerate((200, 90)):
        report = build_report(count_contacts(_contacts(n)), months, f"Team {'AB'[i]}", DAY)
        path = tmp_path / f"report-{i}.json"
        path.write_text(to_json(report))
        paths.append(path)
    return paths


def test_merge_two_reports_and_refuse_a_tampered_one(
    qtbot: QtBot, tmp_path: Path, two_reports: list[Path]
) -> None:
    out = tmp_path / "merged"
    out.mkdir()
    page = MergePage(
        today=lambda: DAY,
        choose_files=lambda _parent: two_reports,
        choose_folder=lambda _parent: out,
    )
    qtbot.addWidget(page)
    page.add.click()
    with qtbot.waitSignal(page.previewed):
        page.merge.click()
    merged = page.bar.report
    assert merged is not None and merged.reports_merged == 2
    with qtbot.waitSignal(page.exported) as exported:
        page.bar.export.click()
    back = read_report(exported.args[0][0])
    assert back.tables == merged.tables

    document = json.loads(two_reports[1].read_text())
    document["tables"][0]["total"] = 999
    two_reports[1].write_text(json.dumps(document))
    page.bar.set_report(None)
    page.merge.click()
    assert page.bar.report is None
    assert "report-1.json was refused" in page.bar.status.text()
    assert "checksum" in page.bar.status.text()
