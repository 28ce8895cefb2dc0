"""The key file's entries for changes under way, and the keys they open (see crypto.vault).

A new recovery code, or a data-key rotation, is several steps; between them the key file
carries extra entries so that a crash resumes and the old code still works until the new
one is confirmed. This module names those entries and opens them; `Vault` decides when
each is written and removed.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from crypto import connection, kdf, wrap
from crypto.errors import VaultCorrupt, WrongPassphrase
from crypto.folder import DB_NAME, KEY_NAME
from crypto.keyfile import KeyFile
from crypto.recovery import RecoveryCode

PREVIOUS = "previous_passphrase"  # a rotation started by Confide before issue 11
# Key-file entries that exist only while a change is under way (see the module docstring).
PENDING_RECOVERY = "pending_recovery"  # the new code's wrap, until confirmed
PENDING_CODE = "pending_code"  # the new code, sealed under the data key, to show again
PREVIOUS_RECOVERY = "previous_recovery"  # the old code's wrap of the old data key
NEW_UNDER_OLD = "new_under_old"  # the new data key sealed under the old one
ROTATION = "rotation"  # the old data key sealed under the new one, until the rekey is durable
UNCONFIRMED = (PENDING_RECOVERY, PENDING_CODE, PREVIOUS_RECOVERY, NEW_UNDER_OLD)


def open_with_any_recovery(keyfile: KeyFile, code: RecoveryCode) -> bytes:
    """The data key from the recovery slot, a new code not yet confirmed, or the old code
    of a rotation not yet confirmed (through the new key sealed under the old one).

    Raises:
        WrongPassphrase: the code opens none of them.
    """
    with contextlib.suppress(WrongPassphrase):
        return keyfile.open_with_recovery(code)
    extra = keyfile.extra
    try:
        if (pending := extra.get(PENDING_RECOVERY)) is not None:
            with contextlib.suppress(wrap.UnwrapFailed):
                return unseal_recovery(keyfile, pending, code)
        previous, new_under_old = extra.get(PREVIOUS_RECOVERY), extra.get(NEW_UNDER_OLD)
        if previous is not None and new_under_old is not None:
            with contextlib.suppress(wrap.UnwrapFailed):
                old_key = unseal_recovery(keyfile, previous, code)
                return wrap.unseal(
                    wrap.Wrap.from_json(new_under_old), old_key, keyfile.aad(NEW_UNDER_OLD)
                )
    except (KeyError, TypeError, ValueError) as exc:
        raise VaultCorrupt(Path(KEY_NAME), "the key file is damaged") from exc
    raise WrongPassphrase


def unseal_recovery(keyfile: KeyFile, entry: Any, code: RecoveryCode) -> bytes:
    salt = bytes.fromhex(entry["salt"])
    return wrap.unseal(wrap.Wrap.from_json(entry), code.wrapping_key(salt), keyfile.aad("recovery"))


def resume_rotation(
    directory: Path, keyfile: KeyFile, data_key: bytes, passphrase: str | None
) -> tuple[Any, bytes, KeyFile]:
    """Finish a rotation whose rekey never reached the file; `data_key` is the new key."""
    if (entry := keyfile.extra.get(ROTATION)) is not None:
        try:
            old_key = wrap.unseal(wrap.Wrap.from_json(entry), data_key, keyfile.aad(ROTATION))
        except (KeyError, TypeError, ValueError, wrap.UnwrapFailed) as exc:
            raise VaultCorrupt(
                directory / KEY_NAME, "an interrupted key rotation cannot be resumed"
            ) from exc
        new_key = data_key
    else:
        old_key, new_key = legacy_rotation_keys(directory, keyfile, passphrase)
    conn = connection.open_encrypted(directory / DB_NAME, old_key)
    connection.rekey(conn, new_key)
    finished = keyfile.with_extra({ROTATION: None, PREVIOUS: None})
    finished.save(directory / KEY_NAME)
    return conn, new_key, finished


def legacy_rotation_keys(
    directory: Path, keyfile: KeyFile, passphrase: str | None
) -> tuple[bytes, bytes]:
    """A rotation started by an older Confide kept the old key under the passphrase."""
    entry = keyfile.extra.get(PREVIOUS)
    if entry is None or passphrase is None:
        raise VaultCorrupt(directory / DB_NAME, "the vault file does not match its key file")
    try:
        params = kdf.KdfParams.from_json(entry["kdf"])
        old_key = wrap.unseal(
            wrap.Wrap.from_json(entry), kdf.derive(passphrase, params), keyfile.aad("passphrase")
        )
    except (KeyError, TypeError, ValueError, wrap.UnwrapFailed) as exc:
        raise VaultCorrupt(
            directory / KEY_NAME, "an interrupted key rotation cannot be resumed"
        ) from exc
    return old_key, keyfile.open_with_passphrase(passphrase)
