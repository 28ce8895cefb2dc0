"""Canary tests at the vault level: personal text written through the vault never reaches disk.

A distinctive canary goes into a check-in note and a settings value; queries run over it;
the database, its write-ahead log (scanned while it holds the new pages, before lock
checkpoints it away), the key file, the log, a backup and the private temp folder are then
searched for it, in UTF-8 and UTF-16-LE.
"""

from __future__ import annotations

import io
import json
import logging
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from crypto.connection import PLAINTEXT_HEADER
from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop import paths
from desktop.logsetup import setup_logging
from tests.privacy_scan import assert_no_canary, find_canary

_INSERT = (
    "INSERT INTO checkin (day, recorded_at, mood, energy, sleep, stressors, note) "
    "VALUES (?, ?, 2, 2, 2, 'workload', ?)"
)


@pytest.fixture
def canary() -> str:
    return f"CanaryNote-{secrets.token_hex(8)}-Émile"  # a non-ASCII letter tests UTF-16 too


@pytest.fixture
def file_logging(data_dir: Path) -> Iterator[Path]:
    """The app's real logging set-up, writing confide.log in the data folder."""
    log_path = paths.log_file(data_dir)
    setup_logging(log_path, stream=io.StringIO())
    yield log_path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_confide", False):
            root.removeHandler(handler)
            handler.close()
    logging.captureWarnings(False)


def _fill(vault: Vault, canary: str) -> None:
    vault.execute("INSERT INTO settings (key, value) VALUES (?, ?)",
                  ("privacy.canary", json.dumps({"text": canary})))
    # One transaction per day, as the app writes; enough rows that pages spill and churn.
    for day in range(1, 200):
        with vault.transaction() as conn:
            conn.execute(_INSERT, (f"2024-{1 + day // 28:02d}-{1 + day % 28:02d}",
                                   "2024-01-01T08:00:00+00:00", f"{canary} day {day} " * 20))
    vault.execute("UPDATE checkin SET note = ? WHERE id % 7 = 0", (canary + " edited",))
    vault.execute("DELETE FROM checkin WHERE id % 11 = 0")


def _query(vault: Vault, canary: str) -> None:
    assert vault.query("SELECT count(*) FROM checkin WHERE note LIKE ?", (f"%{canary}%",))[0][0] > 0
    vault.query("SELECT note FROM checkin ORDER BY note DESC, day")  # a sort
    vault.query("SELECT substr(day, 1, 7), avg(mood), group_concat(note) FROM checkin "
                "GROUP BY 1 ORDER BY 3")  # temporary b-trees for GROUP BY and ORDER BY
    value = vault.query("SELECT value FROM settings WHERE key = 'privacy.canary'")[0][0]
    assert json.loads(value)["text"] == canary


def test_no_canary_on_disk(data_dir: Path, private_tmp: Path, fast_kdf: KdfParams,
                           canary: str, file_logging: Path) -> None:
    vault, _code = Vault.create(data_dir, "privacy test passphrase", kdf_params=fast_kdf)
    _fill(vault, canary)
    _query(vault, canary)

    wal = paths.vault_db(data_dir).with_name(paths.VAULT_DB + "-wal")
    assert wal.is_file() and wal.stat().st_size > 0, "writes went through the WAL"
    checked_open = assert_no_canary([data_dir, private_tmp], canary)

    backup = private_tmp / "backup.age"
    vault.export_backup(backup, "a backup passphrase")
    vault.lock()

    checked = assert_no_canary([data_dir, private_tmp], canary)
    assert checked_open >= 3 and checked >= 3  # key file, database, WAL/backup at least
    assert not paths.vault_db(data_dir).read_bytes().startswith(PLAINTEXT_HEADER)


def test_log_holds_no_canary(data_dir: Path, fast_kdf: KdfParams, canary: str,
                             file_logging: Path) -> None:
    vault, _code = Vault.create(data_dir, "privacy test passphrase", kdf_params=fast_kdf)
    log = logging.getLogger("confide.privacy_test")
    # What a careless caller might do: pass personal text as a log argument and as the
    # message of a logged exception. The redacting filter must keep both out of the file.
    log.warning("saving note %s", canary)
    try:  # SQLite quotes the unknown column, so this error's message holds the canary
        vault.query(f'SELECT nosuch."{canary}"')
    except Exception:
        log.exception("query failed")
    else:
        pytest.fail("the query should have failed")
    try:
        raise ValueError(canary)
    except ValueError:
        log.exception("while handling %s", canary)
    vault.lock()
    for handler in logging.getLogger().handlers:
        handler.flush()

    assert file_logging.is_file() and file_logging.stat().st_size > 0, "something was logged"
    assert_no_canary([data_dir], canary)


def test_the_scan_itself_finds_a_canary(tmp_path: Path, canary: str) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "plain.txt").write_text(f"note: {canary}", encoding="utf-8")
    (tmp_path / "wide.bin").write_bytes(canary.encode("utf-16-le"))
    (tmp_path / "clean.bin").write_bytes(b"nothing")

    checked, hits = find_canary([tmp_path], canary)

    assert checked == 3
    assert sorted(h.rsplit("/", 1)[-1] for h in hits) == ["plain.txt (utf-8)",
                                                          "wide.bin (utf-16-le)"]
    with pytest.raises(AssertionError, match="plaintext canary found on disk in 2 place"):
        assert_no_canary([tmp_path], canary)
