"""Quick unlock against a real Secret Service (gnome-keyring on a private D-Bus)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null

from crypto import quick_unlock
from crypto.errors import KeyringUnavailable, QuickUnlockUnavailable, WrongPassphrase
from crypto.kdf import KdfParams
from crypto.vault import KEY_NAME, Vault

PASS = "the real pass phrase"


@pytest.fixture
def vault_dir(data_dir: Path, fast_kdf: KdfParams) -> Path:
    vault, _ = Vault.create(data_dir, PASS, kdf_params=fast_kdf)
    vault.execute("INSERT INTO settings VALUES ('k', '1')")
    vault.lock()
    return data_dir


def enable(directory: Path, lifetime: timedelta = timedelta(days=7)) -> datetime:
    vault = Vault.unlock(directory, PASS)
    expires = vault.enable_quick_unlock(lifetime)
    vault.lock()
    return expires


@pytest.mark.usefixtures("real_keyring")
def test_real_keyring_is_offered() -> None:
    status = quick_unlock.keyring_status()
    assert status.available, status
    assert "SecretService" in status.backend


@pytest.mark.usefixtures("real_keyring")
def test_quick_unlock_opens_until_revoked(vault_dir: Path) -> None:
    expires = enable(vault_dir)
    assert Vault.quick_unlock_expiry(vault_dir) == expires
    opened = Vault.unlock_quick(vault_dir)
    assert opened.query("SELECT value FROM settings WHERE key = 'k'") == [("1",)]
    opened.revoke_quick_unlock()
    opened.lock()
    assert Vault.quick_unlock_expiry(vault_dir) is None
    with pytest.raises(QuickUnlockUnavailable) as caught:
        Vault.unlock_quick(vault_dir)
    assert caught.value.reason == "off"
    Vault.unlock(vault_dir, PASS).lock()  # the passphrase wrap stayed the real copy


@pytest.mark.usefixtures("real_keyring")
def test_neither_half_alone_opens_the_vault(vault_dir: Path) -> None:
    enable(vault_dir)
    vault_id = json.loads((vault_dir / KEY_NAME).read_text())["vault_id"]
    keyring.delete_password(quick_unlock.SERVICE, f"quick-unlock-{vault_id}")
    with pytest.raises(QuickUnlockUnavailable) as caught:  # the wrap on disk alone
        Vault.unlock_quick(vault_dir)
    assert caught.value.reason == "missing"
    # The keyring secret alone is random, not the data key: nothing in the keyring matches the file.
    enable(vault_dir)
    secret = quick_unlock.fetch_key(vault_id)
    assert secret is not None
    assert secret.hex() not in (vault_dir / KEY_NAME).read_text()


@pytest.mark.usefixtures("real_keyring")
def test_an_expired_quick_unlock_is_refused_and_cleaned_up(vault_dir: Path) -> None:
    vault = Vault.unlock(vault_dir, PASS)
    vault.enable_quick_unlock(timedelta(seconds=-1))
    with pytest.raises(QuickUnlockUnavailable) as caught:
        Vault.unlock_quick(vault_dir)  # while the vault is still open (and so not locked)
    vault.lock()
    assert caught.value.reason == "expired"
    assert Vault.quick_unlock_expiry(vault_dir) is None


@pytest.mark.usefixtures("real_keyring")
def test_the_expiry_cannot_be_extended_by_editing_the_key_file(vault_dir: Path) -> None:
    enable(vault_dir, lifetime=timedelta(minutes=5))
    doc = json.loads((vault_dir / KEY_NAME).read_text())
    doc["quick_unlock"]["expires"] = (datetime.now(UTC) + timedelta(days=365)).isoformat()
    (vault_dir / KEY_NAME).write_text(json.dumps(doc))
    with pytest.raises(QuickUnlockUnavailable):
        Vault.unlock_quick(vault_dir)


@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring])
def test_fake_backends_count_as_no_keyring_and_nothing_is_stored(
    vault_dir: Path, backend: type[keyring.backend.KeyringBackend]
) -> None:
    keyring.set_keyring(backend())
    assert not quick_unlock.keyring_status().available
    vault = Vault.unlock(vault_dir, PASS)
    with pytest.raises(KeyringUnavailable):
        vault.enable_quick_unlock(timedelta(days=1))
    vault.lock()
    assert Vault.quick_unlock_expiry(vault_dir) is None
    assert "quick_unlock" not in (vault_dir / KEY_NAME).read_text()


@pytest.mark.usefixtures("real_keyring")
def test_a_vanished_keyring_says_keyring_not_wrong_passphrase(vault_dir: Path) -> None:
    enable(vault_dir)
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]  # keyring is untyped  # the backend went away (Signal's lesson)
    with pytest.raises(KeyringUnavailable):
        Vault.unlock_quick(vault_dir)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "not the passphrase")
    Vault.unlock(vault_dir, PASS).lock()
