"""Encrypted backups in the age format: one file that opens with the standard `age` tool.

Inside the age envelope is a plain tar with a manifest (format, vault id, schema version,
the data key) and the vault's SQLCipher file, which is ciphertext already. Everything is
built and checked in memory, so no plaintext ever touches the disk; age authenticates
every chunk, so a tampered or truncated file is refused as a whole.
"""

from __future__ import annotations

import io
import json
import tarfile
from dataclasses import dataclass
from pathlib import Path

import pyrage

from crypto.atomic import write_atomic
from crypto.errors import BackupInvalid

MAGIC = "confide-backup"
FORMAT = 1
MANIFEST = "confide-backup.json"
DATABASE = "vault.db"
AGE_HEADER = b"age-encryption.org/v1\n"
MAX_BACKUP_BYTES = 2 * 1024**3


@dataclass(frozen=True)
class BackupContent:
    vault_id: str
    schema_version: int
    data_key: bytes
    database: bytes


def write(
    path: Path,
    passphrase: str,
    vault_id: str,
    schema_version: int,
    data_key: bytes,
    database: bytes,
) -> None:
    """Seal the vault into `path` (atomic, owner-only)."""
    manifest = json.dumps(
        {
            "magic": MAGIC,
            "format": FORMAT,
            "vault_id": vault_id,
            "schema_version": schema_version,
            "data_key": data_key.hex(),
        }
    ).encode()
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, payload in ((MANIFEST, manifest), (DATABASE, database)):
            info = tarfile.TarInfo(name)
            info.size = len(payload)
            info.mode = 0o600
            tar.addfile(info, io.BytesIO(payload))
    write_atomic(path, pyrage.passphrase.encrypt(buffer.getvalue(), passphrase))


def read(path: Path, passphrase: str, newest_schema: int) -> BackupContent:
    """Open and check a backup entirely in memory.

    Raises:
        BackupInvalid: reason "passphrase", "damaged", "foreign" or "too-new".
    """
    try:
        size = path.stat().st_size
        if size > MAX_BACKUP_BYTES:
            raise BackupInvalid("foreign")
        sealed = path.read_bytes()
    except OSError as exc:
        raise BackupInvalid("damaged") from exc
    if not sealed.startswith(AGE_HEADER):
        raise BackupInvalid("foreign")
    try:
        plain = pyrage.passphrase.decrypt(sealed, passphrase)
    except pyrage.DecryptError as exc:
        # age says "Decryption failed" when no stanza unwraps the file key (the
        # passphrase); any other failure is a damaged header or body.
        reason = "passphrase" if str(exc) == "Decryption failed" else "damaged"
        raise BackupInvalid(reason) from exc
    return _unpack(plain, newest_schema)


def _unpack(plain: bytes, newest_schema: int) -> BackupContent:
    try:
        with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
            members = {m.name: m for m in tar.getmembers() if m.isfile()}
            manifest_file = tar.extractfile(members[MANIFEST])
            database_file = tar.extractfile(members[DATABASE])
            if manifest_file is None or database_file is None:
                raise BackupInvalid("foreign")
            manifest = json.loads(manifest_file.read())
            database = database_file.read()
    except (tarfile.TarError, KeyError, ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise BackupInvalid("foreign") from exc  # RecursionError: a manifest nested too deep
    try:
        if manifest["magic"] != MAGIC or not isinstance(manifest["format"], int):
            raise BackupInvalid("foreign")
        if manifest["format"] > FORMAT or int(manifest["schema_version"]) > newest_schema:
            raise BackupInvalid("too-new")
        data_key = bytes.fromhex(manifest["data_key"])
        if len(data_key) != 32 or not database:
            raise BackupInvalid("damaged")
        return BackupContent(
            str(manifest["vault_id"]), int(manifest["schema_version"]), data_key, database
        )
    except (KeyError, TypeError, ValueError, OverflowError) as exc:  # Overflow: Infinity
        raise BackupInvalid("foreign") from exc
