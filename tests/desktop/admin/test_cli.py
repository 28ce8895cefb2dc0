"""`confide-admin vault check`: what it reports, and that each problem makes it exit 1."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crypto import migrations
from crypto.kdf import KdfParams
from crypto.keyfile import KeyFile, QuickUnlockSlot
from crypto.vault import Vault
from desktop import paths
from desktop.admin import cli

PASSPHRASE = "correct horse battery staple admin"


@pytest.fixture
def vault_dir(data_dir: Path, fast_kdf: KdfParams) -> Path:
    vault, _code = Vault.create(data_dir, PASSPHRASE, kdf_params=fast_kdf)
    vault.execute(
        "INSERT INTO checkin (day, recorded_at, mood, energy, sleep) VALUES (?, ?, 3, 3, 3)",
        ("2024-01-02", "2024-01-02T08:00:00+00:00"),
    )
    vault.lock()
    return data_dir


def run_check(capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    status = cli.main(["vault", "check", *extra])
    return status, capsys.readouterr().out


def test_help_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    assert "vault" in capsys.readouterr().out
    assert cli.main(["vault", "check", "--help"]) == 0
    assert "--passphrase-stdin" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [[], ["vault"], ["vault", "check", "--bogus"], ["frobnicate"]])
def test_usage_errors_exit_two(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(argv) == 2
    assert "usage:" in capsys.readouterr().err


def test_healthy_vault_reports_its_facts(
    vault_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = run_check(capsys, "--data-dir", str(vault_dir))
    assert status == 0, out
    vault_id = KeyFile.load(paths.vault_key(vault_dir)).vault_id
    assert f"vault id {vault_id}" in out
    assert "format 1" in out
    assert "Argon2id 19456 KiB, 2 passes" in out
    assert "at or above the OWASP minimum" in out
    assert "quick unlock: off" in out
    assert "owner-only" in out
    assert "encrypted (no plaintext header)" in out
    assert out.rstrip().endswith("healthy")
    assert "integrity" not in out  # nothing is unlocked without --passphrase-stdin


def test_data_dir_comes_from_the_environment(
    vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(paths.ENV_VAR, str(vault_dir))
    status, out = run_check(capsys)
    assert status == 0
    assert str(vault_dir) in out


def test_passphrase_stdin_unlocks_and_checks_integrity(
    vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    status, out = run_check(capsys, "--data-dir", str(vault_dir), "--passphrase-stdin")
    assert status == 0, out
    assert f"schema version {migrations.LATEST}" in out
    assert "integrity check: ok" in out
    assert PASSPHRASE not in out


def test_wrong_passphrase_is_a_problem(
    vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("not the passphrase\n"))
    status, out = run_check(capsys, "--data-dir", str(vault_dir), "--passphrase-stdin")
    assert status == 1
    assert "FAIL  unlock: the passphrase does not open this vault" in out


def test_empty_passphrase_line_is_a_usage_error(
    vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert cli.main(["vault", "check", "--data-dir", str(vault_dir), "--passphrase-stdin"]) == 2


def test_missing_folder_and_empty_folder(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = run_check(capsys, "--data-dir", str(tmp_path / "nowhere"))
    assert status == 1
    assert "does not exist" in out
    status, out = run_check(capsys, "--data-dir", str(data_dir))
    assert status == 1
    assert "no vault in" in out


def test_loose_permissions_are_a_problem(
    vault_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths.vault_db(vault_dir).chmod(0o644)
    status, out = run_check(capsys, "--data-dir", str(vault_dir))
    assert status == 1
    assert "FAIL  permissions: readable by others: vault.db is 644" in out


def test_plaintext_database_is_a_problem(
    vault_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = paths.vault_db(vault_dir)
    db.unlink()
    plain = sqlite3.connect(db)
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()
    db.chmod(0o600)
    status, out = run_check(capsys, "--data-dir", str(vault_dir))
    assert status == 1
    assert "PLAINTEXT SQLite file" in out


def test_missing_database_is_a_problem(vault_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths.vault_db(vault_dir).unlink()
    status, out = run_check(capsys, "--data-dir", str(vault_dir))
    assert status == 1
    assert "vault.db is missing" in out


def test_damaged_key_file_is_a_problem(vault_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths.vault_key(vault_dir).write_text("{ not json")
    status, out = run_check(capsys, "--data-dir", str(vault_dir))
    assert status == 1
    assert "FAIL  key file" in out


def test_quick_unlock_wrap_and_its_expiry_are_reported(vault_dir: Path) -> None:
    key_path = paths.vault_key(vault_dir)
    loaded = KeyFile.load(key_path)
    expires = datetime(2030, 5, 6, 7, 8, tzinfo=UTC)
    # Any wrap will do: the check reads only the slot's presence and expiry.
    loaded.with_quick_unlock(QuickUnlockSlot(expires, loaded.recovery.sealed)).save(key_path)

    before = {c.name: c for c in cli.check_vault(vault_dir, now=expires - timedelta(days=1))}
    assert before["quick unlock"].detail == "on until 2030-05-06T07:08+00:00"
    after = {c.name: c for c in cli.check_vault(vault_dir, now=expires + timedelta(days=1))}
    assert after["quick unlock"].detail.startswith("expired 2030-05-06T07:08+00:00")


def test_json_output(vault_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths.vault_db(vault_dir).chmod(0o640)
    status, out = run_check(capsys, "--data-dir", str(vault_dir), "--json")
    report = json.loads(out)
    assert status == 1
    assert report["healthy"] is False
    failed = [c["name"] for c in report["checks"] if not c["ok"]]
    assert failed == ["permissions"]


def test_installed_script(vault_dir: Path) -> None:
    script = Path(sys.executable).with_name("confide-admin")
    assert script.exists(), "run `pip install -e .` so the confide-admin script exists"
    done = subprocess.run(
        [str(script), "vault", "check", "--data-dir", str(vault_dir), "--passphrase-stdin"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "integrity check: ok" in done.stdout


def test_a_file_name_that_is_not_utf8_prints_as_an_escape(tmp_path: Path) -> None:
    name = os.fsdecode(b"\xffpolicy.json")  # what the shell hands over for such a name
    (tmp_path / name).write_text('{"max_auto_lock_minutes": 10}')
    done = subprocess.run(
        [sys.executable, "-m", "desktop.admin.cli", "policy", "validate", str(tmp_path / name)],
        capture_output=True, timeout=60, check=False, cwd=Path(__file__).resolve().parents[3],
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},  # strict, as on a UTF-8 terminal
    )
    assert done.returncode == 0, done.stderr
    assert b"\\udcffpolicy.json: valid" in done.stdout
    assert b"Traceback" not in done.stderr
