from __future__ import annotations

import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest

from crypto import connection, migrations
from crypto.errors import (
    VaultBusy,
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultMissing,
    VaultTooNew,
    WrongPassphrase,
)
from crypto.kdf import KdfParams
from crypto.vault import DB_NAME, KEY_NAME, Vault

PASS = "a long enough pass phrase"


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


INSERT = (
    "INSERT INTO checkin(day, recorded_at, mood, energy, sleep, note) VALUES (?, ?, 3, 3, 3, ?)"
)


def add_checkin(vault: Vault, note: str = "a private note", day: str = "2026-11-01") -> int:
    return vault.execute(INSERT, (day, "2026-11-01T08:00:00+00:00", note))


@pytest.fixture
def vault(data_dir: Path, fast_kdf: KdfParams) -> Vault:
    made, _ = Vault.create(data_dir, PASS, kdf_params=fast_kdf)
    add_checkin(made)
    made.lock()
    return made


def test_create_writes_an_encrypted_owner_only_vault(data_dir: Path, fast_kdf: KdfParams) -> None:
    made, code = Vault.create(data_dir, PASS, kdf_params=fast_kdf)
    assert made.schema_version() == migrations.LATEST
    made.lock()
    assert (data_dir / DB_NAME).read_bytes()[:16] != connection.PLAINTEXT_HEADER
    for name in (DB_NAME, KEY_NAME):
        assert stat.S_IMODE((data_dir / name).stat().st_mode) & 0o077 == 0
    assert len(code.display()) == 34


def test_unlock_reads_what_was_written(vault: Vault, data_dir: Path) -> None:
    again = Vault.unlock(data_dir, PASS)
    assert again.query("SELECT note FROM checkin") == [("a private note",)]
    assert again.integrity_problems() == []
    again.lock()


def test_wrong_passphrase_changes_nothing(vault: Vault, data_dir: Path) -> None:
    before = fingerprint(data_dir)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data_dir, PASS + "x")
    assert fingerprint(data_dir) == before


def test_a_second_vault_is_never_created_over_the_first(
    vault: Vault, data_dir: Path, fast_kdf: KdfParams
) -> None:
    before = fingerprint(data_dir)
    with pytest.raises(VaultExists):
        Vault.create(data_dir, "another passphrase", kdf_params=fast_kdf)
    assert fingerprint(data_dir) == before


def test_only_one_unlocked_copy_at_a_time(vault: Vault, data_dir: Path) -> None:
    first = Vault.unlock(data_dir, PASS)
    with pytest.raises(VaultBusy):
        Vault.unlock(data_dir, PASS)
    first.lock()
    Vault.unlock(data_dir, PASS).lock()  # released on lock


def test_missing_vault(data_dir: Path) -> None:
    with pytest.raises(VaultMissing):
        Vault.unlock(data_dir, PASS)


def test_lock_truncates_the_wal_and_forbids_queries(data_dir: Path, fast_kdf: KdfParams) -> None:
    made, _ = Vault.create(data_dir, PASS, kdf_params=fast_kdf)
    add_checkin(made)
    assert (data_dir / f"{DB_NAME}-wal").stat().st_size > 0
    made.lock()
    wal = data_dir / f"{DB_NAME}-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    assert not made.is_open
    with pytest.raises(VaultError):
        made.query("SELECT 1")


@pytest.mark.parametrize(
    "damage",
    [
        "flip-late-page",
        "truncate-half",
        "truncate-odd",
        "random-bytes",
        "plaintext-sqlite",
        "empty",
    ],
)
def test_damaged_or_foreign_vault_is_refused_and_left_untouched(
    vault: Vault, data_dir: Path, damage: str
) -> None:
    db = data_dir / DB_NAME
    raw = bytearray(db.read_bytes())
    if damage == "flip-late-page":
        raw[-100] ^= 0xFF
    elif damage == "truncate-half":
        raw = raw[: len(raw) // 2]
    elif damage == "truncate-odd":
        raw = raw[: len(raw) - 1000]
    elif damage == "random-bytes":
        raw = bytearray(hashlib.sha256(b"x").digest() * 512)
    elif damage == "empty":
        raw = bytearray()
    if damage == "plaintext-sqlite":
        db.unlink()
        plain = sqlite3.connect(db)
        plain.execute("CREATE TABLE t(x)")
        plain.commit()
        plain.close()
    else:
        db.write_bytes(bytes(raw))
    before = fingerprint(data_dir)
    with pytest.raises(VaultCorrupt):
        Vault.unlock(data_dir, PASS)
    assert fingerprint(data_dir) == before


def test_vault_file_missing_beside_its_key_file(vault: Vault, data_dir: Path) -> None:
    (data_dir / DB_NAME).unlink()
    with pytest.raises(VaultCorrupt):
        Vault.unlock(data_dir, PASS)


def test_a_vault_from_a_newer_confide_is_refused_untouched(vault: Vault, data_dir: Path) -> None:
    opened = Vault.unlock(data_dir, PASS)
    opened.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    opened.lock()
    before = fingerprint(data_dir)
    with pytest.raises(VaultTooNew) as caught:
        Vault.unlock(data_dir, PASS)
    assert caught.value.found == migrations.LATEST + 1
    assert fingerprint(data_dir) == before


def test_change_passphrase_rewraps_without_touching_the_database(
    vault: Vault, data_dir: Path
) -> None:
    opened = Vault.unlock(data_dir, PASS)
    db_before = hashlib.sha256((data_dir / DB_NAME).read_bytes()).hexdigest()
    opened.change_passphrase("an entirely new passphrase")
    assert hashlib.sha256((data_dir / DB_NAME).read_bytes()).hexdigest() == db_before
    opened.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data_dir, PASS)
    Vault.unlock(data_dir, "an entirely new passphrase").lock()


