"""The vault: one SQLCipher database per person, opened with a data key that is stored only wrapped.

A `Vault` object is an unlocked vault. It is used from one thread (the app's worker) and
holds the data key until `lock()`. Opening never writes to a file it has not proven to be
this vault's, so a damaged or foreign file is left exactly as it was.

No superseded wrap of the data key outlives the step that replaced it: migration
backups, crashed temp files and restore leftovers are removed once the current key file
has opened the vault, and an expired quick unlock is deleted at start and at lock.
Multi-step changes keep an intent record (in the key file, or `restore.intent` beside
it) and resume after a crash:

- a new recovery code waits in `pending_recovery` beside the old one until the person
  confirms it; the code itself is kept sealed under the data key so an interrupted
  change can show it again;
- a data-key rotation keeps the old key sealed under the new one (`rotation`) until the
  rekey is durable, and the old recovery code's path to the new key until the new code
  is confirmed;
- a restore stages the database and key file, writes its intent, then renames.

The key file's entries for a change under way, and the keys they open, are named in
`crypto.key_slots`; the files a restore stages and a crash leaves, in
`crypto.restore_files`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3

from crypto import (
    backup,
    connection,
    folder,
    kdf,
    migrations,
    quick_unlock,
    restore_files,
    wrap,
)
from crypto import key_slots as slots
from crypto.atomic import make_private_dir, write_atomic
from crypto.errors import (
    DiskFull,
    EnvironmentProblem,
    QuickUnlockUnavailable,
    RecoveryCodeUnconfirmed,
    VaultCorrupt,
    VaultError,
    VaultExists,
    WrongPassphrase,
)
from crypto.filelock import VaultLock
from crypto.keyfile import KeyFile, QuickUnlockSlot, RecoverySlot, utcnow
from crypto.recovery import RecoveryCode

# The folder's names and states live in crypto.folder (light to import); kept here too.
DB_NAME = folder.DB_NAME
KEY_NAME = folder.KEY_NAME
RESTORE_INTENT = folder.RESTORE_INTENT
SETUP_INTENT = folder.SETUP_INTENT
FolderState = folder.FolderState
LOCK_NAME = "vault.lock"


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
        return folder.vault_exists(directory)

    @staticmethod
    def prepare(directory: Path) -> FolderState:
        """Finish what a crash interrupted, end an expired quick unlock, and say what is here.

        Call once at start, before choosing the first screen. Needs no secret: finishing
        a restore is renames only. A folder another Confide holds is only looked at.
        """
        # An empty folder stays untouched (not even a lock file appears in it).
        if (directory / KEY_NAME).exists() or (directory / RESTORE_INTENT).exists():
            _prepare_locked(directory)
        if (directory / KEY_NAME).is_file():
            return FolderState.VAULT
        if (directory / DB_NAME).is_file() and not (directory / SETUP_INTENT).exists():
            return FolderState.KEY_MISSING
        return FolderState.EMPTY

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
            restore_files.set_aside_orphan(directory / DB_NAME)
            # Until the key file exists, a database here is this setup's, not a lost vault.
            write_atomic(directory / SETUP_INTENT, b"{}\n")
            data_key = os.urandom(connection.KEY_BYTES)
            code = RecoveryCode.generate()
            keyfile = KeyFile.create(data_key, passphrase, code, kdf_params or kdf.calibrate())
            conn = connection.open_encrypted(directory / DB_NAME, data_key, must_exist=False)
            migrations.migrate(conn, directory / DB_NAME)
            # The key file goes last: until it exists the database is an orphan, never a
            # vault that no key opens.
            keyfile.save(directory / KEY_NAME)
            (directory / SETUP_INTENT).unlink()
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
        vault = cls._open(directory, keyfile, slots.open_with_any_recovery(keyfile, parsed))
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
                conn, data_key, keyfile = slots.resume_rotation(
                    directory, keyfile, data_key, passphrase
                )
            # Pages a crash left in the WAL (a rekey's, say) go into the file first: the
            # HMAC check reads the file itself, and would call a sound vault damaged.
            checkpointed = _checkpoint(conn, directory / DB_NAME)
            # Every page's HMAC and the b-tree, before the person sees a half-working app
            # (about 7 ms for ten years of daily check-ins).
            if connection.integrity_problems(conn, file_pages=checkpointed):
                raise VaultCorrupt(directory / DB_NAME, "the vault file is damaged")
            if slots.PREVIOUS in keyfile.extra or slots.ROTATION in keyfile.extra:
                # A rotation that crashed after its rekey committed: the old key is useless now.
                keyfile = keyfile.with_extra({slots.PREVIOUS: None, slots.ROTATION: None})
                keyfile.save(directory / KEY_NAME)
            with contextlib.suppress(EnvironmentProblem):  # a full disk must not bar the way in
                keyfile = _end_expired(directory, keyfile)  # (tried again at lock and start)
            vault = cls(directory, keyfile, data_key, conn, lock)
            migrations.migrate(conn, vault.db_path, before=vault._backup_keyfile)
            # The key file has opened this vault: every other wrap here is superseded.
            restore_files.remove_leftovers(directory)
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
        Quick unlock ends too: whoever changes the passphrase may fear it was seen. The
        old passphrase's wrap is replaced in the one key file (written atomically).
        """
        params = kdf_params or self._keyfile.passphrase.params
        if self._keyfile.quick_unlock is not None:
            self.revoke_quick_unlock()
        self._save(self._keyfile.with_passphrase(bytes(self._key), new, params))
        self.must_change_passphrase = False

    def new_recovery_code(self) -> RecoveryCode:
        """Make a new recovery code; the old one keeps working until `confirm_recovery_code`.

        If the app stops before the person confirms, `pending_recovery_code` shows the
        new code again after the next unlock, so no code is ever lost unseen.
        """
        code = RecoveryCode.generate()
        slot = self._keyfile.with_recovery(bytes(self._key), code).recovery
        self._save(
            self._keyfile.with_extra(
                {
                    slots.PENDING_RECOVERY: {"salt": slot.salt.hex(), **slot.sealed.to_json()},
                    slots.PENDING_CODE: self._seal_code(code),
                }
            )
        )
        return code

    @property
    def pending_recovery_code(self) -> RecoveryCode | None:
        """A new recovery code the person has not confirmed yet (show it, then confirm)."""
        entry = self._keyfile.extra.get(slots.PENDING_CODE)
        if entry is None:
            return None
        try:
            plain = wrap.unseal(
                wrap.Wrap.from_json(entry), bytes(self._key), self._keyfile.aad(slots.PENDING_CODE)
            )
            return RecoveryCode.parse(plain.decode("ascii"))
        except (KeyError, TypeError, ValueError, wrap.UnwrapFailed):
            return None  # unreadable: confirming still retires the old code

    def confirm_recovery_code(self) -> None:
        """The person has the new code: the old one stops working now."""
        keyfile = self._keyfile
        pending = keyfile.extra.get(slots.PENDING_RECOVERY)
        if pending is not None:
            try:
                slot = RecoverySlot(bytes.fromhex(pending["salt"]), wrap.Wrap.from_json(pending))
            except (KeyError, TypeError, ValueError) as exc:
                raise VaultCorrupt(self.directory / KEY_NAME, "the new code is damaged") from exc
            keyfile = dataclasses.replace(keyfile, recovery=slot)
        if any(name in keyfile.extra for name in slots.UNCONFIRMED):
            self._save(keyfile.with_extra(dict.fromkeys(slots.UNCONFIRMED)))

    def rotate_data_key(
        self, passphrase: str, *, new_passphrase: str | None = None
    ) -> RecoveryCode:
        """Re-encrypt every page under a new data key (`PRAGMA rekey`).

        Asks for the passphrase because every wrap must be remade; quick unlock is
        revoked, and a new recovery code is made (show it, then `confirm_recovery_code`;
        until then the old code still opens, through the new key). With `new_passphrase`
        the passphrase changes in the same step. Crash-safe: the key file keeps the old
        key sealed under the new one until the rekey is in the file, so the next unlock
        by any way in finishes the rotation.

        Raises:
            WrongPassphrase: `passphrase` is not this vault's.
        """
        if self._keyfile.open_with_passphrase(passphrase) != bytes(self._key):
            raise WrongPassphrase
        if slots.PREVIOUS_RECOVERY in self._keyfile.extra:
            raise RecoveryCodeUnconfirmed
        self.revoke_quick_unlock()
        current = self._keyfile
        old_key, new_key = bytes(self._key), os.urandom(connection.KEY_BYTES)
        code = RecoveryCode.generate()
        staged = current.with_passphrase(
            new_key, new_passphrase or passphrase, current.passphrase.params
        ).with_recovery(new_key, code)
        # The code in the recovery slot is the one the person has; an earlier change that
        # was never confirmed is dropped with its code.
        old_recovery = current.recovery
        old_recovery_json = {"salt": old_recovery.salt.hex(), **old_recovery.sealed.to_json()}
        staged = staged.with_extra(
            {
                slots.PREVIOUS: None,
                slots.PENDING_RECOVERY: None,
                slots.ROTATION: wrap.seal(old_key, new_key, current.aad(slots.ROTATION)).to_json(),
                slots.PREVIOUS_RECOVERY: old_recovery_json,
                slots.NEW_UNDER_OLD: wrap.seal(
                    new_key, old_key, current.aad(slots.NEW_UNDER_OLD)
                ).to_json(),
                slots.PENDING_CODE: wrap.seal(
                    code.encode("ascii"), new_key, current.aad(slots.PENDING_CODE)
                ).to_json(),
            }
        )
        self._save(staged)
        connection.rekey(self._live(), new_key)
        old_buffer, self._key = self._key, bytearray(new_key)
        old_buffer[:] = bytes(len(old_buffer))  # no copy of the old key kept in memory
        self._save(staged.with_extra({slots.ROTATION: None}))
        self.must_change_passphrase = False
        return code

    def _seal_code(self, code: RecoveryCode) -> dict[str, Any]:
        aad = self._keyfile.aad(slots.PENDING_CODE)
        sealed = wrap.seal(code.encode("ascii"), bytes(self._key), aad)
        return sealed.to_json()

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
        # The new wrap is durable (fsync'd and renamed): no older copy may stay beside it.
        restore_files.remove_leftovers(self.directory)

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

        Everything is checked in memory and in staging files first; then an intent record
        is written and the staged files are renamed over the vault. A crash at any point
        leaves either the old vault or the restored one (`prepare` finishes the renames),
        never a folder without a vault. With `replace=True` the vault that was here is
        replaced, its key file included: no wrap of its key is left behind. The new
        recovery code is pending until `confirm_recovery_code`.

        Raises:
            BackupInvalid: wrong passphrase, or a damaged, foreign or too-new file.
            VaultExists: `directory` holds a vault and `replace` is False.
        """
        content = backup.read(backup_file, backup_passphrase, migrations.LATEST)
        make_private_dir(directory)
        if cls.exists(directory) and not replace:
            raise VaultExists(directory / KEY_NAME, "a vault already exists in this folder")
        lock = VaultLock(directory / LOCK_NAME)
        staging = directory / restore_files.STAGED_DB
        try:
            restore_files.finish_restore(directory)  # an earlier restore's renames come first
            write_atomic(staging, content.database)
            conn = connection.open_encrypted(staging, content.data_key)
            if connection.integrity_problems(conn):
                conn.close()
                raise VaultCorrupt(backup_file, "the backup's database fails its integrity check")
            # A fresh key: the backup file must not open the new vault.
            new_key = os.urandom(connection.KEY_BYTES)
            connection.rekey(conn, new_key)
            conn.close()
            code = RecoveryCode.generate()
            keyfile = KeyFile.create(new_key, new_passphrase, code, kdf_params or kdf.calibrate())
            sealed_code = wrap.seal(code.encode("ascii"), new_key, keyfile.aad(slots.PENDING_CODE))
            keyfile.with_extra({slots.PENDING_CODE: sealed_code.to_json()}).save(
                directory / restore_files.STAGED_KEY
            )
            if not cls.exists(directory):
                # A database whose key file is missing: "if you moved it, put it back" stays
                # possible, so it is set aside, never replaced.
                restore_files.set_aside_orphan(directory / DB_NAME)
            # From here on the restore is finished, by this call or by `prepare` after a crash.
            write_atomic(directory / RESTORE_INTENT, json.dumps({"format": 1}).encode())
            restore_files.finish_restore(directory)
        except BaseException:
            if not (directory / RESTORE_INTENT).exists():
                for path in (staging, directory / restore_files.STAGED_KEY):
                    with contextlib.suppress(OSError):
                        path.unlink()
            lock.release()
            raise
        lock.release()
        return cls.unlock(directory, new_passphrase), code

    # -- closing ------------------------------------------------------------------------------

    def lock(self) -> None:
        """Checkpoint the WAL into the file and truncate it, close, and forget the key.

        An expired quick unlock is deleted here too (keyring entry and wrap).
        """
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
        with contextlib.suppress(VaultError):  # locking must not fail over the keyring
            self._keyfile = _end_expired(self.directory, self._keyfile)
        for i in range(len(self._key)):  # best effort: Python may hold other copies
            self._key[i] = 0
        self._lock.release()


def _prepare_locked(directory: Path) -> None:
    """`Vault.prepare`'s changes, under the vault lock (a folder in use is left alone)."""
    try:
        lock = VaultLock(directory / LOCK_NAME)
    except VaultError:
        return
    try:
        restore_files.finish_restore(directory)
        _end_expired_quick_unlock(directory)
    finally:
        lock.release()


def _checkpoint(conn: Any, db: Path) -> bool:
    """Move the WAL into the file; False when the disk is too full to (nothing is lost)."""
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlcipher3.DatabaseError as exc:
        error = connection.classify(exc, db)
        if isinstance(error, DiskFull):
            return False
        raise error from exc
    return True


def _drop_quick_unlock(directory: Path, keyfile: KeyFile) -> KeyFile:
    quick_unlock.delete_key(keyfile.vault_id)
    dropped = keyfile.with_quick_unlock(None)
    dropped.save(directory / KEY_NAME)
    return dropped


def _end_expired(directory: Path, keyfile: KeyFile) -> KeyFile:
    """Delete an expired quick unlock: the keyring entry plus the wrap could still open."""
    slot = keyfile.quick_unlock
    if slot is not None and utcnow() >= slot.expires:
        return _drop_quick_unlock(directory, keyfile)
    return keyfile


def _end_expired_quick_unlock(directory: Path) -> None:
    try:
        keyfile = KeyFile.load(directory / KEY_NAME)
    except VaultError:
        return  # no readable key file: the unlock screen will say why
    _end_expired(directory, keyfile)
