"""Issue 11: no superseded wrap of the data key survives the step that superseded it.

Each test plays the attacker the review described: every file left in the data folder
is tried as a key file with an old secret, against the current database.
"""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from crypto import backup, connection, migrations, quick_unlock
from crypto.errors import RecoveryCodeUnconfirmed, VaultCorrupt, VaultError, WrongPassphrase
from crypto.kdf import KdfParams
from crypto.keyfile import KeyFile
from crypto.migrations import Migration
from crypto.recovery import RecoveryCode
from crypto.vault import DB_NAME, KEY_NAME, SETUP_INTENT, FolderState, Vault

OLD = "the old pass phrase"
NEW = "the new pass phrase"
FIXTURES = Path(__file__).with_name("fixtures")


def keys_opening(folder: Path, passphrase: str) -> list[str]:
    """Names of files in `folder` that, with `passphrase`, yield a key opening the database."""
    found = []
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.name.startswith(DB_NAME):
            continue
        try:
            key = KeyFile.from_bytes(path.read_bytes(), path).open_with_passphrase(passphrase)
            conn = connection.open_encrypted(folder / DB_NAME, key)
        except (VaultError, ValueError):
            continue
        conn.close()
        found.append(path.name)
    return found


def test_the_migration_backup_of_the_key_file_is_gone_once_the_upgrade_is_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "old"
    shutil.copytree(FIXTURES / "vault-schema-1", folder)
    old = "fixture pass phrase for schema 1"
    newer = (*migrations.MIGRATIONS, Migration(migrations.LATEST + 1, "t", ("CREATE TABLE t(x)",)))
    monkeypatch.setattr(migrations, "MIGRATIONS", newer)
    vault = Vault.unlock(folder, old)
    vault.change_passphrase(NEW)
    vault.lock()
    assert not list(folder.glob(f"{KEY_NAME}.bak-*"))
    assert keys_opening(folder, old) == []
    assert keys_opening(folder, NEW) == [KEY_NAME]


@pytest.mark.parametrize(
    "leftover", [f".{KEY_NAME}.tmp-4242", f"{KEY_NAME}.bak-v1", f"{KEY_NAME}.before-restore-x"]
)
def test_a_stray_old_wrap_found_at_open_is_removed(
    data_dir: Path, fast_kdf: KdfParams, leftover: str
) -> None:
    made, _ = Vault.create(data_dir, OLD, kdf_params=fast_kdf)
    shutil.copy(data_dir / KEY_NAME, data_dir / leftover)  # what a crash or an upgrade left
    made.change_passphrase(NEW)
    assert not (data_dir / leftover).exists()  # gone once the new wrap is durable
    assert keys_opening(data_dir, OLD) == []
    made.lock()
    shutil.copy(data_dir / KEY_NAME, data_dir / leftover)
    Vault.unlock(data_dir, NEW).lock()
    assert not (data_dir / leftover).exists()  # and a stray found at open goes too


def test_a_stray_file_is_kept_when_the_current_key_file_does_not_open(
    data_dir: Path, fast_kdf: KdfParams
) -> None:
    made, _ = Vault.create(data_dir, OLD, kdf_params=fast_kdf)
    made.lock()
    shutil.copy(data_dir / KEY_NAME, data_dir / f"{KEY_NAME}.bak-v1")
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data_dir, "not the passphrase")
    assert (data_dir / f"{KEY_NAME}.bak-v1").exists()  # nothing was verified yet


def test_changing_passphrase_and_data_key_together(data_dir: Path, fast_kdf: KdfParams) -> None:
    made, old_code = Vault.create(data_dir, OLD, kdf_params=fast_kdf)
    made.execute("INSERT INTO settings VALUES ('k', 'kept')")
    old_key = bytes(made._key)
    with pytest.raises(WrongPassphrase):
        made.rotate_data_key("wrong", new_passphrase=NEW)
    code = made.rotate_data_key(OLD, new_passphrase=NEW)
    made.confirm_recovery_code()
    made.lock()
    with pytest.raises(VaultCorrupt):
        connection.open_encrypted(data_dir / DB_NAME, old_key)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data_dir, OLD)
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery(data_dir, old_code)
    again = Vault.unlock_with_recovery(data_dir, code)
    assert again.query("SELECT value FROM settings") == [("kept",)]
    again.lock()
    assert keys_opening(data_dir, OLD) == []