def test_verify_passphrase(vault: Vault, data_dir: Path) -> None:
    opened = Vault.unlock(data_dir, PASS)
    assert opened.verify_passphrase(PASS)
    assert not opened.verify_passphrase("nope")
    opened.lock()


def test_recovery_code_opens_and_forces_a_new_passphrase(
    data_dir: Path, fast_kdf: KdfParams
) -> None:
    made, code = Vault.create(data_dir, PASS, kdf_params=fast_kdf)
    made.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery(data_dir, "not a code")
    opened = Vault.unlock_with_recovery(data_dir, code.display().lower())
    forced = opened.must_change_passphrase
    assert forced
    opened.change_passphrase("chosen after recovery")
    assert not opened.must_change_passphrase
    fresh = opened.new_recovery_code()
    opened.confirm_recovery_code()
    opened.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery(data_dir, code)  # the old code stopped working
    Vault.unlock_with_recovery(data_dir, fresh).lock()
    Vault.unlock(data_dir, "chosen after recovery").lock()


def test_rotating_the_data_key_reencrypts_and_replaces_the_recovery_code(
    data_dir: Path, fast_kdf: KdfParams
) -> None:
    made, old_code = Vault.create(data_dir, PASS, kdf_params=fast_kdf)
    add_checkin(made, "kept across rotation")
    old_key = bytes(made._key)
    with pytest.raises(WrongPassphrase):
        made.rotate_data_key("wrong")
    new_code = made.rotate_data_key(PASS)
    made.confirm_recovery_code()
    made.lock()
    with pytest.raises(VaultCorrupt):  # the old data key no longer opens the file
        connection.open_encrypted(data_dir / DB_NAME, old_key)
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery(data_dir, old_code)
    again = Vault.unlock_with_recovery(data_dir, new_code)
    assert again.query("SELECT note FROM checkin") == [("kept across rotation",)]
    again.lock()
    Vault.unlock(data_dir, PASS).lock()


class SimulatedCrash(Exception):
    """Stands in for power loss at one exact point; a real kill -9 cannot aim this precisely."""


def test_a_rotation_interrupted_before_its_rekey_resumes_on_unlock(
    data_dir: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    made, _ = Vault.create(data_dir, PASS, kdf_params=fast_kdf)
    add_checkin(made, "survives the crash")

    def crash(conn: object, key: bytes) -> None:
        raise SimulatedCrash

    monkeypatch.setattr(connection, "rekey", crash)
    with pytest.raises(SimulatedCrash):
        made.rotate_data_key(PASS)
    made.lock()
    monkeypatch.undo()
    resumed = Vault.unlock(data_dir, PASS)
    assert resumed.query("SELECT note FROM checkin") == [("survives the crash",)]
    resumed.lock()
    assert "previous_passphrase" not in (data_dir / KEY_NAME).read_text()
    Vault.unlock(data_dir, PASS).lock()


def test_an_orphan_database_from_an_interrupted_setup_is_kept_aside(
    data_dir: Path, fast_kdf: KdfParams
) -> None:
    (data_dir / DB_NAME).write_bytes(b"left by a crash")
    made, _ = Vault.create(data_dir, PASS, kdf_params=fast_kdf)
    made.lock()
    orphans = list(data_dir.glob(f"{DB_NAME}.orphan-*"))
    assert len(orphans) == 1 and orphans[0].read_bytes() == b"left by a crash"
