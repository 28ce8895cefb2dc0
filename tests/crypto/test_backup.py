from __future__ import annotations

import hashlib
import io
import json
import tarfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crypto import backup
from crypto.errors import BackupInvalid, VaultExists
from crypto.kdf import KdfParams
from crypto.vault import DB_NAME, KEY_NAME, Vault
from tests.age_tool import decrypt_with_age

PASS = "vault pass phrase"
BACKUP_PASS = "backup pass phrase"


@pytest.fixture(scope="module")
def sealed_backup(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """One backup for the module: age's scrypt costs about a second per call, by design."""
    folder = tmp_path_factory.mktemp("source")
    vault, _ = Vault.create(folder / "vault", PASS, kdf_params=KdfParams.minimum())
    vault.execute("INSERT INTO settings VALUES ('canary', '\"kept in the backup\"')")
    vault.export_backup(folder / "b.age", BACKUP_PASS)
    vault.lock()
    return (folder / "b.age").read_bytes()


@pytest.fixture
def backup_file(sealed_backup: bytes, tmp_path: Path) -> Path:
    path = tmp_path / "confide-backup.age"
    path.write_bytes(sealed_backup)
    return path


def tree(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()
    }


def test_restores_on_another_computer_under_a_new_passphrase(
    backup_file: Path, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    elsewhere = tmp_path / "other-computer"
    restored, code = Vault.restore_backup(
        backup_file, BACKUP_PASS, elsewhere, "new owner pass", kdf_params=fast_kdf
    )
    assert restored.query("SELECT value FROM settings WHERE key = 'canary'") == [
        ('"kept in the backup"',)
    ]
    restored.lock()
    Vault.unlock_with_recovery(elsewhere, code).lock()
    # The restored vault has a fresh data key: the key inside the backup does not open it.
    content = backup.read(backup_file, BACKUP_PASS, 99)
    from crypto import connection
    from crypto.errors import VaultCorrupt

    with pytest.raises(VaultCorrupt):
        connection.open_encrypted(elsewhere / DB_NAME, content.data_key)


def test_the_backup_holds_no_plaintext(backup_file: Path) -> None:
    raw = backup_file.read_bytes()
    assert raw.startswith(b"age-encryption.org/v1\n")
    assert b"kept in the backup" not in raw and b"confide-backup" not in raw


def test_the_standard_age_tool_opens_it(backup_file: Path, tmp_path: Path) -> None:
    """A person can decrypt their backup without Confide (age reads passphrases from a terminal)."""
    out = tmp_path / "opened.tar"
    assert decrypt_with_age(backup_file, out, BACKUP_PASS) == 0
    with tarfile.open(out) as tar:
        assert sorted(tar.getnames()) == ["confide-backup.json", "vault.db"]


@pytest.mark.parametrize("damage", ["flip-body", "flip-header", "truncate", "empty", "foreign"])
def test_damaged_backups_are_refused_and_nothing_is_written(
    backup_file: Path, tmp_path: Path, fast_kdf: KdfParams, damage: str
) -> None:
    raw = bytearray(backup_file.read_bytes())
    if damage == "flip-body":
        raw[-40] ^= 1
    elif damage == "flip-header":
        raw[30] ^= 1
    elif damage == "truncate":
        raw = raw[: len(raw) - 200]
    elif damage == "empty":
        raw = bytearray()
    else:
        raw = bytearray(b"PK\x03\x04 a zip file, not a backup")
    backup_file.write_bytes(bytes(raw))
    target = tmp_path / "target"
    with pytest.raises(BackupInvalid) as caught:
        Vault.restore_backup(backup_file, BACKUP_PASS, target, "x" * 12, kdf_params=fast_kdf)
    assert caught.value.reason in {"damaged", "foreign"}
    assert not target.exists() or not any(target.iterdir())


def test_wrong_backup_passphrase_is_named_as_such(
    backup_file: Path, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    with pytest.raises(BackupInvalid) as caught:
        Vault.restore_backup(backup_file, "not it", tmp_path / "t", "x" * 12, kdf_params=fast_kdf)
    assert caught.value.reason == "passphrase"


def test_restore_never_overwrites_a_vault_unless_asked_and_then_leaves_no_old_wrap(
    backup_file: Path, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    target = tmp_path / "target"
    existing, _ = Vault.create(target, "existing pass", kdf_params=fast_kdf)
    existing.lock()
    before = tree(target)
    with pytest.raises(VaultExists):
        Vault.restore_backup(backup_file, BACKUP_PASS, target, "x" * 12, kdf_params=fast_kdf)
    assert tree(target) == before
    restored, _ = Vault.restore_backup(
        backup_file, BACKUP_PASS, target, "y" * 12, replace=True, kdf_params=fast_kdf
    )
    restored.lock()
    # Issue 11: the replaced vault's key file (a wrap under the old passphrase) is gone.
    assert sorted(tree(target)) == [DB_NAME, KEY_NAME, "vault.lock"]
    assert tree(target)[KEY_NAME] != before[KEY_NAME]


def test_a_backup_from_a_newer_confide_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.age"
    backup.write(path, "pw", "v", 999, b"k" * 32, b"db")
    with pytest.raises(BackupInvalid) as caught:
        backup.read(path, "pw", newest_schema=1)
    assert caught.value.reason == "too-new"


def _tar(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for name, payload in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(payload)
            tar.addfile(info, io.BytesIO(payload))
    return buffer.getvalue()


@settings(max_examples=300, deadline=None)
@given(
    manifest=st.one_of(
        st.binary(max_size=64),
        st.dictionaries(
            st.sampled_from(["magic", "format", "vault_id", "schema_version", "data_key", "x"]),
            st.one_of(st.integers(), st.text(max_size=70), st.none(), st.just("confide-backup")),
        ).map(lambda d: json.dumps(d).encode()),
    ),
    db=st.binary(max_size=64),
    names=st.sampled_from(
        [("confide-backup.json", "vault.db"), ("confide-backup.json",), ("a", "b")]
    ),
)
def test_any_wrong_content_inside_the_envelope_is_refused_cleanly(
    manifest: bytes, db: bytes, names: tuple[str, ...]
) -> None:
    """age authenticates the envelope; this checks what is inside it never crashes the reader."""
    payloads = dict(zip(names, (manifest, db), strict=False))
    try:
        content = backup._unpack(_tar(payloads), newest_schema=1)
    except BackupInvalid:
        return
    # Only a complete, well-formed manifest may get through.
    assert len(content.data_key) == 32 and content.database == db and content.schema_version <= 1
