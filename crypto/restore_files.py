"""The files a restore stages and a crash or an upgrade leaves beside the vault.

A restore stages the database and key file under these names, writes its intent record,
then renames (`finish_restore`, repeated safely after a crash). Once the current key file
has opened the vault, every superseded wrap and staging file is removed
(`remove_leftovers`): no old wrap of a data key outlives the step that replaced it.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from crypto.atomic import fsync_dir
from crypto.folder import DB_NAME, KEY_NAME, RESTORE_INTENT, SETUP_INTENT
from crypto.keyfile import utcnow

STAGED_DB = f".{DB_NAME}.restore"
STAGED_KEY = f".{KEY_NAME}.restore"
# What a crash, an upgrade or an older restore may have left: old wraps, never needed
# once the current key file has opened the vault.
LEFTOVERS = (
    f".{KEY_NAME}.tmp-*",
    f"{KEY_NAME}.bak-v*",
    f"{KEY_NAME}.before-restore-*",
    f"{DB_NAME}.before-restore-*",
    f"{STAGED_DB}*",
    f"{STAGED_KEY}*",
    f".{STAGED_DB}*",  # with SQLite's -wal and -shm, and write_atomic's ".NAME.tmp-PID"
    f".{STAGED_KEY}*",
    f".{RESTORE_INTENT}.tmp-*",
    f".{SETUP_INTENT}.tmp-*",
    # Setup that stopped between saving the key file and removing its marker: the key file
    # has opened the vault, so setup is done (a stale marker would later read as "empty").
    SETUP_INTENT,
)


def set_aside_orphan(db: Path) -> None:
    """A database without a key file (an interrupted setup) is moved aside, never deleted."""
    if db.exists():
        stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
        db.replace(db.with_name(f"{db.name}.orphan-{stamp}"))


def finish_restore(directory: Path) -> bool:
    """Finish the renames of a restore whose intent record is on disk; True if one was.

    Order: staged database, then staged key file, then the intent record. Each step is
    an atomic rename, so repeating the whole function after a crash is always safe.
    """
    intent = directory / RESTORE_INTENT
    if not intent.exists():
        return False
    staged_db, staged_key = directory / STAGED_DB, directory / STAGED_KEY
    if staged_db.exists():
        # The old database's WAL must never be replayed into the restored file.
        for leftover in (f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
            with contextlib.suppress(FileNotFoundError):
                (directory / leftover).unlink()
        staged_db.replace(directory / DB_NAME)
        fsync_dir(directory)
    if staged_key.exists():
        staged_key.replace(directory / KEY_NAME)  # the old key file's wraps end here
        fsync_dir(directory)
    intent.unlink()
    fsync_dir(directory)
    return True


def remove_leftovers(directory: Path) -> None:
    """Delete superseded wraps and staging files (the current key file has been proven)."""
    if (directory / RESTORE_INTENT).exists():
        return  # a restore is half done: `prepare` finishes it, its staged files are needed
    removed = False
    for pattern in LEFTOVERS:
        for path in directory.glob(pattern):
            with contextlib.suppress(OSError):  # tried again at every open and key change
                path.unlink()
                removed = True
    if removed:
        fsync_dir(directory)
