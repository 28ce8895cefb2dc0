"""Quick unlock through the OS keyring, for a person's own device only.

The keyring holds a random wrapping key; the data key wrapped under it stays in the key
file. Neither alone opens the vault, and the passphrase wrap is always kept as the real
copy, so a keyring that changes or disappears costs convenience, never data. Backends
that are not real protection (`fail`, `null`, plaintext files) count as no keyring, and
nothing ever falls back to storing a secret in plaintext.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import TYPE_CHECKING

from crypto.errors import KeyringUnavailable

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# `keyring` is imported inside each function: it costs ~40 ms (entry points, backends) and
# only quick unlock needs it, never the path to the unlock screen.

SERVICE = "Confide"
# Module names of backends that only pretend to keep a secret.
_NOT_REAL = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


@dataclass(frozen=True)
class KeyringStatus:
    available: bool
    backend: str
    reason: str = ""


def _is_real(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    if module.startswith(_NOT_REAL) or "plaintext" in type(backend).__name__.lower():
        return False
    children = getattr(backend, "backends", None)  # the chainer: real if any child is
    if children is not None:
        return any(_is_real(child) for child in children)
    try:
        return float(backend.priority) > 0
    except Exception:  # noqa: BLE001 - a backend whose priority check fails is not usable
        return False


def keyring_status() -> KeyringStatus:
    """Whether a real keyring backend is there, and if not, why (for the settings page)."""
    import keyring  # noqa: PLC0415 - see the module note

    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 - any failure to load a backend means none
        return KeyringStatus(False, "none", type(exc).__name__)
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if not _is_real(backend):
        return KeyringStatus(False, name, "no secure system keyring is available")
    return KeyringStatus(True, name)


def _username(vault_id: str) -> str:
    return f"quick-unlock-{vault_id}"


def store_key(vault_id: str, key: bytes) -> None:
    """Put the wrapping key in the keyring. Raises KeyringUnavailable."""
    import keyring  # noqa: PLC0415 - see the module note
    import keyring.errors  # noqa: PLC0415 - see the module note

    status = keyring_status()
    if not status.available:
        raise KeyringUnavailable(status.reason)
    try:
        keyring.set_password(SERVICE, _username(vault_id), base64.b64encode(key).decode())
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(type(exc).__name__) from exc


def fetch_key(vault_id: str) -> bytes | None:
    """The wrapping key, or None when the keyring has no entry for this vault.

    Raises:
        KeyringUnavailable: the keyring cannot be reached or is not a real one.
    """
    import keyring  # noqa: PLC0415 - see the module note
    import keyring.errors  # noqa: PLC0415 - see the module note

    status = keyring_status()
    if not status.available:
        raise KeyringUnavailable(status.reason)
    try:
        stored = keyring.get_password(SERVICE, _username(vault_id))
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(type(exc).__name__) from exc
    if stored is None:
        return None
    try:
        return base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError):
        return None  # someone else's value under our name: treat as missing


def delete_key(vault_id: str) -> None:
    """Remove the keyring entry if it is there; a missing keyring is not an error here."""
    import keyring  # noqa: PLC0415 - see the module note
    import keyring.errors  # noqa: PLC0415 - see the module note

    try:
        keyring.delete_password(SERVICE, _username(vault_id))
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError:
        pass  # revoking also removes the wrap on disk, which alone cannot open anything
