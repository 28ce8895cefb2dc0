"""Ed25519 signatures in minisign's file formats, so IT can use the standard `minisign` tool.

Formats (https://jedisct1.github.io/minisign/), all base64 lines after a comment line:

- public key: "untrusted comment: ...\\n" + b64("Ed" + key_id(8) + public key(32))
- secret key: "untrusted comment: ...\\n" + b64("Ed" + kdf "Sc"|"\\0\\0" + "B2" + salt(32)
  + opslimit(8, LE) + memlimit(8, LE) + [key_id(8) + seed+pk(64) + checksum(32)] XOR
  scrypt stream); checksum = BLAKE2b-256("Ed" + key_id + seed+pk).
- signature: "untrusted comment: ...\\n" + b64("ED" + key_id + Ed25519(BLAKE2b-512(file)))
  + "\\ntrusted comment: TEXT\\n" + b64(Ed25519(signature + TEXT)). Legacy "Ed"
  signatures (over the file itself) verify too.

The trusted comment is covered by the global signature, so data put there (a bundle's
version and dates) is as trustworthy as the file.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
import struct
from dataclasses import dataclass
from typing import Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SIG_ALG: Final = b"Ed"
SIG_ALG_HASHED: Final = b"ED"
KDF_SCRYPT: Final = b"Sc"
KDF_NONE: Final = b"\0\0"
CHK_ALG: Final = b"B2"
UNTRUSTED: Final = "untrusted comment: "
TRUSTED: Final = "trusted comment: "
TRUSTED_MAX: Final = 8192
# libsodium's scryptsalsa208sha256 limits; minisign's own default is the "sensitive" pair
# (1 GiB). We write 256 MiB (N=2^18, r=8, p=2): strong, and usable on a 2-core laptop.
OPSLIMIT: Final = 1 << 24
MEMLIMIT: Final = 1 << 28
_SK_LEN: Final = 104  # key_id + seed+pk + checksum


class SignatureError(Exception):
    """A key or signature file is malformed, or a signature does not verify.

    Attributes:
        reason: "malformed", "wrong_key" (signed by another key id), "invalid" (does not
            verify: tampered data, comment or signature), "passphrase" (secret key).
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


