"""The key file: the vault's data key, stored only wrapped, in a versioned JSON envelope.

Slots:
    passphrase    Argon2id key from the passphrase: the real copy, always present.
    recovery      HKDF key from the recovery code shown once at setup.
    quick_unlock  optional; a key held in the OS keyring, with an expiry bound in.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crypto import kdf, wrap
from crypto.atomic import write_atomic
from crypto.errors import VaultCorrupt, VaultMissing, VaultTooNew, WrongPassphrase
from crypto.recovery import RecoveryCode

MAGIC = "confide-keyfile"
FORMAT = 1
MAX_KEYFILE_BYTES = 64 * 1024


@dataclass(frozen=True)
class PassphraseSlot:
    params: kdf.KdfParams
    sealed: wrap.Wrap


@dataclass(frozen=True)
class RecoverySlot:
    salt: bytes
    sealed: wrap.Wrap


@dataclass(frozen=True)
class QuickUnlockSlot:
    expires: datetime
    sealed: wrap.Wrap

    def purpose(self) -> str:
        # The expiry is part of the associated data: editing it breaks the tag.
        return f"quick_unlock|{self.expires.isoformat()}"


@dataclass(frozen=True)
class KeyFile:
    """An immutable view of the key file; every change returns a new one to be saved."""

    vault_id: str
    passphrase: PassphraseSlot
    recovery: RecoverySlot
    quick_unlock: QuickUnlockSlot | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    # -- making and opening wraps ------------------------------------------------------

    @classmethod
    def create(
        cls, data_key: bytes, passphrase: str, code: RecoveryCode, params: kdf.KdfParams
    ) -> KeyFile:
        vault_id = uuid.uuid4().hex
        blank = cls(vault_id, _placeholder_pass(), _placeholder_recovery())
        return blank.with_passphrase(data_key, passphrase, params).with_recovery(data_key, code)

    def aad(self, purpose: str) -> bytes:
        return wrap.associated_data(FORMAT, self.vault_id, purpose)

    def with_passphrase(self, data_key: bytes, passphrase: str, params: kdf.KdfParams) -> KeyFile:
        fresh = params.with_new_salt()
        sealed = wrap.seal(data_key, kdf.derive(passphrase, fresh), self.aad("passphrase"))
        return replace(self, passphrase=PassphraseSlot(fresh, sealed))

    def with_recovery(self, data_key: bytes, code: RecoveryCode) -> KeyFile:
        salt = os.urandom(kdf.SALT_BYTES)
        sealed = wrap.seal(data_key, code.wrapping_key(salt), self.aad("recovery"))
        return replace(self, recovery=RecoverySlot(salt, sealed))

    def with_quick_unlock(self, slot: QuickUnlockSlot | None) -> KeyFile:
        return replace(self, quick_unlock=slot)

    def with_extra(self, changes: dict[str, Any]) -> KeyFile:
        """Set extra entries; a value of None removes the entry."""
        extra = {k: v for k, v in self.extra.items() if k not in changes}
        extra.update({k: v for k, v in changes.items() if v is not None})
        return replace(self, extra=extra)

    def open_with_passphrase(self, passphrase: str) -> bytes:
        slot = self.passphrase
        try:
            return wrap.unseal(
                slot.sealed, kdf.derive(passphrase, slot.params), self.aad("passphrase")
            )
        except wrap.UnwrapFailed as exc:
            raise WrongPassphrase from exc

    def open_with_recovery(self, code: RecoveryCode) -> bytes:
        try:
            key = code.wrapping_key(self.recovery.salt)
            return wrap.unseal(self.recovery.sealed, key, self.aad("recovery"))
        except wrap.UnwrapFailed as exc:
            raise WrongPassphrase from exc

    # -- disk ---------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        doc: dict[str, Any] = {
            "magic": MAGIC,
            "format": FORMAT,
            "vault_id": self.vault_id,
            "passphrase": {
                "kdf": self.passphrase.params.to_json(),
                **self.passphrase.sealed.to_json(),
            },
            "recovery": {"salt": self.recovery.salt.hex(), **self.recovery.sealed.to_json()},
        }
        if self.quick_unlock is not None:
            doc["quick_unlock"] = {
                "expires": self.quick_unlock.expires.isoformat(),
                **self.quick_unlock.sealed.to_json(),
            }
        doc.update(self.extra)
        return json.dumps(doc, indent=2, sort_keys=True).encode() + b"\n"

    def save(self, path: Path) -> None:
        write_atomic(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        """Read and check a key file.

        Raises:
            VaultMissing: no file.
            VaultTooNew: written by a newer Confide.
            VaultCorrupt: truncated, damaged or not a Confide key file.
        """
        try:
            with path.open("rb") as handle:
                raw = handle.read(MAX_KEYFILE_BYTES + 1)
        except FileNotFoundError as exc:
            raise VaultMissing(path) from exc
        if len(raw) > MAX_KEYFILE_BYTES:
            raise VaultCorrupt(path, "too large to be a key file")
        return cls.from_bytes(raw, path)

    @classmethod
    def from_bytes(cls, raw: bytes, where: Path) -> KeyFile:
        try:
            doc = json.loads(raw.decode("utf-8"))
            if not isinstance(doc, dict) or doc.get("magic") != MAGIC:
                raise ValueError("not a Confide key file")
            fmt = doc["format"]
            if not isinstance(fmt, int) or fmt < 1:
                raise ValueError("bad format number")
        except (UnicodeDecodeError, ValueError, KeyError) as exc:
            raise VaultCorrupt(where, "not a readable Confide key file") from exc
        if fmt > FORMAT:
            raise VaultTooNew(where, fmt, FORMAT)
        try:
            vault_id = str(uuid.UUID(hex=doc["vault_id"]).hex)
            pw = doc["passphrase"]
            rc = doc["recovery"]
            quick = None
            if "quick_unlock" in doc:
                q = doc["quick_unlock"]
                expires = datetime.fromisoformat(q["expires"])
                if expires.tzinfo is None:
                    raise ValueError("naive expiry")
                quick = QuickUnlockSlot(expires.astimezone(UTC), wrap.Wrap.from_json(q))
            return cls(
                vault_id=vault_id,
                passphrase=PassphraseSlot(
                    kdf.KdfParams.from_json(pw["kdf"], where), wrap.Wrap.from_json(pw)
                ),
                recovery=RecoverySlot(bytes.fromhex(rc["salt"]), wrap.Wrap.from_json(rc)),
                quick_unlock=quick,
                extra={k: v for k, v in doc.items() if k not in _KNOWN},
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise VaultCorrupt(where, "the key file is damaged") from exc


_KNOWN = {"magic", "format", "vault_id", "passphrase", "recovery", "quick_unlock"}


def _placeholder_pass() -> PassphraseSlot:
    return PassphraseSlot(kdf.KdfParams.minimum(), wrap.Wrap(b"\0" * wrap.NONCE_BYTES, b"\0" * 48))


def _placeholder_recovery() -> RecoverySlot:
    return RecoverySlot(b"\0" * kdf.SALT_BYTES, wrap.Wrap(b"\0" * wrap.NONCE_BYTES, b"\0" * 48))


def utcnow() -> datetime:
    return datetime.now(UTC)
