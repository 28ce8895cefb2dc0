"""The vault: one SQLCipher database per person, opened with a data key that is stored only wrapped.

A `Vault` object is an unlocked vault. It is used from one thread (the app's worker) and
holds the data key until `lock()`. Opening never writes to a file it has not proven to be
this vault's, so a damaged or foreign file is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3

from crypto import backup, connection, kdf, migrations, quick_unlock, wrap
from crypto.atomic import make_private_dir, write_atomic
from crypto.errors import (
    QuickUnlockUnavailable,
    VaultCorrupt,
    VaultError,
    VaultExists,
    WrongPassphrase,
)
from crypto.filelock import VaultLock
from crypto.keyfile import KeyFile, QuickUnlockSlot, utcnow
from crypto.recovery import RecoveryCode

DB_NAME = "vault.db"
KEY_NAME = "vault.key"
LOCK_NAME = "vault.lock"
_PREVIOUS = "previous_passphrase"  # key-file entry that exists only while a rotation runs


class Vault:
    """An unlocked vault, made by `create`, `unlock`, `unlock_with_recovery` or `unlock_quick`."""

    def __init__(
        self, directory: Path, keyfile: KeyFile, data_key: bytes, conn: Any, lock: VaultLock
    ) -> None:
        self.directory = directory
        self._keyfile = keyfile
        self._key = bytearray(data_key)
        self._conn: Any = conn
        self._lock = lock
        self.must_change_passphrase = False

    # -- paths ----------------------------------------------------------------------------

    @staticmethod
    def exists(directory: Path) -> bool:
        return (directory / KEY_NAME).is_file()

    @staticmethod
    def quick_unlock_expiry(directory: Path) -> datetime | None:
        """When quick unlock ends, read without unlocking (None: not enabled or unreadable)."""
        try:
            slot = KeyFile.load(directory / KEY_NAME).quick_unlock
        except VaultError:
            return None
        return None if slot is None else slot.expires

    @property
    def vault_id(self) -> str:
        return self._keyfile.vault_id

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def quick_unlock_expires(self) -> datetime | None:
        slot = self._keyfile.quick_unlock
        return None if slot is None else slot.expires

    @property
    def db_path(self) -> Path:
        return self.directory / DB_NAME

    # -- opening --------------------------------------------------------------------------

    @classmethod
    def create(
        cls, directory: Path, passphrase: str, *, kdf_params: kdf.KdfParams | None = None
    ) -> tuple[Vault, RecoveryCode]:
        """Make a new vault in `directory` and return it unlocked with its recovery code.

        Raises:
            VaultExists: a vault is already there (nothing is overwritten).
            DiskFull, EnvironmentProblem: the folder could not be written.
        """
        make_private_dir(directory)
        if cls.exists(directory):
            raise VaultExists(directory / KEY_NAME, "a vault already exists in this folder")
        lock = VaultLock(directory / LOCK_NAME)
        try:
            _set_aside_orphan(directory / DB_NAME)
            data_key = os.urandom(connection.KEY_BYTES)
            code = RecoveryCode.generate()
            keyfile = KeyFile.create(data_key, passphrase, code, kdf_params or kdf.calibrate())
            conn = connection.open_encrypted(directory / DB_NAME, data_key, must_exist=False)
            migrations.migrate(conn, directory / DB_NAME)
            # The key file goes last: until it exists the database is an orphan, never a
            # vault that no key opens.
            keyfile.save(directory / KEY_NAME)
        except BaseException:
            lock.release()
            raise
        return cls(directory, keyfile, data_key, conn, lock), code

    @classmethod
    def unlock(cls, directory: Path, passphrase: str) -> Vault:
        """Open with the passphrase (the slow step is Argon2id, by design).

        Raises:
            WrongPassphrase, VaultMissing, VaultCorrupt, VaultTooNew, VaultBusy.
        """
        keyfile = KeyFile.load(directory / KEY_NAME)
        return cls._open(directory, keyfile, keyfile.open_with_passphrase(passphrase), passphrase)

    @classmethod
    def unlock_with_recovery(cls, directory: Path, code: str) -> Vault:
        """Open with the recovery code; the caller must then set a new passphrase.

        Raises:
            WrongPassphrase: the code is malformed or does not open this vault.
        """
        try:
            parsed = RecoveryCode.parse(code)
        except ValueError as exc:
            raise WrongPassphrase from exc
        keyfile = KeyFile.load(directory / KEY_NAME)
        vault = cls._open(directory, keyfile, keyfile.open_with_recovery(parsed))
        vault.must_change_passphrase = True
        return vault

    @classmethod
    def unlock_quick(cls, directory: Path) -> Vault:
        """Open with the key held in the OS keyring.

        Raises:
            QuickUnlockUnavailable: off, expired (then revoked here), or the entry is gone.
            KeyringUnavailable: the keyring cannot be reached (not a wrong passphrase).
        """
        keyfile = KeyFile.load(directory / KEY_NAME)
        slot = keyfile.quick_unlock
        if slot is None:
            raise QuickUnlockUnavailable("off")
        if utcnow() >= slot.expires:
            _drop_quick_unlock(directory, keyfile)
            raise QuickUnlockUnavailable("expired")
        wrapping_key = quick_unlock.fetch_key(keyfile.vault_id)
        if wrapping_key is None or len(wrapping_key) != kdf.KEY_BYTES:
            raise QuickUnlockUnavailable("missing")
        try:
            data_key = wrap.unseal(slot.sealed, wrapping_key, keyfile.aad(slot.purpose()))
        except wrap.UnwrapFailed as exc:
            raise QuickUnlockUnavailable("missing") from exc
        return cls._open(directory, keyfile, data_key)

    @classmethod
    def _open(
        cls, directory: Path, keyfile: KeyFile, data_key: bytes, passphrase: str | None = None
    ) -> Vault:
        lock = VaultLock(directory / LOCK_NAME)
        conn: Any = None
        try:
            try:
                conn = connection.open_encrypted(directory / DB_NAME, data_key)
            except VaultCorrupt:
                # A rotation interrupted before its rekey committed: the old key still opens.
                conn, data_key, keyfile = _resume_rotation(directory, keyfile, passphrase)
            # Every page's HMAC and the b-tree, before the person sees a half-working app
            # (about 7 ms for ten years of daily check-ins).
            if connection.integrity_problems(conn):
                raise VaultCorrupt(directory / DB_NAME, "the vault file is damaged")
            if _PREVIOUS in keyfile.extra:  # a rotation that crashed after its rekey committed
                keyfile = _without_previous(keyfile)
                keyfile.save(directory / KEY_NAME)
            vault = cls(directory, keyfile, data_key, conn, lock)
            migrations.migrate(conn, vault.db_path, before=vault._backup_keyfile)
        except BaseException:
            if conn is not None:
                conn.close()
            lock.release()
            raise
        return vault

    def _backup_keyfile(self, old_version: int) -> None:
        write_atomic(self.directory / f"{KEY_NAME}.bak-v{old_version}", self._keyfile.to_bytes())

    # -- using -----------------------------------------------------------------------------

    def _live(self) -> Any:
        if self._conn is None:
            raise VaultError("the vault is locked")
        return self._conn

    def query(
        self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()
    ) -> list[tuple[Any, ...]]:
        try:
            return list(self._live().execute(sql, params).fetchall())
        except sqlcipher3.OperationalError as exc:
            raise connection.classify(exc, self.db_path) from exc

    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> int:
        """Run one write in its own transaction; returns the last inserted row id."""
        with self.transaction() as conn:
            return int(conn.execute(sql, params).lastrowid or 0)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any error; disk-full becomes DiskFull."""
        conn = self._live()
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlcipher3.OperationalError as exc:
            raise connection.classify(exc, self.db_path) from exc
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlcipher3.OperationalError):
                raise connection.classify(exc, self.db_path) from exc
            raise

    def integrity_problems(self) -> list[str]:
        return connection.integrity_problems(self._live())

    def schema_version(self) -> int:
        return migrations.schema_version(self._live())

    # -- keys --------------------------------------------------------------------------------

    def verify_passphrase(self, passphrase: str) -> bool:
        try:
            return self._keyfile.open_with_passphrase(passphrase) == bytes(self._key)
        except WrongPassphrase:
            return False

    def change_passphrase(self, new: str, *, kdf_params: kdf.KdfParams | None = None) -> None:
        """Rewrap the data key under a new passphrase; the database is not touched.

        Keeps the stored Argon2id cost unless `kdf_params` is given (one KDF run, not two).
        """
        params = kdf_params or self._keyfile.passphrase.params
        self._save(self._keyfile.with_passphrase(bytes(self._key), new, params))
        self.must_change_passphrase = False

    def new_recovery_code(self) -> RecoveryCode:
        """Replace the recovery code; the old one stops working at once."""
        code = RecoveryCode.generate()
        self._save(self._keyfile.with_recovery(bytes(self._key), code))
        return code

    def rotate_data_key(self, passphrase: str) -> RecoveryCode:
        """Re-encrypt every page under a new data key (`PRAGMA rekey`).

        Asks for the passphrase because every wrap must be remade; the recovery code is
        replaced (the old one could only open the old key) and quick unlock is revoked.
        Crash-safe: the key file keeps the old key's wrap until the rekey has committed.

        Raises:
            WrongPassphrase: `passphrase` is not this vault's.
        """
        if self._keyfile.open_with_passphrase(passphrase) != bytes(self._key):
            raise WrongPassphrase
        self.revoke_quick_unlock()
        old_key, new_key = bytes(self._key), os.urandom(connection.KEY_BYTES)
        params = self._keyfile.passphrase.params
        code = RecoveryCode.generate()
        staged = self._keyfile.with_passphrase(new_key, passphrase, params).with_recovery(
            new_key, code
        )
        previous = staged.with_passphrase(old_key, passphrase, params).passphrase
        staged_extra = {
            **staged.extra,
            _PREVIOUS: {"kdf": previous.params.to_json(), **previous.sealed.to_json()},
        }
        self._save(KeyFile(staged.vault_id, staged.passphrase, staged.recovery, None, staged_extra))
        connection.rekey(self._live(), new_key)
        self._key = bytearray(new_key)
        self._save(staged)
        return code

    def enable_quick_unlock(self, lifetime: timedelta) -> datetime:
        """Keep a wrapping key in the OS keyring until `lifetime` from now.

        Raises:
            KeyringUnavailable: no real keyring; nothing was stored anywhere.
        """
        wrapping_key = os.urandom(kdf.KEY_BYTES)
        quick_unlock.store_key(self.vault_id, wrapping_key)
        expires = (utcnow() + lifetime).replace(microsecond=0)
        probe = QuickUnlockSlot(expires, wrap.Wrap(b"\0" * wrap.NONCE_BYTES, b"\0" * 48))
        sealed = wrap.seal(bytes(self._key), wrapping_key, self._keyfile.aad(probe.purpose()))
        self._save(self._keyfile.with_quick_unlock(QuickUnlockSlot(expires, sealed)))
        return expires

    def revoke_quick_unlock(self) -> None:
        """Remove the keyring entry and the wrap on disk (either alone was useless)."""
        quick_unlock.delete_key(self.vault_id)
        if self._keyfile.quick_unlock is not None:
            self._save(self._keyfile.with_quick_unlock(None))

    def _save(self, keyfile: KeyFile) -> None:
        keyfile.save(self.directory / KEY_NAME)
        self._keyfile = keyfile

    # -- backup ------------------------------------------------------------------------------

    def export_backup(self, path: Path, backup_passphrase: str) -> None:
        """Write one age-encrypted file that restores on any computer with `backup_passphrase`."""
        conn = self._live()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file alone is now the whole vault
        backup.write(
            path,
            backup_passphrase,
            self.vault_id,
            self.schema_version(),
            bytes(self._key),
            self.db_path.read_bytes(),
        )

    @classmethod
    def restore_backup(
        cls,
        backup_file: Path,
        backup_passphrase: str,
        directory: Path,
        new_passphrase: str,
        *,
        replace: bool = False,
        kdf_params: kdf.KdfParams | None = None,
    ) -> tuple[Vault, RecoveryCode]:
        """Restore a backup into `directory` under a new passphrase and recovery code.

        Everything is checked in memory and in a staging file first; a vault already in
        `directory` is kept (moved aside with `replace=True`, never deleted).

        Raises:
            BackupInvalid: wrong passphrase, or a damaged, foreign or too-new file.
            VaultExists: `directory` holds a vault and `replace` is False.
        """
        content = backup.read(backup_file, backup_passphrase, migrations.LATEST)
        make_private_dir(directory)
        if cls.exists(directory) and not replace:
            raise VaultExists(directory / KEY_NAME, "a vault already exists in this folder")
        lock = VaultLock(directory / LOCK_NAME)
        staging = directory / f".{DB_NAME}.restore"
        try:
            write_atomic(staging, content.database)
            conn = connection.open_encrypted(staging, content.data_key)
            if connection.integrity_problems(conn):
                conn.close()
                raise VaultCorrupt(backup_file, "the backup's database fails its integrity check")
            new_key = os.urandom(
                connection.KEY_BYTES
            )  # the backup file must not open the new vault
            connection.rekey(conn, new_key)
            conn.close()
            code = RecoveryCode.generate()
            keyfile = KeyFile.create(new_key, new_passphrase, code, kdf_params or kdf.calibrate())
            if cls.exists(directory):
                _set_aside(directory, ".before-restore")
            _set_aside_orphan(directory / DB_NAME)
            staging.replace(directory / DB_NAME)
            keyfile.save(directory / KEY_NAME)
        except BaseException:
            with contextlib.suppress(OSError):
                staging.unlink()
            lock.release()
            raise
        lock.release()
        return cls.unlock(directory, new_passphrase), code

    # -- closing ------------------------------------------------------------------------------

    def lock(self) -> None:
        """Checkpoint the WAL into the file and truncate it, close, and forget the key."""
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
        for i in range(len(self._key)):  # best effort: Python may hold other copies
            self._key[i] = 0
        self._lock.release()


