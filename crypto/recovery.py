"""Recovery codes: 140 random bits a person can write on paper and type back.

Crockford's base32 avoids letters that look alike (no I, L, O, U), and reading is
forgiving: case, spaces, dashes and the look-alikes O→0, I/L→1 are accepted. The code
has full entropy, so HKDF (not a slow KDF) turns it into a wrapping key.
"""

from __future__ import annotations

import secrets

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 7
GROUP_LEN = 4
CODE_LEN = GROUPS * GROUP_LEN  # 28 symbols x 5 bits = 140 bits
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


class RecoveryCode(str):
    """A normalised recovery code, shown in dashed groups of four."""

    __slots__ = ()

    @classmethod
    def generate(cls) -> RecoveryCode:
        return cls("".join(secrets.choice(ALPHABET) for _ in range(CODE_LEN)))

    @classmethod
    def parse(cls, typed: str) -> RecoveryCode:
        """Read a code as a person typed it.

        Raises:
            ValueError: wrong length or a character that is not in the alphabet.
        """
        cleaned = "".join(ch for ch in typed.upper() if ch not in " -\t\n").translate(_LOOKALIKES)
        if len(cleaned) != CODE_LEN or any(ch not in ALPHABET for ch in cleaned):
            raise ValueError("a recovery code is 28 letters and digits")
        return cls(cleaned)

    def groups(self) -> list[str]:
        return [self[i : i + GROUP_LEN] for i in range(0, CODE_LEN, GROUP_LEN)]

    def display(self) -> str:
        return "-".join(self.groups())

    def wrapping_key(self, salt: bytes) -> bytes:
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"confide recovery wrap")
        return hkdf.derive(self.encode("ascii"))