def test_a_backup_still_carries_the_key_it_was_made_with(
    data_dir: Path, fast_kdf: KdfParams, tmp_path: Path
) -> None:
    """What the README says: an old backup plus its own passphrase opens what it holds."""
    made, _ = Vault.create(data_dir, OLD, kdf_params=fast_kdf)
    made.export_backup(tmp_path / "b.age", "backup pass")
    made.change_passphrase(NEW)
    made.lock()
    content = backup.read(tmp_path / "b.age", "backup pass", migrations.LATEST)
    connection.open_encrypted(data_dir / DB_NAME, content.data_key).close()  # same data key


# -- quick unlock (item 6) ---------------------------------------------------------------


def quick_secret(directory: Path) -> bytes | None:
    return quick_unlock.fetch_key(KeyFile.load(directory / KEY_NAME).vault_id)


@pytest.mark.usefixtures("real_keyring")
def test_an_expired_quick_unlock_is_deleted_at_start(data_dir: Path, fast_kdf: KdfParams) -> None:
    made, _ = Vault.create(data_dir, OLD, kdf_params=fast_kdf)
    made.enable_quick_unlock(timedelta(seconds=-1))
    vault_id = made.vault_id
    made._conn.close()  # the app died before it could lock
    made._conn = None
    made._lock.release()
    assert quick_unlock.fetch_key(vault_id) is not None
    assert Vault.prepare(data_dir) is FolderState.VAULT
    assert quick_unlock.fetch_key(vault_id) is None
    assert Vault.quick_unlock_expiry(data_dir) is None


@pytest.mark.usefixtures("real_keyring")
def test_an_expired_quick_unlock_is_deleted_at_lock(data_dir: Path, fast_kdf: KdfParams) -> None:
    made, _ = Vault.create(data_dir, OLD, kdf_params=fast_kdf)
    made.enable_quick_unlock(timedelta(seconds=-1))
    vault_id = made.vault_id
    made.lock()
    assert quick_unlock.fetch_key(vault_id) is None
    assert "quick_unlock" not in (data_dir / KEY_NAME).read_text()


@pytest.mark.usefixtures("real_keyring")
def test_a_live_quick_unlock_survives_start_and_lock(data_dir: Path, fast_kdf: KdfParams) -> None:
    made, _ = Vault.create(data_dir, OLD, kdf_params=fast_kdf)
    made.enable_quick_unlock(timedelta(days=1))
    made.lock()
    Vault.prepare(data_dir)
    Vault.unlock_quick(data_dir).lock()


@pytest.mark.usefixtures("real_keyring")
def test_a_passphrase_change_ends_quick_unlock(data_dir: Path, fast_kdf: KdfParams) -> None:
    made, _ = Vault.create(data_dir, OLD, kdf_params=fast_kdf)
    made.enable_quick_unlock(timedelta(days=1))
    made.change_passphrase(NEW)
    made.lock()
    assert quick_secret(data_dir) is None
    assert Vault.quick_unlock_expiry(data_dir) is None


# -- recovery-code rotation (item 3) -----------------------------------------------------


def test_a_new_recovery_code_replaces_the_old_one_only_once_confirmed(
    data_dir: Path, fast_kdf: KdfParams
) -> None:
    made, old_code = Vault.create(data_dir, OLD, kdf_params=fast_kdf)
    fresh = made.new_recovery_code()
    made.lock()  # the app stopped before the person confirmed the new code
    # Both work, and the app can show the new code again.
    Vault.unlock_with_recovery(data_dir, old_code).lock()
    again = Vault.unlock(data_dir, OLD)
    assert again.pending_recovery_code == fresh
    again.confirm_recovery_code()
    again.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery(data_dir, old_code)
    Vault.unlock_with_recovery(data_dir, fresh).lock()
    assert "pending" not in (data_dir / KEY_NAME).read_text()


class SimulatedCrash(Exception):
    """Power loss at one exact point."""


def snapshot(directory: Path, into: Path) -> Path:
    """The folder as a crash would leave it, taken while the vault is still open."""
    shutil.copytree(directory, into, ignore=shutil.ignore_patterns("*-shm", "*.lock"))
    return into