def _set_aside(directory: Path, suffix: str) -> None:
    stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
    for name in (DB_NAME, KEY_NAME):
        path = directory / name
        if path.exists():
            path.replace(directory / f"{name}{suffix}-{stamp}")
    for leftover in (f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
        with contextlib.suppress(FileNotFoundError):
            (directory / leftover).unlink()


def _set_aside_orphan(db: Path) -> None:
    """A database without a key file (an interrupted setup) is moved aside, never deleted."""
    if db.exists():
        stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
        db.replace(db.with_name(f"{db.name}.orphan-{stamp}"))


def _drop_quick_unlock(directory: Path, keyfile: KeyFile) -> None:
    quick_unlock.delete_key(keyfile.vault_id)
    keyfile.with_quick_unlock(None).save(directory / KEY_NAME)


def _resume_rotation(
    directory: Path, keyfile: KeyFile, passphrase: str | None
) -> tuple[Any, bytes, KeyFile]:
    entry = keyfile.extra.get(_PREVIOUS)
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
    conn = connection.open_encrypted(directory / DB_NAME, old_key)
    new_key = keyfile.open_with_passphrase(passphrase)
    connection.rekey(conn, new_key)
    finished = _without_previous(keyfile)
    finished.save(directory / KEY_NAME)
    return conn, new_key, finished


def _without_previous(keyfile: KeyFile) -> KeyFile:
    extra = {k: v for k, v in keyfile.extra.items() if k != _PREVIOUS}
    return KeyFile(
        keyfile.vault_id, keyfile.passphrase, keyfile.recovery, keyfile.quick_unlock, extra
    )