def _b64(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise SignatureError("malformed", f"{what} is not base64") from None


def _lines(data: bytes | str, count: int, what: str) -> list[str]:
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError:
        raise SignatureError("malformed", f"{what} is not text") from None
    lines = text.replace("\r\n", "\n").split("\n")
    while lines and lines[-1] == "":
        lines.pop()
    if len(lines) != count or not lines[0].startswith(UNTRUSTED):
        raise SignatureError("malformed", f"{what} does not have minisign's layout")
    return lines


def key_id_hex(key_id: bytes) -> str:
    """The key id as minisign prints it (little-endian 64-bit, upper-case hex)."""
    return f"{struct.unpack('<Q', key_id)[0]:016X}"


@dataclass(frozen=True)
class PublicKey:
    """A minisign Ed25519 public key."""

    key_id: bytes
    key: bytes

    @classmethod
    def from_base64(cls, text: str) -> PublicKey:
        """From the base64 line (as pinned in policy: "RW...", 56 characters)."""
        raw = _b64(text, "public key")
        if len(raw) != 42 or raw[:2] != SIG_ALG:
            raise SignatureError("malformed", "not a minisign Ed25519 public key")
        return cls(raw[2:10], raw[10:])

    @classmethod
    def from_file_text(cls, data: bytes | str) -> PublicKey:
        """From a `minisign.pub` file."""
        return cls.from_base64(_lines(data, 2, "public key file")[1])

    def to_base64(self) -> str:
        """The base64 line ("RW...")."""
        return base64.b64encode(SIG_ALG + self.key_id + self.key).decode("ascii")

    def file_text(self) -> str:
        """A `minisign.pub` file."""
        return f"{UNTRUSTED}minisign public key {key_id_hex(self.key_id)}\n{self.to_base64()}\n"


@dataclass(frozen=True)
class Signature:
    """A parsed minisign signature file."""

    algorithm: bytes
    key_id: bytes
    signature: bytes
    untrusted_comment: str
    trusted_comment: str
    global_signature: bytes

    @classmethod
    def parse(cls, data: bytes | str) -> Signature:
        """Parse a `.minisig` file (SignatureError "malformed" on any layout problem)."""
        lines = _lines(data, 4, "signature file")
        raw = _b64(lines[1], "signature")
        if len(raw) != 74 or raw[:2] not in (SIG_ALG, SIG_ALG_HASHED):
            raise SignatureError("malformed", "not a minisign Ed25519 signature")
        if not lines[2].startswith(TRUSTED):
            raise SignatureError("malformed", "the trusted comment line is missing")
        trusted = lines[2][len(TRUSTED) :]
        if len(trusted.encode("utf-8")) > TRUSTED_MAX:
            raise SignatureError("malformed", "the trusted comment is too long")
        global_sig = _b64(lines[3], "global signature")
        if len(global_sig) != 64:
            raise SignatureError("malformed", "the global signature has the wrong length")
        return cls(raw[:2], raw[2:10], raw[10:], lines[0][len(UNTRUSTED) :], trusted, global_sig)

    def file_text(self) -> str:
        """The `.minisig` file."""
        line = base64.b64encode(self.algorithm + self.key_id + self.signature).decode("ascii")
        glob = base64.b64encode(self.global_signature).decode("ascii")
        return (
            f"{UNTRUSTED}{self.untrusted_comment}\n{line}\n"
            f"{TRUSTED}{self.trusted_comment}\n{glob}\n"
        )


def verify(
    data: bytes, signature: Signature, keys: tuple[PublicKey, ...] | list[PublicKey]
) -> PublicKey:
    """Check `signature` over `data` and its trusted comment; return the key that signed it.

    Raises:
        SignatureError: "wrong_key" when no key in `keys` has the signature's key id,
            "invalid" when the file, the comment or the signature was changed.
    """
    key = next((k for k in keys if hmac.compare_digest(k.key_id, signature.key_id)), None)
    if key is None:
        raise SignatureError("wrong_key", f"signed by key {key_id_hex(signature.key_id)}")
    public = Ed25519PublicKey.from_public_bytes(key.key)
    message = (
        hashlib.blake2b(data, digest_size=64).digest()
        if signature.algorithm == SIG_ALG_HASHED
        else data
    )
    try:
        public.verify(signature.signature, message)
        public.verify(
            signature.global_signature,
            signature.signature + signature.trusted_comment.encode("utf-8"),
        )
    except InvalidSignature:
        raise SignatureError("invalid", "the signature does not match") from None
    return key


def _scrypt_params(opslimit: int, memlimit: int) -> tuple[int, int, int]:
    """libsodium's pickparams: (N, r, p) from opslimit and memlimit."""
    opslimit = max(opslimit, 32768)
    r = 8
    if opslimit < memlimit // 32:
        p = 1
        max_n = opslimit // (r * 4)
    else:
        max_n = memlimit // (r * 128)
    n_log2 = 1
    while n_log2 < 63 and (1 << n_log2) <= max_n // 2:
        n_log2 += 1
    if opslimit >= memlimit // 32:
        max_rp = min((opslimit // 4) // (1 << n_log2), 0x3FFFFFFF)
        p = max_rp // r
    return 1 << n_log2, r, p


def _stream(passphrase: str, salt: bytes, opslimit: int, memlimit: int) -> bytes:
    n, r, p = _scrypt_params(opslimit, memlimit)
    return hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=128 * r * (n + p + 2) + (1 << 20),
        dklen=_SK_LEN,
    )


def _checksum(key_id: bytes, secret: bytes) -> bytes:
    return hashlib.blake2b(SIG_ALG + key_id + secret, digest_size=32).digest()


@dataclass(frozen=True)
class SecretKey:
    """A minisign Ed25519 secret key (decrypted, in memory)."""

    key_id: bytes
    seed: bytes

    @classmethod
    def generate(cls) -> SecretKey:
        """A new random key pair."""
        seed = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        return cls(secrets.token_bytes(8), seed)

    @property
    def public_key(self) -> PublicKey:
        """Its public key."""
        public = (
            self._private()
            .public_key()
            .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        )
        return PublicKey(self.key_id, public)

    def _private(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.seed)

    def sign(
        self,
        data: bytes,
        trusted_comment: str,
        untrusted_comment: str = "signature from minisign secret key",
    ) -> Signature:
        """Sign `data` (prehashed "ED" mode, minisign's default) with a trusted comment."""
        if "\n" in trusted_comment or "\r" in trusted_comment or "\n" in untrusted_comment:
            raise ValueError("a comment is one line")
        if len(trusted_comment.encode("utf-8")) > TRUSTED_MAX:
            raise ValueError("the trusted comment is too long")
        private = self._private()
        signature = private.sign(hashlib.blake2b(data, digest_size=64).digest())
        global_sig = private.sign(signature + trusted_comment.encode("utf-8"))
        return Signature(
            SIG_ALG_HASHED, self.key_id, signature, untrusted_comment, trusted_comment, global_sig
        )

    def file_text(
        self, passphrase: str | None, *, opslimit: int = OPSLIMIT, memlimit: int = MEMLIMIT
    ) -> str:
        """A `minisign.key` file, encrypted with `passphrase` (None: unencrypted, minisign -W)."""
        secret = self.seed + self.public_key.key
        plain = self.key_id + secret + _checksum(self.key_id, secret)
        salt = secrets.token_bytes(32)
        if passphrase is None:
            kdf, body, comment = KDF_NONE, plain, "minisign secret key"
        else:
            stream = _stream(passphrase, salt, opslimit, memlimit)
            kdf, comment = KDF_SCRYPT, "minisign encrypted secret key"
            body = bytes(a ^ b for a, b in zip(plain, stream, strict=True))
        raw = SIG_ALG + kdf + CHK_ALG + salt + struct.pack("<QQ", opslimit, memlimit) + body
        return f"{UNTRUSTED}{comment}\n{base64.b64encode(raw).decode('ascii')}\n"

    @classmethod
    def from_file_text(cls, data: bytes | str, passphrase: str | None) -> SecretKey:
        """Read a `minisign.key` file.

        Raises:
            SignatureError: "malformed", or "passphrase" (wrong or missing passphrase).
        """
        raw = _b64(_lines(data, 2, "secret key file")[1], "secret key")
        if len(raw) != 158 or raw[:2] != SIG_ALG or raw[4:6] != CHK_ALG:
            raise SignatureError("malformed", "not a minisign Ed25519 secret key")
        kdf, salt = raw[2:4], raw[6:38]
        opslimit, memlimit = struct.unpack("<QQ", raw[38:54])
        body = raw[54:]
        if kdf == KDF_SCRYPT:
            if passphrase is None:
                raise SignatureError("passphrase", "the secret key is encrypted")
            if memlimit > 1 << 31:
                raise SignatureError("malformed", "scrypt memory limit too large")
            stream = _stream(passphrase, salt, opslimit, memlimit)
            body = bytes(a ^ b for a, b in zip(body, stream, strict=True))
        elif kdf != KDF_NONE:
            raise SignatureError("malformed", "unknown key derivation")
        key_id, secret, check = body[:8], body[8:72], body[72:]
        # minisign -W (0.11) leaves the checksum of an unencrypted key all zero.
        unchecked = kdf == KDF_NONE and check == bytes(32)
        if not unchecked and not hmac.compare_digest(_checksum(key_id, secret), check):
            raise SignatureError(
                "passphrase" if kdf == KDF_SCRYPT else "malformed",
                "the secret key checksum does not match",
            )
        key = cls(key_id, secret[:32])
        if not hmac.compare_digest(key.public_key.key, secret[32:]):
            raise SignatureError("malformed", "the secret key's public half does not match")
        return key