def test_a_rotation_whose_rekey_reached_only_the_wal_opens_without_damage(
    data_dir: Path, fast_kdf: KdfParams, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made, _ = Vault.create(data_dir, OLD, kdf_params=fast_kdf)
    for n in range(40):
        made.execute("INSERT INTO settings VALUES (?, ?)", (f"k{n}", "x" * 400))
    crashed: list[Path] = []

    def rekey_then_die(conn: Any, key: bytes) -> None:
        connection._set_key(conn, key, rekey=True)
        crashed.append(snapshot(data_dir, tmp_path / "after-crash"))  # before any checkpoint
        raise SimulatedCrash

    monkeypatch.setattr(connection, "rekey", rekey_then_die)
    with pytest.raises(SimulatedCrash):
        made.rotate_data_key(OLD)
    monkeypatch.undo()
    made.lock()
    folder = crashed[0]
    assert (folder / f"{DB_NAME}-wal").stat().st_size > 0
    resumed = Vault.unlock(folder, OLD)  # no false "the vault file is damaged"
    assert resumed.integrity_problems() == []
    assert len(resumed.query("SELECT key FROM settings")) == 40
    code = resumed.pending_recovery_code
    assert code is not None  # the person is led to the new code
    resumed.lock()
    Vault.unlock_with_recovery(folder, code).lock()


def test_an_interrupted_rotation_keeps_the_old_code_working_until_the_new_one_is_confirmed(
    data_dir: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    made, old_code = Vault.create(data_dir, OLD, kdf_params=fast_kdf)
    made.execute("INSERT INTO settings VALUES ('k', 'kept')")

    def crash(conn: object, key: bytes) -> None:
        raise SimulatedCrash

    monkeypatch.setattr(connection, "rekey", crash)
    with pytest.raises(SimulatedCrash):
        made.rotate_data_key(OLD)
    made.lock()
    monkeypatch.undo()
    # Before the rekey: the old recovery code finishes the rotation and opens the vault.
    opened = Vault.unlock_with_recovery(data_dir, old_code)
    assert opened.query("SELECT value FROM settings") == [("kept",)]
    new_code = opened.pending_recovery_code
    assert isinstance(new_code, RecoveryCode)
    opened.lock()
    # After the rekey, still unconfirmed: both codes open.
    Vault.unlock_with_recovery(data_dir, old_code).lock()
    confirming = Vault.unlock_with_recovery(data_dir, new_code)
    confirming.confirm_recovery_code()
    confirming.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery(data_dir, old_code)
    assert "rotation" not in (data_dir / KEY_NAME).read_text()


# -- restore (item 4) --------------------------------------------------------------------


@pytest.fixture(scope="module")
def backup_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("source")
    vault, _ = Vault.create(folder / "v", "backup source", kdf_params=KdfParams.minimum())
    vault.execute("INSERT INTO settings VALUES ('from', 'backup')")
    vault.export_backup(folder / "b.age", "backup pass")
    vault.lock()
    return (folder / "b.age").read_bytes()


@pytest.mark.parametrize("crash_at", [1, 2, 3])
def test_an_interrupted_restore_never_leaves_a_folder_without_its_vault(
    data_dir: Path,
    fast_kdf: KdfParams,
    tmp_path: Path,
    backup_bytes: bytes,
    monkeypatch: pytest.MonkeyPatch,
    crash_at: int,
) -> None:
    (tmp_path / "b.age").write_bytes(backup_bytes)
    made, _ = Vault.create(data_dir, OLD, kdf_params=fast_kdf)
    made.lock()
    real_replace = Path.replace
    calls = {"n": 0}

    def replace_then_die(self: Path, target: Path) -> Path:
        if Path(target).parent == data_dir and not Path(self).name.startswith(".vault.key.tmp"):
            calls["n"] += 1
            if calls["n"] == crash_at:
                raise SimulatedCrash
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", replace_then_die)
    with pytest.raises(SimulatedCrash):
        Vault.restore_backup(
            tmp_path / "b.age", "backup pass", data_dir, NEW, replace=True, kdf_params=fast_kdf
        )
    monkeypatch.undo()
    state = Vault.prepare(data_dir)
    assert state is FolderState.VAULT
    try:
        opened = Vault.unlock(data_dir, NEW)
    except WrongPassphrase:  # the restore had not started to replace anything
        opened = Vault.unlock(data_dir, OLD)
        assert opened.query("SELECT * FROM settings") == []
    else:
        assert opened.query("SELECT * FROM settings") == [("from", "backup")]
    opened.lock()


def test_a_database_without_its_key_file_is_not_an_empty_folder(
    data_dir: Path, fast_kdf: KdfParams
) -> None:
    made, _ = Vault.create(data_dir, OLD, kdf_params=fast_kdf)
    made.lock()
    (data_dir / KEY_NAME).unlink()  # what the old restore left when it was killed
    assert Vault.prepare(data_dir) is FolderState.KEY_MISSING


def test_an_interrupted_setup_is_an_empty_folder(
    data_dir: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    def die(self: KeyFile, path: Path) -> None:
        raise SimulatedCrash

    monkeypatch.setattr(KeyFile, "save", die)
    with pytest.raises(SimulatedCrash):
        Vault.create(data_dir, OLD, kdf_params=fast_kdf)
    monkeypatch.undo()
    assert Vault.prepare(data_dir) is FolderState.EMPTY
    assert Vault.prepare(tmp := data_dir.parent / "nothing") is FolderState.EMPTY
    assert not tmp.exists()


def test_a_restore_leaves_no_old_wrap_behind(
    data_dir: Path, fast_kdf: KdfParams, tmp_path: Path, backup_bytes: bytes
) -> None:
    (tmp_path / "b.age").write_bytes(backup_bytes)
    made, _ = Vault.create(data_dir, OLD, kdf_params=fast_kdf)
    made.lock()
    restored, code = Vault.restore_backup(
        tmp_path / "b.age", "backup pass", data_dir, NEW, replace=True, kdf_params=fast_kdf
    )
    assert restored.pending_recovery_code == code  # shown again if the app stops now
    restored.confirm_recovery_code()
    restored.lock()
    names = sorted(p.name for p in data_dir.iterdir())
    assert names == [DB_NAME, KEY_NAME, "vault.lock"], names


def test_a_setup_marker_left_by_a_crash_goes_at_the_first_open(
    data_dir: Path, fast_kdf: KdfParams
) -> None:
    """Setup stopped between saving the key file and removing its marker: once the key file
    opens the vault, setup is done, so the marker goes (else a later missing key file would
    read as an empty folder and lead to setup, not to the key-missing screen)."""
    made, _ = Vault.create(data_dir, OLD, kdf_params=fast_kdf)
    made.lock()
    (data_dir / SETUP_INTENT).write_bytes(b"{}\n")
    Vault.unlock(data_dir, OLD).lock()
    assert not (data_dir / SETUP_INTENT).exists()
    (data_dir / KEY_NAME).unlink()
    assert Vault.prepare(data_dir) is FolderState.KEY_MISSING


def test_a_second_data_key_change_waits_for_the_first_code_to_be_confirmed(
    data_dir: Path, fast_kdf: KdfParams
) -> None:
    """Two changes in a row, the first never confirmed, retired the code on paper."""
    made, on_paper = Vault.create(data_dir, OLD, kdf_params=fast_kdf)
    made.rotate_data_key(OLD)
    with pytest.raises(RecoveryCodeUnconfirmed):
        made.rotate_data_key(OLD)
    made.lock()
    Vault.unlock_with_recovery(data_dir, on_paper).lock()  # the paper code still opens


def test_a_restore_sets_a_database_without_its_key_file_aside(
    data_dir: Path, fast_kdf: KdfParams, tmp_path: Path
) -> None:
    """The key-missing screen says "if you moved it, put it back": a restore chosen there
    must leave that database where the key file could still find it."""
    made, _ = Vault.create(data_dir, OLD, kdf_params=fast_kdf)
    made.export_backup(tmp_path / "b.age", "backup pass")
    made.lock()
    before = (data_dir / DB_NAME).read_bytes()
    (data_dir / KEY_NAME).rename(tmp_path / "moved.key")
    restored, _code = Vault.restore_backup(
        tmp_path / "b.age", "backup pass", data_dir, NEW, kdf_params=fast_kdf
    )
    restored.lock()
    aside = list(data_dir.glob(f"{DB_NAME}.orphan-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == before
