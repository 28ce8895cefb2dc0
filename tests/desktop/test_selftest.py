"""`confide --self-test`: passes on a working machine, and each way it can fail is reported."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from crypto.errors import DiskFull
from crypto.vault import Vault
from desktop import selftest
from desktop.policy.effective import EffectivePolicy
from desktop.policy.sources import PolicyDocument, PolicyReading
from desktop.records.instruments import InstrumentFileError

CANARY = "zq-canary-7f3a"


def test_self_test_passes() -> None:
    passed, message = selftest.run()
    assert passed, message
    assert re.fullmatch(
        r"self-test passed: vault created, record written and read, relocked and reopened, "
        r"no plaintext on disk \((\d+) files checked\); 6 questionnaires and \d+ crisis lines "
        r"loaded; (no organization policy|organization policy: .*) in \d+\.\d\d s",
        message,
    )
    files = int(re.search(r"\((\d+) files", message).group(1))  # type: ignore[union-attr]
    assert files >= 2, "at least the key file and the database were scanned"


def test_scan_finds_plaintext(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "clean.bin").write_bytes(b"\x00\x01ciphertext-looking bytes")
    (tmp_path / "sub" / "notes.txt").write_text(f"a note: {CANARY}", encoding="utf-8")
    (tmp_path / "wide.txt").write_bytes(f"x{CANARY}y".encode("utf-16-le"))
    plain = sqlite3.connect(tmp_path / "plain.db")
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()

    result = selftest.scan_for_plaintext(tmp_path, CANARY)

    assert result.files_checked == 4
    assert sorted(result.findings) == sorted(
        [
            "the canary (UTF-8) in sub/notes.txt",
            "the canary (UTF-16-LE) in wide.txt",
            "a plaintext SQLite header in plain.db",
        ]
    )


def test_scan_of_a_clean_folder_finds_nothing(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"nothing to see")
    assert selftest.scan_for_plaintext(tmp_path, CANARY).findings == []


def test_plaintext_on_disk_fails_the_self_test(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        selftest,
        "scan_for_plaintext",
        lambda root, canary: selftest.ScanResult(
            files_checked=3, findings=["the canary (UTF-8) in vault/vault.db-wal"]
        ),
    )
    passed, message = selftest.run()
    assert not passed
    assert message == (
        "self-test failed: plaintext on disk: the canary (UTF-8) in vault/vault.db-wal"
    )


def test_a_vault_error_fails_the_self_test_by_type_name(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_args: object, **_kwargs: object) -> None:
        raise DiskFull(Path("/home/alice/secret-name"), "no space")

    monkeypatch.setattr(Vault, "create", full)
    passed, message = selftest.run()
    assert not passed
    assert message == "self-test failed while creating a vault: DiskFull"
    assert "alice" not in message


def test_policy_summary_counts_settings_locks_and_problems() -> None:
    reading = PolicyReading(
        documents=[
            PolicyDocument("/etc/confide/policies/managed/org.json", "managed",
                           {"peer_log_allowed": False, "max_auto_lock_minutes": 10}),
            PolicyDocument("/etc/confide/policies/recommended/r.json", "recommended",
                           {"organization_name": "General Hospital", "no_such_key": 1}),
        ]
    )
    summary = selftest.policy_summary(EffectivePolicy.resolve(reading, None))
    assert summary == ("organization policy: 3 settings, 2 locked "
                       "(1 problems ignored: see `confide-admin policy show`)")


def test_policy_summary_without_policy() -> None:
    assert selftest.policy_summary(EffectivePolicy.defaults()) == "no organization policy"


def test_broken_shipped_data_fails_the_self_test(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> object:
        raise InstrumentFileError("phq9.json", "bands", "they overlap")

    monkeypatch.setattr(selftest, "load_all", broken)
    passed, message = selftest.run()
    assert not passed
    assert message == "self-test failed while loading the shipped data: InstrumentFileError"
