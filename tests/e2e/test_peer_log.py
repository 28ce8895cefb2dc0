"""The peer log and its reports end to end: the real pages, a real vault, the real worker.

Log a contact, type a note with an identifier, see it highlighted, redact it, save;
list past contacts, correct one (its note checked again) and delete one after confirming;
export a report and read it back; merge two reports (and refuse a tampered one).
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import BuiltinFunctionType, FunctionType, ModuleType

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crypto.errors import DiskFull
from crypto.vault import Vault
from desktop.peer_log.past import past_rows
from desktop.peer_log.past_table_view import PastContactsModel
from desktop.peer_log.past_view import DELETED_TEXT, PastContactsPanel
from desktop.peer_log.past_view import SAVED_TEXT as CORRECTED_TEXT
from desktop.peer_log.view import SAVED_TEXT, PeerLogPage
from desktop.peer_merge.merge_view import MergePage
from desktop.peer_reports.report_view import ReportPage
from desktop.records.peer import deid_names
from desktop.records.peer.model import ContactType, Event, PeerContact, RoleGroup, Support
from desktop.records.peer.report import build_report, count_contacts, months_between
from desktop.records.peer.report_file import read_report, to_json
from desktop.records.peer.store import PeerLogStore
from desktop.report_ui import export_bar_view
from desktop.ui.dates import month_year, short_date
from desktop.ui.worker import Worker
from tests.desktop.records.peer.adversary import DAY_DATE

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


def test_the_name_and_city_lists_are_read_on_the_worker(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    deid_names._lists.cache_clear()
    open_log(qtbot, vault, worker)
    # Nothing typed yet: the lists are read ahead, off the GUI thread, for the first check.
    qtbot.waitUntil(lambda: deid_names._lists.cache_info().currsize == 1, timeout=5_000)


def test_log_a_contact_redacting_an_identifier(qtbot: QtBot, vault: Vault, worker: Worker) -> None:
    page = open_log(qtbot, vault, worker)
    page.form.kind.setCurrentIndex(page.form.kind.findData(ContactType.PHONE))
    page.form.role.setCurrentIndex(page.form.role.findData(RoleGroup.NURSE))
    page.form.events.boxes[Event.PATIENT_DEATH].setChecked(True)
    page.form.support.boxes[Support.LISTENING].setChecked(True)
    page.form.follow.setChecked(True)
    page.form.note.editor.setFocus()
    note = "Called Jordan Mitchell at 410-555-0199, talked it through"
    qtbot.keyClicks(page.form.note.editor, note)
    assert not page.save.isEnabled()  # the check has not run yet: nothing unchecked saves
    qtbot.waitUntil(lambda: len(page.form.note.spans) >= 2)
    kinds = {s.kind for s in page.form.note.spans}
    assert {"name", "phone"} <= kinds
    assert len(page.form.note.editor.extraSelections()) == len(page.form.note.spans)  # highlighted
    assert not page.save.isEnabled()
    shot(page, "peer-note-identifiers.png")

    qtbot.mouseClick(page.form.note.redact_all, Qt.MouseButton.LeftButton)
    assert page.form.note.spans == []
    assert "Jordan" not in page.form.note.text and "0199" not in page.form.note.text
    assert "[name]" in page.form.note.text and "[phone]" in page.form.note.text
    page.form.note.editor.undo()  # redaction drops the undo history: nothing comes back
    assert "Jordan" not in page.form.note.text
    assert page.save.isEnabled()
    with qtbot.waitSignal(page.saved) as saved:
        qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert page.status.text() == SAVED_TEXT
    stored = worker.run_blocking(lambda: PeerLogStore(vault).get(saved.args[0]))
    assert stored.contact_type is ContactType.PHONE and stored.events == {Event.PATIENT_DEATH}
    assert "Jordan" not in stored.note
    assert stored.follow_up == DAY + timedelta(days=7)
    assert page.form.note.text == ""  # the form is empty for the next contact


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
    page.form.kind.setCurrentIndex(1)
    page.form.role.setCurrentIndex(1)
    page.form.events.boxes[Event.OTHER].setChecked(True)
    page.form.note.editor.setPlainText("Spoke with Jordan Mitchell about the week")
    page.form.note.check_now()
    names = [s for s in page.form.note.spans if s.kind == "name"]
    assert names
    page.form.note.accept(names[0])
    qtbot.waitUntil(page.save.isEnabled)
    with qtbot.waitSignal(page.saved):
        page.save.click()
    page.due.setCurrentIndex(page.due_model.index(0, 0))
    with qtbot.waitSignal(page.loaded):
        page.done.click()
    assert worker.run_blocking(lambda: PeerLogStore(vault).due_follow_ups(DAY)) == []
    page.clear_personal_data()
    assert page.due_model.rowCount() == 0 and page.form.note.text == ""


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
    page.period.setCurrentIndex(page.period.findText("first half of 2025"))
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
        path.write_text(to_json(report, Ed25519PrivateKey.generate()))  # two supporters
        paths.append(path)
    return paths


def test_merge_two_reports_and_refuse_a_tampered_one(
    qtbot: QtBot, tmp_path: Path, two_reports: list[Path], worker: Worker
) -> None:
    out = tmp_path / "merged"
    out.mkdir()
    page = MergePage(
        worker,
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
    qtbot.waitUntil(lambda: "was refused" in page.notice.text())
    assert page.bar.report is None
    assert "report-1.json was refused" in page.notice.text()
    assert "signature does not match" in page.notice.text()


def test_an_export_that_cannot_be_written_says_why(
    qtbot: QtBot, tmp_path: Path, two_reports: list[Path], monkeypatch: pytest.MonkeyPatch,
    worker: Worker,
) -> None:
    gone = tmp_path / "no such folder"
    page = MergePage(
        worker,
        today=lambda: DAY, choose_files=lambda _parent: two_reports,
        choose_folder=lambda _parent: gone,
    )
    qtbot.addWidget(page)
    page.add.click()
    with qtbot.waitSignal(page.previewed):
        page.merge.click()
    with qtbot.assertNotEmitted(page.exported):
        page.bar.export.click()
    assert page.bar.status.text().startswith(f"The report could not be written to {gone} (")
    assert page.bar.status.text().endswith("so the export did not finish.")
    assert not gone.exists()

    def full(path: Path, _data: bytes) -> None:
        raise DiskFull(path, "no space left on the disk")

    monkeypatch.setattr(export_bar_view, "write_atomic", full)
    page.bar._choose_folder = lambda _parent: tmp_path
    with qtbot.assertNotEmitted(page.exported):
        page.bar.export.click()
    assert page.bar.status.text() == (
        "The disk is full, so the export did not finish. Free some space and try again.")


# --- past contacts: list, correct, delete ------------------------------------------------


def fill_form(page: PeerLogPage, kind: ContactType, role: RoleGroup, event: Event) -> None:
    form = page.form
    form.kind.setCurrentIndex(form.kind.findData(kind))
    form.role.setCurrentIndex(form.role.findData(role))
    form.events.boxes[event].setChecked(True)


def shown_rows(past: PastContactsPanel) -> list[list[str]]:
    model = past.model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def show_past(qtbot: QtBot, page: PeerLogPage) -> PastContactsPanel:
    with qtbot.waitSignal(page.past.loaded):
        qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # the tab's mnemonic
    assert page.tabs.currentWidget() is page.past
    return page.past


def test_list_correct_and_delete_past_contacts(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    page = open_log(qtbot, vault, worker)
    saved_ids = []
    for kind, role, event, note in (
        (ContactType.PHONE, RoleGroup.NURSE, Event.PATIENT_DEATH, "Quiet chat after the shift"),
        (ContactType.VIDEO, RoleGroup.PHARMACIST, Event.SURGE, ""),
    ):
        fill_form(page, kind, role, event)
        page.form.note.editor.setPlainText(note)
        qtbot.waitUntil(page.save.isEnabled)
        with qtbot.waitSignal(page.saved) as saved:
            page.save.click()
        saved_ids.append(saved.args[0])
    phone_id, video_id = saved_ids

    past = show_past(qtbot, page)
    rows = shown_rows(past)
    june_20 = short_date(date(2025, 6, 20))
    assert [r[:3] for r in rows] == [  # newest first: the video call was logged last
        [june_20, "Video", "Pharmacist"], [june_20, "Phone", "Nurse"]]
    assert rows[1][3:] == ["Patient death", "30 min", "None"]
    assert not any("Quiet chat" in cell for row in rows for cell in row)  # never the note
    shot(page, "peer-past-contacts.png")

    # Open the phone contact with Enter and correct a field and the note.
    past.table.setFocus()
    past.table.selectRow(1)
    with qtbot.waitSignal(past.opened):  # the contact is read whole on the worker
        qtbot.keyClick(past.table, Qt.Key.Key_Return)
    editor = past.editor
    assert past.stack.currentWidget() is editor and editor.contact_id == phone_id
    assert editor.form.kind.currentData() is ContactType.PHONE
    assert editor.form.note.text == "Quiet chat after the shift"
    assert editor.save.isEnabled() and not editor.blocked.isVisible()
    editor.form.role.setCurrentIndex(editor.form.role.findData(RoleGroup.PHYSICIAN))
    editor.form.minutes.setValue(50)
    editor.form.note.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.form.note.editor, " with Dr. Patel")
    assert not editor.save.isEnabled()  # not checked yet: nothing unchecked saves
    qtbot.waitUntil(lambda: [s.kind for s in editor.form.note.spans] == ["name"])
    assert not editor.save.isEnabled() and editor.blocked.isVisible()
    shot(page, "peer-correct-contact.png")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert past.stack.currentWidget() is editor  # Ctrl+Enter does not save it either
    qtbot.mouseClick(editor.form.note.redact_all, Qt.MouseButton.LeftButton)
    assert editor.save.isEnabled() and not editor.blocked.isVisible()
    with qtbot.waitSignal(past.loaded):  # saved, then the list is read again
        qtbot.mouseClick(editor.save, Qt.MouseButton.LeftButton)
    assert past.stack.currentWidget() is past.list_page
    assert past.status.text() == CORRECTED_TEXT
    assert past.selected_id() == phone_id  # the corrected contact stays selected
    assert shown_rows(past)[1][:5] == [june_20, "Phone", "Physician", "Patient death",
                                       "50 min"]
    stored = worker.run_blocking(lambda: PeerLogStore(vault).get(phone_id))
    assert stored.note == "Quiet chat after the shift with Dr. [name]"
    assert stored.role_group is RoleGroup.PHYSICIAN and stored.duration_minutes == 50
    assert stored.recorded_at == datetime(2025, 6, 20, 18, tzinfo=UTC)  # kept

    # Delete the video contact: Delete asks, "Keep it" keeps, "Yes, delete it" deletes.
    past.table.selectRow(0)
    qtbot.keyClick(past.table, Qt.Key.Key_Delete)
    assert past.confirm.isVisible() and f"{june_20} (Video, pharmacist)" in (
        past.confirm_text.text())
    assert not past.delete_button.isEnabled()
    qtbot.mouseClick(past.confirm_no, Qt.MouseButton.LeftButton)
    assert not past.confirm.isVisible()
    assert len(worker.run_blocking(lambda: PeerLogStore(vault).recent(10))) == 2
    qtbot.mouseClick(past.delete_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(past.loaded):
        qtbot.mouseClick(past.confirm_yes, Qt.MouseButton.LeftButton)
    assert past.status.text() == DELETED_TEXT
    assert [r[1] for r in shown_rows(past)] == ["Phone"]
    assert past.count.text() == "1 contact"
    remaining = worker.run_blocking(lambda: PeerLogStore(vault).recent(10))
    assert [contact_id for contact_id, _c in remaining] == [phone_id]
    assert video_id != phone_id


def test_periods_going_back_and_forgetting(qtbot: QtBot, vault: Vault, worker: Worker) -> None:
    store = PeerLogStore(vault)
    old = PeerContact(DAY - timedelta(days=120), ContactType.PHONE, RoleGroup.STUDENT,
                      frozenset({Event.OTHER}), 15, datetime(2025, 2, 20, tzinfo=UTC))
    recent = PeerContact(DAY - timedelta(days=2), ContactType.VIDEO, RoleGroup.NURSE,
                         frozenset({Event.SURGE}), 30, datetime(2025, 6, 18, tzinfo=UTC),
                         follow_up=DAY - timedelta(days=1))
    worker.run_blocking(lambda: [store.save(old), store.save(recent)])
    page = open_log(qtbot, vault, worker)
    past = show_past(qtbot, page)
    assert past.period.currentText() == "Last 90 days"
    assert [r[0] for r in shown_rows(past)] == [short_date(recent.contact_date)]
    with qtbot.waitSignal(past.loaded):
        past.period.setCurrentIndex(past.period.findText(month_year(old.contact_date)))
    assert [r[0] for r in shown_rows(past)] == [short_date(old.contact_date)]
    with qtbot.waitSignal(past.loaded):
        past.period.setCurrentIndex(past.period.findText("All contacts"))
    assert [r[0] for r in shown_rows(past)] == [short_date(d) for d in (
        recent.contact_date, old.contact_date)]

    # Marking the follow-up done on the other tab shows in the list.
    page.due.setCurrentIndex(page.due_model.index(0, 0))
    page.tabs.setCurrentIndex(0)
    with qtbot.waitSignal(page.loaded):
        page.done.click()
    with qtbot.waitSignal(past.loaded):
        page.tabs.setCurrentWidget(past)
    assert shown_rows(past)[0][-1] == f"{short_date(DAY - timedelta(days=1))}, done"

    # Escape leaves the form without saving; locking forgets the list and the open form.
    past.table.selectRow(0)
    with qtbot.waitSignal(past.opened):
        past.open_button.click()
    past.editor.form.minutes.setValue(90)
    qtbot.keyClick(past.editor.form.minutes, Qt.Key.Key_Escape)
    assert past.stack.currentWidget() is past.list_page
    assert shown_rows(past)[0][4] == "30 min"
    past.open_selected()
    page.clear_personal_data()
    assert past.model.rowCount() == 0 and past.stack.currentWidget() is past.list_page
    assert past.editor.form.note.text == "" and past.editor.contact_id is None


def test_past_contacts_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = PastContactsModel()
    qtmodeltester.check(model)
    model.set_rows(past_rows([(i, c) for i, c in enumerate(_contacts(5), start=1)]))
    qtmodeltester.check(model)
    assert model.row_of(3) is not None and model.row_of(99) is None


def reaches_text(value: object, text: str, seen: set[int] | None = None) -> bool:
    """Whether `text` is in `value` or anything it holds (fields, containers, attributes)."""
    seen = set() if seen is None else seen
    if id(value) in seen or isinstance(
        value, type | ModuleType | FunctionType | BuiltinFunctionType
    ):
        return False
    seen.add(id(value))
    if isinstance(value, str):
        return text in value
    if isinstance(value, bytes | bytearray):
        return text.encode() in value
    return any(reaches_text(held, text, seen) for held in gc.get_referents(value))


def test_the_list_holds_no_note_and_opening_reads_it(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    canary, old_canary = "Canary words about a hard week", "Older canary words"
    recorded = datetime(2025, 6, 15, 21, tzinfo=UTC)
    recent = PeerContact(DAY - timedelta(days=5), ContactType.PHONE, RoleGroup.NURSE,
                         frozenset({Event.SURGE}), 30, recorded, follow_up=DAY - timedelta(days=3),
                         follow_up_done=True, note=canary)
    old = PeerContact(DAY - timedelta(days=200), ContactType.VIDEO, RoleGroup.STUDENT,
                      frozenset({Event.OTHER}), 15, datetime(2024, 12, 2, tzinfo=UTC),
                      note=old_canary)
    store = PeerLogStore(vault)
    recent_id, _old_id = worker.run_blocking(lambda: [store.save(recent), store.save(old)])
    assert reaches_text(recent, "hard week")  # the search sees into a contact
    page = open_log(qtbot, vault, worker)
    past = show_past(qtbot, page)
    with qtbot.waitSignal(past.loaded):
        past.period.setCurrentIndex(past.period.findText("All contacts"))
    model = past.model

    def roles_holding_a_note() -> list[tuple[int, int, int]]:
        return [
            (row, column, role)
            for row in range(model.rowCount())
            for column in range(model.columnCount())
            for role in range(int(Qt.ItemDataRole.UserRole) + 64)
            for text in (canary, old_canary)
            if reaches_text(model.index(row, column).data(role), text)
        ]

    assert model.rowCount() == 2
    assert roles_holding_a_note() == []

    at = model.row_of(recent_id)
    assert at is not None
    past.table.selectRow(at)
    with qtbot.waitSignal(past.opened):
        past.open_button.click()
    assert past.stack.currentWidget() is past.editor and past.editor.contact_id == recent_id
    assert past.editor.form.note.text == canary  # read whole from the vault on opening
    past.editor.form.minutes.setValue(45)
    qtbot.waitUntil(past.editor.save.isEnabled)
    with qtbot.waitSignal(past.loaded):
        past.editor.save.click()
    stored = worker.run_blocking(lambda: store.get(recent_id))
    assert stored.duration_minutes == 45 and stored.note == canary
    assert stored.recorded_at == recorded and stored.follow_up_done  # kept from the vault
    assert model.rowCount() == 2 and roles_holding_a_note() == []
