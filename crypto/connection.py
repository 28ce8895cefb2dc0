"""Opening a SQLCipher 4 database with a raw key and the settings that keep plaintext off disk."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import sqlcipher3

from crypto.errors import DiskFull, EnvironmentProblem, VaultBusy, VaultCorrupt

KEY_BYTES = 32
PLAINTEXT_HEADER = b"SQLite format 3\x00"
MIN_VAULT_BYTES = 1024  # SQLCipher pages are 4 KiB; anything shorter never held a vault

# Applied after the key is proven, before any other statement.
_PRAGMAS = (
    "PRAGMA secure_delete = ON",  # deleted rows are overwritten, not left in free pages
    "PRAGMA temp_store = MEMORY",  # sorts and temp tables never reach a temp file
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",  # WAL pages are encrypted like the database's own
    "PRAGMA synchronous = FULL",  # a committed check-in survives power loss, not just a crash
)


_HEX = b"0123456789abcdef"


def _raw_key_text(key: bytes | bytearray) -> bytearray:
    """SQLCipher's raw-key form, x'<64 hex digits>', in a buffer the caller wipes.

    A raw key skips SQLCipher's own PBKDF2, so opening costs milliseconds. Built byte by
    byte into a bytearray, never as a Python str: a `PRAGMA key = "x'…'"` statement left
    the key's hex in two places in memory after lock (strings cannot be overwritten).
    """
    if len(key) != KEY_BYTES:
        raise ValueError("the data key must be 256 bits")
    text = bytearray(b"x'" + bytes(2 * KEY_BYTES) + b"'")
    for i, byte in enumerate(key):
        text[2 + 2 * i] = _HEX[byte >> 4]
        text[3 + 2 * i] = _HEX[byte & 0x0F]
    return text


def _wipe(buffer: bytearray) -> None:
    buffer[:] = bytes(len(buffer))  # same length: overwritten in place, not reallocated


def _set_key(conn: Any, key: bytes | bytearray, *, rekey: bool = False) -> None:
    """Key (or re-key) `conn` through the binding's sqlite3_key / sqlite3_rekey."""
    text = _raw_key_text(key)
    try:
        (conn.reset_key if rekey else conn.set_key)(text)
    finally:
        _wipe(text)


def open_encrypted(path: Path, key: bytes, *, must_exist: bool = True) -> Any:
    """Open the vault database and prove the key before anything is written.

    Raises:
        VaultCorrupt: the file is not a SQLCipher database for this key (damaged,
            truncated, plaintext or foreign); it was not modified.
        VaultBusy: another process holds a write lock.
        EnvironmentProblem: the OS refused to open it.
    """
    if must_exist and not path.is_file():
        raise VaultCorrupt(path, "the vault file is missing beside its key file")
    if must_exist and path.stat().st_size < MIN_VAULT_BYTES:
        raise VaultCorrupt(path, "the vault file is empty or cut short")
    if not must_exist:
        # SQLite would create it with the umask's permissions; its -wal and -shm files copy
        # the main file's mode, so owner-only here makes all three owner-only.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlcipher3.OperationalError as exc:
        raise EnvironmentProblem(path, "cannot open the vault file") from exc
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # failures are reported as exceptions
        # SQLCipher then wipes every allocation it frees (the key's copies in its codec
        # context among them). Once on, it stays on for the process. Its price, measured
        # (benchmark (c)): an mlock and an munlock system call per allocation, and an
        # in-memory sort (temp_store MEMORY) allocates per row, so GROUP BY queries over
        # years of rows run 2-3x plain SQLite; page reads and the app's pages are not slowed.
        conn.execute("PRAGMA cipher_memory_security = ON")
        _set_key(conn, key)
        # SQLCipher accepts any key silently; the first read is what proves it.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in _PRAGMAS:
            conn.execute(pragma)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise classify(exc, path) from exc
    return conn


def rekey(conn: Any, new_key: bytes) -> None:
    """Re-encrypt every page under `new_key` (one transaction inside SQLCipher).

    In WAL mode the rewritten pages sit in the WAL until a checkpoint; checkpointing at
    once leaves no file that still needs the old key.
    """
    _set_key(conn, new_key, rekey=True)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def classify(exc: Exception, path: Path) -> Exception:
    """Turn a SQLite error into the environment problem it stands for."""
    message = str(exc).lower()
    if "locked" in message or "busy" in message:
        return VaultBusy(path, "the vault is in use by another program")
    if "disk is full" in message or "database or disk is full" in message:
        return DiskFull(path, "no space left on the disk")
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return VaultCorrupt(path, "the vault file is damaged or is not a Confide vault")
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return DiskFull(path, "no space left on the disk")
    return EnvironmentProblem(path, type(exc).__name__)


def integrity_problems(conn: Any, *, file_pages: bool = True) -> list[str]:
    """Every page's HMAC and the b-tree structure; an empty list means healthy.

    `cipher_integrity_check` reads the database file, not the WAL: pass
    `file_pages=False` when the WAL could not be checkpointed, since pages newer than the
    file (a rekey's) would fail it; `quick_check` still reads every page through the WAL.
    """
    try:
        problems = (
            [row[0] for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
            if file_pages
            else []
        )
        quick = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlcipher3.DatabaseError as exc:  # damage bad enough that the check cannot run
        return [type(exc).__name__]
    if quick != ["ok"]:
        problems.extend(quick)
    return problems
