from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crypto.errors import VaultCorrupt, VaultMissing, VaultTooNew, WrongPassphrase
from crypto.kdf import KdfParams
from crypto.keyfile import FORMAT, KeyFile
from crypto.recovery import RecoveryCode

DATA_KEY = bytes(range(32))


@pytest.fixture
def made(fast_kdf: KdfParams) -> tuple[KeyFile, RecoveryCode]:
    code = RecoveryCode.generate()
    return KeyFile.create(DATA_KEY, "pass phrase", code, fast_kdf), code


def test_both_slots_open_the_same_data_key(made: tuple[KeyFile, RecoveryCode]) -> None:
    keyfile, code = made
    assert keyfile.open_with_passphrase("pass phrase") == DATA_KEY
    assert keyfile.open_with_recovery(code) == DATA_KEY


def test_wrong_secrets_are_wrong_passphrase(made: tuple[KeyFile, RecoveryCode]) -> None:
    keyfile, _ = made
    with pytest.raises(WrongPassphrase):
        keyfile.open_with_passphrase("pass phrasE")
    with pytest.raises(WrongPassphrase):
        keyfile.open_with_recovery(RecoveryCode.generate())


def test_the_data_key_is_never_stored_in_the_clear(made: tuple[KeyFile, RecoveryCode]) -> None:
    keyfile, code = made
    raw = keyfile.to_bytes()
    assert DATA_KEY.hex().encode() not in raw and DATA_KEY not in raw
    assert code.encode() not in raw


def test_round_trip_through_disk_is_owner_only(
    made: tuple[KeyFile, RecoveryCode], tmp_path: Path
) -> None:
    keyfile, code = made
    path = tmp_path / "vault.key"
    keyfile.save(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    loaded = KeyFile.load(path)
    assert loaded.open_with_passphrase("pass phrase") == DATA_KEY
    assert loaded.open_with_recovery(code) == DATA_KEY


def test_a_wrap_moved_to_another_vault_does_not_open(made: tuple[KeyFile, RecoveryCode]) -> None:
    keyfile, _ = made
    doc = json.loads(keyfile.to_bytes())
    doc["vault_id"] = "0" * 32  # same ciphertext, another vault: the bound vault id breaks the tag
    moved = KeyFile.from_bytes(json.dumps(doc).encode(), Path("k"))
    with pytest.raises(WrongPassphrase):
        moved.open_with_passphrase("pass phrase")


def test_a_changed_ciphertext_byte_is_refused(made: tuple[KeyFile, RecoveryCode]) -> None:
    keyfile, _ = made
    doc = json.loads(keyfile.to_bytes())
    ct = bytearray.fromhex(doc["passphrase"]["ciphertext"])
    ct[0] ^= 1
    doc["passphrase"]["ciphertext"] = ct.hex()
    with pytest.raises(WrongPassphrase):
        KeyFile.from_bytes(json.dumps(doc).encode(), Path("k")).open_with_passphrase("pass phrase")


def test_a_newer_format_is_refused_by_name(made: tuple[KeyFile, RecoveryCode]) -> None:
    doc = json.loads(made[0].to_bytes())
    doc["format"] = FORMAT + 1
    with pytest.raises(VaultTooNew) as caught:
        KeyFile.from_bytes(json.dumps(doc).encode(), Path("k"))
    assert (caught.value.found, caught.value.supported) == (FORMAT + 1, FORMAT)


def test_missing_truncated_and_foreign_files(
    made: tuple[KeyFile, RecoveryCode], tmp_path: Path
) -> None:
    with pytest.raises(VaultMissing):
        KeyFile.load(tmp_path / "absent.key")
    raw = made[0].to_bytes()
    for bad in (raw[: len(raw) // 2], b"", b"\x00" * 64, b'{"magic": "other"}', os.urandom(200)):
        with pytest.raises(VaultCorrupt):
            KeyFile.from_bytes(bad, Path("k"))


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_any_edit_of_the_json_is_corruption_or_a_refused_wrap(data: st.DataObject) -> None:
    keyfile = KeyFile.create(DATA_KEY, "pw", RecoveryCode.generate(), KdfParams.minimum())
    doc = json.loads(keyfile.to_bytes())
    slot = data.draw(st.sampled_from(["passphrase", "recovery"]))
    field = data.draw(st.sampled_from(sorted(doc[slot])))
    doc[slot][field] = data.draw(
        st.one_of(st.none(), st.integers(), st.text(max_size=8), st.just({}))
    )
    try:
        loaded = KeyFile.from_bytes(json.dumps(doc).encode(), Path("k"))
    except VaultCorrupt:
        return
    # It parsed: then it must still refuse to give a key it cannot prove.
    with pytest.raises((WrongPassphrase, VaultCorrupt)):
        if slot == "passphrase":
            loaded.open_with_passphrase("pw")
        else:
            loaded.open_with_recovery(RecoveryCode.generate())
