"""A restored older backup cannot forget a release: the periods kept beside the vault."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from crypto.errors import DiskFull
from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.peer_reports import release_mirror
from desktop.peer_reports.ledger import Ledger, ReleaseRefused
from desktop.peer_reports.release_mirror import MIRROR_NAME, read_mirror
from desktop.records.peer.model import ContactType, Event, PeerContact, RoleGroup
from desktop.records.peer.report import (
    AggregateReport,
    build_report,
    count_contacts,
    months_between,
)

PASS = "release mirror test passphrase"
DAY = date(2025, 4, 20)


def _report(first: str, last: str, label: str = "Unit 4 East") -> AggregateReport:
    contacts = [PeerContact(date(2025, 1 + i % 3, 2), ContactType.PHONE, RoleGroup.NURSE,
                            frozenset({Event.SURGE}), 20, datetime(2025, 4, 1, tzinfo=UTC))
                for i in range(60)]
    return build_report(count_contacts(contacts), months_between(first, last), label, DAY)


def test_a_release_made_after_the_restored_backup_still_blocks_an_overlap(
    data_dir: Path, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    mirror = data_dir / MIRROR_NAME
    vault, _code = Vault.create(data_dir, PASS, kdf_params=fast_kdf)
    vault.export_backup(tmp_path / "before.age", "backup pass phrase")  # no release yet
    january = _report("2025-01", "2025-01")
    assert Ledger(vault, mirror).record(january)
    vault.lock()

    restored, _code = Vault.restore_backup(tmp_path / "before.age", "backup pass phrase",
                                           data_dir, "restored pass phrase 1",
                                           replace=True, kdf_params=fast_kdf)
    try:
        assert Ledger(restored).entries() == []  # the vault alone has forgotten January
        Ledger(restored).check(months_between("2025-01", "2025-03"), None)  # the attack
        with pytest.raises(ReleaseRefused, match="overlaps the report already released for "
                                                 "January 2025"):
            Ledger(restored, mirror).check(months_between("2025-01", "2025-03"), None)
        with pytest.raises(ReleaseRefused, match="overlaps"):
            Ledger(restored, mirror).record(_report("2025-01", "2025-03"))
        assert Ledger(restored).entries() == []  # refused: nothing recorded
        Ledger(restored, mirror).check(("2025-04",), None)  # another period is fine
    finally:
        restored.lock()


def test_the_file_holds_periods_only(data_dir: Path, fast_kdf: KdfParams) -> None:
    vault, _code = Vault.create(data_dir, PASS, kdf_params=fast_kdf)
    report = _report("2025-01", "2025-01", label="Unit 4 East night shift")
    Ledger(vault, data_dir / MIRROR_NAME).record(report)
    vault.lock()
    text = (data_dir / MIRROR_NAME).read_text(encoding="utf-8")
    (release,) = json.loads(text)["releases"]
    assert set(release) == {"report_id", "first_month", "last_month", "epsilon", "released_at"}
    assert "Unit 4" not in text and "tables" not in text
    assert (data_dir / MIRROR_NAME).stat().st_mode & 0o777 == 0o600


def test_a_damaged_file_stops_releases_with_words_that_name_it(
    data_dir: Path, fast_kdf: KdfParams
) -> None:
    vault, _code = Vault.create(data_dir, PASS, kdf_params=fast_kdf)
    mirror = data_dir / MIRROR_NAME
    for damage in (b"{not json", b'{"format": "other"}', b'{"format": "confide-released-'
                   b'periods", "releases": [{"report_id": "x", "first_month": "2025-13"}]}'):
        mirror.write_bytes(damage)
        with pytest.raises(ReleaseRefused, match=f"{MIRROR_NAME} in .* is damaged"):
            Ledger(vault, mirror).record(_report("2025-01", "2025-01"))
        assert Ledger(vault).entries() == []
    vault.lock()


def test_a_failed_write_records_nothing_and_forget_removes_the_period(
    data_dir: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _code = Vault.create(data_dir, PASS, kdf_params=fast_kdf)
    mirror = data_dir / MIRROR_NAME
    report = _report("2025-02", "2025-02")

    def full(path: Path, _data: bytes) -> None:
        raise DiskFull(path, "no space left on the disk")

    with monkeypatch.context() as patch:
        patch.setattr(release_mirror, "write_atomic", full)
        with pytest.raises(DiskFull):
            Ledger(vault, mirror).record(report)
    assert Ledger(vault).entries() == [] and not mirror.exists()
    ledger = Ledger(vault, mirror)
    assert ledger.record(report)
    assert [r.months for r in read_mirror(mirror)] == [("2025-02",)]
    ledger.forget(report.sources[0])  # its files could not be written
    assert read_mirror(mirror) == [] and ledger.entries() == []
    vault.lock()
