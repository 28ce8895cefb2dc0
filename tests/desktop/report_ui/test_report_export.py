"""Exporting a report: made in memory, each file written once and atomically, month-only dates."""

from __future__ import annotations

import re
import stat
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtWidgets import QApplication

from crypto.atomic import write_atomic
from desktop.records.peer.model import ContactType, Event, PeerContact, RoleGroup
from desktop.records.peer.report import build_report, count_contacts, months_between
from desktop.records.peer.report_file import public_key_hex, read_report, to_csv
from desktop.report_ui import export_bar_view
from desktop.report_ui.pdf_view import month_only_dates

DAY_LEVEL = re.compile(rb"D:\d{8}|\d{4}-\d{2}-\d{2}")


def test_pdf_dates_are_cut_to_the_month_keeping_every_offset() -> None:
    pdf = b"<< /CreationDate (D:20250620183012+02'00') /ModDate (D:20250620183012Z) >>"
    cut = month_only_dates(pdf)
    assert len(cut) == len(pdf)
    assert cut.startswith(b"<< /CreationDate (D:202506 ")
    assert b"(D:202506" + b" " * 15 + b")" in cut
    assert not DAY_LEVEL.search(cut)
    assert month_only_dates(b"no date here") == b"no date here"


def test_export_writes_each_file_once_atomically(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    contacts = [
        PeerContact(date(2025, 1 + i % 3, 2), ContactType.PHONE, RoleGroup.NURSE,
                    frozenset({Event.SURGE}), 20, datetime(2025, 4, 1, tzinfo=UTC))
        for i in range(60)
    ]
    report = build_report(
        count_contacts(contacts), months_between("2025-01", "2025-03"), "Team", date(2025, 4, 2)
    )
    written: list[tuple[Path, bytes]] = []

    def spy(path: Path, data: bytes) -> None:
        written.append((path, data))
        write_atomic(path, data)

    monkeypatch.setattr(export_bar_view, "write_atomic", spy)
    key = Ed25519PrivateKey.generate()
    paths = export_bar_view.export_files(report, tmp_path, key)

    assert [p.suffix for p in paths] == [".json", ".csv", ".pdf"]
    assert [p for p, _data in written] == paths  # each file written once, through write_atomic
    assert sorted(tmp_path.iterdir()) == sorted(paths)  # no temporary file left behind
    assert read_report(paths[0]) == replace(report, signers=(public_key_hex(key),))
    assert paths[1].read_text(encoding="utf-8") == to_csv(report)
    pdf = paths[2].read_bytes()
    assert pdf.startswith(b"%PDF") and pdf == written[2][1]
    assert not DAY_LEVEL.search(pdf)  # its own dates say the month only
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in paths)
