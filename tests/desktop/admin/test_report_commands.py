"""`confide-admin report merge` when its output cannot be written: exit 1 and say why."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from crypto.errors import DiskFull
from desktop.admin import cli, report_commands
from desktop.peer_merge import merge as merge_module
from desktop.records.peer.audit import AuditError
from desktop.records.peer.model import ContactType, Event, PeerContact, RoleGroup
from desktop.records.peer.report import build_report, count_contacts, months_between
from desktop.records.peer.report_file import from_json, to_json


@pytest.fixture
def reports(tmp_path: Path) -> list[Path]:
    paths = []
    for i, n in enumerate((40, 25)):
        contacts = [
            PeerContact(date(2025, 1 + k % 3, 3), ContactType.PHONE, RoleGroup.NURSE,
                        frozenset({Event.SURGE}), 20, datetime(2025, 4, 1, tzinfo=UTC))
            for k in range(n)
        ]
        report = build_report(
            count_contacts(contacts), months_between("2025-01", "2025-03"), "Team", date(2025, 4, 2)
        )
        paths.append(tmp_path / f"r{i}.json")
        key = Ed25519PrivateKey.generate()  # two supporters, each with a key of their own
        paths[-1].write_text(to_json(report, key), encoding="utf-8")
    return paths


def merge(reports: list[Path], out: Path, *more: str) -> int:
    return cli.main(["report", "merge", *map(str, reports), "--out", str(out), *more])


def test_merge_writes_owner_only_files(reports: list[Path], tmp_path: Path) -> None:
    out, csv = tmp_path / "merged.json", tmp_path / "merged.csv"
    assert merge(reports, out, "--csv", str(csv)) == 0
    assert from_json(out.read_text(encoding="utf-8")).reports_merged == 2
    assert csv.read_text(encoding="utf-8").startswith("table,category,2025-01")
    assert {p.stat().st_mode & 0o777 for p in (out, csv)} == {0o600}
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "merged.csv", "merged.json", "r0.json", "r1.json"]  # no temporary file left


def test_merge_into_a_missing_folder_says_so(
    reports: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "gone" / "merged.json"
    assert merge(reports, out) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"confide-admin: cannot write {out} (") and "No such file" in err
    assert not out.parent.exists()


def test_merge_on_a_full_disk_names_the_file(
    reports: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full(path: Path, _data: bytes) -> None:
        raise DiskFull(path, "no space left on the disk")

    monkeypatch.setattr(report_commands, "write_atomic", full)
    out = tmp_path / "merged.json"
    assert merge(reports, out) == 1
    assert capsys.readouterr().err == (
        f"confide-admin: The disk is full, so {out} was not written. "
        "Free some space and try again.\n"
    )
    assert not out.exists()


def test_an_audit_that_finds_no_true_counts_is_a_refusal_in_words(
    reports: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A signed pair whose tables cannot all be true (a review built one by hand) makes the
    exact audit raise AuditError; here a stand-in `publish` raises it, named so."""
    def contradicted(*_args: object, **_kwargs: object) -> None:
        raise AuditError("the released reports contradict each other")

    monkeypatch.setattr(merge_module, "publish", contradicted)
    code = merge(reports, tmp_path / "merged.json")
    err = capsys.readouterr().err
    assert code == 1
    assert "contradict each other" in err and "Traceback" not in err
    assert not (tmp_path / "merged.json").exists()
