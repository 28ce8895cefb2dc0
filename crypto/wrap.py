"""Authenticated wrapping of the data key (AES-256-GCM).

The associated data binds each wrap to its key file format, its vault and its purpose, so
a wrap cannot be moved to another vault or slot, and a quick-unlock expiry cannot be
edited without breaking the tag.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


class UnwrapFailed(Exception):
    """The wrapping key is wrong or the wrap was altered."""


@dataclass(frozen=True)
class Wrap:
    """A data key sealed under one wrapping key."""

    nonce: bytes
    ciphertext: bytes

    def to_json(self) -> dict[str, Any]:
        return {"nonce": self.nonce.hex(), "ciphertext": self.ciphertext.hex()}

    @classmethod
    def from_json(cls, data: Any) -> Wrap:
        """Raises KeyError, TypeError or ValueError on a malformed entry."""
        nonce = bytes.fromhex(data["nonce"])
        ciphertext = bytes.fromhex(data["ciphertext"])
        if len(nonce) != NONCE_BYTES or len(ciphertext) < 16:
            raise ValueError("malformed wrap")
        return cls(nonce, ciphertext)


def associated_data(fmt: int, vault_id: str, purpose: str) -> bytes:
    """What each wrap is bound to, in one unambiguous encoding."""
    return f"confide-key|{fmt}|{vault_id}|{purpose}".encode()


def seal(data_key: bytes, wrapping_key: bytes, aad: bytes) -> Wrap:
    nonce = os.urandom(NONCE_BYTES)
    return Wrap(nonce, AESGCM(wrapping_key).encrypt(nonce, data_key, aad))


def unseal(wrap: Wrap, wrapping_key: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(wrapping_key).decrypt(wrap.nonce, wrap.ciphertext, aad)
    except InvalidTag as exc:
        raise UnwrapFailed from exc
